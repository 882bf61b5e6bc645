//! A workshop as the facilitator runs it (set-up, collected answers, reveal, consensus) and
//! as a participant takes part in it on a phone.

use std::collections::BTreeMap;

use super::agreement::{results, tally, ItemResult};
use super::code::{encode, Slot};
use super::collect::{paste, PasteReport, Response};
use super::group_work::{GroupCommand, GroupWork};
use super::setup::WorkshopSetup;
use crate::assessment::date::Date;
use crate::assessment::{Assessment, Rating, Which};
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// What the group agreed on for one item. `None` means "the median" (the default).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Agreed {
    pub now: Option<Rating>,
    pub target: Option<Rating>,
    pub note: String,
}

write_struct!(Agreed { now if Option::is_none, target if Option::is_none, note if String::is_empty });

read_struct!(Agreed { now = default, target = default, note = default });

/// A "pass the device" round: one participant at a time on the facilitator's device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Round {
    pub slots: Vec<Slot>,
    pub name: String,
    /// Answers handed in during this round.
    pub given: usize,
}

write_struct!(Round { slots, name, given });

read_struct!(Round { slots, name = default, given = default });

/// The facilitator's workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub setup: WorkshopSetup,
    pub responses: Vec<Response>,
    pub revealed: bool,
    pub agreed: BTreeMap<String, Agreed>,
    pub round: Option<Round>,
    /// The projector's screen: 0 is "join", then one per rated shift, then the results.
    pub slide: usize,
    /// What the last paste did; not saved.
    pub last_paste: Option<PasteReport>,
    /// The assessment the consensus was saved as.
    pub saved_as: Option<String>,
    /// The opening question, group rounds and the groups' summaries.
    pub group_work: GroupWork,
}

write_struct!(Workshop { setup, responses, revealed, agreed, round if Option::is_none, slide, saved_as if Option::is_none, group_work if GroupWork::is_empty } skip { last_paste });

read_struct!(Workshop {
    setup, responses = default, revealed = default, agreed = default, round = default,
    slide = default, saved_as = default, group_work = default,
} skip { last_paste });

impl Workshop {
    pub fn new(setup: WorkshopSetup) -> Self {
        Workshop {
            setup,
            responses: Vec::new(),
            revealed: false,
            agreed: BTreeMap::new(),
            round: None,
            slide: 0,
            last_paste: None,
            saved_as: None,
            group_work: GroupWork::default(),
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.last_paste = Some(paste(&self.setup, &mut self.responses, text));
    }

    /// Whether enough have answered for any result to show.
    pub fn enough(&self) -> bool {
        self.responses.len() >= usize::from(self.setup.min_group)
    }

    pub fn results(&self) -> Vec<ItemResult> {
        results(&self.setup, &self.responses)
    }

    /// The agreed rating for an item: the facilitator's choice, else the median.
    pub fn agreed(&self, item: &str, which: Which) -> Option<Rating> {
        let chosen = self.agreed.get(item).and_then(|a| match which {
            Which::Now => a.now,
            Which::Target => a.target,
        });
        chosen.or_else(|| {
            let at = self.setup.items.iter().position(|i| i == item)?;
            if which == Which::Target && !self.setup.targets {
                return None;
            }
            tally(&self.setup, &self.responses, at, which)
                .median_level()
                .map(Rating::Level)
        })
    }

    /// The consensus as an assessment's answers: `into` gets the agreed ratings and notes.
    pub fn fill(&self, into: &mut Assessment) {
        for item in &self.setup.items {
            let answer = into.items.entry(item.clone()).or_default();
            answer.now = self.agreed(item, Which::Now);
            if let Some(target) = self.agreed(item, Which::Target) {
                answer.target = Some(target);
            }
            if let Some(note) = self.agreed.get(item).map(|a| a.note.trim()) {
                if !note.is_empty() {
                    note.clone_into(&mut answer.note);
                }
            }
            // The groups' summaries of this shift follow the notes, once.
            let summaries = self.group_work.note(item);
            if !summaries.is_empty() && !answer.note.contains(&summaries) {
                let sep = if answer.note.trim().is_empty() {
                    ""
                } else {
                    "\n\n"
                };
                answer.note = format!("{}{sep}{summaries}", answer.note.trim());
            }
        }
    }
}

/// A participant's side of a workshop, on their own phone.
#[derive(Clone, Debug, PartialEq)]
pub struct Participation {
    pub setup: WorkshopSetup,
    pub slots: Vec<Slot>,
    /// Random, from the shell; keeps the code the same across reloads.
    pub nonce: u64,
    /// The participant is done and sees the code.
    pub done: bool,
}

write_struct!(Participation {
    setup,
    slots,
    nonce,
    done
});

read_struct!(Participation { setup, slots, nonce, done = default });

impl Participation {
    pub fn new(setup: WorkshopSetup, nonce: u64) -> Self {
        Participation {
            slots: vec![None; setup.ratings()],
            setup,
            nonce,
            done: false,
        }
    }

    pub fn code(&self) -> String {
        encode(&self.setup, &self.slots, self.nonce)
    }

    /// Joining `setup` on a device that may take part already: the answers so far are kept when
    /// it is the same workshop. False when `setup` does not fit `fw` (or no framework is found).
    pub fn join(
        current: &mut Option<Participation>,
        setup: WorkshopSetup,
        nonce: u64,
        fw: Option<&crate::framework::Framework>,
    ) -> bool {
        let ok = fw.is_some_and(|fw| setup.fits(fw));
        if ok && !current.as_ref().is_some_and(|p| p.setup == setup) {
            *current = Some(Participation::new(setup, nonce));
        }
        ok
    }

    /// Rates slot `slot` (now, or the target); a changed answer is no longer "done".
    pub fn rate(&mut self, slot: usize, rating: Slot) -> bool {
        match self.slots.get_mut(slot) {
            Some(s) => {
                *s = rating;
                self.done = false;
                true
            }
            None => false,
        }
    }

    /// Done (shows the answer code; needs at least one answer), or back to change the answers.
    pub fn finish(&mut self, done: bool) -> bool {
        let ok = self.slots.iter().any(Option::is_some) || !done;
        if ok {
            self.done = done;
        }
        ok
    }
}

/// Everything a user can do in a workshop, as data.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopCommand {
    /// Set up a new workshop (replacing one that has no answers yet).
    Create(WorkshopSetup),
    Paste(String),
    StartRound,
    RoundRate {
        slot: usize,
        rating: Slot,
    },
    RoundName(String),
    /// Hand in the answers on screen and clear it for the next person.
    RoundSubmit,
    EndRound,
    Reveal(bool),
    Agree {
        item: String,
        which: Which,
        rating: Option<Rating>,
    },
    AgreeNote {
        item: String,
        text: String,
    },
    /// Save the consensus as the unit's assessment on `date`.
    Save {
        date: Date,
    },
    Slide(usize),
    /// Close the workshop and forget its answers.
    End,
    /// Open a join link on this device.
    Join {
        setup: WorkshopSetup,
        nonce: u64,
    },
    Rate {
        slot: usize,
        rating: Slot,
    },
    Finish(bool),
    Leave,
    /// The opening question, group rounds and summaries.
    Group(GroupCommand),
}
