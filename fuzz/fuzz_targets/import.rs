//! Any bytes as an imported file: the reader must never panic, and whatever it accepts must be
//! valid against the frameworks and survive a save and a reload unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use kompass_core::{FileCommand};
use kompass_core::framework::presets::presets;
use kompass_core::files::saved::{decode, encode};
use kompass_core::files::transfer::{read_import, OnDuplicate};
use kompass_core::{Command, Workspace};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let frameworks = presets();
    // The saved form: a readable one reads back the same after saving.
    if let Ok(ws) = decode(text) {
        assert_eq!(decode(&encode(&ws)).as_ref(), Ok(&ws));
    }
    if let Ok(assessments) = read_import(text, &frameworks) {
        let mut ws = Workspace::default();
        let n = assessments.len();
        assert!(ws.apply(Command::Files(FileCommand::Import { assessments, on_duplicate: OnDuplicate::KeepBoth }), &frameworks));
        assert_eq!(ws.assessments.len(), n);
        // What is saved comes back; the undo snapshot is deliberately never saved.
        let back = decode(&encode(&ws)).map(|b| (b.assessments, b.nav.current, b.nav.step));
        assert_eq!(back, Ok((ws.assessments.clone(), ws.nav.current.clone(), ws.nav.step.clone())));
    }
});
