//! Reading a file the user chose, refused unread when it is over the import limit.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;

use crate::domain::transfer::{ImportError, MAX_IMPORT_BYTES};

/// The file's text; a file over the limit is refused before it is read.
pub async fn read_text(file: &File) -> Result<String, ImportError> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(ImportError::TooLarge {
            bytes: file.size() as usize,
            max: MAX_IMPORT_BYTES,
        });
    }
    // A file that is not text reads as replacement characters and fails as "not JSON".
    Ok(JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default())
}
