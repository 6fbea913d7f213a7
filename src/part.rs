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

/// The output of `future` if it is ready on its first poll, as a call into a part that is already
/// here is (and every call in a build without parts): such a call can then be made
/// synchronously. `None` leaves the future started, to be awaited.
pub fn ready_now<F: std::future::Future + ?Sized>(
    future: std::pin::Pin<&mut F>,
) -> Option<F::Output> {
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.poll(&mut context) {
        std::task::Poll::Ready(output) => Some(output),
        std::task::Poll::Pending => None,
    }
}

#[cfg(test)]
mod tests {
    use super::ready_now;
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    /// Pending on its first poll, ready on the next, as a part's download is.
    struct Later(bool);

    impl Future for Later {
        type Output = u8;
        fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u8> {
            if self.0 {
                Poll::Ready(7)
            } else {
                self.0 = true;
                Poll::Pending
            }
        }
    }

    #[test]
    fn a_ready_future_answers_at_once() {
        assert_eq!(ready_now(std::pin::pin!(async { 5 })), Some(5));
    }

    #[test]
    fn a_pending_future_answers_none_and_is_left_started() {
        let mut later = Later(false);
        assert_eq!(ready_now(Pin::new(&mut later)), None);
        assert!(later.0, "it was polled once");
        assert_eq!(ready_now(Pin::new(&mut later)), Some(7));
    }
}
