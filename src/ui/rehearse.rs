//! Rehearsing a screen's first interaction off the page, so that the person's first one is not
//! the first time the browser runs that code.
//!
//! V8 compiles a WebAssembly function only when it is first called. A trace of the checklist's
//! first tick found about 20 ms (at 4x CPU throttling) of such compiling, plus about 5 ms of
//! JavaScript compiling, inside the click; the second tick paid neither (issue #13). A rehearsal
//! builds a piece of the screen (or, for the assessment, a copy of all of it) in a hidden
//! container, makes the interactions on it, lets the effects run and throws it all away, in one
//! task once the browser is idle: the copy is never in the page while the person can act, so
//! nothing the person does (and no query of the page) ever meets it.
//!
//! It never moves the person's keyboard focus: the copy's handlers let go of focus and give it
//! to their new heading as the real ones do, and run under [`crate::ui::browser::holding_focus`].
//! What they put off to the next frame (focus for a heading by its id) finds either the copy's
//! heading, which a hidden form keeps from taking focus, or, once the person has moved on
//! themselves, the heading their own move gives focus to.
//!
//! It can never touch the person's data: the piece is built under a stand-in
//! [`AppState::scratch`] (the handlers look their state up from the owner they were made under,
//! which is the rehearsal's), which reads nothing stored and carries out no effect whatever the
//! change: no save, deletion, reload or exit (an edit starts the save's timer and stops it at
//! once, so that the timer's code is compiled too). Its copy sits in a hidden form of its own, so its
//! radios never join the person's radio groups (the person's are in no form, or in a form of the
//! screen's, never this one), and a submit inside it goes nowhere.

use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Once the browser is next idle, builds `build`'s view under a scratch [`AppState`] in a hidden
/// form at the end of the page, runs `act` on the container twice (the effects of each run
/// in between, so a tick is also an untick), then removes everything. Call it while building a
/// screen: the piece sees that screen's contexts, and nothing happens if the screen is gone.
/// `once` makes it once per page load, however often the screen is drawn again.
pub fn rehearse<V>(
    once: &'static AtomicBool,
    build: impl FnOnce() -> V + 'static,
    act: impl Fn(&web_sys::Element) + 'static,
) where
    V: IntoView + 'static,
{
    rehearse_rounds(once, 2, build, move |host, _| act(host));
}

/// Like [`rehearse`], with `rounds` runs of `act`, each told its number (from 0): a sequence of
/// interactions, such as a first click and the next step's, each after the effects of the one
/// before.
pub fn rehearse_rounds<V>(
    once: &'static AtomicBool,
    rounds: usize,
    build: impl FnOnce() -> V + 'static,
    act: impl Fn(&web_sys::Element, usize) + 'static,
) where
    V: IntoView + 'static,
{
    let Some(screen) = Owner::current() else {
        return;
    };
    let gone = crate::ui::browser::gone_with_owner();
    // The browser calls an idle callback once; the cell hands the two over that one time.
    let job = std::cell::Cell::new(Some((build, act)));
    let _ = request_idle_callback_with_handle(move || {
        let Some((build, act)) = job.take() else {
            return;
        };
        if gone.load(Ordering::Relaxed) || once.swap(true, Ordering::Relaxed) {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // A form of its own: radios are grouped by name within their form, so the copy's radios
        // can never untick the person's (in no form, or in one of the screen's `field_group`
        // forms) while it is there. A copy's own `field_group` form nests inside it; built
        // through the DOM, its fields then belong to that inner form, still not the person's.
        let (Some(body), Ok(host)) = (document.body(), document.create_element("form")) else {
            return;
        };
        // Out of sight and out of the accessibility tree for the moment it is there.
        let _ = host.set_attribute("hidden", "");
        let _ = host.set_attribute("aria-hidden", "true");
        let no_submit = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
            ev.prevent_default();
        });
        let _ = host.add_event_listener_with_callback_and_bool(
            "submit",
            no_submit.as_ref().unchecked_ref(),
            true,
        );
        let scratch = screen.child();
        let mut piece = scratch.with(|| {
            provide_context(AppState::scratch());
            build().into_view().build()
        });
        if body.append_child(&host).is_err() {
            scratch.cleanup();
            return;
        }
        piece.mount(&host, None);
        let gone = Arc::clone(&gone);
        leptos::task::spawn_local(async move {
            for round in 0..rounds {
                // Each run calls the piece's handlers: never once its screen went.
                if gone.load(Ordering::Relaxed) {
                    break;
                }
                // The handlers let go of focus before they change the screen: the person's own
                // focus must stay where it is.
                crate::ui::browser::holding_focus(|| act(&host, round));
                // The effects (microtasks) run before the next round.
                leptos::task::tick().await;
            }
            piece.unmount();
            host.remove();
            drop(piece);
            drop(no_submit);
            scratch.cleanup();
        });
    });
}

/// Clicks the first element `selector` finds in `host`.
pub fn click(host: &web_sys::Element, selector: &str) {
    if let Some(el) = host
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.click();
    }
}

/// Types one character at the end of the first text box `selector` finds in `host`, as a key
/// press does: the value changes, then an `input` event bubbles up.
pub fn type_into(host: &web_sys::Element, selector: &str) {
    let Some(el) = host.query_selector(selector).ok().flatten() else {
        return;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(&format!("{}a", area.value()));
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(&format!("{}a", input.value()));
    }
    bubble(&el, "input");
}

/// Picks the next option of the first select `selector` finds in `host` (the first after the
/// last), then an `input` and a `change` event bubble up, as when a person picks one.
pub fn choose_next(host: &web_sys::Element, selector: &str) {
    let Some(el) = host.query_selector(selector).ok().flatten() else {
        return;
    };
    if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        let count = select.length().max(1) as i32;
        select.set_selected_index((select.selected_index() + 1) % count);
    }
    bubble(&el, "input");
    bubble(&el, "change");
}

fn bubble(el: &web_sys::Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = el.dispatch_event(&event);
    }
}
