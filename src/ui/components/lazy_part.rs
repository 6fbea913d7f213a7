//! A view built by code that may still have to be downloaded (a lazily loaded part).

use crate::i18n::Msg;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;
use std::future::Future;

/// Shows what `load` builds once its part's code is there (a screen, its later part, a result):
/// at once when it already is, a quiet
/// "Loading…" line meanwhile, and if the download fails (offline before the part was ever
/// fetched, or a newer version replaced the files) `failed` with a way to try again. Nothing
/// stored is touched either way. `ready` runs after the view is built (to give focus, say).
pub fn lazy_part<F, Fut, E>(load: F, failed: &'static str, ready: fn()) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, E>> + Send + 'static,
    E: 'static,
{
    let attempt = RwSignal::new(0u32);
    let content = move || {
        attempt.track();
        let loading = load();
        Suspend::new(async move {
            match loading.await {
                Ok(view) => {
                    request_animation_frame(ready);
                    view
                }
                Err(_) => view! {
                    <div class="banner banner-error" role="alert">
                        <p>{failed}</p>
                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {catalogue_now().text(Msg::TryAgain)}
                        </button>
                    </div>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">{catalogue_now().text(Msg::Loading)}</p> }>
            {content}
        </Suspense>
    }
}
