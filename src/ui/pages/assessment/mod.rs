//! The trust self-assessment screen: start, answer step by step, hand over, see results.

mod results;
mod safety;
mod start;
mod step;

use crate::domain::assessment::{Person, Stage};
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the screen shows; changes only when the user moves on, not on every answer, so
/// answering never rebuilds the form under the cursor.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Screen {
    Start,
    Step(Person, usize),
    HandOver,
    Results(u64),
}

/// Trust self-assessment.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let state = AppState::get();
    // The run whose results are open, if any (not persisted: a reload returns to the start).
    let viewing = RwSignal::new(None::<u64>);
    let screen = Memo::new(move |_| {
        state.document.with(|d| match &d.assessment.in_progress {
            Some(session) => match session.stage {
                Stage::Answering(person) => Screen::Step(person, session.step),
                Stage::HandOver => Screen::HandOver,
                // Finishing happens in the same update as the last "next"; this is a fallback
                // for a session stored in between.
                Stage::Done => Screen::Step(person_of_last(session.mode), session.step),
            },
            None => match viewing.get() {
                Some(id) if d.assessment.run(id).is_some() => Screen::Results(id),
                _ => Screen::Start,
            },
        })
    });
    view! {
        <PageTitle text="Trust self-assessment"/>
        {move || match screen.get() {
            Screen::Start => start::start(viewing).into_any(),
            Screen::Step(person, index) => step::step(person, index, viewing).into_any(),
            Screen::HandOver => step::hand_over().into_any(),
            Screen::Results(id) => results::results(id, viewing).into_any(),
        }}
    }
}

fn person_of_last(mode: crate::domain::assessment::Mode) -> Person {
    match mode {
        crate::domain::assessment::Mode::Solo => Person::A,
        crate::domain::assessment::Mode::Together => Person::B,
    }
}
