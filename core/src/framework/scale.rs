//! Rating scales: how many steps an item is rated on, where the numbering starts and what each
//! step is called (README "Framework format", "Scoring").
//!
//! A framework may define its own scales (`"scales"`) and name one per item (`"scale"`), and an
//! item may word each step in its own way (`"levels"`). Without those fields every shift is rated
//! on [`SHIFT_SCALE`] and every factor on [`FACTOR_SCALE`], the two five-step scales (1–5) the app
//! has always used, so frameworks, saved data and files from before scales mean what they meant.

use std::sync::LazyLock;

use crate::assessment::Level;
use crate::framework::text::Localized;
use crate::framework::ItemKind;
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// Id of the built-in five-step scale of the shifts (FRÅN → TILL).
pub const SHIFT_SCALE: &str = "fran-till";
/// Id of the built-in five-step maturity scale of the factors.
pub const FACTOR_SCALE: &str = "mognad";
/// Fewest and most steps a scale may have.
pub const MIN_STEPS: u8 = 2;
pub const MAX_STEPS: u8 = 11;

/// One rating scale. Step `i` (0-based) has the number `start + i` and the label `labels[i]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub id: String,
    /// A name for the scale (shown in an editor); optional.
    pub name: Option<Localized>,
    /// How many steps, 2–11.
    pub steps: u8,
    /// The number of the first step: 0 or 1 (1 when left out).
    pub start: u8,
    /// One label per step, lowest first.
    pub labels: Vec<Localized>,
}

write_struct!(Scale { id, name if Option::is_none, steps, start, labels });

read_struct!(Scale { id, name = default, steps, start = one, labels });

/// [`Scale::levels`], counted: a range up to and including its end, filtered, costs more code
/// in every loop over it. A step above the highest level ends it (every later one is higher).
struct Levels {
    next: u8,
    last: u8,
}

impl Iterator for Levels {
    type Item = Level;

    fn next(&mut self) -> Option<Level> {
        if self.next > self.last {
            return None;
        }
        let level = Level::new(self.next)?;
        self.next += 1;
        Some(level)
    }
}

fn one() -> u8 {
    1
}

fn builtin(id: &str, labels: [(&str, &str); 5]) -> Scale {
    Scale {
        id: id.to_owned(),
        name: None,
        steps: 5,
        start: 1,
        labels: labels
            .iter()
            .map(|(sv, en)| Localized::new(sv, en))
            .collect(),
    }
}

static SHIFT: LazyLock<Scale> = LazyLock::new(|| {
    builtin(
        SHIFT_SCALE,
        [
            ("Vi arbetar som i FRÅN", "We work as in FROM"),
            ("Enstaka steg mot TILL", "Occasional steps toward TO"),
            ("Både FRÅN och TILL förekommer", "FROM and TO both occur"),
            ("TILL är det vanliga", "TO is the usual way"),
            (
                "TILL är vardag, överallt",
                "TO is everyday practice, everywhere",
            ),
        ],
    )
});

static FACTOR: LazyLock<Scale> = LazyLock::new(|| {
    builtin(
        FACTOR_SCALE,
        [
            ("Inte påbörjat", "Not started"),
            ("Påbörjat", "Started"),
            ("Delvis på plats", "Partly in place"),
            ("Etablerat", "Established"),
            ("Hållbart och integrerat", "Sustained and integrated"),
        ],
    )
});

impl Scale {
    /// The built-in scale with this id, if there is one.
    pub fn builtin(id: &str) -> Option<&'static Scale> {
        match id {
            SHIFT_SCALE => Some(&SHIFT),
            FACTOR_SCALE => Some(&FACTOR),
            _ => None,
        }
    }

    /// The scale an item of `kind` is rated on when it names none.
    pub fn default_for(kind: ItemKind) -> &'static Scale {
        match kind {
            ItemKind::Shift => &SHIFT,
            ItemKind::Factor => &FACTOR,
        }
    }

    /// The lowest step's number.
    pub fn min(&self) -> u8 {
        self.start
    }

    /// The highest step's number.
    pub fn max(&self) -> u8 {
        self.start + self.steps.max(1) - 1
    }

    /// Every level of the scale, lowest first.
    pub fn levels(&self) -> impl Iterator<Item = Level> + use<> {
        Levels {
            next: self.min(),
            last: self.max(),
        }
    }

    pub fn contains(&self, level: Level) -> bool {
        (self.min()..=self.max()).contains(&level.get())
    }

    /// The level's place on the scale, 0 for the lowest step; `None` off the scale.
    pub fn step(&self, level: Level) -> Option<usize> {
        self.contains(level)
            .then(|| usize::from(level.get() - self.min()))
    }

    /// How far along the scale, 0.0 at the lowest step to 1.0 at the highest:
    /// `(level − min) / (max − min)`, held within 0–1 for a level off the scale.
    pub fn progress(&self, level: Level) -> f64 {
        let span = f64::from(self.max().saturating_sub(self.min()).max(1));
        (f64::from(level.get()) - f64::from(self.min())).clamp(0.0, span) / span
    }

    /// The label of a level; `None` off the scale.
    pub fn label(&self, level: Level) -> Option<&Localized> {
        self.step(level).and_then(|i| self.labels.get(i))
    }
}
