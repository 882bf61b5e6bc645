//! The organisation view: many units' files side by side. Each file stays separate from the
//! user's own data; from each unit the latest assessment with the chosen framework counts.

use crate::assessment::lookup::{keep_latest, latest_positions};
use crate::assessment::{Assessment, Rating, Which};
use crate::files::errors::ImportError;
use crate::framework::{Framework, Scale};
use crate::order::{first_of_same, sort_small};

/// One unit's latest assessment, and the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub file: String,
    pub assessment: Assessment,
}

/// Everything read into the organisation view, and the files that could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rollup {
    pub entries: Vec<Entry>,
    pub refused: Vec<(String, ImportError)>,
    /// Own frameworks the files carried that are not on offer in this browser.
    pub frameworks: Vec<Framework>,
}

impl Rollup {
    /// Adds a file's assessments: the latest per unit. A unit already present from an earlier
    /// file is replaced when this file's assessment is as new or newer.
    pub fn add_file(&mut self, file: &str, assessments: Vec<Assessment>) {
        self.add_files(vec![(file.to_owned(), Ok(assessments))]);
    }

    pub fn refuse(&mut self, file: &str, error: ImportError) {
        self.refused.push((file.to_owned(), error));
    }

    /// Adds files read in one go: each file's assessments, or why it could not be read. The
    /// same as adding them one by one, in one pass over all of them.
    pub fn add_files(&mut self, files: Vec<(String, Result<Vec<Assessment>, ImportError>)>) {
        let mut read = Vec::new();
        for (file, result) in files {
            match result {
                Ok(assessments) => read.extend(assessments.into_iter().map(|assessment| Entry {
                    file: file.clone(),
                    assessment,
                })),
                Err(error) => self.refuse(&file, error),
            }
        }
        self.add_entries(read);
    }

    /// Keeps each unit's latest entry of those there and `more` (same date: the one added last),
    /// units where they first appeared.
    fn add_entries(&mut self, more: Vec<Entry>) {
        let mut all = std::mem::take(&mut self.entries);
        all.extend(more);
        let latest = latest_positions(all.len(), &|i| &all[i].assessment);
        self.entries = keep_latest(all, &latest);
    }

    /// A framework a file carried, by id.
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }

    /// The entries assessed with framework `fw`.
    pub fn with_framework<'a>(&'a self, fw: &'a Framework) -> impl Iterator<Item = &'a Entry> {
        self.entries
            .iter()
            .filter(move |e| e.assessment.framework_id == fw.id)
    }

    /// The framework ids in use, most used first.
    pub fn frameworks(&self) -> Vec<(String, usize)> {
        let fw = |i: usize| &self.entries[i].assessment.framework_id;
        let first = first_of_same(self.entries.len(), &|i, j| fw(i).cmp(fw(j)));
        // A framework's first entry holds its slot in `counts` (read by the entries after it).
        let mut slot = vec![0; first.len()];
        let mut counts: Vec<(String, usize)> = Vec::new();
        for (i, &head) in first.iter().enumerate() {
            if head == i {
                slot[i] = counts.len();
                counts.push((fw(i).clone(), 1));
            } else {
                counts[slot[head]].1 += 1;
            }
        }
        sort_small(&mut counts, |a, b| a.1 > b.1);
        counts
    }
}

/// Each unit's latest assessment, units in the order they first appear. One pass, moving rather
/// than cloning: a later date wins, and on the same date the one made last (as in the unit's
/// history). The view keeps only these of a file, so the rest can go as soon as it is read.
pub fn latest_per_unit(assessments: Vec<Assessment>) -> Vec<Assessment> {
    let latest = latest_positions(assessments.len(), &|i| &assessments[i]);
    keep_latest(assessments, &latest)
}

/// How many units answered each level of the item's scale (lowest first) and "Vet ej" for
/// `item`, and how many left it out (a level off the scale counts as left out).
pub fn distribution(entries: &[&Entry], item: &str, scale: &Scale) -> (Vec<usize>, usize, usize) {
    let (mut levels, mut dont_know, mut missing) = (vec![0usize; usize::from(scale.steps)], 0, 0);
    for e in entries {
        match e.assessment.rating(item, Which::Now) {
            Some(Rating::Level(l)) => match scale.step(l).and_then(|i| levels.get_mut(i)) {
                Some(count) => *count += 1,
                None => missing += 1,
            },
            Some(Rating::DontKnow) => dont_know += 1,
            None => missing += 1,
        }
    }
    (levels, dont_know, missing)
}

/// One unit's small radar: its name and (now, target) per shift of the framework.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRadar<'a> {
    pub unit: &'a str,
    pub values: Vec<(Option<Rating>, Option<Rating>)>,
}

/// A small radar per entry, over the shifts of `fw` in order.
pub fn unit_radars<'a>(
    fw: &'a Framework,
    entries: &'a [&'a Entry],
) -> impl Iterator<Item = UnitRadar<'a>> + 'a {
    entries.iter().map(move |e| {
        let a = &e.assessment;
        UnitRadar {
            unit: &a.unit,
            values: fw
                .shifts
                .iter()
                .map(|s| (a.rating(&s.id, Which::Now), a.rating(&s.id, Which::Target)))
                .collect(),
        }
    })
}

/// The files the entries came from, each once, in the order they first appear.
pub fn files_of<'a>(entries: &[&'a Entry]) -> Vec<&'a str> {
    let first = first_of_same(entries.len(), &|i, j| entries[i].file.cmp(&entries[j].file));
    let mut files: Vec<&str> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if first[i] == i {
            files.push(&e.file);
        }
    }
    files
}

/// The heat-map step 0–4 of a value on the 0–100 scale: 0 furthest from the goal, 4 at it.
/// Levels 1–5 fall on steps 0–4 (a level counts as its share of its scale); a distance to the
/// target is read the other way round.
pub fn heat_step(percent: f64, higher_is_better: bool) -> u8 {
    let p = if higher_is_better {
        percent
    } else {
        100.0 - percent
    };
    // Clamped to 0–4 first, so the cast cannot truncate or lose the sign.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let step = (p / 25.0).round().clamp(0.0, 4.0) as u8;
    step
}
