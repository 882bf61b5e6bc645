//! The one way a component reaches the app's store.

use yew::prelude::*;

use crate::store::AppContext;

/// The app's store (state and dispatch). Every component that calls it is rendered inside
/// `App`, which provides the store before anything else renders.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("use_app() is called only under App's ContextProvider")
}
