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
    assert_eq!(sizes(&[4, 2, 1], 20.0, 80.0), [80.0, 40.0, 20.0]);
    assert_eq!(sizes(&[3, 3], 20.0, 80.0), [80.0, 80.0]);
    assert!(sizes(&[], 20.0, 80.0).is_empty());
    assert_eq!(word_box(5, 100.0), (300.0, 120.0));
}

fn check(cloud: &kompass_core::workshop::word_cloud::Cloud) {
    for (i, a) in cloud.words.iter().enumerate() {
        assert!(
            a.x - a.width / 2.0 >= 0.0 && a.x + a.width / 2.0 <= cloud.width,
            "{} inside",
            a.word
        );
        assert!(
            a.y - a.height / 2.0 >= 0.0 && a.y + a.height / 2.0 <= cloud.height,
            "{} inside",
            a.word
        );
        for b in &cloud.words[i + 1..] {
            let apart = a.x + a.width / 2.0 <= b.x - b.width / 2.0
                || b.x + b.width / 2.0 <= a.x - a.width / 2.0
                || a.y + a.height / 2.0 <= b.y - b.height / 2.0
                || b.y + b.height / 2.0 <= a.y - a.height / 2.0;
            assert!(apart, "{} and {} overlap", a.word, b.word);
        }
    }
}

#[test]
fn a_hand_worked_cloud_puts_the_commonest_word_in_the_middle_at_the_largest_size() {
    let cloud = layout(
        &[w("trygghet", 4), w("vård", 2), w("tid", 1)],
        1600.0,
        700.0,
    );
    assert_eq!(cloud.words.len(), 3);
    let first = &cloud.words[0];
    // Largest a fifth of the height (140), the smallest a quarter of that (35), linear between.
    assert_eq!(
        cloud.words.iter().map(|p| p.size).collect::<Vec<_>>(),
        [140.0, 70.0, 35.0]
    );
    assert_eq!((first.x, first.y), (800.0, 350.0));
    assert_eq!(
        (first.width, first.height),
        (8.0 * 0.6 * 140.0, 1.2 * 140.0)
    );
    check(&cloud);
    assert_eq!(
        cloud,
        layout(
            &[w("trygghet", 4), w("vård", 2), w("tid", 1)],
            1600.0,
            700.0
        ),
        "the same every time"
    );
}

#[test]
fn many_words_shrink_until_all_fit_without_overlapping() {
    let words: Vec<WordCount> = (0..60)
        .map(|i| w(&format!("samverkansord{}", "x".repeat(i % 7)), 60 - i))
        .collect();
    let cloud = layout(&words, 1600.0, 700.0);
    assert_eq!(
        cloud.words.len(),
        MAX_WORDS,
        "the first forty words, all placed"
    );
    check(&cloud);
    assert!(cloud.words[0].size < 140.0, "shrunk to fit");
    // The same count everywhere: all at one size.
    let same: Vec<WordCount> = ["omsorg", "tid", "tillit", "närhet", "kontinuitet"]
        .iter()
        .map(|s| w(s, 2))
        .collect();
    let cloud = layout(&same, 1600.0, 700.0);
    check(&cloud);
    assert_eq!(cloud.words.len(), 5);
    assert!(cloud
        .words
        .windows(2)
        .all(|p| (p[0].size - p[1].size).abs() < f64::EPSILON));
    // A narrow box (a phone) still holds every word.
    let cloud = layout(&same, 340.0, 300.0);
    check(&cloud);
    assert_eq!(cloud.words.len(), 5);
    assert!(layout(&[], 100.0, 100.0).words.is_empty());
}
