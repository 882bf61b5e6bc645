//! Prints answer codes for a workshop, as a chat would hold them, for the benchmark:
//! `cargo run --example workshop_codes -- '<join link or fragment>' 200`.

use kompass_core::framework::presets::presets;
use kompass_core::workshop::{encode, grouped, read_join, Slot};
use kompass_core::{Level, Rating};

fn main() {
    let mut args = std::env::args().skip(1);
    let link = args.next().unwrap_or_default();
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    let fragment = link.split_once('#').map_or(link.as_str(), |(_, f)| f);
    let Some(setup) = read_join(fragment, &presets()) else {
        eprintln!("not a workshop link: {link}");
        std::process::exit(2);
    };
    // xorshift: the same codes every run.
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for n in 0..count {
        let slots: Vec<Slot> = (0..setup.ratings())
            .map(|_| match next() % 7 {
                0 => None,
                6 => Some(Rating::DontKnow),
                d => Level::new(d as u8).map(Rating::Level),
            })
            .collect();
        let code = grouped(&encode(&setup, &slots, next()));
        println!(
            "Deltagare {} 09:{:02}\nHär är min kod: {code} tack!",
            n + 1,
            n % 60
        );
    }
}
