//! The saved form of a [`Workspace`]: versioned JSON. Older schema versions are migrated step
//! by step; a newer one is refused so that nothing is overwritten by an older app.

use serde::{Deserialize, Serialize};

use crate::workspace::Workspace;

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
    schema: Option<u32>,
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
    // One pass on the way that matters (a readable file); the header alone is read only to
    // explain a failure, so that a newer format is named as such rather than as a wrong shape.
    let full = serde_json::from_str::<EnvelopeIn>(text);
    let schema = match &full {
        Ok(e) => e.schema,
        Err(_) => serde_json::from_str::<Header>(text)
            .ok()
            .and_then(|h| h.schema),
    };
    match (schema, full) {
        (Some(found), _) if found > SCHEMA_VERSION => Err(StoreError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        }),
        // Version 1 is the first; later versions add their migration steps here.
        (Some(_), Ok(e)) => Ok(e.workspace),
        (_, Err(e)) if !e.is_data() => Err(StoreError::NotJson {
            line: e.line(),
            column: e.column(),
        }),
        (None, _) => Err(StoreError::NoSchema),
        (Some(_), Err(e)) => Err(StoreError::Shape {
            detail: e.to_string(),
        }),
    }
}
