//! The site configuration (`site.json`): a full file reads, every problem is found at once.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::site::{contrast, parse_site, SiteProblem, View};
use kompass_core::Lang;

const IDS: &[&str] = &["sormland-2035", "kalmar-lan", "vastra-gotaland"];

#[test]
fn the_shipped_example_reads_whole() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../www/site.example.json"
    ))
    .expect("example");
    let site = parse_site(&text, IDS).expect("valid");
    assert_eq!(
        site.organisation.as_ref().map(|o| o.get(Lang::Sv)),
        Some("Region Exempel")
    );
    assert_eq!(
        site.organisation.as_ref().map(|o| o.get(Lang::En)),
        Some("Region Example")
    );
    assert_eq!(
        site.contact.email.as_deref(),
        Some("tillganglighet@example.se")
    );
    assert_eq!(site.framework.as_deref(), Some("sormland-2035"));
    assert_eq!(site.lang, Some(Lang::Sv));
    assert_eq!(site.frameworks, ["frameworks/exempel.json"]);
    assert!(site.offers(View::Rollup) && site.offers(View::Workshop));
    assert_eq!(site.logo.as_deref(), Some("logo.svg"));
    assert_eq!(site.missing_framework(IDS), None);
}

#[test]
fn a_default_framework_from_the_sites_own_files_is_checked_once_they_are_read() {
    let text = r#"{"format":"nara-vard-kompassen/site","version":1,"framework":"egen","frameworks":["frameworks/egen.json"]}"#;
    let site = parse_site(text, IDS).expect("valid until the files are read");
    assert_eq!(site.missing_framework(&["sormland-2035", "egen"]), None);
    assert_eq!(
        site.missing_framework(IDS),
        Some(SiteProblem::BadValue {
            field: "framework",
            value: "egen".into()
        })
    );
}

#[test]
fn a_minimal_file_offers_everything() {
    let site =
        parse_site(r#"{"format":"nara-vard-kompassen/site","version":1}"#, IDS).expect("valid");
    assert!(site.offers(View::Rollup) && site.offers(View::Workshop));
    assert_eq!(site.organisation, None);
    let only = parse_site(
        r#"{"format":"nara-vard-kompassen/site","version":1,"views":["assessment"]}"#,
        IDS,
    )
    .expect("valid");
    assert!(!only.offers(View::Rollup) && !only.offers(View::Workshop));
}

#[test]
fn every_problem_is_named_at_once() {
    let text = r##"{
        "format": "nara-vard-kompassen/sajt",
        "version": 2,
        "organisation": { "sv": " " },
        "contact": { "email": "ingen adress", "url": "www.example.se" },
        "framework": "okant",
        "lang": "fi",
        "frameworks": ["https://annan.se/ramverk.json", "frameworks/ok.json", "frameworks/x.txt"],
        "views": ["workshop", "chef"],
        "logo": "//annan.se/logo.svg",
        "colour": "#999999"
    }"##;
    let problems = parse_site(text, IDS).expect_err("invalid");
    let bad = |field: &'static str, value: &str| SiteProblem::BadValue {
        field,
        value: value.to_owned(),
    };
    assert_eq!(
        problems,
        [
            SiteProblem::WrongFormat,
            SiteProblem::UnknownVersion(2),
            SiteProblem::EmptyName,
            bad("lang", "fi"),
            bad("frameworks", "https://annan.se/ramverk.json"),
            bad("frameworks", "frameworks/x.txt"),
            bad("views", "chef"),
            bad("logo", "//annan.se/logo.svg"),
            SiteProblem::LowContrast {
                colour: "#999999".into(),
                tenths: 28
            },
            bad("contact.url", "www.example.se"),
            bad("contact.email", "ingen adress"),
        ]
    );
    assert_eq!(
        parse_site(
            r#"{"format":"nara-vard-kompassen/site","version":1,"colour":"teal"}"#,
            IDS
        ),
        Err(vec![SiteProblem::BadColour("teal".into())])
    );
    // An unknown framework with no files of the site's own to come.
    assert_eq!(
        parse_site(
            r#"{"format":"nara-vard-kompassen/site","version":1,"framework":"okant"}"#,
            IDS
        ),
        Err(vec![bad("framework", "okant")])
    );
    // An unknown field is a typo worth telling: the whole file is refused with its place.
    assert_eq!(
        parse_site(
            r##"{"format":"nara-vard-kompassen/site","version":1,"color":"#000000"}"##,
            IDS
        ),
        Err(vec![SiteProblem::Unreadable {
            line: 1,
            column: 56
        }])
    );
}

#[test]
fn contrast_follows_wcag() {
    let white = (255, 255, 255);
    // Hand-worked: #767676 on white is the well-known 4.54:1; black on white 21:1.
    assert!((contrast((0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    assert!((contrast((0, 0, 0), white) - 21.0).abs() < 1e-9);
    assert!(
        (contrast((0x0a, 0x5c, 0x63), white) - 7.71).abs() < 0.01,
        "the app's own brand colour"
    );
    assert!((contrast((0x99, 0x99, 0x99), white) - 2.85).abs() < 0.01);
}

#[test]
fn the_site_chooses_language_and_framework_only_where_nothing_else_did() {
    use kompass_core::config::parse_config;
    use kompass_core::framework::presets::presets;
    use kompass_core::{Command, HistoryCommand, Workspace};
    let fws = presets();
    let site = parse_site(
        r#"{"format":"nara-vard-kompassen/site","version":1,"lang":"en","framework":"kalmar-lan"}"#,
        IDS,
    )
    .expect("valid");
    let mut fresh = Workspace::default();
    fresh.apply_site(&site, &parse_config(""), &fws);
    assert_eq!((fresh.lang, fresh.framework_id()), (Lang::En, "kalmar-lan"));
    // The address wins.
    let mut asked = Workspace::default();
    asked.apply_site(&site, &parse_config("?lang=sv&ramverk=sormland-2035"), &fws);
    assert_eq!(asked.lang, Lang::Sv);
    assert_ne!(asked.framework_id(), "kalmar-lan");
    // A browser with assessments keeps its own choices.
    let mut used = Workspace::default();
    assert!(used.apply(
        Command::History(HistoryCommand::Start {
            unit: "Vårdcentralen".into(),
            date: kompass_core::Date::parse("2026-03-01").expect("date")
        }),
        &fws
    ));
    let before = (used.lang, used.framework_id().to_owned());
    used.apply_site(&site, &parse_config(""), &fws);
    assert_eq!((used.lang, used.framework_id().to_owned()), before);
}
