//! The browser's idea of today's date (local time).

use kompass_core::Date;

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    // get_month() is 0-based.
    Date::new(year, now.get_month() as u8 + 1, now.get_date() as u8)
        .or_else(|| Date::new(year, 1, 1))
        .unwrap_or(Date {
            year: 2026,
            month: 1,
            day: 1,
        })
}

/// Now, as ISO 8601 in UTC from the browser's clock (`2026-03-01T09:30:00.000Z`).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The time of day now, local, as `14:05`.
pub fn local_time() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
}
