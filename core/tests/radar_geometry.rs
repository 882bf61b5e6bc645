//! Radar chart geometry: axes, rings and series positions.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::radar::{radar, Anchor, Point, SIZE};
use kompass_core::Level;

fn l(n: u8) -> Option<Level> {
    Level::new(n)
}

#[test]
fn fewer_than_three_axes_have_no_radar() {
    assert!(radar(&[]).is_none());
    assert!(radar(&[(l(1), l(2)), (l(3), l(4))]).is_none());
}

#[test]
fn four_axes_point_up_right_down_left() {
    let r = radar(&[(l(5), l(5)), (l(5), None), (l(5), l(1)), (None, l(5))]).expect("radar");
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
    // Level 5 on the outer ring; a missing level at the centre, without a dot.
    assert_eq!(r.now.points, "200,70 330,200 200,330 200,200");
    assert_eq!(r.now.dots.len(), 3);
    // Level 1 at a fifth of the radius (26), still off the centre.
    assert_eq!(r.target.points, "200,70 200,200 200,226 70,200");
    assert_eq!(r.target.dots.len(), 3);
}

#[test]
fn five_rings_one_per_level() {
    let r = radar(&[(l(1), l(1)); 9]).expect("radar");
    assert_eq!(r.rings.len(), 5);
    assert_eq!(r.axes.len(), 9);
    assert!(r.rings.iter().all(|ring| ring.split(' ').count() == 9));
    // Every coordinate fits in the viewBox, labels included.
    for a in &r.axes {
        for p in [a.end, a.label] {
            assert!(
                (0..=SIZE).contains(&p.x) && (0..=SIZE).contains(&p.y),
                "{p:?}"
            );
        }
    }
}
