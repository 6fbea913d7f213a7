//! The floor: a heading and a button that counts its presses, nothing else. Whatever it takes to
//! become usable is what Leptos, wasm-bindgen and the browser cost before any app code runs.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0u32);
        view! {
            <h1>"Floor"</h1>
            <button type="button" on:click=move |_| count.update(|n| *n += 1)>
                "Count: " {move || count.get()}
            </button>
        }
    });
}
