//! The root component: loads the document, keeps it saved, and routes between screens.

use crate::domain::route::Route;
use crate::storage::{self, LoadOutcome};
use crate::ui::browser;
use crate::ui::components::lock_screen::LockScreen;
use crate::ui::components::page_title::PAGE_TITLE_ID;
use crate::ui::components::quick_exit::QuickExit;
use crate::ui::components::status_banner::StatusBanner;
use crate::ui::pages;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The whole app. Mounted by `main.rs`; browser tests mount it with `mount_to`.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(storage::load(browser::now_millis()));
    provide_context(state);

    // The one bridge from state to storage: every change after the first render is queued.
    Effect::new(move |previous: Option<()>| {
        let document = state.document.get();
        if previous.is_some() {
            state.schedule_save(document);
        }
    });

    // Another tab saved: follow it, or ask when this tab has unsaved edits.
    let other_tabs = window_event_listener(leptos::ev::storage, move |ev| {
        match ev.key().as_deref() {
            Some(storage::keys::LOCKED) => match (ev.old_value(), ev.new_value(), state.lock_key()) {
                // Another tab under the same lock saved: follow it like a plain save.
                (Some(_), Some(envelope), Some(key)) => leptos::task::spawn_local(async move {
                    match storage::read_external_locked(&key, &envelope).await {
                        Some(document) => state.external_change(document),
                        None => state.external_lock_change(),
                    }
                }),
                // The lock was turned on or off elsewhere.
                _ => state.external_lock_change(),
            },
            Some(storage::keys::DOCUMENT) => match storage::read_external(ev.new_value().as_deref()) {
                storage::External::Document(document) => state.external_change(document),
                storage::External::Newer(version) => state.external_newer(version),
                storage::External::Ignore => {}
            },
            _ => {}
        }
    });
    on_cleanup(move || other_tabs.remove());

    let (route, set_route) = signal(Route::parse(&browser::current_hash()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&browser::current_hash()));
    });
    on_cleanup(move || listener.remove());

    // Title and focus follow the route; focus moves only on navigation, not on first load.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        browser::set_title(&format!("{} · Mend", current.title()));
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(|| browser::focus_id(PAGE_TITLE_ID));
        }
        current
    });

    // The static loading header in index.html has done its job.
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }

    let page = move || match (route.get(), state.replaced.track()).0 {
        Route::Home => view! { <pages::home::HomePage/> }.into_any(),
        Route::Assessment => view! { <pages::assessment::AssessmentPage/> }.into_any(),
        Route::Boundaries => view! { <pages::boundaries::BoundariesPage/> }.into_any(),
        Route::Repair => view! { <pages::repair::RepairPage/> }.into_any(),
        Route::YourData => view! { <pages::your_data::YourDataPage/> }.into_any(),
        Route::Privacy => view! { <pages::privacy::PrivacyPage/> }.into_any(),
        Route::NotFound(path) => view! { <pages::not_found::NotFoundPage path=path/> }.into_any(),
    };

    // While locked, every route shows the lock screen; the memo keeps pages from rebuilding on
    // unrelated changes of the load outcome.
    let locked = Memo::new(move |_| {
        state.outcome.with(|o| match o {
            LoadOutcome::Locked { envelope } => Some(envelope.clone()),
            _ => None,
        })
    });
    let content = move || match locked.get() {
        Some(envelope) => view! { <LockScreen envelope=envelope/> }.into_any(),
        None => page(),
    };

    // Auto-lock: any key or pointer press counts as activity.
    let last_active = StoredValue::new(js_sys::Date::now());
    let activity = [
        window_event_listener(leptos::ev::keydown, move |_| last_active.set_value(js_sys::Date::now())),
        window_event_listener(leptos::ev::pointerdown, move |_| last_active.set_value(js_sys::Date::now())),
    ];
    let idle_check = set_interval_with_handle(
        move || {
            let limit = state.document.with_untracked(|d| d.settings.auto_lock_minutes);
            if let (true, Some(minutes)) = (state.lock_on.get_untracked(), limit) {
                if js_sys::Date::now() - last_active.get_value() > f64::from(minutes) * 60_000.0 {
                    state.lock_now();
                }
            }
        },
        std::time::Duration::from_secs(15),
    );
    on_cleanup(move || {
        for listener in activity {
            listener.remove();
        }
        if let Ok(handle) = idle_check {
            handle.clear();
        }
    });

    let nav_link = move |target: Route, label: &'static str| {
        let href = target.href();
        let current = target.clone();
        view! {
            <li>
                <a href=href aria-current=move || (route.get() == current).then_some("page")>{label}</a>
            </li>
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_id("main");
        }>"Skip to content"</a>
        <QuickExit/>
        <header class="site-header">
            <a class="brand" href="#/">"Mend"</a>
            <nav aria-label="Main">
                <ul>
                    {nav_link(Route::Assessment, "Assessment")}
                    {nav_link(Route::Boundaries, "Boundaries")}
                    {nav_link(Route::Repair, "Repair")}
                    {nav_link(Route::YourData, "Your data")}
                </ul>
            </nav>
        </header>
        <StatusBanner/>
        <main id="main" tabindex="-1">{content}</main>
        <footer class="site-footer">
            <p>
                "Mend is for reflection and education. It is not therapy, diagnosis or a way to decide about your relationship. "
                "If you feel unsafe, contact local emergency services."
            </p>
            <p>
                "Everything stays in this browser. "
                <a href=Route::Privacy.href()>"Privacy and limits"</a>
            </p>
        </footer>
    }
}
