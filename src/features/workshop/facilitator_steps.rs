use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, Lang, WorkshopText};

/// What a step shows in its head.
pub struct StepHead<'a> {
    /// 1 to 4 (a later step, such as group rounds, takes the next number).
    pub n: usize,
    pub title: WorkshopText,
    /// Where the step stands, in a word or two: "12 svar", "dolt", "sparat".
    pub state: &'a str,
    /// A class naming the step (`ws-step-join`, …), for styles and tests.
    pub class: &'static str,
}

/// One numbered step of the facilitator's page: number, title and state on one line, then
/// what the step needs. The steps are list items, so their order is heard as well as seen.
pub fn facilitator_step(head: &StepHead, lang: Lang, body: Html) -> Html {
    let id = format!("{}-heading", head.class);
    html! {
        <li class={classes!("ws-step", head.class)}>
            <section aria-labelledby={id.clone()}>
                <div class="ws-step-head">
                    <h2 {id}>
                        <span class="step-number" aria-hidden="true">{ head.n }</span>
                        <span class="visually-hidden">{ format!("{} {}: ", t(lang, WorkshopText::Step), head.n) }</span>
                        { t(lang, head.title) }
                    </h2>
                    { leaf("p", Some("step-state"), head.state.into()) }
                </div>
                { body }
            </section>
        </li>
    }
}
