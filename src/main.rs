//! Entry point: install the panic hook and mount the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(mend::App);
}

// Host builds exist only to test the domain; there is nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
