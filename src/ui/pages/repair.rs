//! Repair checklist (its tool arrives with its own issue).

use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// Repair checklist screen.
#[component]
pub fn RepairPage() -> impl IntoView {
    view! {
        <PageTitle text="Repair checklist"/>
        <p>"This tool is being built. Your other data is safe in the meantime."</p>
    }
}
