//! Share links: one assessment compressed into the URL fragment (`#dela=…`). The fragment is
//! never sent to a server; whoever has the link can read the whole assessment.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

use crate::assessment::{Assessment, Assessments};
use crate::editor::OwnFrameworks;
use crate::files::saved::decode_saved;
use crate::files::saved::encode;
use crate::files::transfer::ImportError;
use crate::files::travel::read_with_frameworks;
use crate::framework::Framework;
use crate::navigation::Navigation;
use crate::workspace::Workspace;

/// The fragment key of a share link.
pub const SHARE_KEY: &str = "dela=";
/// Largest decompressed share accepted (a guard against "zip bombs" in a link).
pub const MAX_SHARE_BYTES: usize = 1024 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // One character per six bits: one more than the bytes (counted, not `0..=len`).
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of a base64url text, or `None` for a character outside the alphabet or a
/// length no encoder makes.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link's text: damaged or cut short.
    Damaged,
    /// The content is not a readable assessment.
    Unreadable(ImportError),
}

/// The JSON a share link carries for `a`: the saved form of a workspace holding only `a`, and
/// `carried`, the own framework it was made with (if it is one). The
/// app deflates it with the browser's own `CompressionStream` and makes the link with
/// [`fragment_of`]; [`share_fragment`] does the same with `miniz_oxide` (tests, native tools).
pub fn share_json(a: &Assessment, carried: Option<&Framework>) -> String {
    let ws = Workspace {
        own: OwnFrameworks {
            list: carried.into_iter().cloned().collect(),
            draft: None,
        },
        assessments: Assessments {
            list: vec![a.clone()],
            ..Assessments::default()
        },
        nav: Navigation {
            framework_id: a.framework_id.clone(),
            ..Navigation::default()
        },
        ..Workspace::default()
    };
    encode(&ws)
}

/// The fragment (without `#`) for `deflated`, a share's JSON compressed as raw deflate.
pub fn fragment_of(deflated: &[u8]) -> String {
    format!("{SHARE_KEY}{}", base64url(deflated))
}

/// The fragment (without `#`) that carries `a`.
pub fn share_fragment(a: &Assessment, carried: Option<&Framework>) -> String {
    fragment_of(&compress_to_vec(share_json(a, carried).as_bytes(), 9))
}

/// The compressed bytes of a share fragment (with or without the leading `#`); `None` when the
/// fragment is not a share link at all.
pub fn packed_share(fragment: &str) -> Option<Result<Vec<u8>, ShareError>> {
    let data = fragment.trim_start_matches('#').strip_prefix(SHARE_KEY)?;
    Some(from_base64url(data).ok_or(ShareError::Damaged))
}

/// What a share link holds: the assessment, and the own framework it carries (if any).
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub assessment: Assessment,
    pub framework: Option<Framework>,
}

/// The assessment in a share's decompressed JSON, checked against the framework it carries or
/// else the frameworks on offer.
pub fn read_share_json<F: AsRef<Framework>>(
    json: Vec<u8>,
    frameworks: &[F],
) -> Result<Shared, ShareError> {
    let text = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    // Checked as a file is: against the framework it carries, else those on offer.
    let mut incoming = read_with_frameworks(&text, frameworks).map_err(ShareError::Unreadable)?;
    // The carried framework is shown even where the same one is on offer here already.
    let carried = decode_saved(&text)
        .ok()
        .and_then(|saved| saved.frameworks.into_iter().next());
    let assessment = incoming
        .assessments
        .pop()
        .ok_or(ShareError::Unreadable(ImportError::Empty))?;
    Ok(Shared {
        assessment,
        framework: carried,
    })
}

/// The assessment in a share fragment (with or without the leading `#`); `None` when the
/// fragment is not a share link at all. Decompresses with `miniz_oxide`, at most
/// [`MAX_SHARE_BYTES`]; the app does the same with the browser's `DecompressionStream`.
pub fn read_share<F: AsRef<Framework>>(
    fragment: &str,
    frameworks: &[F],
) -> Option<Result<Shared, ShareError>> {
    Some(packed_share(fragment)?.and_then(|packed| {
        let json = decompress_to_vec_with_limit(&packed, MAX_SHARE_BYTES)
            .map_err(|_| ShareError::Damaged)?;
        read_share_json(json, frameworks)
    }))
}
