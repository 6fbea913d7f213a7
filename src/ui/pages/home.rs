//! The home screen: what Mend is, its three tools, and the privacy promise.

use crate::domain::route::Route;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// What Mend is and where to start.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageTitle text="Mend: rebuilding trust, together or on your own"/>
        <p class="lead">
            "When trust has been shaken, it can be hard to know where to begin. "
            "Mend gives you three quiet tools to look at what is happening, talk about it, and take small, concrete steps."
        </p>
        <ul class="tool-cards">
            <li class="card">
                <h2><a href=Route::Assessment.href()>"Trust self-assessment"</a></h2>
                <p>"About ten minutes of statements to agree or disagree with. See where trust feels solid and where it feels strained. Take it alone, or one after the other on this device and compare."</p>
            </li>
            <li class="card">
                <h2><a href=Route::Boundaries.href()>"Boundary worksheet"</a></h2>
                <p>"Sit together and write down what each of you needs, what is not OK, and what you agree on, one area of life at a time."</p>
            </li>
            <li class="card">
                <h2><a href=Route::Repair.href()>"Repair checklist"</a></h2>
                <p>"The concrete steps of rebuilding trust after a breach, small promises kept, and regular check-ins, so you can see progress over the months."</p>
            </li>
        </ul>
        <p>"Answering on two phones? "<a href=Route::Partner.href()>"Share with your partner"</a>": send your part as a sealed packet, with no server in between."</p>
        <section aria-labelledby="privacy-heading" class="privacy-promise">
            <h2 id="privacy-heading">"Your privacy"</h2>
            <ul>
                <li>"No account, no sign-up, no server. Mend runs entirely in this browser."</li>
                <li>"What you enter is stored only on this device, in this browser. Nothing is sent anywhere."</li>
                <li>"You can delete everything at any time from " <a href=Route::YourData.href()>"Your data"</a> "."</li>
                <li>"If you need to leave quickly, use " <strong>"Exit this page"</strong> " at the top, or press Shift three times."</li>
            </ul>
            <p><a href=Route::Privacy.href()>"What Mend can and cannot protect you from"</a></p>
        </section>
    }
}
