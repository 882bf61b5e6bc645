//! Projection maths, checked against values worked out by hand.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::projection::{fit, project, Line, Outcome};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn least_squares_through_exact_points() {
    // 20, 40, 60 % in 2024, 2025, 2026: 20 points a year, 0 % in 2023.
    let line = fit(&[(2024.0, 20.0), (2025.0, 40.0), (2026.0, 60.0)]).expect("line");
    assert!(close(line.slope, 20.0));
    assert!(close(line.at(2023.0), 0.0));
    // Target 80 %: 2027.
    let p = project(
        &[(2024.0, 20.0), (2025.0, 40.0), (2026.0, 60.0)],
        80.0,
        Some(2035),
    );
    assert!(
        matches!(p.outcome, Outcome::ReachedIn(y) if close(y, 2027.0)),
        "{p:?}"
    );
}

#[test]
fn least_squares_through_scattered_points() {
    // x = 0, 1, 2 (as 2024…2026), y = 10, 30, 20: mean x 1, mean y 20, sxy = 10, sxx = 2 → slope 5,
    // intercept 20 − 5·2025 at x = 2025.
    let line = fit(&[(2024.0, 10.0), (2025.0, 30.0), (2026.0, 20.0)]).expect("line");
    assert!(close(line.slope, 5.0));
    assert!(close(line.at(2025.0), 20.0));
    // Target 50 %: 20 + 5·(y − 2025) = 50 → y = 2031.
    let p = project(
        &[(2024.0, 10.0), (2025.0, 30.0), (2026.0, 20.0)],
        50.0,
        Some(2035),
    );
    assert!(
        matches!(p.outcome, Outcome::ReachedIn(y) if close(y, 2031.0)),
        "{p:?}"
    );
}

#[test]
fn one_point_or_one_date_is_too_few() {
    assert_eq!(fit(&[(2025.0, 40.0)]), None);
    assert_eq!(
        project(&[(2025.0, 40.0)], 80.0, Some(2035)).outcome,
        Outcome::TooFew
    );
    assert_eq!(project(&[], 80.0, Some(2035)).outcome, Outcome::TooFew);
    assert_eq!(
        project(&[(2025.5, 40.0), (2025.5, 60.0)], 80.0, Some(2035)).outcome,
        Outcome::TooFew
    );
    // A single point already at the target has reached it, trend or not.
    assert_eq!(
        project(&[(2025.0, 90.0)], 80.0, Some(2035)).outcome,
        Outcome::Reached
    );
}

#[test]
fn flat_and_falling_trends_never_reach_the_target() {
    let flat = project(
        &[(2024.0, 40.0), (2025.0, 40.2), (2026.0, 40.4)],
        80.0,
        Some(2035),
    );
    assert_eq!(flat.outcome, Outcome::Flat);
    let falling = project(
        &[(2024.0, 60.0), (2025.0, 50.0), (2026.0, 40.0)],
        80.0,
        Some(2035),
    );
    assert_eq!(falling.outcome, Outcome::Falling);
    assert!(matches!(falling.line, Some(Line { slope, .. }) if close(slope, -10.0)));
}

#[test]
fn past_the_horizon_is_not_before_the_horizon() {
    // 5 points a year from 30 % in 2026: 80 % in 2036, after 2035.
    let p = project(&[(2025.0, 25.0), (2026.0, 30.0)], 80.0, Some(2035));
    assert!(
        matches!(p.outcome, Outcome::NotByHorizon(y) if close(y, 2036.0)),
        "{p:?}"
    );
    // Met during 2035 counts as by 2035.
    let p = project(&[(2025.0, 25.0), (2026.0, 30.0)], 74.0, Some(2035));
    assert!(
        matches!(p.outcome, Outcome::ReachedIn(y) if close(y, 2034.8)),
        "{p:?}"
    );
    // Without a horizon year the year is simply reported.
    let p = project(&[(2025.0, 25.0), (2026.0, 30.0)], 80.0, None);
    assert!(
        matches!(p.outcome, Outcome::ReachedIn(y) if close(y, 2036.0)),
        "{p:?}"
    );
}

#[test]
fn latest_point_at_the_target_is_reached() {
    let p = project(&[(2024.0, 50.0), (2026.0, 80.0)], 80.0, Some(2035));
    assert_eq!(p.outcome, Outcome::Reached);
}

#[test]
fn the_meeting_year_is_never_before_the_latest_assessment() {
    // Line through (2024, 10) and (2026, 70): 30 a year; the 40 % target "was met" in 2025, but
    // the latest value 70 is above it → Reached, not a year in the past.
    let p = project(&[(2024.0, 10.0), (2026.0, 70.0)], 40.0, Some(2035));
    assert_eq!(p.outcome, Outcome::Reached);
    // Scattered: fit meets 45 % before the last date although the last value is below it.
    let p = project(
        &[(2024.0, 0.0), (2025.0, 100.0), (2026.0, 40.0)],
        45.0,
        Some(2035),
    );
    assert!(
        matches!(p.outcome, Outcome::ReachedIn(y) if close(y, 2026.0)),
        "{p:?}"
    );
}

/// A year is named only from three dated assessments; from two a rising trend is only rising,
/// and what is not a year (reached, flat, falling, too few) is said as it is.
#[test]
fn a_year_is_said_only_from_three_assessments() {
    let two = project(&[(2025.0, 40.0), (2026.0, 60.0)], 80.0, Some(2035));
    assert!(matches!(two.outcome, Outcome::ReachedIn(y) if close(y, 2027.0)));
    assert_eq!(two.points, 2);
    assert_eq!(two.said(), Outcome::Rising);
    let late = project(&[(2025.0, 10.0), (2026.0, 11.0)], 80.0, Some(2035));
    assert!(matches!(late.outcome, Outcome::NotByHorizon(_)));
    assert_eq!(late.said(), Outcome::Rising);
    let three = project(
        &[(2024.0, 20.0), (2025.0, 40.0), (2026.0, 60.0)],
        80.0,
        Some(2035),
    );
    assert!(matches!(three.said(), Outcome::ReachedIn(y) if close(y, 2027.0)));
    let falling = project(&[(2025.0, 60.0), (2026.0, 40.0)], 80.0, Some(2035));
    assert_eq!(falling.said(), Outcome::Falling);
    let reached = project(&[(2025.0, 60.0), (2026.0, 90.0)], 80.0, Some(2035));
    assert_eq!(reached.said(), Outcome::Reached);
    assert_eq!(
        project(&[(2026.0, 50.0)], 80.0, None).said(),
        Outcome::TooFew
    );
}
