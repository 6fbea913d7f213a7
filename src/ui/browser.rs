//! Small browser services the components need: the clock, downloads, focus, the route's hash.
//! Each swallows failures the user cannot act on (a missing `window` in odd embeddings).
//!
//! Leaving the page (the quick exit and its neutral page) belongs to `exit.js`, so that it works
//! without this code; see `components::quick_exit`. Moving between screens is done by links, which
//! `boot.js` turns into replacements of the history entry's state: the screen shown lives there,
//! never in the address, and code here must neither add history entries nor put a screen's name in
//! the address (a screen changes through a link, or [`keep_route`]; never `set_hash`,
//! `location.replace` or `push_state`).

use crate::domain::date::Day;
use wasm_bindgen::JsCast;

/// Milliseconds since 1970 by the browser's clock.
pub fn now_millis() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Today's date in the user's own time zone.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Day::EPOCH)
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_held(file_name, mime, &text.into())
}

/// Offers `text`, which the browser holds, as a file download named `file_name`: an export of
/// years of data is made in JavaScript and never copied into the module (see
/// `AppState::export_file`).
pub fn download_held(file_name: &str, mime: &str, text: &js_sys::JsString) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not make the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not make the file")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .dyn_into()
        .map_err(|_| "no link")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// After everything was deleted: asks the service worker to delete its copy of Mend's own files
/// and unregister (`forgetOfflineCopy` in `exit.js`, the one place that speaks to it on leaving),
/// so the browser's site data keeps no copy of Mend's pages. Mend then needs the network to open
/// a screen it has not loaded yet, until the next visit installs the worker again.
pub fn forget_offline_copy() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let forget = js_sys::Reflect::get(&window, &"mendForgetOffline".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(forget) = forget {
        let _ = forget.call0(&window);
    }
}

/// Dispatches an event named `name` on `window`: how the app asks `exit.js` for what it owns
/// (leaving, telling this copy's other tabs).
pub fn tell_exit_js(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Lets go of keyboard focus, before a change that takes the focused control's view down (the
/// caller then gives focus to the new view's heading). Removing the focused element makes the
/// browser fix up focus in the middle of the removal, after the change has made the page's
/// style dirty: about 20 ms at 4x CPU throttling for the assessment's "Start", measured, against
/// about 1 ms once focus was let go beforehand.
///
/// It also drops a navigation's pending focus on the screen's title ([`focus_title_soon`]): the
/// person has acted on the new screen, and the handler gives focus to what it draws. A frame run
/// late (WebKit, seen in tests/engines) would otherwise find focus let go, take it for the page
/// and put it on the screen's title, above the step the person had just opened.
pub fn release_focus() {
    if FOCUS_HELD.get() {
        return;
    }
    TITLE_FOCUS_PENDING.with(|pending| pending.set(false));
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}

thread_local! {
    // True while a rehearsal (`ui::rehearse`) runs a copy's handlers.
    static FOCUS_HELD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with [`release_focus`] and [`try_focus_id`] doing nothing: for a rehearsal
/// (`ui::rehearse`), whose copy's handlers let go of focus as the real ones do, while the
/// person's focus must stay where it is. Only what `f` calls at once is held; see `ui::rehearse`
/// for what the handlers put off to the next frame.
pub fn holding_focus(f: impl FnOnce()) {
    FOCUS_HELD.set(true);
    f();
    FOCUS_HELD.set(false);
}

/// Puts `text` in the element with `id`, if it is on the page: text set only by one action (a
/// status line saying what a person's action did, the language switch's own words) needs no
/// reactive text, whose code each screen's part would carry.
pub fn set_text(id: &str, text: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.set_text_content(Some(text));
    }
}

/// Moves keyboard focus to the element with `id` (headings carry `tabindex="-1"`).
pub fn focus_id(id: &str) {
    try_focus_id(id);
}

/// Like [`focus_id`], and says whether the element was there to take focus. While focus is
/// held ([`holding_focus`]) it moves nothing and says true, so no caller tries again later.
pub fn try_focus_id(id: &str) -> bool {
    if FOCUS_HELD.get() {
        return true;
    }
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        return true;
    }
    false
}

thread_local! {
    // Navigation asked for focus on the screen's heading, which a lazily loaded screen has not
    // drawn yet.
    static TITLE_FOCUS_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    // What had focus when navigation asked for the heading.
    static FOCUS_AT_REQUEST: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// The element that has keyboard focus, if any.
pub fn active_element() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}

/// Focuses `id` in the next animation frame unless the person has moved focus since `from` (the
/// focused element when they acted): a result that comes a second later (a key made, a file
/// opened) must not pull them back from wherever they went meanwhile. Focus on the page itself,
/// where a control that went away or was disabled leaves it, counts as not moved.
pub fn focus_unless_moved(id: &'static str, from: Option<web_sys::Element>) {
    leptos::prelude::request_animation_frame(move || {
        let now = active_element();
        let body = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .map(web_sys::Element::from);
        if now.is_none() || now == body || now == from {
            focus_id(id);
        }
    });
}

/// On navigation: focus the new screen's heading in the next animation frame, or as soon as it
/// is drawn ([`focus_title_if_pending`]). Call it when the navigation happens, not from a later
/// frame: it notes where focus is now, so that a later move by the person is kept.
pub fn focus_title_soon() {
    TITLE_FOCUS_PENDING.with(|pending| pending.set(true));
    FOCUS_AT_REQUEST.with(|at| *at.borrow_mut() = active_element());
    leptos::prelude::request_animation_frame(focus_title_if_pending);
}

/// Focuses the screen's heading if navigation asked for it and the heading exists.
pub fn focus_title_if_pending() {
    if !TITLE_FOCUS_PENDING.with(std::cell::Cell::get) {
        return;
    }
    // Animation frames can run late (WebKit, seen in tests/engines: after a click into a text
    // box and the first typed letters). Focus the person has moved since the navigation, to
    // anything but the page itself, stays where it is: stealing it would lose their typing.
    let document = web_sys::window().and_then(|w| w.document());
    let moved = active_element().is_some_and(|now| {
        let on_page = document
            .as_ref()
            .and_then(|d| d.body())
            .is_some_and(|body| now.is_same_node(Some(&body)));
        let same = FOCUS_AT_REQUEST.with(|at| {
            at.borrow()
                .as_ref()
                .is_some_and(|before| now.is_same_node(Some(before)))
        });
        !on_page && !same
    });
    if moved {
        TITLE_FOCUS_PENDING.with(|pending| pending.set(false));
        return;
    }
    let title = document
        .and_then(|d| d.get_element_by_id(crate::ui::components::page_title::PAGE_TITLE_ID));
    if title.is_some() {
        TITLE_FOCUS_PENDING.with(|pending| pending.set(false));
        focus_id(crate::ui::components::page_title::PAGE_TITLE_ID);
    }
}

/// The key of `history.state` that holds the screen shown (`boot.js`'s `ROUTE_KEY`).
const ROUTE_KEY: &str = "mendRoute";

/// The event on `window` that says the screen shown changed (`boot.js`'s `ROUTE_EVENT`).
pub const ROUTE_EVENT: &str = "mend:route";

/// The screen shown, as a hash like `#/repair`: the address's own when it names a screen (before
/// `boot.js` has taken it out, or without `boot.js`, in the component tests), else the one kept
/// in this history entry's state, else home's.
pub fn current_hash() -> String {
    let in_address = address_hash();
    if address_names_screen(&in_address) {
        return in_address;
    }
    web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|state| js_sys::Reflect::get(&state, &ROUTE_KEY.into()).ok())
        .and_then(|route| route.as_string())
        .unwrap_or(in_address)
}

/// The address's own hash (`location.hash`), usually empty: see [`current_hash`].
pub fn address_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// True for a hash that names one of Mend's screens (`#/…`), not an anchor within the page.
pub fn address_names_screen(hash: &str) -> bool {
    hash.starts_with("#/")
}

/// Keeps `hash` as the screen shown in this history entry's state and takes any hash out of the
/// address, without telling the router; false if the browser refused.
pub fn keep_route(hash: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let plain = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let state = js_sys::Object::new();
    if js_sys::Reflect::set(&state, &ROUTE_KEY.into(), &hash.into()).is_err() {
        return false;
    }
    window
        .history()
        .and_then(|h| h.replace_state_with_url(&state, "", Some(&plain)))
        .is_ok()
}

/// The file chosen in the file input that fired `ev`, if any. The input is emptied, so that
/// choosing the same file again (after fixing it, say) fires again.
pub fn take_chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}

/// A flag that turns true when the current reactive owner (a screen) is cleaned up: work put off
/// to an idle moment checks it, since the screen and its contexts may be gone by then.
pub fn gone_with_owner() -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let gone = Arc::new(AtomicBool::new(false));
    leptos::prelude::on_cleanup({
        let gone = Arc::clone(&gone);
        move || gone.store(true, Ordering::Relaxed)
    });
    gone
}

/// The `translate` attribute for text a person may have written: "no" when they did, "yes" for
/// Mend's own words. "Translate this page" in Chrome and Edge sends the page's text to a
/// translation server: Mend's own text may go (it is the same for everyone, and translated it
/// helps someone who reads neither of Mend's languages), but what people wrote, names included,
/// stays on the device (README, "Privacy model"; `tests/e2e/translation.test.mjs`). Text that is
/// always theirs says `translate="no"` in the markup, with a pointer here.
pub fn translation(theirs: bool) -> &'static str {
    if theirs {
        "no"
    } else {
        "yes"
    }
}
