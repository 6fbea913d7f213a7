//! Helpers shared by the browser tests: waiting, and simulating browsers that misbehave.
#![allow(dead_code)]

use wasm_bindgen::JsValue;

/// Runs a snippet of JavaScript in the test page and returns its result.
pub fn js(code: &str) -> JsValue {
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .unwrap_or(JsValue::UNDEFINED)
}

/// Waits `ms` milliseconds of real time. Only for what must be time: proofs that nothing gets
/// written within the save debounce, and the pauses that make a debounce. To wait for a save,
/// use [`until`].
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Polls `condition` every 10 ms of real time (letting timers and the reactive system run in
/// between) until it holds; panics with `what` after `timeout_ms`.
pub async fn until(what: &str, timeout_ms: f64, mut condition: impl FnMut() -> bool) {
    let end = js_sys::Date::now() + timeout_ms;
    while !condition() {
        assert!(
            js_sys::Date::now() < end,
            "timed out after {timeout_ms} ms waiting for {what}"
        );
        sleep(10).await;
    }
}

/// The save debounce (`DEBOUNCE_MS` in src/ui/state.rs) plus a margin: how long a check that
/// nothing gets written waits.
pub const PAST_SAVE_DELAY_MS: i32 = 400;

/// Undoes any simulated failure and removes every key from localStorage.
pub fn reset() {
    restore();
    js("localStorage.clear();");
}

/// Makes every `localStorage.setItem` throw "storage full" until [`restore`], the way Chromium
/// does when the quota is used up.
pub fn simulate_quota_exceeded() {
    js(r#"
        if (!window.__realSetItem) { window.__realSetItem = Storage.prototype.setItem; }
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    "#);
}

/// A nearly full storage: small writes (like the availability probe) pass, larger ones fail.
pub fn simulate_nearly_full() {
    js(r#"
        if (!window.__realSetItem) { window.__realSetItem = Storage.prototype.setItem; }
        Storage.prototype.setItem = function (k, v) {
            if (String(v).length > 4) { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }
            return window.__realSetItem.call(this, k, v);
        };
    "#);
}

/// Like [`simulate_quota_exceeded`] but with old Firefox's name for the same failure.
pub fn simulate_firefox_quota() {
    js(r#"
        if (!window.__realSetItem) { window.__realSetItem = Storage.prototype.setItem; }
        Storage.prototype.setItem = function () { throw new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED'); };
    "#);
}

/// Makes reading `window.localStorage` throw, as with blocked site data or sandboxed frames.
pub fn simulate_unavailable() {
    js(r#"
        if (!window.__realLocalStorage) { window.__realLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); }
        Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
    "#);
}

/// Counts writes to the document key from now on (read with [`writes`]).
pub fn count_writes() {
    js(r#"
        if (!window.__realSetItem) { window.__realSetItem = Storage.prototype.setItem; }
        window.__writes = 0;
        Storage.prototype.setItem = function (k, v) { if (k.endsWith('].document')) { window.__writes += 1; } return window.__realSetItem.call(this, k, v); };
    "#);
}

/// How many writes to the document key happened since [`count_writes`].
pub fn writes() -> u32 {
    js("return window.__writes || 0;").as_f64().unwrap_or(0.0) as u32
}

/// Undoes every simulation above.
pub fn restore() {
    js(r#"
        if (window.__realSetItem) { Storage.prototype.setItem = window.__realSetItem; delete window.__realSetItem; }
        if (window.__realLocalStorage) { Object.defineProperty(window, 'localStorage', window.__realLocalStorage); delete window.__realLocalStorage; }
    "#);
}

fn raw_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads a key straight from localStorage, bypassing Mend's code.
pub fn stored(key: &str) -> Option<String> {
    raw_storage()?.get_item(key).ok()?
}

/// Writes a key straight into localStorage, bypassing Mend's code.
pub fn put(key: &str, value: &str) {
    if let Some(s) = raw_storage() {
        s.set_item(key, value).expect("test setup can write");
    }
}

/// Every key currently in localStorage, sorted.
pub fn all_keys() -> Vec<String> {
    let Some(s) = raw_storage() else {
        return Vec::new();
    };
    let mut keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .collect();
    keys.sort();
    keys
}

/// The document key of the Mend running in this page.
pub fn document_key() -> String {
    mend::storage::keys::current().document()
}

/// The plain document as stored, whole: the text under its key with the earlier results, which a
/// save stores under a key of their own, put back at their mark (`schema::with_stored_parts`).
/// Results left without a head are given as they are, so that a check for plain data cannot miss
/// them.
pub fn stored_document() -> Option<String> {
    let runs = stored(&mend::storage::keys::current().runs());
    match (stored(&document_key()), runs) {
        (Some(head), Some(runs)) => Some(head.replacen(mend::domain::schema::RUNS_MARK, &runs, 1)),
        (head, runs) => head.or(runs),
    }
}

/// The lock's key of the Mend running in this page.
pub fn locked_key() -> String {
    mend::storage::keys::current().locked()
}

/// Dispatches a `storage` event as another tab's write to `key` would.
pub fn other_tab_writes(key: &str, new_value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(new_value);
    if let (Ok(event), Some(window)) = (
        web_sys::StorageEvent::new_with_event_init_dict("storage", &init),
        web_sys::window(),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// A focusable element (`tabindex="-1"`) with `id`, added at the end of the page's body.
pub fn focusable(tag: &str, id: &str) -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let el: web_sys::HtmlElement = document
        .create_element(tag)
        .expect("element")
        .dyn_into()
        .expect("html element");
    el.set_id(id);
    el.set_tab_index(-1);
    document
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

/// Whether `el` has keyboard focus.
pub fn has_focus(el: &web_sys::HtmlElement) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|a| a.is_same_node(Some(el.as_ref())))
}
