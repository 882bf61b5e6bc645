use yew::prelude::*;

use crate::ui::leaf;

use crate::store::AppContext;

use crate::i18n::{t, AssessmentMsg, AssessmentText, CommonMsg, CommonText};
use crate::store::send_on_click;

use crate::ui::item_label;
use kompass_core::NavCommand;
use kompass_core::Which;
use kompass_core::{step_sequence, Command, Step};

/// The list of every step, with the current one marked; each jumps straight there.
pub fn step_nav(state: &AppContext) -> Html {
    let (Some(fw), Some(a)) = (state.framework(), state.current()) else {
        return html! {};
    };
    let lang = state.ws.lang;
    let steps = step_sequence(&fw);
    let entries = steps.iter().map(|step| {
        // An answered item shows its "now → target" right in the list: an overview of the
        // whole assessment that updates with every rating.
        let (label, rated) = match step {
            Step::Start => (t(lang, AssessmentText::StepStart).to_owned(), None),
            Step::Item(id) => (item_label(&fw, id, lang), {
                let now = a.rating(id, Which::Now);
                now.map(|_| (t(lang, CommonMsg::Rating(now)), t(lang, CommonMsg::Rating(a.rating(id, Which::Target)))))
            }),
            Step::Actions => (t(lang, AssessmentText::StepActions).to_owned(), None),
            Step::Results => (t(lang, AssessmentText::StepResults).to_owned(), None),
            // Not steps of the assessment: never in the sequence.
            _ => (String::new(), None),
        };
        let done = rated.is_some();
        let current = *step == state.ws.nav.step;
        let onclick = {
            send_on_click(state, Command::Navigate(NavCommand::GoTo(step.clone())))
        };
        html! {
            <li class={classes!("step-entry", done.then_some("done"))}>
                <button type="button" aria-current={current.then_some("step")} {onclick}>
                    { leaf("span", Some("step-label"), label.into()) }
                    if let Some((now, target)) = rated {
                        <span class="done-mark" aria-hidden="true">{ format!("{now} → {target}") }</span>
                        <span class="visually-hidden">
                            { format!(", {}: {} {now}, {} {target}", t(lang, AssessmentText::Answered), t(lang, CommonText::SeriesNow), t(lang, CommonText::SeriesTarget)) }
                        </span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <nav class="step-nav" aria-label={t(lang, AssessmentText::StepsNav)}>
            <ol>{ for entries }</ol>
        </nav>
    }
}

/// Previous / next buttons and the "Step n of m" position under every step.
pub fn step_buttons(state: &AppContext) -> Html {
    let Some(fw) = state.framework() else {
        return html! {};
    };
    let lang = state.ws.lang;
    let steps = step_sequence(&fw);
    let at = steps
        .iter()
        .position(|s| *s == state.ws.nav.step)
        .unwrap_or(0);
    let go = |target: Option<&Step>| {
        target
            .cloned()
            .map(|step| send_on_click(state, Command::Navigate(NavCommand::GoTo(step))))
    };
    let previous = go(at.checked_sub(1).and_then(|i| steps.get(i)));
    let next = go(steps.get(at + 1));
    html! {
        <div class="step-buttons">
            if let Some(onclick) = previous {
                <button type="button" class="previous" {onclick}>{ "← " }{ t(lang, AssessmentText::Previous) }</button>
            }
            <span class="step-position">{ t(lang, AssessmentMsg::StepOf { n: at + 1, total: steps.len() }) }</span>
            if let Some(onclick) = next {
                <button type="button" class="primary next" {onclick}>{ t(lang, AssessmentText::Next) }{ " →" }</button>
            }
        </div>
    }
}
