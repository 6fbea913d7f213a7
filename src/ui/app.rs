//! The root component: the shell (header, banners, footer) and the routes between screens.

use crate::domain::route::Route;
use crate::i18n::{Catalogue, Msg};
use crate::storage::LoadOutcome;
use crate::ui::browser;
use crate::ui::components::language_switch::LanguageSwitch;
use crate::ui::components::quick_exit::QuickExit;
use crate::ui::components::status_banner::StatusBanner;
use crate::ui::i18n::{catalogue, tr};
use crate::ui::lazy::{LazyScreen, Screen};
use crate::ui::pages;
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
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&browser::current_hash()));
    });
    on_cleanup(move || listener.remove());

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
    let locked = Memo::new(move |_| {
        state.outcome.with(|o| match o {
            LoadOutcome::Locked { envelope } => Some(envelope.clone()),
            _ => None,
        })
    });
    // Help stays reachable while locked: it shows nothing stored.
    let content = move || match locked.get() {
        Some(_) if route.get() != Route::Help => {
            view! { <LazyScreen screen=Screen::Lock/> }.into_any()
        }
        _ => page(),
    };

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_id("main");
        }>{tr(Msg::SkipToContent)}</a>
        // Draws nothing: the exit button is static markup in index.html (first in the tab
        // order), handled by boot.js; this listens for it to clean up the data.
        <QuickExit/>
        {site_header(route)}
        <StatusBanner/>
        <main id="main" tabindex="-1">{content}</main>
        // Drawn again as a whole when the language changes, like the page.
        {move || site_footer(catalogue())}
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

/// The header: the brand, the main navigation (marking the link of the current `route`) and the
/// language switch. The navigation is drawn again when the language changes; the switch is not,
/// so it keeps the focus of whoever just used it.
fn site_header(route: ReadSignal<Route>) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="#/">"Mend"</a>
            {move || main_nav(route, catalogue())}
            <LanguageSwitch/>
        </header>
    }
}

/// The main navigation in the language of `c`.
fn main_nav(route: ReadSignal<Route>, c: &'static Catalogue) -> impl IntoView {
    let nav_link = move |target: Route, label: Msg| {
        let href = target.href();
        let current = target.clone();
        view! {
            <li>
                <a href=href aria-current=move || (route.get() == current).then_some("page")>{c.text(label)}</a>
            </li>
        }
    };
    view! {
        <nav aria-label=c.text(Msg::NavLabel)>
            <ul>
                {nav_link(Route::Assessment, Msg::NavAssessment)}
                {nav_link(Route::Boundaries, Msg::NavBoundaries)}
                {nav_link(Route::Repair, Msg::NavRepair)}
                {nav_link(Route::YourData, Msg::NavYourData)}
                {nav_link(Route::Help, Msg::NavHelp)}
            </ul>
        </nav>
    }
}

/// The footer in the language of `c`: what Mend is not, where help is, and where the privacy
/// page is.
fn site_footer(c: &'static Catalogue) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                {c.text(Msg::FooterNotTherapy)}" "
                {c.text(Msg::FooterUnsafe)}" "
                <a href=Route::Help.href()>{c.text(Msg::FooterHelpLink)}</a>
            </p>
            <p>
                {c.text(Msg::FooterStaysHere)}" "
                <a href=Route::Privacy.href()>{c.text(Msg::FooterPrivacyLink)}</a>
            </p>
        </footer>
    }
}
