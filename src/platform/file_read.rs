//! Reading a file the user chose, refused unread when it is over the import limit.

use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};
use yew::{Event, TargetCast};

use kompass_core::files::transfer::{ImportError, MAX_IMPORT_BYTES};

/// The files chosen in a file input's change event. The input is emptied, so that choosing the
/// same file again fires again.
pub fn take_chosen(e: &Event) -> Vec<File> {
    let input: HtmlInputElement = e.target_unchecked_into();
    let files = input.files().map_or_else(Vec::new, |list| {
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    });
    input.set_value("");
    files
}

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
