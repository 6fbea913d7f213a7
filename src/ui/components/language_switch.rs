//! The language switch in the header.

use crate::i18n::{Lang, Msg};
use crate::ui::i18n::{self, catalogue_now};
use crate::ui::shell_text::{SWITCH_LABEL_ID, SWITCH_SELECT_ID, SWITCH_STATUS_ID};
use leptos::prelude::*;

/// A labelled list of the languages, each named in itself ("English", "Español"). Choosing one
/// fetches its text if needed, then switches and remembers it; if it cannot be fetched, the
/// screen stays as it is and an alert says why.
///
/// Kept plain on purpose, since it is in every first load: no reactive closures (each costs
/// about a kilobyte of generic view code); `ui::i18n` sets the label, the selected value and the
/// alert directly whenever the language changes or fails to load.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    i18n::start();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::from_tag(&event_target_value(&ev)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let _ = i18n::choose(lang).await;
        });
    };
    // One element with its markup as text: a view of five elements and their attributes costs
    // about a kilobyte more of generic code in the first load. The change bubbles up from the
    // select. The label and names come from the catalogues; escaped all the same.
    let mut options = String::new();
    for lang in Lang::ALL {
        options += &format!(
            r#"<option value="{tag}" lang="{tag}">{name}</option>"#,
            tag = lang.tag(),
            name = escape(lang.own_name())
        );
    }
    let markup = format!(
        r#"<label id="{SWITCH_LABEL_ID}" for="{SWITCH_SELECT_ID}">{label}</label><select id="{SWITCH_SELECT_ID}" autocomplete="off">{options}</select><p id="{SWITCH_STATUS_ID}" class="language-status error-text" role="alert"></p>"#,
        label = escape(catalogue_now().text(Msg::LanguageSwitchLabel)),
    );
    view! { <div class="language-switch" on:change=on_change inner_html=markup></div> }
}

/// `text` safe to put between tags or in a quoted attribute.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
