use yew::prelude::*;

use crate::ui::leaf;

use crate::features::files::working_status;
use crate::i18n::{t, CommonText, Lang};
use crate::store::{send, AppContext};

use crate::ui::{language_switch, SaveState};
use kompass_core::Command;

/// Site header: app name, tagline (on wide screens), save status and the language switch.
/// Compact, so that a phone's first screen is left to the content. `own_data`: whether what is
/// on the page is the user's own, saved data (not a shared link's).
pub fn app_header(state: &AppContext, save: SaveState, own_data: bool) -> Html {
    let lang = state.ws.lang;
    let on_change = {
        let state = state.clone();
        Callback::from(move |lang: Lang| send(&state, Command::SetLang(lang)))
    };
    // "Sparat" only where there is something of the user's own that was saved.
    let has_data = !state.ws.assessments.is_empty()
        || state.ws.workshops.workshop.is_some()
        || state.ws.workshops.participation.is_some();
    let status = match save {
        SaveState::Saved if own_data && has_data => t(lang, CommonText::Saved),
        SaveState::Failed(_) | SaveState::Off => t(lang, CommonText::NotSaved),
        SaveState::Saved | SaveState::Idle => "",
    };
    html! {
        <header class="site-header">
            if let Some(logo) = &state.site.logo {
                <img class="site-logo" src={logo.clone()} alt={state.site.organisation.as_ref().map(|o| o.get(lang).to_owned()).unwrap_or_default()} />
            }
            <div class="brand">
                { leaf("p", Some("app-name"), t(lang, CommonText::AppTitle).into()) }
                { leaf("p", Some("tagline"), t(lang, CommonText::Tagline).into()) }
            </div>
            <div class="header-tools">
                <p class={classes!("save-status", matches!(save, SaveState::Saved).then_some("saved"))} role="status">{ status }</p>
                { working_status(state) }
                { language_switch(lang, &on_change) }
            </div>
        </header>
    }
}
