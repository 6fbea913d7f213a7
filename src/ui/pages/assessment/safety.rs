//! The safety panel: shown at once, only to the person answering, when a safety answer is
//! concerning. Nothing here is stored with results or shown to the other partner.

use crate::domain::assessment::safety::{
    concern_message, joint_exercise_advice, resources_note, RESOURCES,
};
use crate::domain::route::Route;
use crate::i18n::assessment::{t, Msg};
use crate::ui::components::quick_exit::leave;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Calm help: resources, the quick exit, and the advice to skip joint exercises for now.
pub fn safety_panel() -> impl IntoView {
    let state = AppState::get();
    view! {
        <section class="safety-panel" role="region" aria-labelledby="safety-panel-title">
            <h3 id="safety-panel-title">{t(Msg::SafetyPanelTitle)}</h3>
            <p>{concern_message()}</p>
            <p><strong>{joint_exercise_advice()}</strong></p>
            <ul class="resources">
                {RESOURCES.iter().map(|r| view! {
                    <li><strong>{r.name()}</strong>": "{r.how_to_reach()}" "<span class="muted">{r.note()}</span></li>
                }).collect_view()}
            </ul>
            <p class="muted">{resources_note()}</p>
            <p><a href=Route::Help.href()>{t(Msg::SafetyOtherCountries)}</a></p>
            <p>
                {t(Msg::SafetyLeaveNote)}" "
                <button type="button" class="quick-exit-inline" on:click=move |_| leave(state)>{t(Msg::SafetyLeaveButton)}</button>
            </p>
        </section>
    }
}
