//! The general checks every part of a framework goes through: ids, texts, counts and goal-area
//! mappings. Problems are collected in order; none stops the others.

use std::collections::BTreeMap;

use super::{FrameworkError, MAX_ID_CHARS, MAX_TEXT_CHARS};
use crate::framework::text::Localized;
use crate::framework::Framework;

/// `path` and `then` (`shifts[0]` and `.name`): one function for every path, where a
/// `format!` at each place costs its own code.
#[inline(never)]
pub(super) fn sub(path: &str, then: &str) -> String {
    [path, then].concat()
}

/// `list[i]`.
#[inline(never)]
pub(super) fn at(list: &str, i: usize) -> String {
    format!("{list}[{i}]")
}

#[derive(Default)]
pub(super) struct Validator {
    pub(super) errors: Vec<FrameworkError>,
    /// Item and goal-area ids seen so far, with the path where each was first seen.
    seen: BTreeMap<String, String>,
}

impl Validator {
    pub(super) fn id(&mut self, path: &str, id: &str) -> bool {
        let well_formed = !id.is_empty()
            && id.chars().count() <= MAX_ID_CHARS
            && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.errors.push(FrameworkError::BadId {
                path: path.to_owned(),
                id: id.to_owned(),
            });
        }
        well_formed
    }

    /// Ids are unique across goal areas, shifts and factors: assessments refer to items by id alone.
    pub(super) fn unique_id(&mut self, path: &str, id: &str) {
        let id_path = sub(path, ".id");
        if !self.id(&id_path, id) {
            return;
        }
        match self.seen.get(id) {
            Some(first) => self.errors.push(FrameworkError::DuplicateId {
                path: id_path,
                id: id.to_owned(),
                first: first.clone(),
            }),
            None => {
                self.seen.insert(id.to_owned(), id_path);
            }
        }
    }

    pub(super) fn text(&mut self, path: &str, text: &Localized) {
        if text.sv.trim().is_empty() {
            self.errors.push(FrameworkError::Empty {
                path: sub(path, ".sv"),
            });
        }
        self.optional_text(path, text);
    }

    /// Length limits only: the text may be empty.
    pub(super) fn optional_text(&mut self, path: &str, text: &Localized) {
        let langs = [(".sv", Some(&text.sv)), (".en", text.en.as_ref())];
        for (lang, value) in langs {
            if value.is_some_and(|s| s.chars().count() > MAX_TEXT_CHARS) {
                self.errors.push(FrameworkError::TooLong {
                    path: sub(path, lang),
                    max: MAX_TEXT_CHARS,
                });
            }
        }
    }

    pub(super) fn count(&mut self, path: &str, found: usize, min: usize, max: usize) {
        if found < min || found > max {
            self.errors.push(FrameworkError::Count {
                path: path.to_owned(),
                found,
                min,
                max,
            });
        }
    }

    pub(super) fn mapping(
        &mut self,
        fw: &Framework,
        path: &str,
        areas: &[String],
        rationale: Option<&Localized>,
    ) {
        for (j, area) in areas.iter().enumerate() {
            if fw.goal_area(area).is_none() {
                self.errors.push(FrameworkError::UnknownGoalArea {
                    path: at(&sub(path, ".goal_areas"), j),
                    id: area.clone(),
                });
            }
        }
        if let Some(r) = rationale {
            self.optional_text(&sub(path, ".rationale"), r);
        }
    }
}
