//! The trust self-assessment screen: start, answer step by step, hand over, see results.

mod results;
mod safety;
mod start;
mod step;

use crate::domain::assessment::{Change, Mode, SafetyCheck, Stage};
use crate::domain::change::Made;
use crate::domain::couple::Partner;
use crate::domain::edit::FieldError;
use crate::i18n::assessment::{t, Msg};
use crate::i18n::Msg as Shell;
use crate::i18n::Slice;
use crate::part::from_part;
use crate::ui::components::lazy_part::lazy_part;
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::catalogue_now;
use crate::ui::rehearse::{click, rehearse_rounds};
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What this screen holds in memory only, never in the document: the safety check of the person
/// answering now, and whether someone has just stopped privately. The page provides it, so it is
/// gone when the page is left or reloaded.
#[derive(Clone, Copy)]
struct InMemory {
    // The answers of the private safety check. The safety step forgets them when it goes away.
    check: RwSignal<SafetyCheck>,
    // Someone chose "Stop privately": show the neutral screen until they move on.
    stopped: RwSignal<bool>,
}

impl InMemory {
    /// Nothing answered, nobody stopped.
    fn new() -> InMemory {
        InMemory {
            check: RwSignal::new(SafetyCheck::new()),
            stopped: RwSignal::new(false),
        }
    }

    /// The value provided by [`AssessmentPage`] (or, for its rehearsal's copy, by
    /// [`rehearse_first_steps`]).
    fn get() -> InMemory {
        expect_context::<InMemory>()
    }

    /// "Stop privately": ends the questionnaire for both partners, keeping nothing of it, and
    /// shows the neutral screen. See [`crate::domain::assessment::AssessmentState::stop_privately`].
    fn stop_privately(self, state: AppState) {
        crate::ui::browser::release_focus();
        // Flag first: the screen then goes straight from the step to the neutral screen, never
        // past the start screen with its history.
        self.stopped.set(true);
        // The check lives only in memory; the run goes from the document at the same moment.
        self.check.update(|check| {
            check.forget();
        });
        let _ = send(state, Change::StopPrivately);
        request_animation_frame(|| crate::ui::browser::focus_id("step-title"));
    }
}

/// Sends one change to the self-assessment (see [`AppState::apply`]).
fn send(state: AppState, change: Change) -> Result<Made, FieldError> {
    state.apply(change)
}

/// What the screen shows; changes only when the user moves on, not on every answer, so
/// answering never rebuilds the form under the cursor.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Pane {
    Start,
    Step(Partner),
    HandOver,
    Results(u64),
    Stopped,
}

/// The results of run `id`, built inside a part of their own (`results`): opening the
/// assessment does not fetch them, only finishing a run or opening an earlier one does. The
/// results' text slice comes first; if either cannot be downloaded, [`lazy_part`] says so and
/// offers to try again.
async fn results_part(id: u64, viewing: RwSignal<Option<u64>>) -> Result<AnyView, ()> {
    crate::ui::i18n::need(&[Slice::Results])
        .await
        .map_err(drop)?;
    from_part!(results, (id: u64, viewing: RwSignal<Option<u64>>) -> AnyView {
        results::results(id, viewing).into_any()
    })
    .map_err(drop)
}

/// Results once their code has arrived (see [`lazy_part`]).
fn lazy_results(id: u64, viewing: RwSignal<Option<u64>>) -> impl IntoView {
    lazy_part(
        move || results_part(id, viewing),
        t(Msg::ResultsLoadFailed),
        // Focus was asked for before the heading existed; give it now if it was lost.
        focus_if_lost,
    )
}

/// What the steps' part draws.
#[derive(Clone)]
enum Steps {
    /// The steps of a partner.
    At(Partner),
    /// Between the partners.
    HandOver,
    /// After "Stop privately".
    Stopped,
    /// Nothing: the part is fetched ahead (see [`preload_steps`]).
    Nothing,
}

/// Builds `what` inside the steps' own part (`assessment_steps`): the questionnaire's code is not
/// in what a link to the start screen downloads before "Start" can be pressed; the start screen
/// fetches it when the browser is next idle ([`preload_steps`]).
async fn steps_part(
    what: Steps,
    viewing: RwSignal<Option<u64>>,
) -> Result<AnyView, SplitLoaderError> {
    from_part!(assessment_steps, (what: Steps, viewing: RwSignal<Option<u64>>) -> AnyView {
        match what {
            Steps::At(person) => step::steps(person, viewing).into_any(),
            Steps::HandOver => step::hand_over().into_any(),
            Steps::Stopped => step::stopped().into_any(),
            Steps::Nothing => ().into_any(),
        }
    })
}

/// A step, the hand-over or the neutral screen once the steps' code is there (at once when it
/// was fetched before; see [`lazy_part`]). Nothing is lost meanwhile: the run is in the
/// document, and the safety answers in the page's memory.
fn lazy_steps(what: Steps, viewing: RwSignal<Option<u64>>) -> impl IntoView {
    lazy_part(
        move || steps_part(what.clone(), viewing),
        catalogue_now().text(Shell::PartLoadFailed),
        focus_if_lost,
    )
}

/// Fetches the steps' part when the browser is next idle on the start screen, then rehearses
/// the first clicks once it is there (see [`rehearse_first_steps`]). Browsers without idle
/// callbacks fetch it when "Start" is pressed.
fn preload_steps(viewing: RwSignal<Option<u64>>) {
    let Some(screen) = Owner::current() else {
        return;
    };
    // The start screen may be gone by then (its contexts with it): then nothing is drawn.
    let gone = crate::ui::browser::gone_with_owner();
    let _ = request_idle_callback_with_handle(move || {
        let (screen, gone) = (screen.clone(), Arc::clone(&gone));
        leptos::task::spawn_local(async move {
            if steps_part(Steps::Nothing, viewing).await.is_ok() && !gone.load(Ordering::Relaxed) {
                screen.with(rehearse_first_steps);
            }
        });
    });
}

/// "Start on my own", then Next onto the role step, onto the first area and onto the second,
/// rehearsed on a copy of the whole screen (see [`crate::ui::rehearse`]), so that none of them
/// is the first time the browser runs that code. With the steps only drawn off the page, a
/// trace still found 71 functions compiled inside the first "Start" (10 to 18 ms at 4x CPU
/// throttling: taking the start screen down, mounting the step, carrying the change) and 19
/// and 9 inside the next two clicks; with the rehearsal, 10, 0 and 0 (issue #13). The copy has
/// its own scratch state, safety answers and results: nothing of the person's is read or
/// changed, and the person's focus stays where it is (see [`crate::ui::rehearse`]).
fn rehearse_first_steps() {
    static REHEARSED: AtomicBool = AtomicBool::new(false);
    rehearse_rounds(
        &REHEARSED,
        4,
        || {
            let memory = InMemory::new();
            provide_context(memory);
            panes(memory, RwSignal::new(None))
        },
        |host, round| {
            let button = if round == 0 {
                ".start-options button.primary"
            } else {
                ".step-nav button.primary"
            };
            click(host, button);
        },
    );
}

fn focus_if_lost() {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    if active.is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body")) {
        crate::ui::browser::focus_id("step-title");
    }
}

/// Trust self-assessment.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    crate::ui::styles::add(crate::ui::styles::ASSESSMENT);
    // The run whose results are open, if any (not persisted: a reload returns to the start).
    let viewing = RwSignal::new(None::<u64>);
    let memory = InMemory::new();
    provide_context(memory);
    // Leaving the page (closing, reloading, another site) forgets the safety answers first,
    // lock or no lock: the back/forward cache may keep this page, and Back must not bring them
    // back. The radios are cleared at once too, before the browser keeps its snapshot.
    let left = window_event_listener(leptos::ev::pagehide, move |_| {
        memory.check.try_update(SafetyCheck::forget);
        clear_safety_radios();
    });
    on_cleanup(move || left.remove());
    view! {
        <PageTitle text=catalogue_now().text(Shell::ToolAssessmentName)/>
        {panes(memory, viewing)}
    }
}

/// What the screen shows under its title: the start, a step, the hand-over, results or the
/// neutral screen, following the run in the document and `memory`.
fn panes(memory: InMemory, viewing: RwSignal<Option<u64>>) -> impl IntoView {
    let state = AppState::get();
    let screen = Memo::new(move |_| {
        state.document.with(|d| match &d.assessment.in_progress {
            Some(session) => match session.stage {
                Stage::Answering(person) => Pane::Step(person),
                Stage::HandOver => Pane::HandOver,
                // Finishing happens in the same update as the last "next"; this is a fallback
                // for a session stored in between.
                Stage::Done => Pane::Step(person_of_last(session.mode)),
            },
            None if memory.stopped.get() => Pane::Stopped,
            None => match viewing.get() {
                Some(id) if d.assessment.run(id).is_some() => Pane::Results(id),
                _ => Pane::Start,
            },
        })
    });
    move || match screen.get() {
        Pane::Start => start::start(viewing).into_any(),
        Pane::Step(person) => lazy_steps(Steps::At(person), viewing).into_any(),
        Pane::HandOver => lazy_steps(Steps::HandOver, viewing).into_any(),
        Pane::Results(id) => lazy_results(id, viewing).into_any(),
        Pane::Stopped => lazy_steps(Steps::Stopped, viewing).into_any(),
    }
}

/// Unticks the safety check's radios and hides its help panel in the page as it is now, without
/// waiting for the redraw that follows the forgotten answers.
fn clear_safety_radios() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(checked) = document.query_selector_all("input[type=radio][name^='s-safe']:checked") {
        for index in 0..checked.length() {
            if let Some(input) = checked
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_checked(false);
            }
        }
    }
    if let Ok(panels) = document.query_selector_all(".safety-panel") {
        for index in 0..panels.length() {
            if let Some(panel) = panels
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                panel.set_hidden(true);
            }
        }
    }
}

fn person_of_last(mode: Mode) -> Partner {
    match mode {
        Mode::Solo => Partner::A,
        Mode::Together => Partner::B,
    }
}
