//! Results of one run (alone, or both partners side by side) and the trend over runs.

use crate::domain::assessment::advice::{next_steps, Tool};
use crate::domain::assessment::scoring::{BAND_DISCLAIMER, NOT_ENOUGH_ANSWERS};
use crate::domain::assessment::{Area, Band, CompletedRun, RunResult, Scores};
use crate::domain::route::Route;
use crate::ui::components::chart::{bar_chart, line_chart, Series};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A score for reading: "72" or "not enough answers".
pub fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "not enough answers".to_string(), |s| s.to_string())
}

fn band_text(score: Option<u8>) -> &'static str {
    score.map_or(NOT_ENOUGH_ANSWERS, |s| Band::of(s).label())
}

/// The results of run `id`.
pub fn results(id: u64, viewing: RwSignal<Option<u64>>) -> impl IntoView {
    let state = AppState::get();
    let run = state.document.with_untracked(|d| d.assessment.run(id).cloned());
    let body = match run {
        Some(run) => match &run.result {
            RunResult::Solo { scores, .. } => solo(&run, scores).into_any(),
            RunResult::Together { .. } => together(&run).into_any(),
        },
        None => view! { <p>"These results are no longer here."</p> }.into_any(),
    };
    view! {
        {body}
        <p class="muted">{BAND_DISCLAIMER}</p>
        <div class="step-nav no-print">
            <button type="button" on:click=move |_| { viewing.set(None); request_animation_frame(|| crate::ui::browser::focus_id(crate::ui::components::page_title::PAGE_TITLE_ID)); }>"Back to the assessment"</button>
            <button type="button" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>"Print"</button>
        </div>
    }
}

fn area_rows(scores: &Scores, trust: bool) -> Vec<(String, Vec<Option<u8>>)> {
    Area::ALL
        .iter()
        .filter(|a| a.counts_in_overall() == trust)
        .map(|a| (a.title().to_string(), vec![scores.area(*a)]))
        .collect()
}

fn solo(run: &CompletedRun, scores: &Scores) -> impl IntoView {
    let overall = scores.overall();
    let strongest: Vec<String> = scores.strongest(2).into_iter().map(|(a, s)| format!("{} ({s})", a.title())).collect();
    let weakest: Vec<String> = scores.weakest(3).into_iter().map(|(a, s)| format!("{} ({s})", a.title())).collect();
    view! {
        <h2 id="step-title" tabindex="-1">{format!("Your results from {}", run.date)}</h2>
        <p class="overall">
            "Overall trust: " <strong>{score_text(overall)}</strong> " out of 100 · " {band_text(overall)}
        </p>
        {overall.map(|s| view! { <p>{Band::of(s).description()}</p> })}
        <h3>"Trust by area"</h3>
        {bar_chart("Trust by area, 0 to 100", &["Score"], &area_rows(scores, true))}
        <h3>"How it shows, and trusting yourself"</h3>
        <p class="muted">"These two are about how things feel day to day and about your trust in yourself. They are not part of the overall score."</p>
        {bar_chart("How it shows and self-trust, 0 to 100", &["Score"], &area_rows(scores, false))}
        {(!strongest.is_empty()).then(|| view! {
            <p><strong>"Strongest: "</strong>{strongest.join(", ")}</p>
            <p><strong>"Most strained: "</strong>{weakest.join(", ")}</p>
        })}
        {next_steps_view(scores)}
    }
}

fn next_steps_view(scores: &Scores) -> impl IntoView {
    let steps = next_steps(scores);
    (!steps.is_empty()).then(|| {
        view! {
            <h3>"Where you could start"</h3>
            <ul class="next-steps">
                {steps.into_iter().map(|step| {
                    let (href, tool) = match step.tool {
                        Tool::Boundaries => (Route::Boundaries.href(), "Open the boundary worksheet"),
                        Tool::Repair => (Route::Repair.href(), "Open the repair checklist"),
                    };
                    view! {
                        <li>
                            <strong>{step.area.title()}</strong>
                            <ul>{step.steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
                            <a href=href>{format!("{tool} ({})", step.area.title())}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

fn together(run: &CompletedRun) -> impl IntoView {
    let RunResult::Together { a, b } = &run.result else { return ().into_any() };
    let gaps = run.comparison().unwrap_or_default();
    let names = [a.name.as_str(), b.name.as_str()];
    let rows: Vec<(String, Vec<Option<u8>>)> =
        Area::ALL.iter().map(|area| (area.title().to_string(), vec![a.scores.area(*area), b.scores.area(*area)])).collect();
    view! {
        <h2 id="step-title" tabindex="-1">{format!("Your results together, {}", run.date)}</h2>
        <p class="overall">{format!("Overall trust: {} {} · {} {}", a.name, score_text(a.scores.overall()), b.name, score_text(b.scores.overall()))}</p>
        <p>"Differences are not a contest. Where your answers are far apart, you may simply see things differently. Those areas are good places to start talking, gently and one at a time."</p>
        <h3>"Where you see things most differently"</h3>
        <table class="comparison">
            <caption class="visually-hidden">"Scores side by side, widest gap first"</caption>
            <thead><tr><th scope="col">"Area"</th><th scope="col">{names[0].to_string()}</th><th scope="col">{names[1].to_string()}</th><th scope="col">"Gap"</th><th scope="col">"A question to talk about"</th></tr></thead>
            <tbody>
                {gaps.into_iter().map(|g| view! {
                    <tr>
                        <th scope="row">{g.area.title()}</th>
                        <td>{score_text(g.a)}</td>
                        <td>{score_text(g.b)}</td>
                        <td>{g.gap.map_or_else(|| "–".to_string(), |v| v.to_string())}</td>
                        <td>{g.prompt}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h3>"Both of you, area by area"</h3>
        {bar_chart("Both partners' scores by area, 0 to 100", &names, &rows)}
    }
    .into_any()
}

/// Overall trust over all finished runs, and one chosen area beside it, with a table twin.
pub fn trend_chart(area: Option<Area>) -> impl IntoView {
    let state = AppState::get();
    let points = state.document.with(|d| d.assessment.trend());
    (points.len() >= 2).then(|| {
        let mut series = vec![Series { name: "Overall trust", points: points.iter().map(|p| (p.date.to_string(), p.overall)).collect() }];
        if let Some(area) = area {
            series.push(Series {
                name: area.title(),
                points: points.iter().map(|p| (p.date.to_string(), p.areas.get(&area).copied().flatten())).collect(),
            });
        }
        line_chart("Scores over time, 0 to 100", &series, 100)
    })
}
