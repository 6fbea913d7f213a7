//! One step of the questionnaire (the private safety check, or one area), and the hand-over.

use super::safety::safety_panel;
use super::{send, InMemory};
use crate::domain::assessment::safety::{safety_intro, safety_privacy, safety_title};
use crate::domain::assessment::{
    not_applicable_label, role_explained, role_question, scale_labels, skip_label, Answer, Area,
    Change, Item, Mode, Role, SafetyAnswer, SafetyCheck, Step, SAFETY_ITEMS, STEP_COUNT,
};
use crate::domain::change::Made;
use crate::domain::couple::Partner;
use crate::domain::route::Route;
use crate::i18n::assessment::{around, f, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::ui::browser;
use crate::ui::components::field_group::field_group;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Which view a step needs: moving between two areas keeps the same view and changes what it
/// says; any other move draws the next step anew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Safety,
    Role,
    Areas,
}

impl Kind {
    fn of(step: Step) -> Kind {
        match step {
            Step::Safety => Kind::Safety,
            Step::Role => Kind::Role,
            Step::Area(_) => Kind::Areas,
        }
    }
}

/// The steps for `person`, with progress, back and next. The step shown follows the run in the
/// document. Next and Back between two areas change the words, names and ticks of the same
/// statements in place instead of taking one step's sixty-odd controls down and building the
/// next one's: that rebuild was most of the time a click took (issue #13).
pub fn steps(person: Partner, viewing: RwSignal<Option<u64>>) -> impl IntoView {
    let state = AppState::get();
    let together = state.document.with_untracked(|d| {
        d.assessment
            .in_progress
            .as_ref()
            .is_some_and(|s| s.mode == Mode::Together)
    });
    let who = state.document.with_untracked(|d| d.couple.name(person));
    // The run's step; kept when the run ends, while the screen that follows replaces this one.
    let index = Memo::new(move |previous: Option<&usize>| {
        state
            .document
            .with(|d| d.assessment.in_progress.as_ref().map(|s| s.step))
            .or(previous.copied())
            .unwrap_or(0)
            .min(STEP_COUNT - 1)
    });
    let step = Memo::new(move |_| Step::at(index.get()).unwrap_or(Step::Safety));
    let kind = Memo::new(move |_| Kind::of(step.get()));
    let area = Memo::new(move |previous: Option<&Area>| match step.get() {
        Step::Area(area) => area,
        _ => previous.copied().unwrap_or(Area::Honesty),
    });
    let on_safety = move || kind.get() == Kind::Safety;
    let memory = InMemory::get();
    let next = move |_| {
        browser::release_focus();
        if let Ok(Made::Finished(id)) = send(state, Change::Next) {
            memory.stopped.set(false);
            viewing.set(Some(id));
        }
        request_animation_frame(|| browser::focus_id("step-title"));
    };
    let back = move |_| {
        browser::release_focus();
        let _ = send(state, Change::Back);
        request_animation_frame(|| browser::focus_id("step-title"));
    };
    let progress_label = move || {
        let shown = (index.get() + 1).to_string();
        let count = STEP_COUNT.to_string();
        if together {
            f(
                Fmt::StepProgressWho,
                &[("who", &who), ("shown", &shown), ("count", &count)],
            )
        } else {
            f(Fmt::StepProgress, &[("shown", &shown), ("count", &count)])
        }
    };
    let body = move || match kind.get() {
        Kind::Safety => safety_step().into_any(),
        Kind::Role => role_step(person).into_any(),
        Kind::Areas => area_step(area).into_any(),
    };
    view! {
        <div class="progress-line">
            <label for="assessment-progress" translate=browser::translation(together)>{progress_label}</label>
            <progress id="assessment-progress" max=STEP_COUNT.to_string() value=move || (index.get() + 1).to_string()></progress>
        </div>
        {field_group(body)}
        <div class="step-nav">
            <button type="button" on:click=back disabled=move || index.get() == 0>{t(Msg::StepBack)}</button>
            <button type="button" class="primary" on:click=next>
                {move || t(if index.get() + 1 == STEP_COUNT { Msg::StepSeeResults } else { Msg::StepNext })}
            </button>
        </div>
        // The safety step says where its answers go (nowhere); this line is for the statements.
        {move || (!on_safety()).then(|| view! { <p class="muted">{t(Msg::StepSaved)}</p> })}
        // After the step's buttons, so the keyboard path through the questions stays the same.
        {move || on_safety().then(|| {
            let (before, after) = around(Fmt::StepHelp);
            view! {
                <p class="muted">{before}<a href=Route::Help.href()>{t(Msg::StepHelpLink)}</a>{after}</p>
            }
        })}
        {stop_privately(together)}
    }
}

/// "Stop privately", offered at every step and at the hand-over: ends the questionnaire at once
/// for both partners, keeps nothing of it and shows a neutral screen.
fn stop_privately(together: bool) -> impl IntoView {
    let state = AppState::get();
    let memory = InMemory::get();
    let explain = if together {
        t(Msg::StopExplainTogether)
    } else {
        t(Msg::StopExplainAlone)
    };
    view! {
        <div class="stop-privately no-print">
            <p class="muted">{explain}</p>
            <button type="button" on:click=move |_| memory.stop_privately(state)>{t(Msg::StopButton)}</button>
        </div>
    }
}

/// After "Stop privately": a calm, neutral screen with nothing of anyone's answers on it.
pub fn stopped() -> impl IntoView {
    let memory = InMemory::get();
    view! {
        <h2 id="step-title" tabindex="-1">{t(Msg::StoppedTitle)}</h2>
        <p>{t(Msg::StoppedNothingKept)}</p>
        <p>{t(Msg::StoppedTakeTime)}</p>
        <p><a href=Route::Home.href()>{crate::ui::i18n::catalogue_now().text(Shell::NotFoundHome)}</a></p>
        <p>
            <button type="button" on:click=move |_| {
                memory.stopped.set(false);
                request_animation_frame(|| browser::focus_id(crate::ui::components::page_title::PAGE_TITLE_ID));
            }>{t(Msg::StoppedBack)}</button>
        </p>
    }
}

/// The private safety check: read from and written to the page's in-memory [`SafetyCheck`],
/// never the document, so it is never saved, scored or shown to the other partner.
fn safety_step() -> impl IntoView {
    let state = AppState::get();
    let check = InMemory::get().check;
    // This step goes when the person moves on, goes back, hands over or stops: so do the answers.
    // Untracked: what showed them is being torn down and must not re-run; the next view reads the
    // emptied check when it is built. `try_`, since on leaving the page the check goes first.
    on_cleanup(move || {
        check.try_update_untracked(|check| {
            check.forget();
        });
    });
    let concern = Memo::new(move |_| check.with(SafetyCheck::is_concerning));
    // "Prefer not to say" is an answer too: it gets a quiet way to help, never a question why.
    let held_back = Memo::new(move |_| {
        check.with(|c| {
            !c.is_concerning()
                && SAFETY_ITEMS
                    .iter()
                    .any(|i| c.get(i.id) == Some(SafetyAnswer::PreferNotToSay))
        })
    });
    let together_a = move || {
        state.document.with(|d| {
            d.assessment
                .in_progress
                .as_ref()
                .is_some_and(|s| s.mode == Mode::Together && s.current_person() == Some(Partner::A))
        })
    };
    view! {
        <h2 id="step-title" tabindex="-1">{safety_title()}</h2>
        <p>{safety_intro()}</p>
        <p><strong>{safety_privacy()}</strong></p>
        {SAFETY_ITEMS.iter().map(|item| {
            let id = item.id;
            view! {
                <fieldset class="item">
                    <legend>{item.text()}</legend>
                    <div class="options options-3">
                        {SafetyAnswer::ALL.iter().map(|&answer| {
                            let checked = move || check.with(|c| c.get(id) == Some(answer));
                            view! {
                                <label class="option">
                                    <input type="radio" name=format!("s-{id}") prop:checked=checked
                                        on:change=move |_| check.update(|c| { c.answer(id, answer); })/>
                                    <span>{answer.label()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            }
        }).collect_view()}
        <div aria-live="polite">
            {move || held_back.get().then(|| view! {
                <section class="safety-panel" role="region" aria-labelledby="held-back-title">
                    <h3 id="held-back-title">{t(Msg::HeldBackTitle)}</h3>
                    <p>{t(Msg::HeldBackBody)}</p>
                    <p><a href=Route::Help.href()>{t(Msg::HeldBackLink)}</a></p>
                </section>
            })}
            {move || concern.get().then(|| view! {
                {safety_panel()}
                <Show when=together_a>
                    <p>
                        {t(Msg::ContinueAloneNote)}" "
                        // Goes with this choice: focus goes to the step's title.
                        <button type="button" on:click=move |_| {
                            let _ = send(state, Change::ContinueAlone);
                            request_animation_frame(|| browser::focus_id("step-title"));
                        }>
                            {t(Msg::ContinueAloneButton)}
                        </button>
                    </p>
                </Show>
            })}
        </div>
    }
}

/// "Which of these fits you best?": saved with the answers, and only changes which suggestions
/// come first.
fn role_step(person: Partner) -> impl IntoView {
    let state = AppState::get();
    // The role alone: the radios re-run when it changes, not at every change of the document.
    let chosen = Memo::new(move |_| {
        state.document.with(|d| {
            d.assessment
                .in_progress
                .as_ref()
                .and_then(|s| s.role(person))
        })
    });
    view! {
        <h2 id="step-title" tabindex="-1">{t(Msg::RoleTitle)}</h2>
        <fieldset class="role">
            <legend>{role_question()}</legend>
            <div class="options options-role">
                {Role::ALL.iter().map(|&role| {
                    let checked = move || chosen.get() == Some(role);
                    view! {
                        <label class="option">
                            <input type="radio" name="role" value=role.slug() prop:checked=checked
                                on:change=move |_| { let _ = send(state, Change::Role(role)); }/>
                            <span>{role.label()}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <p class="muted">{role_explained()}" "{t(Msg::RoleOptional)}</p>
    }
}

/// The statements of the area `area` names, each a labelled radio group on the 7-point scale
/// plus skip (and "does not apply" where it may not). Drawn once for every area: each place holds
/// the area's statement at that position, and a place with none (a shorter area) is not drawn.
fn area_step(area: Memo<Area>) -> impl IntoView {
    view! {
        <h2 id="step-title" tabindex="-1">{move || area.get().title()}</h2>
        <p>{move || area.get().intro()}</p>
        {(0..Area::most_items()).map(|place| statement(area, place)).collect_view()}
    }
}

/// The place `place` of an area step: the area's statement at that position, if it has one.
fn statement(area: Memo<Area>, place: usize) -> impl IntoView {
    let state = AppState::get();
    let item = Memo::new(move |_| area.get().items().nth(place).copied());
    let present = Memo::new(move |_| item.with(Option::is_some));
    let id = move || item.with(|i| i.map_or("", |i| i.id));
    // This statement's answer alone: answering another statement re-runs this memo, but
    // none of this statement's radios.
    let chosen = Memo::new(move |_| {
        let id = item.with(|i| i.map(|i| i.id))?;
        state.document.with(|d| {
            d.assessment
                .in_progress
                .as_ref()
                .and_then(|s| s.current_answer(id))
        })
    });
    let may_not_apply = Memo::new(move |_| item.with(|i| i.is_some_and(|i| i.may_not_apply)));
    let name = move || format!("q-{}", id());
    let option = move |answer: Answer, label: &'static str| {
        let checked = move || chosen.get() == Some(answer);
        // A fixed class, set once (no class-list calls).
        let class = if matches!(answer, Answer::Skipped | Answer::NotApplicable) {
            "option skip"
        } else {
            "option"
        };
        view! {
            <label class=class>
                <input type="radio" name=name value=value_of_answer(answer) prop:checked=checked/>
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <Show when=move || present.get()>
            <fieldset class="item">
                <legend>{move || item.with(|i| i.as_ref().map(Item::text))}</legend>
                // One listener for the statement's radios, not one each: a change bubbles up
                // with the chosen radio's value.
                <div class="options" on:change=move |ev| {
                    let Some(id) = item.with_untracked(|i| i.map(|i| i.id)) else { return };
                    if let Some(answer) = answer_of_value(&event_target_value(&ev)) {
                        let _ = send(state, Change::Answer { item: id, answer });
                    }
                }>
                    {scale_labels()
                        .into_iter()
                        .enumerate()
                        .filter_map(|(i, label)| Answer::rating(i as u8 + 1).map(|a| option(a, label)))
                        .collect_view()}
                    {move || may_not_apply.get().then(|| option(Answer::NotApplicable, not_applicable_label()))}
                    {option(Answer::Skipped, skip_label())}
                </div>
            </fieldset>
        </Show>
    }
}

/// A radio's value for `answer`: the rating's digit, `na` or `skip`.
fn value_of_answer(answer: Answer) -> &'static str {
    match answer {
        Answer::Rating(n) => ["1", "2", "3", "4", "5", "6", "7"]
            .get(usize::from(n).wrapping_sub(1))
            .copied()
            .unwrap_or(""),
        Answer::NotApplicable => "na",
        Answer::Skipped => "skip",
    }
}

/// The answer a radio's value stands for (see [`value_of_answer`]).
fn answer_of_value(value: &str) -> Option<Answer> {
    match value {
        "na" => Some(Answer::NotApplicable),
        "skip" => Some(Answer::Skipped),
        digit => digit.parse().ok().and_then(Answer::rating),
    }
}

/// Between the partners: the first person's answers are out of sight; the second starts fresh.
pub fn hand_over() -> impl IntoView {
    let state = AppState::get();
    let (a, b) = state
        .document
        .with_untracked(|d| (d.couple.name(Partner::A), d.couple.name(Partner::B)));
    let b_for_button = b.clone();
    view! {
        <h2 id="step-title" tabindex="-1">{t(Msg::HandOverTitle)}</h2>
        // Named after the partners, as `steps`' progress line is when taken together (see
        // `browser::translation`).
        <p translate="no">{f(Fmt::HandOverThanks, &[("a", &a), ("b", &b)])}</p>
        <p translate="no">{f(Fmt::HandOverNext, &[("a", &a), ("b", &b)])}</p>
        <button type="button" class="primary" translate="no" on:click=move |_| {
            browser::release_focus();
            let _ = send(state, Change::HandOverDone);
            request_animation_frame(|| browser::focus_id("step-title"));
        }>{f(Fmt::HandOverButton, &[("b", &b_for_button)])}</button>
        <p class="muted">{f(Fmt::HandOverNames, &[("a", Partner::A.default_name()), ("b", Partner::B.default_name())])}</p>
        {stop_privately(true)}
    }
}
