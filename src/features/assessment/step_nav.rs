use yew::prelude::*;

use crate::i18n::{rating_text, step_of, t, T};
use crate::store::{send, AppContext};
use crate::ui::item_label;
use kompass_core::NavCommand;
use kompass_core::Which;
use kompass_core::{step_sequence, Command, Step};

/// The list of every step, with the current one marked; each jumps straight there.
#[component]
pub fn StepNav() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let (Some(fw), Some(a)) = (state.framework(), state.current()) else {
        return html! {};
    };
    let lang = state.ws.lang;
    let steps = step_sequence(&fw);
    let entries = steps.iter().map(|step| {
        // An answered item shows its "now → target" right in the list: an overview of the
        // whole assessment that updates with every rating.
        let (label, rated) = match step {
            Step::Start => (t(lang, T::StepStart).to_owned(), None),
            Step::Item(id) => (item_label(&fw, id, lang), {
                let now = a.rating(id, Which::Now);
                now.map(|_| (rating_text(lang, now), rating_text(lang, a.rating(id, Which::Target))))
            }),
            Step::Actions => (t(lang, T::StepActions).to_owned(), None),
            Step::Results => (t(lang, T::StepResults).to_owned(), None),
            // Not steps of the assessment: never in the sequence.
            _ => (String::new(), None),
        };
        let done = rated.is_some();
        let current = *step == state.ws.nav.step;
        let onclick = {
            let state = state.clone();
            let step = step.clone();
            Callback::from(move |_: MouseEvent| send(&state, Command::Navigate(NavCommand::GoTo(step.clone()))))
        };
        html! {
            <li class={classes!("step-entry", done.then_some("done"))}>
                <button type="button" aria-current={current.then_some("step")} {onclick}>
                    <span class="step-label">{ label }</span>
                    if let Some((now, target)) = rated {
                        <span class="done-mark" aria-hidden="true">{ format!("{now} → {target}") }</span>
                        <span class="visually-hidden">
                            { format!(", {}: {} {now}, {} {target}", t(lang, T::Answered), t(lang, T::SeriesNow), t(lang, T::SeriesTarget)) }
                        </span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <nav class="step-nav" aria-label={t(lang, T::StepsNav)}>
            <ol>{ for entries }</ol>
        </nav>
    }
}

/// Previous / next buttons and the "Step n of m" position under every step.
#[component]
pub fn StepButtons() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
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
        target.cloned().map(|step| {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| {
                send(&state, Command::Navigate(NavCommand::GoTo(step.clone())))
            })
        })
    };
    let previous = go(at.checked_sub(1).and_then(|i| steps.get(i)));
    let next = go(steps.get(at + 1));
    html! {
        <div class="step-buttons">
            if let Some(onclick) = previous {
                <button type="button" class="previous" {onclick}>{ "← " }{ t(lang, T::Previous) }</button>
            }
            <span class="step-position">{ step_of(lang, at + 1, steps.len()) }</span>
            if let Some(onclick) = next {
                <button type="button" class="primary next" {onclick}>{ t(lang, T::Next) }{ " →" }</button>
            }
        </div>
    }
}
