//! Geometry of a radar (spider) chart, as whole numbers in an SVG user space; the SVG
//! component only draws it. The chart has one ring per step of its scale (the first axis's),
//! numbered with the scale's numbers: step i of n (0 = lowest) lies at (i + 1)/n of the radius,
//! so the lowest level is a small ring and stays visible (on 1–5, level L at L/5). An axis on
//! another scale places a level at the same share of the way from the innermost to the
//! outermost ring. An axis without a level is a gap in its series' line, never a point at the
//! centre (which would read as the lowest level); "Vet ej" gets a hollow marker outside the
//! scale. Each axis is named around the chart, its name wrapped on whole words.

use std::fmt::Write;

use crate::assessment::{Level, Rating};
use crate::framework::Scale;

mod names;
mod trig;

pub use names::{line_points, name_lines, LINE_CHARS, LINE_HEIGHT, NAME_LINES};
use trig::sin_cos;

/// The square the rings and axes are drawn in (its centre is the chart's centre).
pub const SIZE: i32 = 400;
/// The SVG `viewBox`: the square with room on every side for the axis names.
pub const VIEW_BOX: (i32, i32, i32, i32) = (-130, -10, 660, 420);
const RADIUS: f64 = 130.0;
const LABEL_RADIUS: f64 = 160.0;
/// Where "Vet ej" is marked: just outside the outer ring.
const UNKNOWN_RADIUS: f64 = 146.0;

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

/// One series: the filled area through the axes that have a level, the outline's pieces
/// between neighbouring axes that both have one, a dot per level, and a hollow marker per
/// "Vet ej".
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// The `points` attribute of the filled area (empty when fewer than three levels).
    pub points: String,
    /// The outline: one line per pair of neighbouring axes with levels.
    pub segments: Vec<(Point, Point)>,
    pub dots: Vec<Point>,
    pub unknown: Vec<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub center: Point,
    pub axes: Vec<Axis>,
    /// One polygon per step of the chart's scale, lowest first, as `points` attributes.
    pub rings: Vec<String>,
    /// Where each ring's level number stands, beside the first axis (every other ring's on
    /// scales of more than 8 steps, where the rings are closer than the numbers are high).
    pub ring_labels: Vec<(Point, u8)>,
    pub now: Shape,
    pub target: Shape,
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

/// The radius of a level on `scale` in a chart of `rings` rings: the innermost ring at
/// progress 0, the outermost at 1.
fn radius_of(level: Level, scale: &Scale, rings: u8) -> f64 {
    let rings = f64::from(rings.max(1));
    RADIUS * (1.0 + scale.progress(level) * (rings - 1.0)) / rings
}

fn shape(ratings: &[Option<Rating>], scales: &[&Scale], rings: u8) -> Shape {
    let n = ratings.len();
    let level = |i: usize| ratings[i % n].and_then(Rating::level);
    // Each corner worked out once (the last again at `n`, where the ring closes).
    let corners: Vec<Option<Point>> = (0..n + usize::from(n > 0))
        .map(|i| level(i).map(|l| at(i, n, radius_of(l, scales[i % n], rings))))
        .collect();
    let dots: Vec<Point> = corners[..n].iter().flatten().copied().collect();
    let segments = (0..n)
        .filter_map(|i| Some((corners[i]?, corners[i + 1]?)))
        // Two axes have one neighbour pair, not two.
        .take(if n == 2 { 1 } else { n })
        .collect();
    let unknown = (0..n)
        .filter(|&i| ratings[i] == Some(Rating::DontKnow))
        .map(|i| at(i, n, UNKNOWN_RADIUS))
        .collect();
    Shape {
        points: if dots.len() >= 3 {
            points(dots.iter().copied())
        } else {
            String::new()
        },
        segments,
        dots,
        unknown,
    }
}

/// The chart for `(now, target)` per axis, each axis on its scale in `scales` (the same
/// length; a missing one counts as the first); `None` for fewer than three axes, where a radar
/// says nothing a table does not, and when no axis has a level at all.
pub fn radar(values: &[(Option<Rating>, Option<Rating>)], scales: &[Scale]) -> Option<Radar> {
    let n = values.len();
    let first = scales.first()?;
    let scales: Vec<&Scale> = (0..n).map(|i| scales.get(i).unwrap_or(first)).collect();
    let steps = first.steps;
    let any = values
        .iter()
        .any(|(a, b)| a.and_then(Rating::level).is_some() || b.and_then(Rating::level).is_some());
    if n < 3 || !any {
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
    let rings = first
        .levels()
        .map(|l| points((0..n).map(|i| at(i, n, radius_of(l, first, steps)))))
        .collect();
    let c = SIZE / 2;
    // Rings closer than a label is high (over 8 steps) are numbered every other one, down
    // from the outermost.
    let every = if steps > 8 { 2 } else { 1 };
    let ring_labels = first
        .levels()
        .filter(|l| (first.max() - l.get()) % every == 0)
        .map(|l| {
            let r = radius_of(l, first, steps).round() as i32;
            (
                Point {
                    x: c + 6,
                    y: c - r + 4,
                },
                l.get(),
            )
        })
        .collect();
    let now: Vec<_> = values.iter().map(|v| v.0).collect();
    let target: Vec<_> = values.iter().map(|v| v.1).collect();
    Some(Radar {
        center: Point { x: c, y: c },
        axes,
        rings,
        ring_labels,
        now: shape(&now, &scales, steps),
        target: shape(&target, &scales, steps),
    })
}
