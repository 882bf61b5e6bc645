use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::features::workshop::{join_link, ResultItem, RoundTimer, WorkshopJoin};
use crate::i18n::{collected, slide_of, t, too_few, w, T, W};
use crate::store::{send, AppContext};
use crate::ui::loc;
use kompass_core::workshop::{shifts_rated, slides, WorkshopCommand};
use kompass_core::NavCommand;
use kompass_core::{Command, Step};

/// Asks for full screen; a refusal (no user gesture, an iframe without permission) is fine:
/// the projector view fills the window anyway.
fn enter_full_screen() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let request = js_sys::Reflect::get(&root, &"requestFullscreen".into()).ok();
    if let Some(f) = request.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        if let Ok(promise) = f.call0(&root).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
            yew::platform::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

fn leave_full_screen() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// Presenter mode: one screen at a time in large type and high contrast — joining, one per
/// rated shift with its FRÅN → TILL, the dialogue questions and a round timer, then the
/// results. Arrows, space and PageUp/PageDown (a presentation clicker) move; Esc leaves.
#[component]
pub fn ProjectorView() -> Html {
    let state = use_context::<AppContext>();
    use_effect_with((), |_| {
        enter_full_screen();
        leave_full_screen
    });
    {
        let state = state.clone();
        let slide = state
            .as_ref()
            .and_then(|s| s.ws.workshops.workshop.as_ref().map(|w| w.slide));
        use_effect_with(slide, move |slide| {
            let slide = slide.unwrap_or(0);
            let document = web_sys::window().and_then(|w| w.document());
            let listener = document.zip(state).map(|(doc, state)| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&doc, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let on_control = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                        .is_some_and(|el| {
                            matches!(
                                el.tag_name().as_str(),
                                "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A"
                            )
                        });
                    let go =
                        |to: usize| send(&state, Command::Workshop(WorkshopCommand::Slide(to)));
                    match e.key().as_str() {
                        "ArrowRight" | "ArrowDown" | "PageDown" => go(slide + 1),
                        // Space presses a focused button instead.
                        " " if !on_control => go(slide + 1),
                        "ArrowLeft" | "ArrowUp" | "PageUp" if slide > 0 => go(slide - 1),
                        "Escape" => {
                            send(&state, Command::Navigate(NavCommand::GoTo(Step::Workshop)))
                        }
                        _ => return,
                    }
                    e.prevent_default();
                })
            });
            move || drop(listener)
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.ws.lang;
    let Some(workshop) = state.ws.workshops.workshop.clone() else {
        return html! {};
    };
    let Some(fw) = state.framework_by_id(&workshop.setup.framework_id) else {
        return html! {};
    };
    let shifts = shifts_rated(&workshop, &fw);
    let count = slides(&workshop, &fw);
    let slide = workshop.slide.min(count - 1);
    let go = |to: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Workshop(WorkshopCommand::Slide(to)))
        })
    };
    let on_leave = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Navigate(NavCommand::GoTo(Step::Workshop)))
        })
    };
    let show = workshop.revealed && workshop.enough();
    let results = workshop.results();
    let body = if slide == 0 {
        html! {
            <>
                <h1 id="step-heading" tabindex="-1">{ w(lang, W::JoinHeading) }</h1>
                <WorkshopJoin link={AttrValue::from(join_link(&workshop.setup, &fw))} id={AttrValue::from(workshop.setup.id.clone())} {lang} big=true />
                <p class="collected-count" role="status">{ collected(lang, workshop.responses.len()) }</p>
            </>
        }
    } else if let Some(shift) = shifts.get(slide - 1).and_then(|id| fw.shift(id)) {
        let result = results.iter().find(|r| r.item == shift.id).cloned();
        html! {
            <>
                <h1 id="step-heading" tabindex="-1" class="poles">
                    <span class="pole from"><span class="pole-label">{ t(lang, T::From) }</span>{ loc(&shift.from, lang) }</span>
                    <span class="arrow" aria-hidden="true">{ "→" }</span>
                    <span class="pole to"><span class="pole-label">{ t(lang, T::To) }</span>{ loc(&shift.to, lang) }</span>
                </h1>
                <h2 class="visually-hidden">{ t(lang, T::DialogueQuestions) }</h2>
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
                <h1 id="step-heading" tabindex="-1">{ w(lang, W::ResultsSlide) }</h1>
                if !workshop.enough() {
                    <p>{ too_few(lang, workshop.setup.min_group, workshop.responses.len()) }</p>
                } else if !workshop.revealed {
                    <p>{ w(lang, W::Hidden) }</p>
                } else {
                    <p>{ w(lang, W::OrderNote) }</p>
                    <ol class="result-items">{ for items }</ol>
                }
            </>
        }
    };
    html! {
        <main id="main" class="projector" tabindex="-1" lang={lang.code()}>
            <div class="slide" key={slide}>{ body }</div>
            <nav class="projector-nav" aria-label={w(lang, W::Projector)}>
                <button type="button" onclick={go(slide.saturating_sub(1))} disabled={slide == 0}>{ w(lang, W::Previous) }</button>
                <span class="slide-count">{ slide_of(lang, slide + 1, count) }</span>
                <button type="button" onclick={go(slide + 1)} disabled={slide + 1 >= count}>{ w(lang, W::Next) }</button>
                <button type="button" onclick={on_leave}>{ w(lang, W::LeaveProjector) }</button>
                <span class="projector-help">{ w(lang, W::ProjectorHelp) }</span>
            </nav>
        </main>
    }
}
