//! Timeline chart geometry.
#![cfg(not(target_arch = "wasm32"))]

use kompass_core::results::projection::fit;
use kompass_core::results::radar::Point;
use kompass_core::results::timeline::{timeline, year_range, HEIGHT, WIDTH};

#[test]
fn the_range_runs_from_the_first_assessment_to_the_horizon() {
    assert_eq!(
        year_range(&[(2024.2, 10.0), (2026.7, 30.0)], Some(2035)),
        (2024, 2035)
    );
    assert_eq!(
        year_range(&[(2024.2, 10.0), (2026.7, 30.0)], None),
        (2024, 2029)
    );
    assert_eq!(year_range(&[(2036.1, 10.0)], Some(2035)), (2036, 2036));
    assert_eq!(year_range(&[], Some(2035)), (2035, 2035));
}

#[test]
fn values_targets_and_trend_land_where_they_should() {
    // Plot: x 76…580, the years from 96 (20 inside) for 2024.0…2036.0 (12 years, 40.33 px a
    // year); y 216 (0 %) … 14 (100 %).
    let points = [(2024.0, 0.0), (2025.0, 50.0), (2026.0, 100.0)];
    let t = timeline(&points, Some(75.0), fit(&points), (2024, 2035));
    assert_eq!(
        t.plot,
        (
            Point { x: 76, y: 14 },
            Point {
                x: WIDTH - 20,
                y: HEIGHT - 44
            }
        )
    );
    assert_eq!(t.line, "96,216 136,115 177,14");
    assert_eq!(t.target, Some(65)); // 216 − 0.75 · 202 = 64.5
                                    // The trend (50 % a year) leaves the top at 2026: clipped there.
    assert_eq!(
        t.trend,
        Some((Point { x: 96, y: 216 }, Point { x: 177, y: 14 }))
    );
    // 12 years: every second year labelled.
    let years: Vec<u16> = t.x_ticks.iter().map(|(_, y)| *y).collect();
    assert_eq!(years, [2024, 2026, 2028, 2030, 2032, 2034]);
    let ys: Vec<(i32, u8)> = t.y_ticks.clone();
    assert_eq!(ys, [(216, 0), (166, 25), (115, 50), (65, 75), (14, 100)]);
    // The first year's label starts right of the value labels' column.
    assert!(t.x_ticks[0].0 - 26 > t.plot.0.x - 8);
}

#[test]
fn a_slow_trend_runs_to_the_end_of_the_horizon_year() {
    let points = [(2024.0, 20.0), (2026.0, 30.0)];
    let t = timeline(&points, None, fit(&points), (2024, 2035));
    // 5 % a year: 80 % at 2036.0, the right edge.
    assert_eq!(
        t.trend,
        Some((Point { x: 96, y: 176 }, Point { x: 580, y: 54 }))
    );
    assert_eq!(t.target, None);
}
