//! QR codes as drawing geometry: which modules are dark, as one SVG path. The SVG component
//! only draws it (like the radar chart).

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the symbol, as the standard asks for.
pub const QUIET_ZONE: i32 = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// Modules per side, without the quiet zone.
    pub size: i32,
    /// Every dark module, runs on a row joined: `M x y h n v 1 h -n z`.
    pub path: String,
}

/// The QR code for `text` (medium error correction), or `None` when it does not fit.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(
                path,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    Some(QrPicture { size, path })
}

/// The modules of the QR code for `text` (the same symbol as [`qr_picture`]), row by row,
/// `true` for dark, without the quiet zone; for tests that need the code as an image.
pub fn qr_modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    Some(
        (0..size)
            .map(|y| (0..size).map(|x| qr.get_module(x, y)).collect())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_link_fits_in_a_small_symbol() {
        let link = "https://intranet.example.se/sites/naravard/kompassen/#workshop=K7Q.sormland-2035.fff1.t3";
        let pic = qr_picture(link).expect("fits");
        assert!(pic.size <= 41, "version 6 or less: {}", pic.size);
        // The three finder patterns' corners are dark.
        for (x, y) in [(0, 0), (pic.size - 7, 0), (0, pic.size - 7)] {
            let corner = format!("M{} {}h7", x + QUIET_ZONE, y + QUIET_ZONE);
            assert!(pic.path.contains(&corner), "{corner}");
        }
        assert_eq!(qr_picture(&"x".repeat(5000)), None);
    }
}
