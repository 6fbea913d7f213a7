//! Screens whose code is downloaded when they are first opened.
//!
//! A first visit needs only the shell to start: the header and footer, the home and not-found
//! pages. Each tool screen, Help, the privacy page, the lock screen, the banners and the code that
//! reads the stored data ([`session`]) are split points; with the `split` feature (release and
//! `trunk serve` builds),
//! `build/split-wasm.sh` cuts their code into separate modules that the browser fetches on first
//! use, and the service worker keeps them for offline use. Without the feature (the browser tests
//! of components) the same functions simply build the screen.

use crate::i18n::{Msg, Slice};
use crate::part::from_part;
use crate::ui::browser;
use crate::ui::components::lazy_part::lazy_part;
use crate::ui::components::lock_screen::LockScreen;
use crate::ui::components::status_banner;
use crate::ui::i18n::{self, t};
use crate::ui::pages;
use crate::ui::session;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// Declares `async fn $name()`, which builds a screen from its own module `$part`.
macro_rules! split_screen {
    ($(#[$meta:meta])* $name:ident, $part:ident, $body:expr) => {
        $(#[$meta])*
        async fn $name() -> Result<AnyView, SplitLoaderError> {
            from_part!($part, () -> AnyView { $body })
        }
    };
}

split_screen!(
    /// The trust self-assessment.
    assessment, assessment, view! { <pages::assessment::AssessmentPage/> }.into_any()
);
split_screen!(
    /// The boundary worksheet.
    boundaries, boundaries, view! { <pages::boundaries::BoundariesPage/> }.into_any()
);
split_screen!(
    /// The repair checklist.
    repair, repair, view! { <pages::repair::RepairPage/> }.into_any()
);
split_screen!(
    /// Export, import, lock and delete.
    your_data, your_data, view! { <pages::your_data::YourDataPage/> }.into_any()
);
split_screen!(
    /// Sending to and receiving from the partner's phone.
    partner, partner, view! { <pages::partner::PartnerPage/> }.into_any()
);
split_screen!(
    /// The lock screen, shown while the data is locked.
    lock, lock, view! { <LockScreen/> }.into_any()
);

split_screen!(
    /// What Mend keeps and what it cannot protect against.
    privacy, privacy, view! { <pages::privacy::PrivacyPage/> }.into_any()
);

split_screen!(
    /// Help and support lines. Needs no stored data, so it opens even while the data is locked.
    help, help, view! { <pages::help::HelpPage/> }.into_any()
);

/// Fetches the banners under the header (`ui::components::status_banner`, a part of their own).
/// Asked for once a screen that read the data is drawn (see [`later_parts_after_paint`]); a failed
/// download is tried again by the next screen.
async fn load_banners() -> Result<(), ()> {
    if status_banner::has_notices() {
        return Ok(());
    }
    let notices = from_part!(banners, () -> status_banner::Notices { status_banner::notices });
    status_banner::set_notices(notices.map_err(drop)?);
    Ok(())
}

/// Asks for the banners' part and the writer's (see `AppState::prepare_writer`) once the screen
/// being built has been painted, so that a link straight to a tool does not download them before
/// the screen's controls work (on a first visit they come in the screen's later pack, see
/// build/parts.json). The lock screen writes nothing: the screen it opens asks for the writer.
fn later_parts_after_paint(state: AppState, screen: Screen) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                if screen != Screen::Lock {
                    state.prepare_writer();
                }
                if !status_banner::has_notices() {
                    leptos::task::spawn_local(async {
                        // A failed download is tried again when the next screen is drawn.
                        let _ = load_banners().await;
                    })
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// A screen that loads on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// See [`pages::assessment`].
    Assessment,
    /// See [`pages::boundaries`].
    Boundaries,
    /// See [`pages::repair`].
    Repair,
    /// See [`pages::your_data`].
    YourData,
    /// See [`pages::partner`].
    Partner,
    /// The lock screen ([`LockScreen`]).
    Lock,
    /// See [`pages::help`].
    Help,
    /// See [`pages::privacy`].
    Privacy,
}

impl Screen {
    async fn load(self) -> Result<AnyView, SplitLoaderError> {
        match self {
            Screen::Assessment => assessment().await,
            Screen::Boundaries => boundaries().await,
            Screen::Repair => repair().await,
            Screen::YourData => your_data().await,
            Screen::Partner => partner().await,
            Screen::Lock => lock().await,
            Screen::Help => help().await,
            Screen::Privacy => privacy().await,
        }
    }

    /// The catalogue slices the screen shows (besides the shell), loaded with it in the language
    /// on screen; build/parts.json lists their parts (`text_<slice>_*`) for `boot.js` too.
    fn slices(self) -> &'static [Slice] {
        // A screen that reads the stored data may show the banners under the header; one that
        // shows a partner's name needs the names slice for the default names.
        match self {
            Screen::Lock => &[Slice::Lock, Slice::Banners],
            Screen::Privacy => &[Slice::Privacy],
            Screen::Assessment => &[Slice::Assessment, Slice::Names, Slice::Banners],
            Screen::Boundaries => &[Slice::Boundaries, Slice::Names, Slice::Banners],
            Screen::Repair => &[Slice::Repair, Slice::Names, Slice::Banners],
            Screen::YourData => &[Slice::Yourdata, Slice::Names, Slice::Banners],
            Screen::Partner => &[Slice::Partner, Slice::Names, Slice::Banners],
            Screen::Help => &[Slice::Help],
        }
    }

    /// Whether the screen shows stored data, so the data must be read first.
    fn needs_data(self) -> bool {
        !matches!(self, Screen::Help | Screen::Privacy)
    }
}

/// Shows `screen` once its code has arrived: a quiet status line meanwhile, and if the download
/// fails (offline before the screen was ever opened, or a newer version replaced the files) a
/// message with a way to try again. Saved data is never touched by either.
#[component]
pub fn LazyScreen(
    /// Which screen to show.
    screen: Screen,
) -> impl IntoView {
    let state = AppState::get();
    let load = move || async move {
        // The text first, the banners' slice with it: reading the data may call for a banner.
        let text = i18n::need(screen.slices()).await;
        let opened = if screen.needs_data() {
            text.is_ok() && session::ensure_open(state).await.is_ok()
        } else {
            text.is_ok()
        };
        if !opened {
            return Err(());
        }
        let view = screen.load().await.map_err(drop);
        if screen.needs_data() {
            later_parts_after_paint(state, screen);
        }
        view
    };
    // The heading exists only now; navigation asked for focus on it earlier.
    lazy_part(
        load,
        t(Msg::PartLoadFailed),
        browser::focus_title_if_pending,
    )
}
