use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::leaf;

use crate::features::assessment::{framework_overview, framework_picker};
use crate::features::editor::own_framework_start;
use crate::hooks::{use_app, use_slot};
use crate::i18n::{t, AssessmentText};
use crate::platform::clock::today;
use crate::store::send;
use kompass_core::{AnswerCommand, HistoryCommand, NavCommand};
use kompass_core::{Command, Date, Step};

/// The first step: what this is, the unit's name, the framework and the date.
#[component]
pub fn StartStep() -> Html {
    let state = use_app();
    // Before the assessment exists, the form keeps its values locally; the URL may name the unit.
    let draft_unit = use_slot({
        let unit = state.config.unit.clone().unwrap_or_default();
        move || unit
    });
    let draft_date = use_slot(today);
    let framework_link = use_slot(|| None::<String>);
    let lang = state.ws.lang;
    let current = state.current().cloned();
    let unit = current
        .as_ref()
        .map_or_else(|| (*draft_unit).clone(), |a| a.unit.clone());
    let date = current.as_ref().map_or(*draft_date, |a| a.date);

    let on_unit = {
        let (state, draft_unit, started) = (state.clone(), draft_unit.clone(), current.is_some());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if started {
                send(&state, Command::Answers(AnswerCommand::SetUnit(value)));
            } else {
                draft_unit.set(value);
            }
        })
    };
    let on_date = {
        let (state, draft_date, started) = (state.clone(), draft_date.clone(), current.is_some());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            // An empty or partial date leaves the last valid one in place.
            if let Some(date) = Date::parse(&value) {
                if started {
                    send(&state, Command::Answers(AnswerCommand::SetDate(date)));
                } else {
                    draft_date.set(date);
                }
            }
        })
    };
    let on_start = {
        let (state, unit, started) = (state.clone(), unit.clone(), current.is_some());
        let first = state
            .framework()
            .and_then(|fw| fw.items().next().map(|(_, id, _)| id.to_owned()));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if started {
                if let Some(id) = first.clone() {
                    send(&state, Command::Navigate(NavCommand::GoTo(Step::Item(id))));
                }
            } else {
                send(
                    &state,
                    Command::History(HistoryCommand::Start {
                        unit: unit.clone(),
                        date,
                    }),
                );
            }
        })
    };
    let button = if current.is_some() {
        AssessmentText::ContinueButton
    } else {
        AssessmentText::StartButton
    };
    html! {
        <div class="start-step">
            <h1 id="step-heading" tabindex="-1">{ t(lang, AssessmentText::StartHeading) }</h1>
            <div class="intro">
                { leaf("p", None, t(lang, AssessmentText::IntroShifts).into()) }
                { leaf("p", None, t(lang, AssessmentText::IntroHow).into()) }
                { leaf("p", Some("privacy"), t(lang, AssessmentText::IntroPrivacy).into()) }
            </div>
            <form class="start-form" onsubmit={on_start}>
                <div class="field">
                    <label for="unit-name">{ t(lang, AssessmentText::UnitLabel) }</label>
                    <p id="unit-hint" class="hint">{ t(lang, AssessmentText::UnitHint) }</p>
                    <input id="unit-name" type="text" autocomplete="organization" aria-describedby="unit-hint"
                        value={unit} oninput={on_unit} />
                </div>
                { framework_picker(&state) }
                <div class="field">
                    <label for="assessment-date">{ t(lang, AssessmentText::DateLabel) }</label>
                    <input id="assessment-date" type="date" value={date.to_string()} onchange={on_date} />
                </div>
                <button type="submit" class="primary">{ t(lang, button) }</button>
            </form>
            { own_framework_start(&state, &framework_link) }
            if let Some(framework) = state.framework() {
                <section class="about-framework" aria-labelledby="framework-name">
                    { framework_overview(&framework, lang) }
                </section>
            }
        </div>
    }
}
