//! The "press Shift three times to leave" gesture, as a tiny state machine the UI feeds keys into.

/// Presses of Shift that trigger the quick exit.
pub const PRESSES: u32 = 3;
/// Longest gap between two presses that still counts as one gesture, in milliseconds.
pub const WINDOW_MS: f64 = 1_000.0;

/// Counts Shift presses that come close together.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShiftCounter {
    count: u32,
    last_ms: f64,
}

impl ShiftCounter {
    /// Feeds one key press (`key` as in `KeyboardEvent.key`, `at_ms` a timestamp).
    /// Returns true when this press completes the gesture.
    pub fn press(&mut self, key: &str, at_ms: f64, repeat: bool) -> bool {
        if key != "Shift" {
            *self = ShiftCounter::default();
            return false;
        }
        if repeat {
            // Holding Shift down is not pressing it again.
            return false;
        }
        if self.count > 0 && at_ms - self.last_ms > WINDOW_MS {
            self.count = 0;
        }
        self.count += 1;
        self.last_ms = at_ms;
        if self.count >= PRESSES {
            *self = ShiftCounter::default();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(keys: &[(&str, f64, bool)]) -> Vec<bool> {
        let mut counter = ShiftCounter::default();
        keys.iter().map(|(k, t, r)| counter.press(k, *t, *r)).collect()
    }

    #[test]
    fn three_quick_shifts_trigger_once() {
        assert_eq!(run(&[("Shift", 0.0, false), ("Shift", 200.0, false), ("Shift", 400.0, false)]), [false, false, true]);
    }

    #[test]
    fn typing_between_shifts_or_waiting_resets() {
        assert_eq!(run(&[("Shift", 0.0, false), ("a", 100.0, false), ("Shift", 200.0, false), ("Shift", 300.0, false)]), [false; 4]);
        assert_eq!(run(&[("Shift", 0.0, false), ("Shift", 1500.0, false), ("Shift", 1700.0, false)]), [false, false, false]);
        assert_eq!(
            run(&[("Shift", 0.0, false), ("Shift", 1500.0, false), ("Shift", 1700.0, false), ("Shift", 1800.0, false)]),
            [false, false, false, true]
        );
    }

    #[test]
    fn holding_shift_is_one_press() {
        assert_eq!(run(&[("Shift", 0.0, false), ("Shift", 30.0, true), ("Shift", 60.0, true), ("Shift", 90.0, true)]), [false; 4]);
    }
}
