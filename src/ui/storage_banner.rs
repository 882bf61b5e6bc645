use yew::prelude::*;

use crate::ui::leaf;

use crate::features::files::export_on_click;
use crate::i18n::{t, CommonText, ErrorMsg};
use crate::platform::download::download;
use crate::platform::local_storage::{LoadNote, SaveProblem};
use crate::store::AppContext;

/// How the last save went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing saved yet in this visit.
    Idle,
    Saved,
    Failed(SaveProblem),
    /// Saving is off so that unreadable saved data is not overwritten.
    Off,
}

/// Tells the user when their work is not being saved, and offers the way out: a file.
pub fn storage_banner(state: &AppContext, load_note: &LoadNote, save: SaveState) -> Html {
    let lang = state.ws.lang;
    let export = export_on_click(state);
    let save_problem = match save {
        SaveState::Failed(SaveProblem::Unavailable) => Some(CommonText::StorageUnavailable),
        SaveState::Failed(SaveProblem::Refused) => Some(CommonText::StorageRefused),
        SaveState::Failed(SaveProblem::NewerElsewhere) => Some(CommonText::NewerInOtherTab),
        _ if *load_note == LoadNote::Unavailable => Some(CommonText::StorageUnavailable),
        _ => None,
    };
    let unreadable = match load_note {
        LoadNote::Unreadable { error, raw, kept } => {
            let raw = raw.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                download("nara-vard-kompassen-olast.json", "application/json", &raw);
            });
            let message = if *kept {
                CommonText::UnreadableKept
            } else {
                CommonText::UnreadableNotKept
            };
            Some(html! {
                <div class="banner warning">
                    { leaf("p", None, t(lang, message).into()) }
                    { leaf("p", Some("detail"), t(lang, ErrorMsg::Store(error)).into()) }
                    <button type="button" {onclick}>{ t(lang, CommonText::DownloadUnreadable) }</button>
                </div>
            })
        }
        _ => None,
    };
    html! {
        <div class="banners" role="alert">
            { for unreadable }
            if let Some(message) = save_problem {
                <div class="banner warning storage-problem">
                    { leaf("p", None, t(lang, message).into()) }
                    <button type="button" class="primary" onclick={export}>{ t(lang, CommonText::SaveAsFile) }</button>
                </div>
            }
        </div>
    }
}
