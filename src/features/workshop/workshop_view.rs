use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::{
    facilitator_step, join_link, to_carry, workshop_consensus, workshop_results, StepHead,
    WorkshopCollect, WorkshopJoin, WorkshopSetupForm,
};
use crate::features::workshop::{group_rounds, opening_question};
use crate::hooks::{use_app, use_slot};
use crate::i18n::{t, WorkshopMsg, WorkshopText};
use crate::store::{send, send_on_click};
use crate::ui::{loc, unit_name};
use kompass_core::workshop::WorkshopCommand;
use kompass_core::NavCommand;
use kompass_core::{Command, Step};

/// The facilitator's page: set up a workshop, then four numbered steps — show the QR code,
/// collect the answers, show the result, agree — each with its state.
#[component]
pub fn WorkshopView() -> Html {
    let state = use_app();
    let confirm_end = use_slot(|| false);
    let lang = state.ws.lang;
    let Some(workshop) = state.ws.workshops.workshop.clone() else {
        return html! {
            <section class="workshop-view">
                <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::Heading) }</h1>
                { leaf("p", Some("intro"), t(lang, WorkshopText::Intro).into()) }
                <WorkshopSetupForm />
            </section>
        };
    };
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let carry = to_carry(&fw);
    let on_projector =
        { send_on_click(&state, Command::Navigate(NavCommand::GoTo(Step::Projector))) };
    let on_end = {
        let (state, confirm_end) = (state.clone(), confirm_end.clone());
        Callback::from(move |_: MouseEvent| {
            if *confirm_end {
                send(&state, Command::Workshop(WorkshopCommand::End));
            }
            confirm_end.set(!*confirm_end);
        })
    };
    let link = join_link(&workshop.setup, &fw);
    let heading = html! {
        <>
            <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopMsg::WorkshopId { id: &workshop.setup.id }) }</h1>
            <p class="workshop-framework">
                { loc(&fw.name, lang) }{ " · " }{ unit_name(&workshop.setup.unit, lang) }
            </p>
        </>
    };
    // A pass-the-device round takes the whole page: nothing of the room's results shows.
    if workshop.round.is_some() {
        return html! {
            <section class="workshop-view">
                { heading }
                <WorkshopCollect workshop={workshop.clone()} />
            </section>
        };
    }
    let shown = workshop.revealed && workshop.enough();
    let reveal_state = if !workshop.enough() {
        WorkshopText::StateTooFew
    } else if workshop.revealed {
        WorkshopText::StateShown
    } else {
        WorkshopText::StateHidden
    };
    let saved = if workshop.saved_as.is_some() {
        WorkshopText::StateSaved
    } else {
        WorkshopText::StateNotSaved
    };
    let answers = t(lang, WorkshopMsg::AnswersCount(workshop.responses.len()));
    let join = html! {
        <>
            <WorkshopJoin link={AttrValue::from(link)} id={AttrValue::from(workshop.setup.id.clone())} {lang} carry={carry.clone()} />
            <p class="field-row projector-row">
                <button type="button" class="primary" onclick={on_projector}>{ t(lang, WorkshopText::Projector) }</button>
            </p>
            { opening_question(&state, &workshop) }
        </>
    };
    let rounds = workshop
        .group_work
        .plan
        .as_ref()
        .map_or(0, |p| p.rounds.len());
    let rounds_state = t(lang, WorkshopMsg::StateRounds(rounds));
    let agree = if shown {
        workshop_consensus(&state, &workshop)
    } else {
        leaf("p", Some("hint"), t(lang, WorkshopText::AgreeAfter).into())
    };
    let steps = [
        (
            StepHead {
                n: 1,
                title: WorkshopText::StepJoin,
                state: t(lang, WorkshopText::StateOpen),
                class: "ws-step-join",
            },
            join,
        ),
        (
            StepHead {
                n: 2,
                title: WorkshopText::StepCollect,
                state: &answers,
                class: "ws-step-collect",
            },
            html! { <WorkshopCollect workshop={workshop.clone()} /> },
        ),
        (
            StepHead {
                n: 3,
                title: WorkshopText::StepReveal,
                state: t(lang, reveal_state),
                class: "ws-step-reveal",
            },
            workshop_results(&state, &workshop),
        ),
        (
            StepHead {
                n: 4,
                title: WorkshopText::StepGroups,
                state: &rounds_state,
                class: "ws-step-groups",
            },
            group_rounds(&state, &workshop),
        ),
        (
            StepHead {
                n: 5,
                title: WorkshopText::StepAgree,
                state: t(lang, saved),
                class: "ws-step-agree",
            },
            agree,
        ),
    ];
    html! {
        <section class="workshop-view">
            { heading }
            <ol class="facilitator-steps">
                { for steps.into_iter().map(|(head, body)| facilitator_step(&head, lang, body)) }
            </ol>
            <p class="field-row end-workshop">
                <button type="button" class={classes!((*confirm_end).then_some("danger"))} onclick={on_end}>
                    { t(lang, if *confirm_end { WorkshopText::EndConfirm } else { WorkshopText::End }) }
                </button>
            </p>
        </section>
    }
}
