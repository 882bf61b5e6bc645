//! The framework model: what a unit assesses itself against.
//!
//! A framework is data (see `presets/*.json` and README "Framework format"); the built-in
//! presets and a custom framework go through the same `parse_framework`.

use serde::{Deserialize, Serialize};

use crate::framework::scale::Scale;
use crate::framework::text::Localized;
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// The format tag every framework file carries.
pub const FRAMEWORK_FORMAT: &str = "nara-vard-kompassen/framework";
/// The newest framework format version this app reads. Version 2 added scales (`scales`, and
/// `scale` and `levels` on shifts and factors); a version 1 file has none and is read as before.
pub const FRAMEWORK_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct Framework {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub name: Localized,
    /// Where the content comes from (document, organisation, date).
    pub source: Localized,
    /// The year the target picture is set for; `None` where the source sets none.
    pub horizon: Option<u16>,
    /// The target picture (målbild) in one or a few sentences.
    pub target_picture: Option<Localized>,
    /// The dialogue questions asked for every shift.
    pub questions: Vec<Localized>,
    /// Heading for the factor list (framgångsfaktorer, strategier, …).
    pub factors_title: Localized,
    pub goal_areas: Vec<GoalArea>,
    pub shifts: Vec<Shift>,
    pub factors: Vec<Factor>,
    /// Text shown for orientation only; never scored.
    pub context: Vec<ContextBlock>,
    /// The framework's own rating scales (version 2); items name one by id in `scale`.
    pub scales: Vec<Scale>,
    /// The framework a user's own framework was copied from; never set on a built-in one.
    pub based_on: Option<BasedOn>,
}

write_struct!(Framework { format, version, id, name, source, horizon, target_picture, questions, factors_title, goal_areas, shifts, factors, context, scales if Vec::is_empty, based_on if Option::is_none });

/// Which framework an own framework builds on ("bygger på Sörmland 2035").
#[derive(Clone, Debug, PartialEq)]
pub struct BasedOn {
    pub id: String,
    pub name: Localized,
}

write_struct!(BasedOn { id, name });

#[derive(Clone, Debug, PartialEq)]
pub struct GoalArea {
    pub id: String,
    pub name: Localized,
    /// The short "genom …" line.
    pub summary: Option<Localized>,
    /// Paragraphs describing the goal area.
    pub description: Vec<Localized>,
}

write_struct!(GoalArea {
    id,
    name,
    summary,
    description
});

/// One förflyttning: from the FRÅN pole to the TILL pole.
#[derive(Clone, Debug, PartialEq)]
pub struct Shift {
    pub id: String,
    pub from: Localized,
    pub to: Localized,
    /// Ids of the goal areas this shift serves.
    pub goal_areas: Vec<String>,
    /// Why the shift is mapped to those goal areas.
    pub rationale: Option<Localized>,
    /// Id of the scale the item is rated on (one of `scales`, or a built-in one); without it
    /// the built-in five-step scale of its kind.
    pub scale: Option<String>,
    /// The item's own wording of each step of its scale, lowest first; empty for none.
    pub levels: Vec<Localized>,
}

write_struct!(Shift { id, from, to, goal_areas, rationale, scale if Option::is_none, levels if Vec::is_empty });

/// A success factor, prerequisite or strategy.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    pub id: String,
    pub name: Localized,
    pub goal_areas: Vec<String>,
    pub rationale: Option<Localized>,
    /// Id of the scale the item is rated on (one of `scales`, or a built-in one); without it
    /// the built-in five-step scale of its kind.
    pub scale: Option<String>,
    /// The item's own wording of each step of its scale, lowest first; empty for none.
    pub levels: Vec<Localized>,
}

write_struct!(Factor { id, name, goal_areas, rationale, scale if Option::is_none, levels if Vec::is_empty });

#[derive(Clone, Debug, PartialEq)]
pub struct ContextBlock {
    pub title: Localized,
    pub items: Vec<Localized>,
}

write_struct!(ContextBlock { title, items });

/// Whether an assessed item is a shift or a factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    Shift,
    Factor,
}

// The readers of the framework format: the required fields, then `= default` for the ones a
// file may leave out (see `crate::json_read`).
read_struct!(Framework {
    format, version, id, name, source = default, horizon = default,
    target_picture = default, questions, factors_title, goal_areas = default, shifts,
    factors = default, context = default, scales = default, based_on = default,
});
read_struct!(BasedOn { id, name });
read_struct!(GoalArea { id, name, summary = default, description = default });
read_struct!(Shift {
    id, from, to, goal_areas = default, rationale = default, scale = default, levels = default,
});
read_struct!(Factor {
    id, name, goal_areas = default, rationale = default, scale = default, levels = default,
});
read_struct!(ContextBlock { title, items });

impl Framework {
    /// A framework `id` with nothing in it yet, in this app's format: what the editor and a
    /// framework carried in a join link are built up from.
    pub fn blank(id: String) -> Framework {
        Framework {
            format: FRAMEWORK_FORMAT.to_owned(),
            version: FRAMEWORK_VERSION,
            id,
            name: Localized::default(),
            source: Localized::default(),
            horizon: None,
            target_picture: None,
            questions: Vec::new(),
            factors_title: Localized::default(),
            goal_areas: Vec::new(),
            shifts: Vec::new(),
            factors: Vec::new(),
            context: Vec::new(),
            scales: Vec::new(),
            based_on: None,
        }
    }

    pub fn goal_area(&self, id: &str) -> Option<&GoalArea> {
        self.goal_areas.iter().find(|g| g.id == id)
    }

    pub fn shift(&self, id: &str) -> Option<&Shift> {
        self.shifts.iter().find(|s| s.id == id)
    }

    pub fn factor(&self, id: &str) -> Option<&Factor> {
        self.factors.iter().find(|f| f.id == id)
    }

    /// Every assessed item in order: shifts first, then factors, with their goal areas.
    pub fn items(&self) -> impl Iterator<Item = (ItemKind, &str, &[String])> {
        Items { fw: self, next: 0 }
    }

    /// Whether `id` is one of the framework's shifts or factors.
    pub fn has_item(&self, id: &str) -> bool {
        self.items().any(|(_, item, _)| item == id)
    }

    /// The kind of item `id`, and the scale id and own step wording it names.
    fn item_scale(&self, id: &str) -> Option<(ItemKind, Option<&str>, &[Localized])> {
        if let Some(s) = self.shift(id) {
            return Some((ItemKind::Shift, s.scale.as_deref(), &s.levels));
        }
        let f = self.factor(id)?;
        Some((ItemKind::Factor, f.scale.as_deref(), &f.levels))
    }

    /// A scale by id: the framework's own first, then the built-in ones.
    pub fn scale_by_id(&self, id: &str) -> Option<&Scale> {
        self.scales
            .iter()
            .find(|s| s.id == id)
            .or_else(|| Scale::builtin(id))
    }

    /// The scale item `id` is rated on. An item naming no scale (or one that does not exist,
    /// which validation refuses) and an unknown item get the five-step scale of their kind.
    pub fn scale_of(&self, id: &str) -> &Scale {
        let (kind, named, _) = self.item_scale(id).unwrap_or((ItemKind::Shift, None, &[]));
        named
            .and_then(|n| self.scale_by_id(n))
            .unwrap_or_else(|| Scale::default_for(kind))
    }

    /// Item `id`'s own wording of each step of its scale (empty when it has none).
    pub fn level_texts(&self, id: &str) -> &[Localized] {
        self.item_scale(id).map_or(&[], |(_, _, levels)| levels)
    }

    /// Whether any item is rated on a scale other than the built-in five-step ones.
    pub fn uses_scales(&self) -> bool {
        !self.scales.is_empty()
            || self.items().any(|(_, id, _)| {
                self.item_scale(id)
                    .is_some_and(|(_, s, l)| s.is_some() || !l.is_empty())
            })
    }

    /// Shifts and factors that serve the goal area `id`.
    pub fn items_serving<'a>(&'a self, id: &'a str) -> impl Iterator<Item = (ItemKind, &'a str)> {
        self.items()
            .filter(move |(_, _, areas)| areas.iter().any(|a| a == id))
            .map(|(kind, item, _)| (kind, item))
    }
}

/// [`Framework::items`]: one loop over shifts and factors. A chain of the two lists would
/// compile the body of every loop over the items twice, once for each list.
struct Items<'a> {
    fw: &'a Framework,
    next: usize,
}

impl<'a> Iterator for Items<'a> {
    type Item = (ItemKind, &'a str, &'a [String]);

    #[inline(never)]
    fn next(&mut self) -> Option<Self::Item> {
        let (shifts, i) = (&self.fw.shifts, self.next);
        let item = if let Some(s) = shifts.get(i) {
            (ItemKind::Shift, s.id.as_str(), s.goal_areas.as_slice())
        } else {
            let f = self.fw.factors.get(i - shifts.len())?;
            (ItemKind::Factor, f.id.as_str(), f.goal_areas.as_slice())
        };
        self.next += 1;
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.fw.shifts.len() + self.fw.factors.len() - self.next;
        (left, Some(left))
    }
}

impl AsRef<Framework> for Framework {
    fn as_ref(&self) -> &Framework {
        self
    }
}
