//! Geometry of a radar (spider) chart, as whole numbers in an SVG user space; the SVG
//! component only draws it. Level L lies at L/5 of the radius, so level 1 is a small ring and
//! stays visible; an axis without a level is drawn at the centre and gets no dot.

use std::fmt::Write;

use crate::assessment::Level;

/// Width and height of the chart's viewBox.
pub const SIZE: i32 = 400;
const RADIUS: f64 = 130.0;
const LABEL_RADIUS: f64 = 158.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// How an axis label sits against its point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub end: Point,
    pub label: Point,
    pub anchor: Anchor,
}

/// One series: the polygon's `points` attribute and a dot per axis that has a level.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub points: String,
    pub dots: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub center: Point,
    pub axes: Vec<Axis>,
    /// One polygon per level 1–5, as `points` attributes.
    pub rings: Vec<String>,
    pub now: Shape,
    pub target: Shape,
}

/// (sin x, cos x) by Taylor series after reducing x to [−π, π]: exact to about 1e-6, far below
/// a pixel, and it spares the wasm bundle libm's trigonometry (about 8 KB).
fn sin_cos(x: f64) -> (f64, f64) {
    use std::f64::consts::{PI, TAU};
    let x = x - TAU * ((x + PI) / TAU).floor();
    let x2 = x * x;
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut s_term, mut c_term) = (x, 1.0);
    for k in 1..=10 {
        sin += s_term;
        cos += c_term;
        let k = f64::from(k);
        s_term *= -x2 / ((2.0 * k) * (2.0 * k + 1.0));
        c_term *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
    }
    (sin, cos)
}

fn at(i: usize, n: usize, r: f64) -> Point {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    let (sin, cos) = sin_cos(angle);
    let c = f64::from(SIZE) / 2.0;
    Point {
        x: (c + r * cos).round() as i32,
        y: (c + r * sin).round() as i32,
    }
}

fn points(ps: impl Iterator<Item = Point>) -> String {
    let mut s = String::new();
    for p in ps {
        if !s.is_empty() {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", p.x, p.y);
    }
    s
}

fn radius_of(level: Option<Level>) -> f64 {
    level.map_or(0.0, |l| RADIUS * f64::from(l.get()) / f64::from(Level::MAX))
}

fn shape(levels: &[Option<Level>]) -> Shape {
    let n = levels.len();
    let corners = levels
        .iter()
        .enumerate()
        .map(|(i, l)| at(i, n, radius_of(*l)));
    let dots = levels
        .iter()
        .enumerate()
        .filter(|(_, l)| l.is_some())
        .map(|(i, l)| at(i, n, radius_of(*l)))
        .collect();
    Shape {
        points: points(corners),
        dots,
    }
}

/// The chart for `(now, target)` per axis; `None` for fewer than three axes, where a radar
/// says nothing a table does not.
pub fn radar(values: &[(Option<Level>, Option<Level>)]) -> Option<Radar> {
    let n = values.len();
    if n < 3 {
        return None;
    }
    let axes = (0..n)
        .map(|i| {
            let label = at(i, n, LABEL_RADIUS);
            let c = SIZE / 2;
            let anchor = match label.x - c {
                dx if dx > 8 => Anchor::Start,
                dx if dx < -8 => Anchor::End,
                _ => Anchor::Middle,
            };
            Axis {
                end: at(i, n, RADIUS),
                label,
                anchor,
            }
        })
        .collect();
    let rings = Level::all()
        .map(|l| points((0..n).map(|i| at(i, n, radius_of(Some(l))))))
        .collect();
    let now: Vec<_> = values.iter().map(|v| v.0).collect();
    let target: Vec<_> = values.iter().map(|v| v.1).collect();
    Some(Radar {
        center: Point {
            x: SIZE / 2,
            y: SIZE / 2,
        },
        axes,
        rings,
        now: shape(&now),
        target: shape(&target),
    })
}

#[cfg(test)]
mod tests {
    use super::sin_cos;

    #[test]
    fn series_matches_the_library_trigonometry() {
        for i in -400..=400 {
            let x = f64::from(i) * 0.02;
            let (s, c) = sin_cos(x);
            assert!(
                (s - x.sin()).abs() < 1e-6 && (c - x.cos()).abs() < 1e-6,
                "{x}"
            );
        }
    }
}
