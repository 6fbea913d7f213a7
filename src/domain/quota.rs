//! How full the browser's storage is, and when Mend says so.
//!
//! Browsers give each site about five million characters of `localStorage` (Chromium, Firefox
//! and Safari all count keys and values in UTF-16 code units, and all stop near 5 MiB of them),
//! and refuse a write that would go over. Mend warns well before that point, so there is time to
//! download a copy; a refused write never loses anything (the stored copy stays as it was and the
//! document stays on screen), but it does stop saving.

/// The space assumed for one site, in UTF-16 code units of keys and values. The smallest of the
/// browsers Mend supports; a browser that gives more only makes the warning early.
pub const CAPACITY_UNITS: u64 = 5 * 1024 * 1024;

/// From this share of the space on, Mend shows a warning.
pub const WARN_AT_PERCENT: u8 = 70;

/// The share of the space in use, in whole percent (more than 100 when a browser gives more than
/// [`CAPACITY_UNITS`] and it is used).
pub fn percent_used(units: u64) -> u64 {
    units.saturating_mul(100) / CAPACITY_UNITS
}

/// The percent to warn about (at most 100: a browser that lets Mend go past [`CAPACITY_UNITS`]
/// simply gives more), or `None` while there is room.
pub fn warning(units: u64) -> Option<u8> {
    let percent = percent_used(units).min(100);
    (percent >= u64::from(WARN_AT_PERCENT)).then(|| u8::try_from(percent).unwrap_or(100))
}

/// What the warning says, in plain words.
pub fn warning_text(percent: u8) -> String {
    format!(
        "This browser's space for Mend is {percent}% full. Everything is still saved, but when it is full, new changes cannot be. \
         Download a copy from Your data now; removing old check-ins or promises you no longer need makes room."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_from_seventy_percent() {
        let share = |percent: u64| CAPACITY_UNITS * percent / 100;
        for (units, expected) in [
            (0, None),
            (share(50), None),
            (share(70) - 1, None),
            (share(70) + 1, Some(70)),
            (share(85) + 1, Some(85)),
            (CAPACITY_UNITS, Some(100)),
            (CAPACITY_UNITS * 3, Some(100)),
            (u64::MAX, Some(100)),
        ] {
            assert_eq!(warning(units), expected, "{units} units");
        }
    }

    #[test]
    fn the_text_names_the_share_and_the_way_out() {
        let text = warning_text(82);
        assert!(text.contains("82%"));
        assert!(text.contains("Download a copy"));
    }
}
