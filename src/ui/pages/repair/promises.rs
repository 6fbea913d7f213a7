//! Small promises: add one with a day, say how it went, and see how many were kept.

use super::checklist::send_taking_row;
use super::{chart, chart_data, done_line, entries, error_line, send, show_older, Entry, PAGE};
use crate::domain::change::Made;
use crate::domain::date::Day;
use crate::domain::repair::{Change, Outcome, Promise, RepairPlan, MAX_NOTE_CHARS, MAX_STEP_CHARS};
use crate::i18n::repair::{f, t, Fmt, Msg};
use crate::ui::browser;
use crate::ui::components::chart::{ChartData, Line};
use crate::ui::components::field_group::field_group;
use crate::ui::rehearse::{rehearse, type_into};
use crate::ui::state::AppState;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use std::sync::atomic::AtomicBool;

/// The three answers to "how did it go?", with their labels.
const CHOICES: [(Option<Outcome>, Msg); 3] = [
    (None, Msg::ChoiceUndecided),
    (Some(Outcome::Kept), Msg::ChoiceKept),
    (Some(Outcome::Missed), Msg::ChoiceMissed),
];

/// "4 of 5 promises kept: 80%", or an invitation before any promise is decided.
fn kept_summary(plan: &RepairPlan) -> String {
    let (kept, total) = plan.kept_counts();
    match plan.kept_rate() {
        Some(rate) => f(
            if total == 1 {
                Fmt::KeptSummaryOne
            } else {
                Fmt::KeptSummary
            },
            &[
                ("kept", &kept.to_string()),
                ("total", &total.to_string()),
                ("rate", &rate.to_string()),
            ],
        ),
        None => t(Msg::KeptNoneYet).to_owned(),
    }
}

/// The chart of the share of promises kept, one point per day a promise was decided.
fn kept_chart(points: Vec<(Day, u8)>) -> ChartData {
    let (days, values): (Vec<Day>, Vec<Option<u8>>) =
        points.into_iter().map(|(d, v)| (d, Some(v))).unzip();
    let lines = vec![Line {
        name: t(Msg::ChoiceKept).to_owned(),
        values,
    }];
    chart_data(t(Msg::KeptChart), days, lines, (100, "%"))
}

/// The promises section: form, kept rate, chart and list.
pub fn promises() -> impl IntoView {
    let state = AppState::get();
    let today = browser::today();
    let (text, set_text) = signal(String::new());
    let (due, set_due) = signal(today.plus_days(7).to_string());
    let (error, set_error) = signal(None::<String>);
    // Newest first, a page at a time: what is drawn, and what each change costs, stays the same
    // however many promises the years bring.
    let shown = RwSignal::new(PAGE);
    let ids = Memo::new(move |_| {
        state
            .document
            .with(|d| d.repair.recent_promise_ids(shown.get()))
    });
    let total = Memo::new(move |_| state.document.with(|d| d.repair.promises().len()));
    let summary = Memo::new(move |_| state.document.with(|d| kept_summary(&d.repair)));
    let rates = Memo::new(move |_| {
        let points = state.document.with(|d| d.repair.kept_rate_over_time());
        (!points.is_empty()).then(|| kept_chart(points))
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let result = match Day::parse(&due.get_untracked()) {
            Ok(due) => send(
                state,
                Change::AddPromise {
                    text: text.get_untracked(),
                    due,
                },
            )
            .map_err(|e| e.to_string()),
            Err(_) => Err(t(Msg::PromiseChooseDay).to_owned()),
        };
        let said = match result {
            Ok(_) => {
                set_text.set(String::new());
                t(Msg::PromiseAdded)
            }
            Err(_) => "",
        };
        browser::set_text(PROMISE_DONE, said);
        set_error.set(result.err());
    };
    rehearse_note();
    view! {
        <section class="r-long" aria-labelledby="promises-heading">
            <h2 id="promises-heading" tabindex="-1">{t(Msg::PromisesHeading)}</h2>
            <p>{t(Msg::PromisesLead)}</p>
            // Not remembered by the browser, as every field of Mend (see `field_group`).
            <form autocomplete="off" novalidate on:submit=submit>
                <div class="field">
                    <label for="promise-text">{t(Msg::PromiseWhat)}</label>
                    <input type="text" id="promise-text" maxlength=MAX_STEP_CHARS aria-describedby="promise-error"
                        prop:value=text on:input:target=move |ev| set_text.set(ev.target().value())/>
                </div>
                <div class="field">
                    <label for="promise-due">{t(Msg::PromiseBy)}</label>
                    <input type="date" id="promise-due" min=today.to_string() aria-describedby="promise-error"
                        prop:value=due on:input:target=move |ev| set_due.set(ev.target().value())/>
                </div>
                {error_line("promise-error".to_owned(), error)}
                <button type="submit" class="primary">{t(Msg::PromiseAdd)}</button>
                {done_line(PROMISE_DONE.to_owned())}
            </form>
            <p class="r-kept">{summary}</p>
            {chart(rates)}
            // The promises and their notes in a form of their own (see `field_group`).
            {field_group(view! {
                <ul class="r-promises">
                    {entries(Signal::derive(move || ids.get().into_iter().map(Entry::Promise).collect()))}
                </ul>
            })}
            {show_older((Fmt::PromisesShowing, Fmt::PromisesShowOlder), shown, total)}
        </section>
    }
}

/// The first keystroke in a promise's note, rehearsed on a kept promise made up in the
/// rehearsal's own scratch state (see `ui::rehearse`); it never reaches the person's promises.
fn rehearse_note() {
    static ONCE: AtomicBool = AtomicBool::new(false);
    rehearse(
        &ONCE,
        || {
            let state = AppState::get();
            let today = browser::today();
            let made = send(
                state,
                Change::AddPromise {
                    text: "-".to_owned(),
                    due: today,
                },
            );
            let id = match made {
                Ok(Made::Record(id)) => Some(id),
                _ => None,
            };
            if let Some(id) = id {
                let outcome = Some(Outcome::Kept);
                let note = String::new();
                let _ = send(state, Change::Decide { id, outcome, note });
            }
            view! { <ul class="r-promises">{id.map(promise_row)}</ul> }
        },
        |host| type_into(host, "textarea"),
    );
}

/// The line under the promise form that says what it added (see [`done_line`]).
const PROMISE_DONE: &str = "promise-done";

/// One promise: its day and state in words, a choice of how it went, a note, and delete.
// Rows stay in the order added (newest first), so choosing an answer never moves the focused row.
pub(super) fn promise_row(id: u32) -> impl IntoView {
    let state = AppState::get();
    let today = browser::today();
    let promise = Memo::new(move |_| state.document.with(|d| d.repair.promise(id).cloned()));
    let initial = promise.get_untracked().unwrap_or_else(|| Promise {
        id,
        text: String::new(),
        made_on: today,
        due: today,
        decision: None,
    });
    let (note, set_note) = signal(initial.decision.map(|d| d.note).unwrap_or_default());
    let (error, set_error) = signal(None::<String>);
    let outcome = move || promise.with(|p| p.as_ref().and_then(Promise::outcome));
    let decide = move |outcome: Option<Outcome>, note: &str| {
        let note = note.to_owned();
        let result = send(state, Change::Decide { id, outcome, note });
        set_error.set(result.err().map(|e| e.to_string()));
    };
    let status = move || {
        promise.with(|p| {
            p.as_ref().map(|p| match &p.decision {
                Some(d) => f(
                    Fmt::PromiseDecided,
                    &[("outcome", d.outcome.label()), ("date", &d.on.to_string())],
                ),
                None => p.state(today).label().to_owned(),
            })
        })
    };
    let group = format!("promise-{id}");
    let choices = CHOICES.iter().enumerate().map(|(i, (choice, label))| {
        let choice = *choice;
        let input_id = format!("{group}-{i}");
        view! {
            <span class="r-choice">
                <input type="radio" id=input_id.clone() name=group.clone()
                    prop:checked=move || outcome() == choice
                    on:change=move |_| decide(choice, &note.get_untracked())/>
                <label for=input_id>{t(*label)}</label>
            </span>
        }
    });
    let [note_id, error_id] = ["note", "error"].map(|p| format!("{group}-{p}"));
    view! {
        <li class="r-promise">
            <fieldset>
                <legend translate="no">{initial.text}</legend>
                <p>{f(Fmt::PromiseDue, &[("date", &initial.due.to_string())])}" "<strong class="r-state">{status}</strong></p>
                <div class="r-choices">{choices.collect_view()}</div>
                <div class="field">
                    <label for=note_id.clone()>{t(Msg::PromiseWhatHappened)}</label>
                    <textarea id=note_id autocomplete="off" rows="2" maxlength=MAX_NOTE_CHARS aria-describedby=error_id.clone()
                        prop:value=note on:input:target=move |ev| {
                            let text = ev.target().value();
                            if let Some(o) = promise.with_untracked(|p| p.as_ref().and_then(Promise::outcome)) {
                                decide(Some(o), &text);
                            }
                            set_note.set(text);
                        }></textarea>
                </div>
                {error_line(error_id, error)}
                <button type="button" class="r-small" on:click=move |ev| {
                    send_taking_row(state, &ev, Change::DeletePromise(id));
                }>{t(Msg::PromiseDelete)}</button>
            </fieldset>
        </li>
    }
}
