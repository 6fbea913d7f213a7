//! The assessment's start: how it works, alone or together, and the history of earlier runs.

use super::results::{score_text, trend_chart};
use crate::domain::assessment::scoring::assessment_disclaimer;
use crate::domain::assessment::{Area, Change, Mode};
use crate::i18n::assessment::{f, t, Fmt, Msg};
use crate::ui::browser;
use crate::ui::components::first_paint::rest_after_first_paint;
use crate::ui::components::names_form::NamesForm;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Start buttons, the together option with names, and the history.
///
/// While the earlier runs are unread, the history comes one task after the first paint (see
/// [`rest_after_first_paint`]): it is the one part of the screen that reads them, which a load
/// leaves as stored text until first used (`domain::assessment::runs`), and reading three years
/// of them cost a deep link about 0.1 s at 4x before "Start on my own" could be pressed (issue
/// #13: the cost of opening a screen must not grow with history). The list sits below the
/// start options. Once they are read (back from results, another tab's save, a new language)
/// the list is drawn with the rest, so it does not pop in under someone scrolled down to it.
pub fn start(viewing: RwSignal<Option<u64>>) -> impl IntoView {
    let state = AppState::get();
    let memory = super::InMemory::get();
    let begin = move |mode: Mode| {
        browser::release_focus();
        viewing.set(None);
        memory.stopped.set(false);
        let _ = super::send(state, Change::Start(mode));
    };
    super::preload_steps(viewing);
    let rest = if state
        .document
        .with_untracked(|d| d.assessment.history.is_unread())
    {
        rest_after_first_paint()
    } else {
        RwSignal::new(true)
    };
    view! {
        <p class="lead">
            {t(Msg::StartLead)}
        </p>
        <p>{t(Msg::StartSaved)}</p>
        <p class="muted">{assessment_disclaimer()}</p>
        <div class="start-options">
            <section class="card" aria-labelledby="alone-heading">
                <h2 id="alone-heading">{t(Msg::StartAloneHeading)}</h2>
                <p>{t(Msg::StartAloneAbout)}</p>
                <button type="button" class="primary" on:click=move |_| begin(Mode::Solo)>{t(Msg::StartAloneButton)}</button>
            </section>
            <section class="card" aria-labelledby="together-heading">
                <h2 id="together-heading">{t(Msg::StartTogetherHeading)}</h2>
                <p>{t(Msg::StartTogetherAbout)}</p>
                <details>
                    <summary>{t(Msg::StartNames)}</summary>
                    <NamesForm/>
                </details>
                <button type="button" class="primary" on:click=move |_| begin(Mode::Together)>{t(Msg::StartTogetherButton)}</button>
            </section>
        </div>
        {move || rest.get().then(|| view! { <History viewing=viewing/> })}
        // Outside the list's section, which goes with the last result: what a deletion did is
        // said even then, to everyone and to screen readers (focus alone moves to a heading in
        // silence). Filled by `browser::set_text`.
        <p class="muted" role="status" id=HISTORY_SAID></p>
    }
}

/// The id of the line under the earlier results that says what a deletion did.
const HISTORY_SAID: &str = "history-said";

/// How many earlier results the list shows at first, and how many more each "Show older" adds.
const RUNS_PAGE: usize = 20;

/// "Showing the newest 20 of 150 results" and a button for the next page, while older ones remain.
fn show_older(state: AppState, shown: RwSignal<usize>) -> impl IntoView {
    move || {
        let total = state.document.with(|d| d.assessment.history.len());
        let now = shown.get();
        (total > now).then(|| view! {
            <p>
                <span class="muted">{f(Fmt::HistoryShowing, &[("shown", &now.to_string()), ("total", &total.to_string())])}" "</span>
                <button type="button" on:click=move |_| shown.update(|n| *n += RUNS_PAGE)>
                    {f(Fmt::HistoryShowOlder, &[("count", &(total - now).min(RUNS_PAGE).to_string())])}
                </button>
            </p>
        })
    }
}

/// Earlier runs with their dates, a trend, and ways to open, delete or clear them.
#[component]
fn History(
    /// Set to a run's id to open its results.
    viewing: RwSignal<Option<u64>>,
) -> impl IntoView {
    let state = AppState::get();
    let (trend_area, set_trend_area) = signal(None::<Area>);
    // Newest first, a page at a time; a memo, so the list is drawn again only when what it
    // shows changes, not at every change elsewhere in the data.
    let shown = RwSignal::new(RUNS_PAGE);
    let runs = Memo::new(move |_| {
        state.document.with(|d| {
            d.assessment
                .history
                .iter()
                .rev()
                .take(shown.get())
                .map(|run| (run.id, run.date.to_string(), run.mode(), run.overall()))
                .collect::<Vec<_>>()
        })
    });
    // The chart's points: it is drawn again when they change, not at every change of the data
    // (a name typed above, say).
    let trend = Memo::new(move |_| state.document.with(|d| d.assessment.trend()));
    view! {
        <Show when=move || state.document.with(|d| !d.assessment.history.is_empty())>
            <section aria-labelledby="history-heading">
                <h2 id="history-heading" tabindex="-1">{t(Msg::HistoryHeading)}</h2>
                <Show when=move || state.document.with(|d| d.assessment.history.len() >= 2)>
                    <h3>{t(Msg::HistoryOverTime)}</h3>
                    <div class="field">
                        <label for="trend-area">{t(Msg::HistoryTrendBeside)}</label>
                        <select id="trend-area" autocomplete="off" on:change:target=move |ev| {
                            let slug = ev.target().value();
                            set_trend_area.set(Area::ALL.iter().copied().find(|a| a.slug() == slug));
                        }>
                            <option value="">{t(Msg::HistoryTrendNothing)}</option>
                            {Area::ALL.iter().map(|a| view! { <option value=a.slug()>{a.title()}</option> }).collect_view()}
                        </select>
                    </div>
                    {move || trend.with(|points| trend_chart(points, trend_area.get()))}
                </Show>
                // One listener for every row's buttons, not two per row: a page of twenty rows
                // is quicker to draw, and to take away when a run starts.
                <ul class="run-list" on:click=move |ev| run_button(&ev, state, viewing)>
                    {move || runs.get().into_iter().map(|(id, date, mode, overall)| {
                        let mode = t(match mode { Mode::Solo => Msg::HistoryModeSolo, Mode::Together => Msg::HistoryModeTogether });
                        let label = f(Fmt::HistoryRow, &[("date", &date), ("mode", mode), ("score", &score_text(overall))]);
                        view! {
                            <li>
                                <span>{label.clone()}</span>" "
                                <button type="button" data-run=id.to_string() data-act="open" aria-label=f(Fmt::HistoryOpenLabel, &[("date", &date)])>{t(Msg::HistoryOpen)}</button>" "
                                <button type="button" data-run=id.to_string() data-act="delete" aria-label=f(Fmt::HistoryDeleteLabel, &[("row", &label)])>{t(Msg::HistoryDelete)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {show_older(state, shown)}
                {start_over(state)}
            </section>
        </Show>
    }
}

/// "Start over", which deletes every earlier result once confirmed. Each answer takes its own
/// button away: focus goes to its counterpart, or after deleting to a heading still there.
fn start_over(state: AppState) -> impl IntoView {
    let (confirm_clear, set_confirm_clear) = signal(false);
    view! {
        <Show when=move || confirm_clear.get() fallback=move || view! {
            <button type="button" class="danger" id="history-clear" on:click=move |_| {
                set_confirm_clear.set(true);
                request_animation_frame(|| browser::focus_id("history-keep"));
            }>{t(Msg::HistoryStartOver)}</button>
        }>
            <p><strong>{t(Msg::HistoryClearConfirm)}</strong></p>
            <button type="button" class="danger" on:click=move |_| {
                if super::send(state, Change::Clear).is_ok() {
                    browser::set_text(HISTORY_SAID, t(Msg::HistoryCleared));
                }
                set_confirm_clear.set(false);
                request_animation_frame(focus_history);
            }>{t(Msg::HistoryClearYes)}</button>" "
            <button type="button" id="history-keep" on:click=move |_| {
                set_confirm_clear.set(false);
                request_animation_frame(|| browser::focus_id("history-clear"));
            }>{t(Msg::Cancel)}</button>
        </Show>
    }
}

/// Focuses the earlier results' heading, or the screen's once they are all gone and the section
/// with them: focus never falls to the page.
fn focus_history() {
    if !browser::try_focus_id("history-heading") {
        browser::focus_id(crate::ui::components::page_title::PAGE_TITLE_ID);
    }
}

/// A click in the list of earlier results: "Open" shows that run's results, "Delete" deletes it.
fn run_button(ev: &leptos::ev::MouseEvent, state: AppState, viewing: RwSignal<Option<u64>>) {
    use wasm_bindgen::JsCast;
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("button[data-run]").ok().flatten())
    else {
        return;
    };
    let Some(id) = button
        .get_attribute("data-run")
        .and_then(|id| id.parse::<u64>().ok())
    else {
        return;
    };
    match button.get_attribute("data-act").as_deref() {
        Some("open") => viewing.set(Some(id)),
        Some("delete") => {
            let date = state.document.with_untracked(|d| {
                d.assessment
                    .history
                    .iter()
                    .find(|run| run.id == id)
                    .map(|run| run.date.to_string())
            });
            if let (Some(date), Ok(_)) = (date, super::send(state, Change::DeleteRun(id))) {
                browser::set_text(HISTORY_SAID, &f(Fmt::HistoryDeleted, &[("date", &date)]));
            }
            // The button is gone; keep keyboard users in the list's section.
            request_animation_frame(focus_history);
        }
        _ => {}
    }
}
