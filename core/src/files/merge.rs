//! Where assessments come from besides a blank start: a follow-up pre-filled from the unit's
//! latest assessment, and assessments merged in from a file.

use crate::assessment::date::Date;
use crate::assessment::{ActionStatus, Assessment, PlanAction, Which};
use crate::files::transfer::{same_assessment, OnDuplicate};
use crate::framework::Framework;
use crate::results::history::of_unit;
use crate::workspace::step::Step;
use crate::workspace::Workspace;

impl Workspace {
    /// Merges imported assessments: each gets a new id (ids are per browser), and so do its
    /// actions; one that is the same as an existing assessment is skipped, kept beside it, or
    /// takes its place. What was there before can be restored with `UndoImport`.
    pub(crate) fn import(&mut self, incoming: Vec<Assessment>, on_duplicate: OnDuplicate) -> bool {
        let before = (self.assessments.clone(), self.current.clone());
        let mut added = false;
        for mut a in incoming {
            let existing = self.assessments.iter().position(|x| same_assessment(x, &a));
            if existing.is_some() && on_duplicate == OnDuplicate::Skip {
                continue;
            }
            a.id = format!("a{}", self.take_id());
            for action in &mut a.actions {
                action.id = self.take_id();
            }
            match existing {
                Some(at) if on_duplicate == OnDuplicate::Replace => {
                    if self.current.as_deref() == Some(self.assessments[at].id.as_str()) {
                        self.current = Some(a.id.clone());
                    }
                    self.assessments[at] = a;
                }
                _ => self.assessments.push(a),
            }
            added = true;
        }
        if added {
            if self.current.is_none() {
                self.current = self.assessments.last().map(|a| a.id.clone());
            }
            self.before_import = Some(before);
            self.step = Step::History;
        }
        added
    }

    /// A new assessment of `unit` with framework `fw`. When the unit has assessments, the latest
    /// one's targets and open actions are carried over; current levels are left to be confirmed.
    pub(crate) fn start(&mut self, fw: &Framework, unit: String, date: Date) {
        let id = format!("a{}", self.take_id());
        let mut fresh = Assessment::new(id.clone(), unit, fw.id.clone(), date);
        let latest = of_unit(self, &fresh.unit).last().map(|a| (*a).clone());
        if let Some(prev) = latest {
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
                    let id = self.take_id();
                    fresh.actions.push(PlanAction {
                        id,
                        ..action.clone()
                    });
                }
            }
        }
        let first = fw.items().next().map(|(_, item, _)| item.to_owned());
        self.assessments.push(fresh);
        self.current = Some(id);
        self.step = first.map_or(Step::Results, Step::Item);
    }
}
