//! Which page the workspace shows for its step, opening another unit in one command, and what
//! the page's URL asks for applied to a workspace.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::config::parse_config;
use kompass_core::framework::presets::presets;
use kompass_core::{
    Command as C, Date, HistoryCommand, Lang, NavCommand, PageView, Step, Workspace,
};

fn start(ws: &mut Workspace, unit: &str, date: &str) {
    let date = Date::parse(date).expect("date");
    let unit = unit.into();
    assert!(ws.apply(C::History(HistoryCommand::Start { unit, date }), &presets()));
}

fn go(ws: &mut Workspace, step: Step) -> bool {
    ws.apply(C::Navigate(NavCommand::GoTo(step)), &presets())
}

#[test]
fn the_page_follows_the_step_and_falls_back_to_the_start() {
    let mut ws = Workspace::default();
    assert_eq!(ws.page(), PageView::Start);
    // Steps that need an assessment show the start until there is one.
    for step in [Step::History, Step::Trend, Step::Actions, Step::Results] {
        ws.nav.step = step;
        assert_eq!(ws.page(), PageView::Start);
    }
    ws.nav.step = Step::Item("person".into());
    assert_eq!(ws.page(), PageView::Start);
    start(&mut ws, "U", "2026-03-01");
    assert_eq!(ws.page(), PageView::Item("person"));
    assert!(ws.page().is_assessment_step());
    assert!(go(&mut ws, Step::Trend));
    assert_eq!(ws.page(), PageView::Trend);
    assert!(!ws.page().is_assessment_step());
    assert!(go(&mut ws, Step::History));
    assert_eq!(ws.page(), PageView::History);
    assert!(go(&mut ws, Step::Results));
    assert_eq!(ws.page(), PageView::Results);
    for step in [Step::Workshop, Step::Projector, Step::Participate] {
        ws.nav.step = step;
        assert_eq!(ws.page(), PageView::Workshop);
    }
    ws.nav.step = Step::Compare {
        from: "a1".into(),
        to: "a9".into(),
    };
    assert_eq!(
        ws.page(),
        PageView::Compare {
            from: "a1",
            to: "a9"
        }
    );
    assert!(go(&mut ws, Step::About));
    assert_eq!(ws.page(), PageView::About);
    assert!(go(&mut ws, Step::Rollup));
    assert_eq!(ws.page(), PageView::Rollup);
}

#[test]
fn open_unit_opens_its_latest_assessment_on_the_history() {
    let mut ws = Workspace::default();
    start(&mut ws, "U", "2026-03-01");
    start(&mut ws, "V", "2026-04-01");
    let u = ws.assessments.list[0].id.clone();
    ws.export.unexported = false;
    assert!(ws.apply(C::History(HistoryCommand::OpenUnit(u.clone())), &presets()));
    assert_eq!(ws.nav.current, Some(u));
    assert_eq!(ws.nav.step, Step::History);
    assert!(!ws.export.unexported, "looking around changes no data");
    let before = ws.clone();
    assert!(!ws.apply(
        C::History(HistoryCommand::OpenUnit("a99".into())),
        &presets()
    ));
    assert_eq!(ws, before);
}

#[test]
fn the_url_sets_language_framework_and_where_the_mode_opens() {
    let fws = presets();
    let mut ws = Workspace::default();
    ws.configure(
        &parse_config("?lang=en&framework=kalmar-lan&mode=facilitator"),
        &fws,
    );
    assert_eq!(ws.lang, Lang::En);
    assert_eq!(ws.nav.framework_id, "kalmar-lan");
    assert_eq!(ws.nav.step, Step::Workshop);
    // With an assessment open, the framework stays that assessment's.
    let mut ws = Workspace::default();
    start(&mut ws, "U", "2026-03-01");
    ws.configure(&parse_config("framework=kalmar-lan"), &fws);
    assert_eq!(ws.framework_id(), "sormland-2035");
    assert!(!ws.prefer_framework("kalmar-lan", &fws));
    assert!(!Workspace::default().prefer_framework("no-such", &fws));
    let mut fresh = Workspace::default();
    assert!(fresh.prefer_framework("jamtland-harjedalen", &fws));
    assert_eq!(fresh.nav.framework_id, "jamtland-harjedalen");
}
