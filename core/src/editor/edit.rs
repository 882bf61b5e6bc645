//! Changes to the draft's framework: the goal areas an item serves, and the lists (add,
//! remove, move), each a plain edit of the [`Framework`] the validator checks.

use crate::editor::command::ListKind;
use crate::editor::draft::Draft;
use crate::editor::scales::{forget_scale, new_scale};
use crate::framework::text::Localized;
use crate::framework::{ContextBlock, Factor, Framework, GoalArea, ItemKind, Shift};

impl ListKind {
    /// The most entries the framework format allows.
    pub fn max(self) -> usize {
        match self {
            ListKind::Question => 6,
            ListKind::Scale => 8,
            ListKind::Factor => 40,
            ListKind::GoalArea | ListKind::Shift | ListKind::Context => 12,
        }
    }

    pub fn len(self, fw: &Framework) -> usize {
        match self {
            ListKind::Question => fw.questions.len(),
            ListKind::GoalArea => fw.goal_areas.len(),
            ListKind::Shift => fw.shifts.len(),
            ListKind::Factor => fw.factors.len(),
            ListKind::Context => fw.context.len(),
            ListKind::Scale => fw.scales.len(),
        }
    }
}

/// Whether the shift or factor at `index` serves `goal`, set; false when nothing changed.
pub(crate) fn set_serves(
    fw: &mut Framework,
    kind: ItemKind,
    index: usize,
    goal: &str,
    on: bool,
) -> bool {
    if fw.goal_area(goal).is_none() {
        return false;
    }
    let areas = match kind {
        ItemKind::Shift => fw.shifts.get_mut(index).map(|s| &mut s.goal_areas),
        ItemKind::Factor => fw.factors.get_mut(index).map(|f| &mut f.goal_areas),
    };
    let Some(areas) = areas else { return false };
    let has = areas.iter().any(|a| a == goal);
    if has == on {
        return false;
    }
    if on {
        areas.push(goal.to_owned());
    } else {
        areas.retain(|a| a != goal);
    }
    true
}

/// Runs `$body` with `$v` bound to the draft's list of kind `$kind`.
macro_rules! on_list {
    ($fw:expr, $kind:expr, $v:ident => $body:expr) => {
        match $kind {
            ListKind::Question => {
                let $v = &mut $fw.questions;
                $body
            }
            ListKind::GoalArea => {
                let $v = &mut $fw.goal_areas;
                $body
            }
            ListKind::Shift => {
                let $v = &mut $fw.shifts;
                $body
            }
            ListKind::Factor => {
                let $v = &mut $fw.factors;
                $body
            }
            ListKind::Context => {
                let $v = &mut $fw.context;
                $body
            }
            ListKind::Scale => {
                let $v = &mut $fw.scales;
                $body
            }
        }
    };
}

/// Adds an empty entry at the end; false when the list is full.
pub(crate) fn add(draft: &mut Draft, kind: ListKind) -> bool {
    if kind.len(&draft.fw) >= kind.max() {
        return false;
    }
    let fw = &mut draft.fw;
    match kind {
        ListKind::Question => fw.questions.push(Localized::default()),
        ListKind::GoalArea => {
            let id = draft.fresh_id("mal");
            draft.fw.goal_areas.push(GoalArea {
                id,
                name: Localized::default(),
                summary: None,
                description: Vec::new(),
            });
        }
        ListKind::Shift => {
            let id = draft.fresh_id("forflyttning");
            draft.fw.shifts.push(Shift {
                id,
                from: Localized::default(),
                to: Localized::default(),
                goal_areas: Vec::new(),
                rationale: None,
                scale: None,
                levels: Vec::new(),
            });
        }
        ListKind::Factor => {
            let id = draft.fresh_id("faktor");
            draft.fw.factors.push(Factor {
                id,
                name: Localized::default(),
                goal_areas: Vec::new(),
                rationale: None,
                scale: None,
                levels: Vec::new(),
            });
        }
        ListKind::Context => fw.context.push(ContextBlock {
            title: Localized::default(),
            items: vec![Localized::default()],
        }),
        ListKind::Scale => {
            let scale = new_scale(draft);
            draft.fw.scales.push(scale);
        }
    }
    true
}

/// Removes the entry at `index`; a goal area is also taken out of what served it.
pub(crate) fn remove(fw: &mut Framework, kind: ListKind, index: usize) -> bool {
    if index >= kind.len(fw) {
        return false;
    }
    if kind == ListKind::GoalArea {
        let id = fw.goal_areas[index].id.clone();
        for areas in fw
            .shifts
            .iter_mut()
            .map(|s| &mut s.goal_areas)
            .chain(fw.factors.iter_mut().map(|f| &mut f.goal_areas))
        {
            areas.retain(|a| *a != id);
        }
    }
    if kind == ListKind::Scale {
        let id = fw.scales[index].id.clone();
        forget_scale(fw, &id);
    }
    on_list!(fw, kind, v => { v.remove(index); });
    true
}

/// Swaps the entry at `index` with its neighbour above or below; false at either end.
pub(crate) fn move_entry(fw: &mut Framework, kind: ListKind, index: usize, up: bool) -> bool {
    let len = kind.len(fw);
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    match other {
        Some(other) if other < len && index < len => {
            on_list!(fw, kind, v => v.swap(index, other));
            true
        }
        _ => false,
    }
}
