//! How much the browser stores for the app and whether it promised to keep it, asked once when
//! the about page opens.

use yew::prelude::*;

use crate::hooks::{use_mount, use_slot};
use crate::platform::storage_estimate::{estimate, persisted};

/// What the browser said: bytes used and allowed (if it says), and whether the data is kept
/// for sure. `None` until it answers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct StorageUse {
    pub usage: Option<(u64, u64)>,
    pub persisted: bool,
}

#[hook]
pub fn use_storage_usage() -> Option<StorageUse> {
    let found = use_slot(|| None::<StorageUse>);
    {
        let found = found.clone();
        use_mount(Box::new(move || {
            yew::platform::spawn_local(async move {
                let usage = estimate()
                    .await
                    .map(|(used, quota)| (used as u64, quota as u64));
                let persisted = persisted().await.unwrap_or(false);
                found.set(Some(StorageUse { usage, persisted }));
            });
            None
        }));
    }
    *found
}
