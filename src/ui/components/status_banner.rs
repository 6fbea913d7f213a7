//! Tells the user, in plain words, when their data is not being kept the usual way.

use crate::storage::{LoadOutcome, SaveMode, SaveStatus, StorageError};
use crate::ui::browser;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The banner under the header: load problems (corrupt, newer, unavailable) and failed saves.
#[component]
pub fn StatusBanner() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="banners">
            {load_notice(state)}{save_notice(state)}{space_notice(state)}{conflict_notice(state)}{save_state(state)}
        </div>
    }
}

/// How loading went, when it needs saying: converted, unreadable, newer or unavailable data.
fn load_notice(state: AppState) -> impl IntoView {
    move || {
        match state.outcome.get() {
        LoadOutcome::Fresh | LoadOutcome::Loaded | LoadOutcome::Locked { .. } => None,
        LoadOutcome::Migrated { from } => Some(
            view! {
                <div class="banner banner-info" role="status" data-testid="banner-migrated">
                    <p>{format!("Your saved data came from an older version of Mend (format {from}). It has been brought up to date; nothing was lost.")}</p>
                    <button type="button" on:click=move |_| state.outcome.set(LoadOutcome::Loaded)>"OK"</button>
                </div>
            }
            .into_any(),
        ),
        LoadOutcome::Corrupt { error, backup_key, raw } => {
            let kept = match &backup_key {
                Some(_) => "We set a copy aside in this browser and started with a clean slate. Nothing was deleted.",
                None => "We could not set a copy aside, so Mend will not save anything over it until you download it.",
            };
            let raw_for_download = raw.clone();
            Some(
                view! {
                    <div class="banner banner-warning" role="alert" data-testid="banner-corrupt">
                        <p><strong>"Some saved data could not be read. "</strong>{kept}</p>
                        <p class="banner-detail">{format!("Details: {error}.")}</p>
                        <button type="button" on:click=move |_| {
                            let name = crate::domain::transfer::unreadable_file_name(browser::today());
                            let _ = browser::download(&name, "text/plain", &raw_for_download);
                        }>"Download the unreadable copy"</button>
                    </div>
                }
                .into_any(),
            )
        }
        LoadOutcome::Newer { version, readable } => Some(
            view! {
                <div class="banner banner-warning" role="alert" data-testid="banner-newer">
                    <p>
                        <strong>"This data was saved by a newer version of Mend. "</strong>
                        {if readable { "You can look at it here, " } else { "This version cannot show it, " }}
                        "but changes will not be saved, so nothing the newer version wrote is overwritten. "
                        {format!("(Data format {version}.)")}
                    </p>
                </div>
            }
            .into_any(),
        ),
        LoadOutcome::Unavailable(error) => Some(
            view! {
                <div class="banner banner-warning" role="alert" data-testid="banner-unavailable">
                    <p>
                        <strong>"This browser is not letting Mend keep anything. "</strong>
                        "You can still use every tool, but what you enter will be gone when you close this tab. "
                        "Private windows and strict privacy settings often cause this."
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
        let message = match failed {
            StorageError::QuotaExceeded => {
                "This browser's storage for Mend is full, so your latest change was not saved. It is still on screen. Export a copy from Your data, then free some space; Mend tries again with your next change."
                    .to_string()
            }
            other => format!("Your latest change was not saved: {other} It is still on screen, and Mend tries again with your next change."),
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
                <p><strong>"Mend was changed in another tab or window while you were editing here."</strong>" Nothing is saved until you choose which version to keep."</p>
                <button type="button" on:click=move |_| state.resolve_conflict(false)>"Use the other version"</button>" "
                <button type="button" on:click=move |_| state.resolve_conflict(true)>"Keep the version on this screen"</button>
            </div>
        })
    }
}

/// "Saving…" or "Saved on this device": a quiet line, not announced, since it changes with every
/// pause in typing. It tells people their words are kept, and lets tests wait for the save
/// instead of for a guessed time.
fn save_state(state: AppState) -> impl IntoView {
    move || {
        if state
            .outcome
            .with(|o| matches!(o, LoadOutcome::Locked { .. }))
        {
            return None;
        }
        let words = match (state.opened.get(), state.mode(), state.save_status.get()) {
            (false, ..) | (_, SaveMode::ReadOnly { .. } | SaveMode::MemoryOnly, _) => return None,
            _ if state.has_unsaved() => "Saving…",
            (_, _, Some(SaveStatus::Failed(_))) => return None,
            _ => "Saved on this device",
        };
        Some(view! { <p class="save-state" data-testid="save-state">{words}</p> })
    }
}

/// A nearly full storage, announced before a save is ever refused.
fn space_notice(state: AppState) -> impl IntoView {
    move || {
        state.space_warning.get().map(|percent| view! {
            <div class="banner banner-warning" role="status" data-testid="banner-space">
                <p>{crate::domain::quota::warning_text(percent)}" "<a href=crate::domain::route::Route::YourData.href()>"Go to Your data"</a></p>
            </div>
        })
    }
}
