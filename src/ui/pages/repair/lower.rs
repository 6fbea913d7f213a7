//! What the checklist shows once its first phase works: the self-trust list, promises and
//! check-ins with their charts, and the English text of all of them and of the later phases. It
//! is a lazily loaded part (`repair_lower`), fetched just after the first paint, so a link
//! straight to the checklist downloads only what its first controls need before they work.

use super::{check_ins, checklist, promises};
use crate::i18n::Msg as Shell;
use crate::part::from_part;
use crate::ui::components::lazy_part::lazy_part;
use crate::ui::i18n::catalogue_now;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// The self-trust list, promises and check-ins, built inside their own part, which first
/// installs the checklist's whole English table (see `LATE_ENGLISH` in build.rs).
async fn lower() -> Result<AnyView, SplitLoaderError> {
    from_part!(repair_lower, () -> AnyView {
        crate::i18n::install(crate::i18n::repair::english_whole());
        view! {
            {checklist::self_trust()}
            {promises::promises()}
            {check_ins::check_ins()}
        }
        .into_any()
    })
}

/// The self-trust list, promises and check-ins once their code has arrived (see [`lazy_part`]),
/// which sets `late`: the phases after the first can be drawn. The first phase works all along.
pub(super) fn lazy_lower(late: RwSignal<bool>) -> impl IntoView {
    let load = move || async move {
        let view = lower().await;
        if view.is_ok() {
            late.set(true);
        }
        view
    };
    lazy_part(load, catalogue_now().text(Shell::PartLoadFailed), || {})
}
