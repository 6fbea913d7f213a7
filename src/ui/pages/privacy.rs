//! What Mend stores, where, and what it cannot protect against.

use crate::domain::route::Route;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// Privacy and limits, in plain words.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <PageTitle text="Privacy and limits"/>
        <h2>"What Mend keeps, and where"</h2>
        <p>"Your answers, worksheet, checklist, promises and check-ins are kept in this browser's local storage on this device, encrypted if you turn on the passphrase lock. Mend has no server and sends nothing anywhere: no accounts, no analytics, no fonts or scripts from other sites."</p>
        <h2>"How to delete it"</h2>
        <p>"Use " <a href=Route::YourData.href()>"Your data"</a> " to delete everything Mend has stored. Clearing this site's data in your browser settings does the same."</p>
        <h2>"What Mend cannot protect against"</h2>
        <ul>
            <li>"Someone else who uses this device or this browser profile can open Mend and see what is stored, unless you turn on the passphrase lock on Your data. The lock does not help against someone who knows or guesses the passphrase, or who sees the screen while Mend is open."</li>
            <li>"If you forget the passphrase, the locked data cannot be recovered by anyone."</li>
            <li>"Your browser history shows that you visited this page. The quick exit replaces the current page, but it cannot erase earlier history."</li>
            <li>"Monitoring software or a compromised device can see anything on the screen."</li>
            <li>"Browsers may delete stored data, for example after a long time without a visit. Keep an exported copy if it matters to you."</li>
        </ul>
        <p>"If you are worried that someone is watching your device, consider using a device they cannot reach, such as a trusted friend's or a public library's."</p>
    }
}
