//! The saved form of a [`Workspace`]: versioned JSON with the workspace's fields flat, as
//! README "Saved data" describes. Older schema versions are migrated step by step; a newer one
//! is refused so that nothing is overwritten by an older app.

use crate::assessment::{Assessment, Assessments, Undo};
use crate::editor::{Draft, OwnFrameworks};
pub use crate::files::errors::{ShapeProblem, StoreError};
use crate::files::merge::ExportStatus;
use crate::framework::text::Lang;
use crate::framework::Framework;
use crate::json_read::read_struct;
use crate::json_write::{field, to_json, write_struct, WriteJson};
use crate::navigation::step::Step;
use crate::navigation::Navigation;
use crate::workshop::{Participation, Workshop, Workshops};
use crate::workspace::Workspace;

/// The key the shell stores the workspace under.
pub const STORAGE_KEY: &str = "nara-vard-kompassen";
/// The schema version this app writes. Version 2 added the user's own frameworks
/// (`"frameworks"`) and the editor's draft (`"draft"`).
pub const SCHEMA_VERSION: u32 = 2;

/// The workspace as it is written: every saved field, flat, read from the parts. Written out
/// by hand (not derived over references) so that each field's type is serialized by the same
/// code as everywhere else, and the wasm does not grow.
/// `assessments` are the workspace's own, or none, for a text written in steps (`save_steps`).
pub(crate) struct SavedOut<'a> {
    pub(crate) ws: &'a Workspace,
    pub(crate) assessments: &'a [Assessment],
}

impl<'a> From<&'a Workspace> for SavedOut<'a> {
    fn from(ws: &'a Workspace) -> Self {
        SavedOut {
            ws,
            assessments: &ws.assessments.list,
        }
    }
}

impl WriteJson for SavedOut<'_> {
    fn write_json(&self, out: &mut Vec<u8>) {
        let ws = self.ws;
        let first = &mut true;
        out.push(b'{');
        field(out, first, "lang", &ws.lang);
        field(out, first, "framework_id", &ws.nav.framework_id);
        field(out, first, "assessments", &self.assessments);
        field(out, first, "current", &ws.nav.current);
        field(out, first, "step", &ws.nav.step);
        field(out, first, "next_id", &ws.assessments.next_id);
        if ws.export.last_export.is_some() {
            field(out, first, "last_export", &ws.export.last_export);
        }
        field(out, first, "unexported", &ws.export.unexported);
        if ws.workshops.workshop.is_some() {
            field(out, first, "workshop", &ws.workshops.workshop);
        }
        if ws.workshops.participation.is_some() {
            field(out, first, "participation", &ws.workshops.participation);
        }
        if !ws.own.list.is_empty() {
            field(out, first, "frameworks", &ws.own.list);
        }
        if ws.own.draft.is_some() {
            field(out, first, "draft", &ws.own.draft);
        }
        out.push(b'}');
    }
}

/// The workspace as it is read: the same fields, flat; what undo keeps is never saved. The
/// type is called `Workspace` in a module of its own, so that serde explains a wrong shape in
/// the same words as ever ("invalid type: string \"x\", expected struct Workspace").
mod read {
    use super::{read_struct, Assessment, Draft, Framework, Lang, Participation, Step, Workshop};

    pub(crate) struct Workspace {
        pub(crate) lang: Lang,
        pub(crate) framework_id: String,
        pub(crate) assessments: Vec<Assessment>,
        pub(crate) current: Option<String>,
        pub(crate) step: Step,
        pub(crate) next_id: u32,
        pub(crate) last_export: Option<String>,
        pub(crate) unexported: bool,
        pub(crate) workshop: Option<Workshop>,
        pub(crate) participation: Option<Participation>,
        /// Since schema 2: the user's own frameworks.
        pub(crate) frameworks: Vec<Framework>,
        /// Since schema 2: the editor's draft.
        pub(crate) draft: Option<Draft>,
    }

    read_struct!(Workspace {
        lang = default, framework_id, assessments = default, current = default, step = default,
        next_id = default, last_export = default, unexported = default, workshop = default,
        participation = default, frameworks = default, draft = default,
    });
}

pub(crate) use read::Workspace as SavedWorkspace;

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
            own: OwnFrameworks {
                list: saved.frameworks,
                draft: saved.draft,
            },
        }
    }
}

pub(crate) struct EnvelopeOut<'a> {
    pub(crate) schema: u32,
    pub(crate) app: &'a str,
    pub(crate) workspace: SavedOut<'a>,
}

write_struct!(EnvelopeOut<'_> { schema, app, workspace });

struct EnvelopeIn {
    schema: Option<u32>,
    workspace: SavedWorkspace,
}

read_struct!(EnvelopeIn { schema = default, workspace });

struct Header {
    schema: Option<u32>,
}

read_struct!(Header { schema = default });

pub fn encode(ws: &Workspace) -> String {
    let envelope = EnvelopeOut {
        schema: SCHEMA_VERSION,
        app: env!("CARGO_PKG_VERSION"),
        workspace: SavedOut::from(ws),
    };
    to_json(&envelope)
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
                line: 1,
                problem: ShapeProblem::NotObject,
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
        (Some(found), Ok(e)) => Ok(migrate(found, e.workspace)),
        (_, Err(e)) if !e.is_data() => Err(StoreError::NotJson {
            line: e.line(),
            column: e.column(),
        }),
        (None, _) => Err(StoreError::NoSchema),
        (Some(_), Err(e)) => Err(shape_error(&e)),
    }
}

/// The saved form of schema `from` brought up to [`SCHEMA_VERSION`], one step per version.
fn migrate(from: u32, mut saved: SavedWorkspace) -> SavedWorkspace {
    if from <= 1 {
        // 1 → 2: version 1 had no own frameworks and no draft; a field of those names in a
        // version-1 document is not the user's framework and is left out.
        saved.frameworks = Vec::new();
        saved.draft = None;
    }
    saved
}

/// A reader's error about the shape as the app names it: the problem, and its line.
fn shape_error(e: &serde_json::Error) -> StoreError {
    let text = e.to_string();
    // serde_json ends its message with " at line L column C"; the position is kept apart.
    // (The last match searched forwards: a backward string search would cost its own code.)
    let message = text
        .match_indices(" at line ")
        .last()
        .map_or(text.as_str(), |(at, _)| &text[..at]);
    StoreError::Shape {
        line: e.line(),
        problem: ShapeProblem::from_message(message),
    }
}
