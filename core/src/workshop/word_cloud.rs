//! A word cloud of the answers to the opening question: words counted (stop words left out)
//! and laid out as pure geometry — sizes by count, the most common word in the middle and the
//! rest on a spiral around it, no two words overlapping, all inside the box.

use crate::framework::text::Lang;

use super::stop_words::is_stop_word;
use super::summaries::chat_line;

/// The most words a cloud shows (the table lists every word).
pub const MAX_WORDS: usize = 40;
/// Width of a character in em: every word's text is drawn at exactly its box's width.
pub const CHAR_EM: f64 = 0.6;
/// Height of a word's box in em.
pub const LINE_EM: f64 = 1.2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordCount {
    pub word: String,
    pub count: usize,
}

/// A word placed in the cloud: `x`, `y` is its box's centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub word: String,
    pub count: usize,
    pub size: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cloud {
    pub width: f64,
    pub height: f64,
    pub words: Vec<Placed>,
}

/// A character's place in Swedish alphabetical order: å, ä, ö after z.
fn sv_key(word: &str) -> Vec<u32> {
    word.chars()
        .map(|c| match c {
            'å' => u32::from('z') + 1,
            'ä' => u32::from('z') + 2,
            'ö' => u32::from('z') + 3,
            c => u32::from(c),
        })
        .collect()
}

/// The words of `text` counted, lower case, without stop words (English ones too when `lang`
/// is English), numbers or single letters; the most common first, ties in Swedish order. A
/// chat's heading lines ("[09:02] Anna Svensson") are left out, names and all.
pub fn count_words(text: &str, lang: Lang) -> Vec<WordCount> {
    let mut counts: Vec<WordCount> = Vec::new();
    let lines = text.lines().filter_map(|line| match chat_line(line) {
        Some((message, true)) => Some(message),
        Some((_, false)) => None,
        None => Some(line),
    });
    let words = lines
        .flat_map(|line| {
            line.split(|c: char| !(c.is_alphabetic() || c == '-'))
                .map(|w| w.trim_matches('-').to_lowercase())
        })
        .filter(|w| w.chars().count() > 1 && !is_stop_word(w, lang == Lang::En));
    for word in words {
        match counts.iter_mut().find(|c| c.word == word) {
            Some(c) => c.count += 1,
            None => counts.push(WordCount { word, count: 1 }),
        }
    }
    counts.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| sv_key(&a.word).cmp(&sv_key(&b.word)))
    });
    counts
}

/// Font sizes from counts: the fewest get `min`, the most `max`, linear between; all the same
/// count gets `max`.
#[allow(clippy::cast_precision_loss)]
pub fn sizes(counts: &[usize], min: f64, max: f64) -> Vec<f64> {
    let lo = counts.iter().copied().min().unwrap_or(0);
    let hi = counts.iter().copied().max().unwrap_or(0);
    counts
        .iter()
        .map(|&c| {
            if hi == lo {
                max
            } else {
                min + (max - min) * (c - lo) as f64 / (hi - lo) as f64
            }
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// The box a word of `chars` characters takes at `size`.
#[allow(clippy::cast_precision_loss)]
pub fn word_box(chars: usize, size: f64) -> (f64, f64) {
    (chars as f64 * CHAR_EM * size, LINE_EM * size)
}

/// Places each word on an elliptic spiral from the centre at the first point where it overlaps
/// nothing placed and stays inside the box; a word that finds no place is left out, and the
/// second value says whether every word found one.
fn place(words: &[WordCount], sizes: &[f64], width: f64, height: f64) -> (Vec<Placed>, bool) {
    let (cx, cy) = (width / 2.0, height / 2.0);
    let aspect = width / height;
    let gap = height / 100.0;
    let mut placed: Vec<Placed> = Vec::new();
    let mut rects: Vec<Rect> = Vec::new();
    let mut all = true;
    for (w, &size) in words.iter().zip(sizes) {
        let (bw, bh) = word_box(w.word.chars().count(), size);
        let mut theta: f64 = 0.0;
        let found = loop {
            let r = 1.5 * gap * theta;
            if r > height {
                break None;
            }
            let (x, y) = (cx + r * theta.cos() * aspect, cy + r * theta.sin());
            let rect = Rect {
                x0: x - bw / 2.0,
                y0: y - bh / 2.0,
                x1: x + bw / 2.0,
                y1: y + bh / 2.0,
            };
            let padded = Rect {
                x0: rect.x0 - gap,
                y0: rect.y0 - gap / 2.0,
                x1: rect.x1 + gap,
                y1: rect.y1 + gap / 2.0,
            };
            let inside = rect.x0 >= 0.0 && rect.y0 >= 0.0 && rect.x1 <= width && rect.y1 <= height;
            if inside && rects.iter().all(|o| !o.overlaps(&padded)) {
                break Some((x, y, rect));
            }
            // About one box-gap of arc per step, whatever the radius.
            theta += (gap / r.max(gap)).min(0.5);
        };
        let Some((x, y, rect)) = found else {
            all = false;
            continue;
        };
        rects.push(rect);
        placed.push(Placed {
            word: w.word.clone(),
            count: w.count,
            size,
            x,
            y,
            width: bw,
            height: bh,
        });
    }
    (placed, all)
}

/// The cloud of the first [`MAX_WORDS`] of `words` in a `width` × `height` box: the largest
/// word a fifth of the height, the smallest a quarter of that; when not all fit, every size
/// shrinks until they do (after ten tries the words that still find no place are left out).
pub fn layout(words: &[WordCount], width: f64, height: f64) -> Cloud {
    let words = &words[..words.len().min(MAX_WORDS)];
    let counts: Vec<usize> = words.iter().map(|w| w.count).collect();
    let mut max = height / 5.0;
    let mut tries = 0;
    loop {
        let sized = sizes(&counts, max / 4.0, max);
        let (placed, all) = place(words, &sized, width, height);
        tries += 1;
        if all || tries == 10 {
            return Cloud {
                width,
                height,
                words: placed,
            };
        }
        max *= 0.85;
    }
}
