use yew::prelude::*;

use crate::ui::leaf;

use crate::features::workshop::{
    discussion_slide, group_slide, join_link, overview_slide, reveal_slide, to_carry, WorkshopJoin,
};
use crate::hooks::{use_app, use_full_screen, use_slide_keys};
use crate::i18n::{t, WorkshopMsg, WorkshopText};
use crate::store::send_on_click;
use kompass_core::workshop::{slide_list, Slide, WorkshopCommand};
use kompass_core::NavCommand;
use kompass_core::{Command, Step};

/// Presenter mode: one screen at a time in large type and high contrast — joining, one per
/// rated shift with its FRÅN → TILL, the dialogue questions and a round timer, then (once
/// revealed) one per rated item and the overview of all. Arrows, space and PageUp/PageDown (a presentation clicker) move; Esc leaves.
#[component]
pub fn ProjectorView() -> Html {
    let state = use_app();
    use_full_screen();
    let slide = state.ws.workshops.workshop.as_ref().map_or(0, |w| w.slide);
    use_slide_keys(state.clone(), slide);
    let lang = state.ws.lang;
    let Some(workshop) = state.ws.workshops.workshop.clone() else {
        return html! {};
    };
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let list = slide_list(&workshop, &fw);
    let count = list.len();
    let slide = workshop.slide.min(count - 1);
    let go = |to: usize| send_on_click(&state, Command::Workshop(WorkshopCommand::Slide(to)));
    let on_leave = send_on_click(&state, Command::Navigate(NavCommand::GoTo(Step::Workshop)));
    let results = workshop.results();
    let body = match list.get(slide).unwrap_or(&Slide::Overview) {
        Slide::Join => html! {
            <>
                <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::JoinHeading) }</h1>
                <WorkshopJoin link={AttrValue::from(join_link(&workshop.setup, &fw))} id={AttrValue::from(workshop.setup.id.clone())} {lang} big=true
                    carry={to_carry(&fw)} />
                <p class="collected-count" role="status">{ t(lang, WorkshopMsg::Collected(workshop.responses.len())) }</p>
            </>
        },
        Slide::Group(board) => group_slide(board, &workshop, &fw, lang),
        Slide::Discussion(id) => html! {
            { discussion_slide(id, &fw, lang) }
        },
        Slide::Reveal(id) => results
            .iter()
            .find(|r| &r.item == id)
            .map(|r| reveal_slide(r, &fw, lang))
            .unwrap_or_default(),
        Slide::Overview if workshop.revealed && workshop.enough() => html! {
            { overview_slide(&results, &fw, lang) }
        },
        Slide::Overview => html! {
            <>
                <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::ResultsSlide) }</h1>
                if workshop.enough() {
                    { leaf("p", None, t(lang, WorkshopText::Hidden).into()) }
                } else {
                    <p>{ t(lang, WorkshopMsg::TooFew { min: workshop.setup.min_group, n: workshop.responses.len() }) }</p>
                }
            </>
        },
    };
    html! {
        <main id="main" class="projector" tabindex="-1" lang={lang.code()}>
            <div class="slide" key={slide}>{ body }</div>
            <nav class="projector-nav" aria-label={t(lang, WorkshopText::Projector)}>
                <button type="button" onclick={go(slide.saturating_sub(1))} disabled={slide == 0}>{ t(lang, WorkshopText::Previous) }</button>
                <span class="slide-count">{ t(lang, WorkshopMsg::SlideOf { i: slide + 1, n: count }) }</span>
                <button type="button" onclick={go(slide + 1)} disabled={slide + 1 >= count}>{ t(lang, WorkshopText::Next) }</button>
                <button type="button" onclick={on_leave}>{ t(lang, WorkshopText::LeaveProjector) }</button>
                { leaf("span", Some("projector-help"), t(lang, WorkshopText::ProjectorHelp).into()) }
            </nav>
        </main>
    }
}
