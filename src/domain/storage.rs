//! The saved form of a [`Workspace`]: versioned JSON. Older schema versions are migrated step
//! by step; a newer one is refused so that nothing is overwritten by an older app.

use serde::{Deserialize, Serialize};

use super::workspace::Workspace;

/// The key the shell stores the workspace under.
pub const STORAGE_KEY: &str = "nara-vard-kompassen";
/// The schema version this app writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    app: &'a str,
    workspace: &'a Workspace,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    workspace: Workspace,
}

#[derive(Deserialize)]
struct Header {
    schema: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Not JSON (at line/column).
    NotJson { line: usize, column: usize },
    /// No schema version: not something this app saved.
    NoSchema,
    /// Saved by a newer app.
    NewerSchema { found: u32, supported: u32 },
    /// JSON of the wrong shape, with serde's words for it.
    Shape { detail: String },
}

pub fn encode(ws: &Workspace) -> String {
    let envelope = EnvelopeOut {
        schema: SCHEMA_VERSION,
        app: env!("CARGO_PKG_VERSION"),
        workspace: ws,
    };
    // Serializing plain data structs to a string cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Workspace, StoreError> {
    // serde would read a struct from an array too; anything but an object is the wrong shape
    // when it is JSON at all.
    if !text.trim_start().starts_with('{') {
        return match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => Err(StoreError::Shape {
                detail: "expected a JSON object at line 1".to_owned(),
            }),
            Err(e) => Err(StoreError::NotJson {
                line: e.line(),
                column: e.column(),
            }),
        };
    }
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            StoreError::Shape {
                detail: e.to_string(),
            }
        } else {
            StoreError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    match header.schema {
        None => Err(StoreError::NoSchema),
        Some(found) if found > SCHEMA_VERSION => Err(StoreError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        }),
        // Version 1 is the first; later versions add their migration steps here.
        Some(_) => serde_json::from_str::<EnvelopeIn>(text)
            .map(|e| e.workspace)
            .map_err(|e| StoreError::Shape {
                detail: e.to_string(),
            }),
    }
}
