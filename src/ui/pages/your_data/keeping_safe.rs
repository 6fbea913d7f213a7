//! Keeping the data and leaving quickly: asking the browser to keep Mend's data (persistent
//! storage), and the choice to delete everything on "Exit this page".

use crate::domain::change::Setting;
use crate::i18n::yourdata::{around, f, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::ui::components::field_group::field_group;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Asks the browser to keep Mend's data, and the quick-exit wipe option.
#[component]
pub fn KeepingSafe() -> impl IntoView {
    let state = AppState::get();
    let (persist_result, set_persist_result) = signal(None::<&'static str>);
    let ask = move |_| {
        let _ = state.apply(Setting::AskedToPersist);
        let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
            return;
        };
        let Ok(promise) = storage.persist() else {
            set_persist_result.set(Some(t(Msg::KeepNotOffered)));
            return;
        };
        leptos::task::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            set_persist_result.set(Some(t(if granted {
                Msg::KeepGranted
            } else {
                Msg::KeepRefused
            })));
        });
    };
    let shell = crate::ui::i18n::catalogue_now();
    let (limits_before, limits_after) = around(Fmt::ExitLimits);
    view! {
        <section aria-labelledby="keep-heading">
            <h2 id="keep-heading">{t(Msg::KeepHeading)}</h2>
            <p>{t(Msg::KeepLead)}</p>
            <button type="button" on:click=ask>{t(Msg::KeepAsk)}</button>
            <p role="status">{move || persist_result.get()}</p>
            {field_group(view! {
                <div class="field field-inline">
                    <input id="wipe-on-exit" type="checkbox"
                        prop:checked=move || state.wipe_on_exit()
                        on:change:target=move |ev| state.set_wipe_on_exit(ev.target().checked())/>
                    <label for="wipe-on-exit">{f(Fmt::WipeOnExit, &[("exit", shell.text(Shell::QuickExitButton))])}</label>
                </div>
            })}
            <p class="muted">{limits_before}<a href="#/privacy">{shell.text(Shell::FooterPrivacyLink)}</a>{limits_after}</p>
        </section>
    }
}
