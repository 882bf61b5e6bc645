//! The root component: owns the state, provides it as context, and runs the effects that
//! mirror state into the page (language, title).

use yew::prelude::*;

use crate::components::{AppHeader, FrameworkOverview, FrameworkPicker};
use crate::i18n::{t, T};
use crate::state::{AppContext, AppState};

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);

    use_effect_with(state.lang, |lang| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                // Screen readers pick their voice from this attribute.
                let _ = root.set_attribute("lang", lang.code());
            }
            doc.set_title(t(*lang, T::AppTitle));
        }
    });

    html! {
        <ContextProvider<AppContext> context={state}>
            <Page />
        </ContextProvider<AppContext>>
    }
}

#[component]
fn Page() -> Html {
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let lang = state.lang;
    let body = match state.framework() {
        Some(framework) => html! {
            <>
                <FrameworkPicker />
                <FrameworkOverview {framework} {lang} />
            </>
        },
        None => html! { <p class="error" role="alert">{ t(lang, T::BrokenPresets) }</p> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ t(lang, T::SkipToContent) }</a>
            <AppHeader />
            <main id="main" tabindex="-1">
                { body }
            </main>
            <footer class="site-footer">
                <p>{ t(lang, T::PrivacyNote) }</p>
            </footer>
        </>
    }
}
