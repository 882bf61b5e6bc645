//! The group work around a workshop's ratings: an opening question whose answers make a word
//! cloud, group rounds, and the groups' summaries sorted by group and shift.

use super::rounds::RoundsPlan;
use super::summaries::parse;
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// One group's summary of one round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// 0-based.
    pub round: usize,
    /// 1-based, as the groups are called.
    pub group: u8,
    pub text: String,
}

write_struct!(Summary { round, group, text });

read_struct!(Summary { round, group, text });

/// Everything of the group work; empty in a workshop saved before it existed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupWork {
    /// Whether the opening question is shown on the projector.
    pub opening: bool,
    /// The answers to the opening question as pasted (and tidied) by the facilitator.
    pub answers: String,
    pub plan: Option<RoundsPlan>,
    pub summaries: Vec<Summary>,
    /// Pasted text that belongs to no group (or to a group or round not in the plan).
    pub unclaimed: Vec<String>,
}

write_struct!(GroupWork { opening, answers if String::is_empty, plan if Option::is_none, summaries if Vec::is_empty, unclaimed if Vec::is_empty });

read_struct!(GroupWork {
    opening = default, answers = default, plan = default, summaries = default, unclaimed = default,
});

/// What one paste of summaries did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SortReport {
    pub sorted: usize,
    pub aside: usize,
    /// Summaries already in (the same chat pasted again); text kept aside is not counted.
    pub repeated: usize,
}

/// A screen of the group work on the projector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Board {
    Opening,
    /// 0-based.
    Round(usize),
    /// The summaries of the groups that discussed this shift.
    Summaries(String),
}

/// Changes to the group work, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupCommand {
    Opening(bool),
    Answers(String),
    /// Group rounds on (the default plan) or off (summaries stay).
    Rounds(bool),
    Resize {
        groups: u8,
        rounds: usize,
    },
    Minutes(u32),
    Assign {
        round: usize,
        group: u8,
        shift: String,
    },
    PasteSummaries(String),
    ClearSummaries,
}

impl GroupWork {
    pub fn is_empty(&self) -> bool {
        *self == GroupWork::default()
    }

    /// Applies `cmd`; `shifts` are the workshop's rated shifts. False when it does not apply.
    pub fn apply(&mut self, cmd: GroupCommand, shifts: &[String]) -> bool {
        use GroupCommand as G;
        let changed = |plan: Option<RoundsPlan>, this: &mut Self| match plan {
            Some(p) if p.fits(shifts) => {
                this.plan = Some(p);
                true
            }
            _ => false,
        };
        match cmd {
            G::Opening(on) => self.opening = on,
            G::Answers(text) => self.answers = text,
            G::Rounds(true) if self.plan.is_some() => return false,
            G::Rounds(true) => return changed(RoundsPlan::kalmar(shifts), self),
            G::Rounds(false) => return self.plan.take().is_some(),
            G::Resize { groups, rounds } => {
                let plan = self
                    .plan
                    .as_ref()
                    .and_then(|p| p.resized(shifts, groups, rounds));
                return changed(plan, self);
            }
            G::Minutes(minutes) => {
                let plan = self.plan.clone().map(|p| RoundsPlan { minutes, ..p });
                return changed(plan, self);
            }
            G::Assign {
                round,
                group,
                shift,
            } => {
                let mut plan = self.plan.clone();
                let at = usize::from(group).checked_sub(1);
                let place = plan
                    .as_mut()
                    .and_then(|p| p.rounds.get_mut(round))
                    .and_then(|r| r.get_mut(at?));
                let Some(place) = place else { return false };
                *place = shift;
                return changed(plan, self);
            }
            G::PasteSummaries(text) => return self.paste(&text) != SortReport::default(),
            G::ClearSummaries => {
                let had = !self.summaries.is_empty() || !self.unclaimed.is_empty();
                self.summaries.clear();
                self.unclaimed.clear();
                return had;
            }
        }
        true
    }

    /// Sorts a pasted chat's summaries in: a group's text goes to the round it names, else to
    /// the first round with no summary of that group yet. Nothing is lost: text of no group,
    /// of a group or round not in the plan, or with every round taken is kept aside.
    pub fn paste(&mut self, text: &str) -> SortReport {
        let parsed = parse(text);
        let mut report = SortReport::default();
        let rounds = self.plan.as_ref().map_or(0, |p| p.rounds.len());
        let groups = self.plan.as_ref().map_or(0, RoundsPlan::groups);
        let mut aside = parsed.unclaimed;
        for block in parsed.blocks {
            let already = self
                .summaries
                .iter()
                .any(|s| s.group == block.group && s.text == block.text);
            if already {
                report.repeated += 1;
                continue;
            }
            let taken = |r: &usize| {
                self.summaries
                    .iter()
                    .any(|s| s.group == block.group && s.round == *r)
            };
            let round = match block.round {
                Some(n) => n.checked_sub(1).filter(|r| *r < rounds),
                None => (0..rounds).find(|r| !taken(r)),
            };
            let Some(round) = round.filter(|_| block.group <= groups) else {
                aside.push(block.raw);
                continue;
            };
            let same = |s: &&mut Summary| s.group == block.group && s.round == round;
            if let Some(s) = self.summaries.iter_mut().find(same) {
                // A group that wrote twice in one round: the second part follows the first.
                s.text = format!("{}\n\n{}", s.text, block.text);
            } else {
                // Kept in order of group, then round.
                let at = self
                    .summaries
                    .iter()
                    .position(|s| (s.group, s.round) > (block.group, round))
                    .unwrap_or(self.summaries.len());
                self.summaries.insert(
                    at,
                    Summary {
                        round,
                        group: block.group,
                        text: block.text,
                    },
                );
            }
            report.sorted += 1;
        }
        for chunk in aside {
            // Text already kept aside (a name before each message, a chat pasted again) once.
            if !self.unclaimed.contains(&chunk) {
                self.unclaimed.push(chunk);
                report.aside += 1;
            }
        }
        report
    }

    /// The summaries about `shift`, group by group (a group's rounds in order).
    pub fn about(&self, shift: &str) -> Vec<&Summary> {
        let Some(plan) = &self.plan else {
            return Vec::new();
        };
        self.summaries
            .iter()
            .filter(|s| plan.shift(s.round, s.group) == Some(shift))
            .collect()
    }

    /// The summaries about `shift` as a note of the consensus, one paragraph per group.
    pub fn note(&self, shift: &str) -> String {
        let rounds = self.plan.as_ref().map_or(0, |p| p.rounds.len());
        self.about(shift)
            .iter()
            .map(|s| {
                let round = if rounds > 1 {
                    format!(" (omgång {})", s.round + 1)
                } else {
                    String::new()
                };
                format!("Grupp {}{round}: {}", s.group, s.text)
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The group work's projector screens: the opening question, each round, then each
    /// discussed shift's summaries.
    pub fn board(&self) -> Vec<Board> {
        let mut out = Vec::new();
        if self.opening {
            out.push(Board::Opening);
        }
        if let Some(plan) = &self.plan {
            out.extend((0..plan.rounds.len()).map(Board::Round));
            out.extend(plan.shifts().into_iter().map(Board::Summaries));
        }
        out
    }
}
