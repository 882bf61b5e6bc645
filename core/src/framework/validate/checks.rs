//! The general checks every part of a framework goes through: ids, texts, counts and goal-area
//! mappings. Problems are collected in order; none stops the others.

use super::{FrameworkError, MAX_ID_CHARS, MAX_TEXT_CHARS};
use crate::framework::text::Localized;
use crate::framework::Framework;
use crate::order::first_of_same;

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
    /// For each well-formed goal-area and item id, in the order they are checked, the position
    /// of the first of them with the same id ([`ids_first_seen`]).
    first: Vec<usize>,
    /// The paths of the well-formed ids checked so far (empty for a repeated one).
    paths: Vec<String>,
}

/// Whether `id` is made of `a–z`, `0–9` and `-`, starts with a letter or digit and is at most
/// [`MAX_ID_CHARS`] long.
fn well_formed(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// For each well-formed id of `fw`'s goal areas, shifts and factors, in that order (the order
/// [`Validator::unique_id`] sees them), the position of the first with the same id: one sort,
/// where a map would cost its own code.
fn ids_first_seen(fw: &Framework) -> Vec<usize> {
    let mut ids: Vec<&str> = fw.goal_areas.iter().map(|g| g.id.as_str()).collect();
    ids.extend(fw.items().map(|(_, id, _)| id));
    ids.retain(|id| well_formed(id));
    first_of_same(ids.len(), &|i, j| ids[i].cmp(ids[j]))
}

impl Validator {
    pub(super) fn new(fw: &Framework) -> Self {
        Validator {
            first: ids_first_seen(fw),
            ..Validator::default()
        }
    }

    pub(super) fn id(&mut self, path: &str, id: &str) -> bool {
        let well_formed = well_formed(id);
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
        let k = self.paths.len();
        let first = self.first.get(k).copied().unwrap_or(k);
        if first == k {
            self.paths.push(id_path);
        } else {
            self.paths.push(String::new());
            let first = self.paths.get(first).cloned().unwrap_or_default();
            self.errors.push(FrameworkError::DuplicateId {
                path: id_path,
                id: id.to_owned(),
                first,
            });
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
