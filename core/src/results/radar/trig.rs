//! The little trigonometry the radar needs, without libm.

/// (sin x, cos x) by Taylor series after reducing x to [−π, π]: exact to about 1e-6, far below
/// a pixel, and it spares the wasm bundle libm's trigonometry (about 8 KB).
pub(super) fn sin_cos(x: f64) -> (f64, f64) {
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
