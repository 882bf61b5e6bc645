//! Property tests of the file reader: any workspace round-trips through its saved and exported
//! forms, and damaged files never panic nor import invalid data.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use kompass_core::files::save_steps::SaveSteps;
use kompass_core::files::saved::{decode, encode};
use kompass_core::files::steps::{ImportSteps, Progress};
use kompass_core::files::transfer::{export, read_import, ImportError};
use kompass_core::files::travel::{read_with_frameworks, Incoming};
use kompass_core::framework::presets::presets;
use kompass_core::{
    ActionStatus, Command as C, Date, Framework, Level, NewAction, Rating, Which, Workspace,
};
use kompass_core::{AnswerCommand, HistoryCommand, NavCommand};

fn fws() -> Vec<Framework> {
    presets()
}

/// xorshift64*: a small deterministic generator for the property tests.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn random_workspace(rng: &mut Rng, fws: &[Framework]) -> Workspace {
    let mut ws = Workspace::default();
    for _ in 0..=rng.below(4) {
        let fw = &fws[rng.below(fws.len() as u64) as usize];
        assert!(ws.apply(C::Navigate(NavCommand::NewUnit), fws) || ws.nav.current.is_none());
        assert!(
            ws.apply(C::Navigate(NavCommand::ChooseFramework(fw.id.clone())), fws)
                || ws.nav.framework_id == fw.id
        );
        let date = Date::new(
            2020 + rng.below(10) as u16,
            1 + rng.below(12) as u8,
            1 + rng.below(28) as u8,
        )
        .expect("date");
        let unit =
            ["", "Enhet A", "Vårdcentralen \"Ö\"", "Hemtjänsten\nVäst"][rng.below(4) as usize];
        assert!(ws.apply(
            C::History(HistoryCommand::Start {
                unit: unit.into(),
                date
            }),
            fws
        ));
        let items: Vec<String> = fw.items().map(|(_, id, _)| id.to_owned()).collect();
        for item in &items {
            for which in [Which::Now, Which::Target] {
                let rating = match rng.below(7) {
                    0 => None,
                    6 => Some(Rating::DontKnow),
                    n => Level::new(n as u8).map(Rating::Level),
                };
                assert!(ws.apply(
                    C::Answers(AnswerCommand::Rate {
                        item: item.clone(),
                        which,
                        rating
                    }),
                    fws
                ));
            }
            if rng.below(3) == 0 {
                assert!(ws.apply(
                    C::Answers(AnswerCommand::Note {
                        item: item.clone(),
                        text: format!("anteckning {} åäö \u{1F600}", rng.next())
                    }),
                    fws
                ));
            }
        }
        if rng.below(2) == 0 {
            let new = NewAction {
                item: items[0].clone(),
                what: "Åtgärd".into(),
                who: "Vem".into(),
                due: Some(date),
                status: ActionStatus::InProgress,
            };
            assert!(ws.apply(C::Answers(AnswerCommand::AddAction(new)), fws));
        }
    }
    ws
}

#[test]
fn property_any_workspace_round_trips_through_its_saved_and_exported_forms() {
    let fws = fws();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let ws = random_workspace(&mut rng, &fws);
        assert_eq!(decode(&encode(&ws)).as_ref(), Ok(&ws));
        let file = export(&ws, "2026-01-01T00:00:00Z");
        assert_eq!(decode(&file).as_ref(), Ok(&ws));
        assert_eq!(
            read_import(&file, &fws).map(|v| v.len()),
            Ok(ws.assessments.len())
        );
        assert_eq!(stepped(&file, &fws), read_with_frameworks(&file, &fws));
    }
}

/// The saved form written in steps of about `bytes`, as the autosave writes a big workspace;
/// and how many steps it took.
fn saved_in_steps(ws: &Workspace, bytes: usize) -> (String, usize) {
    let mut steps = SaveSteps::new(ws);
    for n in 1.. {
        if let Some(text) = steps.next(ws, bytes) {
            assert_eq!(steps.written(), ws.assessments.len());
            return (text, n);
        }
    }
    unreachable!()
}

#[test]
fn property_the_saved_form_written_in_steps_is_the_same_text() {
    let fws = fws();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for round in 0..300 {
        let mut ws = random_workspace(&mut rng, &fws);
        if round % 7 == 0 {
            // A framework id that looks like the field the steps write into.
            ws.nav.framework_id = "x\"assessments\":[\"".into();
        }
        for bytes in [0, 1, 300, 1 << 20] {
            assert_eq!(
                saved_in_steps(&ws, bytes).0,
                encode(&ws),
                "round {round}, {bytes}"
            );
        }
    }
    let empty = Workspace::default();
    assert_eq!(saved_in_steps(&empty, 0), (encode(&empty), 1));
}

#[test]
fn a_big_workspace_is_saved_in_several_steps() {
    let fws = fws();
    let mut rng = Rng(7);
    let mut ws = random_workspace(&mut rng, &fws);
    let one = ws.assessments.list[0].clone();
    for i in 0..5_000 {
        let mut a = one.clone();
        a.id = format!("b{i}");
        ws.assessments.list.push(a);
    }
    let whole = encode(&ws);
    let (text, steps) = saved_in_steps(&ws, 64 * 1024);
    assert_eq!(text, whole);
    // About one step per 64 KB, give or take the last assessment of each.
    let expected = whole.len() / (64 * 1024);
    assert!(
        (expected..=expected + 2).contains(&steps),
        "{steps} steps for {} bytes",
        whole.len()
    );
}

/// A file read in steps, as the app reads it, until done; and how many steps it took.
fn stepped_counting(text: &str, fws: &[Framework]) -> (Result<Incoming, ImportError>, usize) {
    let mut steps = ImportSteps::new(text);
    let mut count = 0;
    loop {
        count += 1;
        if let Progress::Done(result) = steps.next(fws) {
            return (result, count);
        }
    }
}

fn stepped(text: &str, fws: &[Framework]) -> Result<Incoming, ImportError> {
    stepped_counting(text, fws).0
}

#[test]
fn a_big_file_read_in_steps_gives_what_reading_it_whole_gives() {
    let fws = fws();
    let mut rng = Rng(7);
    // About 2,000 assessments of the random workspaces: well over one step's bytes.
    let mut ws = random_workspace(&mut rng, &fws);
    while ws.assessments.len() < 2_000 {
        let more = random_workspace(&mut rng, &fws);
        ws.assessments.list.extend(more.assessments.list);
    }
    let file = export(&ws, "2026-01-01T00:00:00Z");
    let (result, steps) = stepped_counting(&file, &fws);
    assert!(steps > 3, "{} bytes in {steps} steps", file.len());
    assert_eq!(
        result.as_ref().map(|i| i.assessments.len()),
        Ok(ws.assessments.len())
    );
    assert_eq!(result, read_with_frameworks(&file, &fws));
    // A file saved by the version before own frameworks is read in steps too.
    let old = file.replacen("\"schema\": 2,", "\"schema\": 1,", 1);
    assert_ne!(old, file);
    let (from_old, old_steps) = stepped_counting(&old, &fws);
    assert!(old_steps > 3, "{old_steps} steps");
    assert_eq!(from_old, read_with_frameworks(&old, &fws));
    assert_eq!(from_old, result);
    // A problem late in the file gives the same message, with its line, as reading it whole.
    let late = ws.assessments.list[1_800].id.clone();
    for damage in [
        (format!("\"id\": \"{late}\""), format!("\"id\": {late}")),
        (
            format!("\"id\": \"{late}\","),
            format!("\"id\": \"{late}\", \"framework_id\": \"okänt\","),
        ),
    ] {
        let bad = file.replacen(&damage.0, &damage.1, 1);
        assert_ne!(bad, file);
        let whole = read_with_frameworks(&bad, &fws);
        assert!(whole.is_err());
        assert_eq!(stepped(&bad, &fws), whole);
    }
}

#[test]
fn a_file_carrying_an_own_framework_reads_the_same_in_steps() {
    let fws = fws();
    let (mut ws, all) = support::own::in_use_with_assessment(&fws);
    // Enough assessments of the own framework for several steps.
    let first = ws.assessments.list[0].clone();
    for i in 0..3_000 {
        let mut a = first.clone();
        a.id = format!("k{i}");
        a.unit = format!("Enhet {i}");
        ws.assessments.list.push(a);
    }
    let file = export(&ws, "2026-01-01T00:00:00Z");
    // Read where only the presets are on offer: the file brings its framework along.
    let (result, steps) = stepped_counting(&file, &fws);
    assert!(steps > 1, "{} bytes in {steps} steps", file.len());
    let incoming = result.as_ref().expect("read");
    assert_eq!(incoming.assessments.len(), 3_001);
    assert_eq!(incoming.frameworks.len(), 1);
    assert_eq!(incoming.frameworks[0].id, first.framework_id);
    assert_eq!(result, read_with_frameworks(&file, &fws));
    // Where it is on offer as it is, it is not brought again.
    let (again, _) = stepped_counting(&file, &all);
    assert_eq!(again.as_ref().map(|i| i.frameworks.len()), Ok(0));
    assert_eq!(again, read_with_frameworks(&file, &all));
}

#[test]
fn property_damaged_files_never_panic_and_never_import_invalid_data() {
    let fws = fws();
    let mut rng = Rng(42);
    let file = export(&random_workspace(&mut rng, &fws), "2026-01-01T00:00:00Z");
    let bytes = file.as_bytes();
    for _ in 0..3000 {
        let mut damaged = bytes.to_vec();
        match rng.below(3) {
            0 => damaged.truncate(rng.below(bytes.len() as u64) as usize),
            1 => {
                for _ in 0..=rng.below(4) {
                    let at = rng.below(damaged.len() as u64) as usize;
                    let noise = b"{}[],:\"0123456789abcxyz \n\\";
                    damaged[at] = noise[rng.below(noise.len() as u64) as usize];
                }
            }
            _ => {
                let at = rng.below(damaged.len() as u64) as usize;
                damaged.remove(at);
            }
        }
        let Ok(text) = String::from_utf8(damaged) else {
            continue;
        };
        assert_eq!(stepped(&text, &fws), read_with_frameworks(&text, &fws));
        if let Ok(assessments) = read_import(&text, &fws) {
            // Whatever gets through is valid: known frameworks and items, levels 1–5.
            for a in &assessments {
                let fw = fws
                    .iter()
                    .find(|f| f.id == a.framework_id)
                    .expect("known framework");
                for (id, answer) in &a.items {
                    assert!(fw.items().any(|(_, item, _)| item == id));
                    for r in [answer.now, answer.target].into_iter().flatten() {
                        assert!(r.level().is_none_or(|l| (1..=5).contains(&l.get())));
                    }
                }
            }
        }
    }
}

/// An exported file is laid out exactly as `serde_json`'s pretty printer would lay it out,
/// though it is written compactly first (one serializer in the wasm instead of two).
#[test]
fn property_exports_are_pretty_printed_exactly_as_serde_json_would() {
    use kompass_core::files::pretty::pretty_json;
    use serde_json::{json, to_string, to_string_pretty, Value};
    let fws = fws();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..300 {
        let ws = random_workspace(&mut rng, &fws);
        for text in [encode(&ws), export(&ws, "2026-01-01T00:00:00Z")] {
            let value: Value = serde_json::from_str(&text).expect("the app writes JSON");
            let compact = to_string(&value).expect("a value serializes");
            assert_eq!(
                pretty_json(&compact),
                to_string_pretty(&value).expect("a value serializes")
            );
        }
    }
    let awkward = json!({
        "empty": { "a": [], "b": {}, "c": [[]], "d": [{}] },
        "text": "quote \" backslash \\ brace { bracket ] comma , colon : åäö ”…” \u{1}",
        "numbers": [0, -1.5, 1e100, null, true, false],
        "": ""
    });
    let compact = to_string(&awkward).expect("a value serializes");
    assert_eq!(
        pretty_json(&compact),
        to_string_pretty(&awkward).expect("a value serializes")
    );
    let file = export(&Workspace::default(), "2026-01-01T00:00:00Z");
    assert!(
        file.starts_with("{\n  \"schema\": 2,\n  \"app\": "),
        "{file}"
    );
}
