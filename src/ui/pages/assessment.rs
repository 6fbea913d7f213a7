//! Trust self-assessment (its tool arrives with its own issue).

use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// Trust self-assessment screen.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! {
        <PageTitle text="Trust self-assessment"/>
        <p>"This tool is being built. Your other data is safe in the meantime."</p>
    }
}
