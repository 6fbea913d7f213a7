//! The partners' optional names, editable wherever a tool needs them.

use crate::domain::change::Setting;
use crate::domain::couple::{Partner, MAX_NAME_CHARS};
use crate::i18n::names::{f, t, Fmt, Msg};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Optional names for the two partners, used by the tools that you fill in together. Its text is
/// the `names` slice, which `ui::lazy` loads with each screen that shows the form; the router
/// draws those screens again when the language changes.
#[component]
pub fn NamesForm() -> impl IntoView {
    let state = AppState::get();
    let field = move |who: Partner, id: &'static str, label: Msg| {
        // Re-run, and the field set again, on every change to the document: a memo per name would
        // spare that cheap write but cost about 1 KB of brotli on every deep link with this form
        // (measured in issue #13's tenth round), where the worksheet has little room left.
        let value = move || {
            state.document.with(|d| match who {
                Partner::A => d.couple.a.clone(),
                Partner::B => d.couple.b.clone(),
            })
        };
        view! {
            <div class="field">
                <label for=id>{t(label)}</label>
                <input id=id type="text" autocomplete="off" maxlength=MAX_NAME_CHARS.to_string() prop:value=value
                    on:input:target=move |ev| {
                        let _ = state.apply(Setting::Name(who, ev.target().value()));
                    }/>
            </div>
        }
    };
    view! {
        <section aria-labelledby="names-heading">
            <h2 id="names-heading">{t(Msg::NamesHeading)}</h2>
            // The default names come from the domain, as every screen shows them.
            <p>{f(Fmt::NamesHelp, &[
                ("first", Partner::A.default_name()),
                ("second", Partner::B.default_name()),
            ])}</p>
            {field(Partner::A, "name-a", Msg::NamesFirst)}
            {field(Partner::B, "name-b", Msg::NamesSecond)}
        </section>
    }
}
