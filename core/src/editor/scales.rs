//! Scales in the editor: the draft's own scales (steps 2–11, starting at 0 or 1, a label per
//! step), which scale each shift or factor is rated on, and an item's own wording of each step.
//! Texts (labels, wordings) are set like every other text ([`super::TextField`]).

use crate::editor::draft::Draft;
use crate::framework::scale::{Scale, MAX_STEPS, MIN_STEPS};
use crate::framework::text::Localized;
use crate::framework::{Framework, ItemKind};

/// A change to the draft's scales or to the scale an item is rated on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScaleCommand {
    /// The number of steps of own scale `index` (2–11); labels and items' wordings follow.
    Steps { index: usize, steps: u8 },
    /// Where own scale `index` starts: 0 or 1.
    Start { index: usize, start: u8 },
    /// The scale the item is rated on: an own scale's id, or `None` for its kind's five steps.
    ItemScale {
        kind: ItemKind,
        index: usize,
        scale: Option<String>,
    },
    /// Whether the item words each step of its scale in its own way.
    ItemWording {
        kind: ItemKind,
        index: usize,
        on: bool,
    },
}

/// An own scale of four steps from 1, labels to be written, with a fresh id.
pub(crate) fn new_scale(draft: &Draft) -> Scale {
    let id = (1..=20)
        .map(|n| format!("skala-{n}"))
        .find(|id| draft.fw.scales.iter().all(|s| s.id != *id))
        .unwrap_or_default();
    Scale {
        id,
        name: None,
        steps: 4,
        start: 1,
        labels: vec![Localized::default(); 4],
    }
}

/// The scale and wording of the shift or factor at `index`.
fn item(
    fw: &mut Framework,
    kind: ItemKind,
    index: usize,
) -> Option<(&mut Option<String>, &mut Vec<Localized>)> {
    match kind {
        ItemKind::Shift => fw
            .shifts
            .get_mut(index)
            .map(|s| (&mut s.scale, &mut s.levels)),
        ItemKind::Factor => fw
            .factors
            .get_mut(index)
            .map(|f| (&mut f.scale, &mut f.levels)),
    }
}

/// Applies `cmd`; false when nothing changed.
pub(crate) fn apply(fw: &mut Framework, cmd: ScaleCommand) -> bool {
    match cmd {
        ScaleCommand::Steps { index, steps } => {
            let Some(scale) = fw.scales.get_mut(index) else {
                return false;
            };
            if scale.steps == steps || !(MIN_STEPS..=MAX_STEPS).contains(&steps) {
                return false;
            }
            scale.steps = steps;
            scale.labels.resize_with(steps.into(), Localized::default);
            let id = scale.id.clone();
            each_item_mut(fw, &mut |named, levels| {
                if named.as_deref() == Some(id.as_str()) && !levels.is_empty() {
                    levels.resize_with(steps.into(), Localized::default);
                }
            });
            true
        }
        ScaleCommand::Start { index, start } => match fw.scales.get_mut(index) {
            Some(scale) if scale.start != start && start <= 1 => {
                scale.start = start;
                true
            }
            _ => false,
        },
        ScaleCommand::ItemScale { kind, index, scale } => {
            if scale
                .as_ref()
                .is_some_and(|id| fw.scales.iter().all(|s| s.id != *id))
            {
                return false;
            }
            let steps = usize::from(steps_of(fw, kind, scale.as_deref()));
            let Some((named, levels)) = item(fw, kind, index) else {
                return false;
            };
            if *named == scale {
                return false;
            }
            *named = scale;
            if !levels.is_empty() {
                levels.resize_with(steps, Localized::default);
            }
            true
        }
        ScaleCommand::ItemWording { kind, index, on } => {
            let named = match kind {
                ItemKind::Shift => fw.shifts.get(index).and_then(|s| s.scale.clone()),
                ItemKind::Factor => fw.factors.get(index).and_then(|f| f.scale.clone()),
            };
            let steps = usize::from(steps_of(fw, kind, named.as_deref()));
            let Some((_, levels)) = item(fw, kind, index) else {
                return false;
            };
            if levels.is_empty() != on {
                return false;
            }
            *levels = if on {
                vec![Localized::default(); steps]
            } else {
                Vec::new()
            };
            true
        }
    }
}

/// How many steps the scale `named` has for an item of `kind` (its kind's five when none).
fn steps_of(fw: &Framework, kind: ItemKind, named: Option<&str>) -> u8 {
    named
        .and_then(|id| fw.scale_by_id(id))
        .unwrap_or_else(|| Scale::default_for(kind))
        .steps
}

/// Every item's scale and wording, handed to `each` (a chain of the two lists would compile
/// each loop twice).
fn each_item_mut(
    fw: &mut Framework,
    each: &mut dyn FnMut(&mut Option<String>, &mut Vec<Localized>),
) {
    for s in &mut fw.shifts {
        each(&mut s.scale, &mut s.levels);
    }
    for f in &mut fw.factors {
        each(&mut f.scale, &mut f.levels);
    }
}

/// A removed own scale: no item is rated on it any more (they go back to their kind's scale
/// and lose their wording of its steps).
pub(crate) fn forget_scale(fw: &mut Framework, id: &str) {
    each_item_mut(fw, &mut |named, levels| {
        if named.as_deref() == Some(id) {
            *named = None;
            levels.clear();
        }
    });
}
