//! Everything below the phases that has a code of its own: promises and check-ins with their
//! charts. It is a lazily loaded part (`repair_lower`), fetched while the phases are drawn, so a
//! link straight to the checklist downloads only what its first controls need before they work.

use super::{check_ins, promises};
use crate::domain::repair::SavedCheckIn;
use crate::i18n::repair::{f, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::ui::components::chart::{draw, ChartData};
use crate::ui::components::lazy_part::lazy_part;
use crate::ui::i18n::catalogue_now;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// An entry of one of the keyed lists below the phases.
// One type for all of them, for the reason given at `super::Item`.
#[derive(Clone)]
pub(super) enum Entry {
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
pub(super) fn entries(items: Signal<Vec<Entry>>) -> impl IntoView {
    view! { <For each=move || items.get() key=Entry::key children=Entry::view/> }
}

/// One of the checklist's charts, its table twin's words in the language on screen.
pub(super) fn chart_data(
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
        date_header: t(Msg::ChartDate),
        days,
        lines,
        max,
        unit,
        each_value: false,
    }
}

/// The chart for `data` when there is one, drawn afresh whenever the numbers change.
pub(super) fn chart(data: Memo<Option<ChartData>>) -> impl IntoView {
    entries(Signal::derive(move || {
        data.get().map(Entry::Chart).into_iter().collect()
    }))
}

/// Promises and check-ins, built inside their own part.
async fn lower() -> Result<AnyView, SplitLoaderError> {
    #[cfg_attr(
        feature = "split",
        leptos::wasm_split::wasm_split(repair_lower, wasm_split_path = ::leptos::wasm_split, fallible)
    )]
    fn repair_lower() -> Result<AnyView, SplitLoaderError> {
        Ok(view! {
            {promises::promises()}
            {check_ins::check_ins()}
        }
        .into_any())
    }
    #[cfg(feature = "split")]
    let view = repair_lower().await;
    #[cfg(not(feature = "split"))]
    let view = repair_lower();
    view
}

/// Promises and check-ins once their code has arrived (see [`lazy_part`]). The phases above
/// work all along.
pub(super) fn lazy_lower() -> impl IntoView {
    lazy_part(lower, catalogue_now().text(Shell::PartLoadFailed), || {})
}
