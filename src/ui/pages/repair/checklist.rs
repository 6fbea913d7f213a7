//! The phases with their steps, and the self-trust list. Both use the same tickable row.

use super::{bar, done_line, error_line, list, send, Block, Item};
use crate::domain::assessment::Role;
use crate::domain::repair::{
    commitment_note, self_trust_intro, Change, Doer, List, Phase, Related, StepView, Tick,
    MAX_NOTE_CHARS, MAX_STEP_CHARS, PHASES, SELF_TRUST,
};
use crate::domain::route::Route;
use crate::i18n::repair::{around, f, t, Fmt, Msg};
use crate::ui::browser;
use crate::ui::components::field_group::field_group;
use crate::ui::rehearse::{click, rehearse, type_into};
use crate::ui::state::AppState;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use std::sync::atomic::AtomicBool;

/// Where the safety text lives in its phase, so the link near the top can move focus to it.
const SAFETY_ID: &str = "safety-help";

/// The safety text drawn under the link near the top when it is followed before the phase that
/// holds it is there (see [`checklist`]).
const SAFETY_NOW_ID: &str = "safety-help-now";

/// The side named in the link that opened the checklist (`#/repair?steps=was-hurt`, as the
/// assessment's results link), if any: the checklist starts on that person's steps.
fn linked_side() -> Option<Role> {
    let hash = browser::current_hash();
    let slug = hash
        .split_once("steps=")
        .map(|(_, rest)| rest.split('&').next().unwrap_or_default())?;
    Role::ALL
        .iter()
        .copied()
        .find(|r| r.slug() == slug && matches!(r, Role::WasHurt | Role::BrokeTrust))
}

/// Overall progress, a way to safety help, whose steps to show, then one section per phase.
///
/// `rest` turns true once what is below the phases is to be drawn
/// ([`rest_after_first_paint`](crate::ui::components::first_paint::rest_after_first_paint)),
/// which fetches the screen's later part; `late` once that part is there, with the text of the
/// phases after the first, which are drawn then. The link to the safety text moves focus to it
/// in its phase; before that phase is there (or if it cannot be downloaded) it draws the safety
/// text at once under the link, whose words are all in this first part: safety never waits for
/// a download. That copy then stays where focus went, and the phase leaves out its own.
pub fn checklist(rest: RwSignal<bool>, late: RwSignal<bool>) -> impl IntoView {
    let state = AppState::get();
    let overall = Memo::new(move |_| state.document.with(|d| d.repair.overall_progress()));
    // Only a view: which steps are shown first. Every step stays one choice away.
    let first = linked_side();
    let (first_before, first_after) = around(Fmt::SafetyLinkFirst);
    let (help_before, help_after) = around(Fmt::SafetyLinkHelp);
    let (role, set_role) = signal(first);
    // Set by the safety link when the phase holding the safety text is not there yet.
    let safety_now = RwSignal::new(false);
    // The first tick and note of a visit, rehearsed on a copy of the first phase (see
    // `ui::rehearse`): tick, type in its note, untick.
    if let Some(first_phase) = PHASES.first() {
        static ONCE: AtomicBool = AtomicBool::new(false);
        rehearse(
            &ONCE,
            move || phase_section(first_phase, signal(None).0, RwSignal::new(false)),
            |host| {
                click(host, "input[type=checkbox]");
                type_into(host, "textarea");
            },
        );
    }
    view! {
        <p>{commitment_note()}</p>
        {bar(t(Msg::OverallLabel), overall.into())}
        <p class="r-safety-link">
            {first_before}
            <a href=Route::Repair.href() on:click=move |ev| {
                ev.prevent_default();
                if !late.get_untracked() {
                    rest.set(true);
                    safety_now.set(true);
                }
                // Once drawn at the top, that copy stays the only one (see `phase_section`).
                let id = if safety_now.get_untracked() { SAFETY_NOW_ID } else { SAFETY_ID };
                request_animation_frame(move || browser::focus_id(id));
            }>{t(Msg::SafetyLinkText)}</a>
            {first_after}" "{help_before}<a href=Route::Help.href()>{t(Msg::HelpPageLink)}</a>{help_after}
        </p>
        {move || safety_now.get().then(|| safety_text(SAFETY_NOW_ID, true))}
        <div class="field">
            <label for="r-whose">{t(Msg::WhoseLabel)}</label>
            <select id="r-whose" autocomplete="off" on:change:target=move |ev| {
                let slug = ev.target().value();
                set_role.set(Role::ALL.iter().copied().find(|r| r.slug() == slug));
            }>
                <option value="" selected=first.is_none()>{t(Msg::WhoseEveryone)}</option>
                <option value=Role::WasHurt.slug() selected=first == Some(Role::WasHurt)>{t(Msg::WhoseHurt)}</option>
                <option value=Role::BrokeTrust.slug() selected=first == Some(Role::BrokeTrust)>{t(Msg::WhoseBroke)}</option>
            </select>
        </div>
        {list(Signal::derive(move || {
            let shown = if late.get() { PHASES.len() } else { 1 };
            (0..shown).map(|i| Item::Block(Block::Phase(i, role, safety_now))).collect()
        }))}
    }
}

/// One phase: its intro, related help, progress, steps, hidden steps and a form for your own.
/// `safety_at_top` is true when the safety text was already drawn under the link near the top:
/// the phase then leaves its own copy out, so the screen never shows (and a screen reader never
/// reads) the same safety text twice. It can only turn true before the later phases are drawn,
/// and never turns back, so it is read once.
pub(super) fn phase_section(
    phase: &'static Phase,
    role: ReadSignal<Option<Role>>,
    safety_at_top: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::get();
    let steps = Memo::new(move |_| state.document.with(|d| d.repair.steps(phase.id)));
    let progress = Memo::new(move |_| state.document.with(|d| d.repair.phase_progress(phase.id)));
    let heading = format!("phase-{}", phase.id);
    let labelled_by = heading.clone();
    let related = phase.related.iter().map(|r| match r {
        Related::BoundaryWorksheet => Either::Left(view! {
            <p><a href=Route::Boundaries.href()>{r.label()}</a></p>
        }),
        Related::SafetyHelp => {
            Either::Right((!safety_at_top.get_untracked()).then(|| safety_text(SAFETY_ID, false)))
        }
    });
    view! {
        <section class="r-phase" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1">{phase.title()}</h2>
            <p>{phase.intro()}</p>
            {related.collect_view()}
            {bar("", progress.into())}
            // The steps and their notes in a form of their own (see `field_group`).
            {field_group(view! {
                <ul class="r-steps">
                    {list(Signal::derive(move || {
                        let role = role.get();
                        steps.get().into_iter()
                            .filter(|s| !s.hidden && role.is_none_or(|r| r.owns_step(s.who)))
                            .map(|s| Item::Step(s, steps)).collect()
                    }))}
                </ul>
            })}
            <details class="r-hidden" prop:hidden=move || steps.with(|v| !v.iter().any(|s| s.hidden))>
                <summary>{t(Msg::HiddenSteps)}</summary>
                <ul>
                    {list(Signal::derive(move || steps.get().into_iter().filter(|s| s.hidden).map(Item::Hidden).collect()))}
                </ul>
            </details>
            {add_step(phase.id)}
        </section>
    }
}

/// Safety first: what to do if you are afraid of your partner, the way to the support lines and
/// how to leave at once, focusable by `id`; its heading is a section's of its own at the top of
/// the screen (`top`) or a part of its phase's. Every word of it is in the checklist's first part.
fn safety_text(id: &'static str, top: bool) -> impl IntoView {
    let heading = Related::SafetyHelp.label();
    view! {
        <div class="r-safety" id=id tabindex="-1">
            {if top { Either::Left(view! { <h2>{heading}</h2> }) } else { Either::Right(view! { <h3>{heading}</h3> }) }}
            <p>{t(Msg::SafetyText)}</p>
            <p><a href=Route::Help.href()>{t(Msg::CrisisLines)}</a></p>
            <p>{t(Msg::ExitNote)}</p>
        </div>
    }
}

/// A visible step of a phase; its tick is read from the phase's steps.
pub(super) fn step_row(step: StepView, steps: Memo<Vec<StepView>>) -> impl IntoView {
    let id = step.id.clone();
    let tick = Signal::derive(move || {
        steps.with(|v| v.iter().find(|x| x.id == id).and_then(|x| x.tick.clone()))
    });
    row(List::Steps, step, tick)
}

/// A hidden step with a button to show it again.
pub(super) fn hidden_row(step: StepView) -> impl IntoView {
    let state = AppState::get();
    let StepView {
        id, text, custom, ..
    } = step;
    view! {
        // A step of their own is their words, in its text and the button's name (see
        // `browser::translation`).
        <li translate=browser::translation(custom)>
            {text.clone()}" "
            <button type="button" aria-label=f(Fmt::ShowAgainLabel, &[("step", &text)]) on:click=move |ev| {
                send_taking_row(state, &ev, Change::Show(id.clone()));
            }>{t(Msg::ShowAgain)}</button>
        </li>
    }
}

/// Sends `change`, made by `ev`'s button, which takes the button's own row (`li`) away. Focus
/// would fall to the page: in the frame after the change it goes to the button of the next row,
/// else of the previous one, else the section's `h2` (`tabindex="-1"`). Found in the DOM before
/// the change: a row knows nothing of its neighbours, and each of these rows has one button.
pub(super) fn send_taking_row(state: AppState, ev: &web_sys::Event, change: Change) {
    use wasm_bindgen::JsCast;
    let found = |e: Option<web_sys::Element>, css| e?.query_selector(css).ok().flatten();
    let row = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|b| b.closest("li").ok().flatten());
    let row_gone = row.clone();
    let to = row.and_then(|r| {
        found(r.next_element_sibling(), "button")
            .or_else(|| found(r.previous_element_sibling(), "button"))
            .or_else(|| found(r.closest("section").ok().flatten(), "h2"))
    });
    let _ = send(state, change);
    request_animation_frame(move || {
        // Only if the row went: a change refused, or that changed nothing, leaves it in place.
        if row_gone.is_some_and(|row| !row.is_connected()) {
            if let Some(el) = to.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
    });
}

/// A form to add your own step to a phase.
fn add_step(phase_id: &'static str) -> impl IntoView {
    let state = AppState::get();
    let (text, set_text) = signal(String::new());
    let (who, set_who) = signal(Doer::Both);
    let (error, set_error) = signal(None::<String>);
    let [text_id, who_id, error_id, done_id] =
        ["new-step", "new-who", "new-error", "new-done"].map(|p| format!("{p}-{phase_id}"));
    let said_in = done_id.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let result = send(
            state,
            Change::AddStep {
                phase: phase_id.to_owned(),
                text: text.get_untracked(),
                doer: who.get_untracked(),
            },
        );
        let said = match result {
            Ok(_) => {
                set_text.set(String::new());
                t(Msg::StepAdded)
            }
            Err(_) => "",
        };
        browser::set_text(&said_in, said);
        set_error.set(result.err().map(|e| e.to_string()));
    };
    view! {
        <details class="r-add">
            <summary>{t(Msg::AddOwn)}</summary>
            // Not remembered by the browser, as every field of Mend (see `field_group`).
            <form autocomplete="off" novalidate on:submit=submit>
                <div class="field">
                    <label for=text_id.clone()>{t(Msg::YourStep)}</label>
                    <input type="text" id=text_id maxlength=MAX_STEP_CHARS aria-describedby=error_id.clone()
                        prop:value=text on:input:target=move |ev| set_text.set(ev.target().value())/>
                </div>
                <div class="field">
                    <label for=who_id.clone()>{t(Msg::WhoDoesIt)}</label>
                    <select id=who_id autocomplete="off" on:change:target=move |ev| {
                        let index = ev.target().selected_index();
                        set_who.set(usize::try_from(index).ok().and_then(|i| Doer::ALL.get(i).copied()).unwrap_or(Doer::Both));
                    }>
                        {Doer::ALL.map(|w| view! { <option selected=w == Doer::Both>{w.label()}</option> })}
                    </select>
                </div>
                {error_line(error_id, error)}
                <button type="submit">{t(Msg::AddStep)}</button>
                {done_line(done_id)}
            </form>
        </details>
    }
}

/// The self-trust list, for each of you on your own (built in the checklist's later part).
pub(super) fn self_trust() -> impl IntoView {
    let state = AppState::get();
    let items = Memo::new(move |_| state.document.with(|d| d.repair.self_trust()));
    let progress = Memo::new(move |_| state.document.with(|d| d.repair.self_trust_progress()));
    let rows = SELF_TRUST.iter().map(move |item| {
        let tick = Signal::derive(move || {
            items.with(|v| {
                v.iter()
                    .find(|x| x.item.id == item.id)
                    .and_then(|x| x.tick.clone())
            })
        });
        let view = StepView {
            id: item.id.to_owned(),
            who: Doer::Both,
            text: item.text().to_owned(),
            why: Some(item.why()),
            done_when: None,
            custom: false,
            hidden: false,
            tick: None,
        };
        row(List::SelfTrust, view, tick)
    });
    view! {
        <section class="r-phase" aria-labelledby="self-trust-heading">
            <h2 id="self-trust-heading">{t(Msg::SelfTrustHeading)}</h2>
            <p>{self_trust_intro()}</p>
            {bar("", progress.into())}
            {field_group(view! { <ul class="r-steps">{rows.collect_view()}</ul> })}
        </section>
    }
}

/// One tickable line: who does it, the step as the checkbox label, why it matters, the day it
/// was done, and a note. A note typed before ticking is kept on screen and saved with the tick.
fn row(list: List, step: StepView, tick: Signal<Option<Tick>>) -> impl IntoView {
    let state = AppState::get();
    let [box_id, note_id, error_id] = ["tick", "note", "error"].map(|p| format!("{p}-{}", step.id));
    let (draft, set_draft) = signal(
        tick.with_untracked(|t| t.as_ref().map(|t| t.note.clone()))
            .unwrap_or_default(),
    );
    let (error, set_error) = signal(None::<String>);
    let id = StoredValue::new(step.id);
    // Ticking again keeps the first day and replaces the note, so it also saves note edits.
    let save = move |done: bool, note: &str| {
        let id = id.get_value();
        let change = if done {
            Change::Tick {
                list,
                id,
                note: note.to_owned(),
            }
        } else {
            Change::Untick { list, id }
        };
        let result = send(state, change);
        set_error.set(result.as_ref().err().map(ToString::to_string));
        result.is_ok()
    };
    let remove = move |ev: leptos::ev::MouseEvent| {
        send_taking_row(state, &ev, Change::TakeOff(id.get_value()));
    };
    let about = step.why.map(|why| {
        view! {
            <details>
                <summary>{t(Msg::WhyMatters)}</summary>
                <p>{why}</p>
                {step.done_when.map(|d| view! { <p><strong>{t(Msg::DoneWhen)}" "</strong>{d}</p> })}
            </details>
        }
    });
    let (action, action_label) = if step.custom {
        (Msg::RemoveStep, Fmt::RemoveLabel)
    } else {
        (Msg::HideStep, Fmt::HideLabel)
    };
    let action = t(action);
    let translate = browser::translation(step.custom); // as in `hidden_row`
    let [note_name, action_name] =
        [Fmt::NoteLabel, action_label].map(|m| f(m, &[("step", &step.text)]));
    view! {
        <li class="r-step" translate=translate>
            {(list == List::Steps).then(|| view! { <p class="r-who">{step.who.label()}</p> })}
            <div class="r-check">
                <input type="checkbox" id=box_id.clone() aria-describedby=error_id.clone()
                    prop:checked=move || tick.with(Option::is_some)
                    on:change:target=move |ev| {
                        let done = ev.target().checked();
                        if !save(done, &draft.get_untracked()) {
                            ev.target().set_checked(!done);
                        }
                    }/>
                <label for=box_id>{step.text}</label>
            </div>
            <p class="r-done">{move || tick.with(|t| t.as_ref().map(|t| f(Fmt::DoneOn, &[("date", &t.done_on.to_string())])))}</p>
            {about}
            <div class="field">
                <label for=note_id.clone()>{t(Msg::Note)}</label>
                <textarea id=note_id autocomplete="off" aria-label=note_name rows="2" maxlength=MAX_NOTE_CHARS aria-describedby=error_id.clone()
                    prop:value=draft on:input:target=move |ev| {
                        let note = ev.target().value();
                        if tick.with_untracked(Option::is_some) {
                            save(true, &note);
                        }
                        set_draft.set(note);
                    }></textarea>
            </div>
            {error_line(error_id, error)}
            {(list == List::Steps).then(|| view! {
                <button type="button" class="r-small" aria-label=action_name on:click=remove>{action}</button>
            })}
        </li>
    }
}
