//! Finding answer codes in pasted text — everything copied from a Teams or Zoom chat, with
//! names, times and greetings around the codes.
//!
//! A code is recognised in three written forms:
//! - in dashed groups as the app shows it (`K7QA-3MZP-2XWB-9`), any length a code can have;
//! - in one piece (`K7QA3MZP2XWB9`) when it holds a digit or starts with this workshop's id;
//! - in groups split by spaces (`K7QA 3MZP 2XWB 9`) adding up to this workshop's code length,
//!   again with a digit or this workshop's id.
//!
//! The digit rule keeps ordinary words out: "Tillsammans" is spelt in the code alphabet.

use super::alphabet::{value, MAX_CHECKED_LEN};
use super::code::{canonical, GROUP, MIN_CODE_LEN};

fn in_alphabet(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| value(c).is_some())
}

fn plausible(code: &str, id: &str) -> bool {
    code.chars().any(|c| c.is_ascii_digit()) || code.to_ascii_uppercase().starts_with(id)
}

/// A token with dashes, in groups of four with a shorter last group.
fn dashed(token: &str) -> Option<String> {
    let groups: Vec<&str> = token.split('-').collect();
    let (last, full) = groups.split_last()?;
    let shaped = !full.is_empty()
        && full.iter().all(|g| g.len() == GROUP && in_alphabet(g))
        && in_alphabet(last)
        && last.len() <= GROUP;
    let len = token.len() - full.len();
    (shaped && (MIN_CODE_LEN..=MAX_CHECKED_LEN).contains(&len)).then(|| canonical(token))?
}

/// The codes in `text` in the order written, each in canonical form (capitals, no dashes).
/// `id` is the workshop's id and `len` its code length.
pub fn extract(text: &str, id: &str, len: usize) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|t| t.trim_matches('-'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if token.contains('-') {
            found.extend(dashed(token));
        } else if in_alphabet(token)
            && (MIN_CODE_LEN..=MAX_CHECKED_LEN).contains(&token.len())
            && plausible(token, id)
        {
            found.extend(canonical(token));
        } else if let Some(used) = spaced(&tokens[i..], id, len) {
            found.extend(canonical(&tokens[i..i + used].concat()));
            i += used;
            continue;
        }
        i += 1;
    }
    found
}

/// How many tokens from the start form one code written in space-separated groups.
fn spaced(tokens: &[&str], id: &str, len: usize) -> Option<usize> {
    let mut total = 0;
    for (n, token) in tokens.iter().enumerate() {
        if !in_alphabet(token) || token.len() > GROUP {
            return None;
        }
        total += token.len();
        let last = total == len;
        if token.len() < GROUP && !last {
            return None;
        }
        if last {
            let code = tokens[..=n].concat();
            return (n > 0 && plausible(&code, id)).then_some(n + 1);
        }
    }
    None
}
