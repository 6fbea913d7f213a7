//! The screen for links that lead nowhere.

use crate::domain::route::Route;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// A gentle dead end with a way home.
#[component]
pub fn NotFoundPage(
    /// The path that was asked for, shown as text.
    path: String,
) -> impl IntoView {
    view! {
        <PageTitle text="This page does not exist"/>
        <p>"There is nothing at " <code>{path}</code> ". Your saved data is not affected."</p>
        <p><a href=Route::Home.href()>"Go to the home page"</a></p>
    }
}
