//! The content of one entry of each list: a question, a goal area, a shift, a factor or
//! statement, a context section; and which goal areas a shift or factor serves.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::leaf;

use super::fields::{text_field, Shape};
use super::scale_items::item_scale;
use super::Ed;
use crate::i18n::{t, EditorMsg, EditorText};
use kompass_core::editor::{EditorCommand, ListKind, TextField as F};
use kompass_core::ItemKind;

pub(crate) fn question(ed: &Ed, i: usize) -> Html {
    text_field(
        ed,
        F::Question(i),
        EditorText::FactorName,
        None,
        Shape::Line,
    )
}

pub(crate) fn goal_area(ed: &Ed, i: usize) -> Html {
    html! {
        <>
            { text_field(ed, F::GoalName(i), EditorText::GoalName, None, Shape::Line) }
            { text_field(ed, F::GoalSummary(i), EditorText::GoalSummary, None, Shape::Line) }
            { text_field(ed, F::GoalDescription(i), EditorText::GoalDescription, Some(EditorText::DescriptionHint), Shape::Area) }
        </>
    }
}

pub(crate) fn shift(ed: &Ed, i: usize) -> Html {
    html! {
        <>
            <div class="ed-poles">
                { text_field(ed, F::ShiftFrom(i), EditorText::From, None, Shape::Area) }
                { text_field(ed, F::ShiftTo(i), EditorText::To, None, Shape::Area) }
            </div>
            { item_scale(ed, ItemKind::Shift, i) }
            { serves(ed, ItemKind::Shift, i) }
            { text_field(ed, F::ShiftRationale(i), EditorText::Rationale, None, Shape::Area) }
        </>
    }
}

pub(crate) fn factor(ed: &Ed, i: usize) -> Html {
    html! {
        <>
            { text_field(ed, F::FactorName(i), EditorText::FactorName, None, Shape::Area) }
            { item_scale(ed, ItemKind::Factor, i) }
            { serves(ed, ItemKind::Factor, i) }
            { text_field(ed, F::FactorRationale(i), EditorText::Rationale, None, Shape::Area) }
        </>
    }
}

pub(crate) fn context(ed: &Ed, i: usize) -> Html {
    html! {
        <>
            { text_field(ed, F::ContextTitle(i), EditorText::ContextTitle, None, Shape::Line) }
            { text_field(ed, F::ContextItems(i), EditorText::ContextItems, Some(EditorText::ItemsHint), Shape::Area) }
        </>
    }
}

/// A checkbox per goal area: whether the shift or factor at `i` serves it.
fn serves(ed: &Ed, kind: ItemKind, i: usize) -> Html {
    let fw = ed.fw;
    let list = match kind {
        ItemKind::Shift => "shifts",
        ItemKind::Factor => "factors",
    };
    let areas = match kind {
        ItemKind::Shift => fw.shifts.get(i).map(|s| &s.goal_areas),
        ItemKind::Factor => fw.factors.get(i).map(|f| &f.goal_areas),
    };
    let Some(areas) = areas else {
        return Html::default();
    };
    if fw.goal_areas.is_empty() {
        return leaf("p", Some("hint"), t(ed.lang, EditorText::NoGoalsYet).into());
    }
    let boxes = fw.goal_areas.iter().enumerate().map(|(g, area)| {
        let id = format!("ed-{list}-{i}-serves-{g}");
        let checked = areas.contains(&area.id);
        let onchange = {
            let (send, goal) = (ed.send.clone(), area.id.clone());
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                send.emit(EditorCommand::SetServes {
                    kind,
                    index: i,
                    goal: goal.clone(),
                    serves: on,
                });
            })
        };
        let name = if area.name.sv.trim().is_empty() {
            t(ed.lang, EditorMsg::Entry(ListKind::GoalArea, g + 1))
        } else {
            area.name.get(ed.lang).to_owned()
        };
        html! {
            <div class="ed-check">
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ name }</label>
            </div>
        }
    });
    html! {
        <fieldset class="ed-serves">
            { leaf("legend", None, t(ed.lang, EditorText::Serves).into()) }
            { for boxes }
        </fieldset>
    }
}
