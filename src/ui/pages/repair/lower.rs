//! Everything below the phases that has a code of its own: promises and check-ins with their
//! charts. It is a lazily loaded part (`repair_lower`), fetched while the phases are drawn, so a
//! link straight to the checklist downloads only what its first controls need before they work.

use super::{check_ins, promises};
use crate::i18n::Msg as Shell;
use crate::ui::components::lazy_part::lazy_part;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

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
