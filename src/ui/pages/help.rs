//! Help: crisis and support lines by country, how to find help elsewhere, and lines for people
//! who want to stop hurting their partner. The words live in [`crate::domain::help`].

use crate::domain::help::{
    change_lines, last_checked, lines_for, Country, HelpLine, CHANGE_INTRO, ELSEWHERE, INTRO,
    SHARED_DEVICE_NOTE, YOUR_CHOICE,
};
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// The id of the section for people who want to stop hurting their partner, for direct links.
pub const CHANGE_SECTION_ID: &str = "help-change";

fn line_item(line: &'static HelpLine, with_country: bool) -> impl IntoView {
    let name = if with_country {
        format!("{} ({})", line.name, line.country.name())
    } else {
        line.name.to_string()
    };
    view! {
        <li>
            <strong>{name}</strong>
            <span class="muted">{format!(" · {}", line.kind.label())}</span>
            <br/>
            {match line.dial {
                Some(dial) => view! { <a href=format!("tel:{dial}")>{line.how_to_reach}</a> }.into_any(),
                None => view! { <span>{line.how_to_reach}</span> }.into_any(),
            }}
            " "{line.note}
        </li>
    }
}

/// The Help page.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <PageTitle text="Help and support"/>
        <p class="lead"><strong>{INTRO}</strong></p>
        <p>{SHARED_DEVICE_NOTE}</p>
        <nav aria-label="Countries">
            <ul class="help-countries">
                {Country::ALL.iter().map(|c| view! { <li><a href=format!("#/help") on:click=move |ev| {
                    ev.prevent_default();
                    crate::ui::browser::focus_id(&format!("help-{}", c.slug()));
                }>{c.name()}</a></li> }).collect_view()}
                <li><a href="#/help" on:click=move |ev| {
                    ev.prevent_default();
                    crate::ui::browser::focus_id(CHANGE_SECTION_ID);
                }>"If you want to stop hurting your partner"</a></li>
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
            <h2 id="help-elsewhere" tabindex="-1">"Somewhere else"</h2>
            <ul>{ELSEWHERE.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
        </section>
        <section aria-labelledby=CHANGE_SECTION_ID>
            <h2 id=CHANGE_SECTION_ID tabindex="-1">"If you want to stop hurting your partner"</h2>
            <p>{CHANGE_INTRO}</p>
            <ul class="resources">{change_lines().map(|l| line_item(l, true)).collect_view()}</ul>
        </section>
        <section aria-labelledby="help-choice">
            <h2 id="help-choice">"Staying or going is your choice"</h2>
            <p>{YOUR_CHOICE}</p>
        </section>
        <p class="muted">{format!("These details were checked against each service's own website on {}. Numbers can change; if one does not work, look the service up by name.", last_checked())}</p>
    }
}
