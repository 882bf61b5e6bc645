use yew::prelude::*;

use crate::features::workshop::{group_slide, join_link, ResultItem, RoundTimer, WorkshopJoin};
use crate::hooks::{use_app, use_full_screen, use_slide_keys};
use crate::i18n::{t, CommonText, WorkshopMsg, WorkshopText};
use crate::store::send;
use crate::ui::loc;
use kompass_core::workshop::{shifts_rated, slides, WorkshopCommand};
use kompass_core::NavCommand;
use kompass_core::{Command, Step};

/// Presenter mode: one screen at a time in large type and high contrast — joining, one per
/// rated shift with its FRÅN → TILL, the dialogue questions and a round timer, then the
/// results. Arrows, space and PageUp/PageDown (a presentation clicker) move; Esc leaves.
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
    let shifts = shifts_rated(&workshop, &fw);
    let board = workshop.group_work.board();
    let count = slides(&workshop, &fw);
    let slide = workshop.slide.min(count - 1);
    let go = |to: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Workshop(WorkshopCommand::Slide(to)));
        })
    };
    let on_leave = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Navigate(NavCommand::GoTo(Step::Workshop)));
        })
    };
    let show = workshop.revealed && workshop.enough();
    let results = workshop.results();
    let body = if slide == 0 {
        html! {
            <>
                <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::JoinHeading) }</h1>
                <WorkshopJoin link={AttrValue::from(join_link(&workshop.setup, &fw))} id={AttrValue::from(workshop.setup.id.clone())} {lang} big=true />
                <p class="collected-count" role="status">{ t(lang, WorkshopMsg::Collected(workshop.responses.len())) }</p>
            </>
        }
    } else if let Some(board) = board.get(slide - 1) {
        group_slide(board, &workshop, &fw, lang)
    } else if let Some(shift) = shifts
        .get(slide - 1 - board.len())
        .and_then(|id| fw.shift(id))
    {
        let result = results.iter().find(|r| r.item == shift.id).cloned();
        html! {
            <>
                <h1 id="step-heading" tabindex="-1" class="poles">
                    <span class="pole from"><span class="pole-label">{ t(lang, CommonText::From) }</span>{ loc(&shift.from, lang) }</span>
                    <span class="arrow" aria-hidden="true">{ "→" }</span>
                    <span class="pole to"><span class="pole-label">{ t(lang, CommonText::To) }</span>{ loc(&shift.to, lang) }</span>
                </h1>
                <h2 class="visually-hidden">{ t(lang, CommonText::DialogueQuestions) }</h2>
                <ol class="projector-questions">{ for fw.questions.iter().map(|q| html! { <li>{ loc(q, lang) }</li> }) }</ol>
                <RoundTimer {lang} />
                if let (true, Some(result)) = (show, result) {
                    <ResultItem {result} fw={fw.clone()} {lang} level={2} />
                }
            </>
        }
    } else {
        let items = results.into_iter().map(
            |result| html! { <li><ResultItem {result} fw={fw.clone()} {lang} level={2} /></li> },
        );
        html! {
            <>
                <h1 id="step-heading" tabindex="-1">{ t(lang, WorkshopText::ResultsSlide) }</h1>
                if !workshop.enough() {
                    <p>{ t(lang, WorkshopMsg::TooFew { min: workshop.setup.min_group, n: workshop.responses.len() }) }</p>
                } else if !workshop.revealed {
                    <p>{ t(lang, WorkshopText::Hidden) }</p>
                } else {
                    <p>{ t(lang, WorkshopText::OrderNote) }</p>
                    <ol class="result-items">{ for items }</ol>
                }
            </>
        }
    };
    html! {
        <main id="main" class="projector" tabindex="-1" lang={lang.code()}>
            <div class="slide" key={slide}>{ body }</div>
            <nav class="projector-nav" aria-label={t(lang, WorkshopText::Projector)}>
                <button type="button" onclick={go(slide.saturating_sub(1))} disabled={slide == 0}>{ t(lang, WorkshopText::Previous) }</button>
                <span class="slide-count">{ t(lang, WorkshopMsg::SlideOf { i: slide + 1, n: count }) }</span>
                <button type="button" onclick={go(slide + 1)} disabled={slide + 1 >= count}>{ t(lang, WorkshopText::Next) }</button>
                <button type="button" onclick={on_leave}>{ t(lang, WorkshopText::LeaveProjector) }</button>
                <span class="projector-help">{ t(lang, WorkshopText::ProjectorHelp) }</span>
            </nav>
        </main>
    }
}
