//! Results of one run (alone, or both partners side by side) and the trend over runs.

use crate::domain::assessment::advice::{advice_variants, next_steps, NextStep, Tool};
use crate::domain::assessment::compare::{
    after_a_betrayal, talking_guide, together_disclaimer, Standing,
};
use crate::domain::assessment::role::role_short;
use crate::domain::assessment::scoring::{
    assessment_disclaimer, band_disclaimer, facets_explained, not_enough_answers,
};
use crate::domain::assessment::{
    Area, Band, CompletedRun, Facet, Role, RunResult, Scores, TrendPoint,
};
use crate::domain::couple::{shown_name, Partner};
use crate::domain::route::Route;
use crate::i18n::assessment as start_text;
use crate::i18n::results::{around, f, t, Fmt, Msg};
use crate::ui::browser;
use crate::ui::components::chart::{bar_chart, draw, ChartData, Line};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A score for reading: "72" or "not enough answers".
pub fn score_text(score: Option<u8>) -> String {
    score.map_or_else(
        || start_text::t(start_text::Msg::ScoreNone).to_string(),
        |s| s.to_string(),
    )
}

fn band_text(score: Option<u8>) -> &'static str {
    score.map_or_else(not_enough_answers, |s| Band::of(s).label())
}

/// The results of run `id`.
pub fn results(id: u64, viewing: RwSignal<Option<u64>>) -> impl IntoView {
    let state = AppState::get();
    let run = state
        .document
        .with_untracked(|d| d.assessment.run(id).cloned());
    let body = match run {
        Some(run) => match &run.result {
            RunResult::Solo { scores, role, .. } => solo(&run, scores, *role).into_any(),
            RunResult::Together { .. } => together(&run).into_any(),
        },
        None => view! { <p>{t(Msg::ResultsGone)}</p> }.into_any(),
    };
    let (help_before, help_after) = around(Fmt::ResultsHelp);
    view! {
        {body}
        <p class="muted">{band_disclaimer()}</p>
        <p class="muted">{assessment_disclaimer()}</p>
        <p>{help_before}<a href=Route::Help.href()>{t(Msg::ResultsHelpLink)}</a>{help_after}</p>
        <div class="step-nav no-print">
            <button type="button" on:click=move |_| { viewing.set(None); request_animation_frame(|| crate::ui::browser::focus_id(crate::ui::components::page_title::PAGE_TITLE_ID)); }>{t(Msg::ResultsBack)}</button>
            <button type="button" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>{t(Msg::ResultsPrint)}</button>
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

/// The three facets with their scores and one explanation, and a table twin in the chart.
fn facets_view(scores: &Scores, heading_id: &'static str) -> impl IntoView {
    let rows: Vec<(String, Vec<Option<u8>>)> = Facet::ALL
        .iter()
        .map(|f| (f.label().to_string(), vec![scores.facet(*f)]))
        .collect();
    view! {
        <h3 id=heading_id>{t(Msg::FacetsHeading)}</h3>
        <p class="muted">{facets_explained()}</p>
        <ul>
            {Facet::ALL.iter().map(|f| view! {
                <li><strong>{format!("{}: {}", f.label(), score_text(scores.facet(*f)))}</strong>" · "{f.description()}</li>
            }).collect_view()}
        </ul>
        {bar_chart(t(Msg::FacetsChart), t(Msg::ChartFacet), &[t(Msg::ChartScore)], &rows)}
    }
}

/// A note for the results, written for where the person stands.
fn role_note(role: Option<Role>) -> impl IntoView {
    role.map(|role| {
        view! {
            <p class="role-note">{role.results_note()}</p>
            {role.offer_change_lines().then(|| {
                let (before, after) = around(Fmt::ChangeLines);
                view! {
                    <p>{before}<a href=Route::Help.href()>{t(Msg::ChangeLinesLink)}</a>{after}</p>
                }
            })}
        }
    })
}

fn solo(run: &CompletedRun, scores: &Scores, role: Option<Role>) -> impl IntoView {
    let overall = scores.overall();
    let (overall_before, overall_after) = around(Fmt::SoloOverall);
    let strongest: Vec<String> = scores
        .strongest(2)
        .into_iter()
        .map(|(a, s)| format!("{} ({s})", a.title()))
        .collect();
    let weakest: Vec<String> = scores
        .weakest(3)
        .into_iter()
        .map(|(a, s)| format!("{} ({s})", a.title()))
        .collect();
    view! {
        <h2 id="step-title" tabindex="-1">{f(Fmt::SoloTitle, &[("date", &run.date.to_string())])}</h2>
        <p class="overall">
            {overall_before}<strong>{score_text(overall)}</strong>{overall_after}" · "{band_text(overall)}
        </p>
        {overall.map(|s| view! { <p>{Band::of(s).description()}</p> })}
        {run.from_earlier_bank().then(|| view! {
            <p class="muted">{t(Msg::SoloOlderBank)}</p>
        })}
        {role_note(role)}
        <h3>{t(Msg::ByAreaHeading)}</h3>
        {bar_chart(t(Msg::ByAreaChart), t(Msg::ChartArea), &[t(Msg::ChartScore)], &area_rows(scores, true))}
        <h3>{t(Msg::OtherHeading)}</h3>
        <p class="muted">{t(Msg::OtherNote)}</p>
        {bar_chart(t(Msg::OtherChart), t(Msg::ChartArea), &[t(Msg::ChartScore)], &area_rows(scores, false))}
        {(!strongest.is_empty()).then(|| view! {
            <p><strong>{t(Msg::Strongest)}" "</strong>{strongest.join(", ")}</p>
            <p><strong>{t(Msg::MostStrained)}" "</strong>{weakest.join(", ")}</p>
        })}
        {facets_view(scores, "facets-heading")}
        {next_steps_view(next_steps(scores, role), t(Msg::SoloNextHeading).to_string(), role, false)}
        {every_suggestion()}
    }
}

/// Every suggestion for every situation, folded away: whatever anyone answered, all of it stays
/// readable.
fn every_suggestion() -> impl IntoView {
    view! {
        <details class="all-advice">
            <summary>{t(Msg::AllAdvice)}</summary>
            {Area::ALL.iter().map(|area| view! {
                <h4>{area.title()}</h4>
                {advice_variants(*area).into_iter().map(|(audience, steps)| view! {
                    <p><strong>{audience.label()}</strong></p>
                    <ul>{steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
                }).collect_view()}
            }).collect_view()}
        </details>
    }
}

/// Where a next step's link goes; the checklist opens on this person's own steps when they named
/// a side.
fn tool_href(tool: Tool, role: Option<Role>) -> String {
    match (tool, role) {
        (Tool::Boundaries, _) => Route::Boundaries.href(),
        (Tool::Repair, Some(side @ (Role::WasHurt | Role::BrokeTrust))) => {
            format!("{}?steps={}", Route::Repair.href(), side.slug())
        }
        (Tool::Repair, _) => Route::Repair.href(),
    }
}

fn next_steps_view(
    steps: Vec<NextStep>,
    heading: String,
    role: Option<Role>,
    named: bool,
) -> impl IntoView {
    (!steps.is_empty()).then(|| {
        view! {
            // A heading named after a partner (see `browser::translation`).
            <h3 translate=browser::translation(named)>{heading}</h3>
            <ul class="next-steps">
                {steps.into_iter().map(|step| {
                    let href = tool_href(step.tool, role);
                    let tool = match step.tool {
                        Tool::Boundaries => t(Msg::OpenWorksheet),
                        Tool::Repair => t(Msg::OpenChecklist),
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
    let (RunResult::Together { a, b }, Some(report)) = (&run.result, run.agreement()) else {
        return ().into_any();
    };
    // Stored names go through shown_name: empty or an earlier version's English default shows
    // the default in the language on screen.
    let (a_name, b_name) = (
        shown_name(&a.name, Partner::A),
        shown_name(&b.name, Partner::B),
    );
    let names = [a_name.as_str(), b_name.as_str()];
    let rows: Vec<(String, Vec<Option<u8>>)> = Area::ALL
        .iter()
        .map(|area| {
            (
                area.title().to_string(),
                vec![a.scores.area(*area), b.scores.area(*area)],
            )
        })
        .collect();
    let group = |standing: Standing| {
        let areas = report.with(standing);
        (!areas.is_empty()).then(|| view! {
            <section class="agreement-group" aria-labelledby=format!("standing-{standing:?}")>
                <h4 id=format!("standing-{standing:?}")>{standing.label()}</h4>
                <p class="muted">{standing.description()}</p>
                <ul class="agreement-areas">
                    {areas.into_iter().map(|g| view! {
                        <li>
                            <strong>{g.area.title()}</strong>
                            // The partners' names (see `browser::translation`).
                            <span translate="no">{format!(" · {} {}, {} {}", names[0], score_text(g.a), names[1], score_text(g.b))}</span>
                            <ul class="prompts">{g.prompts.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })
    };
    let person = |p: &crate::domain::assessment::compare::PartnerSteps| {
        view! {
            <h4 translate="no">{format!("{} ({})", p.name, role_short(p.role))}</h4>
            {p.role.map(|r| view! { <p class="muted">{r.results_note()}</p> })}
            {next_steps_view(p.steps.clone(), f(Fmt::NextFor, &[("name", &p.name)]), p.role, true)}
        }
    };
    view! {
        <h2 id="step-title" tabindex="-1">{f(Fmt::TogetherTitle, &[("date", &run.date.to_string())])}</h2>
        <p><strong>{together_disclaimer()}</strong></p>
        <p class="overall" translate="no">{f(Fmt::TogetherOverall, &[("a", &a_name), ("a-score", &score_text(a.scores.overall())), ("b", &b_name), ("b-score", &score_text(b.scores.overall()))])}</p>
        {report.after_a_betrayal.then(|| view! { <p class="betrayal-note">{after_a_betrayal()}</p> })}
        <h3 id="agreement-heading">{t(Msg::AgreementHeading)}</h3>
        {group(Standing::SharedConcern)}
        {group(Standing::SeenDifferently)}
        {group(Standing::SharedStrength)}
        {group(Standing::NotEnoughAnswers)}
        <h3>{t(Msg::TalkHeading)}</h3>
        <ol class="talking-guide">{talking_guide().iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ol>
        <p>{t(Msg::TalkAfraid)}</p>
        <h3>{t(Msg::EachNextHeading)}</h3>
        {person(&report.a)}
        {person(&report.b)}
        {every_suggestion()}
        <h3>{t(Msg::BothHeading)}</h3>
        {bar_chart(t(Msg::BothChart), t(Msg::ChartArea), &names, &rows)}
    }
    .into_any()
}

/// Overall trust over all finished runs, and one chosen area beside it, with a table twin.
pub fn trend_chart(points: &[TrendPoint], area: Option<Area>) -> impl IntoView {
    (points.len() >= 2).then(|| {
        let mut lines = vec![Line {
            name: start_text::t(start_text::Msg::TrendOverall).to_owned(),
            values: points.iter().map(|p| p.overall).collect(),
        }];
        if let Some(area) = area {
            lines.push(Line {
                name: area.title().to_owned(),
                values: points
                    .iter()
                    .map(|p| p.areas.get(&area).copied().flatten())
                    .collect(),
            });
        }
        let caption = start_text::t(start_text::Msg::TrendCaption);
        draw(ChartData {
            caption,
            latest_caption: ChartData::fill_latest(caption, points.len(), |args| {
                start_text::f(start_text::Fmt::TrendLatest, args)
            }),
            date_header: start_text::t(start_text::Msg::TrendDate),
            days: points.iter().map(|p| p.date).collect(),
            lines,
            max: 100,
            unit: "",
            each_value: true,
        })
    })
}
