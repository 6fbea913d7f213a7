//! Boundary worksheet: both partners fill it in together, topic by topic, on one screen.
//!
//! The page only shows [`Worksheet`](crate::domain::boundaries::Worksheet) data and calls its
//! methods; every change goes through [`AppState::update`], which saves on its own.
//!
//! Kept small on purpose (the whole app must load in 160 KB): in Leptos every event-handler and
//! reactive-closure type adds its own code to the wasm file. So the markup is mostly static,
//! controls carry `data-cat` (topic id) and `data-f` (what they are), one handler on the page
//! reads those and calls [`act`], and the reactive values share two closure types ([`text`] and
//! [`flag`]). Text boxes are uncontrolled: typing is the only thing that changes their text.

use crate::domain::boundaries::{
    CategoryView, DueReason, Field, Side, Status, FIELDS_PER_CATEGORY, INTRO, MAX_FIELD_CHARS,
    MAX_TITLE_CHARS, SAFETY_NOTE,
};
use crate::domain::couple::Partner;
use crate::domain::date::Day;
use crate::domain::document::Document;
use crate::domain::edit::FieldError;
use crate::domain::route::Route;
use crate::ui::browser;
use crate::ui::components::names_form::NamesForm;
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Id of the heading focus moves to when a topic leaves the list (hidden or removed).
const MORE_HEADING_ID: &str = "b-more-heading";

/// The seven text boxes of a topic, with their `data-f` keys (also the end of their ids).
const BOXES: [(Side, Field, &str); 7] = [
    (Side::A, Field::Need, "a-need"),
    (Side::A, Field::NotOk, "a-not-ok"),
    (Side::A, Field::IfCrossed, "a-if-crossed"),
    (Side::B, Field::Need, "b-need"),
    (Side::B, Field::NotOk, "b-not-ok"),
    (Side::B, Field::IfCrossed, "b-if-crossed"),
    (Side::Shared, Field::Agreement, "agreement"),
];

/// The latest refusal: the id of the control it belongs to, and the message.
type Errors = RwSignal<Option<(String, String)>>;

/// What one topic's card shows: the topic and the partners' names.
#[derive(Clone, PartialEq)]
struct Card {
    cat: CategoryView,
    names: [String; 2],
}

/// The boundary worksheet screen: safety note, overview, one card per visible topic, your own
/// topics, and the lines only shown on paper.
#[component]
pub fn BoundariesPage() -> impl IntoView {
    let state = AppState::get();
    let errors: Errors = RwSignal::new(None);
    // Typing changes the document on every key; the list of topics rarely changes with it.
    let topics = Memo::new(move |_| state.document.with(|d| d.boundaries.visible_ids()));
    view! {
        <PageTitle text="Boundary worksheet"/>
        <div class="b-sheet"
            on:input=move |ev| act(&ev, errors)
            on:change=move |ev| act(&ev, errors)
            on:click=move |ev| act(&ev, errors)
            on:submit=move |ev| act(&ev, errors)>
            <p class="print-only">{format!("Printed on {}", browser::today())}</p>
            <div class="no-print">
                <p class="lead">{INTRO}</p>
                <p class="b-safety"><strong>"Your safety comes first. "</strong>{SAFETY_NOTE}" "<a href=Route::Help.href()>"Open the Help page"</a></p>
                <details class="b-names">
                    <summary>"Your names"</summary>
                    <NamesForm/>
                </details>
                <p>"What you write is saved in this browser as you type. "<button type="button" data-f="print">"Print"</button></p>
                <Overview/>
            </div>
            <For each=move || topics.get() key=|id| id.clone() let(id)>
                <CategoryCard id=id errors=errors/>
            </For>
            <MoreTopics errors=errors/>
        </div>
    }
}

/// Progress per topic and the agreements ready for another look, each linking to its topic.
#[component]
fn Overview() -> impl IntoView {
    let state = AppState::get();
    // The lines as text, so a keystroke that changes none of them rebuilds nothing.
    let summary = Memo::new(move |_| {
        let (progress, due) = state.document.with(|d| {
            // Read each time: a tab left open past midnight must see what fell due.
            let today = browser::today();
            (
                d.boundaries.progress(today),
                d.boundaries.due_for_review(today),
            )
        });
        let heading = if due.is_empty() {
            "Nothing is due for another look yet"
        } else {
            "Ready to look at again"
        };
        let rows: Vec<(String, String, String)> = progress
            .into_iter()
            .map(|p| {
                let due = if p.due {
                    " · ready to look at again"
                } else {
                    ""
                };
                (
                    p.id,
                    p.title,
                    format!(
                        ": {} of {FIELDS_PER_CATEGORY} filled · {}{due}",
                        p.filled,
                        p.status.label()
                    ),
                )
            })
            .collect();
        let due_rows: Vec<(String, String, String)> = due
            .into_iter()
            .map(|item| {
                let why = match item.reason {
                    DueReason::DateReached(day) => {
                        format!(": the date you chose ({day}) has come.")
                    }
                    DueReason::Marked => ": one of you would like another look.".to_string(),
                };
                (item.id, item.title, why)
            })
            .collect();
        (rows, heading, due_rows)
    });
    view! {
        <section aria-labelledby="b-overview-heading" class="b-overview">
            <h2 id="b-overview-heading">"Where you are"</h2>
            {move || {
                let (rows, heading, due_rows) = summary.get();
                let li = |(id, title, detail): (String, String, String)| view! {
                    // The link moves focus to the topic; the click is handled on the page.
                    <li><a href=Route::Boundaries.href() data-f="jump" data-cat=id>{title}</a>{detail}</li>
                };
                view! {
                    <ul>{rows.into_iter().map(li).collect_view()}</ul>
                    <h3>{heading}</h3>
                    <ul>{due_rows.into_iter().map(li).collect_view()}</ul>
                }
            }}
        </section>
    }
}

/// A reactive text read from one card; `arg` picks a box or a partner. Every call returns the
/// same closure type, which keeps the wasm small.
fn text(
    card: Memo<Card>,
    read: fn(&Card, usize) -> String,
    arg: usize,
) -> impl Fn() -> String + Copy {
    move || card.with(|c| read(c, arg))
}

/// A reactive yes/no read from one card, like [`text`].
fn flag(card: Memo<Card>, read: fn(&Card, usize) -> bool, arg: usize) -> impl Fn() -> bool + Copy {
    move || card.with(|c| read(c, arg))
}

/// The text of box `i` of [`BOXES`].
fn box_text(c: &Card, i: usize) -> String {
    let (who, field, _) = BOXES[i % BOXES.len()];
    c.cat.entry.get(who, field).unwrap_or_default().to_owned()
}

/// The refusal message for the control `slot`, announced when it appears; hidden when empty.
fn alert(errors: Errors, slot: String) -> impl IntoView {
    view! {
        <p class="error-text" role="alert">
            {move || errors.with(|e| e.as_ref().filter(|(s, _)| *s == slot).map(|(_, m)| m.clone()))}
        </p>
    }
}

/// One topic: prompts, both partners' views side by side, the shared agreement, its status and
/// review date, and the tools to rename, move, hide or remove it.
#[component]
fn CategoryCard(
    /// The topic's id.
    id: String,
    /// Where refusals are shown.
    errors: Errors,
) -> impl IntoView {
    let state = AppState::get();
    let read = move |d: &Document| {
        d.boundaries.category(&id).map(|cat| Card {
            cat,
            names: [d.couple.name(Partner::A), d.couple.name(Partner::B)],
        })
    };
    let initial = state.document.with_untracked(&read)?;
    let (cid, built_in, prompts, title, status) = (
        initial.cat.id.clone(),
        initial.cat.built_in,
        initial.cat.prompts,
        initial.cat.title.clone(),
        initial.cat.entry.status,
    );
    // While a removed topic is being taken off screen, keep its last state.
    let card = Memo::new(move |prev: Option<&Card>| {
        state
            .document
            .with(&read)
            .or_else(|| prev.cloned())
            .unwrap_or_else(|| initial.clone())
    });
    let ids = |suffix: &str| format!("b-{cid}-{suffix}");
    let title_text = text(card, |c, _| c.cat.title.clone(), 0);
    let column = |partner: usize| {
        view! {
            <fieldset class="b-col">
                <legend>{text(card, |c, p| c.names[p % 2].clone(), partner)}</legend>
                {(partner * 3..partner * 3 + 3).map(|i| text_field(card, errors, &cid, i)).collect_view()}
            </fieldset>
        }
    };
    // A button handled by `act`; `named` adds the topic's title for screen readers ("Move Money up").
    let button = |f: &'static str, before: &'static str, after: &'static str, named: bool| {
        view! {
            <button type="button" id=ids(f) data-cat=cid.clone() data-f=f>
                {before}
                {named.then(|| view! { <span class="visually-hidden">{title_text}" "</span> })}
                {after}
            </button>
        }
    };

    Some(view! {
        <section class="b-cat" aria-labelledby=ids("title")>
            <h2 id=ids("title") tabindex="-1">{title_text}</h2>
            <p>{text(card, |c, _| c.cat.about.clone(), 0)}</p>
            {(!prompts.is_empty()).then(|| view! {
                <div class="b-prompts no-print">
                    <p>"Questions to start with:"</p>
                    <ul>{prompts.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="b-cols">{column(0)}{column(1)}</div>
            {text_field(card, errors, &cid, 6)}
            <p class="b-locked">{text(card, |c, _| match c.cat.entry.agreed_on {
                Some(day) => format!("You agreed on this wording on {day}. To change it, open it again; this wording is kept below."),
                None => String::new(),
            }, 0)}</p>
            <p class="print-only">{text(card, |c, _| {
                let e = &c.cat.entry;
                let mut line = format!("Where you are: {}", e.status.label());
                if let Some(day) = e.agreed_on {
                    line.push_str(&format!(" (on {day})"));
                }
                if let Some(day) = e.revisit_by {
                    line.push_str(&format!(". Look at it again by {day}."));
                }
                line
            }, 0)}</p>
            <div class="no-print" hidden=flag(card, |c, _| c.cat.entry.agreed_on.is_none(), 0)>
                {button("revisit", "Revisit this agreement", "", false)}
            </div>
            <details class="b-history no-print" hidden=flag(card, |c, _| c.cat.entry.history.is_empty(), 0)>
                <summary>{text(card, |c, _| format!("Earlier wordings ({})", c.cat.entry.history.len()), 0)}</summary>
                <p class="b-text">{text(card, |c, _| {
                    c.cat.entry.history.iter().rev().map(|r| match r.agreed_on {
                        Some(day) => format!("Agreed on {day}, opened again on {}:\n{}", r.replaced_on, r.text),
                        None => format!("Opened again on {}:\n{}", r.replaced_on, r.text),
                    }).collect::<Vec<_>>().join("\n\n")
                }, 0)}</p>
            </details>
            <div class="b-row no-print">
                <div class="field">
                    <label for=ids("status")>"Where you are with this"</label>
                    <select id=ids("status") data-cat=cid.clone() data-f="status" prop:value=text(card, |c, _| status_index(c.cat.entry.status), 0)>
                        {Status::ALL.iter().map(|&s| view! {
                            <option value=status_index(s) selected=s == status>{s.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=ids("revisit-by")>"Look at it again by"</label>
                    <input type="date" id=ids("revisit-by") data-cat=cid.clone() data-f="revisit-by"
                        prop:value=text(card, |c, _| c.cat.entry.revisit_by.map(|d| d.to_string()).unwrap_or_default(), 0)/>
                </div>
            </div>
            {alert(errors, cid.clone())}
            <div class="b-tools no-print">
                {button("up", "Move ", "up", true)}
                {button("down", "Move ", "down", true)}
                {button("hide", "Hide ", "", true)}
            </div>
            <details class="b-manage no-print">
                <summary>"Rename or remove this topic"</summary>
                <form data-cat=cid.clone() data-f="rename">
                    <div class="field">
                        <label for=ids("rename")>"New name"</label>
                        <input type="text" id=ids("rename") autocomplete="off" maxlength=MAX_TITLE_CHARS value=title/>
                    </div>
                    <button type="submit">"Save the name"</button>
                </form>
                {if built_in { button("reset", "Use the original name", "", false) } else { button("remove", "Remove this topic", "", false) }}
            </details>
        </section>
    })
}

/// The option value for a status: its place in [`Status::ALL`].
fn status_index(s: Status) -> String {
    Status::ALL
        .iter()
        .position(|x| *x == s)
        .unwrap_or(0)
        .to_string()
}

/// Text box `i` of [`BOXES`] with its label (naming whose it is), character counter, refusal
/// message, and the plain text shown instead on paper.
fn text_field(card: Memo<Card>, errors: Errors, cid: &str, i: usize) -> impl IntoView {
    let (who, field, key) = BOXES[i % BOXES.len()];
    let id = format!("b-{cid}-{key}");
    let count_id = format!("{id}-count");
    let initial = card.with_untracked(|c| box_text(c, i));
    let owner = match who {
        Side::A => Some(0),
        Side::B => Some(1),
        Side::Shared => None,
    };
    view! {
        <div class="field">
            <label for=id.clone()>
                {owner.map(|p| view! { <span class="b-who">{text(card, |c, p| c.names[p % 2].clone(), p)}": "</span> })}
                {field.label()}
            </label>
            <textarea id=id.clone() rows="3" maxlength=MAX_FIELD_CHARS aria-describedby=count_id.clone() data-cat=cid.to_string() data-f=key
                prop:value=initial readonly=flag(card, |c, i| i == 6 && c.cat.entry.agreed_on.is_some(), i)></textarea>
            <span class="counter" id=count_id>{text(card, |c, i| format!("{} / {MAX_FIELD_CHARS}", box_text(c, i).chars().count()), i)}</span>
            <p class="b-text print-only">{text(card, box_text, i)}</p>
            {alert(errors, id)}
        </div>
    }
}

/// Adding a topic of your own, and showing hidden topics again.
#[component]
fn MoreTopics(
    /// Where refusals are shown.
    errors: Errors,
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <section aria-labelledby=MORE_HEADING_ID class="b-more no-print">
            <h2 id=MORE_HEADING_ID tabindex="-1">"Topics of your own"</h2>
            <p>"Is something missing? Add a topic that matters to the two of you."</p>
            <form data-cat="" data-f="add">
                <div class="field">
                    <label for="b-new-title">"Name of the new topic"</label>
                    <input type="text" id="b-new-title" autocomplete="off" maxlength=MAX_TITLE_CHARS/>
                </div>
                <button type="submit">"Add topic"</button>
            </form>
            {alert(errors, "add".to_string())}
            {move || {
                let list = state.document.with(|d| d.boundaries.hidden());
                (!list.is_empty()).then(|| view! {
                    <h3>"Hidden topics"</h3>
                    <p>"What you wrote in them is kept."</p>
                    <ul class="b-hidden">
                        {list.into_iter().map(|c| view! {
                            <li><button type="button" data-cat=c.id data-f="show">"Show "{c.title}" again"</button></li>
                        }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}

/// What one event asks the worksheet to do.
enum Op {
    Text(Side, Field, String),
    Status(Status),
    RevisitBy(Option<Day>),
    Revisit,
    Up,
    Down,
    Hide,
    Show,
    Reset,
    Remove,
    Rename(String),
    Add(String),
}

/// Handles every input, change, click and submit on the worksheet: finds the control by its
/// `data-f`, runs the matching worksheet change, shows a refusal next to it, and moves focus
/// where the change needs it.
fn act(ev: &Event, errors: Errors) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("[data-f]").ok().flatten())
    else {
        return;
    };
    let kind = ev.type_();
    if kind == "submit" {
        ev.prevent_default();
    }
    let (cat, f) = (
        el.get_attribute("data-cat").unwrap_or_default(),
        el.get_attribute("data-f").unwrap_or_default(),
    );
    let title = |id: &str| format!("b-{id}-title");
    let input = || {
        el.query_selector("input")
            .ok()
            .flatten()
            .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
    };
    let value = || match (
        el.dyn_ref::<HtmlTextAreaElement>(),
        el.dyn_ref::<HtmlInputElement>(),
        el.dyn_ref::<HtmlSelectElement>(),
    ) {
        (Some(t), _, _) => t.value(),
        (_, Some(i), _) => i.value(),
        (_, _, Some(s)) => s.value(),
        _ => input().map(|i| i.value()).unwrap_or_default(),
    };
    let op = match (kind.as_str(), f.as_str()) {
        ("input", key) => match text_target(key) {
            Some((who, field)) => Op::Text(who, field, value()),
            None => return,
        },
        ("change", "status") => match value()
            .parse::<usize>()
            .ok()
            .and_then(|i| Status::ALL.get(i))
        {
            Some(&s) => Op::Status(s),
            None => return,
        },
        // An empty box clears the date; the date picker gives nothing else that fails to parse.
        ("change", "revisit-by") => Op::RevisitBy(Day::parse(&value()).ok()),
        ("click", "jump") => {
            ev.prevent_default();
            browser::focus_id(&title(&cat));
            return;
        }
        ("click", "print") => {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            return;
        }
        ("click", "revisit") => Op::Revisit,
        ("click", "up") => Op::Up,
        ("click", "down") => Op::Down,
        ("click", "hide") => Op::Hide,
        ("click", "show") => Op::Show,
        ("click", "reset") => Op::Reset,
        ("click", "remove") => {
            let sure = web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message("Remove this topic and everything written in it?")
                        .ok()
                })
                .unwrap_or(false);
            if !sure {
                return;
            }
            Op::Remove
        }
        ("submit", "rename") => Op::Rename(value()),
        ("submit", "add") => Op::Add(value()),
        _ => return,
    };
    // Where a refusal is shown, and where focus goes after success.
    let (slot, focus) = match &op {
        Op::Text(..) => (format!("b-{cat}-{f}"), None),
        Op::Revisit => (cat.clone(), Some(format!("b-{cat}-agreement"))),
        Op::Up | Op::Down => (cat.clone(), Some(format!("b-{cat}-{f}"))),
        Op::Hide | Op::Remove => (cat.clone(), Some(MORE_HEADING_ID.to_string())),
        Op::Show => (cat.clone(), Some(title(&cat))),
        Op::Add(_) => ("add".to_string(), None),
        _ => (cat.clone(), None),
    };
    let today = browser::today();
    let mut result = Ok(None);
    AppState::get().update(|d| result = apply(d, &cat, op, today));
    match result {
        Ok(added) => {
            errors.set(None);
            if added.is_some() {
                if let Some(i) = input() {
                    i.set_value("");
                }
            }
            if let Some(target) = added.map(|id| title(&id)).or(focus) {
                // The topics may have been redrawn, which drops focus; put it where it belongs.
                request_animation_frame(move || browser::focus_id(&target));
            }
        }
        Err(e) => {
            if f == "status" {
                // The select shows the refused choice; put back the stored one.
                let stored = AppState::get()
                    .document
                    .with_untracked(|d| d.boundaries.category(&cat).map(|c| c.entry.status));
                if let (Some(select), Some(s)) = (el.dyn_ref::<HtmlSelectElement>(), stored) {
                    select.set_value(&status_index(s));
                }
            }
            let message = match (f.as_str(), e) {
                ("status", FieldError::Empty { .. }) => {
                    "Write what you agree first, then mark it as agreed.".to_string()
                }
                (_, e) => e.to_string(),
            };
            errors.set(Some((slot, message)));
        }
    }
}

/// Runs one change on the topic `id`; returns the new topic's id after [`Op::Add`].
fn apply(d: &mut Document, id: &str, op: Op, today: Day) -> Result<Option<String>, FieldError> {
    let sheet = &mut d.boundaries;
    match op {
        Op::Text(who, field, text) => sheet.set_field(id, who, field, &text),
        Op::Status(status) => sheet.set_status(id, status, today),
        Op::RevisitBy(day) => sheet.set_revisit_by(id, day),
        Op::Revisit => sheet.revisit(id, today),
        Op::Up => sheet.move_up(id),
        Op::Down => sheet.move_down(id),
        Op::Hide => sheet.hide(id),
        Op::Show => sheet.show(id),
        Op::Reset => sheet.reset_title(id),
        Op::Remove => sheet.remove_custom(id),
        Op::Rename(title) => sheet.rename(id, &title),
        Op::Add(title) => return sheet.add_custom(&title).map(Some),
    }
    .map(|_| None)
}

/// Whose text box a `data-f` key names.
fn text_target(key: &str) -> Option<(Side, Field)> {
    BOXES
        .iter()
        .find(|(_, _, k)| *k == key)
        .map(|&(who, field, _)| (who, field))
}
