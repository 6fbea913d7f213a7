//! What Mend stores, where, and what it cannot protect against.

use crate::domain::route::Route;
use crate::i18n::{Fmt, Msg};
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;

/// Privacy and limits, in plain words. The router draws it again when the language changes.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let c = catalogue_now();
    let (delete_before, delete_after) = c.around(Fmt::PrivacyDelete);
    let limits = [
        Msg::PrivacyLimitDevice,
        Msg::PrivacyLimitForgotten,
        Msg::PrivacyLimitHistory,
        Msg::PrivacyLimitMonitoring,
        Msg::PrivacyLimitBrowserDeletes,
        Msg::PrivacyLimitSafari,
    ];
    view! {
        <PageTitle text=c.text(Msg::PrivacyTitle)/>
        <h2>{c.text(Msg::PrivacyKeepsHeading)}</h2>
        <p>{c.text(Msg::PrivacyKeeps)}</p>
        <h2>{c.text(Msg::PrivacyLockHeading)}</h2>
        <p>{c.text(Msg::PrivacyLock)}</p>
        <p>{c.text(Msg::PrivacyLockLeaving)}</p>
        <p>{c.text(Msg::PrivacySafetyCheck)}</p>
        <h2>{c.text(Msg::PrivacyPartnerHeading)}</h2>
        <p>{c.text(Msg::PrivacyPartnerPacket)}</p>
        <p>{c.text(Msg::PrivacyPartnerCode)}</p>
        <p>{c.text(Msg::PrivacyPartnerLink)}</p>
        <h2>{c.text(Msg::PrivacyLeavingHeading)}</h2>
        <p>{c.text(Msg::PrivacyLeaving)}</p>
        <h2>{c.text(Msg::PrivacyDeleteHeading)}</h2>
        <p>{delete_before}<a href=Route::YourData.href()>{c.text(Msg::NavYourData)}</a>{delete_after}</p>
        <h2>{c.text(Msg::PrivacyLimitsHeading)}</h2>
        <ul>{limits.map(|msg| view! { <li>{c.text(msg)}</li> })}</ul>
        <p>{c.text(Msg::PrivacyWatched)}</p>
    }
}
