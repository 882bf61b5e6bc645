//! A word cloud of the answers to the opening question: words counted (stop words left out)
//! and laid out as pure geometry — sizes by count, the most common word in the middle and the
//! rest on a spiral around it, no two words overlapping, all inside the box.

use crate::framework::text::Lang;

use super::stop_words::is_stop_word;
use super::summaries::chat_line;

/// The most words a cloud shows (the table lists every word).
pub const MAX_WORDS: usize = 40;
/// Width of a character in fifths of an em (0.6 em): every word's text is drawn at exactly
/// its box's width.
pub const CHAR_FIFTHS: u32 = 3;
/// Height of a word's box in fifths of an em (1.2 em).
pub const LINE_FIFTHS: u32 = 6;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordCount {
    pub word: String,
    pub count: usize,
}

/// A word placed in the cloud, in whole pixels: `x`, `y` is its box's centre.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub word: String,
    pub count: usize,
    pub size: u32,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cloud {
    pub width: u32,
    pub height: u32,
    pub words: Vec<Placed>,
}

/// A word's letters in lower case, for the Latin letters Swedish and English use (the
/// standard library's full Unicode tables would add to the app's download).
pub(crate) fn lower(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 32).unwrap_or(c),
            c => c,
        })
        .collect()
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
    // Loops inside each other rather than a flat_map, which costs more code.
    for line in lines {
        for word in line.split(|c: char| !(c.is_alphabetic() || c == '-')) {
            let word = lower(word.trim_matches('-'));
            if word.chars().count() <= 1 || is_stop_word(&word, lang == Lang::En) {
                continue;
            }
            match counts.iter_mut().find(|c| c.word == word) {
                Some(c) => c.count += 1,
                None => counts.push(WordCount { word, count: 1 }),
            }
        }
    }
    // An insertion sort: a few hundred words at most, and far less code in the app's download
    // than the standard library's sort made for one more type.
    let before = |a: &WordCount, b: &WordCount| {
        a.count > b.count || (a.count == b.count && sv_key(&a.word) < sv_key(&b.word))
    };
    for i in 1..counts.len() {
        let mut j = i;
        while j > 0 && before(&counts[j], &counts[j - 1]) {
            counts.swap(j, j - 1);
            j -= 1;
        }
    }
    counts
}

/// Font sizes from counts: the fewest get `min`, the most `max`, linear between (rounded
/// down); all the same count gets `max`.
pub fn sizes(counts: &[usize], min: u32, max: u32) -> Vec<u32> {
    let lo = counts.iter().copied().min().unwrap_or(0);
    let hi = counts.iter().copied().max().unwrap_or(0);
    let span = u64::from(max.saturating_sub(min));
    counts
        .iter()
        .map(|&c| {
            if hi == lo {
                return max;
            }
            let part = span * (c - lo) as u64 / (hi - lo) as u64;
            min + u32::try_from(part).unwrap_or(0)
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Rect {
    x0: i64,
    y0: i64,
    x1: i64,
    y1: i64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// The box a word of `chars` characters takes at `size`, rounded up to whole pixels (an even
/// number, so that the centre is whole too).
pub fn word_box(chars: usize, size: u32) -> (u32, u32) {
    let chars = u32::try_from(chars).unwrap_or(u32::MAX / 8);
    let even = |fifths: u32| fifths.div_ceil(10) * 2;
    (
        even(chars.saturating_mul(CHAR_FIFTHS).saturating_mul(size)),
        even(LINE_FIFTHS * size),
    )
}

/// The offsets of a square spiral from the centre, in grid steps: the centre, then ring after
/// ring (right side down, bottom leftwards, left side up, top rightwards).
fn spiral(rings: i64) -> Spiral {
    Spiral {
        rings: rings.max(0),
        ring: 0,
        at: 0,
    }
}

/// [`spiral`]'s points: point `at` of ring `ring` (of `8 × ring` points; ring 0 is the centre).
/// Counted rather than chained from the four sides, which compiled the search four times.
struct Spiral {
    rings: i64,
    ring: i64,
    at: i64,
}

impl Iterator for Spiral {
    type Item = (i64, i64);

    fn next(&mut self) -> Option<(i64, i64)> {
        let (k, n) = (self.ring, self.at);
        if k > self.rings {
            return None;
        }
        let (side, t) = if k == 0 {
            (4, 0)
        } else {
            (n / (2 * k), n % (2 * k))
        };
        let point = match side {
            0 => (k, t - k + 1),
            1 => (k - 1 - t, k),
            2 => (-k, k - 1 - t),
            3 => (t - k + 1, -k),
            _ => (0, 0),
        };
        self.at += 1;
        if self.at >= 8 * k.max(1) || k == 0 {
            self.ring += 1;
            self.at = 0;
        }
        Some(point)
    }
}

/// Places each word at the first point of a spiral from the centre where it overlaps nothing
/// placed and stays inside the box; a word that finds no place is left out, and the second
/// value says whether every word found one.
fn place(words: &[WordCount], sizes: &[u32], width: u32, height: u32) -> (Vec<Placed>, bool) {
    let (w, h) = (i64::from(width), i64::from(height));
    let gap = (h / 100).max(1);
    // Grid steps keep the box's proportions, so the cloud grows as wide as the box.
    let (sx, sy) = ((gap * w / h).max(1), gap);
    let rings = (w / 2 / sx).max(h / 2 / sy);
    let mut placed: Vec<Placed> = Vec::new();
    let mut rects: Vec<Rect> = Vec::new();
    let mut all = true;
    for (word, &size) in words.iter().zip(sizes) {
        let (bw, bh) = word_box(word.word.chars().count(), size);
        let (hw, hh) = (i64::from(bw) / 2, i64::from(bh) / 2);
        let found = spiral(rings).find_map(|(i, j)| {
            let (x, y) = (w / 2 + i * sx, h / 2 + j * sy);
            let rect = Rect {
                x0: x - hw,
                y0: y - hh,
                x1: x + hw,
                y1: y + hh,
            };
            let padded = Rect {
                x0: rect.x0 - gap,
                y0: rect.y0 - gap / 2,
                x1: rect.x1 + gap,
                y1: rect.y1 + gap / 2,
            };
            let inside = rect.x0 >= 0 && rect.y0 >= 0 && rect.x1 <= w && rect.y1 <= h;
            (inside && rects.iter().all(|o| !o.overlaps(&padded))).then_some((x, y, rect))
        });
        let Some((x, y, rect)) = found else {
            all = false;
            continue;
        };
        rects.push(rect);
        placed.push(Placed {
            word: word.word.clone(),
            count: word.count,
            size,
            x: u32::try_from(x).unwrap_or(0),
            y: u32::try_from(y).unwrap_or(0),
            width: bw,
            height: bh,
        });
    }
    (placed, all)
}

/// The cloud of the first [`MAX_WORDS`] of `words` in a `width` × `height` box: the largest
/// word a fifth of the height, the smallest a quarter of that; when not all fit, every size
/// shrinks until they do (after ten tries the words that still find no place are left out).
pub fn layout(words: &[WordCount], width: u32, height: u32) -> Cloud {
    let words = &words[..words.len().min(MAX_WORDS)];
    let counts: Vec<usize> = words.iter().map(|w| w.count).collect();
    let mut max = height / 5;
    let mut tries = 0;
    loop {
        let sized = sizes(&counts, (max / 4).max(1), max.max(1));
        let (placed, all) = place(words, &sized, width, height);
        tries += 1;
        if all || tries == 10 {
            return Cloud {
                width,
                height,
                words: placed,
            };
        }
        max = max * 85 / 100;
    }
}
