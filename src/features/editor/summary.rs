//! The error summary shown when "Använd" finds problems, as GOV.UK does: a heading and a link
//! to each field with a problem, focused when it appears.

use yew::prelude::*;

use super::Ed;
use crate::i18n::{t, EditorMsg, EditorText};
use crate::platform::document::focus_by_id;
use kompass_core::editor::ListKind;

/// The summary of every problem shown; empty when there is none.
pub(crate) fn error_summary(ed: &Ed) -> Html {
    if ed.problems.is_empty() {
        return Html::default();
    }
    let links = ed.problems.iter().map(|p| {
        // A list's own problem belongs at its add button, where the user fixes it.
        let target = match p.field.as_str() {
            "questions" | "goal_areas" | "shifts" | "factors" | "context" => {
                format!("ed-{}-add", p.field)
            }
            field => format!("ed-{field}"),
        };
        let onclick = {
            let target = target.clone();
            Callback::from(move |e: MouseEvent| {
                // Focus the field without touching the address's fragment (share links use it).
                e.prevent_default();
                focus_by_id(&target);
            })
        };
        let problem = t(ed.lang, EditorMsg::Problem(&p.error));
        let text = match place(ed, &p.field) {
            Some(place) => format!("{place}: {problem}"),
            None => problem,
        };
        html! { <li><a href={format!("#{target}")} {onclick}>{ text }</a></li> }
    });
    html! {
        <div id="ed-summary" class="error-summary" tabindex="-1" aria-labelledby="ed-summary-heading">
            <h2 id="ed-summary-heading">{ t(ed.lang, EditorText::SummaryHeading) }</h2>
            <ul>{ for links }</ul>
        </div>
    }
}

/// Where a field is, in words: "Målområde 2, Namn"; `None` when the problem says it already.
fn place(ed: &Ed, field: &str) -> Option<String> {
    let lang = ed.lang;
    let parts: Vec<&str> = field.split('-').collect();
    let label = |name: &str| {
        let key = match name {
            "name" if parts.len() > 2 && parts[0] == "factors" => EditorText::FactorName,
            "name" => EditorText::Name,
            "source" => EditorText::Source,
            "horizon" => EditorText::Horizon,
            "target_picture" => EditorText::TargetPicture,
            "factors_title" => EditorText::FactorsTitle,
            "summary" => EditorText::GoalSummary,
            "description" => EditorText::GoalDescription,
            "from" => EditorText::From,
            "to" => EditorText::To,
            "rationale" => EditorText::Rationale,
            "title" => EditorText::ContextTitle,
            "items" => EditorText::ContextItems,
            "goal_areas" => EditorText::Serves,
            _ => return None,
        };
        Some(t(lang, key))
    };
    let kind = match parts.first().copied() {
        Some("questions") => ListKind::Question,
        Some("goal_areas") => ListKind::GoalArea,
        Some("shifts") => ListKind::Shift,
        Some("factors") => ListKind::Factor,
        Some("context") => ListKind::Context,
        Some("scales") => ListKind::Scale,
        Some(name) => return label(name).map(str::to_owned),
        None => return None,
    };
    let entry = |i: &str| {
        i.parse::<usize>()
            .ok()
            .map(|i| t(lang, EditorMsg::Entry(kind, i + 1)))
    };
    // A step of a scale, numbered as the scale numbers it.
    let step = |i: &str, j: &str| {
        let (i, j) = (i.parse::<usize>().ok()?, j.parse::<u8>().ok()?);
        let start = match kind {
            ListKind::Scale => ed.fw.scales.get(i)?.start,
            ListKind::Shift => ed.fw.scale_of(&ed.fw.shifts.get(i)?.id).start,
            _ => ed.fw.scale_of(&ed.fw.factors.get(i)?.id).start,
        };
        Some(t(lang, EditorMsg::Step(start + j)))
    };
    match parts.as_slice() {
        [_, i, "labels" | "levels", j, _] => Some(format!("{}, {}", entry(i)?, step(i, j)?)),
        [_, i, "sv" | "en"] => entry(i),
        [_, i, name, ..] => Some(format!("{}, {}", entry(i)?, label(name)?)),
        _ => None,
    }
}
