//! Keeping the data and leaving quickly: asking the browser to keep Mend's data (persistent
//! storage), and the choice to delete everything on "Exit this page".

use crate::domain::change::Setting;
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
            set_persist_result.set(Some("This browser does not offer that choice. Exporting a copy now and then keeps you safe."));
            return;
        };
        leptos::task::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            set_persist_result.set(Some(if granted {
                "Done: this browser has agreed to keep Mend's data unless you delete it."
            } else {
                "This browser did not agree, so it may clear Mend's data when space runs low. Export a copy now and then."
            }));
        });
    };
    view! {
        <section aria-labelledby="keep-heading">
            <h2 id="keep-heading">"Keeping your data, and leaving quickly"</h2>
            <p>"Browsers can clear site data on their own, for example when space runs low, and Safari after seven days without a visit. You can ask this browser to keep Mend's data, and it is wise to export a copy now and then."</p>
            <button type="button" on:click=ask>"Ask this browser to keep Mend's data"</button>
            <p role="status">{move || persist_result.get()}</p>
            <div class="field field-inline">
                <input id="wipe-on-exit" type="checkbox"
                    prop:checked=move || state.wipe_on_exit()
                    on:change:target=move |ev| state.set_wipe_on_exit(ev.target().checked())/>
                <label for="wipe-on-exit">"Delete everything when I use \"Exit this page\""</label>
            </div>
            <p class="muted">"The quick exit replaces this page with a weather site and takes it out of this tab's Back history. It cannot erase your earlier browser history or hide Mend from monitoring software. See "<a href="#/privacy">"Privacy and limits"</a>"."</p>
        </section>
    }
}
