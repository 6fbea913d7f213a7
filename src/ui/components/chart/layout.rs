//! The arithmetic of the line chart, in plain Rust with no `leptos` so host tests can check it
//! (`src/lib.rs` compiles this file on the host for `cargo test`). Integer chart units keep float
//! formatting out of the wasm.

use std::ops::Range;

/// The chart's width in its own units.
pub const WIDTH: i32 = 400;
/// The chart's height in its own units.
pub const HEIGHT: i32 = 200;
/// Room on the left for the scale's numbers.
pub const LEFT: i32 = 36;
/// Room on the right for the direct labels.
pub const RIGHT: i32 = 130;
/// Room above the top of the scale.
pub const TOP: i32 = 12;
/// Room below the plot for the first and last day.
pub const BOTTOM: i32 = 30;
/// Width of the plot, where the lines are drawn.
pub const PLOT_W: i32 = WIDTH - LEFT - RIGHT;
/// Height of the plot.
pub const PLOT_H: i32 = HEIGHT - TOP - BOTTOM;
/// Least vertical distance between two direct labels, in chart units.
pub const LABEL_GAP: i32 = 15;
/// Up to this many days, each value gets a dot; beyond, the dots would touch and only the line
/// is drawn (thousands of dots after years of check-ins also slow every redraw of the page).
pub const MAX_DOTS: usize = 40;
/// Up to this many days, a chart that asks for it writes each value above its dot; beyond, the
/// numbers would overlap (the table twin has them all).
pub const MAX_VALUES: usize = 12;
/// The table twin lists this many latest days; the list below each chart has them all.
pub const TABLE_ROWS: usize = 24;
/// A direct label shows at most this many characters of a line's name.
const LABEL_CHARS: usize = 16;

/// Where a chart's points go: `days` evenly spaced columns, and a scale from 0 to `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    last: usize,
    max: u8,
}

impl Scale {
    /// The scale for `days` columns from 0 to `max`.
    pub fn new(days: usize, max: u8) -> Self {
        Scale {
            last: days.saturating_sub(1),
            max,
        }
    }

    /// The index of the last column.
    pub fn last(self) -> usize {
        self.last
    }

    /// The x of column `i`: the first at the plot's left edge, the last at its right edge.
    pub fn x(self, i: usize) -> i32 {
        LEFT + PLOT_W * i as i32 / self.last.max(1) as i32
    }

    /// The y of value `v` (values above the maximum sit on the top line).
    pub fn y(self, v: u8) -> i32 {
        TOP + PLOT_H - PLOT_H * i32::from(v.min(self.max)) / i32::from(self.max.max(1))
    }
}

/// The stretches of consecutive known values, each one stretch of the path: a `None` leaves a gap.
pub fn runs(values: &[Option<u8>]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, value) in values.iter().enumerate() {
        match (value, start) {
            (Some(_), None) => start = Some(i),
            (None, Some(s)) => {
                runs.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push(s..values.len());
    }
    runs
}

/// The path of a line: one stretch (`M x,y x,y …`) per run of known values, so a missing value
/// leaves a gap.
pub fn path(scale: Scale, values: &[Option<u8>]) -> String {
    let mut d = String::new();
    for run in runs(values) {
        for i in run.clone() {
            let mark = if i == run.start { "M" } else { " " };
            let v = values[i].unwrap_or(0);
            d.push_str(&format!("{mark}{},{}", scale.x(i), scale.y(v)));
        }
    }
    d
}

/// The points that get a dot, with their values: every known value while there are at most
/// `MAX_DOTS` days, and beyond that only a value alone between gaps, which has no line to show it.
pub fn dotted(values: &[Option<u8>]) -> Vec<(usize, u8)> {
    let few = values.len() <= MAX_DOTS;
    let mut dots = Vec::new();
    for run in runs(values) {
        if few || run.len() == 1 {
            for i in run {
                dots.push((i, values[i].unwrap_or(0)));
            }
        }
    }
    dots
}

/// The y of each line's direct label, given the y where each line ends. Labels sit beside the
/// ends, pushed apart from the top down so that none is nearer than `LABEL_GAP` to another, then
/// lifted together if the lowest would fall below the plot.
pub fn label_ys(ends: &[i32]) -> Vec<i32> {
    // A few lines at most: picking the highest end left each time costs less wasm than a sort.
    let mut ys = ends.to_vec();
    let mut placed: Vec<usize> = Vec::new();
    while let Some(next) = (0..ends.len())
        .filter(|i| !placed.contains(i))
        .min_by_key(|&i| (ends[i], i))
    {
        let floor = placed.last().map_or(i32::MIN, |&p| ys[p] + LABEL_GAP);
        ys[next] = ends[next].max(floor);
        placed.push(next);
    }
    let lift = placed
        .last()
        .map_or(0, |&p| (ys[p] - HEIGHT + BOTTOM - 4).max(0));
    ys.iter().map(|y| y - lift).collect()
}

/// The index of the first day the table twin lists: it keeps the latest `TABLE_ROWS`.
pub fn first_table_row(days: usize) -> usize {
    days.saturating_sub(TABLE_ROWS)
}

/// A line's name as its direct label shows it: at most `LABEL_CHARS` characters, and an ellipsis
/// when it was cut (the table twin has the whole name).
pub fn short_name(name: &str) -> String {
    if name.chars().count() <= LABEL_CHARS {
        return name.to_owned();
    }
    let cut: String = name.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_span_the_plot_and_values_span_the_scale() {
        let scale = Scale::new(5, 10);
        assert_eq!(scale.last(), 4);
        assert_eq!(scale.x(0), LEFT);
        assert_eq!(scale.x(4), LEFT + PLOT_W);
        assert_eq!(scale.y(0), TOP + PLOT_H);
        assert_eq!(scale.y(10), TOP);
        assert_eq!(scale.y(5), TOP + PLOT_H / 2);
        assert_eq!(scale.y(200), TOP, "above the maximum sits on the top line");
    }

    #[test]
    fn one_day_and_a_zero_maximum_do_not_divide_by_zero() {
        let scale = Scale::new(1, 0);
        assert_eq!(scale.x(0), LEFT);
        assert_eq!(scale.y(0), TOP + PLOT_H);
        assert_eq!(Scale::new(0, 100).last(), 0);
    }

    #[test]
    fn years_of_days_fit_in_the_units() {
        let scale = Scale::new(20_000, 100);
        assert_eq!(scale.x(19_999), LEFT + PLOT_W);
        assert!(scale.x(10_000) > LEFT && scale.x(10_000) < LEFT + PLOT_W);
    }

    #[test]
    fn missing_values_cut_the_line_into_runs() {
        assert_eq!(runs(&[]), Vec::<Range<usize>>::new());
        assert_eq!(runs(&[None, None]), Vec::<Range<usize>>::new());
        assert_eq!(runs(&[Some(1), Some(2), Some(3)]), vec![0..3]);
        assert_eq!(
            runs(&[Some(1), None, Some(3), Some(4), None, None, Some(7)]),
            vec![0..1, 2..4, 6..7]
        );
        assert_eq!(runs(&[None, Some(2), Some(3), None]), vec![1..3]);
    }

    #[test]
    fn a_path_has_a_gap_where_a_value_is_missing() {
        let scale = Scale::new(5, 10);
        let (x, y) = (|i| scale.x(i), |v| scale.y(v));
        assert_eq!(path(scale, &[]), "");
        assert_eq!(
            path(scale, &[Some(0), Some(10), None, Some(5), Some(5)]),
            format!(
                "M{},{} {},{}M{},{} {},{}",
                x(0),
                y(0),
                x(1),
                y(10),
                x(3),
                y(5),
                x(4),
                y(5)
            )
        );
    }

    #[test]
    fn dots_for_few_days_and_for_values_alone_between_gaps() {
        assert_eq!(
            dotted(&[Some(1), None, Some(3), Some(4)]),
            vec![(0, 1), (2, 3), (3, 4)]
        );
        let mut many: Vec<Option<u8>> = vec![Some(5); MAX_DOTS + 10];
        assert!(dotted(&many).is_empty(), "a long line alone has no dots");
        many[20] = None;
        many[22] = None;
        assert_eq!(
            dotted(&many),
            vec![(21, 5)],
            "a value between two gaps keeps its dot"
        );
    }

    #[test]
    fn labels_far_apart_stay_beside_their_line() {
        assert_eq!(label_ys(&[20, 80, 140]), vec![20, 80, 140]);
        assert_eq!(label_ys(&[]), Vec::<i32>::new());
    }

    #[test]
    fn labels_of_lines_that_end_together_keep_the_gap() {
        let ys = label_ys(&[50, 50, 52, 100]);
        assert_eq!(ys, vec![50, 50 + LABEL_GAP, 50 + 2 * LABEL_GAP, 100]);
        // Ties keep the lines' order; the order of the input does not matter otherwise.
        assert_eq!(label_ys(&[60, 40]), vec![60, 40]);
        assert_eq!(label_ys(&[40, 40]), vec![40, 40 + LABEL_GAP]);
    }

    #[test]
    fn labels_pushed_below_the_plot_are_lifted_together() {
        let bottom = TOP + PLOT_H;
        let ys = label_ys(&[bottom, bottom, bottom, bottom]);
        let mut sorted = ys.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, ys, "still in the lines' order");
        for pair in ys.windows(2) {
            assert_eq!(pair[1] - pair[0], LABEL_GAP);
        }
        assert_eq!(*ys.last().unwrap(), HEIGHT - BOTTOM + 4);
    }

    #[test]
    fn the_table_keeps_the_latest_rows() {
        assert_eq!(first_table_row(0), 0);
        assert_eq!(first_table_row(TABLE_ROWS), 0);
        assert_eq!(first_table_row(TABLE_ROWS + 1), 1);
        assert_eq!(first_table_row(1000), 1000 - TABLE_ROWS);
    }

    #[test]
    fn long_names_are_shortened_with_an_ellipsis() {
        assert_eq!(short_name("Kept"), "Kept");
        assert_eq!(short_name("Sam's closeness"), "Sam's closeness");
        assert_eq!(short_name("Exactly sixteen!"), "Exactly sixteen!");
        assert_eq!(short_name("Partner A's closeness"), "Partner A's clo…");
        assert_eq!(short_name("Reliability and promises"), "Reliability and…");
        assert_eq!(short_name("Zoë's trust, über lang"), "Zoë's trust, üb…");
    }

    #[test]
    fn the_check_ins_four_lines_keep_four_labels_in_every_language() {
        // The check-in chart labels its lines with `short_name`: the name has to come first in
        // each rating's label, or the default names ("Persona A", "Persona B") are cut away and
        // two lines get the same label.
        use crate::i18n::{names, repair};
        for (people, ratings) in [
            (&names::EN, repair::english_whole()),
            (&names::ES, &repair::ES),
        ] {
            let mut labels: Vec<String> = [names::Msg::DefaultNameA, names::Msg::DefaultNameB]
                .into_iter()
                .flat_map(|who| {
                    let name = people.text(who as usize);
                    [repair::Fmt::RatingTrust, repair::Fmt::RatingCloseness].map(|rating| {
                        short_name(&ratings.format(rating as usize, &[("name", name)]))
                    })
                })
                .collect();
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), 4, "{:?}: {labels:?}", ratings.lang);
        }
    }
}
