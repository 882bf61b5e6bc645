//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use nara_vard_kompassen::components::{
    LanguageSwitch, LanguageSwitchProps, ShiftCard, ShiftCardProps,
};
use nara_vard_kompassen::domain::presets::presets;
use nara_vard_kompassen::domain::{Lang, Localized, Shift};
use nara_vard_kompassen::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use yew::platform::time::sleep;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh element to render into.
fn mount() -> Element {
    let doc = document();
    let root = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

async fn settle() {
    sleep(Duration::from_millis(20)).await;
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

fn sormland_shift(id: &str) -> Shift {
    presets()
        .into_iter()
        .find(|f| f.id == "sormland-2035")
        .and_then(|f| f.shift(id).cloned())
        .expect("Sörmland shift")
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
    settle().await;
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
    settle().await;
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

#[wasm_bindgen_test]
async fn language_switch_reports_the_chosen_language() {
    let root = mount();
    let chosen = std::rc::Rc::new(std::cell::Cell::new(None));
    let sink = chosen.clone();
    let props = LanguageSwitchProps {
        lang: Lang::Sv,
        on_change: Callback::from(move |l: Lang| sink.set(Some(l))),
    };
    yew::Renderer::<LanguageSwitch>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let sv = query(&root, "button[lang=sv]");
    assert_eq!(sv.get_attribute("aria-pressed").as_deref(), Some("true"));
    let en: HtmlElement = query(&root, "button[lang=en]").dyn_into().expect("button");
    assert_eq!(en.get_attribute("aria-pressed").as_deref(), Some("false"));
    en.click();
    assert_eq!(chosen.get(), Some(Lang::En));
}

#[wasm_bindgen_test]
async fn app_switches_language_and_framework() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    assert_eq!(
        query(&root, "h1").text_content().as_deref(),
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
    settle().await;
    let html_lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    assert_eq!(html_lang.as_deref(), Some("en"));
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
    settle().await;
    assert_eq!(
        query(&root, "h1").text_content().as_deref(),
        Some("Kalmar county")
    );
    assert!(root.inner_html().contains("Success factors"));
}
