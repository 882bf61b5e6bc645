use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::features::files::FileBar;
use crate::hooks::use_app;
use crate::i18n::{t, FilesText};

/// Every file action in one place: "Filer" opens a panel with saving, opening and exporting
/// files, the working file, when that was last done, and the import's questions. Closed, it
/// takes one button's room. An action that is done at once (a button marked `data-closes`)
/// closes the panel; opening a file keeps it open for what the file brings (a question, a note).
#[component]
pub fn FileMenu() -> Html {
    let state = use_app();
    let lang = state.ws.lang;
    let details = use_node_ref();
    let onclick = {
        let details = details.clone();
        Callback::from(move |e: MouseEvent| {
            let closes = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-closes]").ok().flatten())
                .is_some();
            if let (true, Some(menu)) = (closes, details.cast::<web_sys::Element>()) {
                let _ = menu.remove_attribute("open");
            }
        })
    };
    html! {
        <details class="file-menu" ref={details} {onclick}>
            <summary>{ t(lang, FilesText::FilesGroup) }</summary>
            <FileBar />
        </details>
    }
}
