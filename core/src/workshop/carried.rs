//! A workshop on an own framework: the join link carries what the phones need to rate it —
//! the framework's name, factor heading, own scales, questions, shifts (FRÅN, TILL) and
//! factors with the scale each is rated on, as short tagged lines — compressed (raw deflate, by the browser) after the set-up:
//! `#workshop=ID.FW.MASK.FLAGS.PACKED`. A phone rebuilds a framework from it with the same id
//! and its items in the same order (answer codes count items by position).

use crate::files::share::{base64url, from_base64url};
use crate::framework::scale::Scale;
use crate::framework::text::Localized;
use crate::framework::validate::validate;
use crate::framework::{Factor, Framework, Shift};
use crate::workshop::setup::JOIN_KEY;

/// What a phone needs of `fw`, as lines: a tag (`n` name, `t` factor heading, `h` horizon, `q` question,
/// `s` shift, `f` factor) and its texts, separated by tabs (Swedish, English; a shift FRÅN
/// then TILL; an item's own wording of each step last). Tabs and line breaks inside a text become spaces.
pub fn pack(fw: &Framework) -> String {
    let mut out = String::new();
    // A line: the tag, raw fields (ids, numbers), then each text in both languages.
    let mut line = |tag: char, raw: &[&str], texts: &[&Localized]| {
        out.push(tag);
        for part in raw {
            field(&mut out, part);
        }
        for t in texts {
            field(&mut out, &t.sv);
            field(&mut out, t.en.as_deref().unwrap_or_default());
        }
        out.push('\n');
    };
    line('n', &[], &[&fw.name]);
    line('t', &[], &[&fw.factors_title]);
    // The horizon names the target ("Vart vill ni nå till 2035?").
    if let Some(year) = fw.horizon {
        line('h', &[&year.to_string()], &[]);
    }
    for k in &fw.scales {
        let labels: Vec<&Localized> = k.labels.iter().collect();
        line(
            'k',
            &[&k.id, &k.steps.to_string(), &k.start.to_string()],
            &labels,
        );
    }
    for q in &fw.questions {
        line('q', &[], &[q]);
    }
    // An item's scale first ("" for its kind's own); the phone rates on it.
    // Then the item's own wording of each step, if it has one.
    for s in &fw.shifts {
        let mut texts = vec![&s.from, &s.to];
        texts.extend(&s.levels);
        line('s', &[s.scale.as_deref().unwrap_or_default()], &texts);
    }
    for f in &fw.factors {
        let mut texts = vec![&f.name];
        texts.extend(&f.levels);
        line('f', &[f.scale.as_deref().unwrap_or_default()], &texts);
    }
    out
}

/// One field of a line: a tab, then `part` with its tabs and line breaks as spaces.
fn field(out: &mut String, part: &str) {
    out.push('\t');
    out.push_str(&part.replace(['\t', '\n', '\r'], " "));
}

/// The framework `id` rebuilt from [`pack`]'s lines (items `s1`, `s2`, … and `f1`, …);
/// `None` when the lines do not make a valid framework.
pub fn unpack(text: &str, id: &str) -> Option<Framework> {
    let mut fw = Framework::blank(id.to_owned());
    for line in text.lines() {
        let mut parts = line.split('\t').peekable();
        let tag = parts.next()?;
        // Shifts, factors, scales and the horizon have one raw field first.
        let raw = if matches!(tag, "s" | "f" | "k" | "h") {
            parts.next().unwrap_or_default()
        } else {
            ""
        };
        let scale = Some(raw.to_owned()).filter(|s| !s.is_empty());
        match tag {
            "n" => fw.name = localized(&mut parts),
            "t" => fw.factors_title = localized(&mut parts),
            "h" => fw.horizon = Some(raw.parse().ok()?),
            "q" => fw.questions.push(localized(&mut parts)),
            "k" => {
                let (steps, start) = (raw_number(parts.next())?, raw_number(parts.next())?);
                let labels = (0..steps).map(|_| localized(&mut parts)).collect();
                fw.scales.push(Scale {
                    id: raw.to_owned(),
                    name: None,
                    steps,
                    start,
                    labels,
                });
            }
            "s" => {
                let (from, to) = (localized(&mut parts), localized(&mut parts));
                fw.shifts.push(Shift {
                    id: format!("s{}", fw.shifts.len() + 1),
                    from,
                    to,
                    goal_areas: Vec::new(),
                    rationale: None,
                    scale,
                    levels: the_rest(&mut parts),
                });
            }
            "f" => {
                let name = localized(&mut parts);
                fw.factors.push(Factor {
                    id: format!("f{}", fw.factors.len() + 1),
                    name,
                    goal_areas: Vec::new(),
                    rationale: None,
                    scale,
                    levels: the_rest(&mut parts),
                });
            }
            _ => return None,
        }
    }
    validate(&fw).is_empty().then_some(fw)
}

/// The texts left on a line (an item's own wording of its steps; none in links made before).
fn the_rest<'a>(parts: &mut std::iter::Peekable<impl Iterator<Item = &'a str>>) -> Vec<Localized> {
    let mut out = Vec::new();
    while parts.peek().is_some() {
        out.push(localized(parts));
    }
    out
}

/// The next text of a line: Swedish, then English (none when empty).
fn localized<'a>(parts: &mut impl Iterator<Item = &'a str>) -> Localized {
    let sv = parts.next().unwrap_or_default().to_owned();
    let en = parts.next().filter(|e| !e.is_empty()).map(str::to_owned);
    Localized { sv, en }
}

/// A number of a scale line (steps, start).
fn raw_number(part: Option<&str>) -> Option<u8> {
    part?.parse().ok()
}

/// A join fragment (`fragment`, from `WorkshopSetup::fragment`) with the deflated framework.
pub fn with_carried(fragment: &str, deflated: &[u8]) -> String {
    format!("{fragment}.{}", base64url(deflated))
}

/// A join fragment split into the set-up's part (what `read_join` reads) and the framework it
/// carries, compressed (`None` when it carries none; `Some(None)` when that part is damaged).
pub fn split_carried(fragment: &str) -> (&str, Option<Option<Vec<u8>>>) {
    let trimmed = fragment.trim_start_matches('#');
    if !trimmed.starts_with(JOIN_KEY) {
        return (fragment, None);
    }
    // The set-up has four parts; a fifth is the framework.
    match trimmed.match_indices('.').nth(3) {
        Some((at, _)) => (&trimmed[..at], Some(from_base64url(&trimmed[at + 1..]))),
        None => (trimmed, None),
    }
}
