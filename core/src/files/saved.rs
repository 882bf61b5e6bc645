//! The saved form of a [`Workspace`]: versioned JSON with the workspace's fields flat, as
//! README "Saved data" describes. Older schema versions are migrated step by step; a newer one
//! is refused so that nothing is overwritten by an older app.

use serde::{Deserialize, Serialize};

use crate::assessment::{Assessment, Assessments, Undo};
pub use crate::files::errors::StoreError;
use crate::files::merge::ExportStatus;
use crate::framework::text::Lang;
use crate::navigation::step::Step;
use crate::navigation::Navigation;
use crate::workshop::{Participation, Workshop, Workshops};
use crate::workspace::Workspace;

/// The key the shell stores the workspace under.
pub const STORAGE_KEY: &str = "nara-vard-kompassen";
/// The schema version this app writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The workspace as it is written: every saved field, flat, borrowed from the parts.
#[derive(Serialize)]
pub(crate) struct SavedOut<'a> {
    lang: Lang,
    framework_id: &'a str,
    assessments: &'a [Assessment],
    current: &'a Option<String>,
    step: &'a Step,
    next_id: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_export: &'a Option<String>,
    unexported: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    workshop: &'a Option<Workshop>,
    #[serde(skip_serializing_if = "Option::is_none")]
    participation: &'a Option<Participation>,
}

impl<'a> From<&'a Workspace> for SavedOut<'a> {
    fn from(ws: &'a Workspace) -> Self {
        SavedOut {
            lang: ws.lang,
            framework_id: &ws.nav.framework_id,
            assessments: &ws.assessments.list,
            current: &ws.nav.current,
            step: &ws.nav.step,
            next_id: ws.assessments.next_id,
            last_export: &ws.export.last_export,
            unexported: ws.export.unexported,
            workshop: &ws.workshops.workshop,
            participation: &ws.workshops.participation,
        }
    }
}

/// The workspace as it is read: the same fields, flat; what undo keeps is never saved.
#[derive(Deserialize)]
pub(crate) struct SavedWorkspace {
    #[serde(default)]
    lang: Lang,
    framework_id: String,
    #[serde(default)]
    pub(crate) assessments: Vec<Assessment>,
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    step: Step,
    #[serde(default)]
    next_id: u32,
    #[serde(default)]
    last_export: Option<String>,
    #[serde(default)]
    unexported: bool,
    #[serde(default)]
    workshop: Option<Workshop>,
    #[serde(default)]
    participation: Option<Participation>,
}

impl From<SavedWorkspace> for Workspace {
    fn from(saved: SavedWorkspace) -> Self {
        Workspace {
            lang: saved.lang,
            nav: Navigation {
                framework_id: saved.framework_id,
                current: saved.current,
                step: saved.step,
            },
            assessments: Assessments {
                list: saved.assessments,
                next_id: saved.next_id,
            },
            undo: Undo::default(),
            export: ExportStatus {
                last_export: saved.last_export,
                unexported: saved.unexported,
            },
            workshops: Workshops {
                workshop: saved.workshop,
                participation: saved.participation,
            },
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    app: &'a str,
    workspace: SavedOut<'a>,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    schema: Option<u32>,
    workspace: SavedWorkspace,
}

#[derive(Deserialize)]
struct Header {
    schema: Option<u32>,
}

pub fn encode(ws: &Workspace) -> String {
    let envelope = EnvelopeOut {
        schema: SCHEMA_VERSION,
        app: env!("CARGO_PKG_VERSION"),
        workspace: SavedOut::from(ws),
    };
    // Serializing plain data structs to a string cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Workspace, StoreError> {
    decode_saved(text).map(Workspace::from)
}

/// The saved form in `text`, not yet taken apart into the workspace's parts.
pub(crate) fn decode_saved(text: &str) -> Result<SavedWorkspace, StoreError> {
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
