//! What the working file's buttons do: choose a new file, open one, connect again, stop. Each
//! asks the browser (its dialog or its permission question, so only from a click) and tells the
//! store; the writing itself is the effect's (`use_working_file`).

use yew::{Callback, MouseEvent};

use crate::platform::working_file::{self, FileHandle};
use crate::store::{Action, AppContext, WorkingEvent};
use kompass_core::files::working::Written;
use kompass_core::Assessment;

fn tell(state: &AppContext, event: WorkingEvent) {
    state.dispatch(Action::Working(event));
}

/// The browser's save dialog, suggesting `Nära vård-kompassen – <unit>.json`; the chosen file
/// is compared with what is here before the first write.
pub fn choose(state: &AppContext) {
    let list: Vec<&Assessment> = state.ws.assessments.iter().collect();
    let name = super::file_bar::file_name(&list, state.ws.lang, "", "json");
    let state = state.clone();
    yew::platform::spawn_local(async move {
        if let Some(handle) = working_file::choose(&name).await {
            tell(&state, WorkingEvent::Connect(handle, None));
        }
    });
}

/// The browser's open dialog: the file's assessments come in (asked about where they differ
/// from what is here), and every change is written to it from then on.
pub fn open(state: &AppContext) {
    let state = state.clone();
    yew::platform::spawn_local(async move {
        if let Some(handle) = working_file::open().await {
            allow(&state, handle, None).await;
        }
    });
}

/// Asks the browser to let the app write to the file again, and carries on from `last`.
pub fn reconnect(state: &AppContext) {
    let Some(handle) = state.working.handle.clone() else {
        return;
    };
    let last = state.working.last.as_deref().cloned();
    let state = state.clone();
    yew::platform::spawn_local(async move { allow(&state, handle, last).await });
}

async fn allow(state: &AppContext, handle: FileHandle, last: Option<Written>) {
    let event = if working_file::may_write(&handle, true).await {
        WorkingEvent::Connect(handle, last)
    } else {
        WorkingEvent::Remembered(handle, last.unwrap_or_default())
    };
    tell(state, event);
}

/// No working file any more (the file itself stays where it is).
pub fn stop(state: &AppContext) {
    yew::platform::spawn_local(working_file::forget());
    tell(state, WorkingEvent::Forget);
}

/// A button's click doing `act`.
pub fn on_click(state: &AppContext, act: fn(&AppContext)) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| act(&state))
}
