//! Boundary worksheet (its tool arrives with its own issue).

use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// Boundary worksheet screen.
#[component]
pub fn BoundariesPage() -> impl IntoView {
    view! {
        <PageTitle text="Boundary worksheet"/>
        <p>"This tool is being built. Your other data is safe in the meantime."</p>
    }
}
