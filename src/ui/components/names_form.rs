//! The partners' optional names, editable wherever a tool needs them.

use crate::domain::change::Setting;
use crate::domain::couple::{Partner, MAX_NAME_CHARS};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Optional names for the two partners, used by the tools that you fill in together.
#[component]
pub fn NamesForm() -> impl IntoView {
    let state = AppState::get();
    let field = move |who: Partner, id: &'static str, label: &'static str| {
        let value = move || {
            state.document.with(|d| match who {
                Partner::A => d.couple.a.clone(),
                Partner::B => d.couple.b.clone(),
            })
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" autocomplete="off" maxlength=MAX_NAME_CHARS.to_string() prop:value=value
                    on:input:target=move |ev| {
                        let _ = state.apply(Setting::Name(who, ev.target().value()));
                    }/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="names-heading">
            <h2 id="names-heading">"Your names (optional)"</h2>
            <p>"Used to label each person's answers. Leave them empty to see \"Partner A\" and \"Partner B\"."</p>
            {field(Partner::A, "name-a", "First partner's name")}
            {field(Partner::B, "name-b", "Second partner's name")}
        </section>
    }
}
