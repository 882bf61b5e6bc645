//! Files: the export envelope, and reading an imported file with every problem named. An import
//! only ever adds to what is there (see `FileCommand::Import`).

use crate::assessment::{Assessment, Rating};
pub use crate::files::errors::ImportError;
pub use crate::files::merge::{count_duplicates, same_assessment, OnDuplicate};
use crate::files::pretty::pretty_json;
use crate::files::saved::{decode_saved, SavedOut, SCHEMA_VERSION};
use crate::framework::{Framework, Scale};
use crate::json_write::{to_json, write_struct};
use crate::workspace::Workspace;

/// Largest file accepted for import, in bytes.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

struct ExportEnvelope<'a> {
    schema: u32,
    app: &'a str,
    /// When the file was written (ISO 8601, from the browser's clock).
    exported: &'a str,
    workspace: SavedOut<'a>,
}

write_struct!(ExportEnvelope<'_> { schema, app, exported, workspace });

/// The whole workspace as a file: the saved form plus the time of export.
pub fn export(ws: &Workspace, exported: &str) -> String {
    let envelope = ExportEnvelope {
        schema: SCHEMA_VERSION,
        app: env!("CARGO_PKG_VERSION"),
        exported,
        workspace: SavedOut::from(ws),
    };
    // Compact first, then laid out: the compact serializer is the one saving uses already.
    pretty_json(&to_json(&envelope))
}

/// The assessments of an exported (or saved) file, each checked against the frameworks on offer.
pub fn read_import<F: AsRef<Framework>>(
    text: &str,
    frameworks: &[F],
) -> Result<Vec<Assessment>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let saved = decode_saved(text).map_err(ImportError::Unreadable)?;
    let offered: Vec<&Framework> = frameworks.iter().map(AsRef::as_ref).collect();
    check_against(&saved.assessments, &offered)?;
    Ok(saved.assessments)
}

/// Checks that there are assessments, each with a framework of `frameworks` and only items of it.
pub(crate) fn check_against(
    assessments: &[Assessment],
    frameworks: &[&Framework],
) -> Result<(), ImportError> {
    if assessments.is_empty() {
        return Err(ImportError::Empty);
    }
    for (i, a) in assessments.iter().enumerate() {
        check_known(i, a, frameworks)?;
    }
    Ok(())
}

/// The first level in `a` that is not on its item's scale, with the item and the scale.
pub fn level_off_scale<'a>(
    fw: &'a Framework,
    a: &'a Assessment,
) -> Option<(&'a str, u8, &'a Scale)> {
    a.items.iter().find_map(|(id, answer)| {
        let scale = fw.scale_of(id);
        [answer.now, answer.target]
            .into_iter()
            .flatten()
            .filter_map(Rating::level)
            .find(|l| !scale.contains(*l))
            .map(|l| (id.as_str(), l.get(), scale))
    })
}

/// The `i`-th assessment of a file (from 0) names a framework on offer, only its items, and only
/// levels on their items' scales.
pub(crate) fn check_known<F: AsRef<Framework>>(
    i: usize,
    a: &Assessment,
    frameworks: &[F],
) -> Result<(), ImportError> {
    let Some(fw) = frameworks
        .iter()
        .map(AsRef::as_ref)
        .find(|f| f.id == a.framework_id)
    else {
        return Err(ImportError::UnknownFramework {
            assessment: i + 1,
            id: a.framework_id.clone(),
        });
    };
    let known = |id: &str| fw.has_item(id);
    let unknown = a
        .items
        .keys()
        .map(String::as_str)
        .chain(a.actions.iter().map(|p| p.item.as_str()))
        .find(|id| !known(id));
    if let Some(id) = unknown {
        return Err(ImportError::UnknownItem {
            assessment: i + 1,
            id: id.to_owned(),
        });
    }
    if let Some((item, found, scale)) = level_off_scale(fw, a) {
        return Err(ImportError::LevelOffScale {
            assessment: i + 1,
            item: item.to_owned(),
            found,
            min: scale.min(),
            max: scale.max(),
        });
    }
    Ok(())
}
