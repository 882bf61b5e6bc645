//! On the about page: how much the browser stores for the app and whether it has promised to
//! keep it (asked for once the user has saved something, see `use_persist_storage`).

use yew::prelude::*;

use crate::ui::leaf;

use crate::hooks::StorageUse;
use crate::i18n::{t, Lang, WorkingMsg, WorkingText};

/// A view function, not a component: each component type adds kilobytes of Yew code.
pub fn storage_usage(lang: Lang, found: Option<StorageUse>) -> Html {
    let Some(StorageUse { usage, persisted }) = found else {
        return html! {};
    };
    let usage = match usage {
        Some((used, quota)) => t(lang, WorkingMsg::Usage { used, quota }),
        None => t(lang, WorkingText::UsageUnknown).to_owned(),
    };
    let kept = if persisted {
        WorkingText::Persisted
    } else {
        WorkingText::NotPersisted
    };
    html! {
        <section class="storage-usage" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{ t(lang, WorkingText::StorageHeading) }</h2>
            { leaf("p", Some("storage-used"), usage.into()) }
            { leaf("p", Some("storage-persisted"), t(lang, kept).into()) }
        </section>
    }
}
