//! The one `<h1>` of each screen, which receives focus after navigation.

use leptos::prelude::*;

/// The id focus moves to on navigation.
pub const PAGE_TITLE_ID: &str = "page-title";

/// The screen's heading. Focusable from script only, so screen readers announce the new screen.
/// Not reactive: the router draws the screen again when the language changes.
#[component]
pub fn PageTitle(
    /// The heading text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! { <h1 id=PAGE_TITLE_ID tabindex="-1">{text}</h1> }
}
