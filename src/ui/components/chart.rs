//! Small SVG charts drawn by the app, each with a table twin for screen readers. The SVG is
//! hidden from assistive technology; the table carries the same numbers.

use leptos::prelude::*;

const WIDTH: f32 = 600.0;

/// One line of a line chart: a name and (label, value) points in order.
pub struct Series {
    /// What the line shows, used in labels and the table header.
    pub name: &'static str,
    /// Points from left to right; `None` leaves a gap.
    pub points: Vec<(String, Option<u8>)>,
}

fn value_text(value: Option<u8>) -> String {
    value.map_or_else(|| "–".to_string(), |v| v.to_string())
}

/// Horizontal bars, 0 to 100: one group per row, one bar per series, each labelled with its
/// number (and series name when there are several), so nothing depends on colour.
pub fn bar_chart(
    caption: &str,
    series: &[&str],
    rows: &[(String, Vec<Option<u8>>)],
) -> impl IntoView {
    let bar = 16.0;
    let group = 22.0 + bar * series.len() as f32 + 10.0;
    let height = group * rows.len() as f32;
    let many = series.len() > 1;
    let mut shapes = Vec::new();
    for (i, (label, values)) in rows.iter().enumerate() {
        let top = i as f32 * group;
        shapes.push(
            view! { <text x="0" y=top + 16.0 class="chart-label">{label.clone()}</text> }
                .into_any(),
        );
        for (s, value) in values.iter().enumerate() {
            let y = top + 22.0 + s as f32 * bar;
            let w = f32::from(value.unwrap_or(0)) / 100.0 * (WIDTH - 160.0);
            let text = if many {
                format!(
                    "{}: {}",
                    series.get(s).copied().unwrap_or(""),
                    value_text(*value)
                )
            } else {
                value_text(*value)
            };
            shapes.push(view! {
                <rect x="0" y=y width=w.max(2.0) height=bar - 3.0 class=format!("bar bar-{s}")></rect>
                <text x=w + 6.0 y=y + bar - 5.0 class="chart-value">{text}</text>
            }.into_any());
        }
    }
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">{shapes}</svg>
            <table class="visually-hidden">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"Area"</th>{series.iter().map(|s| view! { <th scope="col">{s.to_string()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.iter().map(|(label, values)| view! {
                        <tr><th scope="row">{label.clone()}</th>{values.iter().map(|v| view! { <td>{value_text(*v)}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

/// Up to this many points per line, each gets a dot and its value written beside it.
const MAX_MARKED: usize = 24;
/// The table twin lists this many latest points.
const TABLE_ROWS: usize = 24;

/// Lines over time, 0 to `max`, with each point's value written beside it and a table twin.
pub fn line_chart(caption: &str, series: &[Series], max: u8) -> impl IntoView {
    let height = 220.0;
    let (left, right, top, bottom) = (30.0, 20.0, 20.0, 40.0);
    let count = series
        .iter()
        .map(|s| s.points.len())
        .max()
        .unwrap_or(0)
        .max(2);
    let x = |i: usize| left + (WIDTH - left - right) * i as f32 / (count - 1) as f32;
    let y = |v: u8| top + (height - top - bottom) * (1.0 - f32::from(v) / f32::from(max.max(1)));
    let mut shapes = vec![view! {
        <line x1=left y1=y(0) x2=WIDTH - right y2=y(0) class="axis"></line>
        <text x="0" y=y(0) class="chart-value">"0"</text>
        <text x="0" y=y(max) + 4.0 class="chart-value">{max.to_string()}</text>
    }
    .into_any()];
    for (n, s) in series.iter().enumerate() {
        let path: Vec<String> = s
            .points
            .iter()
            .enumerate()
            .filter_map(|(i, (_, v))| v.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
            .collect();
        shapes.push(
            view! { <polyline points=path.join(" ") class=format!("line line-{n}")></polyline> }
                .into_any(),
        );
        // Beyond a few dozen points the written values would overlap: the line alone says more.
        let marked = s.points.len() <= MAX_MARKED;
        for (i, (_, v)) in s.points.iter().enumerate().filter(|_| marked) {
            if let Some(v) = v {
                shapes.push(view! {
                    <circle cx=x(i) cy=y(*v) r="4" class=format!("dot line-{n}")></circle>
                    <text x=x(i) y=y(*v) - 8.0 text-anchor="middle" class="chart-value">{v.to_string()}</text>
                }.into_any());
            }
        }
        if let Some((first, _)) = s.points.first() {
            shapes.push(
                view! { <text x=left y=height - 12.0 class="chart-label">{first.clone()}</text> }
                    .into_any(),
            );
        }
        if let (Some((last, _)), true) = (s.points.last(), s.points.len() > 1) {
            shapes.push(view! { <text x=WIDTH - right y=height - 12.0 text-anchor="end" class="chart-label">{last.clone()}</text> }.into_any());
        }
    }
    let labels: Vec<String> = series
        .first()
        .map(|s| s.points.iter().map(|(l, _)| l.clone()).collect())
        .unwrap_or_default();
    // The table twin lists the latest rows; the list of earlier results has every one.
    let first_row = labels.len().saturating_sub(TABLE_ROWS);
    let caption = match first_row {
        0 => caption.to_string(),
        _ => format!("{caption}: the latest {TABLE_ROWS} of {}", labels.len()),
    };
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") aria-hidden="true" focusable="false">{shapes}</svg>
            {(series.len() > 1).then(|| view! {
                <p class="chart-legend">{series.iter().enumerate().map(|(n, s)| view! { <span class=format!("legend line-{n}")>{s.name}</span> }).collect_view()}</p>
            })}
            <table class="visually-hidden">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"When"</th>{series.iter().map(|s| view! { <th scope="col">{s.name}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {labels.into_iter().enumerate().skip(first_row).map(|(i, label)| view! {
                        <tr><th scope="row">{label}</th>{series.iter().map(|s| view! { <td>{value_text(s.points.get(i).and_then(|p| p.1))}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}
