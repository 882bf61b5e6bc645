//! The root component: loads the saved workspace, owns the one store and provides it, and runs
//! the hooks that mirror the state outward (saving, page language, theme, links).

use yew::prelude::*;

use crate::hooks::{
    use_document_lang, use_framework_file, use_join_link, use_persist_storage, use_saving,
    use_site, use_theme, use_working_file,
};
use crate::platform::local_storage::{self, LoadNote};
use crate::platform::{framework_file, location};
use crate::router::Router;
use crate::store::{AppContext, AppState};

#[component]
pub fn App() -> Html {
    // Read storage once, before the first render, so a reload opens exactly where the user was.
    let loaded = use_memo((), |()| local_storage::load());
    let state = use_reducer({
        let workspace = loaded.0.clone();
        move || AppState::configured(workspace, framework_file::stored(), location::url_config())
    });
    use_framework_file(state.clone());
    use_site(state.clone());
    let bad_link = use_join_link(state.clone());
    let note = loaded.1.clone();
    let can_save = !matches!(note, LoadNote::Unreadable { kept: false, .. });
    let save = use_saving(state.clone(), can_save);
    use_working_file(state.clone());
    use_persist_storage(save, !state.ws.assessments.is_empty());
    use_theme(state.config.theme());
    use_document_lang(state.ws.lang);

    html! {
        <ContextProvider<AppContext> context={state}>
            <Router {note} {save} {bad_link} />
        </ContextProvider<AppContext>>
    }
}
