//! The participant page (`join.html`, a bundle of its own): a phone opens a join link, rates one
//! item per screen and shows its answer code. Every rule of that page is here; it only renders.
//! It reads no JSON: the built-in frameworks come as [`pack`](super::carried::pack)'s lines, and
//! what the phone keeps between reloads is a few lines of text.

use super::carried::{pack, split_carried, unpack};
use super::code::{span_of, Slot};
use super::session::Participation;
use super::setup::{read_join, WorkshopSetup, JOIN_KEY};
use crate::assessment::Rating;
use crate::framework::presets::PRESET_FILES;
use crate::framework::validate::parse_framework;
use crate::framework::Framework;
use crate::Lang;
use std::rc::Rc;

/// The built-in frameworks as a phone needs them: (id, [`pack`](super::carried::pack)'s
/// lines). `core/tests/phone.rs` checks each against its preset's JSON.
pub const PACKED_PRESETS: [(&str, &str); 3] = [
    (
        "sormland-2035",
        include_str!("../framework/presets/packed/sormland-2035.txt"),
    ),
    (
        "kalmar-lan",
        include_str!("../framework/presets/packed/kalmar-lan.txt"),
    ),
    (
        "jamtland-harjedalen",
        include_str!("../framework/presets/packed/jamtland-harjedalen.txt"),
    ),
];

/// Whether a phone has `fw` built in exactly as it is here. Any other framework (an own one, the
/// site's, or an admin's file that takes a preset's id) travels in the join link. Called by the
/// full app, which compares with its preset's JSON rather than with [`PACKED_PRESETS`], so that
/// the packed lines stay out of its bundle (they are that JSON packed; `core/tests/phone.rs`).
pub fn is_built_in(fw: &Framework) -> bool {
    PRESET_FILES
        .iter()
        .filter(|(file, _)| file.strip_suffix(".json") == Some(fw.id.as_str()))
        .filter_map(|(_, json)| parse_framework(json).ok())
        .any(|preset| pack(&preset) == pack(fw))
}

/// What a join link in the address asks the phone to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    /// No join link: the page says how to get one.
    NoLink,
    /// A link that cannot be read, or for a framework this phone does not have.
    Bad,
    /// The link carries framework `id`, compressed: decompress it, then [`PhoneEvent::Install`].
    Unpack { id: String, packed: Vec<u8> },
    /// Take part in this workshop (`link` is the set-up's part of the address).
    Join { link: String, setup: WorkshopSetup },
}

/// Everything the participant can do, as data.
#[derive(Clone, Debug, PartialEq)]
pub enum PhoneEvent {
    SetLang(Lang),
    /// The framework a link carried, unpacked ([`unpack`]); ignored when one with its id is here.
    Install(Rc<Framework>),
    Join {
        link: String,
        setup: WorkshopSetup,
        nonce: u64,
    },
    Rate {
        slot: usize,
        rating: Slot,
    },
    Finish(bool),
    Leave,
}

/// What the phone kept from an earlier visit, until a link for the same workshop joins it.
#[derive(Clone, Debug, PartialEq)]
struct Kept {
    link: String,
    nonce: u64,
    done: bool,
    slots: Vec<Slot>,
}

/// The participant page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Phone {
    pub lang: Lang,
    /// Shared, so that a change of answers copies no framework.
    pub frameworks: Vec<Rc<Framework>>,
    /// The set-up's part of the join link taken part in.
    pub link: String,
    pub participation: Option<Participation>,
    /// The participant left the workshop on this page.
    pub left: bool,
    kept: Option<Kept>,
}

impl Phone {
    /// A phone with the built-in frameworks and what it saved last time (`saved`, from
    /// [`Phone::saved`]); `lang` from the address wins over the saved language.
    pub fn new(lang: Option<Lang>, saved: &str) -> Phone {
        let field = |key: &str| {
            saved
                .lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix(' '))
                .unwrap_or_default()
                .to_owned()
        };
        let kept = (|| {
            Some(Kept {
                link: Some(field("link")).filter(|l| l.starts_with(JOIN_KEY))?,
                nonce: u64::from_str_radix(&field("nonce"), 16).ok()?,
                done: field("done") == "1",
                slots: field("slots").chars().map(slot_of).collect::<Option<_>>()?,
            })
        })();
        Phone {
            lang: lang
                .or_else(|| Lang::from_code(&field("lang")))
                .unwrap_or_default(),
            frameworks: PACKED_PRESETS
                .iter()
                .filter_map(|(id, text)| unpack(text, id).map(Rc::new))
                .collect(),
            link: String::new(),
            participation: None,
            left: false,
            kept,
        }
    }

    /// What to keep for the next visit: the language and the workshop taken part in.
    pub fn saved(&self) -> String {
        let lang = format!("lang {}\n", self.lang.code());
        match &self.participation {
            Some(p) => {
                let slots: String = p.slots.iter().map(|s| char_of(*s)).collect();
                format!(
                    "{lang}link {}\nnonce {:x}\ndone {}\nslots {slots}\n",
                    self.link,
                    p.nonce,
                    u8::from(p.done)
                )
            }
            None => lang,
        }
    }

    /// What the address's fragment asks for, given the frameworks this phone has.
    pub fn opening(&self, fragment: &str) -> Opening {
        let (link, carried) = split_carried(fragment);
        let link = link.trim_start_matches('#');
        if !link.starts_with(JOIN_KEY) {
            return Opening::NoLink;
        }
        let id = link.split('.').nth(1).unwrap_or_default();
        let here = self.frameworks.iter().any(|f| f.id == id);
        match carried {
            Some(Some(packed)) if !here => {
                return Opening::Unpack {
                    id: id.to_owned(),
                    packed,
                }
            }
            Some(None) => return Opening::Bad,
            _ => {}
        }
        read_join(link, &self.frameworks).map_or(Opening::Bad, |setup| Opening::Join {
            link: link.to_owned(),
            setup,
        })
    }

    /// Applies an event; false when it changes nothing.
    pub fn update(&mut self, event: PhoneEvent) -> bool {
        match event {
            PhoneEvent::SetLang(lang) => {
                let changed = self.lang != lang;
                self.lang = lang;
                changed
            }
            PhoneEvent::Install(fw) => {
                let fresh = !self.frameworks.iter().any(|f| f.id == fw.id);
                if fresh {
                    self.frameworks.push(fw);
                }
                fresh
            }
            PhoneEvent::Join { link, setup, nonce } => self.join(link, setup, nonce),
            PhoneEvent::Rate { slot, rating } => self
                .participation
                .as_mut()
                .is_some_and(|p| p.rate(slot, rating)),
            PhoneEvent::Finish(done) => self.participation.as_mut().is_some_and(|p| p.finish(done)),
            PhoneEvent::Leave => {
                self.left = true;
                self.link.clear();
                self.participation.take().is_some()
            }
        }
    }

    fn join(&mut self, link: String, setup: WorkshopSetup, nonce: u64) -> bool {
        let fw = self.frameworks.iter().find(|f| f.id == setup.framework_id);
        // The answers of an earlier visit come back when the link is the same and they still
        // fit its items' scales.
        let kept = self.kept.take().filter(|k| {
            k.link == link
                && k.slots.len() == setup.ratings()
                && k.slots.iter().enumerate().all(|(i, s)| {
                    let (low, high) = span_of(&setup, i);
                    s.and_then(Rating::level)
                        .is_none_or(|l| (low..=high).contains(&l.get()))
                })
        });
        if self.link != link {
            self.participation = None;
        }
        if !Participation::join(&mut self.participation, setup, nonce, fw.map(AsRef::as_ref)) {
            return false;
        }
        if let (Some(k), Some(p)) = (kept, self.participation.as_mut()) {
            p.nonce = k.nonce;
            p.slots = k.slots;
            p.done = k.done;
        }
        self.link = link;
        self.left = false;
        true
    }
}

/// A slot as one character: `-` not answered, `x` "vet ej", a level as a digit (base 36).
fn char_of(slot: Slot) -> char {
    match slot {
        None => '-',
        Some(Rating::DontKnow) => 'x',
        Some(Rating::Level(l)) => char::from_digit(u32::from(l.get()), 36).unwrap_or('-'),
    }
}

fn slot_of(c: char) -> Option<Slot> {
    match c {
        '-' => Some(None),
        'x' => Some(Some(Rating::DontKnow)),
        _ => {
            let level = crate::assessment::Level::new(u8::try_from(c.to_digit(36)?).ok()?)?;
            Some(Some(Rating::Level(level)))
        }
    }
}
