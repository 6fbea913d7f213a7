//! The safety panel: shown at once, only to the person answering, when a safety answer is
//! concerning. Nothing here is stored with results or shown to the other partner.

use crate::domain::assessment::safety::{
    concern_message, joint_exercise_advice, resources_note, RESOURCES,
};
use crate::domain::route::Route;
use crate::ui::components::quick_exit::leave;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Calm help: resources, the quick exit, and the advice to skip joint exercises for now.
pub fn safety_panel() -> impl IntoView {
    let state = AppState::get();
    view! {
        <section class="safety-panel" role="region" aria-labelledby="safety-panel-title">
            <h3 id="safety-panel-title">"Your safety comes first"</h3>
            <p>{concern_message()}</p>
            <p><strong>{joint_exercise_advice()}</strong></p>
            <ul class="resources">
                {RESOURCES.iter().map(|r| view! {
                    <li><strong>{r.name()}</strong>": "{r.how_to_reach()}" "<span class="muted">{r.note()}</span></li>
                }).collect_view()}
            </ul>
            <p class="muted">{resources_note()}</p>
            <p><a href=Route::Help.href()>"Help and support lines for other countries"</a></p>
            <p>
                "If someone might see this screen, you can leave at once: "
                <button type="button" class="quick-exit-inline" on:click=move |_| leave(state)>"Leave Mend now"</button>
            </p>
        </section>
    }
}
