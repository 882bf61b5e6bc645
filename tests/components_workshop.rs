//! Workshop components in headless Chromium: the QR code, one item's result, and the
//! participant's phone from join link to answer code.
#![cfg(target_arch = "wasm32")]

use kompass_core::framework::presets::presets;
use kompass_core::workshop::{decode, results, Response, WorkshopSetup};
use kompass_core::{Lang, Level, Rating};
use nara_vard_kompassen::features::workshop::{result_item, ResultItemProps};
use nara_vard_kompassen::ui::qr_code;
use nara_vard_kompassen::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{mount, query, settle, until};

fn lvl(n: u8) -> Option<Rating> {
    Level::new(n).map(Rating::Level)
}

/// The QR code is a plain function; this component draws one answer code's.
#[component]
fn QrHost() -> Html {
    qr_code("K7QA-3MZP-2XW", "QR-kod med din svarskod")
}

/// An item's result is a view function; the test mounts it through this one-line component.
#[yew::component]
fn ResultItem(props: &ResultItemProps) -> yew::Html {
    result_item(props)
}

#[wasm_bindgen_test]
async fn a_qr_code_is_a_labelled_picture_of_dark_modules() {
    let root = mount();
    yew::Renderer::<QrHost>::with_root(root.clone()).render();
    settle(&root).await;
    let svg = query(&root, "svg.qr-code");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("QR-kod med din svarskod")
    );
    let path = query(&root, "svg path")
        .get_attribute("d")
        .unwrap_or_default();
    assert!(
        path.starts_with("M4 4h7"),
        "the top-left finder pattern: {path}"
    );
}

#[wasm_bindgen_test]
async fn a_result_shows_one_dot_per_answer_and_the_agreement() {
    let fws = presets();
    let fw = std::rc::Rc::new(fws[0].clone());
    let mut setup = WorkshopSetup::new(&fw, 1);
    setup.items.truncate(1);
    let responses: Vec<Response> = [1, 3, 3, 5]
        .iter()
        .map(|n| Response {
            code: None,
            name: None,
            slots: vec![lvl(*n)],
        })
        .chain(std::iter::once(Response {
            code: None,
            name: None,
            slots: vec![Some(Rating::DontKnow)],
        }))
        .collect();
    let result = results(&setup, &responses).remove(0);
    let root = mount();
    let props = ResultItemProps {
        result,
        fw,
        lang: Lang::Sv,
    };
    yew::Renderer::<ResultItem>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    assert_eq!(
        query(&root, ".agreement").text_content().as_deref(),
        Some("Delade meningar")
    );
    let dots = root.query_selector_all(".dot").map_or(0, |l| l.length());
    assert_eq!(dots, 5, "four levels and one Vet ej");
    let figures = query(&root, ".figures").text_content().unwrap_or_default();
    assert!(
        figures.contains("Median: 3") && figures.contains("Spridning: 4 steg"),
        "{figures}"
    );
    assert!(query(&root, "table.distribution caption")
        .text_content()
        .is_some());
}

#[wasm_bindgen_test]
async fn a_join_link_opens_the_phone_view_and_gives_a_code_the_facilitator_can_read() {
    let fws = presets();
    let mut setup = WorkshopSetup::new(&fws[0], 99);
    setup.items.truncate(2);
    let window = web_sys::window().expect("window");
    let _ = window.local_storage().ok().flatten().map(|s| s.clear());
    window
        .location()
        .set_hash(&setup.fragment(&fws[0]))
        .expect("hash");
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    let present = |id: &str| root.query_selector(id).ok().flatten().is_some();
    let click = |selector: &str| {
        query(&root, selector)
            .unchecked_into::<HtmlElement>()
            .click();
    };
    let checked = |id: &str| {
        query(&root, id)
            .unchecked_into::<HtmlInputElement>()
            .checked()
    };
    // One item per screen: rate, next, rate, done.
    until("the first item", || present("#delta-0-nu-2")).await;
    assert!(
        !present("#delta-1-nu-4"),
        "the second item waits for its screen"
    );
    click("#delta-0-nu-2");
    until("the first rating chosen", || checked("#delta-0-nu-2")).await;
    click(".participant-buttons button.primary");
    until("the second item", || present("#delta-1-nu-4")).await;
    click("#delta-1-nu-4");
    until("the second rating chosen", || checked("#delta-1-nu-4")).await;
    click(".participant-buttons button.primary");
    until("the answer code", || {
        root.query_selector(".answer-code").ok().flatten().is_some()
    })
    .await;
    let code = query(&root, ".answer-code")
        .text_content()
        .unwrap_or_default();
    assert_eq!(decode(&setup, &code), Ok(vec![lvl(2), lvl(4)]));
    window.location().set_hash("").expect("hash");
}
