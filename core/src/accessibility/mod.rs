//! The accessibility matrix (`matrix.json`): every view and every state a user can meet, the
//! languages, screen sizes and themes each is tested in, and the checks run on each. It is the
//! single source of three things: the end-to-end audits (`tests/e2e/a11y-*.test.mjs` read the
//! JSON and run its rows), the native test that every step, projector screen and file error of
//! the core has a row (`core/tests/accessibility_matrix.rs`), and the accessibility statement's
//! "how we tested", written from it so that it can never claim more than the tests run.
//! `core/build.rs` compiles the JSON into the static data below.

use crate::framework::text::Lang;

/// The whole matrix.
#[derive(Debug)]
pub struct Matrix {
    /// The day of the assessment the statement reports (`YYYY-MM-DD`).
    pub assessed: &'static str,
    /// The day the statement was last updated.
    pub updated: &'static str,
    /// axe-core's rule tags.
    pub tags: &'static [&'static str],
    pub languages: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub screens: Screens,
    /// What is checked, and by which test file (`*`: on every row).
    pub checks: &'static [Check],
    pub views: &'static [ViewRow],
}

/// Screen sizes in CSS pixels, width and height.
#[derive(Clone, Copy, Debug)]
pub struct Screens {
    pub wide: [u32; 2],
    pub narrow: [u32; 2],
    pub phone: [u32; 2],
}

/// A name in Swedish and English.
#[derive(Clone, Copy, Debug)]
pub struct Name {
    pub sv: &'static str,
    pub en: &'static str,
}

impl Name {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

#[derive(Debug)]
pub struct Check {
    pub id: &'static str,
    pub file: &'static str,
    pub name: Name,
}

/// A view and the states it is audited in.
#[derive(Debug)]
pub struct ViewRow {
    pub id: &'static str,
    /// The core variants this row stands for (`Step::Trend`, `Slide::Overview` …).
    pub covers: &'static [&'static str],
    /// The end-to-end file (without `.test.mjs`) that runs the row.
    pub file: &'static str,
    /// `wide`, `narrow`, `phone`.
    pub screens: &'static [&'static str],
    pub name: Name,
    pub states: &'static [StateRow],
}

#[derive(Debug)]
pub struct StateRow {
    pub id: &'static str,
    pub covers: &'static [&'static str],
    pub name: Name,
}

include!(concat!(env!("OUT_DIR"), "/matrix.rs"));

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

/// The matrix compiled into the app.
pub fn matrix() -> &'static Matrix {
    &MATRIX
}
