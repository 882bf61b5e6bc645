//! Group summaries pasted from a chat, sorted by group: a line that starts with a group's
//! name ("Grupp 3:", "grupp 3 -", "G3:", "Group 3 –", "Grupp 3, omgång 2:") starts that group's
//! text and the lines after it belong to it. A chat's time stamp line ("[10:32] Anna", "10:32:15
//! From Anna to Everyone: …") ends a group's text. Whatever belongs to no group is kept aside.

/// One group's text as written in the chat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub group: u8,
    /// The round named in the heading ("omgång 2"), 1-based.
    pub round: Option<usize>,
    /// The text without the heading.
    pub text: String,
    /// The whole text as written, heading included (what is kept aside if it cannot be placed).
    pub raw: String,
}

/// A pasted chat taken apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub blocks: Vec<Block>,
    /// Text that belongs to no group, in runs of lines.
    pub unclaimed: Vec<String>,
}

/// Strips `prefix` from the start of `s`, ignoring ASCII case.
fn strip_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Leading digits as a number and the rest.
fn number(s: &str) -> Option<(usize, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 || end > 2 {
        return None;
    }
    Some((s[..end].parse().ok()?, &s[end..]))
}

/// "omgång 2", "runda 2", "round 2" after the group's number, with a comma or brackets.
fn round_named(s: &str) -> Option<(usize, &str)> {
    let s = s.trim_start().trim_start_matches([',', '(']).trim_start();
    let rest = ["omgång", "runda", "round", "omg."]
        .iter()
        .find_map(|w| strip_ci(s, w))?;
    let (n, rest) = number(rest.trim_start())?;
    Some((n, rest.trim_start().trim_start_matches(')')))
}

/// A group heading at the start of `line`: the group, the round if named, and the text after.
pub fn heading(line: &str) -> Option<(u8, Option<usize>, &str)> {
    let s = line
        .trim_start()
        .trim_start_matches(['-', '*', '•'])
        .trim_start();
    let after = ["grupp", "group", "gr.", "gr", "g"]
        .iter()
        .find_map(|p| strip_ci(s, p))?;
    let (group, rest) = number(after.trim_start())?;
    let group = u8::try_from(group).ok().filter(|g| *g > 0)?;
    let (round, rest) = match round_named(rest) {
        Some((n, rest)) => (Some(n), rest),
        None => (None, rest),
    };
    let rest = rest.trim_start();
    let text = match rest.chars().next() {
        None => "",
        Some(':' | '-' | '–' | '—' | '.' | ')') => {
            rest[rest.chars().next()?.len_utf8()..].trim()
        }
        Some(_) => return None,
    };
    Some((group, round, text))
}

/// The message after a chat's time stamp ("[10:32] Anna Svensson", "10:32:15 From Anna to
/// Everyone: text"), or `None` when the line does not start with one.
fn after_time(line: &str) -> Option<&str> {
    chat_line(line).map(|(text, _)| text)
}

/// What a line of a chat that starts with a time stamp carries: the message sent, or only
/// the sender's name (a Teams heading; then `false`). `None` when the line has no time stamp.
pub fn chat_line(line: &str) -> Option<(&str, bool)> {
    let s = line.trim_start();
    let bracketed = s.starts_with('[');
    let s = s.strip_prefix('[').unwrap_or(s);
    let (_, s) = number(s)?;
    let s = s
        .strip_prefix(':')
        .or_else(|| s.strip_prefix('.').filter(|_| bracketed))?;
    let (_, mut s) = number(s).filter(|(_, r)| !r.starts_with(|c: char| c.is_ascii_digit()))?;
    let seconds = s.strip_prefix(':').and_then(number);
    if let Some((_, rest)) = seconds {
        s = rest;
    }
    let s = s.strip_prefix(']').unwrap_or(s);
    if !(s.is_empty() || s.starts_with(char::is_whitespace)) {
        return None;
    }
    let s = s.trim();
    let from = strip_ci(s, "from ").or_else(|| strip_ci(s, "från "));
    // Without brackets or seconds a time is only a chat's when a sender follows.
    if !bracketed && seconds.is_none() && from.is_none() {
        return None;
    }
    Some(match from.and_then(|f| f.split_once(':')) {
        Some((_, text)) => (text.trim(), true),
        None => (s, false),
    })
}

#[derive(Default)]
struct Reader {
    parsed: Parsed,
    block: Option<Block>,
    aside: Vec<String>,
}

impl Reader {
    fn end_block(&mut self) {
        if let Some(mut b) = self.block.take() {
            // Lines are pushed trimmed, so only blank lines can trail.
            for part in [&mut b.text, &mut b.raw] {
                part.truncate(part.trim_end().len());
            }
            if !b.text.is_empty() {
                self.parsed.blocks.push(b);
            }
        }
    }

    fn end_aside(&mut self) {
        if !self.aside.is_empty() {
            self.parsed.unclaimed.push(self.aside.join("\n"));
            self.aside.clear();
        }
    }

    fn start(&mut self, (group, round, text): (u8, Option<usize>, &str), raw: &str) {
        self.end_block();
        self.end_aside();
        self.block = Some(Block {
            group,
            round,
            text: text.to_owned(),
            raw: raw.trim().to_owned(),
        });
    }

    fn line(&mut self, line: &str) {
        if let Some(b) = self.block.as_mut() {
            for part in [&mut b.text, &mut b.raw] {
                if !part.is_empty() {
                    part.push('\n');
                }
                part.push_str(line.trim());
            }
        } else if line.trim().is_empty() {
            self.end_aside();
        } else {
            self.aside.push(line.trim().to_owned());
        }
    }
}

/// Takes a pasted chat apart into the groups' texts and what belongs to no group.
pub fn parse(text: &str) -> Parsed {
    let mut r = Reader::default();
    for line in text.lines() {
        if let Some(h) = heading(line) {
            r.start(h, line);
        } else if let Some(message) = after_time(line) {
            r.end_block();
            r.end_aside();
            match heading(message) {
                Some(h) => r.start(h, message),
                None if message.is_empty() => {}
                None => r.aside.push(message.to_owned()),
            }
        } else if line.trim().is_empty() && r.block.is_some() {
            // A blank line inside a group's text keeps it apart as a paragraph.
            r.line("");
        } else {
            r.line(line);
        }
    }
    r.end_block();
    r.end_aside();
    for b in &mut r.parsed.blocks {
        while b.text.contains("\n\n\n") {
            b.text = b.text.replace("\n\n\n", "\n\n");
        }
    }
    r.parsed
}

/// How large the summaries of one projector slide can be set: 3 for a little text, 2 for more,
/// 1 for much (the projector's type steps).
pub fn text_step(chars: usize) -> u8 {
    match chars {
        0..=600 => 3,
        601..=1400 => 2,
        _ => 1,
    }
}
