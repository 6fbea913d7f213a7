//! Help: crisis and support lines by country, how to find help elsewhere, and lines for people
//! who want to stop hurting their partner. The words live in [`crate::domain::help`].

use crate::domain::help::{
    change_intro, change_lines, elsewhere, intro, last_checked, lines_for, shared_device_note,
    your_choice, Country, HelpLine,
};
use crate::i18n::help::{f, t, Fmt, Msg};
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// The id of the section for people who want to stop hurting their partner, for direct links.
pub const CHANGE_SECTION_ID: &str = "help-change";

fn line_item(line: &'static HelpLine, with_country: bool) -> impl IntoView {
    let name = if with_country {
        f(
            Fmt::HelpLineInCountry,
            &[("name", line.name()), ("country", line.country.name())],
        )
    } else {
        line.name().to_string()
    };
    view! {
        <li>
            <strong>{name}</strong>
            <span class="muted">{format!(" · {}", line.kind.label())}</span>
            <br/>
            {match line.dial {
                Some(dial) => view! { <a href=format!("tel:{dial}")>{line.how_to_reach()}</a> }.into_any(),
                None => view! { <span>{line.how_to_reach()}</span> }.into_any(),
            }}
            " "{line.note()}
        </li>
    }
}

/// The Help page. Its text is the `help` slice, which `ui::lazy` loads with the page; the router
/// draws it again when the language changes.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <PageTitle text=t(Msg::HelpTitle)/>
        <p class="lead"><strong>{intro()}</strong></p>
        <p>{shared_device_note()}</p>
        <p>{t(Msg::HelpLanguages)}</p>
        <nav aria-label=t(Msg::HelpCountries)>
            <ul class="help-countries">
                {Country::ALL.iter().map(|c| view! { <li><a href=format!("#/help") on:click=move |ev| {
                    ev.prevent_default();
                    crate::ui::browser::focus_id(&format!("help-{}", c.slug()));
                }>{c.name()}</a></li> }).collect_view()}
                <li><a href="#/help" on:click=move |ev| {
                    ev.prevent_default();
                    crate::ui::browser::focus_id(CHANGE_SECTION_ID);
                }>{t(Msg::HelpChangeHeading)}</a></li>
            </ul>
        </nav>
        {Country::ALL.iter().map(|c| {
            let id = format!("help-{}", c.slug());
            let labelled_by = id.clone();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 id=id tabindex="-1">{c.name()}</h2>
                    <ul class="resources">{lines_for(*c).map(|l| line_item(l, false)).collect_view()}</ul>
                </section>
            }
        }).collect_view()}
        <section aria-labelledby="help-elsewhere">
            <h2 id="help-elsewhere" tabindex="-1">{t(Msg::HelpElsewhereHeading)}</h2>
            <ul>{elsewhere().map(|line| view! { <li>{line}</li> })}</ul>
        </section>
        <section aria-labelledby=CHANGE_SECTION_ID>
            <h2 id=CHANGE_SECTION_ID tabindex="-1">{t(Msg::HelpChangeHeading)}</h2>
            <p>{change_intro()}</p>
            <ul class="resources">{change_lines().map(|l| line_item(l, true)).collect_view()}</ul>
        </section>
        <section aria-labelledby="help-choice">
            <h2 id="help-choice">{t(Msg::HelpChoiceHeading)}</h2>
            <p>{your_choice()}</p>
        </section>
        <p class="muted">{f(Fmt::HelpChecked, &[("date", last_checked())])}</p>
    }
}
