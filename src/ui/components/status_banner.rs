//! Tells the user, in plain words, when their data is not being kept the usual way.

use crate::i18n::banners::{f as tf, t, Fmt, Msg};
use crate::storage::{LoadOutcome, NewerShown, SaveMode, SaveStatus, StorageError};
use crate::ui::browser;
use crate::ui::i18n::current;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::cell::Cell;

/// Draws every banner: [`notices`], which is in the `banners` part.
pub type Notices = fn(AppState) -> AnyView;

thread_local! {
    /// The banners' code, once its part has arrived ([`set_notices`]).
    static NOTICES: Cell<Option<Notices>> = const { Cell::new(None) };
    /// Tells [`StatusBanner`] that the code arrived: it comes after the screen is drawn.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

/// Keeps the banners' code, from its lazily loaded part (`ui::lazy::load_banners`), and draws
/// whatever banner is due.
pub fn set_notices(notices: Notices) {
    NOTICES.with(|n| n.set(Some(notices)));
    ARRIVED.with(ArcTrigger::notify);
}

/// Whether the banners' code is here.
pub fn has_notices() -> bool {
    NOTICES.with(Cell::get).is_some()
}

/// The banner under the header: load problems (corrupt, newer, unavailable) and failed saves.
///
/// Each banner follows something the stored data does, so none can show before a screen has read
/// it. Their code and text are a part of their own (`banners`, with the `banners` slice of text),
/// which `ui::lazy` asks for once a screen that read the data is drawn: a first visit to home
/// carries neither, and a link straight to a tool does not wait for them before its controls
/// work. A banner due before then (data that could not be read, say) shows when they arrive, a
/// moment later. Drawn again when the language changes.
#[component]
pub fn StatusBanner() -> impl IntoView {
    let state = AppState::get();
    let banners = move || {
        current();
        ARRIVED.with(ArcTrigger::track);
        if !state.opened.get() {
            return None;
        }
        Some(match NOTICES.with(Cell::get) {
            Some(notices) => notices(state),
            // Until the code arrives, a moment after the screen is drawn, an empty line holds the
            // place of "Saved on this device", so the screen does not move down under a finger.
            // A save refused meanwhile is said in the shell's own words: the banners' part may
            // have failed with the writer's (both come just after the screen), and a screen that
            // looked saved would be closed.
            None => match state.save_status.get() {
                Some(SaveStatus::Failed(_)) => view! {
                    <p class="banner banner-warning" role="alert" data-testid="save-not-written">
                        {crate::ui::i18n::t(crate::i18n::Msg::SaveNotWritten)}
                    </p>
                }
                .into_any(),
                _ => view! { <p class="save-state" aria-hidden="true">"\u{a0}"</p> }.into_any(),
            },
        })
    };
    view! { <div class="banners">{banners}</div> }
}

/// Every banner: what the `banners` part holds.
pub fn notices(state: AppState) -> AnyView {
    // What the banners tell needs looking at first: the space left after each save, and runs
    // left unread by the load, which may prove damaged (see `ui::session::read_runs_when_idle`).
    Effect::new(move |_| {
        if let Some(SaveStatus::Saved) = state.save_status.get() {
            state.check_space();
        }
    });
    Effect::new(move |_| {
        state.replaced.track();
        crate::ui::session::read_runs_when_idle(state);
    });
    view! {
        {load_notice(state)}{save_notice(state)}{space_notice(state)}{conflict_notice(state)}{save_state(state)}
    }
    .into_any()
}

/// How loading went, when it needs saying: converted, unreadable, newer or unavailable data.
fn load_notice(state: AppState) -> impl IntoView {
    move || {
        match state.outcome.get() {
        LoadOutcome::Fresh | LoadOutcome::Loaded | LoadOutcome::Locked => None,
        LoadOutcome::Migrated { from } => Some(
            view! {
                <div class="banner banner-info" role="status" data-testid="banner-migrated">
                    <p>{tf(Fmt::BannerMigrated, &[("format", &from.to_string())])}</p>
                    <button type="button" on:click=move |_| state.outcome.set(LoadOutcome::Loaded)>{t(Msg::Ok)}</button>
                </div>
            }
            .into_any(),
        ),
        LoadOutcome::Corrupt { error, backup_key, raw } => {
            let kept = match &backup_key {
                Some(_) => Msg::BannerCorruptKept,
                None => Msg::BannerCorruptNotKept,
            };
            let details = error.to_string();
            let raw_for_download = raw.clone();
            // Once the lock is on, the copy kept aside is sealed with it: this button would still
            // hand out the text as it was read, plain. Your data's list offers the copy, and says
            // a download is plain.
            let download = (!state.lock_on()).then(|| view! {
                <button type="button" on:click=move |_| {
                    let name = crate::domain::transfer::unreadable_file_name(browser::today());
                    let _ = browser::download(&name, "text/plain", &raw_for_download);
                }>{t(Msg::BannerCorruptDownload)}</button>
            });
            Some(
                view! {
                    <div class="banner banner-warning" role="alert" data-testid="banner-corrupt">
                        <p><strong>{t(Msg::BannerCorrupt)}</strong>" "{t(kept)}</p>
                        <p class="banner-detail">{tf(Fmt::BannerDetails, &[("details", &details)])}</p>
                        {download}
                    </div>
                }
                .into_any(),
            )
        }
        LoadOutcome::Newer { version, shown } => Some(
            view! {
                <div class="banner banner-warning" role="alert" data-testid="banner-newer">
                    <p>
                        <strong>{t(Msg::BannerNewer)}</strong>" "
                        {t(match shown {
                            NewerShown::Readable => Msg::BannerNewerReadable,
                            NewerShown::Nothing => Msg::BannerNewerUnreadable,
                            NewerShown::Unsaved => Msg::BannerNewerUnsaved,
                        })}" "
                        {tf(Fmt::BannerNewerFormat, &[("format", &version.to_string())])}
                    </p>
                </div>
            }
            .into_any(),
        ),
        LoadOutcome::Unavailable(error) => Some(
            view! {
                <div class="banner banner-warning" role="alert" data-testid="banner-unavailable">
                    <p>
                        <strong>{t(Msg::BannerUnavailable)}</strong>" "
                        {t(Msg::BannerUnavailableBody)}
                    </p>
                    <p class="banner-detail">{error.to_string()}</p>
                </div>
            }
            .into_any(),
        ),
    }
    }
}

/// A failed save, while saving is otherwise normal.
fn save_notice(state: AppState) -> impl IntoView {
    move || {
        let failed = match state.save_status.get() {
            Some(SaveStatus::Failed(error)) => error,
            _ => return None,
        };
        // The load banner already explains memory-only and read-only modes.
        if state.mode() != SaveMode::Normal {
            return None;
        }
        let message = match &failed {
            StorageError::QuotaExceeded => t(Msg::BannerSaveFull).to_string(),
            other => tf(Fmt::BannerSaveFailed, &[("details", &other.to_string())]),
        };
        Some(
            view! { <div class="banner banner-warning" role="alert" data-testid="banner-save-failed"><p>{message}</p></div> },
        )
    }
}

/// Another tab's changes while this one has unsaved edits, and the choice of which to keep.
fn conflict_notice(state: AppState) -> impl IntoView {
    move || {
        state.conflict.with(Option::is_some).then(|| view! {
            <div class="banner banner-warning" role="alert" data-testid="banner-conflict">
                <p><strong>{t(Msg::BannerConflict)}</strong>" "{t(Msg::BannerConflictBody)}</p>
                <button type="button" on:click=move |_| state.resolve_conflict(false)>{t(Msg::BannerConflictTheirs)}</button>" "
                <button type="button" on:click=move |_| state.resolve_conflict(true)>{t(Msg::BannerConflictMine)}</button>
            </div>
        })
    }
}

/// "Saving…" or "Saved on this device": a quiet line, not announced, since it changes with every
/// pause in typing. It tells people their words are kept, and lets tests wait for the save
/// instead of for a guessed time.
// Two memos: every key typed re-runs the first, but the line is built only when it appears and
// its words are set only when they change, not again on each key of a run of typing.
fn save_state(state: AppState) -> impl IntoView {
    let words = Memo::new(move |_| {
        if state.outcome.with(|o| matches!(o, LoadOutcome::Locked)) {
            return None;
        }
        match (state.opened.get(), state.mode(), state.save_status.get()) {
            (false, ..) | (_, SaveMode::ReadOnly { .. } | SaveMode::MemoryOnly, _) => None,
            // A refused save keeps its changes unsaved: "Saving…" under the banner that says
            // storage is full read as if they were on their way. Nothing is said until a save
            // goes through.
            (_, _, Some(SaveStatus::Failed(_))) => None,
            _ if state.has_unsaved() => Some(Msg::SaveStateSaving),
            _ => Some(Msg::SaveStateSaved),
        }
    });
    let shown = Memo::new(move |_| words.with(Option::is_some));
    move || {
        shown.get().then(|| {
            view! { <p class="save-state" data-testid="save-state">{move || words.get().map(t)}</p> }
        })
    }
}

/// A nearly full storage, announced before a save is ever refused.
fn space_notice(state: AppState) -> impl IntoView {
    move || {
        state.space_warning.get().map(|percent| view! {
            <div class="banner banner-warning" role="status" data-testid="banner-space">
                <p>{tf(Fmt::BannerSpace, &[("percent", &percent.to_string())])}" "<a href=crate::domain::route::Route::YourData.href()>{t(Msg::BannerSpaceLink)}</a></p>
            </div>
        })
    }
}
