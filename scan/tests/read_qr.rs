//! The QR reader reads the app's own answer-code symbols from a camera-like frame, finds two
//! at once, and gives nothing for a damaged one.
// Pixel loops read best with x, y, w, h.
#![allow(clippy::many_single_char_names)]

use kompass_core::workshop::qr::qr_modules;
use kompass_core::workshop::scan::{grey, Grey};
use kompass_scan::Reader;

/// An RGBA frame `w` × `h`, mid-grey background, with `text`'s QR drawn at (`left`, `top`) with
/// `scale` pixels per module and a light quiet zone of four modules.
fn draw(frame: &mut [u8], w: usize, text: &str, left: usize, top: usize, scale: usize) {
    let m = qr_modules(text).expect("fits");
    let n = m.len() + 8;
    for my in 0..n {
        for mx in 0..n {
            let dark =
                my >= 4 && mx >= 4 && my - 4 < m.len() && mx - 4 < m.len() && m[my - 4][mx - 4];
            let v = if dark { 20 } else { 235 };
            for y in top + my * scale..top + (my + 1) * scale {
                for x in left + mx * scale..left + (mx + 1) * scale {
                    let i = (y * w + x) * 4;
                    frame[i..i + 4].copy_from_slice(&[v, v, v.saturating_add(10), 255]);
                }
            }
        }
    }
}

fn frame(w: usize, h: usize) -> Vec<u8> {
    [128u8, 120, 110, 255].repeat(w * h)
}

#[test]
fn reads_an_answer_code_from_a_frame() {
    let (w, h) = (640, 480);
    let mut f = frame(w, h);
    draw(&mut f, w, "K7QA-3MZP-2XWB-9", 180, 100, 9);
    let g = grey(&f, w, h, 640).expect("frame");
    assert_eq!(
        Reader::default().read(&g),
        vec!["K7QA-3MZP-2XWB-9".to_owned()]
    );
}

#[test]
fn reads_a_sampled_down_frame_and_two_codes_at_once() {
    let (w, h) = (1280, 720);
    let mut f = frame(w, h);
    draw(&mut f, w, "K7QA-3MZP-2XWB-9", 60, 100, 14);
    draw(&mut f, w, "K7QB-AAAA-BBBB-C", 700, 100, 14);
    let g = grey(&f, w, h, 640).expect("frame");
    assert_eq!(g.width, 640);
    let mut texts = Reader::default().read(&g);
    texts.sort();
    assert_eq!(
        texts,
        vec!["K7QA-3MZP-2XWB-9".to_owned(), "K7QB-AAAA-BBBB-C".to_owned()]
    );
}

#[test]
fn an_empty_or_damaged_frame_reads_nothing() {
    let (w, h) = (320, 240);
    let mut reader = Reader::default();
    let g = grey(&frame(w, h), w, h, 640).expect("frame");
    assert!(reader.read(&g).is_empty());
    // Half the symbol covered: nothing, not a wrong code.
    let mut f = frame(w, h);
    draw(&mut f, w, "K7QA-3MZP-2XWB-9", 40, 10, 7);
    for y in 10..240 {
        for x in 40 + 7 * 14..320 {
            let i = (y * w + x) * 4;
            f[i..i + 4].copy_from_slice(&[235, 235, 235, 255]);
        }
    }
    let g = grey(&f, w, h, 640).expect("frame");
    assert!(reader.read(&g).is_empty());
    // A grey image whose size does not match its pixels is skipped.
    let bad = Grey {
        width: 10,
        height: 10,
        pixels: vec![0; 3],
    };
    assert!(reader.read(&bad).is_empty());
}
