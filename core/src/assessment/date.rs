//! Calendar dates (ISO 8601, `YYYY-MM-DD`), with no time zone and no clock: the shell
//! supplies "today".

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A valid date between the years 1900 and 2200, or `None`.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Day of the year, 1-based.
    pub fn ordinal(self) -> u16 {
        (1..self.month)
            .map(|m| u16::from(days_in_month(self.year, m)))
            .sum::<u16>()
            + u16::from(self.day)
    }

    /// The date as a year with a fraction (2025-07-02 ≈ 2025.5), for trends over time.
    pub fn as_year(self) -> f64 {
        let length = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year) + (f64::from(self.ordinal()) - 1.0) / length
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Date::parse(&s).ok_or_else(|| format!("invalid date \"{s}\", expected YYYY-MM-DD"))
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = Date::parse("2026-02-28").expect("valid");
        assert_eq!(d.to_string(), "2026-02-28");
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-00-10",
            "2026/01/01",
            "abcd-ef-gh",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn ordinal_and_fractional_year() {
        assert_eq!(Date::parse("2025-01-01").map(Date::ordinal), Some(1));
        assert_eq!(Date::parse("2025-12-31").map(Date::ordinal), Some(365));
        assert_eq!(Date::parse("2024-12-31").map(Date::ordinal), Some(366));
        assert_eq!(Date::parse("2025-01-01").map(Date::as_year), Some(2025.0));
        let mid = Date::parse("2025-07-02")
            .map(Date::as_year)
            .unwrap_or_default();
        // 2 July is day 183: 2025 + 182/365.
        assert!((mid - 2025.49863).abs() < 1e-5, "{mid}");
    }

    #[test]
    fn serde_uses_the_iso_string() {
        let d = Date::new(2026, 11, 22).expect("valid");
        assert_eq!(
            serde_json::to_string(&d).ok().as_deref(),
            Some("\"2026-11-22\"")
        );
        assert!(serde_json::from_str::<Date>("\"2026-11-31\"").is_err());
    }
}
