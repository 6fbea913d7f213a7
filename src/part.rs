//! Calling code that lives in a lazily loaded part of the module.
//!
//! A split point is a function marked `wasm_split(<part>)`: with the `split` feature (release
//! and `trunk serve` builds), `build/split-wasm.sh` cuts its code, and all that only it reaches,
//! into a module of its own that the browser fetches the first time the function is called (the
//! service worker keeps it for offline use); the call is then a future. Without the feature (the
//! host and browser unit tests) it is an ordinary call. [`from_part!`] writes both, so every split
//! point has the same shape; `build/parts.json` lists them and `tests/split_parts.rs` checks the
//! list against the calls.

/// Runs `$body` as the split point `$part` and evaluates to `Result<$out, SplitLoaderError>`:
/// `Err` when the part could not be downloaded (offline before it was ever fetched, or a newer
/// version replaced the files). Write it in an `async` block or function (with the `split`
/// feature it awaits the download); the arguments, with their types, are moved into the part:
///
/// ```ignore
/// // The results of one run, built inside their own part (src/ui/pages/assessment/mod.rs):
/// from_part!(results, (id: u64, viewing: RwSignal<Option<u64>>) -> AnyView {
///     results::results(id, viewing).into_any()
/// })
/// ```
macro_rules! from_part {
    ($part:ident, ($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {{
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $part($($arg: $ty),*) -> Result<$out, leptos::wasm_split::SplitLoaderError> {
            let value: $out = $body;
            Ok(value)
        }
        #[cfg(feature = "split")]
        let result = $part($($arg),*).await;
        #[cfg(not(feature = "split"))]
        let result = $part($($arg),*);
        result
    }};
}

pub(crate) use from_part;
