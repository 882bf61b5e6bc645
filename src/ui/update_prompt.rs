use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{t, CommonText};
use crate::store::AppContext;

fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-update"))
        .is_some_and(|v| v == "ready")
}

/// "Ny version finns": shown when www/sw-register.js reports a new build waiting; the button hands
/// over to it, and the page reloads with the new version's files, all of them.
#[component]
pub fn UpdatePrompt() -> Html {
    let ready = use_state(update_waiting);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "nvk-update", move |_| ready.set(true)));
            // Dropping the listener removes it.
            move || drop(listener)
        });
    }
    let Some(state) = use_context::<AppContext>() else {
        return html! {};
    };
    let lang = state.ws.lang;
    let onclick = Callback::from(|_: MouseEvent| {
        let apply = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"nvkApplyUpdate".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(apply) = apply {
            let _ = apply.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    html! {
        <div role="status">
            if *ready {
                <div class="banner update-ready">
                    <p>{ t(lang, CommonText::UpdateReady) }</p>
                    <button type="button" class="primary" {onclick}>{ t(lang, CommonText::UpdateNow) }</button>
                </div>
            }
        </div>
    }
}
