//! The user's assessments as a part of the workspace: the list, the source of new ids, a unit's
//! assessments in order, and the [`HistoryCommand`]s that start, open and delete them.

use std::ops::Deref;

use crate::assessment::date::Date;
use crate::assessment::undo::{DeletedAssessment, Undo};
use crate::assessment::{ActionStatus, Assessment, PlanAction, Which};
use crate::framework::Framework;
use crate::navigation::step::Step;
use crate::navigation::Navigation;
use crate::order::sorted_positions;

/// Every assessment in this browser. Reads as the list it holds (`Deref` to a slice).
#[derive(Clone, Debug, PartialEq)]
pub struct Assessments {
    pub list: Vec<Assessment>,
    /// Source of new assessment and action ids.
    pub next_id: u32,
}

impl Default for Assessments {
    fn default() -> Self {
        Assessments {
            list: Vec::new(),
            next_id: 1,
        }
    }
}

impl Deref for Assessments {
    type Target = [Assessment];
    fn deref(&self) -> &[Assessment] {
        &self.list
    }
}

/// Starting, opening and deleting assessments.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryCommand {
    Start {
        unit: String,
        date: Date,
    },
    /// A new assessment of the current unit, pre-filled from its latest one.
    StartNext {
        date: Date,
    },
    /// Make another assessment the current one.
    Open(String),
    /// Make another unit's assessment the current one and show that unit's history.
    OpenUnit(String),
    Delete(String),
    UndoDelete,
}

/// A fresh id from `next_id` (never 0).
pub fn take_id(next_id: &mut u32) -> u32 {
    let id = (*next_id).max(1);
    *next_id = id + 1;
    id
}

impl Assessments {
    /// The assessment with id `id`, if any.
    pub fn get(&self, id: Option<&str>) -> Option<&Assessment> {
        let id = id?;
        self.list.iter().find(|a| a.id == id)
    }

    pub fn get_mut(&mut self, id: Option<&str>) -> Option<&mut Assessment> {
        let id = id?;
        self.list.iter_mut().find(|a| a.id == id)
    }

    /// Applies `cmd` with framework `fw` (of the open assessment, or for the next one);
    /// false when it does not apply.
    pub fn apply(
        &mut self,
        cmd: HistoryCommand,
        nav: &mut Navigation,
        undo: &mut Undo,
        fw: &Framework,
    ) -> bool {
        match cmd {
            HistoryCommand::Start { unit, date } => {
                self.start(fw, unit.trim().to_owned(), date, nav);
                true
            }
            HistoryCommand::StartNext { date } => {
                let Some(unit) = self.get(nav.current.as_deref()).map(|a| a.unit.clone()) else {
                    return false;
                };
                self.start(fw, unit, date, nav);
                true
            }
            HistoryCommand::Open(id) => {
                let Some(a) = self.get(Some(&id)) else {
                    return false;
                };
                nav.open(id, a.has_answers());
                true
            }
            HistoryCommand::OpenUnit(id) => {
                let found = self.get(Some(&id)).is_some();
                if found {
                    nav.current = Some(id);
                    nav.step = Step::History;
                }
                found
            }
            HistoryCommand::Delete(id) => {
                let Some(at) = self.list.iter().position(|a| a.id == id) else {
                    return false;
                };
                let gone = self.list.remove(at);
                let was_current = nav.current.as_deref() == Some(gone.id.as_str());
                if was_current {
                    // The unit's latest remaining assessment takes over, if any.
                    nav.current = of_unit(&self.list, &gone.unit).last().map(|a| a.id.clone());
                }
                nav.step = if self.list.is_empty() {
                    Step::Start
                } else {
                    Step::History
                };
                undo.deleted = Some(DeletedAssessment {
                    at,
                    assessment: gone,
                    was_current,
                });
                true
            }
            HistoryCommand::UndoDelete => {
                let Some(deleted) = undo.deleted.take() else {
                    return false;
                };
                if deleted.was_current {
                    nav.current = Some(deleted.assessment.id.clone());
                }
                let at = deleted.at.min(self.list.len());
                self.list.insert(at, deleted.assessment);
                true
            }
        }
    }

    /// A new assessment of `unit` with framework `fw`, opened at its first item. When the unit
    /// has assessments, the latest one's targets and open actions are carried over; current
    /// levels are left to be confirmed.
    pub fn start(&mut self, fw: &Framework, unit: String, date: Date, nav: &mut Navigation) {
        let id = format!("a{}", take_id(&mut self.next_id));
        let mut fresh = Assessment::new(id.clone(), unit, fw.id.clone(), date);
        if let Some(prev) = of_unit(&self.list, &fresh.unit).last() {
            for (_, item, _) in fw.items() {
                if let Some(target) = prev.rating(item, Which::Target) {
                    fresh.items.entry(item.to_owned()).or_default().target = Some(target);
                }
            }
            for action in prev
                .actions
                .iter()
                .filter(|p| p.status != ActionStatus::Done)
            {
                if fw.has_item(&action.item) {
                    fresh.actions.push(PlanAction {
                        id: take_id(&mut self.next_id),
                        ..action.clone()
                    });
                }
            }
        }
        let first = fw.items().next().map(|(_, item, _)| item.to_owned());
        self.list.push(fresh);
        nav.current = Some(id);
        nav.step = first.map_or(Step::Results, Step::Item);
    }
}

/// The assessments of `unit`, oldest first (same date: in the order they were made).
pub fn of_unit<'a>(list: &'a [Assessment], unit: &str) -> Vec<&'a Assessment> {
    let found: Vec<&Assessment> = list.iter().filter(|a| a.unit == unit).collect();
    // Stable: on the same date, list order.
    let order = sorted_positions(found.len(), &|i, j| found[i].date < found[j].date);
    order.into_iter().map(|i| found[i]).collect()
}
