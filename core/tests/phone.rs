//! The participant page's rules (`workshop::phone`): the built-in frameworks it carries as
//! packed lines, joining by a link, what it keeps between visits, and that an answer code made
//! on it is the one the full app makes for the same answers.

mod support;

use kompass_core::framework::presets::{presets, PRESET_FILES};
use kompass_core::workshop::carried::{pack, unpack};
use kompass_core::workshop::phone::{is_built_in, Opening, Phone, PhoneEvent, PACKED_PRESETS};
use kompass_core::workshop::{Participation, WorkshopSetup};
use kompass_core::Lang;
use support::lvl;

/// The packed presets are the presets' JSON packed; `PACK_PRESETS=1` writes them anew.
#[test]
fn packed_presets_are_the_presets_packed() {
    assert_eq!(PACKED_PRESETS.len(), PRESET_FILES.len());
    for (fw, (id, text)) in presets().iter().zip(PACKED_PRESETS) {
        assert_eq!(fw.id, id);
        let fresh = pack(fw);
        if std::env::var_os("PACK_PRESETS").is_some() {
            let path = format!(
                "{}/src/framework/presets/packed/{id}.txt",
                env!("CARGO_MANIFEST_DIR")
            );
            std::fs::write(path, &fresh).expect("write");
            continue;
        }
        assert_eq!(
            text, fresh,
            "{id}: run `PACK_PRESETS=1 cargo test -p kompass-core --test phone`"
        );
    }
}

/// The full app leaves a framework out of the join link only when the phone has it built in: a
/// preset exactly as shipped (each file named for its id), not one changed or under another id.
#[test]
fn only_a_preset_as_shipped_is_built_in() {
    for ((file, _), fw) in PRESET_FILES.iter().zip(presets()) {
        assert_eq!(*file, format!("{}.json", fw.id));
        assert!(is_built_in(&fw), "{}", fw.id);
        let mut changed = fw.clone();
        changed.name.sv.push('!');
        assert!(!is_built_in(&changed), "{} changed", fw.id);
        let mut renamed = fw.clone();
        renamed.id = format!("{}-eget", fw.id);
        assert!(!is_built_in(&renamed), "{} under another id", fw.id);
    }
}

/// What the phone shows of a built-in framework is what the full app shows: name, horizon,
/// every item's texts and scale, in the same order (answer codes count items by position).
#[test]
fn a_phone_has_every_preset_as_the_app_shows_it() {
    let phone = Phone::new(None, "");
    assert_eq!(phone.frameworks.len(), presets().len());
    for (full, small) in presets().iter().zip(&phone.frameworks) {
        assert_eq!(full.id, small.id);
        assert_eq!(full.name, small.name);
        assert_eq!(full.horizon, small.horizon);
        assert_eq!(full.items().count(), small.items().count());
        for ((kf, idf, _), (ks, ids, _)) in full.items().zip(small.items()) {
            assert_eq!(kf, ks);
            assert_eq!(full.scale_of(idf), small.scale_of(ids), "{idf}");
            assert_eq!(full.level_texts(idf), small.level_texts(ids), "{idf}");
            match (full.shift(idf), small.shift(ids)) {
                (Some(a), Some(b)) => assert_eq!((&a.from, &a.to), (&b.from, &b.to)),
                (None, None) => {
                    let (a, b) = (full.factor(idf), small.factor(ids));
                    assert_eq!(a.map(|f| &f.name), b.map(|f| &f.name));
                }
                _ => panic!("{idf} is a shift in one and not the other"),
            }
        }
    }
}

fn setup_of(fw_id: &str) -> (WorkshopSetup, String) {
    let fws = presets();
    let fw = fws.iter().find(|f| f.id == fw_id).expect("preset");
    let mut setup = WorkshopSetup::new(fw, 7);
    setup.targets = true;
    let link = setup.fragment(fw);
    (setup, link)
}

fn joined(phone: &mut Phone, fragment: &str, nonce: u64) -> WorkshopSetup {
    let Opening::Join { link, setup } = phone.opening(fragment) else {
        panic!("not a join: {fragment}");
    };
    assert!(phone.update(PhoneEvent::Join {
        link,
        setup: setup.clone(),
        nonce
    }));
    setup
}

#[test]
fn a_link_joins_and_the_code_is_the_full_apps() {
    let (setup, link) = setup_of("sormland-2035");
    let mut phone = Phone::new(None, "");
    let on_phone = joined(&mut phone, &format!("#{link}"), 99);
    // The phone reads the same set-up as the full app does.
    let fws = presets();
    let full = kompass_core::workshop::read_join(&link, &fws).expect("full app reads it");
    // Its item ids are the phone's own (s1, s2, …); what counts is their number and order.
    assert_eq!(
        (
            &on_phone.id,
            on_phone.items.len(),
            on_phone.targets,
            on_phone.min_group
        ),
        (&full.id, setup.items.len(), full.targets, full.min_group)
    );
    assert_eq!(on_phone.scales, full.scales);
    assert!(phone.update(PhoneEvent::Rate {
        slot: 0,
        rating: lvl(2)
    }));
    assert!(phone.update(PhoneEvent::Rate {
        slot: 3,
        rating: lvl(5)
    }));
    assert!(phone.update(PhoneEvent::Finish(true)));
    let mut p = Participation::new(full, 99);
    assert!(p.rate(0, lvl(2)) && p.rate(3, lvl(5)));
    assert_eq!(
        phone.participation.as_ref().map(Participation::code),
        Some(p.code())
    );
}

#[test]
fn nothing_answered_is_not_done_and_a_change_is_not_done() {
    let (_, link) = setup_of("kalmar-lan");
    let mut phone = Phone::new(None, "");
    joined(&mut phone, &link, 1);
    assert!(
        !phone.update(PhoneEvent::Finish(true)),
        "nothing answered yet"
    );
    assert!(phone.update(PhoneEvent::Rate {
        slot: 1,
        rating: lvl(4)
    }));
    assert!(phone.update(PhoneEvent::Finish(true)));
    assert!(phone.participation.as_ref().is_some_and(|p| p.done));
    assert!(phone.update(PhoneEvent::Rate {
        slot: 1,
        rating: lvl(3)
    }));
    assert!(phone.participation.as_ref().is_some_and(|p| !p.done));
    assert!(!phone.update(PhoneEvent::Rate {
        slot: 999,
        rating: lvl(3)
    }));
}

#[test]
fn what_is_kept_comes_back_for_the_same_link_only() {
    let (_, link) = setup_of("sormland-2035");
    let mut phone = Phone::new(None, "");
    joined(&mut phone, &link, 0xabc);
    phone.update(PhoneEvent::Rate {
        slot: 0,
        rating: lvl(1),
    });
    phone.update(PhoneEvent::Rate {
        slot: 1,
        rating: Some(kompass_core::Rating::DontKnow),
    });
    phone.update(PhoneEvent::Finish(true));
    phone.update(PhoneEvent::SetLang(Lang::En));
    let saved = phone.saved();

    // A reload: the same link brings back the answers, the nonce (so the code) and "done".
    let mut again = Phone::new(None, &saved);
    assert_eq!(again.lang, Lang::En);
    joined(&mut again, &link, 0x999);
    assert_eq!(again.participation, phone.participation);

    // The address's language wins over the saved one.
    assert_eq!(Phone::new(Some(Lang::Sv), &saved).lang, Lang::Sv);

    // Another workshop starts empty, with the new nonce.
    let (_, other) = setup_of("jamtland-harjedalen");
    let mut elsewhere = Phone::new(None, &saved);
    joined(&mut elsewhere, &other, 0x999);
    let p = elsewhere.participation.expect("joined");
    assert_eq!(p.nonce, 0x999);
    assert!(p.slots.iter().all(Option::is_none));
}

#[test]
fn damaged_saved_text_is_ignored_and_levels_off_the_scale_are_not_kept() {
    let (_, link) = setup_of("sormland-2035");
    for saved in [
        String::new(),
        "nonsense\n\u{0}".to_owned(),
        format!("link {link}\nnonce zz\ndone 1\nslots 1\n"),
        format!("link {link}\nnonce 5\ndone 1\nslots 9--------------\n"),
        format!("link {link}\nnonce 5\ndone 1\nslots 1\n"),
    ] {
        let mut phone = Phone::new(None, &saved);
        assert_eq!(phone.lang, Lang::Sv);
        joined(&mut phone, &link, 3);
        let p = phone.participation.expect("joined");
        assert_eq!(p.nonce, 3, "{saved:?}");
        assert!(p.slots.iter().all(Option::is_none), "{saved:?}");
    }
}

#[test]
fn openings() {
    let phone = Phone::new(None, "");
    assert_eq!(phone.opening(""), Opening::NoLink);
    assert_eq!(phone.opening("#dela=abc"), Opening::NoLink);
    assert_eq!(phone.opening("#workshop=K7Q.okant.zz"), Opening::Bad);
    assert_eq!(phone.opening("#workshop=K7Q.okant.F.3.!!!"), Opening::Bad);
    let (_, link) = setup_of("sormland-2035");
    assert!(matches!(phone.opening(&link), Opening::Join { .. }));
}

/// A framework the link carries: installed once, then the link joins.
#[test]
fn a_carried_framework_is_installed_then_joined() {
    let mut own = presets().remove(1);
    own.id = "eget-1234abcd".into();
    let mut setup = WorkshopSetup::new(&own, 3);
    setup.targets = false;
    let fragment = kompass_core::workshop::carried::with_carried(&setup.fragment(&own), b"x");
    let mut phone = Phone::new(None, "");
    let Opening::Unpack { id, packed } = phone.opening(&fragment) else {
        panic!("should unpack");
    };
    assert_eq!(
        (id.as_str(), packed.as_slice()),
        ("eget-1234abcd", b"x".as_slice())
    );
    assert_eq!(unpack("nonsense", &id), None);
    let fw = unpack(&pack(&own), &id).expect("unpacks");
    let fw = std::rc::Rc::new(fw);
    assert!(phone.update(PhoneEvent::Install(fw.clone())));
    assert!(!phone.update(PhoneEvent::Install(fw)), "once");
    joined(&mut phone, &fragment, 5);
}

#[test]
fn leaving_forgets_the_workshop() {
    let (_, link) = setup_of("sormland-2035");
    let mut phone = Phone::new(None, "");
    joined(&mut phone, &link, 1);
    assert!(phone.update(PhoneEvent::Leave));
    assert!(phone.left && phone.participation.is_none());
    assert_eq!(phone.saved(), "lang sv\n");
}

/// An item's own wording of its steps travels in the link (a B3-like framework words each
/// dimension's steps), and a link made before, without it, reads as before.
#[test]
fn an_items_own_wording_of_its_steps_travels() {
    let mut own = presets().remove(0);
    own.id = "eget-0badc0de".into();
    let words = |i: usize| kompass_core::Localized {
        sv: format!("Steg {i} för den andra"),
        en: Some(format!("Step {i} of the second")),
    };
    own.shifts[1].levels = (1..=5).map(words).collect();
    own.factors[0].levels = (1..=5).map(words).collect();
    let back = unpack(&pack(&own), &own.id).expect("unpacks");
    let (s2, f1) = (&back.shifts[1].id, &back.factors[0].id);
    assert_eq!(back.level_texts(s2), own.level_texts(&own.shifts[1].id));
    assert_eq!(back.level_texts(f1), own.level_texts(&own.factors[0].id));
    assert!(back.level_texts(&back.shifts[0].id).is_empty());
    // The same lines without the wording: what a link made before this carried.
    let plain: String = pack(&own)
        .lines()
        .map(|l| match l.split('\t').next() {
            Some("s") => l.split('\t').take(6).collect::<Vec<_>>().join("\t"),
            Some("f") => l.split('\t').take(4).collect::<Vec<_>>().join("\t"),
            _ => l.to_owned(),
        } + "\n")
        .collect();
    let old = unpack(&plain, &own.id).expect("an older link unpacks");
    assert!(old.items().all(|(_, id, _)| old.level_texts(id).is_empty()));
    assert_eq!(old.items().count(), own.items().count());
}
