//! Component tests of shared widgets in headless Chromium (wasm-bindgen-test): the scale field and the charts.
#![cfg(target_arch = "wasm32")]

use kompass_core::{ItemKind, Lang, Level, Localized, Rating, Scale};
use nara_vard_kompassen::ui::{RadarChartProps, ScaleFieldProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{mount, query, settle};

/// The scale field is a view function; the tests mount it through this one-line component.
#[yew::component]
fn ScaleField(props: &ScaleFieldProps) -> yew::Html {
    nara_vard_kompassen::ui::scale_field(props)
}

/// The radar chart is a view function; the tests mount it through this one-line component.
#[yew::component]
fn RadarChart(props: &RadarChartProps) -> yew::Html {
    nara_vard_kompassen::ui::radar_chart(props)
}

/// The timeline chart is a view function; the tests mount it through this one-line component.
#[yew::component]
fn TimelineChart(props: &nara_vard_kompassen::ui::TimelineChartProps) -> yew::Html {
    nara_vard_kompassen::ui::timeline_chart(props)
}

#[wasm_bindgen_test]
async fn scale_field_is_a_labelled_radio_group_that_reports_the_choice() {
    let root = mount();
    let chosen = std::rc::Rc::new(std::cell::Cell::new(None));
    let sink = chosen.clone();
    let props = ScaleFieldProps {
        name: "now".into(),
        legend: "Var är ni i dag?".into(),
        scale: Scale::default_for(ItemKind::Factor).clone(),
        levels: Vec::new(),
        value: Some(Rating::Level(Level::new(2).expect("level"))),
        lang: Lang::Sv,
        on_change: Callback::from(move |r: Option<Rating>| sink.set(Some(r))),
        hint: Some("Förra gången: 2 – Påbörjat".into()),
    };
    yew::Renderer::<ScaleField>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    assert_eq!(
        query(&root, "fieldset > legend").text_content().as_deref(),
        Some("Var är ni i dag?")
    );
    let radios = root
        .query_selector_all("input[type=radio][name=now]")
        .expect("radios");
    assert_eq!(radios.length(), 6, "five levels and Vet ej");
    let two: HtmlInputElement = query(&root, "#now-2").dyn_into().expect("input");
    assert!(two.checked());
    // Every radio has a visible label with its descriptor.
    assert_eq!(
        query(&root, "label[for=now-1]").text_content().as_deref(),
        Some("1Inte påbörjat")
    );
    assert_eq!(
        query(&root, "label[for=now-vet-ej]")
            .text_content()
            .as_deref(),
        Some("Vet ej")
    );
    let dont_know: HtmlElement = query(&root, "#now-vet-ej").dyn_into().expect("input");
    dont_know.click();
    assert_eq!(chosen.get(), Some(Some(Rating::DontKnow)));
    let five: HtmlElement = query(&root, "#now-5").dyn_into().expect("input");
    five.click();
    assert_eq!(
        chosen.get(),
        Some(Some(Rating::Level(Level::new(5).expect("level"))))
    );
}

#[wasm_bindgen_test]
async fn radar_chart_draws_the_series_and_tables_the_same_numbers() {
    let root = mount();
    let lv = |n| Some(Rating::Level(Level::new(n).expect("level")));
    let props = RadarChartProps {
        id: "test-radar".into(),
        title: "Förflyttningarna: i dag och mål".into(),
        labels: vec!["A".into(), "B".into(), "C".into(), "D".into()],
        values: vec![
            (lv(5), lv(5)),
            (lv(1), Some(Rating::DontKnow)),
            (None, lv(3)),
            (lv(2), lv(4)),
        ],
        scales: vec![Scale::default_for(ItemKind::Shift).clone()],
        lang: Lang::Sv,
        compact: false,
    };
    yew::Renderer::<RadarChart>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    let svg = query(&root, "svg[role=img]");
    assert_eq!(
        svg.get_attribute("aria-labelledby").as_deref(),
        Some("test-radar-title test-radar-desc")
    );
    assert_eq!(
        query(&root, "#test-radar-title").text_content().as_deref(),
        Some("Förflyttningarna: i dag och mål")
    );
    // The area runs through the levels only: the third axis has none and is left out, not
    // pulled to the centre.
    assert_eq!(
        query(&root, ".series-now.area")
            .get_attribute("points")
            .as_deref(),
        Some("200,70 226,200 148,200")
    );
    assert_eq!(
        root.query_selector_all(".dot-now").expect("dots").length(),
        3,
        "no dot without a level"
    );
    // The outline breaks around the gap: 1–2 drawn, 2–3 and 3–4 not, 4–1 drawn.
    assert_eq!(
        root.query_selector_all("line.series-now")
            .expect("lines")
            .length(),
        2
    );
    // The target's "Vet ej" is an open ring, and the legend says so.
    assert_eq!(
        root.query_selector_all(".dot-unknown")
            .expect("rings")
            .length(),
        1
    );
    assert!(query(&root, ".legend")
        .text_content()
        .unwrap_or_default()
        .contains("Vet ej"));
    // Every axis is named on the chart.
    let names: Vec<String> = (0..4)
        .filter_map(|i| {
            root.query_selector_all(".axis-label")
                .ok()?
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(names, ["A", "B", "C", "D"]);
    let cells: Vec<String> = (0..16)
        .filter_map(|i| {
            root.query_selector_all("tbody td, tbody th")
                .ok()?
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(cells[..8], ["1", "A", "5", "5", "2", "B", "1", "Vet ej"]);
    assert_eq!(cells[8..], ["3", "C", "–", "3", "4", "D", "2", "4"]);
}

#[wasm_bindgen_test]
async fn timeline_chart_draws_values_target_and_trend_with_a_spoken_name() {
    use kompass_core::results::projection::fit;
    use nara_vard_kompassen::ui::TimelineChartProps;
    let root = mount();
    let points = vec![(2024.0, 0.0), (2025.0, 50.0), (2026.0, 100.0)];
    let props = TimelineChartProps {
        label: "Nära: 2024: 0 %, 2025: 50 %, 2026: 100 %".into(),
        trend: fit(&points),
        points,
        target: Some(75.0),
        years: (2024, 2035),
        levels: None,
    };
    yew::Renderer::<TimelineChart>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    let svg = query(&root, "svg[role=img]");
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Nära: 2024: 0 %, 2025: 50 %, 2026: 100 %")
    );
    assert_eq!(
        query(&root, ".series-line")
            .get_attribute("points")
            .as_deref(),
        Some("96,216 136,115 177,14")
    );
    assert_eq!(
        query(&root, ".target-line").get_attribute("y1").as_deref(),
        Some("65")
    );
    assert_eq!(
        query(&root, ".trend-line").get_attribute("x2").as_deref(),
        Some("177")
    );
    assert_eq!(root.query_selector_all("circle").expect("dots").length(), 3);
    let ticks: Vec<String> = (0..11)
        .filter_map(|i| {
            root.query_selector_all(".tick")
                .ok()?
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(ticks[..5], ["0 %", "25 %", "50 %", "75 %", "100 %"]);
    assert_eq!(ticks[5..], ["2024", "2026", "2028", "2030", "2032", "2034"]);
}

#[wasm_bindgen_test]
async fn a_compact_radar_leaves_out_its_table() {
    let root = mount();
    let lv = |n| Some(Rating::Level(Level::new(n).expect("level")));
    let props = RadarChartProps {
        id: "small".into(),
        title: "Eskilstuna".into(),
        labels: vec!["A".into(), "B".into(), "C".into()],
        values: vec![(lv(1), lv(5)); 3],
        scales: vec![Scale::default_for(ItemKind::Shift).clone()],
        lang: Lang::Sv,
        compact: true,
    };
    yew::Renderer::<RadarChart>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    assert!(root.query_selector("table").ok().flatten().is_none());
    assert_eq!(
        query(&root, "figcaption").text_content().as_deref(),
        Some("Eskilstuna")
    );
    assert_eq!(
        root.query_selector_all(".dot-now").expect("dots").length(),
        3
    );
}

/// A B3-like scale: 0–5, six steps, each labelled.
fn zero_to_five() -> Scale {
    let labels = [
        "Inget",
        "Initiering",
        "Ad hoc",
        "Strukturerat",
        "Integrerat",
        "Optimerat",
    ];
    Scale {
        id: "b3".into(),
        name: None,
        steps: 6,
        start: 0,
        labels: labels
            .iter()
            .map(|l| Localized {
                sv: (*l).into(),
                en: None,
            })
            .collect(),
    }
}

#[wasm_bindgen_test]
async fn a_scale_field_on_0_to_5_has_six_steps_numbered_0_to_5_with_the_items_own_wording() {
    let root = mount();
    let chosen = std::rc::Rc::new(std::cell::Cell::new(None));
    let sink = chosen.clone();
    let props = ScaleFieldProps {
        name: "now".into(),
        legend: "Var är ni i dag?".into(),
        scale: zero_to_five(),
        levels: (0..6)
            .map(|i| Localized::new(&format!("Beskrivning {i}"), &format!("Description {i}")))
            .collect(),
        value: None,
        lang: Lang::En,
        on_change: Callback::from(move |r: Option<Rating>| sink.set(Some(r))),
        hint: None,
    };
    yew::Renderer::<ScaleField>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    let radios = root
        .query_selector_all("input[type=radio][name=now]")
        .expect("radios");
    assert_eq!(radios.length(), 7, "six levels 0–5 and Vet ej");
    // The label has no English: it is shown in Swedish and marked so; the item's own
    // description of the step is in English.
    assert_eq!(
        query(&root, "label[for=now-0]").text_content().as_deref(),
        Some("0IngetDescription 0")
    );
    assert_eq!(
        query(&root, "label[for=now-0] .scale-text span[lang=sv]")
            .text_content()
            .as_deref(),
        Some("Inget")
    );
    assert_eq!(
        query(&root, "label[for=now-5] .scale-detail")
            .text_content()
            .as_deref(),
        Some("Description 5")
    );
    assert!(root.query_selector("#now-6").ok().flatten().is_none());
    let zero: HtmlElement = query(&root, "#now-0").dyn_into().expect("input");
    zero.click();
    assert_eq!(chosen.get(), Some(Level::new(0).map(Rating::Level)));
}

#[wasm_bindgen_test]
async fn a_radar_on_0_to_5_has_six_rings_numbered_0_to_5() {
    let root = mount();
    let lv = |n| Some(Rating::Level(Level::new(n).expect("level")));
    let props = RadarChartProps {
        id: "b3".into(),
        title: "B3".into(),
        labels: vec!["A".into(), "B".into(), "C".into()],
        values: vec![(lv(0), lv(5)), (lv(5), lv(5)), (lv(2), lv(3))],
        scales: vec![zero_to_five()],
        lang: Lang::Sv,
        compact: false,
    };
    yew::Renderer::<RadarChart>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    assert_eq!(
        root.query_selector_all("polygon.ring")
            .expect("rings")
            .length(),
        6
    );
    let numbers: Vec<String> = (0..6)
        .filter_map(|i| {
            root.query_selector_all(".ring-label")
                .ok()?
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(numbers, ["0", "1", "2", "3", "4", "5"]);
    // Level 0 on the first axis (straight up) lies on the innermost ring, 130/6 ≈ 22 from the
    // centre (200, 200); level 5 on the outermost, 130 away.
    let first_dot = query(&root, ".dot-now");
    assert_eq!(first_dot.get_attribute("cy").as_deref(), Some("178"));
    assert!(query(&root, "desc")
        .text_content()
        .unwrap_or_default()
        .starts_with("Nivå 0 ligger närmast mitten, nivå 5 ytterst."));
}

#[wasm_bindgen_test]
async fn an_items_trend_on_0_to_5_names_its_levels_0_to_5() {
    use nara_vard_kompassen::ui::TimelineChartProps;
    let root = mount();
    let props = TimelineChartProps {
        label: "B3".into(),
        trend: None,
        points: vec![(2024.0, 40.0), (2025.0, 60.0)],
        target: Some(100.0),
        years: (2024, 2030),
        levels: Some((0, 5)),
    };
    yew::Renderer::<TimelineChart>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    let ticks: Vec<String> = (0..6)
        .filter_map(|i| {
            root.query_selector_all(".tick")
                .ok()?
                .item(i)?
                .text_content()
        })
        .collect();
    assert_eq!(ticks, ["0", "1", "2", "3", "4", "5"]);
}
