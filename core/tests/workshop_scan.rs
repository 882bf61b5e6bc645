//! Answer codes by camera, the pure part: a frame as grey levels, and which readings are new
//! showings of a code (a phone held still is seen in many frames).
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::workshop::qr::qr_modules;
use kompass_core::workshop::scan::{grey, Sightings, FORGET_MS};

fn rgba(pixels: &[[u8; 3]]) -> Vec<u8> {
    pixels
        .iter()
        .flat_map(|[r, g, b]| [*r, *g, *b, 255])
        .collect()
}

#[test]
fn a_frame_becomes_grey_levels_weighted_as_the_eye_sees() {
    let frame = rgba(&[[0, 0, 0], [255, 255, 255], [255, 0, 0], [0, 255, 0]]);
    let g = grey(&frame, 2, 2, 640).expect("a 2 × 2 frame");
    assert_eq!((g.width, g.height), (2, 2));
    assert_eq!(g.pixels[0], 0);
    assert_eq!(g.pixels[1], 255);
    // Green counts about twice as much as red: the eye's weighting, not a plain average.
    assert_eq!(g.pixels[2], 76);
    assert_eq!(g.pixels[3], 149);
}

#[test]
fn a_large_frame_is_sampled_down_to_the_longest_side_asked_for() {
    let (w, h) = (1280, 720);
    let frame: Vec<u8> = (0..w * h)
        .flat_map(|i| {
            let v = if (i % w) < w / 2 { 0 } else { 255 };
            [v, v, v, 255]
        })
        .collect();
    let g = grey(&frame, w, h, 640).expect("frame");
    assert_eq!((g.width, g.height), (640, 360));
    assert_eq!(g.pixels.len(), 640 * 360);
    // Left half dark, right half light, as in the frame.
    assert_eq!(g.pixels[10], 0);
    assert_eq!(g.pixels[630], 255);
    // A frame within the limit keeps every pixel.
    let small = grey(&frame[..640 * 4 * 2], 640, 2, 640).expect("small");
    assert_eq!((small.width, small.height), (640, 2));
}

#[test]
fn a_buffer_of_the_wrong_size_is_no_frame() {
    assert_eq!(grey(&[0; 15], 2, 2, 640), None);
    assert_eq!(grey(&[], 0, 0, 640), None);
    assert_eq!(grey(&[0; 16], 2, 2, 0), None);
}

#[test]
fn a_code_held_still_counts_once_and_shown_again_later_counts_again() {
    let mut seen = Sightings::default();
    assert!(seen.is_new("K7QA-3MZP-2XWB-9", 0.0));
    // Frame after frame while the phone is held up: not new.
    for t in 1..40 {
        assert!(!seen.is_new("K7QA-3MZP-2XWB-9", f64::from(t) * 100.0));
    }
    // Another phone in view at the same time is new, and the first one stays known.
    assert!(seen.is_new("K7QB-AAAA-BBBB-C", 4000.0));
    assert!(!seen.is_new("K7QA-3MZP-2XWB-9", 4050.0));
    // Gone from view for longer than FORGET_MS, then shown again: a new showing (to be checked,
    // and refused as a duplicate by the same checks as a typed code).
    assert!(seen.is_new("K7QA-3MZP-2XWB-9", 4050.0 + FORGET_MS + 1.0));
    assert!(!seen.is_new("  ", 9000.0));
}

#[test]
fn the_qr_modules_are_the_symbol_drawn() {
    let m = qr_modules("K7QA-3MZP-2XWB-9").expect("fits");
    assert_eq!(m.len(), m[0].len());
    assert!(m.len() >= 21);
    // Finder patterns: dark ring, light ring, dark centre, in three corners.
    let n = m.len();
    for (x0, y0) in [(0, 0), (n - 7, 0), (0, n - 7)] {
        assert!(m[y0][x0] && m[y0 + 6][x0 + 6] && m[y0 + 3][x0 + 3]);
        assert!(!m[y0 + 1][x0 + 1]);
    }
}
