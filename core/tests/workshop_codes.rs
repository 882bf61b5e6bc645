//! Answer codes: every value at every place survives the trip, and the check catches every
//! single-character error, every swap of two different characters (neighbours or not), and every
//! lost or extra character.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::framework::presets::presets;
use kompass_core::workshop::alphabet::{symbol, value, ALPHABET};
use kompass_core::workshop::setup::MAX_RATINGS;
use kompass_core::workshop::{
    code_len, decode, encode, grouped, read_join, CodeError, Slot, WorkshopSetup,
};
use kompass_core::{Framework, Level, Rating};

fn sormland() -> Framework {
    presets().remove(0)
}

/// The seven values a slot can hold: blank, levels 1–5, "Vet ej".
fn slot(d: usize) -> Slot {
    match d {
        0 => None,
        6 => Some(Rating::DontKnow),
        d => Level::new(d as u8).map(Rating::Level),
    }
}

/// A small deterministic random source (xorshift), so failures are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn setup(fw: &Framework, items: usize, targets: bool) -> WorkshopSetup {
    let mut s = WorkshopSetup::new(fw, 0x1234);
    s.items.truncate(items);
    s.targets = targets;
    s
}

fn combos(ratings: usize) -> impl Iterator<Item = Vec<Slot>> {
    (0..7usize.pow(ratings as u32)).map(move |mut n| {
        (0..ratings)
            .map(|_| {
                let d = n % 7;
                n /= 7;
                slot(d)
            })
            .collect()
    })
}

#[test]
fn every_value_combination_of_the_four_shifts_round_trips() {
    let fw = sormland();
    let now_only = setup(&fw, 4, false);
    let mut rng = Rng(7);
    for slots in combos(4) {
        let code = encode(&now_only, &slots, rng.next());
        assert_eq!(decode(&now_only, &code), Ok(slots.clone()), "{code}");
        assert_eq!(code.len(), code_len(&now_only));
    }
    // Now and target on three shifts: 7⁶ combinations.
    let both = setup(&fw, 3, true);
    for slots in combos(6) {
        let code = encode(&both, &slots, rng.next());
        assert_eq!(decode(&both, &code), Ok(slots), "{code}");
    }
}

#[test]
fn every_value_at_every_place_of_the_whole_framework_round_trips() {
    let fw = sormland();
    let mut rng = Rng(11);
    for targets in [false, true] {
        let s = setup(&fw, fw.items().count(), targets);
        for place in 0..s.ratings() {
            for d in 0..7 {
                let mut slots: Vec<Slot> = (0..s.ratings()).map(|_| slot(rng.below(7))).collect();
                slots[place] = slot(d);
                for nonce in [0, u64::MAX, rng.next()] {
                    let code = encode(&s, &slots, nonce);
                    assert_eq!(decode(&s, &code), Ok(slots.clone()));
                }
            }
        }
        for d in 0..7 {
            let same = vec![slot(d); s.ratings()];
            assert_eq!(decode(&s, &encode(&s, &same, 99)), Ok(same));
        }
    }
}

#[test]
fn codes_are_short_enough_to_read_aloud() {
    let fw = sormland();
    assert_eq!(code_len(&setup(&fw, 4, false)), 11);
    assert_eq!(code_len(&setup(&fw, 13, false)), 16);
    assert_eq!(code_len(&setup(&fw, 4, true)), 13);
    assert_eq!(
        code_len(&setup(&fw, 1, false)),
        10,
        "never shorter than ten"
    );
    let code = encode(&setup(&fw, 4, false), &[None; 4], 5);
    assert!(
        code.starts_with("MH4"),
        "the workshop id comes first: {code}"
    );
    let shown = grouped(&code);
    assert_eq!(shown.len(), 11 + 2);
    assert_eq!(shown.matches('-').count(), 2);
    assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
}

#[test]
fn the_same_answers_give_different_codes() {
    let s = setup(&sormland(), 4, false);
    let slots = vec![slot(3); 4];
    let a = encode(&s, &slots, 1);
    let b = encode(&s, &slots, 2);
    assert_ne!(a, b);
    assert_eq!(decode(&s, &a), decode(&s, &b));
}

/// What a mistyped `code` must give: rejected as a typo, or at least not the same workshop's
/// answers read wrongly (it may never decode to answers for this workshop).
fn assert_caught(s: &WorkshopSetup, typo: &[char]) {
    let typo: String = typo.iter().collect();
    let got = decode(s, &typo);
    assert!(
        matches!(got, Err(CodeError::Typo | CodeError::OtherWorkshop)),
        "{typo} was read as {got:?}"
    );
}

#[test]
fn the_check_catches_every_single_character_error_every_swap_and_every_lost_or_extra_character() {
    let fw = sormland();
    let mut rng = Rng(3);
    let (mut wrong, mut swaps, mut lengths) = (0, 0, 0);
    let mut longest = WorkshopSetup::new(&fw, 0x1234);
    longest.items = (0..MAX_RATINGS / 2).map(|i| format!("item{i}")).collect();
    longest.targets = true;
    assert_eq!(
        code_len(&longest),
        29,
        "the longest code a set-up may ask for"
    );
    let setups = [(4, false), (13, false), (4, true), (13, true), (1, false)]
        .into_iter()
        .map(|(items, targets)| setup(&fw, items, targets))
        .chain([longest]);
    for s in setups {
        for _ in 0..25 {
            let slots: Vec<Slot> = (0..s.ratings()).map(|_| slot(rng.below(7))).collect();
            let code: Vec<char> = encode(&s, &slots, rng.next()).chars().collect();
            assert_eq!(code.len(), code_len(&s));
            for at in 0..code.len() {
                // Every other character at every place.
                for v in 0..32 {
                    if value(code[at]) == Some(v) {
                        continue;
                    }
                    let mut typo = code.clone();
                    typo[at] = symbol(v);
                    assert_caught(&s, &typo);
                    wrong += 1;
                }
                // Every swap of two different characters, neighbours or not.
                for other in at + 1..code.len() {
                    if code[at] == code[other] {
                        continue;
                    }
                    let mut swapped = code.clone();
                    swapped.swap(at, other);
                    assert_caught(&s, &swapped);
                    swaps += 1;
                }
                // A lost character at every place.
                let mut short = code.clone();
                short.remove(at);
                assert_caught(&s, &short);
                lengths += 1;
            }
            // An extra character, every character at every place (the end included).
            for at in 0..=code.len() {
                for v in 0..32 {
                    let mut long = code.clone();
                    long.insert(at, symbol(v));
                    assert_caught(&s, &long);
                    lengths += 1;
                }
            }
        }
    }
    assert!(wrong > 50_000, "{wrong}");
    assert!(swaps > 20_000, "{swaps}");
    assert!(lengths > 50_000, "{lengths}");
}

#[test]
fn reading_forgives_case_dashes_and_look_alikes_but_not_another_workshop() {
    let fw = sormland();
    let mut s = setup(&fw, 4, false);
    s.id = "K1Q".into();
    let slots = vec![slot(2), slot(6), slot(0), slot(5)];
    let code = encode(&s, &slots, 42);
    let sloppy = grouped(&code)
        .to_lowercase()
        .replace('1', "l")
        .replace('0', "o");
    assert_eq!(decode(&s, &sloppy), Ok(slots.clone()));
    assert_eq!(decode(&s, &grouped(&code).replace('-', " ")), Ok(slots));
    let mut other = s.clone();
    other.id = "K1R".into();
    assert_eq!(decode(&other, &code), Err(CodeError::OtherWorkshop));
}

#[test]
fn the_join_link_carries_the_set_up() {
    let fws = presets();
    let fw = &fws[0];
    let mut s = WorkshopSetup::new(fw, 77);
    s.items = vec!["person".into(), "proaktiv".into(), fw.factors[2].id.clone()];
    s.targets = true;
    s.anonymous = false;
    s.min_group = 4;
    let fragment = s.fragment(fw);
    assert!(fragment.starts_with("workshop="), "{fragment}");
    assert!(
        fragment.len() < 40,
        "short enough for a small QR code: {fragment}"
    );
    assert_eq!(read_join(&format!("#{fragment}"), &fws), Some(s.clone()));
    let defaults = WorkshopSetup::new(fw, 5);
    assert_eq!(read_join(&defaults.fragment(fw), &fws), Some(defaults));
    for broken in [
        "#workshop=",
        "#workshop=K7Q.okänt-ramverk.f.3",
        "#workshop=K7Q.sormland-2035.0.3",
        "#workshop=K7U.sormland-2035.f.3",
        "#workshop=K7Q.sormland-2035.f.t",
        "#workshop=K7Q.sormland-2035.f.0",
        "#workshop=K7Q.sormland-2035.f.3.x",
        "#dela=abc",
    ] {
        assert_eq!(read_join(broken, &fws), None, "{broken}");
    }
}

#[test]
fn a_tampered_set_up_with_too_many_ratings_makes_no_code_and_no_panic() {
    let fw = sormland();
    let mut s = setup(&fw, 13, true);
    s.items = (0..100).map(|i| format!("item{i}")).collect();
    assert_eq!(encode(&s, &vec![slot(3); 200], 1), "");
    assert_eq!(decode(&s, "K7QA-3MZP-2XWB-9ABC"), Err(CodeError::Typo));
}
