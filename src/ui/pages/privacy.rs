//! What Mend stores, where, and what it cannot protect against.

use crate::domain::route::Route;
use crate::i18n::privacy::{around, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::storage;
use crate::ui::browser::set_text;
use crate::ui::components::language_switch::escape;
use crate::ui::components::page_title::PageTitle;
use crate::ui::i18n::catalogue_now;
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
        <ShiftChoice/>
        <h2>{t(Msg::PrivacyDeleteHeading)}</h2>
        <p>{delete_before}<a href=Route::YourData.href()>{c.text(Shell::NavYourData)}</a>{delete_after}</p>
        <h2>{t(Msg::PrivacyLimitsHeading)}</h2>
        <ul>{limits.map(|msg| view! { <li>{t(msg)}</li> })}</ul>
        <p>{t(Msg::PrivacyWatched)}</p>
    }
}

/// Spell checking and translation: why Mend's fields are not checked, the choice to let the
/// browser check them (see `ui::spelling`), and what a page translation is not given.
#[component]
fn SpellingChoice() -> impl IntoView {
    view! {
        <h2>{t(Msg::PrivacySpellingHeading)}</h2>
        <p id="spelling-about">{t(Msg::PrivacySpelling)}</p>
        {stored_choice("spellcheck-choice", "spelling-about", spelling::is_on(), t(Msg::PrivacySpellingChoice), |on| spelling::choose(on).is_ok())}
        <p>{t(Msg::PrivacyTranslation)}</p>
    }
}

/// The quick exit's shortcut: Shift pressed three times is also how Sticky Keys latches, locks
/// and releases Shift, so a person who uses it would leave Mend (and with "delete on exit", lose
/// everything) while typing. `exit.js` reads the choice on each Shift press and hides the
/// shortcut's hint; here the page is marked at once, as `exit.js` marks it from then on.
#[component]
fn ShiftChoice() -> impl IntoView {
    let choose = |on: bool| {
        let stored = storage::set_shift_exit(on).is_ok();
        if stored {
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.class_list().toggle_with_force("no-shift-exit", !on);
            }
        }
        stored
    };
    view! {
        <p id="shift-about">{t(Msg::PrivacyShift)}</p>
        {stored_choice("shift-choice", "shift-about", storage::shift_exit(), t(Msg::PrivacyShiftChoice), choose)}
    }
}

/// A checkbox `id` described by `about`, with its alert: `choose` stores the choice and says
/// whether it could; when it could not, the box shows what still holds and the alert says so.
///
/// Markup with one change handler, as the language switch is: the reactive pieces they would
/// otherwise take cost this small screen's part 7 KB of code shared with the tools' parts.
fn stored_choice(
    id: &'static str,
    about: &'static str,
    checked: bool,
    label: &str,
    choose: fn(bool) -> bool,
) -> impl IntoView {
    let failed_id = format!("{id}-failed");
    let markup = format!(
        r#"<form autocomplete="off"><div class="field field-inline"><input id="{id}" type="checkbox" aria-describedby="{about}"{checked}><label for="{id}">{label}</label></div></form><p id="{failed_id}" class="error-text" role="alert"></p>"#,
        checked = if checked { " checked" } else { "" },
        label = escape(label),
    );
    let change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let on = input.checked();
        let stored = choose(on);
        if !stored {
            input.set_checked(!on);
        }
        set_text(
            &failed_id,
            if stored {
                ""
            } else {
                t(Msg::PrivacyChoiceFailed)
            },
        );
    };
    // The box is in a form that says autocomplete="off", so no browser keeps its state for
    // restoring the tab; the form never submits (see `field_group`).
    view! {
        <div on:change=change on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default() inner_html=markup></div>
    }
}
