//! Reads the QR codes in a grey-level image (see `kompass_core::workshop::scan::grey`). The
//! browser's `BarcodeDetector` does this where it exists; elsewhere (Chromium on Windows and
//! Linux, Firefox) the scanning web worker runs this.

use kompass_core::workshop::scan::Grey;

/// A reusable reader: it keeps its buffers between frames.
#[derive(Default)]
pub struct Reader {
    quirc: quircs::Quirc,
}

impl Reader {
    /// The text of every QR code that decodes in `image`; a damaged or partly seen code gives
    /// nothing rather than a wrong text (the QR error correction decides).
    pub fn read(&mut self, image: &Grey) -> Vec<String> {
        if image.pixels.len() != image.width * image.height {
            return Vec::new();
        }
        self.quirc
            .identify(image.width, image.height, &image.pixels)
            .filter_map(|code| code.ok()?.decode().ok())
            .filter_map(|data| String::from_utf8(data.payload).ok())
            .collect()
    }
}
