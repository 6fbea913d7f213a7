//! What Mend stores, where, and what it cannot protect against.

use crate::domain::route::Route;
use crate::i18n::privacy::{around, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::ui::components::language_switch::escape;
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::{catalogue_now, set_text};
use crate::ui::spelling;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
        <SpellingChoice/>
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

/// Spell checking and translation: why Mend's fields are not checked, the choice to let the
/// browser check them (see `ui::spelling`), and what a page translation is not given.
///
/// The checkbox and its alert are markup with one change handler, as the language switch is: the
/// reactive pieces they would otherwise take cost this small screen's part 7 KB of code shared
/// with the tools' parts.
#[component]
fn SpellingChoice() -> impl IntoView {
    const CHOICE_ID: &str = "spellcheck-choice";
    const FAILED_ID: &str = "spellcheck-failed";
    let markup = format!(
        r#"<form autocomplete="off"><div class="field field-inline"><input id="{CHOICE_ID}" type="checkbox" aria-describedby="spelling-about"{checked}><label for="{CHOICE_ID}">{label}</label></div></form><p id="{FAILED_ID}" class="error-text" role="alert"></p>"#,
        checked = if spelling::is_on() { " checked" } else { "" },
        label = escape(t(Msg::PrivacySpellingChoice)),
    );
    let change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let on = input.checked();
        let stored = spelling::choose(on).is_ok();
        // Nothing was stored: the box shows what still holds.
        if !stored {
            input.set_checked(!on);
        }
        set_text(
            FAILED_ID,
            if stored {
                ""
            } else {
                t(Msg::PrivacySpellingFailed)
            },
        );
    };
    view! {
        <h2>{t(Msg::PrivacySpellingHeading)}</h2>
        <p id="spelling-about">{t(Msg::PrivacySpelling)}</p>
        // The box is in a form that says autocomplete="off", so no browser keeps its state for
        // restoring the tab; the form never submits (see `field_group`).
        <div on:change=change on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default() inner_html=markup></div>
        <p>{t(Msg::PrivacyTranslation)}</p>
    }
}
