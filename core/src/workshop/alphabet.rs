//! The characters of workshop ids and answer codes, and their check character.
//!
//! The alphabet is Crockford's base 32: digits and capitals without I, L, O and U, so nothing
//! read aloud or typed can be mistaken for something else. When reading, lower case is the
//! same as upper case, O is read as 0, and I and L as 1.
//!
//! The check character makes `Σ wᵢ·cᵢ = 0` over GF(32) for the whole code, with a different
//! non-zero weight `wᵢ = αⁱ⁺¹` per position. Changing one character by `e ≠ 0` changes the sum
//! by `wᵢ·e ≠ 0`; swapping two different characters changes it by `(wᵢ ⊕ wⱼ)·(cᵢ ⊕ cⱼ) ≠ 0`.
//! So every single-character error and every swap (adjacent or not) is caught, for codes of
//! up to [`MAX_CHECKED_LEN`] characters.

pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// GF(32) has 31 distinct non-zero weights: one per position.
pub const MAX_CHECKED_LEN: usize = 31;

/// The value 0–31 of a character as typed, or `None` for a character outside the alphabet.
pub fn value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|a| char::from(*a) == c)
        .map(|p| p as u8)
}

pub fn symbol(v: u8) -> char {
    char::from(ALPHABET[usize::from(v & 31)])
}

/// Multiplication in GF(2⁵) with the primitive polynomial x⁵ + x² + 1.
fn mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 32 != 0 {
            a ^= 0b10_0101;
        }
    }
    product
}

/// `αⁿ` with α = x (the value 2).
fn alpha_pow(n: usize) -> u8 {
    (0..n % 31).fold(1, |p, _| mul(p, 2))
}

/// `a⁻¹ = a³⁰` for a ≠ 0.
fn inverse(a: u8) -> u8 {
    (0..30).fold(1, |p, _| mul(p, a))
}

fn weighted_sum(values: &[u8]) -> u8 {
    values
        .iter()
        .enumerate()
        .fold(0, |sum, (i, v)| sum ^ mul(alpha_pow(i + 1), *v))
}

/// The character that completes `values` (at most `MAX_CHECKED_LEN - 1` of them).
pub fn check_value(values: &[u8]) -> u8 {
    let sum = weighted_sum(values);
    mul(sum, inverse(alpha_pow(values.len() + 1)))
}

/// Whether `values`, check character last, add up.
pub fn is_valid(values: &[u8]) -> bool {
    values.len() <= MAX_CHECKED_LEN && weighted_sum(values) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_distinct_and_non_zero() {
        let weights: Vec<u8> = (1..=31).map(alpha_pow).collect();
        for (i, w) in weights.iter().enumerate() {
            assert_ne!(*w, 0);
            assert!(!weights[i + 1..].contains(w), "α^{} repeats", i + 1);
        }
        for a in 1..32 {
            assert_eq!(mul(a, inverse(a)), 1);
        }
    }

    #[test]
    fn reading_forgives_case_and_look_alikes() {
        assert_eq!(value('o'), Some(0));
        assert_eq!(value('i'), Some(1));
        assert_eq!(value('L'), Some(1));
        assert_eq!(value('z'), Some(31));
        assert_eq!(value('U'), None);
        assert_eq!(value('ä'), None);
        assert!((0..32).all(|v| value(symbol(v)) == Some(v)));
    }
}
