//! Calendar days without a clock: the UI asks the browser for "today" and hands it in, so every
//! rule that depends on dates stays pure and testable on the host.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar day (proleptic Gregorian), stored in JSON as `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text could not be read as a [`Day`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDay(pub String);

impl fmt::Display for BadDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // In the `banners` slice: it reaches the screens inside a `DecodeError`'s reason.
        use crate::i18n::banners::{f as tf, Fmt};
        f.write_str(&tf(Fmt::BadDay, &[("text", &self.0)]))
    }
}

impl std::error::Error for BadDay {}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Day {
    /// 1970-01-01, a fallback when the browser gives no usable date.
    pub const EPOCH: Day = Day {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A day from its parts, or `None` when no such day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { year, month, day })
    }

    /// Reads `"YYYY-MM-DD"`, the format of `<input type="date">`.
    pub fn parse(text: &str) -> Result<Day, BadDay> {
        let bad = || BadDay(text.chars().take(40).collect());
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next(), parts.next(), parts.next());
        let (Some(y), Some(m), Some(d)) = (y, m, d) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        let day = d.parse().map_err(|_| bad())?;
        Day::new(year, month, day).ok_or_else(bad)
    }

    /// Days since 1970-01-01 (negative before), so differences are plain subtraction.
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Day::to_days`]; `None` outside years 1..=9999.
    pub fn from_days(days: i64) -> Option<Day> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day::new(i32::try_from(year).ok()?, month as u8, day as u8)
    }

    /// This day moved by `n` days (saturating at the ends of the supported range).
    pub fn plus_days(self, n: i64) -> Day {
        Day::from_days(self.to_days().saturating_add(n)).unwrap_or(self)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.to_days() - self.to_days()
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1..=12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1..=31.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Day> for String {
    fn from(day: Day) -> String {
        day.to_string()
    }
}

impl TryFrom<String> for Day {
    type Error = BadDay;
    fn try_from(text: String) -> Result<Day, BadDay> {
        Day::parse(&text)
    }
}

impl crate::domain::json::FromJson for Day {
    fn from_json(
        value: &crate::domain::json::Value,
    ) -> Result<Day, crate::domain::json::ShapeError> {
        let text = value
            .as_str()
            .ok_or_else(|| crate::domain::json::ShapeError::expected("a date"))?;
        Day::parse(text).map_err(|bad| crate::domain::json::ShapeError::new(bad.to_string()))
    }
}

impl crate::domain::json::ToJson for Day {
    fn to_json(&self, out: &mut String) {
        use std::fmt::Write as _;
        // Writing to a String cannot fail; no escaping is needed for digits and dashes.
        let _ = write!(out, "\"{self}\"");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{banners, with_language, Lang};

    #[test]
    fn parses_and_prints_iso_days() {
        for (text, ok) in [
            ("2026-11-25", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("2026-13-01", false),
            ("2026-1-01", false),
            ("", false),
            ("2026-11-25T00:00", false),
            ("abcd-ef-gh", false),
        ] {
            let parsed = Day::parse(text);
            assert_eq!(parsed.is_ok(), ok, "{text}");
            if let Ok(day) = parsed {
                assert_eq!(day.to_string(), text);
            }
        }
    }

    #[test]
    fn day_numbers_match_known_dates() {
        assert_eq!(Day::new(1970, 1, 1).map(Day::to_days), Some(0));
        assert_eq!(Day::new(2000, 3, 1).map(Day::to_days), Some(11_017));
        assert_eq!(
            Day::new(2026, 11, 25)
                .map(|d| d.plus_days(7).to_string())
                .as_deref(),
            Some("2026-12-02")
        );
    }

    #[test]
    fn from_days_inverts_to_days_over_centuries() {
        let start = Day::new(1900, 1, 1).map(Day::to_days).unwrap_or_default();
        for n in (start..start + 80_000).step_by(37) {
            let day = Day::from_days(n).expect("in range");
            assert_eq!(day.to_days(), n);
        }
    }

    #[test]
    fn json_is_a_plain_string_and_rejects_bad_text() {
        let day = Day::new(2026, 1, 9).expect("valid");
        assert_eq!(
            serde_json::to_string(&day).ok().as_deref(),
            Some("\"2026-01-09\"")
        );
        assert!(serde_json::from_str::<Day>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn a_bad_day_is_explained_in_the_language_on_screen() {
        let bad = Day::parse("2026-02-30").expect_err("no such day");
        // In Spanish once the banners slice's Spanish table is loaded (on this test's thread only).
        let in_spanish = with_language(Lang::Es, &[&banners::ES], || bad.to_string());
        assert_eq!(in_spanish, "«2026-02-30» no es una fecha como 2026-01-31");
        assert_eq!(
            bad.to_string(),
            "\"2026-02-30\" is not a date like 2026-01-31"
        );
    }
}
