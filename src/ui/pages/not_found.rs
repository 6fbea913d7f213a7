//! The screen for links that lead nowhere.

use crate::domain::route::Route;
use crate::i18n::{Fmt, Msg};
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;

/// A gentle dead end with a way home. The router draws it again when the language changes.
#[component]
pub fn NotFoundPage(
    /// The path that was asked for, shown as text.
    path: String,
) -> impl IntoView {
    let c = catalogue_now();
    let (before, after) = c.around(Fmt::NotFoundBody);
    view! {
        <PageTitle text=c.text(Msg::NotFoundTitle)/>
        <p>{before}<code>{path}</code>{after}</p>
        <p><a href=Route::Home.href()>{c.text(Msg::NotFoundHome)}</a></p>
    }
}
