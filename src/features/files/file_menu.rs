use yew::prelude::*;

use crate::ui::leaf;

use crate::features::files::FileBar;
use crate::i18n::{t, FilesText};
use crate::platform::document;
use crate::store::AppContext;

/// Every file action in one place: "Filer" opens a panel with saving, opening and exporting
/// files, the working file, when that was last done, and the import's questions. Closed, it
/// takes one button's room. An action that is done at once (a button marked `data-closes`)
/// closes the panel and puts the focus on "Filer"; opening a file keeps it open for what the
/// file brings (a question, a note). `details` is the panel's node, a ref the router holds.
pub fn file_menu(state: &AppContext, details: &NodeRef) -> Html {
    let lang = state.ws.lang;
    let onclick = {
        let details = details.clone();
        Callback::from(move |e: MouseEvent| {
            document::close_disclosure_after(e.target(), details.cast::<web_sys::Element>());
        })
    };
    html! {
        <details class="file-menu" ref={details.clone()} {onclick}>
            { leaf("summary", None, t(lang, FilesText::FilesGroup).into()) }
            <FileBar />
        </details>
    }
}
