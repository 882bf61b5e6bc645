//! Any bytes as an imported file: the reader must never panic, and whatever it accepts must be
//! valid against the frameworks (every item id exists in its framework, every level within the
//! scale, every date a real date) and survive a save and a reload unchanged.
#![no_main]

use kompass_core::assessment::date::Date;
use kompass_core::files::saved::{decode, encode};
use kompass_core::files::transfer::{level_off_scale, read_import, OnDuplicate};
use kompass_core::framework::presets::presets;
use kompass_core::{Assessment, Command, FileCommand, Framework, Level, Rating, Workspace};
use libfuzzer_sys::fuzz_target;

/// A real calendar date, checked apart from the reader's own parsing.
fn real_date(d: Date) -> bool {
    Date::new(d.year, d.month, d.day) == Some(d)
}

fn on_the_scale(r: Option<Rating>) -> bool {
    match r {
        None | Some(Rating::DontKnow) => true,
        Some(Rating::Level(l)) => (Level::MIN..=Level::MAX).contains(&l.get()),
    }
}

/// Levels and dates, which every readable document must hold whatever its framework.
fn assert_levels_and_dates(a: &Assessment) {
    assert!(real_date(a.date), "{:?}", a.date);
    for (id, answer) in &a.items {
        assert!(
            on_the_scale(answer.now) && on_the_scale(answer.target),
            "{id}: {answer:?}"
        );
    }
    for p in &a.actions {
        assert!(p.due.is_none_or(real_date), "{p:?}");
    }
}

/// Everything in an imported assessment belongs to one of the frameworks on offer.
fn assert_valid(a: &Assessment, frameworks: &[Framework]) {
    assert_levels_and_dates(a);
    let fw = frameworks
        .iter()
        .find(|f| f.id == a.framework_id)
        .unwrap_or_else(|| panic!("unknown framework {:?} accepted", a.framework_id));
    let exists = |id: &str| fw.items().any(|(_, item, _)| item == id);
    for id in a.items.keys().chain(a.actions.iter().map(|p| &p.item)) {
        assert!(exists(id), "item {id:?} is not in {}", fw.id);
    }
    // Every level on its item's own scale (1–5 for the presets).
    assert_eq!(level_off_scale(fw, a), None);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let frameworks = presets();
    // The saved form: a readable one reads back the same after saving.
    if let Ok(ws) = decode(text) {
        ws.assessments.iter().for_each(assert_levels_and_dates);
        assert_eq!(decode(&encode(&ws)).as_ref(), Ok(&ws));
    }
    if let Ok(assessments) = read_import(text, &frameworks) {
        for a in &assessments {
            assert_valid(a, &frameworks);
        }
        let mut ws = Workspace::default();
        let n = assessments.len();
        assert!(ws.apply(
            Command::Files(FileCommand::Import {
                assessments,
                on_duplicate: OnDuplicate::KeepBoth
            }),
            &frameworks
        ));
        assert_eq!(ws.assessments.len(), n);
        for a in ws.assessments.iter() {
            assert_valid(a, &frameworks);
        }
        // What is saved comes back; the undo snapshot is deliberately never saved.
        let back = decode(&encode(&ws)).map(|b| (b.assessments, b.nav.current, b.nav.step));
        assert_eq!(
            back,
            Ok((
                ws.assessments.clone(),
                ws.nav.current.clone(),
                ws.nav.step.clone()
            ))
        );
    }
});
