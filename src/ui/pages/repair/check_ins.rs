//! Check-ins: both partners rate trust and closeness, say what went well, what was hard and one
//! next step; a trend over time and a gentle reminder when the next one is due.

use super::checklist::send_taking_row;
use super::{chart, chart_data, entries, error_line, send, show_older, Entry, PAGE};
use crate::domain::couple::Partner;
use crate::domain::date::Day;
use crate::domain::repair::{Change, CheckIn, Rating, SavedCheckIn, MAX_CHECK_IN_CHARS};
use crate::i18n::repair::{f, t, Fmt, Msg};
use crate::ui::browser;
use crate::ui::components::chart::Line;
use crate::ui::state::AppState;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Input ids and domain field names of the four ratings, in the order A trust, A closeness,
/// B trust, B closeness.
const RATINGS: [(&str, &str); 4] = [
    ("checkin-a-trust", "a.trust"),
    ("checkin-a-closeness", "a.closeness"),
    ("checkin-b-trust", "b.trust"),
    ("checkin-b-closeness", "b.closeness"),
];

/// Input ids, domain field names and labels of the three written answers.
const ANSWERS: [(&str, &str, Msg); 3] = [
    ("checkin-well", "went_well", Msg::AnswerWentWell),
    ("checkin-hard", "was_hard", Msg::AnswerWasHard),
    ("checkin-next", "next_step", Msg::AnswerNextStep),
];

/// The choices for how often to check in, in days.
const EVERY: [(u32, Msg); 3] = [
    (7, Msg::EveryWeek),
    (14, Msg::EveryTwoWeeks),
    (30, Msg::EveryMonth),
];

/// What is typed into the check-in form before it is saved.
#[derive(Clone, Copy)]
struct Draft {
    date: RwSignal<String>,
    ratings: [RwSignal<String>; 4],
    answers: [RwSignal<String>; 3],
}

/// The check-ins section: reminder, interval, form, trend and past check-ins.
pub fn check_ins() -> impl IntoView {
    let state = AppState::get();
    let (a, b) = state
        .document
        .with_untracked(|d| (d.couple.name(Partner::A), d.couple.name(Partner::B)));
    let rating_labels = [
        (Fmt::RatingTrust, &a),
        (Fmt::RatingCloseness, &a),
        (Fmt::RatingTrust, &b),
        (Fmt::RatingCloseness, &b),
    ]
    .map(|(msg, name)| f(msg, &[("name", name)]));
    let reminder = move || {
        state
            .document
            .with(|d| match d.repair.check_in_due(browser::today()) {
                Some(r) => r.message(),
                None => d
                    .repair
                    .next_check_in_on()
                    .map(|n| f(Fmt::CheckInNext, &[("date", &n.to_string())]))
                    .unwrap_or_default(),
            })
    };
    let every = state
        .document
        .with_untracked(|d| d.repair.check_in_every_days());
    let mut options: Vec<(u32, String)> =
        EVERY.iter().map(|(n, l)| (*n, t(*l).to_owned())).collect();
    if !EVERY.iter().any(|(n, _)| *n == every) {
        options.push((every, f(Fmt::EveryDays, &[("days", &every.to_string())])));
    }
    view! {
        <section class="r-long" aria-labelledby="check-ins-heading">
            <h2 id="check-ins-heading" tabindex="-1">{t(Msg::CheckInsHeading)}</h2>
            <p>{t(Msg::CheckInsLead)}</p>
            <p class="r-reminder" role="status">{reminder}</p>
            <div class="field">
                <label for="checkin-every">{t(Msg::CheckInEveryLabel)}</label>
                <select id="checkin-every" autocomplete="off" on:change:target=move |ev| {
                    if let Ok(days) = ev.target().value().parse::<u32>() {
                        let _ = send(state, Change::CheckInEvery(days));
                    }
                }>
                    {options.into_iter().map(|(n, label)| view! { <option value=n.to_string() selected=n == every>{label}</option> }).collect_view()}
                </select>
            </div>
            {check_in_form(state, rating_labels.clone())}
            {past_check_ins(state, rating_labels)}
        </section>
    }
}

/// The form for a new check-in, with its refusals and thanks.
fn check_in_form(state: AppState, rating_labels: [String; 4]) -> impl IntoView {
    let today = browser::today();
    let draft = Draft {
        date: RwSignal::new(today.to_string()),
        ratings: std::array::from_fn(|_| RwSignal::new(String::new())),
        answers: std::array::from_fn(|_| RwSignal::new(String::new())),
    };
    let (error, set_error) = signal(None::<String>);
    let (saved, set_saved) = signal(None::<&'static str>);
    let labels = rating_labels.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        set_saved.set(None);
        let result = read_draft(draft).and_then(|check_in| {
            send(state, Change::RecordCheckIn(check_in)).map_err(|e| {
                let field = e.field().unwrap_or_default();
                let label = RATINGS
                    .iter()
                    .position(|(_, f)| *f == field)
                    .map(|i| labels[i].as_str())
                    .or_else(|| {
                        ANSWERS
                            .iter()
                            .find(|(_, f, _)| *f == field)
                            .map(|(_, _, l)| t(*l))
                    });
                label.map_or_else(|| e.to_string(), |l| format!("{l}: {e}"))
            })
        });
        if result.is_ok() {
            for field in draft.ratings.iter().chain(&draft.answers) {
                field.set(String::new());
            }
            set_saved.set(Some(t(Msg::CheckInSaved)));
        }
        set_error.set(result.err().map(|e| e.to_string()));
    };
    view! {
        <h3>{t(Msg::CheckInAdd)}</h3>
        // The browser is asked not to remember what is typed here: on a shared device it would
        // offer it again (see `field_group`).
        <form class="r-form" autocomplete="off" novalidate on:submit=submit>
            <div class="field">
                <label for="checkin-date">{t(Msg::CheckInDate)}</label>
                <input type="date" id="checkin-date" aria-describedby="checkin-error" prop:value=draft.date
                    max=crate::ui::browser::today().to_string()
                    on:input:target=move |ev| draft.date.set(ev.target().value())/>
            </div>
            <p>{t(Msg::CheckInScale)}</p>
            <div class="r-ratings">
                {RATINGS.iter().zip(rating_labels).zip(draft.ratings).map(|(((id, _), label), value)| view! {
                    <div class="field">
                        // Named after a partner (see `browser::translation`).
                        <label for=*id translate="no">{label}</label>
                        <input type="number" id=*id min="1" max="10" step="1" inputmode="numeric" aria-describedby="checkin-error"
                            prop:value=value on:input:target=move |ev| value.set(ev.target().value())/>
                    </div>
                }).collect_view()}
            </div>
            {ANSWERS.iter().zip(draft.answers).map(|((id, _, label), value)| view! {
                <div class="field">
                    <label for=*id>{t(*label)}</label>
                    <textarea id=*id autocomplete="off" rows="2" maxlength=MAX_CHECK_IN_CHARS aria-describedby="checkin-error"
                        prop:value=value on:input:target=move |ev| value.set(ev.target().value())></textarea>
                </div>
            }).collect_view()}
            // A refused rating is named after its partner.
            <div translate="no">{error_line("checkin-error".to_owned(), error)}</div>
            <button type="submit" class="primary">{t(Msg::CheckInSave)}</button>
            <p role="status">{saved}</p>
        </form>
    }
}

/// The trend of the ratings and the past check-ins, newest first, a page at a time.
fn past_check_ins(state: AppState, rating_labels: [String; 4]) -> impl IntoView {
    let trend = Memo::new(move |_| state.document.with(|d| d.repair.trend()));
    let chart_names = rating_labels.clone();
    let chart_data = Memo::new(move |_| {
        trend.with(|points| {
            (!points.is_empty()).then(|| {
                let pick: [fn(&Rating) -> u8; 2] = [|r| r.trust, |r| r.closeness];
                let lines = chart_names.iter().enumerate().map(|(i, name)| Line {
                    name: name.clone(),
                    values: points
                        .iter()
                        .map(|p| Some(pick[i % 2](if i < 2 { &p.a } else { &p.b })))
                        .collect(),
                });
                let days = points.iter().map(|p| p.date).collect();
                chart_data(t(Msg::CheckInsChart), days, lines.collect(), (10, ""))
            })
        })
    });
    // Newest first (by day, then as added), a page at a time.
    let shown = RwSignal::new(PAGE);
    let past = Memo::new(move |_| {
        state
            .document
            .with(|d| d.repair.recent_check_ins(shown.get()))
    });
    let total = Memo::new(move |_| state.document.with(|d| d.repair.check_ins().len()));
    view! {
        <h3>{t(Msg::CheckInsGoing)}</h3>
        {chart(chart_data)}
        <p class="muted">{move || trend.with(Vec::is_empty).then(|| t(Msg::CheckInsChartEmpty))}</p>
        <h3>{t(Msg::CheckInsPast)}</h3>
        <ul class="r-check-ins">
            {entries(Signal::derive(move || past.get().into_iter().map(Entry::CheckIn).collect()))}
        </ul>
        {show_older((Fmt::CheckInsShowing, Fmt::CheckInsShowOlder), shown, total)}
    }
}

/// One past check-in with a way to delete it.
pub(super) fn check_in_item(saved: SavedCheckIn) -> impl IntoView {
    let state = AppState::get();
    let (a, b) = state
        .document
        .with_untracked(|d| (d.couple.name(Partner::A), d.couple.name(Partner::B)));
    let SavedCheckIn { id, check_in: ci } = saved;
    let answer = |label: Msg, text: String| {
        (!text.is_empty()).then(
            || view! { <p><strong>{t(label)}": "</strong><span translate="no">{text}</span></p> },
        )
    };
    let ratings = [
        ("a", a),
        ("a-trust", ci.a.trust.to_string()),
        ("a-closeness", ci.a.closeness.to_string()),
        ("b", b),
        ("b-trust", ci.b.trust.to_string()),
        ("b-closeness", ci.b.closeness.to_string()),
    ];
    let ratings = f(
        Fmt::CheckInRatings,
        &ratings.each_ref().map(|(k, v)| (*k, v.as_str())),
    );
    view! {
        <li class="r-check-in">
            <p><strong>{ci.date.to_string()}</strong></p>
            <p translate="no">{ratings}</p>
            {answer(Msg::PastWentWell, ci.went_well)}
            {answer(Msg::PastWasHard, ci.was_hard)}
            {answer(Msg::PastNextStep, ci.next_step)}
            <button type="button" class="r-small" aria-label=f(Fmt::CheckInDeleteLabel, &[("date", &ci.date.to_string())]) on:click=move |ev| {
                send_taking_row(state, &ev, Change::DeleteCheckIn(id));
            }>{t(Msg::CheckInDelete)}</button>
        </li>
    }
}

/// Reads the form into a check-in; an empty or unreadable rating becomes 0, which the domain
/// refuses with a message that names the range.
fn read_draft(draft: Draft) -> Result<CheckIn, String> {
    let date =
        Day::parse(&draft.date.get_untracked()).map_err(|_| t(Msg::CheckInChooseDay).to_owned())?;
    let [a_trust, a_close, b_trust, b_close] = draft
        .ratings
        .map(|r| r.get_untracked().trim().parse::<u8>().unwrap_or(0));
    let [went_well, was_hard, next_step] = draft.answers.map(|a| a.get_untracked());
    Ok(CheckIn {
        date,
        a: Rating {
            trust: a_trust,
            closeness: a_close,
        },
        b: Rating {
            trust: b_trust,
            closeness: b_close,
        },
        went_well,
        was_hard,
        next_step,
    })
}
