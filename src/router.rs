//! The one router: maps the step the core says may be shown to its page, and lays out the
//! chrome around it (header, banners, navigation, footer).

use yew::prelude::*;

use crate::ui::leaf;

use crate::features::about::AboutView;
use crate::features::assessment::{actions_step, item_step, step_nav, StartStep};
use crate::features::editor::EditorView;
use crate::features::files::{file_menu, working_notices, SharedView};
use crate::features::history::{compare_view, trend_view, HistoryView};
use crate::features::results::ResultsStep;
use crate::features::rollup::RollupView;
use crate::features::workshop::{participant_view, ProjectorView, WorkshopView};
use crate::hooks::{
    use_app, use_focus_on_step, use_framework_link, use_node, use_share_link, use_update_ready,
};
use crate::i18n::{t, CommonText, ErrorMsg, PhoneText, WorkshopText};
use crate::platform::local_storage::LoadNote;
use crate::store::{send_on_click, FrameworkProblems};
use crate::ui::{app_header, storage_banner, update_prompt, view_nav, SaveState};
use kompass_core::config::Mode;
use kompass_core::{Command, NavCommand, PageView, Step};

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub note: LoadNote,
    pub save: SaveState,
    /// The address holds a workshop link that cannot be read.
    pub bad_link: bool,
}

#[component]
pub fn Router(props: &RouterProps) -> Html {
    let state = use_app();
    use_focus_on_step(state.ws.nav.step.clone());
    let (shared, on_close) = use_share_link(&state);
    let framework_link = use_framework_link(&state);
    // The hooks of the update prompt and the file menu, which are view functions.
    let update_ready = use_update_ready();
    let file_menu_ref = use_node();
    let lang = state.ws.lang;
    let started = state.current().is_some();
    // A share link (#dela=…) opens read-only over the app until it is closed.
    if let Some(shared) = shared {
        return html! {
            <>
                { app_header(&state, props.save, false) }
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
                    { app_header(&state, props.save, true) }
                    <main id="main" class="participant-main" tabindex="-1">
                        { leaf("h1", None, t(lang, WorkshopText::Heading).into()) }
                        <p>{ t(lang, if props.bad_link { PhoneText::BadLink } else { PhoneText::JoinFirst }) }</p>
                    </main>
                </>
            };
        }
        (Step::Participate, _, Some(_)) => {
            return html! {
                <>
                    <a class="skip-link" href="#main">{ t(lang, CommonText::SkipToContent) }</a>
                    { app_header(&state, props.save, true) }
                    { storage_banner(&state, &props.note, props.save) }
                    <main id="main" class="participant-main" tabindex="-1">{ participant_view(&state) }</main>
                </>
            };
        }
        _ => {}
    }
    // Which page the step shows is the core's rule (`Workspace::page`).
    let page = state.ws.page();
    let framework = state.framework();
    let in_steps = started && framework.is_some() && page.is_assessment_step();
    let about = send_on_click(&state, Command::Navigate(NavCommand::GoTo(Step::About)));
    let body = match (page, framework) {
        (_, None) => {
            html! { <p class="error" role="alert">{ t(lang, CommonText::BrokenPresets) }</p> }
        }
        (PageView::History, _) => html! { <HistoryView /> },
        (PageView::Trend, _) => trend_view(&state),
        (PageView::Rollup, _) => html! { <RollupView /> },
        (PageView::About, _) => html! { <AboutView /> },
        (PageView::Editor, _) => html! { <EditorView /> },
        (PageView::Workshop, _) => html! { <WorkshopView /> },
        (PageView::Compare { from, to }, _) => compare_view(&state, from, to),
        (PageView::Item(id), _) => item_step(&state, id),
        (PageView::Actions, _) => actions_step(&state),
        (PageView::Results, _) => html! { <ResultsStep /> },
        (PageView::Start, _) => html! { <StartStep /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, CommonText::SkipToContent) }</a>
            { app_header(&state, props.save, true) }
            { storage_banner(&state, &props.note, props.save) }
            { working_notices(&state) }
            { update_prompt(update_ready, lang) }
            if props.bad_link {
                <div class="banner warning" role="alert"><p>{ t(lang, PhoneText::BadLink) }</p></div>
            }
            if let Some(outcome) = framework_link {
                { framework_link_banner(outcome) }
            }
            if let Some(FrameworkProblems { file, problems }) = &state.framework_problems {
                <div class="banner warning framework-problems" role="alert">
                    <p>{ t(lang, ErrorMsg::FrameworkFileHeading { file, n: problems.len() }) }</p>
                    <ul>{ for problems.iter().map(|p| leaf("li", None, p.clone().into())) }</ul>
                </div>
            }
            if let Some(problems) = &state.site_problems {
                <div class="banner warning site-problems" role="alert">
                    <p>{ t(lang, ErrorMsg::SiteHeading { n: problems.len() }) }</p>
                    <ul>{ for problems.iter().map(|p| leaf("li", None, p.clone().into())) }</ul>
                </div>
            }
            <div class="top-bars">
                { view_nav(&state) }
                { file_menu(&state, &file_menu_ref) }
            </div>
            <div class={classes!("layout", in_steps.then_some("with-nav"))}>
                if in_steps {
                    { step_nav(&state) }
                }
                <main id="main" tabindex="-1">{ body }</main>
            </div>
            <footer class="site-footer">
                { leaf("p", None, t(lang, CommonText::PrivacyNote).into()) }
                <p><button type="button" class="link-button" onclick={about}>{ t(lang, CommonText::AboutLink) }</button></p>
            </footer>
        </>
    }
}

/// What a framework link did: added (a calm notice) or could not be read (a warning).
fn framework_link_banner(outcome: Result<String, String>) -> Html {
    match outcome {
        Ok(text) => {
            html! { <div class="banner notice framework-link" role="status"><p>{ text }</p></div> }
        }
        Err(text) => {
            html! { <div class="banner warning framework-link" role="alert"><p>{ text }</p></div> }
        }
    }
}
