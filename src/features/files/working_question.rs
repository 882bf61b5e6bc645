//! The question when the working file changed elsewhere: each assessment that differs, how
//! (added, removed or changed there, or on both sides), the two sides in short, and a choice
//! per assessment — keep both, the file's, or this browser's. Nothing is written until then.
//! A view function, not a component: each component type adds kilobytes of Yew code.

use yew::prelude::*;

use crate::ui::leaf;

use crate::i18n::{t, WorkingMsg, WorkingText};
use crate::store::{Action, AppContext, Question, WorkingEvent};
use crate::ui::unit_name;
use kompass_core::files::working::{resolve, Choice};
use kompass_core::Assessment;

const CHOICES: [Choice; 3] = [Choice::KeepBoth, Choice::TakeTheirs, Choice::KeepOurs];

fn tell(state: &AppContext, event: impl Fn() -> WorkingEvent + 'static) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |_: Event| state.dispatch(Action::Working(event())))
}

pub fn question_view(state: &AppContext, q: &Question) -> Html {
    let lang = state.ws.lang;
    let ours = &q.ours;
    let side = |a: Option<&Assessment>, label| {
        let text = a.map_or_else(
            || t(lang, WorkingText::Missing).to_owned(),
            |a| {
                let (items, actions) = (a.items.len(), a.actions.len());
                t(lang, WorkingMsg::Side { items, actions })
            },
        );
        html! { <li>{ format!("{}: {text}", t(lang, label)) }</li> }
    };
    let rows = q.diffs.iter().enumerate().map(|(i, d)| {
        let mine = d.ours.and_then(|k| ours.get(k));
        let theirs = d.theirs.and_then(|k| q.theirs.get(k));
        let Some(a) = mine.or(theirs) else {
            return html! {};
        };
        let radios = CHOICES.iter().enumerate().map(|(n, &c)| {
            let id = format!("working-choice-{i}-{n}");
            let checked = q.choices.get(i) == Some(&c);
            html! {
                <div class="choice">
                    <input type="radio" id={id.clone()} name={format!("working-choice-{i}")} {checked}
                        onchange={tell(state, move || WorkingEvent::Choose(i, c))} />
                    <label for={id}>{ t(lang, WorkingText::Choice(c)) }</label>
                </div>
            }
        });
        let change = t(lang, WorkingText::Change(d.change));
        html! {
            <fieldset class="working-difference">
                <legend>
                    { format!("{}, ", unit_name(&a.unit, lang)) }
                    <time>{ a.date.to_string() }</time>
                    { format!(" – {change}") }
                </legend>
                <ul class="working-sides">{ side(mine, WorkingText::Here) }{ side(theirs, WorkingText::InFile) }</ul>
                { for radios }
            </fieldset>
        }
    });
    let on_apply = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(q) = state.working.question.clone() else {
                return;
            };
            let r = resolve(&q.ours, &q.theirs, &q.diffs, &q.choices);
            state.dispatch(Action::Working(WorkingEvent::Answered(r, q.file.clone())));
        })
    };
    html! {
        <section class="working-question" aria-labelledby="working-question-heading">
            <h2 id="working-question-heading">{ t(lang, WorkingText::QuestionHeading) }</h2>
            { leaf("p", None, t(lang, WorkingText::QuestionIntro).into()) }
            { for rows }
            <button type="button" class="primary working-apply" onclick={on_apply}>{ t(lang, WorkingText::Apply) }</button>
        </section>
    }
}
