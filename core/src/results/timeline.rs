//! Geometry of a timeline chart in whole SVG units: years along x from the first assessment to
//! the end of the horizon year, 0–100 along y, the values as a line with dots, the target as a
//! horizontal line and the fitted trend as a segment clipped to the plot.

use std::fmt::Write;

use crate::results::projection::Line;
use crate::results::radar::Point;

pub const WIDTH: i32 = 600;
pub const HEIGHT: i32 = 260;
// Room for the value labels on the left and the years below, at 22 units (12 px or more on a
// phone); the first year stands `PAD` inside the plot so its label never meets the lowest value's.
const LEFT: i32 = 76;
const RIGHT: i32 = 20;
const TOP: i32 = 14;
const BOTTOM: i32 = 44;
const PAD: i32 = 20;
/// How far below the plot the years' baseline is.
pub const YEAR_BELOW: i32 = 30;

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// Plot area corners: top-left and bottom-right.
    pub plot: (Point, Point),
    /// (x, year) for each labelled year.
    pub x_ticks: Vec<(i32, u16)>,
    /// (y, value) for 0, 25, 50, 75, 100.
    pub y_ticks: Vec<(i32, u8)>,
    /// The values as a polyline `points` attribute.
    pub line: String,
    pub dots: Vec<Point>,
    /// y of the target line.
    pub target: Option<i32>,
    /// The fitted trend from the first value to the end of the range, clipped to 0–100.
    pub trend: Option<(Point, Point)>,
}

struct Scale {
    x0: f64,
    x1: f64,
}

impl Scale {
    fn x(&self, year: f64) -> i32 {
        let span = (self.x1 - self.x0).max(1.0);
        let start = f64::from(LEFT + PAD);
        (start + (year - self.x0) / span * f64::from(WIDTH - LEFT - RIGHT - PAD)).round() as i32
    }

    fn y(value: f64) -> i32 {
        let v = value.clamp(0.0, 100.0);
        (f64::from(HEIGHT - BOTTOM) - v / 100.0 * f64::from(HEIGHT - TOP - BOTTOM)).round() as i32
    }
}

/// The years the chart spans: from the first point's year to the horizon (or three years past
/// the last point when there is none), whole years.
pub fn year_range(points: &[(f64, f64)], horizon: Option<u16>) -> (u16, u16) {
    let first = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let last = points.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    let first = if first.is_finite() {
        first.floor() as u16
    } else {
        horizon.unwrap_or(2026)
    };
    let last = if last.is_finite() {
        last.floor() as u16
    } else {
        first
    };
    let end = horizon.unwrap_or(last + 3).max(last).max(first);
    (first, end)
}

/// (y, level) for every level of a scale from `min` to `max`, at the value 0–100 each level
/// counts as (see README "Scoring"): the y axis of a chart of one item's levels.
pub fn level_ticks(min: u8, max: u8) -> Vec<(i32, u8)> {
    let range = f64::from(max.saturating_sub(min).max(1));
    // Counted from `min` (a range up to and including its end costs more code).
    let count = if max < min {
        0
    } else {
        u16::from(max - min) + 1
    };
    (0..count)
        .map(|i| (Scale::y(100.0 * f64::from(i) / range), min + i as u8))
        .collect()
}

pub fn timeline(
    points: &[(f64, f64)],
    target: Option<f64>,
    trend: Option<Line>,
    years: (u16, u16),
) -> Timeline {
    let (from, to) = years;
    let s = Scale {
        x0: f64::from(from),
        x1: f64::from(to) + 1.0,
    };
    let span = to - from + 1;
    let step = span.div_ceil(7).max(1);
    // Every `step`-th year from `from` (counted: a range up to and including `to` costs more).
    let x_ticks = (0..span.div_ceil(step))
        .map(|k| from + k * step)
        .map(|y| (s.x(f64::from(y)), y))
        .collect();
    let y_ticks = [0u8, 25, 50, 75, 100]
        .iter()
        .map(|v| (Scale::y(f64::from(*v)), *v))
        .collect();
    let dots: Vec<Point> = points
        .iter()
        .map(|(x, v)| Point {
            x: s.x(*x),
            y: Scale::y(*v),
        })
        .collect();
    let mut line = String::new();
    for p in &dots {
        let gap = if line.is_empty() { "" } else { " " };
        let _ = write!(line, "{gap}{},{}", p.x, p.y);
    }
    let trend = trend.zip(points.first()).map(|(l, first)| {
        let mut end_x = s.x1;
        let end_v = l.at(end_x);
        // Clip where the line leaves 0–100 before the end of the range.
        if !(0.0..=100.0).contains(&end_v) && l.slope.abs() > 1e-9 {
            let edge = if end_v > 100.0 { 100.0 } else { 0.0 };
            end_x = ((edge - l.intercept) / l.slope).max(first.0);
        }
        (
            Point {
                x: s.x(first.0),
                y: Scale::y(l.at(first.0)),
            },
            Point {
                x: s.x(end_x),
                y: Scale::y(l.at(end_x)),
            },
        )
    });
    Timeline {
        plot: (
            Point { x: LEFT, y: TOP },
            Point {
                x: WIDTH - RIGHT,
                y: HEIGHT - BOTTOM,
            },
        ),
        x_ticks,
        y_ticks,
        line,
        dots,
        target: target.map(Scale::y),
        trend,
    }
}
