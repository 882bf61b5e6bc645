//! The scale rules: a framework's own scales, and each item's scale and step texts.

use super::checks::{at, sub, Validator};
use super::FrameworkError;
use crate::framework::scale::{Scale, MAX_STEPS, MIN_STEPS};
use crate::framework::text::Localized;
use crate::framework::{Framework, ItemKind};

impl Validator {
    /// The framework's own scales: ids unique among scales and not a built-in one, 2–11 steps
    /// starting at 0 or 1, a label per step.
    pub(super) fn scales(&mut self, fw: &Framework) {
        self.count("scales", fw.scales.len(), 0, 12);
        for (i, scale) in fw.scales.iter().enumerate() {
            let path = at("scales", i);
            let id_path = sub(&path, ".id");
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
                        first: sub(&at("scales", first), ".id"),
                    });
                }
            }
            if let Some(name) = &scale.name {
                self.optional_text(&sub(&path, ".name"), name);
            }
            let steps_ok = (MIN_STEPS..=MAX_STEPS).contains(&scale.steps);
            if !steps_ok {
                self.errors.push(FrameworkError::ScaleSteps {
                    path: sub(&path, ".steps"),
                    found: scale.steps,
                });
            }
            if scale.start > 1 {
                self.errors.push(FrameworkError::ScaleStart {
                    path: sub(&path, ".start"),
                    found: scale.start,
                });
            } else if steps_ok && scale.max() > 10 {
                self.errors.push(FrameworkError::ScaleAboveTen {
                    path: sub(&path, ".steps"),
                    max: scale.max(),
                });
            }
            self.step_texts(&sub(&path, ".labels"), &scale.labels, scale.steps, steps_ok);
        }
    }

    /// An item's scale exists, and its own step texts, if any, are one per step.
    pub(super) fn item_scale(
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
                        path: sub(path, ".scale"),
                        id: id.to_owned(),
                    });
                }
                found
            }
            None => Some(Scale::default_for(kind)),
        };
        if let (Some(s), false) = (found, levels.is_empty()) {
            let steps_ok = (MIN_STEPS..=MAX_STEPS).contains(&s.steps);
            self.step_texts(&sub(path, ".levels"), levels, s.steps, steps_ok);
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
            self.text(&at(path, j), text);
        }
    }
}
