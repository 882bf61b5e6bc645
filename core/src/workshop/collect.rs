//! The facilitator's collection of answers: codes typed or pasted, and answers given in a
//! "pass the device" round. A code that is wrong, foreign or already in never changes what
//! is collected; every one gets a reason.

use serde::{Deserialize, Serialize};

use super::alphabet::{is_valid, symbol, value};
use super::code::{code_len, decode, grouped, CodeError, Slot};
use super::extract::extract;
use super::setup::{WorkshopSetup, ID_LEN};
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// One participant's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// The answer code, canonical; `None` for answers given on this device.
    pub code: Option<String>,
    /// Only when the workshop is not anonymous and the participant gave one.
    pub name: Option<String>,
    /// One per rating of the set-up (see [`encode`](super::code::encode)).
    pub slots: Vec<Slot>,
}

write_struct!(Response { code if Option::is_none, name if Option::is_none, slots });

read_struct!(Response { code = default, name = default, slots });

/// Why a code found in the text was not added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    Typo,
    OtherWorkshop,
    Duplicate,
}

/// What one paste did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasteReport {
    pub added: usize,
    /// Each refused code, as grouped for reading, with why.
    pub rejected: Vec<(String, Rejection)>,
    /// Nothing in the text looked like a code.
    pub nothing_found: bool,
}

/// Classifies one canonical code against `setup` and what is already `collected`.
fn judge(
    setup: &WorkshopSetup,
    collected: &[Response],
    code: &str,
) -> Result<Vec<Slot>, Rejection> {
    if collected.iter().any(|r| r.code.as_deref() == Some(code)) {
        return Err(Rejection::Duplicate);
    }
    let values: Vec<u8> = code.chars().filter_map(value).collect();
    let own_id = values.len() >= ID_LEN
        && values[..ID_LEN]
            .iter()
            .map(|v| symbol(*v))
            .eq(setup.id.chars());
    // A complete, valid code of any length with another id comes from another workshop.
    if !own_id && is_valid(&values) {
        return Err(Rejection::OtherWorkshop);
    }
    decode(setup, code).map_err(|e| match e {
        CodeError::Typo => Rejection::Typo,
        CodeError::OtherWorkshop => Rejection::OtherWorkshop,
    })
}

/// Adds every good code in `text` to `collected` and reports the rest.
pub fn paste(setup: &WorkshopSetup, collected: &mut Vec<Response>, text: &str) -> PasteReport {
    let codes = extract(text, &setup.id, code_len(setup));
    let mut report = PasteReport {
        nothing_found: codes.is_empty(),
        ..PasteReport::default()
    };
    for code in codes {
        match judge(setup, collected, &code) {
            Ok(slots) => {
                collected.push(Response {
                    code: Some(code),
                    name: None,
                    slots,
                });
                report.added += 1;
            }
            Err(why) => report.rejected.push((grouped(&code), why)),
        }
    }
    report
}
