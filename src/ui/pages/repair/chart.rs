//! One small line chart for both the kept rate and the check-in trend: SVG with direct labels
//! for the eye, and a table twin with the same numbers for screen readers.

use crate::domain::date::Day;
use leptos::prelude::*;

/// One line of a chart.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Line {
    /// What the line shows; used as its label and table column.
    pub name: String,
    /// One value per day, from 0 to the chart's maximum.
    pub values: Vec<u8>,
}

/// Everything one chart shows.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ChartData {
    /// Names the table twin.
    pub caption: &'static str,
    /// The days along the bottom, oldest first, evenly spaced.
    pub days: Vec<Day>,
    /// The lines, each with one value per day.
    pub lines: Vec<Line>,
    /// The top of the scale (the bottom is 0).
    pub max: u8,
    /// Written after each number, like "%".
    pub unit: &'static str,
}

// Integer chart units keep float formatting out of the wasm.
const WIDTH: i32 = 400;
const HEIGHT: i32 = 200;
const LEFT: i32 = 36;
/// Room on the right for the direct labels.
const RIGHT: i32 = 130;
const TOP: i32 = 12;
const BOTTOM: i32 = 30;
/// Least vertical distance between two direct labels, in chart units.
const LABEL_GAP: i32 = 15;
/// Up to this many days, each value gets a dot; beyond, the dots would touch and only the line
/// is drawn (thousands of dots after years of check-ins also slow every redraw of the page).
const MAX_DOTS: usize = 40;
/// The table twin lists this many latest days; the list of check-ins below has them all.
const TABLE_ROWS: usize = 24;

/// The chart for `data` when there is one, drawn afresh whenever the numbers change.
pub fn chart(data: Memo<Option<ChartData>>) -> impl IntoView {
    super::list(Signal::derive(move || {
        data.get().map(super::Item::Chart).into_iter().collect()
    }))
}

impl ChartData {
    /// The numbers as text: a new key draws the chart again.
    pub fn key(&self) -> String {
        let days = self.days.iter().map(ToString::to_string);
        let values = self
            .lines
            .iter()
            .flat_map(|l| l.values.iter().map(ToString::to_string));
        days.chain(values).collect::<Vec<_>>().join(",")
    }
}

/// Draws the lines over evenly spaced days on a scale from 0 to `max`, with each line's latest
/// value written at its end, followed by a visually hidden table of the same numbers.
pub fn draw(data: ChartData) -> impl IntoView {
    let ChartData {
        caption,
        days,
        lines,
        max,
        unit,
    } = data;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let last = days.len().saturating_sub(1);
    let x = move |i: usize| LEFT + plot_w * i as i32 / last.max(1) as i32;
    let y = move |v: u8| TOP + plot_h - plot_h * i32::from(v.min(max)) / i32::from(max.max(1));
    let value = |line: &Line, i: usize| line.values.get(i).copied().unwrap_or(0);

    // Labels sit beside each line's last point, pushed apart from the top down so none overlap,
    // then lifted together if the lowest would fall below the chart.
    let ends: Vec<i32> = lines.iter().map(|l| y(value(l, last))).collect();
    let mut label_y = ends.clone();
    let mut placed: Vec<usize> = Vec::new();
    while let Some(next) = (0..ends.len())
        .filter(|i| !placed.contains(i))
        .min_by_key(|&i| (ends[i], i))
    {
        let floor = placed.last().map_or(i32::MIN, |&p| label_y[p] + LABEL_GAP);
        label_y[next] = ends[next].max(floor);
        placed.push(next);
    }
    let lift = placed
        .last()
        .map_or(0, |&p| (label_y[p] - HEIGHT + BOTTOM - 4).max(0));

    let text = |x: i32, y: i32, anchor: &'static str, class: &'static str, words: String| {
        view! { <text class=class x=x.to_string() y=y.to_string() text-anchor=anchor>{words}</text> }
    };
    let grid = [0, max / 2, max].map(|v| {
        view! {
            <line class="r-grid" x1=LEFT.to_string() x2=(LEFT + plot_w).to_string() y1=y(v).to_string() y2=y(v).to_string()/>
            {text(LEFT - 6, y(v) + 4, "end", "r-axis", format!("{v}{unit}"))}
        }
    });
    let bottom = if last > 0 {
        vec![(0, "start"), (last, "end")]
    } else {
        vec![(0, "start")]
    };
    let x_labels = bottom.into_iter().map(|(i, anchor)| {
        text(
            x(i),
            HEIGHT - 8,
            anchor,
            "r-axis",
            days.get(i).map(ToString::to_string).unwrap_or_default(),
        )
    });
    let series = lines.iter().enumerate().map(|(n, line)| {
        let points: String = (0..days.len()).map(|i| format!("{},{} ", x(i), y(value(line, i)))).collect();
        let dots = (days.len() <= MAX_DOTS).then(|| {
            (0..days.len()).map(|i| view! { <circle cx=x(i).to_string() cy=y(value(line, i)).to_string() r="3.5"/> }).collect_view()
        });
        let short: String = line.name.chars().take(16).collect();
        let words = format!("{short} {}{unit}", value(line, last));
        view! {
            <g class=format!("r-series r-s{n}")>
                <polyline points=points/>
                {dots}
                {text(LEFT + plot_w + 8, label_y[n] - lift + 4, "start", "r-label", words)}
            </g>
        }
    });
    let header = lines
        .iter()
        .map(|l| view! { <th scope="col">{l.name.clone()}</th> });
    let first_row = days.len().saturating_sub(TABLE_ROWS);
    let caption = match first_row {
        0 => caption.to_owned(),
        _ => format!("{caption}: the latest {TABLE_ROWS} of {}", days.len()),
    };
    let rows = days.iter().enumerate().skip(first_row).map(|(i, day)| {
        let cells = lines
            .iter()
            .map(|l| view! { <td>{format!("{}{unit}", value(l, i))}</td> });
        view! { <tr><th scope="row">{day.to_string()}</th>{cells.collect_view()}</tr> }
    });
    view! {
        <figure class="r-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true">
                {grid}
                {x_labels.collect_view()}
                {series.collect_view()}
            </svg>
            // A wrapper clips the table: a table alone grows to fit its cells and widens the page.
            <div class="visually-hidden"><table>
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"Date"</th>{header.collect_view()}</tr></thead>
                <tbody>{rows.collect_view()}</tbody>
            </table></div>
        </figure>
    }
}
