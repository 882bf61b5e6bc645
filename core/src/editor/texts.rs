//! The draft's texts: each field read as the editor shows it and set from what the user typed
//! (English left empty is no translation; paragraphs and lines matched across languages).

use crate::editor::command::TextField;
use crate::framework::text::{Lang, Localized};
use crate::framework::Framework;

/// Sets one language of a text: English left empty is no translation.
fn set(text: &mut Localized, lang: Lang, value: String) {
    match lang {
        Lang::Sv => text.sv = value,
        Lang::En => text.en = Some(value).filter(|v| !v.trim().is_empty()),
    }
}

/// An optional text: empty in both languages is none.
fn set_optional(text: &mut Option<Localized>, lang: Lang, value: String) {
    let mut t = text.take().unwrap_or_default();
    set(&mut t, lang, value);
    *text = Some(t).filter(|t| !t.sv.trim().is_empty() || t.en.is_some());
}

/// Paragraphs (or lines) of one language, matched with the other language's by position.
fn set_parts(list: &mut Vec<Localized>, lang: Lang, value: &str, by_line: bool) {
    // One split for both (trimming takes a line's `\r` as `lines()` would), empty parts left out.
    let parts: Vec<String> = value
        .split(if by_line { "\n" } else { "\n\n" })
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    let keep = match lang {
        Lang::Sv => parts.len(),
        Lang::En => parts
            .len()
            .max(list.iter().filter(|p| !p.sv.is_empty()).count()),
    };
    list.resize_with(keep, Localized::default);
    for (i, text) in list.iter_mut().enumerate() {
        set(text, lang, parts.get(i).cloned().unwrap_or_default());
    }
}

/// The text of `field` as the editor shows it in `lang`.
pub fn text_of(fw: &Framework, field: TextField, lang: Lang) -> String {
    let one = |t: Option<&Localized>| match (t, lang) {
        (Some(t), Lang::Sv) => t.sv.clone(),
        (Some(t), Lang::En) => t.en.clone().unwrap_or_default(),
        (None, _) => String::new(),
    };
    let joined = |list: &[Localized], sep: &str| {
        let parts: Vec<String> = list.iter().map(|t| one(Some(t))).collect();
        parts.join(sep)
    };
    let goal = |i: usize| fw.goal_areas.get(i);
    let shift = |i: usize| fw.shifts.get(i);
    let factor = |i: usize| fw.factors.get(i);
    match field {
        TextField::Name => one(Some(&fw.name)),
        TextField::Source => one(Some(&fw.source)),
        TextField::TargetPicture => one(fw.target_picture.as_ref()),
        TextField::FactorsTitle => one(Some(&fw.factors_title)),
        TextField::Question(i) => one(fw.questions.get(i)),
        TextField::GoalName(i) => one(goal(i).map(|g| &g.name)),
        TextField::GoalSummary(i) => one(goal(i).and_then(|g| g.summary.as_ref())),
        TextField::GoalDescription(i) => {
            goal(i).map_or_else(String::new, |g| joined(&g.description, "\n\n"))
        }
        TextField::ShiftFrom(i) => one(shift(i).map(|s| &s.from)),
        TextField::ShiftTo(i) => one(shift(i).map(|s| &s.to)),
        TextField::ShiftRationale(i) => one(shift(i).and_then(|s| s.rationale.as_ref())),
        TextField::FactorName(i) => one(factor(i).map(|f| &f.name)),
        TextField::FactorRationale(i) => one(factor(i).and_then(|f| f.rationale.as_ref())),
        TextField::ContextTitle(i) => one(fw.context.get(i).map(|c| &c.title)),
        TextField::ContextItems(i) => fw
            .context
            .get(i)
            .map_or_else(String::new, |c| joined(&c.items, "\n")),
        TextField::ScaleName(i) => one(fw.scales.get(i).and_then(|s| s.name.as_ref())),
        TextField::ScaleLabel(i, j) => one(fw.scales.get(i).and_then(|s| s.labels.get(j))),
        TextField::ShiftLevel(i, j) => one(shift(i).and_then(|s| s.levels.get(j))),
        TextField::FactorLevel(i, j) => one(factor(i).and_then(|f| f.levels.get(j))),
    }
}

/// Sets `field` in `lang`; false when the field does not exist.
pub(crate) fn set_text(fw: &mut Framework, field: TextField, lang: Lang, value: String) -> bool {
    let Framework {
        goal_areas,
        shifts,
        factors,
        context,
        scales,
        ..
    } = fw;
    // Texts of the scales: a name, a label per step, an item's wording of each step.
    let step = match field {
        TextField::ScaleName(i) => {
            return scales.get_mut(i).is_some_and(|s| {
                set_optional(&mut s.name, lang, value);
                true
            });
        }
        TextField::ScaleLabel(i, j) => scales.get_mut(i).and_then(|s| s.labels.get_mut(j)),
        TextField::ShiftLevel(i, j) => shifts.get_mut(i).and_then(|s| s.levels.get_mut(j)),
        TextField::FactorLevel(i, j) => factors.get_mut(i).and_then(|f| f.levels.get_mut(j)),
        _ => None,
    };
    if matches!(
        field,
        TextField::ScaleLabel(..) | TextField::ShiftLevel(..) | TextField::FactorLevel(..)
    ) {
        return step.is_some_and(|t| {
            set(t, lang, value);
            true
        });
    }
    match field {
        TextField::Name => set(&mut fw.name, lang, value),
        TextField::Source => set(&mut fw.source, lang, value),
        TextField::TargetPicture => set_optional(&mut fw.target_picture, lang, value),
        TextField::FactorsTitle => set(&mut fw.factors_title, lang, value),
        TextField::Question(i) => match fw.questions.get_mut(i) {
            Some(q) => set(q, lang, value),
            None => return false,
        },
        TextField::GoalName(i) | TextField::GoalSummary(i) | TextField::GoalDescription(i) => {
            let Some(g) = goal_areas.get_mut(i) else {
                return false;
            };
            match field {
                TextField::GoalName(_) => set(&mut g.name, lang, value),
                TextField::GoalSummary(_) => set_optional(&mut g.summary, lang, value),
                _ => set_parts(&mut g.description, lang, &value, false),
            }
        }
        TextField::ShiftFrom(i) | TextField::ShiftTo(i) | TextField::ShiftRationale(i) => {
            let Some(s) = shifts.get_mut(i) else {
                return false;
            };
            match field {
                TextField::ShiftFrom(_) => set(&mut s.from, lang, value),
                TextField::ShiftTo(_) => set(&mut s.to, lang, value),
                _ => set_optional(&mut s.rationale, lang, value),
            }
        }
        TextField::FactorName(i) | TextField::FactorRationale(i) => {
            let Some(f) = factors.get_mut(i) else {
                return false;
            };
            match field {
                TextField::FactorName(_) => set(&mut f.name, lang, value),
                _ => set_optional(&mut f.rationale, lang, value),
            }
        }
        TextField::ContextTitle(i) | TextField::ContextItems(i) => {
            let Some(c) = context.get_mut(i) else {
                return false;
            };
            match field {
                TextField::ContextTitle(_) => set(&mut c.title, lang, value),
                _ => set_parts(&mut c.items, lang, &value, true),
            }
        }
        // Set above.
        TextField::ScaleName(_)
        | TextField::ScaleLabel(..)
        | TextField::ShiftLevel(..)
        | TextField::FactorLevel(..) => {}
    }
    true
}
