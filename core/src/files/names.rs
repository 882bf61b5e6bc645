//! Names of the files the app writes: the app, the unit(s) and the date, safe on every system.

/// The name every exported file starts with.
pub const APP_NAME: &str = "Nära vård-kompassen";

/// Longest unit name kept in a file name, in characters.
const MAX_UNIT_CHARS: usize = 60;

/// `text` made safe as part of a file name: the characters Windows refuses (`< > : " / \ | ? *`)
/// and control characters become `-`, runs of white space one space, and no dot or space at
/// either end (Windows drops them). Cut to `max` characters.
pub fn safe_part(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '-',
            // Control characters and the usual spaces; no Unicode table needed.
            '\u{0}'..='\u{20}' | '\u{7f}'..='\u{a0}' => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let cut: String = out.chars().take(max).collect();
    cut.trim_matches(|c: char| c == ' ' || c == '.').to_owned()
}

/// An exported file's name: `Nära vård-kompassen – UNIT – DATE.EXT`. `units` are the unit
/// names in the file (each once, in order); with more than two, the first two are named and
/// `more(n)` says how many more ("och 3 till"). No unit: `Nära vård-kompassen – DATE.EXT`.
pub fn export_file_name(
    units: &[&str],
    more: &dyn Fn(usize) -> String,
    date: &str,
    ext: &str,
) -> String {
    let mut names: Vec<String> = Vec::new();
    for u in units {
        let s = safe_part(u, MAX_UNIT_CHARS);
        if !s.is_empty() && !names.contains(&s) {
            names.push(s);
        }
    }
    let mut label = names.iter().take(2).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 2 {
        label.push(' ');
        label.push_str(&safe_part(&more(names.len() - 2), MAX_UNIT_CHARS));
    }
    let date = safe_part(date, 10);
    let mut name = APP_NAME.to_owned();
    for part in [label.as_str(), date.as_str()] {
        if !part.is_empty() {
            name.push_str(" – ");
            name.push_str(part);
        }
    }
    format!("{name}.{ext}")
}
