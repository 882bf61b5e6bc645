//! Projection toward the horizon: a least-squares line through the dated indices, extended until
//! it meets the target. Rules (also in README, "Projection"):
//!
//! - Points are (date as a fractional year, index in %); assessments without an index are left out.
//! - Fewer than two points, or all on one date: no trend can be drawn (`TooFew`).
//! - The latest point at or above the target: `Reached`.
//! - A slope under 0.5 percentage points a year counts as flat (`Flat`); below zero, `Falling`.
//! - Otherwise the year the line meets the target: `ReachedIn(year)`; with a horizon year and a
//!   later meeting point, `NotByHorizon(year)` — "not before 2035".
//! - A year is *said* only from three or more dated assessments ([`Projection::said`]): from
//!   two, a rising trend is only called rising (`Rising`), since two points always make a line.

/// The fitted line: value = intercept + slope × year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    pub slope: f64,
    pub intercept: f64,
}

impl Line {
    pub fn at(&self, year: f64) -> f64 {
        self.intercept + self.slope * year
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    TooFew,
    Reached,
    Flat,
    Falling,
    /// The target is met in this year (fractional), by the horizon if there is one.
    ReachedIn(f64),
    /// Met only after the horizon, in this year.
    NotByHorizon(f64),
    /// Rising toward the target, but from too few dated assessments to name a year.
    Rising,
}

/// Fewest dated assessments from which the year the target is met is named.
pub const MIN_POINTS_FOR_YEAR: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    pub line: Option<Line>,
    pub outcome: Outcome,
    /// How many dated assessments the trend rests on.
    pub points: usize,
}

/// Slope below which a trend counts as flat, in percentage points a year.
pub const FLAT_SLOPE: f64 = 0.5;

/// Ordinary least squares through `points`; `None` for fewer than two distinct years.
pub fn fit(points: &[(f64, f64)]) -> Option<Line> {
    let n = points.len() as f64;
    if points.len() < 2 {
        return None;
    }
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    if sxx < 1e-9 {
        return None;
    }
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let slope = sxy / sxx;
    Some(Line {
        slope,
        intercept: mean_y - slope * mean_x,
    })
}

/// Where the trend of `points` (ordered by date) meets `target` (in %).
pub fn project(points: &[(f64, f64)], target: f64, horizon: Option<u16>) -> Projection {
    let line = fit(points);
    let latest = points.iter().max_by(|a, b| a.0.total_cmp(&b.0));
    let count = points.len();
    let outcome = match (line, latest) {
        (None, Some(last)) if last.1 >= target => Outcome::Reached,
        (None, _) => Outcome::TooFew,
        (Some(_), Some(last)) if last.1 >= target => Outcome::Reached,
        (Some(l), _) if l.slope < 0.0 && l.slope.abs() >= FLAT_SLOPE => Outcome::Falling,
        (Some(l), _) if l.slope < FLAT_SLOPE => Outcome::Flat,
        (Some(l), Some(last)) => {
            // Never earlier than the latest assessment: the line may start below a point above it.
            let year = ((target - l.intercept) / l.slope).max(last.0);
            match horizon {
                Some(h) if year > f64::from(h) + 1.0 - 1e-9 => Outcome::NotByHorizon(year),
                _ => Outcome::ReachedIn(year),
            }
        }
        (Some(_), None) => Outcome::TooFew,
    };
    Projection {
        line,
        outcome,
        points: count,
    }
}

impl Projection {
    /// What the app says about the trend: the outcome, except that the year the target is met
    /// is named only from [`MIN_POINTS_FOR_YEAR`] or more dated assessments.
    pub fn said(&self) -> Outcome {
        match self.outcome {
            Outcome::ReachedIn(_) | Outcome::NotByHorizon(_)
                if self.points < MIN_POINTS_FOR_YEAR =>
            {
                Outcome::Rising
            }
            outcome => outcome,
        }
    }
}
