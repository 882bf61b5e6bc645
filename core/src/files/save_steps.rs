//! The saved form of a big workspace written in steps: the same text as [`encode`], but the
//! assessments are written a part at a time, so that the page can draw and answer between the
//! parts (100,000 assessments took about 200 ms in one frozen stretch).

#[cfg(doc)]
use crate::files::saved::encode;
use crate::files::saved::{EnvelopeOut, SavedOut, SCHEMA_VERSION};
use crate::json_write::{to_json, WriteJson};
use crate::workspace::Workspace;

/// Where the assessments go. The first such text is the field itself: the fields before it (the
/// language and a framework's id) are strings, in which serde escapes every quote.
const FIELD: &str = "\"assessments\":[";

/// A saved form being written. Each [`SaveSteps::next`] must be given the same workspace.
pub struct SaveSteps {
    text: Vec<u8>,
    /// The next assessment to write.
    next: usize,
    /// What follows the list of assessments.
    tail: String,
}

impl SaveSteps {
    /// Starts the saved form of `ws`: everything but its assessments.
    pub fn new(ws: &Workspace) -> Self {
        let envelope = EnvelopeOut {
            schema: SCHEMA_VERSION,
            app: env!("CARGO_PKG_VERSION"),
            workspace: SavedOut {
                ws,
                assessments: &[],
            },
        };
        let empty = to_json(&envelope);
        let at = empty.find(FIELD).map_or(empty.len(), |i| i + FIELD.len());
        let (head, tail) = empty.split_at(at);
        SaveSteps {
            text: head.as_bytes().to_vec(),
            next: 0,
            tail: tail.to_owned(),
        }
    }

    /// Writes `ws`'s assessments until `bytes` more are written (at least one); once all are in, the
    /// whole text (the same as `encode(ws)`).
    pub fn next(&mut self, ws: &Workspace, bytes: usize) -> Option<String> {
        let list = &ws.assessments.list;
        let stop = self.text.len() + bytes;
        // At least one assessment per step, however big.
        while let Some(a) = list.get(self.next) {
            if self.next > 0 {
                self.text.push(b',');
            }
            a.write_json(&mut self.text);
            self.next += 1;
            if self.text.len() >= stop {
                break;
            }
        }
        if self.next < list.len() {
            return None;
        }
        let mut text = std::mem::take(&mut self.text);
        text.extend_from_slice(self.tail.as_bytes());
        // serde_json writes UTF-8 only.
        Some(String::from_utf8(text).unwrap_or_default())
    }

    /// How many assessments are written so far.
    pub fn written(&self) -> usize {
        self.next
    }
}
