use yew::prelude::*;

use crate::features::files::working_status;
use crate::hooks::use_app;
use crate::i18n::{t, CommonText, Lang};
use crate::store::send;

use crate::ui::{LanguageSwitch, SaveState};
use kompass_core::Command;

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    pub save: SaveState,
}

/// Site header: app name, tagline, save status and the language switch.
#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let state = use_app();
    let lang = state.ws.lang;
    let on_change = {
        let state = state.clone();
        Callback::from(move |lang: Lang| send(&state, Command::SetLang(lang)))
    };
    let status = match props.save {
        SaveState::Saved => t(lang, CommonText::Saved),
        SaveState::Failed(_) | SaveState::Off => t(lang, CommonText::NotSaved),
        SaveState::Idle => "",
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <p class="app-name">{ t(lang, CommonText::AppTitle) }</p>
                <p class="tagline">{ t(lang, CommonText::Tagline) }</p>
            </div>
            <div class="header-tools">
                <p class="save-status" role="status">{ status }</p>
                { working_status(&state) }
                <LanguageSwitch {lang} {on_change} />
            </div>
        </header>
    }
}
