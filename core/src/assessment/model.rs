//! One self-assessment: a unit's answers for every shift and factor of a framework on a date,
//! with its action plan.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::assessment::date::Date;
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// A step on an item's scale, stored as its number: 0–10 (a scale has 2–11 steps and starts at
/// 0 or 1, see [`crate::framework::Scale`]). Whether a level is on a given item's scale is the
/// framework's to say (`Framework::scale_of`); the built-in five-step scales are 1–5, so data
/// saved before scales existed reads the same, byte for byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    /// The lowest and highest number any scale can have.
    pub const MIN: u8 = 0;
    pub const MAX: u8 = 10;

    pub fn new(n: u8) -> Option<Level> {
        (Self::MIN..=Self::MAX).contains(&n).then_some(Level(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Level::new(n).ok_or_else(|| format!("level {n} is outside 0–10"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

/// An answer on a scale: a level, or "Vet ej" (don't know). No answer at all is `None` around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Level(Level),
    DontKnow,
}

impl Rating {
    pub fn level(self) -> Option<Level> {
        match self {
            Rating::Level(l) => Some(l),
            Rating::DontKnow => None,
        }
    }
}

/// Which of an item's two ratings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    Now,
    Target,
}

/// The answers for one shift or factor.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemAnswer {
    pub now: Option<Rating>,
    pub target: Option<Rating>,
    /// Free-text answers to the framework's dialogue questions, by question index (shifts).
    pub answers: Vec<String>,
    /// Note or evidence (factors; shifts may have one too).
    pub note: String,
}

write_struct!(ItemAnswer { now if Option::is_none, target if Option::is_none, answers if Vec::is_empty, note if String::is_empty });

read_struct!(ItemAnswer {
    now = default, target = default, answers = default, note = default,
});

impl ItemAnswer {
    pub fn rating(&self, which: Which) -> Option<Rating> {
        match which {
            Which::Now => self.now,
            Which::Target => self.target,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.now.is_none()
            && self.target.is_none()
            && self.answers.iter().all(|a| a.trim().is_empty())
            && self.note.trim().is_empty()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];
}

/// One action in the plan, linked to the shift or factor it moves.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanAction {
    pub id: u32,
    pub item: String,
    pub what: String,
    pub who: String,
    pub due: Option<Date>,
    pub status: ActionStatus,
}

write_struct!(PlanAction {
    id,
    item,
    what,
    who,
    due,
    status
});

read_struct!(PlanAction {
    id, item, what, who = default, due = default, status = default,
});

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub id: String,
    /// Unit or organisation name; may be empty.
    pub unit: String,
    pub framework_id: String,
    pub date: Date,
    /// Answers by item id (shift or factor).
    pub items: BTreeMap<String, ItemAnswer>,
    pub actions: Vec<PlanAction>,
}

write_struct!(Assessment {
    id,
    unit,
    framework_id,
    date,
    items,
    actions
});

read_struct!(Assessment {
    id, unit = default, framework_id, date, items = default, actions = default,
});

impl Assessment {
    pub fn new(id: String, unit: String, framework_id: String, date: Date) -> Self {
        Assessment {
            id,
            unit,
            framework_id,
            date,
            items: BTreeMap::new(),
            actions: Vec::new(),
        }
    }

    pub fn answer(&self, item: &str) -> Option<&ItemAnswer> {
        self.items.get(item)
    }

    pub fn rating(&self, item: &str, which: Which) -> Option<Rating> {
        self.items.get(item).and_then(|a| a.rating(which))
    }

    /// True once anything has been answered: the framework can then no longer be switched.
    pub fn has_answers(&self) -> bool {
        self.items.values().any(|a| !a.is_empty()) || !self.actions.is_empty()
    }
}
