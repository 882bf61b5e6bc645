//! Two assessments side by side, item by item.

use crate::assessment::{Assessment, Rating, Which};
use crate::framework::{Framework, ItemKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Up(u8),
    Down(u8),
    Same,
    /// One side has no level ("Vet ej" or unanswered): no change can be told.
    Unknown,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ItemChange {
    pub kind: ItemKind,
    pub id: String,
    pub before: Option<Rating>,
    pub after: Option<Rating>,
    pub change: Change,
}

/// Every item of `fw`, from `before` to `after`, in framework order.
pub fn compare(fw: &Framework, before: &Assessment, after: &Assessment) -> Vec<ItemChange> {
    fw.items()
        .map(|(kind, id, _)| {
            let (b, a) = (before.rating(id, Which::Now), after.rating(id, Which::Now));
            let change = match (b.and_then(Rating::level), a.and_then(Rating::level)) {
                (Some(x), Some(y)) if y > x => Change::Up(y.get() - x.get()),
                (Some(x), Some(y)) if y < x => Change::Down(x.get() - y.get()),
                (Some(_), Some(_)) => Change::Same,
                _ => Change::Unknown,
            };
            ItemChange {
                kind,
                id: id.to_owned(),
                before: b,
                after: a,
                change,
            }
        })
        .collect()
}
