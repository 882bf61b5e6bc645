//! Parsing and validation of framework files. Every problem is collected, not just the first,
//! so an intranet admin fixing a custom framework sees the whole list at once.

use std::collections::HashMap;

use serde::Deserialize;

use crate::framework::scale::{Scale, MAX_STEPS, MIN_STEPS};
use crate::framework::text::Localized;
use crate::framework::{Framework, ItemKind, FRAMEWORK_FORMAT, FRAMEWORK_VERSION};

/// The first framework format version with scales.
pub const SCALES_VERSION: u32 = 2;

/// Largest framework file accepted, in bytes.
pub const MAX_FRAMEWORK_BYTES: usize = 256 * 1024;
/// Longest text accepted in a framework, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest id accepted.
pub const MAX_ID_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameworkError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    /// Not JSON at all (at line/column).
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not shaped like a framework (a missing field, a wrong type).
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    WrongFormat {
        found: String,
    },
    NewerVersion {
        found: u32,
        supported: u32,
    },
    Empty {
        path: String,
    },
    TooLong {
        path: String,
        max: usize,
    },
    BadId {
        path: String,
        id: String,
    },
    DuplicateId {
        path: String,
        id: String,
        first: String,
    },
    UnknownGoalArea {
        path: String,
        id: String,
    },
    Count {
        path: String,
        found: usize,
        min: usize,
        max: usize,
    },
    HorizonOutOfRange {
        year: u16,
    },
    /// A scale with fewer than 2 or more than 11 steps.
    ScaleSteps {
        path: String,
        found: u8,
    },
    /// A scale that starts at neither 0 nor 1.
    ScaleStart {
        path: String,
        found: u8,
    },
    /// A list of step texts (a scale's labels, an item's levels) that does not have one text per
    /// step.
    StepCount {
        path: String,
        found: usize,
        steps: u8,
    },
    /// An item names a scale that is neither the framework's own nor built in.
    UnknownScale {
        path: String,
        id: String,
    },
    /// A scale of the framework's own with the id of a built-in one.
    ReservedScale {
        path: String,
        id: String,
    },
    /// Scales used in a file of format version 1, which an older app would misread.
    ScalesNeedVersion {
        path: String,
        version: u32,
    },
}

/// Only what is needed to refuse a file before its shape is checked.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

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
    let mut v = Validator::default();
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
        v.text(&format!("questions[{i}]"), q);
    }
    v.count("goal_areas", fw.goal_areas.len(), 0, 12);
    for (i, g) in fw.goal_areas.iter().enumerate() {
        let path = format!("goal_areas[{i}]");
        v.unique_id(&path, &g.id);
        v.text(&format!("{path}.name"), &g.name);
        if let Some(summary) = &g.summary {
            v.text(&format!("{path}.summary"), summary);
        }
        for (j, p) in g.description.iter().enumerate() {
            v.text(&format!("{path}.description[{j}]"), p);
        }
    }
    v.scales(fw);
    v.count("shifts", fw.shifts.len(), 1, 12);
    for (i, s) in fw.shifts.iter().enumerate() {
        let path = format!("shifts[{i}]");
        v.unique_id(&path, &s.id);
        v.text(&format!("{path}.from"), &s.from);
        v.text(&format!("{path}.to"), &s.to);
        v.mapping(fw, &path, &s.goal_areas, s.rationale.as_ref());
        v.item_scale(fw, (ItemKind::Shift, &path), s.scale.as_deref(), &s.levels);
    }
    v.count("factors", fw.factors.len(), 0, 40);
    for (i, f) in fw.factors.iter().enumerate() {
        let path = format!("factors[{i}]");
        v.unique_id(&path, &f.id);
        v.text(&format!("{path}.name"), &f.name);
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
        let path = format!("context[{i}]");
        v.text(&format!("{path}.title"), &block.title);
        v.count(&format!("{path}.items"), block.items.len(), 1, 30);
        for (j, item) in block.items.iter().enumerate() {
            v.text(&format!("{path}.items[{j}]"), item);
        }
    }
    v.errors
}

#[derive(Default)]
struct Validator {
    errors: Vec<FrameworkError>,
    /// Item and goal-area ids seen so far, with the path where each was first seen.
    seen: HashMap<String, String>,
}

impl Validator {
    fn id(&mut self, path: &str, id: &str) -> bool {
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
    fn unique_id(&mut self, path: &str, id: &str) {
        let id_path = format!("{path}.id");
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

    fn text(&mut self, path: &str, text: &Localized) {
        if text.sv.trim().is_empty() {
            self.errors.push(FrameworkError::Empty {
                path: format!("{path}.sv"),
            });
        }
        self.optional_text(path, text);
    }

    /// Length limits only: the text may be empty.
    fn optional_text(&mut self, path: &str, text: &Localized) {
        let langs = [("sv", Some(&text.sv)), ("en", text.en.as_ref())];
        for (lang, value) in langs {
            if value.is_some_and(|s| s.chars().count() > MAX_TEXT_CHARS) {
                self.errors.push(FrameworkError::TooLong {
                    path: format!("{path}.{lang}"),
                    max: MAX_TEXT_CHARS,
                });
            }
        }
    }

    fn count(&mut self, path: &str, found: usize, min: usize, max: usize) {
        if found < min || found > max {
            self.errors.push(FrameworkError::Count {
                path: path.to_owned(),
                found,
                min,
                max,
            });
        }
    }

    /// The framework's own scales: ids unique among scales and not a built-in one, 2–11 steps
    /// starting at 0 or 1, a label per step.
    fn scales(&mut self, fw: &Framework) {
        self.count("scales", fw.scales.len(), 0, 12);
        for (i, scale) in fw.scales.iter().enumerate() {
            let path = format!("scales[{i}]");
            let id_path = format!("{path}.id");
            if self.id(&id_path, &scale.id) {
                if Scale::builtin(&scale.id).is_some() {
                    self.errors.push(FrameworkError::ReservedScale {
                        path: id_path,
                        id: scale.id.clone(),
                    });
                } else if let Some(first) = fw.scales[..i].iter().position(|s| s.id == scale.id) {
                    // A few scales at most: no map needed.
                    self.errors.push(FrameworkError::DuplicateId {
                        path: id_path,
                        id: scale.id.clone(),
                        first: format!("scales[{first}].id"),
                    });
                }
            }
            if let Some(name) = &scale.name {
                self.optional_text(&format!("{path}.name"), name);
            }
            let steps_ok = (MIN_STEPS..=MAX_STEPS).contains(&scale.steps);
            if !steps_ok {
                self.errors.push(FrameworkError::ScaleSteps {
                    path: format!("{path}.steps"),
                    found: scale.steps,
                });
            }
            if scale.start > 1 {
                self.errors.push(FrameworkError::ScaleStart {
                    path: format!("{path}.start"),
                    found: scale.start,
                });
            }
            self.step_texts(
                &format!("{path}.labels"),
                &scale.labels,
                scale.steps,
                steps_ok,
            );
        }
    }

    /// An item's scale exists, and its own step texts, if any, are one per step.
    fn item_scale(
        &mut self,
        fw: &Framework,
        (kind, path): (ItemKind, &str),
        scale: Option<&str>,
        levels: &[Localized],
    ) {
        let found = match scale {
            Some(id) => {
                let found = fw.scale_by_id(id);
                if found.is_none() {
                    self.errors.push(FrameworkError::UnknownScale {
                        path: format!("{path}.scale"),
                        id: id.to_owned(),
                    });
                }
                found
            }
            None => Some(Scale::default_for(kind)),
        };
        if let (Some(s), false) = (found, levels.is_empty()) {
            let steps_ok = (MIN_STEPS..=MAX_STEPS).contains(&s.steps);
            self.step_texts(&format!("{path}.levels"), levels, s.steps, steps_ok);
        }
    }

    /// One required text per step; the count is checked only when the step count itself is valid.
    fn step_texts(&mut self, path: &str, texts: &[Localized], steps: u8, check_count: bool) {
        if check_count && texts.len() != usize::from(steps) {
            self.errors.push(FrameworkError::StepCount {
                path: path.to_owned(),
                found: texts.len(),
                steps,
            });
        }
        for (j, text) in texts.iter().enumerate() {
            self.text(&format!("{path}[{j}]"), text);
        }
    }

    fn mapping(
        &mut self,
        fw: &Framework,
        path: &str,
        areas: &[String],
        rationale: Option<&Localized>,
    ) {
        for (j, area) in areas.iter().enumerate() {
            if fw.goal_area(area).is_none() {
                self.errors.push(FrameworkError::UnknownGoalArea {
                    path: format!("{path}.goal_areas[{j}]"),
                    id: area.clone(),
                });
            }
        }
        if let Some(r) = rationale {
            self.optional_text(&format!("{path}.rationale"), r);
        }
    }
}
