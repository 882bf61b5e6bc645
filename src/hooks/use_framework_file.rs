//! A custom framework named in the URL, fetched once after the first render.

use yew::prelude::*;

use crate::hooks::use_mount;
use crate::platform::framework_file;
use crate::store::{Action, AppContext, FrameworkProblems};

/// Fetches the framework file the URL names (if any) and offers it, or shows its problems.
#[hook]
pub fn use_framework_file(state: AppContext) {
    use_mount(Box::new(move || {
        if let Some(path) = state.config.framework_file.clone() {
            let lang = state.ws.lang;
            yew::platform::spawn_local(async move {
                match framework_file::load(&path, lang).await {
                    Ok(fw) => state.dispatch(Action::AddFramework(Box::new(fw))),
                    Err(problems) => state.dispatch(Action::FrameworkProblems(FrameworkProblems {
                        file: path,
                        problems,
                    })),
                }
            });
        }
        None
    }));
}
