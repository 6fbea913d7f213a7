//! Boundary worksheet: both partners fill it in together, topic by topic, on one screen.
//!
//! The page only shows [`Worksheet`](crate::domain::boundaries::Worksheet) data; every change is
//! a typed [`Change`] sent through [`AppState::apply`], as on every screen, which saves on its
//! own.
//!
//! Kept small on purpose (each screen's part has a byte budget): in Leptos every event-handler
//! and reactive-closure type adds its own code to the wasm file. So the markup is mostly static,
//! controls carry `data-cat` (topic id) and `data-f` (a [`Control`]), one handler on the page
//! reads those in [`act`] and turns them into a [`Change`], and the reactive values share two
//! closure types ([`text`] and [`flag`]). Text boxes are uncontrolled: typing is the only thing
//! that changes their text.

use crate::domain::boundaries::{
    intro, safety_note, Change, DueReason, Field, Side, Status, TopicView, FIELDS_PER_TOPIC,
    MAX_FIELD_CHARS, MAX_TITLE_CHARS,
};
use crate::domain::change::Made;
use crate::domain::couple::Partner;
use crate::domain::date::Day;
use crate::domain::document::Document;
use crate::domain::edit::FieldError;
use crate::domain::route::Route;
use crate::i18n::boundaries::{around, f, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::ui::browser;
use crate::ui::components::field_group::field_group;
use crate::ui::components::first_paint::rest_after_first_paint;
use crate::ui::components::names_form::NamesForm;
use crate::ui::components::page_title::PageTitle;
use crate::ui::rehearse::{choose_next, rehearse, type_into};
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::atomic::AtomicBool;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Id of the heading focus moves to when a topic leaves the list (hidden or removed).
const MORE_HEADING_ID: &str = "b-more-heading";

/// How many topics a first paint of the worksheet draws; the others follow one task later.
const FIRST_TOPICS: usize = 2;

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

/// The place of the shared agreement in [`BOXES`].
const AGREEMENT_BOX: usize = 6;
const _: () = assert!(matches!(BOXES[AGREEMENT_BOX].1, Field::Agreement));

/// The latest refusal: the id of the control it belongs to, and the message.
type Errors = RwSignal<Option<(String, String)>>;

/// One line of the overview: the topic's id, its title, whether the couple wrote that title, and
/// what the line says of it.
type Row = (String, String, bool, String);

/// What one topic's card shows: the topic and the partners' names.
#[derive(Clone, PartialEq)]
struct Card {
    cat: TopicView,
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
    // The first topics at once, the rest one task after the first paint.
    let rest = rest_after_first_paint();
    let shown = move || {
        let mut ids = topics.get();
        if !rest.get() {
            ids.truncate(FIRST_TOPICS);
        }
        ids
    };
    // The first keystroke and status change of a visit, rehearsed on a copy of the overview and
    // the first topic of an empty worksheet, which is what the rehearsal's scratch state holds
    // (see `ui::rehearse`): the change redraws the overview's lines too.
    if let Some(first) = Document::default()
        .boundaries
        .visible_ids()
        .into_iter()
        .next()
    {
        static ONCE: AtomicBool = AtomicBool::new(false);
        rehearse(
            &ONCE,
            move || {
                let errors: Errors = RwSignal::new(None);
                view! {
                    <div class="b-sheet" on:input=move |ev| act(&ev, errors) on:change=move |ev| act(&ev, errors)>
                        <Overview/>
                        <TopicCard id=first errors=errors rest=rest/>
                    </div>
                }
            },
            |host| {
                type_into(host, "textarea");
                choose_next(host, "select");
            },
        );
    }
    view! {
        <PageTitle text=crate::ui::i18n::catalogue_now().text(Shell::ToolBoundariesName)/>
        <div class="b-sheet"
            on:input=move |ev| act(&ev, errors)
            on:change=move |ev| act(&ev, errors)
            on:click=move |ev| {
                // A jump to a topic, or printing, needs every topic drawn.
                if !rest.get_untracked() {
                    rest.set(true);
                }
                act(&ev, errors)
            }
            on:submit=move |ev| act(&ev, errors)>
            <p class="print-only">{f(Fmt::PrintedOn, &[("date", &browser::today().to_string())])}</p>
            <div class="no-print">
                <p class="lead">{intro()}</p>
                <p class="b-safety"><strong>{t(Msg::SafetyFirst)}" "</strong>{safety_note()}" "<a href=Route::Help.href()>{t(Msg::OpenHelp)}</a></p>
                <details class="b-names">
                    <summary>{t(Msg::YourNames)}</summary>
                    <NamesForm/>
                </details>
                <p>{t(Msg::SavedAsYouType)}" "<button type="button" data-f=Control::Print.key()>{t(Msg::Print)}</button></p>
                <Overview/>
            </div>
            <For each=shown key=|id| id.clone() let(id)>
                <TopicCard id=id errors=errors rest=rest/>
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
        let heading = t(if due.is_empty() {
            Msg::NothingDue
        } else {
            Msg::ReadyAgain
        });
        let rows: Vec<Row> = progress
            .into_iter()
            .map(|p| {
                let due = if p.due {
                    format!(" · {}", t(Msg::RowDue))
                } else {
                    String::new()
                };
                (
                    p.id,
                    p.title,
                    p.theirs,
                    f(
                        Fmt::RowFilled,
                        &[
                            ("filled", &p.filled.to_string()),
                            ("count", &FIELDS_PER_TOPIC.to_string()),
                            ("status", p.status.label()),
                        ],
                    ) + &due,
                )
            })
            .collect();
        let due_rows: Vec<Row> = due
            .into_iter()
            .map(|item| {
                let why = match item.reason {
                    DueReason::DateReached(day) => f(Fmt::DueDate, &[("date", &day.to_string())]),
                    DueReason::Marked => t(Msg::DueMarked).to_string(),
                };
                (item.id, item.title, item.theirs, why)
            })
            .collect();
        (rows, heading, due_rows)
    });
    view! {
        <section aria-labelledby="b-overview-heading" class="b-overview">
            <h2 id="b-overview-heading">{t(Msg::OverviewHeading)}</h2>
            {move || {
                let (rows, heading, due_rows) = summary.get();
                let li = |(id, title, theirs, detail): Row| view! {
                    // The link moves focus to the topic; the click is handled on the page.
                    <li><a href=Route::Boundaries.href() data-f=Control::Jump.key() data-cat=id translate=browser::translation(theirs)>{title}</a>{detail}</li>
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

/// The topic's title when the couple wrote it (`theirs` 1) or when it is the app's own
/// (`theirs` 0), else nothing. A title is shown as the two, one of them empty, the first inside
/// `translate="no"` (see `browser::translation`): a rename or a reset moves it from one to the
/// other as the text changes, with no attribute to follow.
fn title_if(c: &Card, theirs: usize) -> String {
    if c.cat.title_is_theirs() == (theirs == 1) {
        c.cat.title.clone()
    } else {
        String::new()
    }
}

/// The text of box `i` of [`BOXES`].
fn box_text(c: &Card, i: usize) -> String {
    let (who, field, _) = BOXES[i % BOXES.len()];
    c.cat.entry.get(who, field).unwrap_or_default().to_owned()
}

/// The refusal message for the control `slot`, announced when it appears; hidden when empty. Its
/// id, `<slot>-error`, describes the control (`aria-describedby`), so the reason is read with it.
fn alert(errors: Errors, slot: String) -> impl IntoView {
    let id = error_id(&slot);
    view! {
        <p id=id class="error-text" role="alert">
            {move || errors.with(|e| e.as_ref().filter(|(s, _)| *s == slot).map(|(_, m)| m.clone()))}
        </p>
    }
}

/// One topic: prompts, both partners' views side by side, the shared agreement, its status and
/// review date, what agreeing locked (with the way to open it again and the earlier wordings),
/// and the tools to rename, move, hide or remove it. What the couple wrote, their names and a
/// title of theirs included, says `translate="no"` (see `browser::translation`).
#[component]
fn TopicCard(
    /// The topic's id.
    id: String,
    /// Where refusals are shown.
    errors: Errors,
    /// True from one task after the screen's first paint (see [`rest_after_first_paint`]).
    rest: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::get();
    let read = move |d: &Document| {
        d.boundaries.topic(&id).map(|cat| Card {
            cat,
            names: [d.couple.name(Partner::A), d.couple.name(Partner::B)],
        })
    };
    let initial = state.document.with_untracked(&read)?;
    let (cid, prompts, built_in) = (
        initial.cat.id.clone(),
        initial.cat.prompts.clone(),
        initial.cat.built_in,
    );
    // While a removed topic is being taken off screen, keep its last state.
    let card = Memo::new(move |prev: Option<&Card>| {
        state
            .document
            .with(&read)
            .or_else(|| prev.cloned())
            .unwrap_or_else(|| initial.clone())
    });
    let column = |partner: usize| {
        view! {
            <fieldset class="b-col">
                <legend translate="no">{text(card, |c, p| c.names[p % 2].clone(), partner)}</legend>
                {(partner * 3..partner * 3 + 3).map(|i| text_field(card, errors, &cid, i)).collect_view()}
            </fieldset>
        }
    };
    // The topic's fields, in a form of their own (see `field_group`). The status picker comes after
    // the agreement, not before it: choosing "Agreed" adds a line and a button, which above it
    // pushed the picker just used, and the screen under it, down.
    let fields = (
        view! { <div class="b-cols">{column(0)}{column(1)}</div> },
        text_field(card, errors, &cid, AGREEMENT_BOX),
        status_row(card, &cid, rest),
    );
    Some(view! {
        <section class="b-cat" aria-labelledby=title_id(&cid)>
            <h2 id=title_id(&cid) tabindex="-1"><span translate="no">{text(card, title_if, 1)}</span>{text(card, title_if, 0)}</h2>
            <p translate=browser::translation(!built_in)>{text(card, |c, _| c.cat.about.clone(), 0)}</p>
            {(!prompts.is_empty()).then(|| view! {
                <div class="b-prompts no-print">
                    <p>{t(Msg::PromptsLead)}</p>
                    <ul>{prompts.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                </div>
            })}
            {field_group(fields)}
            {alert(errors, cid.clone())}
            {agreement_state(card, &cid)}
            {card_tools(card, &cid)}
        </section>
    })
}

/// The agreed wording's date and lock, where the couple stands (on paper), a way to open the
/// wording again, and the earlier wordings.
fn agreement_state(card: Memo<Card>, cid: &str) -> impl IntoView {
    view! {
        <p class="b-locked" id=locked_id(cid)>{text(card, |c, _| match c.cat.entry.agreed_on {
            Some(day) => f(Fmt::AgreedOn, &[("date", &day.to_string())]),
            None => String::new(),
        }, 0)}</p>
        <p class="print-only">{text(card, |c, _| {
            let e = &c.cat.entry;
            let mut line = f(Fmt::PrintStatus, &[("status", e.status.label())]);
            if let Some(day) = e.agreed_on {
                line.push(' ');
                line.push_str(&f(Fmt::PrintAgreedOn, &[("date", &day.to_string())]));
            }
            if let Some(day) = e.revisit_by {
                line.push_str(". ");
                line.push_str(&f(Fmt::PrintRevisit, &[("date", &day.to_string())]));
            }
            line
        }, 0)}</p>
        <div class="b-revisit no-print" hidden=flag(card, |c, _| c.cat.entry.agreed_on.is_none(), 0)>
            {button(card, cid, Control::Revisit, (t(Msg::Revisit), ""), false)}
        </div>
        <details class="b-history no-print" hidden=flag(card, |c, _| c.cat.entry.history.is_empty(), 0)>
            <summary>{text(card, |c, _| f(Fmt::EarlierWordings, &[("count", &c.cat.entry.history.len().to_string())]), 0)}</summary>
            <p class="b-text" translate="no">{text(card, |c, _| {
                c.cat.entry.history.iter().rev().map(|r| match r.agreed_on {
                    Some(day) => format!("{}\n{}", f(Fmt::EarlierAgreed, &[("agreed", &day.to_string()), ("reopened", &r.replaced_on.to_string())]), r.text),
                    None => format!("{}\n{}", f(Fmt::EarlierReopened, &[("reopened", &r.replaced_on.to_string())]), r.text),
                }).collect::<Vec<_>>().join("\n\n")
            }, 0)}</p>
        </details>
    }
}

/// The status picker and the day to look at the topic again.
///
/// The date field comes one task after the screen's first paint (`rest`): the first date field
/// of a page costs Chromium 40 to 60 ms at 4x (the field's inner parts, their styles and the
/// locale's date format are set up on first use), which a deep link paid before its first
/// field was usable, for a control that sits below the fold at the bottom of the first topic.
fn status_row(card: Memo<Card>, cid: &str, rest: RwSignal<bool>) -> impl IntoView {
    let ids = |control: Control| format!("b-{cid}-{}", control.key());
    let status = card.with_untracked(|c| c.cat.entry.status);
    let (cat, date_id) = (cid.to_owned(), ids(Control::RevisitBy));
    let date = move || {
        rest.get().then(|| {
            view! {
                <div class="field">
                    <label for=date_id.clone()>{t(Msg::RevisitBy)}</label>
                    <input type="date" id=date_id.clone() aria-describedby=error_id(&cat) data-cat=cat.clone() data-f=Control::RevisitBy.key()
                        prop:value=text(card, |c, _| c.cat.entry.revisit_by.map(|d| d.to_string()).unwrap_or_default(), 0)/>
                </div>
            }
        })
    };
    view! {
        <div class="b-row no-print">
            <div class="field">
                <label for=ids(Control::Status)>{t(Msg::StatusLabel)}</label>
                <select id=ids(Control::Status) autocomplete="off" aria-describedby=error_id(cid) data-cat=cid.to_owned() data-f=Control::Status.key() prop:value=text(card, |c, _| status_index(c.cat.entry.status), 0)>
                    {Status::ALL.iter().map(|&s| view! {
                        <option value=status_index(s) selected=s == status>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            {date}
        </div>
    }
}

/// Moving, hiding, renaming and removing (or resetting the name of) a topic.
fn card_tools(card: Memo<Card>, cid: &str) -> impl IntoView {
    let (built_in, title) = card.with_untracked(|c| (c.cat.built_in, c.cat.title.clone()));
    let rename_id = format!("b-{cid}-rename");
    view! {
        <div class="b-tools no-print">
            {button(card, cid, Control::Up, around(Fmt::MoveUp), true)}
            {button(card, cid, Control::Down, around(Fmt::MoveDown), true)}
            {button(card, cid, Control::Hide, around(Fmt::Hide), true)}
        </div>
        <details class="b-manage no-print">
            <summary>{t(Msg::Manage)}</summary>
            <form data-cat=cid.to_owned() data-f=Control::Rename.key()>
                <div class="field">
                    <label for=rename_id.clone()>{t(Msg::NewName)}</label>
                    <input type="text" id=rename_id autocomplete="off" aria-describedby=error_id(cid) maxlength=MAX_TITLE_CHARS value=title/>
                </div>
                <button type="submit">{t(Msg::SaveName)}</button>
            </form>
            {if built_in {
                button(card, cid, Control::Reset, (t(Msg::ResetName), ""), false).into_any()
            } else {
                remove_tools(card, cid).into_any()
            }}
        </details>
    }
}

/// "Remove this topic", asked on the page: the browser's own confirm dialog would hold the page
/// still while it is open, and with it the quick exit (neither its button nor Shift three times
/// reaches a page behind a native dialog). The question and its answers replace the button until
/// one is chosen; "Yes, remove it" is handled by [`act`] like every other control.
fn remove_tools(card: Memo<Card>, cid: &str) -> impl IntoView {
    let asking = RwSignal::new(false);
    let (ask_id, yes_id, question_id) = (
        format!("b-{cid}-ask-remove"),
        format!("b-{cid}-{}", Control::Remove.key()),
        format!("b-{cid}-remove-question"),
    );
    let (ask_again, yes, labelled_by) = (ask_id.clone(), yes_id, question_id.clone());
    view! {
        <button type="button" id=ask_id hidden=move || asking.get()
            on:click=move |_| {
                asking.set(true);
                let yes = yes.clone();
                request_animation_frame(move || browser::focus_id(&yes));
            }>
            {t(Msg::RemoveTopic)}
        </button>
        <div class="b-confirm" role="group" aria-labelledby=labelled_by hidden=move || !asking.get()>
            <p id=question_id>{t(Msg::RemoveConfirm)}</p>
            {button(card, cid, Control::Remove, (t(Msg::RemoveYes), ""), false)}
            <button type="button"
                on:click=move |_| {
                    asking.set(false);
                    let ask = ask_again.clone();
                    request_animation_frame(move || browser::focus_id(&ask));
                }>
                {t(Msg::RemoveKeep)}
            </button>
        </div>
    }
}

/// A button handled by [`act`], its text `before` and `after` the topic's title, which `named`
/// adds for screen readers only ("Move Money up").
fn button(
    card: Memo<Card>,
    cid: &str,
    control: Control,
    (before, after): (&'static str, &'static str),
    named: bool,
) -> impl IntoView {
    let (theirs, own) = (text(card, title_if, 1), text(card, title_if, 0));
    view! {
        <button type="button" id=format!("b-{cid}-{}", control.key()) data-cat=cid.to_owned() data-f=control.key()>
            {before}
            {named.then(|| view! { <span class="visually-hidden"><span translate="no">{theirs}</span>{own}</span> })}
            {after}
        </button>
    }
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
    // The agreed wording's box is described by the line saying it is locked, which comes after
    // the status picker: someone in the box hears why it cannot be changed.
    let described_by = if i == AGREEMENT_BOX {
        format!("{} {count_id} {}", error_id(&id), locked_id(cid))
    } else {
        format!("{} {count_id}", error_id(&id))
    };
    let initial = card.with_untracked(|c| box_text(c, i));
    let owner = match who {
        Side::A => Some(0),
        Side::B => Some(1),
        Side::Shared => None,
    };
    view! {
        <div class="field">
            <label for=id.clone()>
                {owner.map(|p| view! { <span class="b-who"><span translate="no">{text(card, |c, p| c.names[p % 2].clone(), p)}</span>": "</span> })}
                {field.label()}
            </label>
            <textarea id=id.clone() autocomplete="off" rows="3" maxlength=MAX_FIELD_CHARS aria-describedby=described_by data-cat=cid.to_string() data-f=key
                prop:value=initial readonly=flag(card, |c, i| i == AGREEMENT_BOX && c.cat.entry.agreed_on.is_some(), i)></textarea>
            <span class="counter" id=count_id>{text(card, |c, i| format!("{} / {MAX_FIELD_CHARS}", box_text(c, i).chars().count()), i)}</span>
            <p class="b-text print-only" translate="no">{text(card, box_text, i)}</p>
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
            <h2 id=MORE_HEADING_ID tabindex="-1">{t(Msg::OwnHeading)}</h2>
            <p>{t(Msg::OwnLead)}</p>
            <form data-cat="" data-f=Control::Add.key()>
                <div class="field">
                    <label for="b-new-title">{t(Msg::NewTopic)}</label>
                    <input type="text" id="b-new-title" autocomplete="off" aria-describedby=error_id("add") maxlength=MAX_TITLE_CHARS/>
                </div>
                <button type="submit">{t(Msg::AddTopic)}</button>
            </form>
            {alert(errors, "add".to_string())}
            {move || {
                let list = state.document.with(|d| d.boundaries.hidden());
                let (show_before, show_after) = around(Fmt::ShowAgain);
                (!list.is_empty()).then(|| view! {
                    <h3>{t(Msg::HiddenHeading)}</h3>
                    <p>{t(Msg::HiddenKept)}</p>
                    <ul class="b-hidden">
                        {list.into_iter().map(|c| {
                            let translate = browser::translation(c.title_is_theirs());
                            view! {
                                <li><button type="button" data-cat=c.id data-f=Control::Show.key()>{show_before}<span translate=translate>{c.title}</span>{show_after}</button></li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}

/// What a control on the worksheet is, read from its `data-f` attribute (the one handler on the
/// page, [`act`], finds the control by it). [`Control::key`] writes the attribute and
/// [`Control::parse`] reads it back, so the two cannot drift apart.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Control {
    /// Text box `i` of [`BOXES`].
    Box(usize),
    Status,
    RevisitBy,
    /// A link in the overview that moves focus to its topic.
    Jump,
    Print,
    Revisit,
    Up,
    Down,
    Hide,
    Show,
    Reset,
    Remove,
    Rename,
    Add,
}

/// Every control but the text boxes, with its `data-f` key.
const CONTROLS: [(Control, &str); 13] = [
    (Control::Status, "status"),
    (Control::RevisitBy, "revisit-by"),
    (Control::Jump, "jump"),
    (Control::Print, "print"),
    (Control::Revisit, "revisit"),
    (Control::Up, "up"),
    (Control::Down, "down"),
    (Control::Hide, "hide"),
    (Control::Show, "show"),
    (Control::Reset, "reset"),
    (Control::Remove, "remove"),
    (Control::Rename, "rename"),
    (Control::Add, "add"),
];

impl Control {
    /// The `data-f` value, also the end of the control's id.
    fn key(self) -> &'static str {
        match self {
            Control::Box(i) => BOXES[i % BOXES.len()].2,
            other => CONTROLS
                .iter()
                .find(|(c, _)| *c == other)
                .map_or("", |(_, k)| k),
        }
    }

    /// The control a `data-f` value names.
    fn parse(key: &str) -> Option<Control> {
        let boxes = BOXES
            .iter()
            .position(|(_, _, k)| *k == key)
            .map(Control::Box);
        boxes.or_else(|| CONTROLS.iter().find(|(_, k)| *k == key).map(|(c, _)| *c))
    }
}

/// The worksheet change an event on `control` asks for; `None` when it asks for none (an event
/// this control does not answer, or a control handled on the page itself).
fn change_for(
    kind: &str,
    control: Control,
    cat: &str,
    value: impl Fn() -> String,
) -> Option<Change> {
    let id = cat.to_owned();
    Some(match (kind, control) {
        ("input", Control::Box(i)) => {
            let (side, field, _) = BOXES[i % BOXES.len()];
            Change::Text {
                id,
                side,
                field,
                text: value(),
            }
        }
        ("change", Control::Status) => {
            let index = value().parse::<usize>().ok()?;
            Change::Status {
                id,
                status: *Status::ALL.get(index)?,
            }
        }
        // An empty box clears the date; the date picker gives nothing else that fails to parse.
        ("change", Control::RevisitBy) => Change::RevisitBy {
            id,
            day: Day::parse(&value()).ok(),
        },
        ("click", Control::Revisit) => Change::Revisit(id),
        ("click", Control::Up) => Change::MoveUp(id),
        ("click", Control::Down) => Change::MoveDown(id),
        ("click", Control::Hide) => Change::Hide(id),
        ("click", Control::Show) => Change::Show(id),
        ("click", Control::Reset) => Change::ResetTitle(id),
        // Asked on the page first (`remove_tools`): this is the answer "Yes, remove it".
        ("click", Control::Remove) => Change::Remove(id),
        ("submit", Control::Rename) => Change::Rename { id, title: value() },
        ("submit", Control::Add) => Change::Add { title: value() },
        _ => return None,
    })
}

/// Handles every input, change, click and submit on the worksheet: reads which control it was,
/// sends the matching [`Change`], shows a refusal next to the control, and moves focus where
/// the change needs it.
fn act(ev: &Event, errors: Errors) {
    // No form on the worksheet is ever sent anywhere, whichever control is in it.
    if ev.type_() == "submit" {
        ev.prevent_default();
    }
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("[data-f]").ok().flatten())
    else {
        return;
    };
    let kind = ev.type_();
    let cat = el.get_attribute("data-cat").unwrap_or_default();
    let Some(control) = el
        .get_attribute("data-f")
        .as_deref()
        .and_then(Control::parse)
    else {
        return;
    };
    match (kind.as_str(), control) {
        ("click", Control::Jump) => {
            ev.prevent_default();
            let target = title_id(&cat);
            // A topic not drawn yet (the rest of the sheet was asked for just now) is there a
            // frame later.
            if !browser::try_focus_id(&target) {
                request_animation_frame(move || {
                    browser::focus_id(&target);
                });
            }
        }
        // A frame later, so that a sheet opened a moment ago is printed whole.
        ("click", Control::Print) => request_animation_frame(browser::print),
        _ => {
            if let Some(change) = change_for(&kind, control, &cat, || control_value(&el)) {
                send(&el, control, &cat, change, errors);
            }
        }
    }
}

/// The id of a topic's heading, where focus goes to show the topic.
fn title_id(cat: &str) -> String {
    format!("b-{cat}-title")
}

/// The id of the refusal line of `slot` (a box's id, a topic's id, or "add"; see [`send`]),
/// which describes the controls whose refusals it shows.
fn error_id(slot: &str) -> String {
    format!("{slot}-error")
}

/// The id of the line saying when a topic's wording was agreed, which describes its locked box.
fn locked_id(cat: &str) -> String {
    format!("b-{cat}-locked")
}

/// The value of a text box, date, select, or the text input inside a form.
fn control_value(el: &Element) -> String {
    if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else {
        form_input(el).map(|i| i.value()).unwrap_or_default()
    }
}

/// The text input of a form control (rename, add).
fn form_input(el: &Element) -> Option<HtmlInputElement> {
    el.query_selector("input").ok().flatten()?.dyn_into().ok()
}

/// Sends `change` and answers on screen: clears or shows the refusal next to the control, empties
/// the form that added a topic, and puts focus where the change leaves the person.
fn send(el: &Element, control: Control, cat: &str, change: Change, errors: Errors) {
    // Where a refusal is shown, and where focus goes after success.
    let (slot, focus) = match control {
        Control::Box(_) => (format!("b-{cat}-{}", control.key()), None),
        Control::Revisit => (cat.to_owned(), Some(format!("b-{cat}-agreement"))),
        Control::Up | Control::Down => (cat.to_owned(), Some(format!("b-{cat}-{}", control.key()))),
        Control::Hide | Control::Remove => (cat.to_owned(), Some(MORE_HEADING_ID.to_owned())),
        Control::Show => (cat.to_owned(), Some(title_id(cat))),
        Control::Add => ("add".to_owned(), None),
        _ => (cat.to_owned(), None),
    };
    match AppState::get().apply(change) {
        Ok(made) => {
            // Every box and topic has a refusal line that follows this signal (over a hundred
            // with the usual topics): setting it wakes each of them, so only when one shows.
            if errors.with_untracked(Option::is_some) {
                errors.set(None);
            }
            let added = match made {
                Made::Added(id) => {
                    if let Some(input) = form_input(el) {
                        input.set_value("");
                    }
                    Some(title_id(&id))
                }
                _ => None,
            };
            if let Some(target) = added.or(focus) {
                // The topics may have been redrawn, which drops focus; put it where it belongs.
                request_animation_frame(move || browser::focus_id(&target));
            }
        }
        Err(e) => {
            if control == Control::Status {
                // The select shows the refused choice; put back the stored one.
                let stored = AppState::get()
                    .document
                    .with_untracked(|d| d.boundaries.topic(cat).map(|c| c.entry.status));
                if let (Some(select), Some(s)) = (el.dyn_ref::<HtmlSelectElement>(), stored) {
                    select.set_value(&status_index(s));
                }
            }
            let message = match (control, e) {
                (Control::Status, FieldError::Empty { .. }) => t(Msg::AgreeFirst).to_string(),
                (_, e) => e.to_string(),
            };
            errors.set(Some((slot, message)));
        }
    }
}
