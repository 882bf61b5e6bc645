//! Parsing and validation of framework files. Every problem is collected, not just the first,
//! so an intranet admin fixing a custom framework sees the whole list at once.

use crate::framework::{Framework, ItemKind, FRAMEWORK_FORMAT, FRAMEWORK_VERSION};
use crate::json_read::read_struct;

mod checks;
mod error;
mod scales;

use checks::{at, sub, Validator};
pub use error::FrameworkError;

/// The first framework format version with scales.
pub const SCALES_VERSION: u32 = 2;

/// Largest framework file accepted, in bytes.
pub const MAX_FRAMEWORK_BYTES: usize = 256 * 1024;
/// Longest text accepted in a framework, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest id accepted.
pub const MAX_ID_CHARS: usize = 40;

/// Only what is needed to refuse a file before its shape is checked.
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

read_struct!(Header { format = default, version = default });

fn json_error(err: &serde_json::Error) -> FrameworkError {
    let (line, column, detail) = (err.line(), err.column(), err.to_string());
    if err.is_data() {
        FrameworkError::Shape {
            line,
            column,
            detail,
        }
    } else {
        FrameworkError::Syntax {
            line,
            column,
            detail,
        }
    }
}

/// Parse and validate a framework file.
pub fn parse_framework(json: &str) -> Result<Framework, Vec<FrameworkError>> {
    if json.len() > MAX_FRAMEWORK_BYTES {
        return Err(vec![FrameworkError::TooLarge {
            bytes: json.len(),
            max: MAX_FRAMEWORK_BYTES,
        }]);
    }
    let header: Header = serde_json::from_str(json).map_err(|e| vec![json_error(&e)])?;
    let format = header.format.unwrap_or_default();
    if format != FRAMEWORK_FORMAT {
        return Err(vec![FrameworkError::WrongFormat { found: format }]);
    }
    if let Some(found) = header.version.filter(|v| *v > FRAMEWORK_VERSION) {
        return Err(vec![FrameworkError::NewerVersion {
            found,
            supported: FRAMEWORK_VERSION,
        }]);
    }
    let framework: Framework = serde_json::from_str(json).map_err(|e| vec![json_error(&e)])?;
    let errors = validate(&framework);
    if errors.is_empty() {
        Ok(framework)
    } else {
        Err(errors)
    }
}

/// All problems of an already parsed framework; empty when it is valid.
pub fn validate(fw: &Framework) -> Vec<FrameworkError> {
    let mut v = Validator::new(fw);
    v.id("id", &fw.id);
    v.text("name", &fw.name);
    v.optional_text("source", &fw.source);
    if let Some(year) = fw.horizon.filter(|y| !(2000..=2100).contains(y)) {
        v.errors.push(FrameworkError::HorizonOutOfRange { year });
    }
    if let Some(tp) = &fw.target_picture {
        v.text("target_picture", tp);
    }
    v.text("factors_title", &fw.factors_title);
    v.count("questions", fw.questions.len(), 1, 6);
    for (i, q) in fw.questions.iter().enumerate() {
        v.text(&at("questions", i), q);
    }
    v.count("goal_areas", fw.goal_areas.len(), 0, 12);
    for (i, g) in fw.goal_areas.iter().enumerate() {
        let path = at("goal_areas", i);
        v.unique_id(&path, &g.id);
        v.text(&sub(&path, ".name"), &g.name);
        if let Some(summary) = &g.summary {
            v.text(&sub(&path, ".summary"), summary);
        }
        for (j, p) in g.description.iter().enumerate() {
            v.text(&at(&sub(&path, ".description"), j), p);
        }
    }
    v.scales(fw);
    v.count("shifts", fw.shifts.len(), 1, 12);
    for (i, s) in fw.shifts.iter().enumerate() {
        let path = at("shifts", i);
        v.unique_id(&path, &s.id);
        v.text(&sub(&path, ".from"), &s.from);
        v.text(&sub(&path, ".to"), &s.to);
        v.mapping(fw, &path, &s.goal_areas, s.rationale.as_ref());
        v.item_scale(fw, (ItemKind::Shift, &path), s.scale.as_deref(), &s.levels);
    }
    v.count("factors", fw.factors.len(), 0, 40);
    for (i, f) in fw.factors.iter().enumerate() {
        let path = at("factors", i);
        v.unique_id(&path, &f.id);
        v.text(&sub(&path, ".name"), &f.name);
        v.mapping(fw, &path, &f.goal_areas, f.rationale.as_ref());
        v.item_scale(fw, (ItemKind::Factor, &path), f.scale.as_deref(), &f.levels);
    }
    if fw.version < SCALES_VERSION && fw.uses_scales() {
        v.errors.push(FrameworkError::ScalesNeedVersion {
            path: "version".to_owned(),
            version: SCALES_VERSION,
        });
    }
    v.count("context", fw.context.len(), 0, 12);
    for (i, block) in fw.context.iter().enumerate() {
        let path = at("context", i);
        v.text(&sub(&path, ".title"), &block.title);
        v.count(&sub(&path, ".items"), block.items.len(), 1, 30);
        for (j, item) in block.items.iter().enumerate() {
            v.text(&at(&sub(&path, ".items"), j), item);
        }
    }
    v.errors
}
