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
    /// Before a code that was taken.
    Taken,
    /// Before a code that was refused (its reason follows).
    Refused,
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

localized_by!(ScanText, &'static str, scan::text);
