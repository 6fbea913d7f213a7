//! The app shell in headless Chromium: what the user is told for each storage outcome.
#![cfg(target_arch = "wasm32")]

mod web_support;

use leptos::prelude::*;
use mend::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at `hash` in a fresh container; the handle unmounts it when dropped.
async fn mount_at(
    hash: &str,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let _ = web_sys::window().expect("window").location().set_hash(hash);
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("html element");
    document
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    let handle = leptos::mount::mount_to(container.clone(), App);
    // Tool screens open the stored data and build asynchronously (see `ui::lazy`): wait until
    // the screen's heading is there instead of its "Loading…" line.
    for _ in 0..200 {
        leptos::task::tick().await;
        let loading = container
            .query_selector("main .loading")
            .ok()
            .flatten()
            .is_some();
        if !loading && container.query_selector("main h1").ok().flatten().is_some() {
            break;
        }
        sleep(10).await;
    }
    // The banners' code is asked for once a screen that reads the data is painted (`ui::lazy`);
    // the first such screen of the run waits for it, as a person sees it a moment later.
    if !matches!(hash, "#/" | "#/help" | "#/privacy") {
        for _ in 0..200 {
            if mend::ui::components::status_banner::has_notices() {
                break;
            }
            sleep(10).await;
        }
        leptos::task::tick().await;
    }
    (container, handle)
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> Option<String> {
    container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

/// Waits until the save-state line under the banners reads "Saved on this device".
async fn until_saved(container: &web_sys::HtmlElement) {
    until(
        "the save-state line to read \"Saved on this device\"",
        5000.0,
        || {
            text_of(container, "[data-testid=save-state]").as_deref()
                == Some("Saved on this device")
        },
    )
    .await;
}

fn type_into(container: &web_sys::HtmlElement, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = container
        .query_selector(selector)
        .ok()
        .flatten()
        .expect("input exists")
        .dyn_into()
        .expect("an input");
    input.set_value(text);
    let event = web_sys::Event::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn home_page_states_the_privacy_promise() {
    reset();
    let (container, handle) = mount_at("#/").await;
    let text = container.text_content().unwrap_or_default();
    assert!(text.contains("Nothing is sent anywhere"), "{text}");
    // "Exit this page" is static markup in index.html now (handled by exit.js); the end-to-end
    // tests check it.
    assert!(text.contains("not therapy"));
    assert_eq!(text_of(&container, "[data-testid=banner-corrupt]"), None);
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn corrupt_data_shows_a_banner_offering_the_copy() {
    reset();
    put(&document_key(), "{oops");
    // The home page reads no data; the first screen that does tells what happened.
    let (container, handle) = mount_at("#/").await;
    assert_eq!(text_of(&container, "[data-testid=banner-corrupt]"), None);
    assert_eq!(stored_document().as_deref(), Some("{oops"));
    drop(handle);
    container.remove();
    let (container, handle) = mount_at("#/boundaries").await;
    let banner = text_of(&container, "[data-testid=banner-corrupt]").expect("banner shown");
    assert!(banner.contains("could not be read"), "{banner}");
    assert!(banner.contains("Download the unreadable copy"));
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn a_damaged_run_found_once_the_screen_is_up_is_kept_aside_and_announced() {
    reset();
    // Only the runs are damaged: the worksheet opens without reading them, and the shell reads
    // them once the browser is idle.
    let text =
        r#"{"schema_version":3,"couple":{"a":"Kai","b":""},"assessment":{"history":[{"id":1}]}}"#;
    put(&document_key(), text);
    let (container, handle) = mount_at("#/boundaries").await;
    until("the banner for data that cannot be read", 5000.0, || {
        text_of(&container, "[data-testid=banner-corrupt]").is_some()
    })
    .await;
    let kept: Vec<Option<String>> = mend::storage::backups(None)
        .into_iter()
        .map(|backup| backup.text)
        .collect();
    assert_eq!(kept, [Some(text.to_owned())]);
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn newer_data_is_announced_and_never_written() {
    reset();
    let newer = r#"{"schema_version":7,"couple":{"a":"Later"}}"#;
    put(&document_key(), newer);
    let (container, handle) = mount_at("#/your-data").await;
    assert!(text_of(&container, "[data-testid=banner-newer]").is_some());
    type_into(&container, "#name-b", "Typed");
    // Time by nature: read-only, so nothing may be written within the save debounce.
    sleep(PAST_SAVE_DELAY_MS).await;
    assert_eq!(stored_document().as_deref(), Some(newer));
    drop(handle);
    container.remove();
}

/// The value of the input `selector` finds in `container`, if there is one.
fn input_value(container: &web_sys::HtmlElement, selector: &str) -> Option<String> {
    container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
}

#[wasm_bindgen_test]
async fn a_newer_mend_writing_in_another_tab_is_shown_unless_this_screen_holds_unsaved_typing() {
    reset();
    let (container, handle) = mount_at("#/your-data").await;
    // Nothing unsaved here: the newer data takes the screen's place, as a load of it would.
    let newer = r#"{"schema_version":7,"couple":{"a":"Later","b":""}}"#;
    put(&document_key(), newer);
    other_tab_writes(&document_key(), Some(newer));
    // The screen is drawn again (a few frames, more on a busy machine): wait for it, within 2 s.
    for _ in 0..80 {
        if input_value(&container, "#name-a").as_deref() == Some("Later") {
            break;
        }
        sleep(25).await;
    }
    assert_eq!(input_value(&container, "#name-a").as_deref(), Some("Later"));
    let banner = text_of(&container, "[data-testid=banner-newer]").unwrap_or_default();
    assert!(banner.contains("You can look at it here"), "{banner}");
    drop(handle);
    container.remove();

    // Typing not yet saved when it comes: the typing stays, and the banner says to export it.
    reset();
    let (container, handle) = mount_at("#/your-data").await;
    type_into(&container, "#name-b", "Typed here");
    leptos::task::tick().await;
    put(&document_key(), newer);
    other_tab_writes(&document_key(), Some(newer));
    leptos::task::tick().await;
    assert_eq!(
        input_value(&container, "#name-b").as_deref(),
        Some("Typed here")
    );
    let banner = text_of(&container, "[data-testid=banner-newer]").unwrap_or_default();
    assert!(banner.contains("export a backup"), "{banner}");
    sleep(PAST_SAVE_DELAY_MS).await;
    assert_eq!(stored_document().as_deref(), Some(newer));
    // Still there once any redraw would have come.
    assert_eq!(
        input_value(&container, "#name-b").as_deref(),
        Some("Typed here")
    );
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn unavailable_storage_says_nothing_will_be_kept() {
    reset();
    simulate_unavailable();
    let (container, handle) = mount_at("#/repair").await;
    let banner = text_of(&container, "[data-testid=banner-unavailable]");
    restore();
    assert!(banner
        .unwrap_or_default()
        .contains("gone when you close this tab"));
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_the_text_stays_on_screen() {
    reset();
    let (container, handle) = mount_at("#/your-data").await;
    simulate_quota_exceeded();
    type_into(&container, "#name-a", "Still here");
    until("the save-failed banner", 5000.0, || {
        text_of(&container, "[data-testid=banner-save-failed]").is_some()
    })
    .await;
    let banner = text_of(&container, "[data-testid=banner-save-failed]");
    // The quiet line under the banners must not say the change is on its way to storage.
    leptos::task::tick().await;
    let line = text_of(&container, "[data-testid=save-state]");
    restore();
    assert!(banner.unwrap_or_default().contains("full"));
    assert_eq!(
        line, None,
        "no \"Saving…\" or \"Saved\" under a refused save"
    );
    let input: web_sys::HtmlInputElement = container
        .query_selector("#name-a")
        .ok()
        .flatten()
        .expect("input")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "Still here");
    // The next change saves both.
    type_into(&container, "#name-a", "Still here!");
    until_saved(&container).await;
    assert!(stored_document()
        .unwrap_or_default()
        .contains("Still here!"));
    leptos::task::tick().await;
    assert_eq!(
        text_of(&container, "[data-testid=banner-save-failed]"),
        None
    );
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn a_migrated_document_is_announced() {
    reset();
    put(&document_key(), r#"{"schema_version":1,"partner_a":"Ana"}"#);
    let (container, handle) = mount_at("#/your-data").await;
    assert!(text_of(&container, "[data-testid=banner-migrated]").is_some());
    let input: web_sys::HtmlInputElement = container
        .query_selector("#name-a")
        .ok()
        .flatten()
        .expect("input")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "Ana");
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn another_tabs_save_never_silently_replaces_unsaved_typing() {
    reset();
    let (container, handle) = mount_at("#/your-data").await;
    // Nothing unsaved here: another tab's save is simply followed.
    other_tab_writes(
        &document_key(),
        Some(r#"{"schema_version":2,"couple":{"a":"From elsewhere"}}"#),
    );
    leptos::task::tick().await;
    let input = |id: &str| -> web_sys::HtmlInputElement {
        container
            .query_selector(id)
            .ok()
            .flatten()
            .expect("input")
            .dyn_into()
            .expect("input")
    };
    assert_eq!(input("#name-a").value(), "From elsewhere");
    assert_eq!(text_of(&container, "[data-testid=banner-conflict]"), None);
    // Typing here, then another save elsewhere before ours is written: the user is asked.
    type_into(&container, "#name-b", "Typed here");
    // Storage events arrive as tasks of their own, after the change has been queued for saving.
    leptos::task::tick().await;
    other_tab_writes(
        &document_key(),
        Some(r#"{"schema_version":2,"couple":{"a":"Newer elsewhere"}}"#),
    );
    leptos::task::tick().await;
    assert!(text_of(&container, "[data-testid=banner-conflict]").is_some());
    assert_eq!(
        input("#name-b").value(),
        "Typed here",
        "this screen keeps its edits"
    );
    // Time by nature: nothing may be written within the save debounce while the user chooses.
    sleep(PAST_SAVE_DELAY_MS).await;
    assert_eq!(
        stored_document(),
        None,
        "nothing is written while the user chooses"
    );
    // Keeping this screen's version writes it.
    let keep: web_sys::HtmlElement = container
        .query_selector("[data-testid=banner-conflict] button:last-of-type")
        .ok()
        .flatten()
        .expect("keep button")
        .dyn_into()
        .expect("button");
    keep.click();
    until_saved(&container).await;
    assert!(stored_document().unwrap_or_default().contains("Typed here"));
    assert_eq!(
        text_of(&container, "[data-testid=banner-conflict]"),
        None,
        "the choice is made: no banner asks"
    );
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn choosing_the_other_tabs_version_shows_it_and_writes_nothing() {
    reset();
    let (container, handle) = mount_at("#/your-data").await;
    type_into(&container, "#name-b", "Typed here");
    leptos::task::tick().await;
    other_tab_writes(
        &document_key(),
        Some(r#"{"schema_version":2,"couple":{"a":"From elsewhere","b":"Theirs"}}"#),
    );
    leptos::task::tick().await;
    let theirs: web_sys::HtmlElement = container
        .query_selector("[data-testid=banner-conflict] button")
        .ok()
        .flatten()
        .expect("the other version's button")
        .dyn_into()
        .expect("button");
    theirs.click();
    // The page's fields are drawn anew from the adopted data in a task of their own.
    sleep(50).await;
    let value = |id: &str| {
        container
            .query_selector(id)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
    };
    assert_eq!(
        input_value(&container, "#name-a").as_deref(),
        Some("From elsewhere")
    );
    assert_eq!(value("#name-b").as_deref(), Some("Theirs"));
    assert_eq!(text_of(&container, "[data-testid=banner-conflict]"), None);
    // Nothing of this screen's is written over the other tab's save, then or after the debounce.
    sleep(PAST_SAVE_DELAY_MS).await;
    assert_eq!(stored_document(), None);
    drop(handle);
    container.remove();
}

/// The stand-in state of a rehearsal (`ui::rehearse`) takes a change on screen, but whatever it
/// is asked (a change, deleting everything, the quick exit, the delete-on-exit choice) it writes,
/// deletes and reloads nothing: the person's stored data stays exactly as it was.
#[wasm_bindgen_test]
async fn a_rehearsals_stand_in_state_never_touches_storage() {
    use mend::domain::repair::Change;
    use mend::ui::state::AppState;
    reset();
    let kept = r#"{"schema_version":3,"stand_in":"must stay"}"#;
    put(&document_key(), kept);
    let before = all_keys();
    count_writes();
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::scratch();
        let change = Change::AddPromise {
            text: "A promise made up for the rehearsal".to_owned(),
            due: mend::ui::browser::today(),
        };
        assert!(state.apply(change).is_ok());
        assert_eq!(
            state.document.with_untracked(|d| d.repair.promises().len()),
            1
        );
        assert!(state.delete_everything().is_ok());
        assert!(state.quick_exit().is_ok());
        state.set_wipe_on_exit(true);
        state.remove_unreadable_copy(&document_key());
    });
    sleep(PAST_SAVE_DELAY_MS).await;
    assert_eq!(writes(), 0, "no save");
    assert_eq!(all_keys(), before, "no key added or removed");
    assert_eq!(stored_document().as_deref(), Some(kept));
    owner.cleanup();
    restore();
}

/// A navigation asks for focus on the new screen's title in the next frame. If the person acts on
/// the screen first (the assessment's "Start", whose handler lets focus go and then gives it to
/// the step's heading), a late frame must not take focus back to the title: WebKit ran that
/// frame after the click in tests/engines, and the step's heading never got focus.
#[wasm_bindgen_test]
fn a_late_title_focus_gives_way_to_the_persons_action() {
    use mend::ui::browser::{focus_title_if_pending, focus_title_soon, release_focus};
    use mend::ui::components::page_title::PAGE_TITLE_ID;
    let title = focusable("h1", PAGE_TITLE_ID);
    let start = focusable("button", "late-title-start");

    // Without an action in between, the frame puts focus on the title.
    start.focus().expect("focus");
    focus_title_soon();
    start.blur().expect("blur");
    focus_title_if_pending();
    assert!(
        has_focus(&title),
        "the navigation's frame focuses the title"
    );

    // The person presses a button whose handler lets focus go before the late frame runs.
    start.focus().expect("focus");
    focus_title_soon();
    release_focus();
    focus_title_if_pending();
    assert!(
        !has_focus(&title),
        "the late frame left focus to the handler"
    );
    title.remove();
    start.remove();
}

/// While a rehearsal acts (`ui::rehearse`), the copy's handlers let go of focus and ask for it
/// for their heading as the real ones do: `holding_focus` keeps the person's focus where it is
/// (and says the heading was dealt with, so nothing tries again later); once it returns, the
/// same calls move focus again.
#[wasm_bindgen_test]
fn a_rehearsal_never_moves_the_persons_focus() {
    use mend::ui::browser::{focus_id, holding_focus, release_focus};
    let person = focusable("button", "rehearsal-focus-person");
    let heading = focusable("button", "rehearsal-focus-heading");
    person.focus().expect("focus");
    assert!(has_focus(&person));
    holding_focus(|| {
        release_focus();
        focus_id("rehearsal-focus-heading");
        assert!(mend::ui::browser::try_focus_id("rehearsal-focus-heading"));
    });
    assert!(has_focus(&person), "focus stayed on the person's control");
    focus_id("rehearsal-focus-heading");
    assert!(has_focus(&heading), "outside a rehearsal, focus moves");
    release_focus();
    assert!(!has_focus(&heading), "and is let go");
    person.remove();
    heading.remove();
}
