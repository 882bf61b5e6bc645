//! A workshop run through: from the set-up to the consensus saved as the unit's assessment,
//! too few answers, and a participant's phone (codes and tallies: `workshop_answers.rs`).
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::files::saved::{decode as load, encode as save};
use kompass_core::framework::presets::presets;
use kompass_core::workshop::{encode, grouped, Slot, Workshop, WorkshopCommand as W};
use kompass_core::{Command, Date, Rating, Step, Which, Workspace};

mod support;
use support::{four_shifts, lvl};

#[test]
fn a_workshop_runs_from_set_up_to_a_saved_assessment() {
    let fws = presets();
    let fw = &fws[0];
    let mut ws = Workspace::default();
    let mut s = four_shifts(fw);
    s.targets = true;
    s.anonymous = false;
    let run = |ws: &mut Workspace, cmd: W| ws.apply(Command::Workshop(cmd), &fws);
    assert!(run(&mut ws, W::Create(s.clone())));
    assert_eq!(ws.nav.step, Step::Workshop);
    // Two answers by code, two passed round the device.
    let slots = |now: u8, target: u8| -> Vec<Slot> {
        (0..4).flat_map(|_| [lvl(now), lvl(target)]).collect()
    };
    let codes = format!(
        "{} {}",
        grouped(&encode(&s, &slots(2, 4), 1)),
        grouped(&encode(&s, &slots(3, 5), 2))
    );
    assert!(run(&mut ws, W::Paste(codes)));
    assert!(run(&mut ws, W::StartRound));
    assert!(
        !run(&mut ws, W::RoundSubmit),
        "an empty screen hands nothing in"
    );
    for (slot, rating) in slots(2, 4).into_iter().enumerate() {
        assert!(run(&mut ws, W::RoundRate { slot, rating }));
    }
    assert!(run(&mut ws, W::RoundName("Kim".into())));
    assert!(run(&mut ws, W::RoundSubmit));
    let round = ws
        .workshops
        .workshop
        .as_ref()
        .and_then(|w| w.round.clone())
        .expect("round");
    assert!(
        round.slots.iter().all(Option::is_none) && round.name.is_empty(),
        "the screen clears"
    );
    assert!(run(
        &mut ws,
        W::RoundRate {
            slot: 0,
            rating: lvl(5)
        }
    ));
    assert!(run(&mut ws, W::RoundSubmit));
    assert!(run(&mut ws, W::EndRound));
    let w = ws.workshops.workshop.clone().expect("workshop");
    assert_eq!(w.responses.len(), 4);
    assert_eq!(w.responses[2].name.as_deref(), Some("Kim"));
    assert!(
        !run(&mut ws, W::Create(s.clone())),
        "answers are never thrown away by a new set-up"
    );
    // Nothing is saved before the reveal.
    assert!(!run(
        &mut ws,
        W::Save {
            date: Date::new(2026, 11, 22).expect("date")
        }
    ));
    assert!(run(&mut ws, W::Reveal(true)));
    let item0 = s.items[0].clone();
    assert!(run(
        &mut ws,
        W::Agree {
            item: item0.clone(),
            which: Which::Now,
            rating: lvl(4)
        }
    ));
    assert!(run(
        &mut ws,
        W::AgreeNote {
            item: item0.clone(),
            text: " Vi är oense om kontinuiteten ".into()
        }
    ));
    assert!(!run(
        &mut ws,
        W::Agree {
            item: "okänd".into(),
            which: Which::Now,
            rating: lvl(4)
        }
    ));
    assert!(run(
        &mut ws,
        W::Save {
            date: Date::new(2026, 11, 22).expect("date")
        }
    ));
    assert_eq!(ws.nav.step, Step::Results);
    assert!(
        ws.export.unexported,
        "a saved consensus is data to keep in a file"
    );
    let a = ws
        .current()
        .expect("the consensus is the current assessment")
        .clone();
    assert_eq!(a.unit, "Vårdcentralen Ekbacken");
    assert_eq!(
        a.rating(&item0, Which::Now),
        lvl(4),
        "the facilitator's choice"
    );
    assert_eq!(
        a.answer(&item0).map(|x| x.note.as_str()),
        Some("Vi är oense om kontinuiteten")
    );
    // Medians of 2,3,2,_ → 2 now; targets 4,5,4,_ → 4.
    assert_eq!(a.rating(&s.items[1], Which::Now), lvl(2));
    assert_eq!(a.rating(&s.items[1], Which::Target), lvl(4));
    assert_eq!(
        ws.workshops
            .workshop
            .as_ref()
            .and_then(|w| w.saved_as.clone()),
        Some(a.id.clone())
    );
    // Saving again after a change updates the same assessment.
    assert!(run(
        &mut ws,
        W::Agree {
            item: item0.clone(),
            which: Which::Now,
            rating: lvl(5)
        }
    ));
    assert!(run(
        &mut ws,
        W::Save {
            date: Date::new(2026, 11, 22).expect("date")
        }
    ));
    assert_eq!(ws.assessments.len(), 1);
    assert_eq!(
        ws.current().and_then(|a| a.rating(&item0, Which::Now)),
        lvl(5)
    );
    // The workshop and its answers survive a reload.
    let reloaded = load(&save(&ws)).expect("reload");
    assert_eq!(
        reloaded.workshops.workshop.map(|w| w.responses.len()),
        Some(4)
    );
    assert!(run(&mut ws, W::End));
    assert!(ws.workshops.workshop.is_none() && ws.assessments.len() == 1);
}

#[test]
fn too_few_answers_show_nothing_and_save_nothing() {
    let fws = presets();
    let s = four_shifts(&fws[0]);
    let mut ws = Workspace::default();
    ws.apply(Command::Workshop(W::Create(s.clone())), &fws);
    ws.apply(
        Command::Workshop(W::Paste(encode(&s, &[lvl(3); 4], 1))),
        &fws,
    );
    ws.apply(Command::Workshop(W::Reveal(true)), &fws);
    assert!(!ws.workshops.workshop.as_ref().is_some_and(Workshop::enough));
    let date = Date::new(2026, 11, 22).expect("date");
    assert!(!ws.apply(Command::Workshop(W::Save { date }), &fws));
    assert!(ws.assessments.is_empty());
}

#[test]
fn a_participant_joins_rates_and_gets_a_code_that_the_facilitator_reads() {
    let fws = presets();
    let s = four_shifts(&fws[0]);
    let mut phone = Workspace::default();
    let join = W::Join {
        setup: s.clone(),
        nonce: 987_654_321,
    };
    assert!(phone.apply(Command::Workshop(join.clone()), &fws));
    assert_eq!(phone.nav.step, Step::Participate);
    assert!(
        !phone.apply(Command::Workshop(W::Finish(true)), &fws),
        "nothing answered yet"
    );
    phone.apply(
        Command::Workshop(W::Rate {
            slot: 1,
            rating: lvl(4),
        }),
        &fws,
    );
    phone.apply(
        Command::Workshop(W::Rate {
            slot: 3,
            rating: Some(Rating::DontKnow),
        }),
        &fws,
    );
    assert!(!phone.apply(
        Command::Workshop(W::Rate {
            slot: 4,
            rating: lvl(4)
        }),
        &fws
    ));
    assert!(phone.apply(Command::Workshop(W::Finish(true)), &fws));
    let p = phone.workshops.participation.clone().expect("taking part");
    assert!(p.done);
    // Opening the same link again keeps the answers and the code.
    phone.apply(Command::Workshop(join), &fws);
    assert_eq!(
        phone
            .workshops
            .participation
            .as_ref()
            .map(kompass_core::workshop::Participation::code),
        Some(p.code())
    );
    assert!(
        !phone.export.unexported,
        "taking part leaves no assessment to save"
    );
    let mut w = Workshop::new(s);
    w.paste(&grouped(&p.code()));
    assert_eq!(
        w.responses[0].slots,
        vec![None, lvl(4), None, Some(Rating::DontKnow)]
    );
    assert!(phone.apply(Command::Workshop(W::Leave), &fws));
    assert!(phone.workshops.participation.is_none());
}
