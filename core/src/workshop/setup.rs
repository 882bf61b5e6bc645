//! What the facilitator decides before a workshop, and the join link that carries it to the
//! participants' phones in the URL fragment (`#workshop=…`), so no server is needed.
//!
//! The fragment reads `K7Q.sormland-2035.1e0f.t3`: the workshop id, the framework, which of
//! the framework's items are rated (a bit per item in framework order, hexadecimal, lowest
//! bit first), and flags: `t` when targets are rated too, `n` when names may be given,
//! then the minimum group size.

use super::alphabet::{symbol, value};
use super::code::codable;
use crate::framework::Framework;
use crate::json_read::read_struct;
use crate::json_write::write_struct;

/// The fragment key of a join link.
pub const JOIN_KEY: &str = "workshop=";
/// Characters in a workshop id.
pub const ID_LEN: usize = 3;
/// Most ratings one answer code carries (items, twice each when targets are rated).
pub const MAX_RATINGS: usize = 36;
pub const DEFAULT_MIN_GROUP: u8 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopSetup {
    /// Three characters of the code alphabet, e.g. `K7Q`.
    pub id: String,
    pub framework_id: String,
    /// The rated items, in framework order.
    pub items: Vec<String>,
    /// Whether participants also give the target (the code gets longer).
    pub targets: bool,
    /// No names anywhere (the default). Codes never carry a name either way.
    pub anonymous: bool,
    /// Results stay hidden until at least this many have answered.
    pub min_group: u8,
    /// The unit the consensus is saved for (facilitator's side only; not in the link).
    pub unit: String,
    /// The lowest and highest level of each rated item's scale, in the order of `items`, set
    /// from the framework by [`WorkshopSetup::fit`] (never in the link: a phone has the
    /// framework). Empty — as in a set-up saved before scales existed — when every item is
    /// on a 1–5 scale.
    pub scales: Vec<(u8, u8)>,
}

write_struct!(WorkshopSetup { id, framework_id, items, targets, anonymous, min_group, unit, scales if Vec::is_empty });

read_struct!(WorkshopSetup {
    id, framework_id, items, targets = default, anonymous = yes, min_group = default_min_group,
    unit = default, scales = default,
});

/// The lowest and highest level of the five-step scales.
pub const FIVE_STEPS: (u8, u8) = (1, 5);

fn yes() -> bool {
    true
}

fn default_min_group() -> u8 {
    DEFAULT_MIN_GROUP
}

/// Why a set-up cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupError {
    NoItems,
    TooManyRatings,
    MinGroup,
}

impl WorkshopSetup {
    /// A set-up for every item of `fw` with the defaults; `seed` (random, from the shell)
    /// picks the id.
    pub fn new(fw: &Framework, seed: u32) -> Self {
        WorkshopSetup {
            id: id_from_seed(seed),
            framework_id: fw.id.clone(),
            items: fw.items().map(|(_, id, _)| id.to_owned()).collect(),
            targets: false,
            anonymous: true,
            min_group: DEFAULT_MIN_GROUP,
            unit: String::new(),
            scales: Vec::new(),
        }
        .fitted(fw)
    }

    /// The set-up with `scales` taken from `fw` for its items.
    #[must_use]
    pub fn fitted(mut self, fw: &Framework) -> Self {
        let spans: Vec<(u8, u8)> = self
            .items
            .iter()
            .map(|id| {
                let scale = fw.scale_of(id);
                (scale.min(), scale.max())
            })
            .collect();
        self.scales = if spans.iter().all(|s| *s == FIVE_STEPS) {
            Vec::new()
        } else {
            spans
        };
        self
    }

    /// The lowest and highest level of the scale of the item at `at` in `items`.
    pub fn span(&self, at: usize) -> (u8, u8) {
        self.scales.get(at).copied().unwrap_or(FIVE_STEPS)
    }

    /// How many ratings each answer carries.
    pub fn ratings(&self) -> usize {
        self.items.len() * if self.targets { 2 } else { 1 }
    }

    /// Whether the set-up makes sense and every item is one of `fw`'s.
    pub fn fits(&self, fw: &Framework) -> bool {
        self.check().is_ok()
            && self.framework_id == fw.id
            && self.items.iter().all(|i| fw.has_item(i))
    }

    pub fn check(&self) -> Result<(), SetupError> {
        if self.items.is_empty() {
            Err(SetupError::NoItems)
        } else if self.ratings() > MAX_RATINGS || !codable(self) {
            Err(SetupError::TooManyRatings)
        } else if !(1..=50).contains(&self.min_group) {
            Err(SetupError::MinGroup)
        } else {
            Ok(())
        }
    }

    /// The URL fragment (without `#`) that opens this workshop on a phone.
    pub fn fragment(&self, fw: &Framework) -> String {
        let mut mask = vec![0u8; fw.items().count().div_ceil(4)];
        for (i, (_, id, _)) in fw.items().enumerate() {
            if self.items.iter().any(|item| item == id) {
                mask[i / 4] |= 1 << (i % 4);
            }
        }
        let hex: String = mask.iter().map(|m| symbol(*m)).collect();
        let flags = match (self.targets, self.anonymous) {
            (true, true) => "t",
            (true, false) => "tn",
            (false, false) => "n",
            (false, true) => "",
        };
        format!(
            "{JOIN_KEY}{}.{}.{hex}.{flags}{}",
            self.id, fw.id, self.min_group
        )
    }
}

/// A workshop id from a random number.
pub fn id_from_seed(seed: u32) -> String {
    (0..ID_LEN)
        .map(|i| symbol((seed >> (5 * i)) as u8))
        .collect()
}

/// The set-up in a URL fragment (with or without `#`), if it is a join link for one of
/// `frameworks` that makes sense.
pub fn read_join<F: AsRef<Framework>>(fragment: &str, frameworks: &[F]) -> Option<WorkshopSetup> {
    let rest = fragment.trim_start_matches('#').strip_prefix(JOIN_KEY)?;
    let mut parts = rest.split('.');
    let (id, fw_id, mask, tail) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let fw = frameworks
        .iter()
        .map(AsRef::as_ref)
        .find(|f| f.id == fw_id)?;
    let id_ok = id.len() == ID_LEN && id.chars().all(|c| value(c).is_some());
    if !id_ok || parts.next().is_some() {
        return None;
    }
    let bits: Vec<u8> = mask
        .chars()
        .map(|c| value(c).filter(|v| *v < 16))
        .collect::<Option<_>>()?;
    let items = fw
        .items()
        .enumerate()
        .filter(|(i, _)| bits.get(i / 4).is_some_and(|b| b & (1 << (i % 4)) != 0))
        .map(|(_, (_, item, _))| item.to_owned())
        .collect();
    let digits = tail.trim_start_matches(['t', 'n']);
    let flags = &tail[..tail.len() - digits.len()];
    let setup = WorkshopSetup {
        id: id.chars().filter_map(value).map(symbol).collect(),
        framework_id: fw.id.clone(),
        items,
        targets: flags.contains('t'),
        anonymous: !flags.contains('n'),
        min_group: digits.parse().ok()?,
        unit: String::new(),
        scales: Vec::new(),
    }
    .fitted(fw);
    setup.check().ok().map(|()| setup)
}
