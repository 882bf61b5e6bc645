//! Group rounds as the Kalmar deck runs them: in each round every group discusses one shift
//! (by default two rounds of 20 minutes, groups 1–4 on one shift and 5–8 on another).

use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// The most groups, rounds and minutes a plan may have.
pub const MAX_GROUPS: u8 = 12;
pub const MAX_ROUNDS: usize = 4;
pub const MAX_MINUTES: u32 = 90;

/// Which group discusses which shift in which round, and how long a round lasts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundsPlan {
    pub minutes: u32,
    /// Per round, per group (group 1 first), the id of the shift it discusses.
    pub rounds: Vec<Vec<String>>,
}

write_struct!(RoundsPlan { minutes, rounds });

read_struct!(RoundsPlan { minutes, rounds });

/// Groups that discuss the same shift in a round: `first..=last` when they follow each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    pub shift: String,
    /// The groups' numbers (1-based), in order.
    pub groups: Vec<u8>,
}

impl RoundsPlan {
    /// The deck's plan over `shifts`: `rounds` rounds of 20 minutes, the first half of the
    /// groups on one shift and the second half on the next; later rounds take the next shifts.
    pub fn new(shifts: &[String], groups: u8, rounds: usize) -> Option<Self> {
        let first = shifts.first()?;
        let groups = groups.clamp(1, MAX_GROUPS);
        let half = groups.div_ceil(2);
        let plan = (0..rounds.clamp(1, MAX_ROUNDS))
            .map(|r| {
                (0..groups)
                    .map(|g| {
                        let at = 2 * r + usize::from(g >= half);
                        shifts.get(at % shifts.len()).unwrap_or(first).clone()
                    })
                    .collect()
            })
            .collect();
        Some(RoundsPlan {
            minutes: 20,
            rounds: plan,
        })
    }

    /// The default: two rounds, eight groups.
    pub fn kalmar(shifts: &[String]) -> Option<Self> {
        Self::new(shifts, 8, 2)
    }

    pub fn groups(&self) -> u8 {
        self.rounds
            .first()
            .map_or(0, |r| u8::try_from(r.len()).unwrap_or(MAX_GROUPS))
    }

    /// The same plan with another number of rounds: the rounds chosen stay, new ones get the
    /// default. Another number of groups starts the groups over in two halves.
    #[must_use]
    pub fn resized(&self, shifts: &[String], groups: u8, rounds: usize) -> Option<Self> {
        let mut plan = Self::new(shifts, groups, rounds)?;
        let same_groups = plan.groups() == self.groups();
        for (r, round) in plan.rounds.iter_mut().enumerate() {
            for (g, shift) in round.iter_mut().enumerate() {
                let kept = self.rounds.get(r).and_then(|old| old.get(g));
                if let Some(kept) = kept.filter(|_| same_groups) {
                    shift.clone_from(kept);
                }
            }
        }
        plan.minutes = self.minutes;
        Some(plan)
    }

    /// The shift group `group` (1-based) discusses in round `round` (0-based).
    pub fn shift(&self, round: usize, group: u8) -> Option<&str> {
        let g = usize::from(group).checked_sub(1)?;
        self.rounds.get(round)?.get(g).map(String::as_str)
    }

    /// Whether every place holds one of `shifts` and the sizes are within bounds.
    pub fn fits(&self, shifts: &[String]) -> bool {
        let groups = self.groups();
        (1..=MAX_GROUPS).contains(&groups)
            && (1..=MAX_ROUNDS).contains(&self.rounds.len())
            && (1..=MAX_MINUTES).contains(&self.minutes)
            && self
                .rounds
                .iter()
                .all(|r| r.len() == usize::from(groups) && r.iter().all(|s| shifts.contains(s)))
    }

    /// A round's groups gathered by shift, in the order the shifts first appear.
    pub fn bands(&self, round: usize) -> Vec<Band> {
        let mut bands: Vec<Band> = Vec::new();
        let Some(shifts) = self.rounds.get(round) else {
            return bands;
        };
        for (g, shift) in shifts.iter().enumerate() {
            let group = u8::try_from(g + 1).unwrap_or(MAX_GROUPS);
            match bands.iter_mut().find(|b| &b.shift == shift) {
                Some(band) => band.groups.push(group),
                None => bands.push(Band {
                    shift: shift.clone(),
                    groups: vec![group],
                }),
            }
        }
        bands
    }

    /// Every shift some group discusses, in the order they first appear.
    pub fn shifts(&self) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for round in &self.rounds {
            for shift in round {
                if !seen.contains(shift) {
                    seen.push(shift.clone());
                }
            }
        }
        seen
    }
}

/// Group numbers written short: `[1, 2, 3, 4, 7]` is "1–4, 7".
pub fn group_ranges(groups: &[u8]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let mut j = i;
        while j + 1 < groups.len() && groups[j + 1] == groups[j] + 1 {
            j += 1;
        }
        parts.push(if j > i {
            format!("{}–{}", groups[i], groups[j])
        } else {
            groups[i].to_string()
        });
        i = j + 1;
    }
    parts.join(", ")
}
