//! The File System Access API for the working file: choosing and opening a file, the
//! browser's permission, reading and writing, and the handle remembered in `IndexedDB`. Called by
//! name (`js_call`): web-sys does not bind the pickers. The rules are the core's
//! (`kompass_core::files::working`).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::File;

use crate::platform::file_read::read_text;
use crate::platform::idb;
use crate::platform::js_call::{call_async, error_name, get, object};
use kompass_core::files::working::{WriteProblem, Written};

/// Where the handle and what was last written are kept.
const KEY: &str = "working-file";

/// A file the user chose: the browser's `FileSystemFileHandle`.
#[derive(Clone, Debug, PartialEq)]
pub struct FileHandle(JsValue);

impl FileHandle {
    /// The file's name (without its folder, which the browser never tells).
    pub fn name(&self) -> String {
        get(&self.0, "name")
            .and_then(|n| n.as_string())
            .unwrap_or_default()
    }
}

/// Whether this browser can keep a working file (Edge and Chrome; not Firefox or Safari). Not
/// in a frame of another page: Chromium refuses the pickers to cross-origin frames.
pub fn supported() -> bool {
    let window = js_sys::global();
    get(&window, "showSaveFilePicker").is_some()
        && get(&window, "showOpenFilePicker").is_some()
        && !crate::platform::document::embedded()
}

/// The file types offered in the pickers: this app's JSON files.
fn options(extra: &[(&str, JsValue)]) -> JsValue {
    let accept = object(&[(
        "application/json",
        js_sys::Array::of1(&".json".into()).into(),
    )]);
    let kind = object(&[("description", "JSON".into()), ("accept", accept)]);
    let mut fields = vec![("types", js_sys::Array::of1(&kind).into())];
    fields.extend(extra.iter().cloned());
    object(&fields)
}

/// The browser's save dialog with `suggested` as the name; `None` when the user cancelled.
pub async fn choose(suggested: &str) -> Option<FileHandle> {
    let opts = options(&[("suggestedName", suggested.into())]);
    call_async(&js_sys::global(), "showSaveFilePicker", &[&opts])
        .await
        .ok()
        .map(FileHandle)
}

/// The browser's open dialog; `None` when the user cancelled.
pub async fn open() -> Option<FileHandle> {
    let picked = call_async(&js_sys::global(), "showOpenFilePicker", &[&options(&[])])
        .await
        .ok()?;
    js_sys::Array::from(&picked)
        .get(0)
        .dyn_into::<js_sys::Object>()
        .ok()
        .map(|h| FileHandle(h.into()))
}

/// Whether the app may write to the file; with `ask`, the browser asks the user when needed
/// (only from a click).
pub async fn may_write(handle: &FileHandle, ask: bool) -> bool {
    let mode = object(&[("mode", "readwrite".into())]);
    let method = if ask {
        "requestPermission"
    } else {
        "queryPermission"
    };
    match call_async(&handle.0, method, &[&mode]).await {
        Ok(answer) => answer.as_string().as_deref() == Some("granted"),
        // A browser without the permission methods gives handles that may be written.
        Err(_) => get(&handle.0, method).is_none(),
    }
}

fn problem(err: &JsValue) -> WriteProblem {
    WriteProblem::from_error_name(&error_name(err))
}

/// The file as it is now: its last-modified time, its size and the file to read.
pub async fn stat(handle: &FileHandle) -> Result<(u64, u64, File), WriteProblem> {
    let file: File = call_async(&handle.0, "getFile", &[])
        .await
        .map_err(|e| problem(&e))?
        .dyn_into()
        .map_err(|_| WriteProblem::Other)?;
    Ok((file.last_modified() as u64, file.size() as u64, file))
}

/// The file's text (a file over the import limit reads as its error, see `read_text`).
pub async fn text(file: &File) -> Result<String, WriteProblem> {
    read_text(file).await.map_err(|_| WriteProblem::Other)
}

/// Writes `text` as the whole file; its last-modified time afterwards.
pub async fn write(handle: &FileHandle, text: &str) -> Result<u64, WriteProblem> {
    let stream = call_async(&handle.0, "createWritable", &[])
        .await
        .map_err(|e| problem(&e))?;
    let wrote = call_async(&stream, "write", &[&text.into()]).await;
    // Closing commits the write; a failed write is aborted so that the file keeps its content.
    if let Err(e) = wrote {
        let _ = call_async(&stream, "abort", &[]).await;
        return Err(problem(&e));
    }
    call_async(&stream, "close", &[])
        .await
        .map_err(|e| problem(&e))?;
    Ok(stat(handle).await.map_or(0, |(modified, _, _)| modified))
}

/// Keeps the handle and what was written, for the next visit.
pub async fn remember(handle: &FileHandle, written: &Written) {
    let record = object(&[
        ("handle", handle.0.clone()),
        ("text", written.text.as_str().into()),
        ("modified", (written.modified as f64).into()),
    ]);
    idb::write(KEY, &record).await;
}

/// The handle kept on an earlier visit and what was last written to it.
pub async fn remembered() -> Option<(FileHandle, Written)> {
    let record = idb::read(KEY).await?;
    let handle = get(&record, "handle")?;
    let written = Written {
        text: get(&record, "text")
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        modified: get(&record, "modified")
            .and_then(|m| m.as_f64())
            .unwrap_or(0.0) as u64,
    };
    Some((FileHandle(handle), written))
}

/// Forgets the working file (the file itself stays where it is).
pub async fn forget() {
    idb::remove(KEY).await;
}
