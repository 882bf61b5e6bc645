//! Frameworks that travel with the data: an exported file or a share link carries the user's
//! own frameworks, and reading one back brings them along. A framework whose id is already on
//! offer with other content is a conflict the user decides (keep both under a new id, or
//! replace the own one); frameworks are never mixed silently.

use crate::assessment::Assessment;
use crate::files::errors::ImportError;
use crate::files::saved::decode_saved;
use crate::files::transfer::{check_against, MAX_IMPORT_BYTES};
use crate::framework::text::Localized;
use crate::framework::validate::{parse_framework, validate};
use crate::framework::{Framework, FRAMEWORK_FORMAT};
use crate::json_read::read_struct;

/// What a file or link brings: assessments (none for a framework file) and the frameworks they
/// were made with that are not yet on offer here as they are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    pub assessments: Vec<Assessment>,
    /// To be added to the own frameworks (those already here unchanged are left out).
    pub frameworks: Vec<Framework>,
    /// Frameworks whose id is on offer here with other content.
    pub conflicts: Vec<Conflict>,
}

/// A framework of the file whose id is already on offer here with other content.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub id: String,
    /// The name of the one here and of the one in the file.
    pub here: Localized,
    pub there: Localized,
    /// The one here is the user's own, so it may be replaced: own frameworks have ids the
    /// editor made (`eget-…`); a built-in or the site's framework never is replaced.
    pub replaceable: bool,
}

/// The user's answer to conflicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameworkChoice {
    /// The file's framework is added under a new id; its assessments follow it.
    KeepBoth,
    /// The file's framework takes the place of the own one with its id.
    Replace,
}

/// How the id of every framework made in the editor begins.
pub const OWN_PREFIX: &str = "eget-";

struct FormatHeader {
    format: Option<String>,
}

read_struct!(FormatHeader { format = default });

/// Whether `text` is a framework file (rather than saved assessments).
pub fn is_framework_file(text: &str) -> bool {
    serde_json::from_str::<FormatHeader>(text)
        .ok()
        .and_then(|h| h.format)
        .is_some_and(|f| f == FRAMEWORK_FORMAT)
}

/// A framework file as what it brings: the framework, unless it is on offer already as it is.
pub fn read_framework_file<F: AsRef<Framework>>(
    text: &str,
    offered: &[F],
) -> Result<Incoming, Vec<crate::framework::validate::FrameworkError>> {
    let fw = parse_framework(text)?;
    Ok(sort_out(Vec::new(), vec![fw], offered))
}

/// Saved or exported data with the own frameworks it carries, each checked, and every
/// assessment checked against its framework (the file's own where it carries one).
pub fn read_with_frameworks<F: AsRef<Framework>>(
    text: &str,
    offered: &[F],
) -> Result<Incoming, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let saved = decode_saved(text).map_err(ImportError::Unreadable)?;
    if let Some(bad) = saved.frameworks.iter().find(|f| !validate(f).is_empty()) {
        return Err(ImportError::BadFramework { id: bad.id.clone() });
    }
    check_against(
        &saved.assessments,
        &with_carried(&saved.frameworks, offered),
    )?;
    Ok(sort_out(saved.assessments, saved.frameworks, offered))
}

/// The frameworks a file's assessments are checked against: those it carries first, then those
/// on offer here under other ids.
pub(crate) fn with_carried<'a, F: AsRef<Framework>>(
    carried: &'a [Framework],
    offered: &'a [F],
) -> Vec<&'a Framework> {
    let mut all: Vec<&Framework> = carried.iter().collect();
    all.extend(
        offered
            .iter()
            .map(AsRef::as_ref)
            .filter(|f| carried.iter().all(|c| c.id != f.id)),
    );
    all
}

/// Leaves out frameworks on offer as they are, and names those on offer with other content.
pub(crate) fn sort_out<F: AsRef<Framework>>(
    assessments: Vec<Assessment>,
    frameworks: Vec<Framework>,
    offered: &[F],
) -> Incoming {
    let mut incoming = Incoming {
        assessments,
        ..Incoming::default()
    };
    for fw in frameworks {
        incoming.add_carried(fw, offered);
    }
    incoming
}

impl Incoming {
    /// Adds `fw`, carried by the file or link: left out when it is on offer as it is, a
    /// conflict when its id is on offer with other content.
    pub fn add_carried<F: AsRef<Framework>>(&mut self, fw: Framework, offered: &[F]) {
        match offered.iter().map(AsRef::as_ref).find(|f| f.id == fw.id) {
            Some(same) if *same == fw => return,
            Some(other) => self.conflicts.push(Conflict {
                id: fw.id.clone(),
                here: other.name.clone(),
                there: fw.name.clone(),
                replaceable: fw.id.starts_with(OWN_PREFIX),
            }),
            None => {}
        }
        self.frameworks.push(fw);
    }

    /// Applies the user's choice to every conflict: keep both moves the file's framework (and
    /// its assessments) to a new id, `id-2`, `id-3`, … the first not on offer; a framework that
    /// cannot be replaced is always kept beside.
    pub fn resolve<F: AsRef<Framework>>(&mut self, choice: FrameworkChoice, offered: &[F]) {
        let conflicts = std::mem::take(&mut self.conflicts);
        for c in conflicts {
            if choice == FrameworkChoice::Replace && c.replaceable {
                continue;
            }
            let taken = |id: &str| {
                offered.iter().any(|f| f.as_ref().id == id)
                    || self.frameworks.iter().any(|f| f.id == id)
            };
            let Some(new_id) = (2..1000)
                .map(|n| format!("{}-{n}", c.id.get(..36).unwrap_or(&c.id)))
                .find(|id| !taken(id))
            else {
                continue;
            };
            for fw in self.frameworks.iter_mut().filter(|f| f.id == c.id) {
                fw.id.clone_from(&new_id);
            }
            for a in self
                .assessments
                .iter_mut()
                .filter(|a| a.framework_id == c.id)
            {
                a.framework_id.clone_from(&new_id);
            }
        }
    }
}

/// A shared assessment read in: with its own framework, which is kept beside one here with
/// other content under a new id (a link asks nothing; nothing here is replaced).
pub fn shared_import<F: AsRef<Framework>>(
    assessment: Assessment,
    carried: Option<Framework>,
    offered: &[F],
) -> Incoming {
    let mut incoming = Incoming {
        assessments: vec![assessment],
        ..Incoming::default()
    };
    if let Some(fw) = carried {
        incoming.add_carried(fw, offered);
        incoming.resolve(FrameworkChoice::KeepBoth, offered);
    }
    incoming
}

/// A file for the organisation view, checked against `known` (the frameworks on offer and
/// those earlier files carried): its assessments, and the frameworks it carries that are new.
/// A framework with a known id and other content refuses the file: two versions are never mixed.
pub fn read_for_rollup<F: AsRef<Framework>>(
    text: &str,
    known: &[F],
) -> Result<(Vec<Assessment>, Vec<Framework>), ImportError> {
    let incoming = read_with_frameworks(text, known)?;
    match incoming.conflicts.first() {
        Some(c) => Err(ImportError::OtherVersion { id: c.id.clone() }),
        None => Ok((incoming.assessments, incoming.frameworks)),
    }
}
