//! Reading a file the user chose, refused unread when it is over the import limit.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;

use kompass_core::files::transfer::{ImportError, MAX_IMPORT_BYTES};

/// The file's text; a file over the limit is refused before it is read.
pub async fn read_text(file: &File) -> Result<String, ImportError> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(ImportError::TooLarge {
            bytes: file.size() as usize,
            max: MAX_IMPORT_BYTES,
        });
    }
    // Read as bytes: one copy into wasm memory instead of decoding to a JS string and encoding
    // it back. A file that is not text reads with replacement characters and fails as "not JSON".
    let bytes = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => Vec::new(),
    };
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}
