//! Keys of the texts of scanning answer codes with the camera.

use kompass_core::workshop::Rejection;

/// Every fixed text of the scanner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanText {
    /// The button that opens the camera.
    Open,
    Close,
    Heading,
    Help,
    Privacy,
    Starting,
    On,
    VideoLabel,
    Denied,
    NoCamera,
    Unsupported,
    /// A QR code that holds no answer code (a join link, a web address).
    NotACode,
    /// A code whose check does not add up: misread or damaged.
    Damaged,
    OtherWorkshop,
    Duplicate,
    /// The heading of the list of what was scanned.
    Log,
}

impl ScanText {
    /// Why a scanned code was refused, in the scanner's words.
    pub fn rejection(rejection: Rejection) -> Self {
        match rejection {
            Rejection::Typo => Self::Damaged,
            Rejection::OtherWorkshop => Self::OtherWorkshop,
            Rejection::Duplicate => Self::Duplicate,
        }
    }
}

/// Scanner texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanMsg<'a> {
    /// A code taken.
    Taken { code: &'a str },
    /// A code refused, and why.
    Refused { code: &'a str, why: ScanText },
}

localized_by!(ScanText, &'static str, scan::text);

localized_by!(ScanMsg<'_>, String, scan::message);
