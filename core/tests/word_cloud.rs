//! The opening question's word cloud: words counted without stop words (hand-worked), sizes
//! by count (hand-worked), and a layout where no two words overlap and all stay in the box.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::workshop::word_cloud::{
    count_words, layout, sizes, word_box, WordCount, MAX_WORDS,
};
use kompass_core::Lang;

fn counted(text: &str, lang: Lang) -> Vec<(String, usize)> {
    count_words(text, lang)
        .into_iter()
        .map(|w| (w.word, w.count))
        .collect()
}

fn w(word: &str, count: usize) -> WordCount {
    WordCount {
        word: word.into(),
        count,
    }
}

#[test]
fn words_are_counted_without_stop_words_numbers_or_single_letters() {
    let text = "10:02 Trygghet och kontinuitet!\nAtt jag får vård NÄRA mig – trygghet.\nÖppenhet, närhet; trygghet i 2 steg. x";
    assert_eq!(
        counted(text, Lang::Sv),
        [
            ("trygghet", 3),
            ("kontinuitet", 1),
            ("nära", 1),
            ("närhet", 1),
            ("steg", 1),
            ("vård", 1),
            ("öppenhet", 1),
        ]
        .map(|(w, c)| (w.to_owned(), c))
    );
    // English stop words go too when the interface is English; Swedish ones always.
    let text = "The care is close to me och nära";
    assert_eq!(
        counted(text, Lang::En),
        [("care", 1), ("close", 1), ("nära", 1)].map(|(w, c)| (w.to_owned(), c))
    );
    assert_eq!(
        counted(text, Lang::Sv).len(),
        7,
        "English words stay in Swedish"
    );
    assert_eq!(
        counted("egen-vård -vård-", Lang::Sv),
        [("egen-vård".to_owned(), 1), ("vård".to_owned(), 1)]
    );
    assert!(counted("och att i på", Lang::Sv).is_empty());
    // A chat's headings are left out, the messages counted.
    let chat = "[09:01] Anna Svensson\nTrygghet\n09:02:10 From Bo Ek to Everyone: Trygghet igen";
    assert_eq!(
        counted(chat, Lang::Sv),
        [("trygghet".to_owned(), 2), ("igen".to_owned(), 1)]
    );
}

#[test]
fn sizes_are_linear_in_the_count() {
    assert_eq!(sizes(&[4, 2, 1], 20, 80), [80, 40, 20]);
    // Rounded down: 20 + 60 × 1 / 2 = 50, 20 + 60 × 2 / 3 = 60.
    assert_eq!(sizes(&[1, 2, 3], 20, 80), [20, 50, 80]);
    assert_eq!(sizes(&[3, 3], 20, 80), [80, 80]);
    assert!(sizes(&[], 20, 80).is_empty());
    // 0.6 em a character and 1.2 em a line, rounded up to an even number of pixels.
    assert_eq!(word_box(5, 100), (300, 120));
    assert_eq!(word_box(3, 35), (64, 42));
}

fn check(cloud: &kompass_core::workshop::word_cloud::Cloud) {
    let edges = |p: &kompass_core::workshop::word_cloud::Placed| {
        let (x, y) = (i64::from(p.x), i64::from(p.y));
        let (hw, hh) = (i64::from(p.width / 2), i64::from(p.height / 2));
        (x - hw, y - hh, x + hw, y + hh)
    };
    for (i, a) in cloud.words.iter().enumerate() {
        let (ax0, ay0, ax1, ay1) = edges(a);
        assert!(
            ax0 >= 0 && ax1 <= i64::from(cloud.width),
            "{} inside",
            a.word
        );
        assert!(
            ay0 >= 0 && ay1 <= i64::from(cloud.height),
            "{} inside",
            a.word
        );
        for b in &cloud.words[i + 1..] {
            let (bx0, by0, bx1, by1) = edges(b);
            let apart = ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0;
            assert!(apart, "{} and {} overlap", a.word, b.word);
        }
    }
}

#[test]
fn a_hand_worked_cloud_puts_the_commonest_word_in_the_middle_at_the_largest_size() {
    let three = [w("trygghet", 4), w("vård", 2), w("tid", 1)];
    let cloud = layout(&three, 1600, 700);
    let got: Vec<(u32, u32, u32, u32, u32)> = cloud
        .words
        .iter()
        .map(|p| (p.size, p.x, p.y, p.width, p.height))
        .collect();
    // Sizes: a fifth of the height (140), a quarter of that (35), and linear between (70).
    // "trygghet": 8 × 0.6 × 140 = 672 wide, 1.2 × 140 = 168 high, in the centre (800, 350),
    // so it covers x 464–1136, y 266–434. The spiral's grid steps are 16 px across, 7 down,
    // and a word keeps 7 px beside and 3 px above or below another.
    // "vård" (168 × 84): below needs y − 42 − 3 ≥ 434, so y ≥ 479, step 19 (y = 483); beside
    // needs x − 84 − 7 ≥ 1136, step 27. Ring 19 starts down its right side (x = 800 + 19 × 16
    // = 1104) and its first free point is that side's last: (1104, 483).
    // "tid" (64 × 42): below "trygghet" needs y ≥ 458, step 16; on ring 16 the right side and
    // the bottom from x = 1056 to 992 touch "vård" (x 1020–1188, y 441–525); x = 976 is free.
    assert_eq!(
        got,
        [
            (140, 800, 350, 672, 168),
            (70, 1104, 483, 168, 84),
            (35, 976, 462, 64, 42)
        ]
    );
    check(&cloud);
    assert_eq!(cloud, layout(&three, 1600, 700), "the same every time");
}

#[test]
fn many_words_shrink_until_all_fit_without_overlapping() {
    let words: Vec<WordCount> = (0..60)
        .map(|i| w(&format!("samverkansord{}", "x".repeat(i % 7)), 60 - i))
        .collect();
    let cloud = layout(&words, 1600, 700);
    assert_eq!(
        cloud.words.len(),
        MAX_WORDS,
        "the first forty words, all placed"
    );
    check(&cloud);
    assert!(cloud.words[0].size < 140, "shrunk to fit");
    // The same count everywhere: all at one size.
    let same: Vec<WordCount> = ["omsorg", "tid", "tillit", "närhet", "kontinuitet"]
        .iter()
        .map(|s| w(s, 2))
        .collect();
    let cloud = layout(&same, 1600, 700);
    check(&cloud);
    assert_eq!(cloud.words.len(), 5);
    assert!(cloud.words.windows(2).all(|p| p[0].size == p[1].size));
    // A narrow box (a phone) still holds every word.
    let cloud = layout(&same, 340, 300);
    check(&cloud);
    assert_eq!(cloud.words.len(), 5);
    assert!(layout(&[], 100, 100).words.is_empty());
}
