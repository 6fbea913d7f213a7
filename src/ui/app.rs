//! The root component: the shell (header, banners, footer) and the routes between screens.

use crate::domain::route::Route;
use crate::i18n::Msg;
use crate::storage::LoadOutcome;
use crate::ui::browser;
use crate::ui::components::language_switch::LanguageSwitch;
use crate::ui::components::quick_exit::QuickExit;
use crate::ui::components::status_banner::StatusBanner;
use crate::ui::i18n::catalogue_now;
use crate::ui::lazy::{LazyScreen, Screen};
use crate::ui::pages;
use crate::ui::shell_text::{NAV_ID, SHELL_TEXTS};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The whole app. Mounted by `main.rs`; browser tests mount it with `mount_to`.
#[component]
pub fn App() -> impl IntoView {
    // The stored data is read when a screen first needs it (see `ui::session`).
    let state = AppState::new(Owner::current());
    provide_context(state);
    state.follow_wipe_choice_elsewhere();

    let (route, set_route) = signal(Route::parse(&browser::current_hash()));
    // boot.js announces every new screen: a link followed, a hash typed into the address, Back
    // or Forward between this page's entries. A hash set in the address is boot.js's to take out
    // and announce; only without boot.js (the component tests) is it still there when the router
    // hears `hashchange`.
    //
    // The screen already shown is not drawn again: that would throw away what lives only in its
    // memory (the safety check's answers, a partner's code). The partner screen is the exception,
    // since a link carrying a packet names it while it is open, and the packet waits for it.
    let show = move |next: Route| {
        if next != route.get_untracked() || next == Route::Partner {
            set_route.set(next);
        }
    };
    let moved = window_event_listener_untyped(browser::ROUTE_EVENT, move |_| {
        show(Route::parse(&browser::current_hash()));
    });
    let typed = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = browser::address_hash();
        if browser::address_names_screen(&hash) {
            show(Route::parse(&hash));
        }
    });
    on_cleanup(move || {
        moved.remove();
        typed.remove();
    });

    focus_follows(route);
    remove_boot_header();

    let page = move || match (route.get(), state.replaced.track(), super::i18n::current()).0 {
        Route::Home => view! { <pages::home::HomePage/> }.into_any(),
        // Each tool screen's code is fetched when it is first opened (see `ui::lazy`).
        Route::Assessment => view! { <LazyScreen screen=Screen::Assessment/> }.into_any(),
        Route::Boundaries => view! { <LazyScreen screen=Screen::Boundaries/> }.into_any(),
        Route::Repair => view! { <LazyScreen screen=Screen::Repair/> }.into_any(),
        Route::YourData => view! { <LazyScreen screen=Screen::YourData/> }.into_any(),
        Route::Partner => view! { <LazyScreen screen=Screen::Partner/> }.into_any(),
        Route::Privacy => view! { <LazyScreen screen=Screen::Privacy/> }.into_any(),
        Route::Help => view! { <LazyScreen screen=Screen::Help/> }.into_any(),
        Route::NotFound(path) => view! { <pages::not_found::NotFoundPage path=path/> }.into_any(),
    };

    // While locked, every route shows the lock screen; the memo keeps pages from rebuilding on
    // unrelated changes of the load outcome.
    let locked = Memo::new(move |_| state.outcome.with(|o| matches!(o, LoadOutcome::Locked)));
    // Help stays reachable while locked: it shows nothing stored.
    let content = move || match locked.get() {
        true if route.get() != Route::Help => {
            view! { <LazyScreen screen=Screen::Lock/> }.into_any()
        }
        // Every screen but the lock screen shows a forgotten page again (Help while locked, data
        // unlocked elsewhere): only the lock screen did, and those stayed blank for good.
        _ => {
            crate::ui::state::set_forgotten(false);
            page()
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_id("main");
        } id="shell-skip">{catalogue_now().text(Msg::SkipToContent)}</a>
        // Draws nothing: the exit button is static markup in index.html (first in the tab
        // order), handled by exit.js; this listens for it to clean up the data.
        <QuickExit/>
        {site_header(route, locked)}
        <StatusBanner/>
        <main id="main" tabindex="-1">{content}</main>
        {site_footer()}
    }
}

/// Moves focus to the new screen's title on navigation, not on first load. The tab title stays
/// the neutral one from index.html on every screen: a title naming the screen ("Repair
/// checklist") would tell anyone glancing at the tab bar or the history what is going on.
fn focus_follows(route: ReadSignal<Route>) {
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            browser::focus_title_soon();
        }
        current
    });
}

/// Removes the static loading header of index.html, which has done its job.
fn remove_boot_header() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// The text of [`SHELL_TEXTS`]'s element `id` in the language on screen.
fn shell_text(id: &str) -> &'static str {
    let msg = SHELL_TEXTS
        .iter()
        .find(|(i, _)| *i == id)
        .map_or(Msg::SkipToContent, |(_, m)| *m);
    catalogue_now().text(msg)
}

/// The header: the brand, the main navigation (marking the link of the current `route`) and the
/// language switch.
///
/// While the lock screen stands in for a tool (`locked`), no link is marked: a reload on locking
/// keeps the route, and the checklist's link drawn as the current page above the lock screen
/// told whoever picked the device up which tool was open.
fn site_header(route: ReadSignal<Route>, locked: Memo<bool>) -> impl IntoView {
    let nav_link = move |target: Route, id: &'static str| {
        let href = target.href();
        let current = target.clone();
        let marked = move || route.get() == current && (current == Route::Help || !locked.get());
        view! {
            <li>
                <a href=href id=id aria-current=move || marked().then_some("page")>{shell_text(id)}</a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <a class="brand" href="#/">"Mend"</a>
            <nav id=NAV_ID aria-label=catalogue_now().text(Msg::NavLabel)>
                <ul>
                    {nav_link(Route::Assessment, "shell-assessment")}
                    {nav_link(Route::Boundaries, "shell-boundaries")}
                    {nav_link(Route::Repair, "shell-repair")}
                    {nav_link(Route::YourData, "shell-your-data")}
                    {nav_link(Route::Help, "shell-help")}
                </ul>
            </nav>
            <LanguageSwitch/>
        </header>
    }
}

/// The footer: what Mend is not, where help is, and where the privacy page is.
fn site_footer() -> impl IntoView {
    let text = |id: &'static str| view! { <span id=id>{shell_text(id)}</span> };
    view! {
        <footer class="site-footer">
            <p>
                {text("shell-not-therapy")}" "
                {text("shell-unsafe")}" "
                <a href=Route::Help.href() id="shell-help-link">{shell_text("shell-help-link")}</a>
            </p>
            <p>
                {text("shell-stays-here")}" "
                <a href=Route::Privacy.href() id="shell-privacy-link">{shell_text("shell-privacy-link")}</a>
            </p>
        </footer>
    }
}
