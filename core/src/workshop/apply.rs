//! The workshops part of the workspace: the workshop this device facilitates and the one it
//! takes part in, and how [`WorkshopCommand`]s change them.

use super::collect::Response;
use super::session::{Participation, Round, Workshop, WorkshopCommand};
use crate::assessment::{Assessments, Which};
use crate::framework::Framework;
use crate::navigation::step::Step;
use crate::navigation::Navigation;

/// The running workshops on this device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workshops {
    /// The workshop this device facilitates, if any.
    pub workshop: Option<Workshop>,
    /// The workshop this device takes part in, if any.
    pub participation: Option<Participation>,
}

impl Workshops {
    /// Applies a workshop command; false when it does not apply. `find` looks up frameworks;
    /// saving the consensus adds to `assessments`, and some commands move `nav`.
    pub fn apply<'f>(
        &mut self,
        cmd: WorkshopCommand,
        assessments: &mut Assessments,
        nav: &mut Navigation,
        find: &dyn Fn(&str) -> Option<&'f Framework>,
    ) -> bool {
        use WorkshopCommand as W;
        let collected = self.workshop.as_ref().map_or(0, |w| w.responses.len());
        match cmd {
            // Collected answers are never thrown away by a new set-up.
            W::Create(_) if collected > 0 => false,
            // The items' scales are taken from the framework, whatever the command says.
            W::Create(setup) => match find(&setup.framework_id).map(|fw| (setup.fitted(fw), fw)) {
                Some((setup, fw)) if setup.fits(fw) => {
                    self.workshop = Some(Workshop::new(setup));
                    nav.step = Step::Workshop;
                    true
                }
                _ => false,
            },
            W::Paste(text) => self.with_workshop(|workshop| workshop.paste(&text)),
            W::StartRound => self.with_workshop(|w| {
                w.round = Some(Round {
                    slots: vec![None; w.setup.ratings()],
                    ..Round::default()
                });
            }),
            W::RoundRate { slot, rating } => self.with_round(|r| match r.slots.get_mut(slot) {
                Some(s) => {
                    *s = rating;
                    true
                }
                None => false,
            }),
            W::RoundName(name) => self.with_round(|r| {
                r.name = name;
                true
            }),
            W::RoundSubmit => {
                let Some(w) = self.workshop.as_mut() else {
                    return false;
                };
                let Some(round) = w.round.as_mut() else {
                    return false;
                };
                if round.slots.iter().all(Option::is_none) {
                    return false;
                }
                let name = round.name.trim().to_owned();
                let response = Response {
                    code: None,
                    name: (!w.setup.anonymous && !name.is_empty()).then_some(name),
                    slots: std::mem::replace(&mut round.slots, vec![None; w.setup.ratings()]),
                };
                round.name.clear();
                round.given += 1;
                w.responses.push(response);
                true
            }
            W::EndRound => self.with_workshop(|w| w.round = None),
            W::Reveal(on) => self.with_workshop(|w| w.revealed = on),
            W::Agree {
                item,
                which,
                rating,
            } => {
                let known = self
                    .workshop
                    .as_ref()
                    .is_some_and(|w| w.setup.items.contains(&item));
                known
                    && self.with_workshop(|w| {
                        let agreed = w.agreed.entry(item).or_default();
                        match which {
                            Which::Now => agreed.now = rating,
                            Which::Target => agreed.target = rating,
                        }
                    })
            }
            W::AgreeNote { item, text } => {
                let known = self
                    .workshop
                    .as_ref()
                    .is_some_and(|w| w.setup.items.contains(&item));
                known && self.with_workshop(|w| w.agreed.entry(item).or_default().note = text)
            }
            W::Save { date } => {
                let Some(workshop) = self.workshop.clone() else {
                    return false;
                };
                let Some(fw) = find(&workshop.setup.framework_id) else {
                    return false;
                };
                if !workshop.revealed || !workshop.enough() {
                    return false;
                }
                // Saving again updates the assessment saved before, if it is still there.
                let again = workshop
                    .saved_as
                    .clone()
                    .filter(|id| assessments.iter().any(|a| &a.id == id));
                if let Some(id) = again {
                    nav.current = Some(id);
                } else {
                    nav.framework_id.clone_from(&fw.id);
                    let unit = workshop.setup.unit.trim().to_owned();
                    assessments.start(fw, unit, date, nav);
                }
                let id = nav.current.clone();
                if let Some(a) = assessments.get_mut(id.as_deref()) {
                    workshop.fill(a);
                }
                nav.step = Step::Results;
                self.with_workshop(|w| w.saved_as = id)
            }
            W::Slide(n) => {
                let last = self
                    .workshop
                    .as_ref()
                    .and_then(|w| find(&w.setup.framework_id).map(|fw| slides(w, fw)))
                    .unwrap_or(0);
                n < last && self.with_workshop(|w| w.slide = n)
            }
            W::End => {
                let had = self.workshop.take().is_some();
                if nav.step == Step::Projector {
                    nav.step = Step::Workshop;
                }
                had
            }
            W::Join { setup, nonce } => {
                let fw = find(&setup.framework_id);
                let ok = Participation::join(&mut self.participation, setup, nonce, fw);
                if ok {
                    nav.step = Step::Participate;
                }
                ok
            }
            W::Rate { slot, rating } => self
                .participation
                .as_mut()
                .is_some_and(|p| p.rate(slot, rating)),
            W::Finish(done) => self.participation.as_mut().is_some_and(|p| p.finish(done)),
            W::Group(cmd) => self.workshop.as_mut().is_some_and(|w| {
                let fw = find(&w.setup.framework_id);
                let shifts: Vec<String> = fw.map_or_else(Vec::new, |fw| {
                    shifts_rated(w, fw).into_iter().map(str::to_owned).collect()
                });
                w.group_work.apply(cmd, &shifts)
            }),
            W::Leave => {
                let had = self.participation.take().is_some();
                if nav.step == Step::Participate {
                    nav.step = Step::Start;
                }
                had
            }
        }
    }

    fn with_workshop(&mut self, change: impl FnOnce(&mut Workshop)) -> bool {
        self.workshop.as_mut().map(change).is_some()
    }

    fn with_round(&mut self, change: impl FnOnce(&mut Round) -> bool) -> bool {
        self.workshop
            .as_mut()
            .and_then(|w| w.round.as_mut())
            .is_some_and(change)
    }
}

/// How many projector screens a workshop has (see `reveal::slide_list`).
pub fn slides(w: &Workshop, fw: &Framework) -> usize {
    super::reveal::slide_list(w, fw).len()
}

/// The rated shifts' ids in framework order (the projector's screens).
pub fn shifts_rated<'a>(w: &Workshop, fw: &'a Framework) -> Vec<&'a str> {
    fw.shifts
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| w.setup.items.iter().any(|i| i == id))
        .collect()
}
