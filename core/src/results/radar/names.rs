//! An axis's name around the radar: wrapped on whole words into a few short lines, and where
//! each line stands against the axis's label point.

use super::{Axis, Point, SIZE};

/// A name's line: at most this many characters (one word may take one more; a longer word is
/// shortened with "…").
pub const LINE_CHARS: usize = 13;
/// A name takes at most this many lines.
pub const NAME_LINES: usize = 2;
/// The distance between a name's lines in user units (its font size is 20).
pub const LINE_HEIGHT: i32 = 22;

/// `name` in at most [`NAME_LINES`] lines of at most [`LINE_CHARS`] characters, broken
/// between words only; what does not fit ends in "…" (the table beside has the full name).
pub fn name_lines(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        let word = clip(word, LINE_CHARS + 1);
        let len = |l: &String| l.chars().count();
        let full = lines.len() == NAME_LINES;
        match lines.last_mut() {
            Some(line) if len(line) + 1 + len(&word) <= LINE_CHARS => {
                line.push(' ');
                line.push_str(&word);
            }
            Some(line) if full => {
                if !line.ends_with('…') {
                    *line = clip(&format!("{line}…"), LINE_CHARS + 1);
                    if !line.ends_with('…') {
                        line.pop();
                        line.push('…');
                    }
                }
                break;
            }
            _ => lines.push(word),
        }
    }
    // A last line that is only a short word and "…" ("och…") says nothing: end the line
    // before it instead.
    if lines.len() > 1
        && lines
            .last()
            .is_some_and(|l| l.ends_with('…') && l.chars().count() <= 4)
    {
        lines.pop();
        if let Some(line) = lines.last_mut() {
            if !line.ends_with('…') {
                line.push('…');
            }
        }
    }
    lines
}

/// `word` as it is, or its first characters and "…" when it has more than `max`.
fn clip(word: &str, max: usize) -> String {
    if word.chars().count() <= max {
        return word.to_owned();
    }
    let mut cut: String = word.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// Where each of a name's `count` lines stands: above the chart the block ends at the label
/// point, below it starts there, beside it the block is centred on it.
pub fn line_points(axis: &Axis, count: usize) -> Vec<Point> {
    let count = i32::try_from(count).unwrap_or(1);
    let c = SIZE / 2;
    let first = match axis.label.y - c {
        dy if dy < -40 => axis.label.y - (count - 1) * LINE_HEIGHT,
        dy if dy > 40 => axis.label.y + LINE_HEIGHT / 2,
        _ => axis.label.y - (count - 1) * LINE_HEIGHT / 2,
    };
    (0..count)
        .map(|k| Point {
            x: axis.label.x,
            y: first + k * LINE_HEIGHT,
        })
        .collect()
}
