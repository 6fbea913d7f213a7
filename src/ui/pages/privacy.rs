//! What Mend stores, where, and what it cannot protect against.

use crate::domain::route::Route;
use crate::i18n::privacy::{around, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;

/// Privacy and limits, in plain words: a lazily loaded screen with its own slice of text
/// (`privacy`). The router draws it again when the language changes.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let c = catalogue_now();
    let (delete_before, delete_after) = around(Fmt::PrivacyDelete);
    let limits = [
        Msg::PrivacyLimitDevice,
        Msg::PrivacyLimitForgotten,
        Msg::PrivacyLimitHistory,
        Msg::PrivacyLimitMonitoring,
        Msg::PrivacyLimitBrowserDeletes,
        Msg::PrivacyLimitSafari,
    ];
    view! {
        <PageTitle text=t(Msg::PrivacyTitle)/>
        <h2>{t(Msg::PrivacyKeepsHeading)}</h2>
        <p>{t(Msg::PrivacyKeeps)}</p>
        <h2>{t(Msg::PrivacyLockHeading)}</h2>
        <p>{t(Msg::PrivacyLock)}</p>
        <p>{t(Msg::PrivacyLockLeaving)}</p>
        <p>{t(Msg::PrivacySafetyCheck)}</p>
        <h2>{t(Msg::PrivacyPartnerHeading)}</h2>
        <p>{t(Msg::PrivacyPartnerPacket)}</p>
        <p>{t(Msg::PrivacyPartnerCode)}</p>
        <p>{t(Msg::PrivacyPartnerLink)}</p>
        <h2>{t(Msg::PrivacyLeavingHeading)}</h2>
        <p>{t(Msg::PrivacyLeaving)}</p>
        <h2>{t(Msg::PrivacyDeleteHeading)}</h2>
        <p>{delete_before}<a href=Route::YourData.href()>{c.text(Shell::NavYourData)}</a>{delete_after}</p>
        <h2>{t(Msg::PrivacyLimitsHeading)}</h2>
        <ul>{limits.map(|msg| view! { <li>{t(msg)}</li> })}</ul>
        <p>{t(Msg::PrivacyWatched)}</p>
    }
}
