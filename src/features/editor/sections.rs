//! The editor's form: about the framework (name, source, horizon, target picture, the
//! factors' heading), then each list through the shared list widget.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::{described_by, error_line, text_field, Shape};
use super::list::{list_section, ListSpec};
use super::Ed;
use super::{items, scale_items};
use crate::i18n::{t, EditorText};
use kompass_core::editor::{EditorCommand, ListKind, TextField as F};

pub(crate) fn about(ed: &Ed, horizon: &str) -> Html {
    let problem = ed.problem("horizon");
    let described = described_by("ed-horizon", true, problem.is_some());
    let oninput = {
        let send = ed.send.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            send.emit(EditorCommand::SetHorizon(value));
        })
    };
    html! {
        <section class="ed-section" aria-labelledby="ed-about-heading">
            <h2 id="ed-about-heading">{ t(ed.lang, EditorText::AboutHeading) }</h2>
            { text_field(ed, F::Name, EditorText::Name, None, Shape::Line) }
            { text_field(ed, F::Source, EditorText::Source, Some(EditorText::SourceHint), Shape::Line) }
            <div class={classes!("field", problem.is_some().then_some("has-error"))}>
                <label for="ed-horizon">{ t(ed.lang, EditorText::Horizon) }</label>
                <p id="ed-horizon-hint" class="hint">{ t(ed.lang, EditorText::HorizonHint) }</p>
                { error_line(ed, "ed-horizon", problem.clone()) }
                <input id="ed-horizon" type="text" inputmode="numeric" class="ed-year" autocomplete="off"
                    aria-describedby={described} aria-invalid={problem.is_some().then_some("true")}
                    value={horizon.to_owned()} {oninput} />
            </div>
            { text_field(ed, F::TargetPicture, EditorText::TargetPicture, None, Shape::Area) }
            { text_field(ed, F::FactorsTitle, EditorText::FactorsTitle, Some(EditorText::FactorsTitleHint), Shape::Line) }
        </section>
    }
}

/// Every list of the framework, in the order the start page shows them.
pub(crate) fn lists(ed: &Ed, removed: Option<ListKind>) -> Html {
    let fw = ed.fw;
    let spec = |kind, heading, first| ListSpec {
        kind,
        heading,
        first,
        removed: removed == Some(kind),
        intro: (kind == ListKind::Scale).then_some(EditorText::ScalesIntro),
    };
    let each = |n: usize, f: fn(&Ed, usize) -> Html| (0..n).map(|i| f(ed, i)).collect::<Vec<_>>();
    html! {
        <>
            { list_section(ed, &spec(ListKind::GoalArea, EditorText::GoalsHeading, F::GoalName), each(fw.goal_areas.len(), items::goal_area)) }
            { list_section(ed, &spec(ListKind::Scale, EditorText::ScalesHeading, |i| F::ScaleLabel(i, 0)), each(fw.scales.len(), scale_items::scale)) }
            { list_section(ed, &spec(ListKind::Shift, EditorText::ShiftsHeading, F::ShiftFrom), each(fw.shifts.len(), items::shift)) }
            { list_section(ed, &spec(ListKind::Question, EditorText::QuestionsHeading, F::Question), each(fw.questions.len(), items::question)) }
            { list_section(ed, &spec(ListKind::Factor, EditorText::FactorsHeading, F::FactorName), each(fw.factors.len(), items::factor)) }
            { list_section(ed, &spec(ListKind::Context, EditorText::ContextHeading, F::ContextTitle), each(fw.context.len(), items::context)) }
        </>
    }
}
