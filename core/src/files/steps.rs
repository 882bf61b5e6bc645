//! Reading a big file in steps, so that the page stays responsive: 100,000 assessments took
//! 1.9 s in one task. The file is first scanned once for its outline (every assessment as a slice
//! of the text, not yet read); then each [`ImportSteps::next`] reads and checks the assessments
//! of about [`STEP_BYTES`]. What it gives is what [`read_with_frameworks`] gives: everything but
//! the assessments (the own frameworks the file carries among it) goes through the same reader,
//! and at the first problem of any kind the whole file is read by [`read_with_frameworks`], so
//! its message (with the line in the file) is the same too.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::assessment::Assessment;
use crate::files::saved::{decode_saved, SCHEMA_VERSION};
use crate::files::transfer::{check_known, ImportError, MAX_IMPORT_BYTES};
use crate::files::travel::{read_with_frameworks, sort_out, with_carried, Incoming};
use crate::framework::validate::validate;
use crate::framework::Framework;

/// About how many bytes of assessments each step reads (some 30 ms in the browser).
pub const STEP_BYTES: usize = 256 * 1024;

#[derive(Deserialize)]
struct Outline<'a> {
    schema: Option<u32>,
    #[serde(borrow)]
    workspace: WorkspaceOutline<'a>,
}

#[derive(Deserialize)]
struct WorkspaceOutline<'a> {
    #[serde(borrow, default)]
    assessments: Vec<&'a RawValue>,
}

/// Where a stepped import is.
#[derive(Debug, PartialEq)]
pub enum Progress {
    /// `read` of `total` assessments are read; call [`ImportSteps::next`] again.
    Reading { read: usize, total: usize },
    /// Finished: what [`read_with_frameworks`] gives for the same text.
    Done(Result<Incoming, ImportError>),
}

/// A file's text being read in steps.
pub struct ImportSteps<'a> {
    text: &'a str,
    raw: Vec<&'a RawValue>,
    /// The own frameworks the file carries, all valid.
    carried: Vec<Framework>,
    read: Vec<Assessment>,
    /// Set when the outline or the rest of the file could not be read in steps.
    whole: bool,
}

impl<'a> ImportSteps<'a> {
    /// Scans `text` for its outline; nothing is read yet.
    pub fn new(text: &'a str) -> Self {
        let (raw, carried) = outline(text).unwrap_or_default();
        ImportSteps {
            text,
            whole: raw.is_empty(),
            read: Vec::with_capacity(raw.len()),
            raw,
            carried,
        }
    }

    /// Reads and checks the next assessments, about [`STEP_BYTES`] of them.
    pub fn next<F: AsRef<Framework>>(&mut self, frameworks: &[F]) -> Progress {
        if self.whole {
            return Progress::Done(read_with_frameworks(self.text, frameworks));
        }
        let all = with_carried(&self.carried, frameworks);
        let total = self.raw.len();
        let mut bytes = 0;
        while bytes < STEP_BYTES && self.read.len() < total {
            let i = self.read.len();
            let raw = self.raw[i].get();
            bytes += raw.len();
            match serde_json::from_str::<Assessment>(raw) {
                Ok(a) if check_known(i, &a, &all).is_ok() => self.read.push(a),
                // A problem: the whole file is read again, for the same message as without steps.
                _ => return Progress::Done(read_with_frameworks(self.text, frameworks)),
            }
        }
        if self.read.len() < total {
            Progress::Reading {
                read: self.read.len(),
                total,
            }
        } else {
            let read = std::mem::take(&mut self.read);
            let carried = std::mem::take(&mut self.carried);
            Progress::Done(Ok(sort_out(read, carried, frameworks)))
        }
    }
}

/// Every assessment of `text` as a slice and the own frameworks it carries, when the file is of
/// this version, within the size limit, everything in it but the assessments reads as it would
/// without steps, and every framework it carries is valid. None otherwise: the file is then read
/// whole.
fn outline(text: &str) -> Option<(Vec<&RawValue>, Vec<Framework>)> {
    if text.len() > MAX_IMPORT_BYTES || !text.trim_start().starts_with('{') {
        return None;
    }
    let outline = serde_json::from_str::<Outline>(text).ok()?;
    // Versions 1 and 2 write assessments alike (2 added the own frameworks beside them); a
    // version that changes them must be read whole, through its migration.
    if !outline
        .schema
        .is_some_and(|v| (1..=SCHEMA_VERSION).contains(&v))
    {
        return None;
    }
    let raw = outline.workspace.assessments;
    let (first, last) = (raw.first()?, raw.last()?);
    // The array around them: only white space between its brackets and the first and last.
    let start = offset(text, first.get());
    let end = offset(text, last.get()) + last.get().len();
    let open = text[..start].trim_end();
    let close = text[end..].trim_start();
    if !open.ends_with('[') || !close.starts_with(']') {
        return None;
    }
    // The rest of the file with an empty list of assessments: read as without steps.
    let rest = format!("{}[]{}", &open[..open.len() - 1], &close[1..]);
    let frameworks = decode_saved(&rest).ok()?.frameworks;
    if frameworks.iter().any(|f| !validate(f).is_empty()) {
        return None;
    }
    Some((raw, frameworks))
}

/// Where `part`, a slice of `text`, starts in it.
fn offset(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}
