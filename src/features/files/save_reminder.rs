use yew::prelude::*;

use crate::ui::leaf;

use crate::store::AppContext;

use crate::features::files::export_on_click;
use crate::i18n::{t, FilesMsg, FilesText};
use kompass_core::files::merge::FileReminder;

/// A calm reminder, on the views where it matters (results, action plan, the list of
/// assessments before erasing), that the data is only in this browser, with the way to a file.
/// Nothing shows when everything is in a file already (saved, opened from one, or a connected
/// working file).
pub fn save_reminder(state: &AppContext) -> Html {
    let lang = state.ws.lang;
    // With a working file connected, every change is in a file already.
    let has_data = !state.ws.assessments.is_empty() && !state.working.connected();
    let Some(reminder) = state.ws.export.reminder(has_data) else {
        return html! {};
    };
    let text = match reminder {
        FileReminder::Never => t(lang, FilesText::NeverExported).to_owned(),
        FileReminder::ChangedSince(date) => t(lang, FilesMsg::ChangedSince { date }),
    };
    let onclick = export_on_click(state);
    html! {
        <div class="notice save-reminder">
            { leaf("p", None, text.into()) }
            <button type="button" {onclick}>{ t(lang, FilesText::SaveFile) }</button>
        </div>
    }
}
