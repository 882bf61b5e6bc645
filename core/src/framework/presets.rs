//! The built-in frameworks, compiled in as JSON and parsed by the same code as a custom one,
//! and offering a custom framework beside them.

use crate::framework::validate::{parse_framework, FrameworkError};
use crate::framework::Framework;

/// The preset chosen when nothing else is asked for.
pub const DEFAULT_PRESET: &str = "sormland-2035";

/// (file name, JSON) of every built-in preset, in the order they are offered.
pub const PRESET_FILES: [(&str, &str); 3] = [
    (
        "sormland-2035.json",
        include_str!("presets/sormland-2035.json"),
    ),
    ("kalmar-lan.json", include_str!("presets/kalmar-lan.json")),
    (
        "jamtland-harjedalen.json",
        include_str!("presets/jamtland-harjedalen.json"),
    ),
];

/// Every built-in preset parsed, or the file name and errors of the first broken one.
pub fn try_presets() -> Result<Vec<Framework>, (&'static str, Vec<FrameworkError>)> {
    PRESET_FILES
        .iter()
        .map(|(file, json)| parse_framework(json).map_err(|e| (*file, e)))
        .collect()
}

/// The presets that parse. The test suite guarantees that is all of them; at run time a broken
/// one is left out rather than taking the app down.
pub fn presets() -> Vec<Framework> {
    PRESET_FILES
        .iter()
        .filter_map(|(_, json)| parse_framework(json).ok())
        .collect()
}

/// The frameworks on offer with `fw` added: it takes the place of one with the same id (a
/// custom framework read again), at the end of the list.
pub fn offer<F: AsRef<Framework> + Clone>(frameworks: &[F], fw: F) -> Vec<F> {
    let id = &fw.as_ref().id;
    let mut list: Vec<F> = frameworks
        .iter()
        .filter(|f| f.as_ref().id != *id)
        .cloned()
        .collect();
    list.push(fw);
    list
}
