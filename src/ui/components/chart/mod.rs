//! The app's charts: horizontal bars for the assessment's scores, and one line chart for every
//! trend (the assessment's scores over time, the repair checklist's kept rate and check-ins).
//! Each is simple SVG, hidden from assistive technology, with a table twin that carries the same
//! numbers. Chart units are integers, which keeps float formatting out of the wasm; the line
//! chart's arithmetic is plain Rust in [`layout`], tested on the host.
//!
//! Series may be named after the partners (the results taken together, the check-ins), so the
//! drawing and the series' headers in the table twin say `translate="no"` (see
//! `browser::translation`), the app's own series names (a trend's "Overall") with them. The
//! drawing is wrapped in an HTML element for it: SVG elements take the translation mode of their
//! HTML parent, whatever their own attribute says.

mod layout;

use crate::domain::date::Day;
use layout::{Scale, HEIGHT, LEFT, MAX_VALUES, PLOT_W, TABLE_ROWS, WIDTH};
use leptos::prelude::*;

/// A value as the table twin and the labels write it: "72", "5%", or "–" when there is none.
fn value_text(value: Option<u8>, unit: &str) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v}{unit}"))
}

/// The bar chart's width in its own units.
const BAR_CHART_WIDTH: i32 = 600;

/// Horizontal bars, 0 to 100: one group per row, one bar per series, each labelled with its
/// number (and series name when there are several), so nothing depends on colour.
pub fn bar_chart(
    caption: &str,
    row_header: &str,
    series: &[&str],
    rows: &[(String, Vec<Option<u8>>)],
) -> impl IntoView {
    crate::ui::styles::add(crate::ui::styles::CHARTS);
    let bar = 16;
    let group = 22 + bar * series.len() as i32 + 10;
    let height = group * rows.len() as i32;
    let many = series.len() > 1;
    let mut shapes = Vec::new();
    for (i, (label, values)) in rows.iter().enumerate() {
        let top = i as i32 * group;
        shapes.push(
            view! { <text x="0" y=(top + 16).to_string() class="chart-label">{label.clone()}</text> }
                .into_any(),
        );
        for (s, value) in values.iter().enumerate() {
            let y = top + 22 + s as i32 * bar;
            let w = i32::from(value.unwrap_or(0)) * (BAR_CHART_WIDTH - 160) / 100;
            let text = if many {
                format!(
                    "{}: {}",
                    series.get(s).copied().unwrap_or(""),
                    value_text(*value, "")
                )
            } else {
                value_text(*value, "")
            };
            shapes.push(view! {
                <rect x="0" y=y.to_string() width=w.max(2).to_string() height=(bar - 3).to_string() class=format!("bar bar-{s}")></rect>
                <text x=(w + 6).to_string() y=(y + bar - 5).to_string() class="chart-value">{text}</text>
            }.into_any());
        }
    }
    view! {
        <figure class="chart">
            <div translate="no"><svg viewBox=format!("0 0 {BAR_CHART_WIDTH} {height}") aria-hidden="true" focusable="false">{shapes}</svg></div>
            <table class="visually-hidden">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{row_header.to_owned()}</th>{series.iter().map(|s| view! { <th scope="col" translate="no">{s.to_string()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.iter().map(|(label, values)| view! {
                        <tr><th scope="row">{label.clone()}</th>{values.iter().map(|v| view! { <td>{value_text(*v, "")}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// One line of a line chart.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Line {
    /// What the line shows: its direct label (shortened when long) and its table column.
    pub name: String,
    /// One value per day, from 0 to the chart's maximum; `None` leaves a gap in the line and
    /// "–" in the table.
    pub values: Vec<Option<u8>>,
}

/// Everything one line chart shows.
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
    /// The table twin's heading over the days, "Date" in the language on screen.
    pub date_header: &'static str,
    /// The table twin's caption when it lists only the latest [`TABLE_ROWS`] days, in the
    /// language on screen: see [`ChartData::fill_latest`].
    pub latest_caption: String,
    /// Also write each value above its dot, on charts of a few days (up to `MAX_VALUES`).
    pub each_value: bool,
}

impl ChartData {
    /// The table twin's caption when it is cut to the latest days: `fill` is the screen's
    /// message with the placeholders `caption`, `rows` (how many it lists) and `total` (days).
    pub fn fill_latest(
        caption: &str,
        days: usize,
        fill: impl Fn(&[(&str, &str)]) -> String,
    ) -> String {
        fill(&[
            ("caption", caption),
            ("rows", &TABLE_ROWS.to_string()),
            ("total", &days.to_string()),
        ])
    }

    /// The numbers and names as text: a new key draws the chart again.
    pub fn key(&self) -> String {
        let mut key = String::new();
        for day in &self.days {
            key.push_str(&day.to_string());
            key.push(',');
        }
        for line in &self.lines {
            key.push_str(&line.name);
            for value in &line.values {
                key.push(',');
                key.push_str(&value_text(*value, ""));
            }
            key.push(';');
        }
        key
    }
}

/// Draws the lines over evenly spaced days on a scale from 0 to `max`, with each line's name and
/// latest value written at its end, followed by a visually hidden table of the same numbers.
pub fn draw(data: ChartData) -> impl IntoView {
    crate::ui::styles::add(crate::ui::styles::CHARTS);
    let scale = Scale::new(data.days.len(), data.max);
    view! {
        <figure class="chart line-chart">
            <div translate="no">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true">
                    {grid(scale, data.max, data.unit)}
                    {day_labels(scale, &data.days)}
                    {lines(scale, &data)}
                </svg>
            </div>
            {table_twin(&data)}
        </figure>
    }
}

/// SVG text at a point, in chart units.
fn text(x: i32, y: i32, anchor: &'static str, class: &'static str, words: String) -> impl IntoView {
    view! { <text class=class x=x.to_string() y=y.to_string() text-anchor=anchor>{words}</text> }
}

/// Lines across the plot at 0, half and the maximum, with their numbers on the left.
fn grid(scale: Scale, max: u8, unit: &'static str) -> impl IntoView {
    [0, max / 2, max].map(|v| {
        let y = scale.y(v).to_string();
        view! {
            <line class="chart-grid" x1=LEFT.to_string() x2=(LEFT + PLOT_W).to_string() y1=y.clone() y2=y/>
            {text(LEFT - 6, scale.y(v) + 4, "end", "chart-axis", format!("{v}{unit}"))}
        }
    })
}

/// The first and the last day under the plot.
fn day_labels(scale: Scale, days: &[Day]) -> impl IntoView {
    let last = scale.last();
    let ends = if last > 0 {
        vec![(0, "start"), (last, "end")]
    } else {
        vec![(0, "start")]
    };
    ends.into_iter()
        .map(|(i, anchor)| {
            let day = days.get(i).map(ToString::to_string).unwrap_or_default();
            text(scale.x(i), HEIGHT - 8, anchor, "chart-axis", day)
        })
        .collect_view()
}

/// Each line: a path with a gap wherever a value is missing, dots while there are few days (and
/// on a value alone between gaps, which has no line), the values above the dots when asked, and
/// the line's name and latest value at its end.
fn lines(scale: Scale, data: &ChartData) -> impl IntoView {
    let unit = data.unit;
    let ends: Vec<i32> = data
        .lines
        .iter()
        .map(|l| scale.y(l.values.iter().rev().flatten().next().copied().unwrap_or(0)))
        .collect();
    let label_ys = layout::label_ys(&ends);
    let each_value = data.each_value && data.days.len() <= MAX_VALUES;
    let views = data
        .lines
        .iter()
        .zip(label_ys)
        .enumerate()
        .map(|(n, (line, label_y))| {
            let dotted = layout::dotted(&line.values);
            let dots = dotted.iter().map(|&(i, v)| {
                view! { <circle cx=scale.x(i).to_string() cy=scale.y(v).to_string() r="3.5"/> }
            });
            // Each value written above its dot, when asked.
            let values = dotted.iter().filter(|_| each_value).map(|&(i, v)| {
                text(
                    scale.x(i),
                    scale.y(v) - 8,
                    "middle",
                    "chart-point",
                    format!("{v}{unit}"),
                )
            });
            let latest = line.values.get(scale.last()).copied().flatten();
            let words = format!(
                "{} {}",
                layout::short_name(&line.name),
                value_text(latest, unit)
            );
            view! {
                <g class=format!("chart-series series-{n}")>
                    <path d=layout::path(scale, &line.values)/>
                    {dots.collect_view()}
                    {values.collect_view()}
                    {text(LEFT + PLOT_W + 8, label_y + 4, "start", "chart-end", words)}
                </g>
            }
        });
    views.collect_view()
}

/// The visually hidden table with the same numbers: the latest `TABLE_ROWS` days (the list
/// below each chart has every entry).
fn table_twin(data: &ChartData) -> impl IntoView {
    let first_row = layout::first_table_row(data.days.len());
    let caption = match first_row {
        0 => data.caption.to_owned(),
        _ => data.latest_caption.clone(),
    };
    let header = data
        .lines
        .iter()
        .map(|l| view! { <th scope="col" translate="no">{l.name.clone()}</th> });
    let rows = data
        .days
        .iter()
        .enumerate()
        .skip(first_row)
        .map(|(i, day)| {
            let cells = data.lines.iter().map(|l| {
                let value = l.values.get(i).copied().flatten();
                view! { <td>{value_text(value, data.unit)}</td> }
            });
            view! { <tr><th scope="row">{day.to_string()}</th>{cells.collect_view()}</tr> }
        });
    view! {
        // A wrapper clips the table: a table alone grows to fit its cells and widens the page.
        <div class="visually-hidden"><table>
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{data.date_header}</th>{header.collect_view()}</tr></thead>
            <tbody>{rows.collect_view()}</tbody>
        </table></div>
    }
}
