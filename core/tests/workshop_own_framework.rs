//! A workshop on an own framework: the join link carries the slimmed framework, a phone with
//! no framework reads the set-up from it, and how large the QR code gets (see the note on 5 m).
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::editor::EditorCommand as E;
use kompass_core::framework::presets::presets;
use kompass_core::framework::validate::validate;
use kompass_core::workshop::carried::{pack, split_carried, unpack, with_carried};
use kompass_core::workshop::qr::qr_picture;
use kompass_core::workshop::{read_join, WorkshopSetup};
use kompass_core::{Command as C, Framework, Workspace};
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec;

mod support;
use support::own::build_small;

/// The page address a join link starts with on a county's intranet (a long one).
const ADDRESS: &str = "https://intranat.region.se/nara-vard-kompassen/";

fn own_small() -> Framework {
    let fws = presets();
    let mut ws = Workspace::default();
    build_small(&mut ws, &fws);
    assert!(ws.apply(C::Editor(E::Use), &fws));
    ws.own.list[0].clone()
}

/// The whole join link for every item of `fw`, its framework deflated as the browser does
/// (zlib's default level 6), and the QR code's modules per side.
fn join_link(fw: &Framework) -> (String, i32) {
    let setup = WorkshopSetup::new(fw, 12345);
    let packed = compress_to_vec(pack(fw).as_bytes(), 6);
    let link = format!("{ADDRESS}#{}", with_carried(&setup.fragment(fw), &packed));
    let size = qr_picture(&link).map_or(0, |q| q.size);
    (link, size)
}

#[test]
fn a_phone_with_no_framework_reads_the_workshop_from_its_link() {
    let fw = own_small();
    let (link, _) = join_link(&fw);
    let fragment = link.split_once('#').unwrap().1;
    let (setup_part, carried) = split_carried(fragment);
    let packed = carried.expect("carries a framework").expect("intact");
    let text = String::from_utf8(decompress_to_vec(&packed).unwrap()).unwrap();
    let phone = unpack(&text, &fw.id).expect("a valid framework");
    assert_eq!(
        (phone.name.clone(), phone.questions.clone()),
        (fw.name.clone(), fw.questions.clone())
    );
    assert_eq!(
        phone
            .shifts
            .iter()
            .map(|s| (&s.from, &s.to))
            .collect::<Vec<_>>(),
        fw.shifts
            .iter()
            .map(|s| (&s.from, &s.to))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        phone.factors.iter().map(|f| &f.name).collect::<Vec<_>>(),
        fw.factors.iter().map(|f| &f.name).collect::<Vec<_>>()
    );
    let setup = read_join(setup_part, &[phone]).expect("the set-up");
    assert_eq!(setup.framework_id, fw.id);
    assert_eq!(setup.items.len(), 9, "four shifts and five statements");
    // A link without a framework is read as before; a damaged one says so.
    let plain = WorkshopSetup::new(&presets()[0], 1).fragment(&presets()[0]);
    assert_eq!(split_carried(&plain), (plain.as_str(), None));
    assert_eq!(split_carried(&format!("{plain}.%%")).1, Some(None));
}

#[test]
fn every_framework_packs_and_unpacks_with_what_phones_show() {
    for fw in presets().iter().chain([own_small()].iter()) {
        let s = unpack(&pack(fw), &fw.id).expect("valid");
        assert_eq!(validate(&s), vec![], "{}", fw.id);
        assert_eq!(s.items().count(), fw.items().count());
        assert_eq!(s.shifts[0].to, fw.shifts[0].to);
        assert_eq!(s.factors_title, fw.factors_title);
    }
    // Own scales travel too: the phone rates each item on its scale.
    for json in [
        include_str!("../../tests/fixtures/pastaenden-4.json"),
        include_str!("../../tests/fixtures/b3-mognad.json"),
    ] {
        let fw = kompass_core::parse_framework(json).expect("fixture");
        let s = unpack(&pack(&fw), &fw.id).expect("valid");
        // A scale's name is for the editor; the phone shows its labels.
        let mut named = fw.scales.clone();
        for k in &mut named {
            k.name = None;
        }
        assert_eq!(s.scales, named);
        let scales = |f: &Framework| {
            f.items()
                .map(|(_, id, _)| {
                    let k = f.scale_of(id);
                    (k.id.clone(), k.steps, k.start, k.labels.clone())
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(scales(&s), scales(&fw));
    }
    assert_eq!(unpack("x\tjunk", "eget-1"), None);
    assert_eq!(
        unpack("n\tNamn\n", "eget-1"),
        None,
        "no shift, no question: not valid"
    );
}

#[test]
fn qr_code_sizes_of_join_links_with_a_framework() {
    // Modules per side (QR version = (size − 17) / 4), as the note reports them.
    let small = own_small();
    let (link, size) = join_link(&small);
    println!(
        "own, 4 shifts + 5 statements: {} characters, {size} modules (version {})",
        link.len(),
        (size - 17) / 4
    );
    // Version 14 (73 modules) is the largest the note finds readable from 5 m on a projector.
    assert!(
        size <= 73,
        "a small framework stays at version 14 or below: {size}"
    );
    for fw in presets() {
        let mut own = fw.clone();
        own.id = "eget-1a2b3c4d".into();
        let (link, size) = join_link(&own);
        println!(
            "{}: {} characters, {size} modules (version {})",
            fw.id,
            link.len(),
            (size - 17) / 4
        );
    }
    // Real wording: Sörmland's four shifts with their own words, and more and more of its
    // factors as statements; the largest that stays at version 14 is reported in the note.
    let full = presets()[0].clone();
    for k in 0..=full.factors.len() {
        let mut fw = full.clone();
        fw.id = "eget-1a2b3c4d".into();
        fw.factors.truncate(k);
        let (link, size) = join_link(&fw);
        println!(
            "sörmland shifts + {k} factors: {} characters, version {}",
            link.len(),
            (size - 17) / 4
        );
    }
}
