//! The root component: loads the saved workspace, owns the state, provides it as context, and
//! runs the effects that mirror state outward (saving, page language and title, focus).

use yew::prelude::*;

use crate::features::about::AboutView;
use crate::features::assessment::{ActionsStep, ItemStep, StartStep, StepNav};
use crate::features::files::{FileBar, SharedView};
use crate::features::history::{CompareView, HistoryView, TrendView};
use crate::features::results::ResultsStep;
use crate::features::rollup::RollupView;
use crate::features::workshop::{ParticipantView, ProjectorView, WorkshopView};
use crate::hooks::use_join_link::{forget_fragment, use_join_link};
use crate::i18n::framework_file_heading;
use crate::i18n::{t, w, T, W};
use crate::platform::framework_file as custom_framework;
use crate::platform::local_storage::{self as storage, LoadNote, SaveProblem};
use crate::store::{send, Action, AppContext, AppState};
use crate::ui::{AppHeader, SaveState, StorageBanner, UpdatePrompt, ViewNav};
use kompass_core::config::{Mode, Theme};
use kompass_core::files::saved::encode;
use kompass_core::files::share::read_share;
use kompass_core::{Command, Step};
use kompass_core::{NavCommand, PageView};

#[component]
pub fn App() -> Html {
    // Read storage once, before the first render, so a reload opens exactly where the user was.
    let loaded = use_memo((), |_| storage::load());
    let state = use_reducer({
        let ws = loaded.0.clone();
        move || {
            AppState::configured(
                ws,
                custom_framework::stored(),
                custom_framework::url_config(),
            )
        }
    });
    // A custom framework named in the URL is fetched once, after the first render.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(path) = state.config.framework_file.clone() {
                let lang = state.ws.lang;
                yew::platform::spawn_local(async move {
                    match custom_framework::load(&path, lang).await {
                        Ok(fw) => state.dispatch(Action::AddFramework(Box::new(fw))),
                        Err(problems) => state.dispatch(Action::FrameworkProblems(path, problems)),
                    }
                });
            }
        });
    }
    let bad_link = use_join_link(state.clone());
    let note = loaded.1.clone();
    let can_save = !matches!(note, LoadNote::Unreadable { kept: false, .. });
    let save = use_state(|| {
        if can_save {
            SaveState::Idle
        } else {
            SaveState::Off
        }
    });

    // Another tab of this browser saved: take its work over, so that this tab's next save builds
    // on it. What a newer version saved there cannot be taken over: this tab stops saving.
    let blocked = use_mut_ref(|| false);
    {
        let (state, save, blocked) = (state.clone(), save.clone(), blocked.clone());
        use_effect_with((), move |_| {
            let listener = storage::on_other_tab_save(
                move |ws| state.dispatch(Action::Adopt(Box::new(ws))),
                move || {
                    *blocked.borrow_mut() = true;
                    save.set(SaveState::Failed(SaveProblem::NewerElsewhere));
                },
            );
            move || drop(listener)
        });
    }
    // Autosave: every change of the workspace is written at once (never from the reducer),
    // except what was just taken over from another tab, which is saved already.
    {
        let save = save.clone();
        use_effect_with(
            (state.ws.clone(), state.from_other_tab),
            move |(ws, adopted)| {
                if can_save && !adopted && !*blocked.borrow() {
                    save.set(match storage::save(&encode(ws)) {
                        Ok(()) => SaveState::Saved,
                        Err(problem) => SaveState::Failed(problem),
                    });
                }
            },
        );
    }
    // ?theme=projector: large type and high contrast for the whole app (styles/projector.css).
    use_effect_with(state.config.theme(), |theme| {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = match theme {
                Theme::Projector => root.set_attribute("data-theme", "projector"),
                Theme::Standard => root.remove_attribute("data-theme"),
            };
        }
    });
    use_effect_with(state.ws.lang, |lang| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                // Screen readers pick their voice from this attribute.
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(t(*lang, T::AppTitle));
        }
    });

    html! {
        <ContextProvider<AppContext> context={state}>
            <Page note={note} save={*save} {bad_link} />
        </ContextProvider<AppContext>>
    }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    note: LoadNote,
    save: SaveState,
    /// The address holds a workshop link that cannot be read.
    bad_link: bool,
}

#[component]
fn Page(props: &PageProps) -> Html {
    let state = use_context::<AppContext>();
    let step = state
        .as_ref()
        .map(|s| s.ws.nav.step.clone())
        .unwrap_or_default();
    // After moving to another step, put keyboard and screen-reader focus on its heading. Not on
    // the first render: a fresh page keeps the browser's own focus.
    let first = use_mut_ref(|| true);
    use_effect_with(step, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("step-heading"));
        if let Some(el) =
            heading.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
        {
            let _ = el.focus();
        }
    });
    // A share link (#dela=…) opens read-only over the app until it is closed.
    let shared = {
        let frameworks = state.as_ref().map(|s| s.frameworks.clone());
        use_memo((), move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            frameworks.and_then(|f| read_share(&hash, f.as_slice()))
        })
    };
    let show_shared = use_state(|| true);
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.ws.lang;
    let started = state.current().is_some();
    if let (Some(shared), true) = ((*shared).clone(), *show_shared) {
        let on_close = {
            let show_shared = show_shared.clone();
            Callback::from(move |_| {
                forget_fragment();
                show_shared.set(false);
            })
        };
        return html! {
            <>
                <AppHeader save={props.save} />
                <main id="main" class="shared-main" tabindex="-1"><SharedView {shared} {on_close} /></main>
            </>
        };
    }
    // A workshop on the projector fills the screen; a participant's phone shows only the
    // workshop.
    match (
        &state.ws.nav.step,
        &state.ws.workshops.workshop,
        &state.ws.workshops.participation,
    ) {
        (Step::Projector, Some(_), _) => return html! { <ProjectorView /> },
        (_, _, None) if state.config.mode == Some(Mode::Participant) => {
            return html! {
                <>
                    <AppHeader save={props.save} />
                    <main id="main" class="participant-main" tabindex="-1">
                        <h1>{ w(lang, W::Heading) }</h1>
                        <p>{ w(lang, if props.bad_link { W::BadLink } else { W::JoinFirst }) }</p>
                    </main>
                </>
            };
        }
        (Step::Participate, _, Some(_)) => {
            return html! {
                <>
                    <a class="skip-link" href="#main">{ t(lang, T::SkipToContent) }</a>
                    <AppHeader save={props.save} />
                    <StorageBanner note={props.note.clone()} save={props.save} />
                    <main id="main" class="participant-main" tabindex="-1"><ParticipantView /></main>
                </>
            };
        }
        _ => {}
    }
    // Which page the step shows is the core's rule (`Workspace::page`).
    let page = state.ws.page();
    let framework = state.framework();
    let in_steps = started && framework.is_some() && page.is_assessment_step();
    let about = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            send(&state, Command::Navigate(NavCommand::GoTo(Step::About)))
        })
    };
    let body = match (page, framework) {
        (_, None) => html! { <p class="error" role="alert">{ t(lang, T::BrokenPresets) }</p> },
        (PageView::History, _) => html! { <HistoryView /> },
        (PageView::Trend, _) => html! { <TrendView /> },
        (PageView::Rollup, _) => html! { <RollupView /> },
        (PageView::About, _) => html! { <AboutView /> },
        (PageView::Workshop, _) => html! { <WorkshopView /> },
        (PageView::Compare { from, to }, _) => {
            html! { <CompareView from={AttrValue::from(from.to_owned())} to={AttrValue::from(to.to_owned())} /> }
        }
        (PageView::Item(id), _) => html! { <ItemStep item={AttrValue::from(id.to_owned())} /> },
        (PageView::Actions, _) => html! { <ActionsStep /> },
        (PageView::Results, _) => html! { <ResultsStep /> },
        (PageView::Start, _) => html! { <StartStep /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, T::SkipToContent) }</a>
            <AppHeader save={props.save} />
            <StorageBanner note={props.note.clone()} save={props.save} />
            <UpdatePrompt />
            if props.bad_link {
                <div class="banner warning" role="alert"><p>{ w(lang, W::BadLink) }</p></div>
            }
            if let Some((file, problems)) = &state.framework_problems {
                <div class="banner warning framework-problems" role="alert">
                    <p>{ framework_file_heading(lang, file, problems.len()) }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
            <div class="top-bars">
                <ViewNav />
                <FileBar />
            </div>
            <div class={classes!("layout", in_steps.then_some("with-nav"))}>
                if in_steps {
                    <StepNav />
                }
                <main id="main" tabindex="-1">{ body }</main>
            </div>
            <footer class="site-footer">
                <p>{ t(lang, T::PrivacyNote) }</p>
                <p><button type="button" class="link-button" onclick={about}>{ t(lang, T::AboutLink) }</button></p>
            </footer>
        </>
    }
}
