//! The home screen: what Mend is, its three tools, and the privacy promise.

use crate::domain::route::Route;
use crate::i18n::{Fmt, Msg};
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;

/// What Mend is and where to start. The router draws it again when the language changes.
#[component]
pub fn HomePage() -> impl IntoView {
    let c = catalogue_now();
    let tool = |route: Route, name: Msg, about: Msg| {
        view! {
            <li class="card">
                <h2><a href=route.href()>{c.text(name)}</a></h2>
                <p>{c.text(about)}</p>
            </li>
        }
    };
    let (partner_before, partner_after) = c.around(Fmt::HomePartner);
    let (delete_before, delete_after) = c.around(Fmt::HomePrivacyDelete);
    let (exit_before, exit_after) = c.around(Fmt::HomePrivacyExit);
    view! {
        <PageTitle text=c.text(Msg::HomeTitle)/>
        <p class="lead">{c.text(Msg::HomeLead)}</p>
        <ul class="tool-cards">
            {tool(Route::Assessment, Msg::ToolAssessmentName, Msg::ToolAssessmentAbout)}
            {tool(Route::Boundaries, Msg::ToolBoundariesName, Msg::ToolBoundariesAbout)}
            {tool(Route::Repair, Msg::ToolRepairName, Msg::ToolRepairAbout)}
        </ul>
        <p>{partner_before}<a href=Route::Partner.href()>{c.text(Msg::HomePartnerLink)}</a>{partner_after}</p>
        <section aria-labelledby="privacy-heading" class="privacy-promise">
            <h2 id="privacy-heading">{c.text(Msg::HomePrivacyHeading)}</h2>
            <ul>
                <li>{c.text(Msg::HomePrivacyNoAccount)}</li>
                <li>{c.text(Msg::HomePrivacyOnDevice)}</li>
                <li>{delete_before}<a href=Route::YourData.href()>{c.text(Msg::NavYourData)}</a>{delete_after}</li>
                <li>{exit_before}<strong>{c.text(Msg::QuickExitButton)}</strong>{exit_after}<span class="shift-note">" "{c.text(Msg::HomePrivacyShift)}</span></li>
            </ul>
            <p><a href=Route::Privacy.href()>{c.text(Msg::HomePrivacyMore)}</a></p>
        </section>
    }
}
