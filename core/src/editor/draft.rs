//! The draft: a framework being written, as the validator sees it, and what the editor keeps
//! beside it (the horizon as typed, which fields were touched, what undo brings back).

use super::{edit, ListKind};
use crate::framework::text::Localized;
use crate::framework::{BasedOn, Framework};
use crate::json_read::read_struct;
use crate::json_write::write_struct;

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub fw: Framework,
    /// The horizon year exactly as typed (empty: no horizon).
    pub horizon_text: String,
    /// "Använd" was chosen while there were problems: every problem is shown from then on.
    pub tried: bool,
    /// The fields the user has typed in (see [`super::field_id`]): their problems show at once.
    pub touched: Vec<String>,
    /// The draft as it was before the last removal; dropped by any other change. Not saved.
    pub removed: Option<Box<Framework>>,
}

write_struct!(Draft {
    fw,
    horizon_text,
    tried,
    touched
} skip { removed });

read_struct!(Draft {
    fw, horizon_text = default, tried = default, touched = default,
} skip { removed });

impl Draft {
    /// An empty framework with one empty question and one empty shift to start from.
    pub fn empty(id: String) -> Self {
        let fw = Framework {
            questions: vec![Localized::default()],
            factors_title: Localized::new("Framgångsfaktorer", "Success factors"),
            ..Framework::blank(id)
        };
        let mut draft = Draft::of(fw);
        // The one shift a framework needs, added as "Lägg till förflyttning" adds one.
        edit::add(&mut draft, ListKind::Shift);
        draft
    }

    /// A copy of `from` under the id `id`, marked as building on it. A copy of an own
    /// framework builds on what that one builds on, back to the framework first copied.
    pub fn copy(from: &Framework, id: String) -> Self {
        let mut fw = from.clone();
        fw.id = id;
        // Its own name, so the two are told apart wherever frameworks are listed.
        fw.name = Localized {
            sv: format!("{} – egen version", from.name.sv),
            en: from
                .name
                .en
                .as_ref()
                .map(|en| format!("{en} – own version")),
        };
        fw.based_on = Some(from.based_on.clone().unwrap_or_else(|| BasedOn {
            id: from.id.clone(),
            name: from.name.clone(),
        }));
        Draft::of(fw)
    }

    /// `fw` as a draft, nothing touched yet.
    pub fn of(fw: Framework) -> Self {
        let horizon_text = fw.horizon.map(|y| y.to_string()).unwrap_or_default();
        Draft {
            fw,
            horizon_text,
            tried: false,
            touched: Vec::new(),
            removed: None,
        }
    }

    /// `prefix-1`, `prefix-2`, … : the first not yet used by a goal area, shift or factor.
    pub(crate) fn fresh_id(&self, prefix: &str) -> String {
        let fw = &self.fw;
        let used = |id: &str| fw.goal_areas.iter().any(|g| g.id == id) || fw.has_item(id);
        // At most 76 ids are in use (12 + 12 + 40 … plus a copy's own), so one is free.
        (1..=100)
            .map(|n| format!("{prefix}-{n}"))
            .find(|id| !used(id))
            .unwrap_or_default()
    }

    /// Marks the field `field` as typed in.
    pub(crate) fn touch(&mut self, field: String) {
        if !self.touched.contains(&field) {
            self.touched.push(field);
        }
    }
}
