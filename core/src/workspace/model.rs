//! Everything the user works with in this browser, and the commands that change it. The Yew
//! reducer only forwards commands here (like a crux core), so every rule is tested natively.

use serde::{Deserialize, Serialize};

use crate::assessment::{Assessment, PlanAction};
use crate::framework::presets::DEFAULT_PRESET;
use crate::framework::text::Lang;
use crate::framework::Framework;
use crate::results::history::of_unit;
use crate::workshop::{Participation, Workshop};
use crate::workspace::command::Command;
use crate::workspace::step::Step;

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
    /// The last deleted assessment, its place, and whether it was the current one; not saved.
    #[serde(skip)]
    pub deleted: Option<(usize, Assessment, bool)>,
    /// When everything was last saved as a file (ISO 8601 from the browser's clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export: Option<String>,
    /// Data changed since the last file export (or never exported).
    #[serde(default)]
    pub unexported: bool,
    /// The assessments as they were before the last import, for undo; not saved.
    #[serde(skip)]
    pub before_import: Option<(Vec<Assessment>, Option<String>)>,
    /// The workshop this device facilitates, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<Workshop>,
    /// The workshop this device takes part in, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participation: Option<Participation>,
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
            deleted: None,
            last_export: None,
            unexported: false,
            before_import: None,
            workshop: None,
            participation: None,
        }
    }
}

impl Workspace {
    pub fn current(&self) -> Option<&Assessment> {
        let id = self.current.as_deref()?;
        self.assessments.iter().find(|a| a.id == id)
    }

    pub(crate) fn current_mut(&mut self) -> Option<&mut Assessment> {
        let id = self.current.clone()?;
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    /// The framework the current assessment (or the next one) uses.
    pub fn framework_id(&self) -> &str {
        self.current()
            .map_or(&self.framework_id, |a| &a.framework_id)
    }

    pub(crate) fn take_id(&mut self) -> u32 {
        let id = self.next_id.max(1);
        self.next_id = id + 1;
        id
    }

    /// Applies `cmd`; returns false (and changes nothing) when it does not apply. `frameworks`
    /// are all frameworks on offer, to check ids against.
    pub fn apply<F: AsRef<Framework>>(&mut self, cmd: Command, frameworks: &[F]) -> bool {
        let data = cmd.changes_data();
        let changed = self.apply_inner(cmd, frameworks);
        if changed && data {
            self.unexported = true;
        }
        changed
    }

    fn apply_inner<F: AsRef<Framework>>(&mut self, cmd: Command, frameworks: &[F]) -> bool {
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
        let is_item = |id: &str| fw.has_item(id);
        match cmd {
            Command::Workshop(cmd) => self.apply_workshop(cmd, find),
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
                self.start(fw, unit.trim().to_owned(), date);
                true
            }
            Command::StartNext { date } => match self.current().map(|a| a.unit.clone()) {
                Some(unit) => {
                    self.start(fw, unit, date);
                    true
                }
                None => false,
            },
            Command::Open(id) => {
                let Some(a) = self.assessments.iter().find(|a| a.id == id) else {
                    return false;
                };
                self.step = if a.has_answers() {
                    Step::Results
                } else {
                    Step::Start
                };
                self.current = Some(id);
                true
            }
            Command::Delete(id) => {
                let Some(at) = self.assessments.iter().position(|a| a.id == id) else {
                    return false;
                };
                let gone = self.assessments.remove(at);
                let was_current = self.current.as_deref() == Some(gone.id.as_str());
                if was_current {
                    // The unit's latest remaining assessment takes over, if any.
                    self.current = of_unit(self, &gone.unit).last().map(|a| a.id.clone());
                }
                self.step = if self.assessments.is_empty() {
                    Step::Start
                } else {
                    Step::History
                };
                self.deleted = Some((at, gone, was_current));
                true
            }
            Command::Import {
                assessments,
                on_duplicate,
            } => self.import(assessments, on_duplicate),
            Command::UndoImport => match self.before_import.take() {
                Some((assessments, current)) => {
                    self.assessments = assessments;
                    self.current = current;
                    true
                }
                None => false,
            },
            Command::MarkExported(at) => {
                self.last_export = Some(at);
                self.unexported = false;
                true
            }
            Command::EraseAll => {
                *self = Workspace {
                    lang: self.lang,
                    step: Step::About,
                    ..Workspace::default()
                };
                true
            }
            Command::NewUnit => {
                let changed = self.current.is_some() || self.step != Step::Start;
                self.current = None;
                self.step = Step::Start;
                changed
            }
            Command::UndoDelete => {
                let Some((at, a, was_current)) = self.deleted.take() else {
                    return false;
                };
                if was_current {
                    self.current = Some(a.id.clone());
                }
                self.assessments.insert(at.min(self.assessments.len()), a);
                true
            }
            Command::SetUnit(unit) => self.edit(|a| a.unit = unit),
            Command::SetDate(date) => self.edit(|a| a.date = date),
            Command::GoTo(step) => self.can_show(&step, is_item) && self.set(|w| &mut w.step, step),
            // Answers, notes and the action plan of the open assessment: answers.rs.
            cmd @ (Command::Rate { .. }
            | Command::Answer { .. }
            | Command::Note { .. }
            | Command::AddAction(_)
            | Command::SetActionStatus { .. }
            | Command::RemoveAction(_)
            | Command::UndoRemoveAction) => self.apply_answer(cmd, fw),
        }
    }

    fn set<T: PartialEq>(&mut self, field: impl FnOnce(&mut Self) -> &mut T, value: T) -> bool {
        let slot = field(self);
        let changed = *slot != value;
        *slot = value;
        changed
    }
}
