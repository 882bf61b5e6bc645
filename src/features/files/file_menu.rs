use yew::prelude::*;

use crate::features::files::FileBar;
use crate::hooks::use_app;
use crate::i18n::{t, FilesText};

/// Every file action in one place: "Filer" opens a panel with saving, opening and exporting
/// files, when that was last done, and the import's questions. Closed, it takes one button's room.
#[component]
pub fn FileMenu() -> Html {
    let state = use_app();
    let lang = state.ws.lang;
    html! {
        <details class="file-menu">
            <summary>{ t(lang, FilesText::FilesGroup) }</summary>
            <FileBar />
        </details>
    }
}
