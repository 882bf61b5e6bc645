//! Radar chart geometry: axes, rings, series with gaps, and the axis names.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::radar::Radar;
use kompass_core::results::radar::{
    line_points, name_lines, radar, Anchor, Point, LINE_CHARS, NAME_LINES, SIZE, VIEW_BOX,
};
use kompass_core::{ItemKind, Level, Rating, Scale};

/// The radar of axes all on the five-step scale (an axis without a scale counts as the first's).
fn radar5(values: &[(Option<Rating>, Option<Rating>)]) -> Option<Radar> {
    radar(values, &[Scale::default_for(ItemKind::Shift).clone()])
}

fn l(n: u8) -> Option<Rating> {
    Level::new(n).map(Rating::Level)
}

const DK: Option<Rating> = Some(Rating::DontKnow);

#[test]
fn fewer_than_three_axes_or_nothing_rated_have_no_radar() {
    assert!(radar5(&[]).is_none());
    assert!(radar5(&[(l(1), l(2)), (l(3), l(4))]).is_none());
    assert!(
        radar5(&[(None, None), (DK, None), (None, DK)]).is_none(),
        "nothing to draw"
    );
    assert!(radar5(&[(None, None), (DK, None), (None, l(2))]).is_some());
}

#[test]
fn four_axes_point_up_right_down_left() {
    let r = radar5(&[(l(5), l(5)), (l(5), None), (l(5), l(1)), (None, l(5))]).expect("radar");
    let c = SIZE / 2;
    assert_eq!(r.center, Point { x: c, y: c });
    let ends: Vec<Point> = r.axes.iter().map(|a| a.end).collect();
    assert_eq!(
        ends,
        [
            Point { x: c, y: c - 130 },
            Point { x: c + 130, y: c },
            Point { x: c, y: c + 130 },
            Point { x: c - 130, y: c }
        ]
    );
    let anchors: Vec<Anchor> = r.axes.iter().map(|a| a.anchor).collect();
    assert_eq!(
        anchors,
        [Anchor::Middle, Anchor::Start, Anchor::Middle, Anchor::End]
    );
    // Level 5 on the outer ring; the axis without a level is left out, not put at the centre.
    assert_eq!(r.now.points, "200,70 330,200 200,330");
    assert_eq!(r.now.dots.len(), 3);
    // The outline breaks at the gap: 1–2 and 2–3 are drawn, 3–4 and 4–1 are not.
    assert_eq!(
        r.now.segments,
        [
            (Point { x: 200, y: 70 }, Point { x: 330, y: 200 }),
            (Point { x: 330, y: 200 }, Point { x: 200, y: 330 })
        ]
    );
    // Level 1 at a fifth of the radius (26), still off the centre.
    assert_eq!(r.target.points, "200,70 200,226 70,200");
    assert_eq!(r.target.segments.len(), 2);
    assert!(r
        .now
        .dots
        .iter()
        .chain(&r.target.dots)
        .all(|p| *p != r.center));
}

#[test]
fn dont_know_is_a_gap_with_a_hollow_marker_outside_the_scale() {
    let r = radar5(&[(l(3), l(4)), (DK, l(4)), (l(2), l(4)), (l(2), l(4))]).expect("radar");
    assert_eq!(r.now.dots.len(), 3);
    assert!(!r.now.dots.contains(&r.center), "no point at the centre");
    // Beside the second axis (pointing right), just outside the outer ring (130).
    assert_eq!(r.now.unknown, [Point { x: 346, y: 200 }]);
    assert!(r.target.unknown.is_empty());
    // Only 3–4 and 4–1 remain of the outline around the "Vet ej".
    assert_eq!(r.now.segments.len(), 2);
    // Two levels make no area; their segment still shows.
    let two = radar5(&[(l(3), None), (l(3), None), (None, l(1))]).expect("radar");
    assert_eq!(two.now.points, "");
    assert_eq!(two.now.segments.len(), 1);
}

#[test]
fn five_rings_one_per_level_with_their_numbers() {
    let r = radar5(&[(l(1), l(1)); 9]).expect("radar");
    assert_eq!(r.rings.len(), 5);
    assert_eq!(r.axes.len(), 9);
    assert!(r.rings.iter().all(|ring| ring.split(' ').count() == 9));
    let numbers: Vec<u8> = r.ring_labels.iter().map(|(_, n)| *n).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
    // Every number sits beside the first (upward) axis, further out for a higher level.
    assert!(r.ring_labels.windows(2).all(|w| w[1].0.y < w[0].0.y));
}

#[test]
fn names_wrap_on_whole_words_in_two_lines_and_fit_the_view() {
    assert_eq!(
        name_lines("Person och relation"),
        ["Person och", "relation"]
    );
    assert_eq!(name_lines("Tillit"), ["Tillit"]);
    // Too long for two lines: the rest is shortened with "…" (the table has the whole name).
    let long = name_lines("Sammanhållet utifrån personens fokus");
    assert_eq!(long, ["Sammanhållet", "utifrån…"]);
    // A very long word is cut, never broken over two lines.
    assert_eq!(
        name_lines("Kompetensförsörjningsplaneringen"),
        ["Kompetensförs…"]
    );
    // No line of only a short word and "…".
    assert_eq!(
        name_lines("Kompetensförsörjning och förändrade yrkesroller"),
        ["Kompetensförs…"]
    );
    for name in [
        "Kompetensförsörjning och förändrade yrkesroller",
        "Individens fokus – inga beslut om mig utan mig",
        "Utveckling av nya arbetssätt och tjänster",
    ] {
        let lines = name_lines(name);
        assert!(lines.len() <= NAME_LINES, "{lines:?}");
        assert!(
            lines.iter().all(|l| l.chars().count() <= LINE_CHARS + 1),
            "{lines:?}"
        );
        // Every word shown is a whole word of the name, or a shortened last one.
        for word in lines.iter().flat_map(|l| l.split(' ')) {
            assert!(
                name.split(' ').any(|w| w == word) || word.ends_with('…'),
                "{word} in {lines:?}"
            );
        }
    }
    // Every line of every name stays inside the viewBox (20-unit type, about 0.6 em a character).
    let (x0, y0, w, h) = VIEW_BOX;
    for n in [3, 4, 9, 13] {
        let r = radar5(&vec![(l(2), l(4)); n]).expect("radar");
        for a in &r.axes {
            let width = i32::try_from(LINE_CHARS + 1).unwrap_or(0) * 12;
            for p in line_points(a, NAME_LINES) {
                let (left, right) = match a.anchor {
                    Anchor::Start => (p.x, p.x + width),
                    Anchor::End => (p.x - width, p.x),
                    Anchor::Middle => (p.x - width / 2, p.x + width / 2),
                };
                assert!(
                    left >= x0 && right <= x0 + w,
                    "{n} axes: {p:?} {:?}",
                    a.anchor
                );
                assert!(p.y - 16 >= y0 && p.y + 6 <= y0 + h, "{n} axes: {p:?}");
            }
        }
    }
}
