//! Answer codes: one participant's ratings as a short code to read aloud, type or paste, e.g.
//! `K7QA-3MZP-2XWB-9`.
//!
//! Layout, all in the code alphabet (see [`alphabet`](super::alphabet)): the workshop id
//! (3 characters), the data, and a check character. The data is one number in base 32: a
//! random number (at least [`MIN_NONCE_BITS`] bits, so two people with the same answers still
//! get different codes) above the ratings, each rating a digit in base `steps + 2` of its item's
//! scale: 0 = not answered, 1 … steps = the scale's steps from the lowest, steps + 1 = "Vet ej".
//! On the five-step scales that is base 7 (0, levels 1–5, 6), so a workshop on a five-step
//! framework makes the same codes as before scales. No name is ever in a code.

use super::alphabet::{check_value, is_valid, symbol, value, MAX_CHECKED_LEN};
use super::setup::{WorkshopSetup, ID_LEN, MAX_RATINGS};
use crate::assessment::{Level, Rating};

pub const MIN_NONCE_BITS: u32 = 20;
/// Codes are never shorter than this, however few items are rated.
pub const MIN_CODE_LEN: usize = 10;
/// Characters per group when a code is shown.
pub const GROUP: usize = 4;
/// The most bits the ratings may take: with the nonce the number stays within 125 bits
/// (25 characters). 36 ratings on five steps take 102.
pub const MAX_PAYLOAD_BITS: u32 = 105;

/// One rating slot: the level, "Vet ej", or nothing.
pub type Slot = Option<Rating>;

/// Why a code was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// A character outside the alphabet, the wrong length, or the check does not add up.
    Typo,
    /// A valid code, for another workshop.
    OtherWorkshop,
}

/// Whether codes can be made for `setup` at all: a set-up may ask for more ratings (or ratings
/// on longer scales) than a code holds.
pub fn codable(setup: &WorkshopSetup) -> bool {
    setup.ratings() <= MAX_RATINGS && payload_bits(setup) <= MAX_PAYLOAD_BITS
}

/// The lowest and highest level of rating `r` (in slot order).
pub(crate) fn span_of(setup: &WorkshopSetup, r: usize) -> (u8, u8) {
    setup.span(if setup.targets { r / 2 } else { r })
}

/// The base of a rating's digit: not answered, every step, "Vet ej".
fn base((min, max): (u8, u8)) -> u128 {
    u128::from(max.saturating_sub(min)) + 3
}

fn payload_bits(setup: &WorkshopSetup) -> u32 {
    let mut max = 1u128;
    for r in 0..setup.ratings().min(MAX_RATINGS) {
        match max.checked_mul(base(span_of(setup, r))) {
            Some(m) => max = m,
            None => return 128,
        }
    }
    128 - (max - 1).leading_zeros()
}

fn data_len(setup: &WorkshopSetup) -> usize {
    let bits = payload_bits(setup) + MIN_NONCE_BITS;
    (bits as usize).div_ceil(5).max(MIN_CODE_LEN - ID_LEN - 1)
}

/// How many characters (without dashes) a code for `setup` has.
pub fn code_len(setup: &WorkshopSetup) -> usize {
    ID_LEN + data_len(setup) + 1
}

fn slot_digit(slot: Slot, (min, max): (u8, u8)) -> u128 {
    match slot {
        // A level off the scale (only from tampered storage) is not answered.
        Some(Rating::Level(l)) if (min..=max).contains(&l.get()) => u128::from(l.get() - min) + 1,
        Some(Rating::DontKnow) => base((min, max)) - 1,
        _ => 0,
    }
}

fn digit_slot(d: u128, (min, max): (u8, u8)) -> Slot {
    match d {
        0 => None,
        d if d == base((min, max)) - 1 => Some(Rating::DontKnow),
        d => Level::new(min + d as u8 - 1).map(Rating::Level),
    }
}

/// The code for `slots` (one per rating of `setup`: per item its level now, then its target
/// when targets are rated). `nonce` is random from the shell; only its low bits are used.
/// Empty for a set-up no code can carry.
pub fn encode(setup: &WorkshopSetup, slots: &[Slot], nonce: u64) -> String {
    if !codable(setup) {
        return String::new();
    }
    let payload = slots
        .iter()
        .take(setup.ratings())
        .enumerate()
        .fold(0u128, |n, (r, s)| {
            let span = span_of(setup, r);
            n * base(span) + slot_digit(*s, span)
        });
    let (data, bits) = (data_len(setup), payload_bits(setup));
    let nonce_bits = 5 * data as u32 - bits;
    let nonce = u128::from(nonce) & ((1u128 << nonce_bits.min(64)) - 1);
    let number = nonce << bits | payload;
    let mut values: Vec<u8> = setup.id.chars().filter_map(value).collect();
    values.extend((0..data).rev().map(|i| (number >> (5 * i) & 31) as u8));
    values.push(check_value(&values));
    values.into_iter().map(symbol).collect()
}

/// The ratings in `code` (dashes and spaces allowed) for `setup`.
pub fn decode(setup: &WorkshopSetup, code: &str) -> Result<Vec<Slot>, CodeError> {
    let values: Vec<u8> = code
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(value)
        .collect::<Option<_>>()
        .ok_or(CodeError::Typo)?;
    if !codable(setup)
        || values.len() != code_len(setup)
        || values.len() > MAX_CHECKED_LEN
        || !is_valid(&values)
    {
        return Err(CodeError::Typo);
    }
    let id: String = values[..ID_LEN].iter().map(|v| symbol(*v)).collect();
    if id != setup.id {
        return Err(CodeError::OtherWorkshop);
    }
    let data = &values[ID_LEN..values.len() - 1];
    let number = data.iter().fold(0u128, |n, v| n << 5 | u128::from(*v));
    let mut payload = number & ((1u128 << payload_bits(setup)) - 1);
    let mut slots = vec![None; setup.ratings()];
    for (r, slot) in slots.iter_mut().enumerate().rev() {
        let span = span_of(setup, r);
        *slot = digit_slot(payload % base(span), span);
        payload /= base(span);
    }
    // A payload beyond the product of the bases is no code this app made.
    if payload != 0 {
        return Err(CodeError::Typo);
    }
    Ok(slots)
}

/// `code` in groups of [`GROUP`] for reading: `K7QA-3MZP-2XWB-9`.
pub fn grouped(code: &str) -> String {
    let chars: Vec<char> = code.chars().filter(|c| *c != '-').collect();
    chars
        .chunks(GROUP)
        .map(|g| g.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// `code` in its one written form: capitals, look-alikes read, no dashes or spaces.
pub fn canonical(code: &str) -> Option<String> {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| value(c).map(symbol))
        .collect()
}
