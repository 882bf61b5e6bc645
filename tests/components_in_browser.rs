//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use kompass_core::framework::presets::presets;
use kompass_core::{Lang, Localized, Shift};
use nara_vard_kompassen::features::assessment::{shift_card, ShiftCardProps};
use nara_vard_kompassen::ui::language_switch;
use nara_vard_kompassen::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{document, mount, query, settle, until};

fn html_lang() -> Option<String> {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
}

fn sormland_shift(id: &str) -> Shift {
    presets()
        .into_iter()
        .find(|f| f.id == "sormland-2035")
        .and_then(|f| f.shift(id).cloned())
        .expect("Sörmland shift")
}

/// The shift card is a view function; the tests mount it through this one-line component.
#[yew::component]
fn ShiftCard(props: &ShiftCardProps) -> yew::Html {
    shift_card(props)
}

#[wasm_bindgen_test]
async fn shift_card_shows_from_and_to_in_swedish() {
    let root = mount();
    let props = ShiftCardProps {
        shift: sormland_shift("medskapare"),
        lang: Lang::Sv,
        goal_areas: vec![Localized::new("Tillsammans", "Together")],
    };
    yew::Renderer::<ShiftCard>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    assert_eq!(
        query(&root, ".pole-from .pole-label")
            .text_content()
            .as_deref(),
        Some("Från")
    );
    assert_eq!(
        query(&root, ".pole-from .pole-text")
            .text_content()
            .as_deref(),
        Some("Passiv mottagare")
    );
    assert_eq!(
        query(&root, ".pole-to .pole-text")
            .text_content()
            .as_deref(),
        Some("Aktiv medskapare")
    );
    assert_eq!(
        query(&root, ".chips li").text_content().as_deref(),
        Some("Tillsammans")
    );
    // The arrow is decoration only.
    assert_eq!(
        query(&root, ".arrow")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn untranslated_text_is_marked_swedish_in_english() {
    let root = mount();
    let mut shift = sormland_shift("proaktiv");
    shift.to.en = None;
    let props = ShiftCardProps {
        shift,
        lang: Lang::En,
        goal_areas: vec![],
    };
    yew::Renderer::<ShiftCard>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    assert_eq!(
        query(&root, ".pole-from .pole-label")
            .text_content()
            .as_deref(),
        Some("From")
    );
    assert_eq!(
        query(&root, ".pole-from .pole-text")
            .text_content()
            .as_deref(),
        Some("Reactive")
    );
    let fallback = query(&root, ".pole-to .pole-text span");
    assert_eq!(fallback.get_attribute("lang").as_deref(), Some("sv"));
    assert_eq!(
        fallback.text_content().as_deref(),
        Some("Proaktiv och hälsofrämjande")
    );
}

#[derive(Properties, PartialEq)]
struct SwitchHostProps {
    on_change: Callback<Lang>,
}

/// The language switch is a plain function; this component renders it in Swedish.
#[component]
fn SwitchHost(props: &SwitchHostProps) -> Html {
    language_switch(Lang::Sv, &props.on_change)
}

#[wasm_bindgen_test]
async fn language_switch_reports_the_chosen_language() {
    let root = mount();
    let chosen = std::rc::Rc::new(std::cell::Cell::new(None));
    let sink = chosen.clone();
    let props = SwitchHostProps {
        on_change: Callback::from(move |l: Lang| sink.set(Some(l))),
    };
    yew::Renderer::<SwitchHost>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    let sv = query(&root, "button[lang=sv]");
    assert_eq!(sv.get_attribute("aria-pressed").as_deref(), Some("true"));
    let en: HtmlElement = query(&root, "button[lang=en]").dyn_into().expect("button");
    assert_eq!(en.get_attribute("aria-pressed").as_deref(), Some("false"));
    en.click();
    assert_eq!(chosen.get(), Some(Lang::En));
}

#[wasm_bindgen_test]
async fn app_switches_language_and_framework() {
    // The app restores saved work: start from an empty store.
    if let Some(store) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        store.clear().expect("clear storage");
    }
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    until("the app to show the framework", || {
        root.query_selector("#framework-name")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert_eq!(
        query(&root, "#framework-name").text_content().as_deref(),
        Some("Sörmland 2035")
    );
    assert_eq!(
        root.query_selector_all(".shift-card")
            .expect("cards")
            .length(),
        4
    );

    let en: HtmlElement = query(&root, "button[lang=en]").dyn_into().expect("button");
    en.click();
    until("the page in English", || {
        html_lang().as_deref() == Some("en")
    })
    .await;
    assert_eq!(html_lang().as_deref(), Some("en"));
    assert_eq!(
        query(&root, "label[for=framework-select]")
            .text_content()
            .as_deref(),
        Some("Framework")
    );

    let select: HtmlSelectElement = query(&root, "#framework-select")
        .dyn_into()
        .expect("select");
    select.set_value("kalmar-lan");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&change).expect("dispatch");
    let name = || {
        root.query_selector("#framework-name")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
    };
    until("the Kalmar framework", || {
        name().as_deref() == Some("Kalmar county")
    })
    .await;
    assert_eq!(
        query(&root, "#framework-name").text_content().as_deref(),
        Some("Kalmar county")
    );
    assert!(root.inner_html().contains("Success factors"));
}
