//! Repair checklist: the steps of rebuilding trust by phase, a self-trust list for each of you,
//! small promises kept or missed, and regular check-ins with their trend.

mod check_ins;
mod checklist;
mod lower;
mod promises;

use crate::domain::assessment::Role;
use crate::domain::change::Made;
use crate::domain::edit::FieldError;
use crate::domain::repair::{intro, Change, Progress, SavedCheckIn, StepView, PHASES};
use crate::i18n::repair::{f, Fmt};
use crate::i18n::Msg as Shell;
use crate::ui::components::chart::{draw, ChartData};
use crate::ui::components::first_paint::rest_after_first_paint;
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// The repair checklist screen.
#[component]
pub fn RepairPage() -> impl IntoView {
    crate::ui::styles::add(crate::ui::styles::REPAIR);
    let rest = rest_after_first_paint();
    let late = RwSignal::new(false);
    view! {
        <PageTitle text=crate::ui::i18n::catalogue_now().text(Shell::ToolRepairName)/>
        // A keyed list whose rows are built once and never patched in place, so no rebuild code
        // is generated for the whole tree: a large saving in wasm size. The second row,
        // everything below the phases, comes one task after the first paint: it fetches the
        // screen's later part, whose arrival (`late`) brings the phases after the first.
        {list(Signal::derive(move || {
            let mut blocks = vec![Item::Block(Block::Top(rest, late))];
            if rest.get() {
                blocks.push(Item::Block(Block::Below(late)));
            }
            blocks
        }))}
    }
}

/// Sends one change to the repair plan (see [`AppState::apply`]) and returns the domain's answer.
fn send(state: AppState, change: Change) -> Result<Made, FieldError> {
    state.apply(change)
}

/// A progress bar with its numbers written beside it, so it never relies on colour or length;
/// `label`, when not empty, goes before the numbers.
fn bar(label: &'static str, progress: Signal<Progress>) -> impl IntoView {
    let label = if label.is_empty() {
        String::new()
    } else {
        format!("{label} ")
    };
    view! {
        <p class="r-progress">
            <svg class="r-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                <rect class="r-track" width="100" height="8"/>
                <rect class="r-fill" height="8" width=move || progress.get().percent()/>
            </svg>
            <span>{move || {
                let p = progress.get();
                let (done, total) = (p.done.to_string(), p.total.to_string());
                label.clone() + &f(Fmt::ProgressDone, &[("done", &done), ("total", &total)])
            }}</span>
        </p>
    }
}

/// How many promises or check-ins a list shows at first, and how many more each "Show older" adds.
const PAGE: usize = 20;

/// "Showing the newest 20 of 400 promises" and a button that shows the next page, while older
/// entries remain. `what` is the list's two messages: the line (`$shown`, `$total`) and the
/// button (`$count`).
fn show_older(what: (Fmt, Fmt), shown: RwSignal<usize>, total: Memo<usize>) -> impl IntoView {
    move || {
        let (shown_now, total) = (shown.get(), total.get());
        (total > shown_now).then(|| {
            let more = (total - shown_now).min(PAGE);
            view! {
                <p class="r-more">
                    <span class="muted">{f(what.0, &[("shown", &shown_now.to_string()), ("total", &total.to_string())])}" "</span>
                    <button type="button" class="r-small" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {f(what.1, &[("count", &more.to_string())])}
                    </button>
                </p>
            }
        })
    }
}

/// The paragraph that shows a refused input's message next to it, announced when it appears.
fn error_line(id: String, error: ReadSignal<Option<String>>) -> impl IntoView {
    view! { <p id=id class="error-text r-error" role="alert">{error}</p> }
}

/// The line under a form that says it added something, announced politely: adding a step or a
/// promise otherwise only empties the field, and the new row may be out of sight or, for a
/// screen reader, out of hearing (WCAG 4.1.3). Never the words added: they are in the new row,
/// and would stay here after the row is deleted.
/// [`crate::ui::browser::set_text`] fills it.
fn done_line(id: String) -> impl IntoView {
    view! { <p class="muted" role="status" id=id></p> }
}

/// An entry of the checklist's keyed lists.
// Every keyed list of the screen's first part (its blocks, the phases, their steps) shares this
// one type: each distinct `For` adds several kilobytes of wasm, and list rows are built once and
// moved, never patched, so no rebuild code is generated.
// The lists below the phases have a type of their own, in their own part (see `lower`).
#[derive(Clone)]
enum Item {
    /// A visible step of a phase, with the phase's steps to read its tick from.
    Step(StepView, Memo<Vec<StepView>>),
    /// A hidden step, offered to show again.
    Hidden(StepView),
    /// A block of the screen.
    Block(Block),
}

/// The blocks of the screen, rows of the same keyed lists as the steps (see [`Item`]).
#[derive(Clone, Copy)]
enum Block {
    /// The introduction and the phases. `rest` turns true once what is below the phases is to be
    /// drawn, `late` once the screen's later part has arrived (the phases after the first, whose
    /// English text is in that part).
    Top(RwSignal<bool>, RwSignal<bool>),
    /// The self-trust list, the promises and the check-ins, from the later part; its arrival
    /// sets the flag.
    Below(RwSignal<bool>),
    /// One phase, by its index in `PHASES`, showing the steps of the chosen side; the flag is
    /// set when the safety text is already drawn near the top (see `checklist::phase_section`).
    Phase(usize, ReadSignal<Option<Role>>, RwSignal<bool>),
}

impl Block {
    fn key(self) -> String {
        match self {
            Block::Top(..) => "top".to_owned(),
            Block::Below(_) => "below".to_owned(),
            Block::Phase(i, ..) => format!("phase-{i}"),
        }
    }

    // Type-erased: a phase holds lists of `Item`s, so its view's type cannot be part of
    // `Item::view`'s.
    fn view(self) -> AnyView {
        match self {
            Block::Top(rest, late) => view! {
                <p class="lead">{intro()}</p>
                {checklist::checklist(rest, late)}
            }
            .into_any(),
            Block::Below(late) => lower::lazy_lower(late).into_any(),
            Block::Phase(i, role, safety_at_top) => PHASES
                .get(i)
                .map(|p| checklist::phase_section(p, role, safety_at_top))
                .into_any(),
        }
    }
}

impl Item {
    /// Rows with the same key are kept as they are.
    fn key(&self) -> String {
        match self {
            Item::Step(s, _) | Item::Hidden(s) => s.id.clone(),
            Item::Block(b) => b.key(),
        }
    }

    fn view(self) -> impl IntoView {
        match self {
            Item::Step(step, steps) => EitherOf3::A(checklist::step_row(step, steps)),
            Item::Hidden(step) => EitherOf3::B(checklist::hidden_row(step)),
            Item::Block(block) => EitherOf3::C(block.view()),
        }
    }
}

/// A keyed list of steps or blocks.
fn list(items: Signal<Vec<Item>>) -> impl IntoView {
    view! { <For each=move || items.get() key=Item::key children=Item::view/> }
}

/// An entry of one of the keyed lists below the phases.
// One type for all of them, for the reason given at `Item`. Only the `lower` part reaches it,
// so its code is in that part.
#[derive(Clone)]
enum Entry {
    /// A promise, by id.
    Promise(u32),
    /// A past check-in.
    CheckIn(SavedCheckIn),
    /// A chart with its numbers.
    Chart(ChartData),
}

impl Entry {
    /// Rows with the same key are kept as they are.
    fn key(&self) -> String {
        match self {
            Entry::Promise(id) => id.to_string(),
            Entry::CheckIn(c) => c.id.to_string(),
            Entry::Chart(data) => data.key(),
        }
    }

    fn view(self) -> impl IntoView {
        match self {
            Entry::Promise(id) => EitherOf3::A(promises::promise_row(id)),
            Entry::CheckIn(saved) => EitherOf3::B(check_ins::check_in_item(saved)),
            Entry::Chart(data) => EitherOf3::C(draw(data)),
        }
    }
}

/// A keyed list of entries.
fn entries(items: Signal<Vec<Entry>>) -> impl IntoView {
    view! { <For each=move || items.get() key=Entry::key children=Entry::view/> }
}

/// One of the checklist's charts, its table twin's words in the language on screen.
fn chart_data(
    caption: &'static str,
    days: Vec<crate::domain::date::Day>,
    lines: Vec<crate::ui::components::chart::Line>,
    (max, unit): (u8, &'static str),
) -> ChartData {
    ChartData {
        caption,
        latest_caption: ChartData::fill_latest(caption, days.len(), |args| {
            f(Fmt::ChartLatest, args)
        }),
        date_header: crate::i18n::repair::t(crate::i18n::repair::Msg::ChartDate),
        days,
        lines,
        max,
        unit,
        each_value: false,
    }
}

/// The chart for `data` when there is one, drawn afresh whenever the numbers change.
fn chart(data: Memo<Option<ChartData>>) -> impl IntoView {
    entries(Signal::derive(move || {
        data.get().map(Entry::Chart).into_iter().collect()
    }))
}
