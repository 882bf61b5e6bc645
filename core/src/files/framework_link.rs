//! A framework on its own: as a file (the framework format, pretty-printed, named after the
//! framework) and as a link that installs it (`#eget-ramverk=…`, compressed like a share link).

use crate::files::names::{safe_part, APP_NAME};
use crate::files::pretty::pretty_json;
use crate::files::share::{base64url, from_base64url, ShareError};
use crate::framework::Framework;
use crate::json_write::to_json;

/// The fragment key of a link that carries a framework.
pub const FRAMEWORK_LINK_KEY: &str = "eget-ramverk=";

/// The framework as a framework file, exactly what "Öppna fil" and `?ramverksfil=` read.
pub fn framework_file(fw: &Framework) -> String {
    pretty_json(&to_json(fw))
}

/// The framework file's name: `Nära vård-kompassen – ramverk – NAME.json` (`word` is
/// "ramverk" or "framework").
pub fn framework_file_name(fw: &Framework, word: &str) -> String {
    let name = safe_part(&fw.name.sv, 60);
    format!("{APP_NAME} – {word} – {name}.json")
}

/// The compact JSON a framework link carries; the app deflates it with the browser's
/// `CompressionStream` and makes the fragment with [`framework_fragment_of`].
pub fn framework_json(fw: &Framework) -> String {
    to_json(fw)
}

/// The fragment (without `#`) for `deflated`, a framework's JSON compressed as raw deflate.
pub fn framework_fragment_of(deflated: &[u8]) -> String {
    format!("{FRAMEWORK_LINK_KEY}{}", base64url(deflated))
}

/// The compressed bytes of a framework link's fragment (with or without `#`); `None` when the
/// fragment is no framework link.
pub fn packed_framework(fragment: &str) -> Option<Result<Vec<u8>, ShareError>> {
    let data = fragment
        .trim_start_matches('#')
        .strip_prefix(FRAMEWORK_LINK_KEY)?;
    Some(from_base64url(data).ok_or(ShareError::Damaged))
}
