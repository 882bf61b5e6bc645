use yew::prelude::*;

use crate::features::workshop::{group_rounds, opening_question};
use crate::features::workshop::{
    join_link, WorkshopCollect, WorkshopConsensus, WorkshopJoin, WorkshopResults, WorkshopSetupForm,
};
use crate::hooks::use_app;
use crate::i18n::{t, WorkshopMsg, WorkshopText};
use crate::store::send;
use crate::ui::{loc, unit_name};
use kompass_core::workshop::WorkshopCommand;
use kompass_core::NavCommand;
use kompass_core::{Command, Step};

/// The facilitator's page: set up a workshop, then let people join, collect their answers,
/// reveal the results and record the consensus.
#[component]
pub fn WorkshopView() -> Html {
    let state = use_app();
    let confirm_end = use_state(|| false);
    let lang = state.ws.lang;
    let Some(workshop) = state.ws.workshops.workshop.clone() else {
        return html! {
            <section class="workshop-view">
                <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::Heading) }</h1>
                <p class="intro">{ t(lang, WorkshopText::Intro) }</p>
                <WorkshopSetupForm />
            </section>
        };
    };
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let on_projector = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Navigate(NavCommand::GoTo(Step::Projector)));
        })
    };
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
    html! {
        <section class="workshop-view">
            <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopMsg::WorkshopId { id: &workshop.setup.id }) }</h1>
            <p class="workshop-framework">
                { loc(&fw.name, lang) }{ " · " }{ unit_name(&workshop.setup.unit, lang) }
            </p>
            if workshop.round.is_none() {
                <section aria-labelledby="join-heading">
                    <h2 id="join-heading">{ t(lang, WorkshopText::JoinHeading) }</h2>
                    <WorkshopJoin link={AttrValue::from(link)} id={AttrValue::from(workshop.setup.id.clone())} {lang} />
                    <p class="field-row">
                        <button type="button" class="primary" onclick={on_projector}>{ t(lang, WorkshopText::Projector) }</button>
                    </p>
                </section>
                { opening_question(&state, &workshop) }
            }
            <WorkshopCollect workshop={workshop.clone()} />
            if workshop.round.is_none() {
                { group_rounds(&state, &workshop) }
                <WorkshopResults workshop={workshop.clone()} />
                if workshop.revealed && workshop.enough() {
                    <WorkshopConsensus workshop={workshop.clone()} />
                }
                <p class="field-row end-workshop">
                    <button type="button" class={classes!((*confirm_end).then_some("danger"))} onclick={on_end}>
                        { t(lang, if *confirm_end { WorkshopText::EndConfirm } else { WorkshopText::End }) }
                    </button>
                </p>
            }
        </section>
    }
}
