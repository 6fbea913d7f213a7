//! The floor: a heading and a button that counts its presses, and a second button that swaps a
//! short introduction for a small form. Whatever it takes to become usable is what Leptos,
//! wasm-bindgen and the browser cost before any app code runs; whatever the second button takes
//! from click to paint is what they cost to draw a step of that size, with no app logic around it.

use leptos::prelude::*;

/// How many questions the drawn step has, each with three answers: the shape of Mend's first
/// step after "Start on my own" (the safety check).
const QUESTIONS: usize = 4;

/// The introduction the step replaces, as Mend's start screen is replaced.
fn intro() -> impl IntoView {
    view! {
        <section>
            <h2>"Before you start"</h2>
            <p>"A few short questions come first. You can stop at any time."</p>
            <p>"Nothing you answer leaves this device."</p>
        </section>
    }
}

/// A step: a heading, a line of text, a few questions with three labelled answers each, and
/// the two buttons that move between steps.
fn step() -> impl IntoView {
    let questions = (0..QUESTIONS)
        .map(|q| {
            let answers = ["Yes", "No", "Not sure"]
                .into_iter()
                .enumerate()
                .map(|(a, text)| {
                    let (id, for_id) = (format!("q{q}-{a}"), format!("q{q}-{a}"));
                    view! {
                        <label class="option" for=for_id>
                            <input type="radio" id=id name=format!("q{q}") value=a.to_string()/>
                            {text}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="item">
                    <legend>{format!("Question {} of {QUESTIONS}", q + 1)}</legend>
                    {answers}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2 id="step-title" tabindex="-1">"First, your safety"</h2>
            <p>"Answer for how things are now."</p>
            {questions}
            <button type="button">"Back"</button>
            <button type="button">"Next"</button>
        </section>
    }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0u32);
        let started = RwSignal::new(false);
        view! {
            <h1>"Floor"</h1>
            <button type="button" on:click=move |_| count.update(|n| *n += 1)>
                "Count: " {move || count.get()}
            </button>
            <button type="button" on:click=move |_| started.set(true)>"Start"</button>
            {move || if started.get() { step().into_any() } else { intro().into_any() }}
        }
    });
}
