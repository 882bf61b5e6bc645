//! Everything the user works with in this browser, and the commands that change it. The Yew
//! reducer only forwards commands here (like a crux core), so every rule is tested natively.

use serde::{Deserialize, Serialize};

use super::assessment::{ActionStatus, Assessment, PlanAction, Rating, Which};
use super::date::Date;
use super::framework::Framework;
use super::presets::DEFAULT_PRESET;
use super::text::Lang;

/// Where the user is in the assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Start,
    /// The step for one shift or factor, by id.
    Item(String),
    Actions,
    Results,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub lang: Lang,
    /// The framework chosen for the next assessment.
    pub framework_id: String,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// Id of the assessment being worked on.
    #[serde(default)]
    pub current: Option<String>,
    #[serde(default)]
    pub step: Step,
    /// Source of new assessment and action ids.
    #[serde(default)]
    pub next_id: u32,
    /// The last removed action and its place, for undo; not saved.
    #[serde(skip)]
    pub removed: Option<(usize, PlanAction)>,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            lang: Lang::default(),
            framework_id: DEFAULT_PRESET.to_owned(),
            assessments: Vec::new(),
            current: None,
            step: Step::Start,
            next_id: 1,
            removed: None,
        }
    }
}

/// A new action for the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAction {
    pub item: String,
    pub what: String,
    pub who: String,
    pub due: Option<Date>,
    pub status: ActionStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetLang(Lang),
    ChooseFramework(String),
    Start {
        unit: String,
        date: Date,
    },
    SetUnit(String),
    SetDate(Date),
    GoTo(Step),
    Rate {
        item: String,
        which: Which,
        rating: Option<Rating>,
    },
    Answer {
        item: String,
        question: usize,
        text: String,
    },
    Note {
        item: String,
        text: String,
    },
    AddAction(NewAction),
    SetActionStatus {
        id: u32,
        status: ActionStatus,
    },
    RemoveAction(u32),
    UndoRemoveAction,
}

impl Workspace {
    pub fn current(&self) -> Option<&Assessment> {
        let id = self.current.as_deref()?;
        self.assessments.iter().find(|a| a.id == id)
    }

    fn current_mut(&mut self) -> Option<&mut Assessment> {
        let id = self.current.clone()?;
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    /// The framework the current assessment (or the next one) uses.
    pub fn framework_id(&self) -> &str {
        self.current()
            .map_or(&self.framework_id, |a| &a.framework_id)
    }

    fn take_id(&mut self) -> u32 {
        let id = self.next_id.max(1);
        self.next_id = id + 1;
        id
    }

    /// Applies `cmd`; returns false (and changes nothing) when it does not apply. `frameworks`
    /// are all frameworks on offer, to check ids against.
    pub fn apply<F: AsRef<Framework>>(&mut self, cmd: Command, frameworks: &[F]) -> bool {
        let find = |id: &str| frameworks.iter().map(AsRef::as_ref).find(|f| f.id == id);
        let Some(fw) = find(self.framework_id()) else {
            // Only switching to a framework that exists can help.
            return match cmd {
                Command::ChooseFramework(id) if find(&id).is_some() => {
                    self.framework_id = id;
                    true
                }
                Command::SetLang(lang) => self.set(|w| &mut w.lang, lang),
                _ => false,
            };
        };
        let is_item = |id: &str| fw.items().any(|(_, item, _)| item == id);
        match cmd {
            Command::SetLang(lang) => self.set(|w| &mut w.lang, lang),
            Command::ChooseFramework(id) => {
                if find(&id).is_none() || self.current().is_some_and(Assessment::has_answers) {
                    return false;
                }
                if let Some(a) = self.current_mut() {
                    a.framework_id = id.clone();
                }
                self.set(|w| &mut w.framework_id, id)
            }
            Command::Start { unit, date } => {
                let id = format!("a{}", self.take_id());
                let first = fw.items().next().map(|(_, item, _)| item.to_owned());
                let assessment =
                    Assessment::new(id.clone(), unit.trim().to_owned(), fw.id.clone(), date);
                self.assessments.push(assessment);
                self.current = Some(id);
                self.step = first.map_or(Step::Results, Step::Item);
                true
            }
            Command::SetUnit(unit) => self.edit(|a| a.unit = unit),
            Command::SetDate(date) => self.edit(|a| a.date = date),
            Command::GoTo(step) => {
                let valid = match &step {
                    Step::Start => true,
                    Step::Item(id) => self.current.is_some() && is_item(id),
                    Step::Actions | Step::Results => self.current.is_some(),
                };
                valid && self.set(|w| &mut w.step, step)
            }
            Command::Rate {
                item,
                which,
                rating,
            } => {
                is_item(&item)
                    && self.edit(|a| {
                        let answer = a.items.entry(item).or_default();
                        match which {
                            Which::Now => answer.now = rating,
                            Which::Target => answer.target = rating,
                        }
                    })
            }
            Command::Answer {
                item,
                question,
                text,
            } => {
                let shift = fw.shift(&item).is_some();
                shift
                    && question < fw.questions.len()
                    && self.edit(|a| {
                        let answers = &mut a.items.entry(item).or_default().answers;
                        if answers.len() <= question {
                            answers.resize(question + 1, String::new());
                        }
                        answers[question] = text;
                    })
            }
            Command::Note { item, text } => {
                is_item(&item) && self.edit(|a| a.items.entry(item).or_default().note = text)
            }
            Command::AddAction(new) => {
                if !is_item(&new.item) || new.what.trim().is_empty() || self.current.is_none() {
                    return false;
                }
                let id = self.take_id();
                self.edit(|a| {
                    a.actions.push(PlanAction {
                        id,
                        item: new.item,
                        what: new.what.trim().to_owned(),
                        who: new.who.trim().to_owned(),
                        due: new.due,
                        status: new.status,
                    })
                })
            }
            Command::SetActionStatus { id, status } => self.edit_action(id, |p| p.status = status),
            Command::RemoveAction(id) => {
                let Some(a) = self.current_mut() else {
                    return false;
                };
                let Some(at) = a.actions.iter().position(|p| p.id == id) else {
                    return false;
                };
                let removed = a.actions.remove(at);
                self.removed = Some((at, removed));
                true
            }
            Command::UndoRemoveAction => {
                let Some((at, action)) = self.removed.take() else {
                    return false;
                };
                self.edit(|a| {
                    let at = at.min(a.actions.len());
                    a.actions.insert(at, action)
                })
            }
        }
    }

    fn set<T: PartialEq>(&mut self, field: impl FnOnce(&mut Self) -> &mut T, value: T) -> bool {
        let slot = field(self);
        let changed = *slot != value;
        *slot = value;
        changed
    }

    fn edit(&mut self, change: impl FnOnce(&mut Assessment)) -> bool {
        match self.current_mut() {
            Some(a) => {
                change(a);
                true
            }
            None => false,
        }
    }

    fn edit_action(&mut self, id: u32, change: impl FnOnce(&mut PlanAction)) -> bool {
        self.current_mut()
            .and_then(|a| a.actions.iter_mut().find(|p| p.id == id))
            .map(change)
            .is_some()
    }
}

/// Every step of an assessment of `fw`, in order: start, each shift and factor, the action
/// plan, the results.
pub fn step_sequence(fw: &Framework) -> Vec<Step> {
    let items = fw.items().map(|(_, id, _)| Step::Item(id.to_owned()));
    std::iter::once(Step::Start)
        .chain(items)
        .chain([Step::Actions, Step::Results])
        .collect()
}

impl AsRef<Framework> for Framework {
    fn as_ref(&self) -> &Framework {
        self
    }
}
