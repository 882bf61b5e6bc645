//! The accessibility matrix (`matrix.json`): every view and every state a user can meet, the
//! languages, screen sizes and themes each is tested in, and the checks run on each. It is the
//! single source of three things: the end-to-end audits (`tests/e2e/a11y-*.test.mjs` run its
//! rows), the native test that every step, projector screen and file error of the core has a row
//! (`core/tests/accessibility_matrix.rs`), and the accessibility statement's "how we tested",
//! which is written from it and so can never claim more than the tests run.

use serde::Deserialize;

use crate::framework::text::Localized;
use crate::Date;

const MATRIX: &str = include_str!("matrix.json");

/// The whole matrix.
#[derive(Clone, Debug, Deserialize)]
pub struct Matrix {
    /// The day the matrix was last run as the statement's assessment (`YYYY-MM-DD`).
    pub assessed: Date,
    /// The day the statement was last updated.
    pub updated: Date,
    /// axe-core's rule tags.
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub themes: Vec<String>,
    pub screens: Screens,
    /// What is checked, and in which test file (`*`: in every row).
    pub checks: Vec<Check>,
    pub views: Vec<ViewRow>,
}

/// Screen sizes in CSS pixels, width and height.
#[derive(Clone, Copy, Debug, Deserialize)]
pub struct Screens {
    pub wide: [u32; 2],
    pub narrow: [u32; 2],
    pub phone: [u32; 2],
}

#[derive(Clone, Debug, Deserialize)]
pub struct Check {
    pub id: String,
    pub file: String,
    pub name: Localized,
}

/// A view and the states it is audited in.
#[derive(Clone, Debug, Deserialize)]
pub struct ViewRow {
    pub id: String,
    /// The core variants this row stands for (`Step::Trend`, `Slide::Overview` …).
    #[serde(default)]
    pub covers: Vec<String>,
    /// The end-to-end file (without `.test.mjs`) that runs the row.
    pub file: String,
    /// `wide`, `narrow`, `phone`.
    pub screens: Vec<String>,
    pub name: Localized,
    pub states: Vec<StateRow>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct StateRow {
    pub id: String,
    #[serde(default)]
    pub covers: Vec<String>,
    pub name: Localized,
}

impl Matrix {
    /// How many audits a full run makes: every state × language × screen × theme.
    pub fn runs(&self) -> usize {
        self.views
            .iter()
            .map(|v| v.states.len() * v.screens.len())
            .sum::<usize>()
            * self.languages.len()
            * self.themes.len()
    }

    /// Every state of every view.
    pub fn states(&self) -> usize {
        self.views.iter().map(|v| v.states.len()).sum()
    }

    /// The size in CSS pixels of a screen named in a row.
    pub fn screen(&self, name: &str) -> Option<[u32; 2]> {
        match name {
            "wide" => Some(self.screens.wide),
            "narrow" => Some(self.screens.narrow),
            "phone" => Some(self.screens.phone),
            _ => None,
        }
    }
}

/// The matrix compiled into the app. `None` only if `matrix.json` is broken, which the core's
/// tests rule out.
pub fn matrix() -> Option<Matrix> {
    serde_json::from_str(MATRIX).ok()
}
