//! Your data: everything about what Mend keeps in this browser, on one screen. Each part lives
//! in its own file: backing up and moving the data ([`export_import`]), keeping it and leaving
//! quickly ([`keeping_safe`]), the passphrase lock ([`lock_settings`]), copies of data that could
//! not be read ([`unreadable`]) and deleting everything ([`delete`]). The names form is shared
//! with other screens (`ui::components::names_form`).

mod delete;
mod export_import;
mod keeping_safe;
mod lock_settings;
mod unreadable;

use crate::storage::SaveMode;
use crate::ui::components::names_form::NamesForm;
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use delete::DeleteEverything;
use export_import::ExportImport;
use keeping_safe::KeepingSafe;
use leptos::prelude::*;
use lock_settings::LockSettings;
use unreadable::UnreadableCopies;

/// Names, backups and deletion.
#[component]
pub fn YourDataPage() -> impl IntoView {
    let state = AppState::get();
    view! {
        <PageTitle text="Your data"/>
        <p>"Everything here is stored only in this browser on this device."</p>
        <ExportImport/>
        <section aria-labelledby="partner-heading">
            <h2 id="partner-heading">"Each on your own phone"</h2>
            <p>"To compare with a partner who uses Mend on their own phone, send your part as a sealed packet: "<a href=crate::domain::route::Route::Partner.href()>"Share with your partner"</a>"."</p>
        </section>
        <KeepingSafe/>
        <LockSettings/>
        <NamesForm/>
        <UnreadableCopies/>
        <DeleteEverything/>
        <p class="muted">{move || match state.mode() {
            SaveMode::Normal => "Changes are saved in this browser as you go.",
            SaveMode::ReadOnly { .. } => "Read-only: this data comes from a newer Mend, so nothing is saved.",
            SaveMode::MemoryOnly => "Nothing is being saved: this browser is not letting Mend keep data.",
        }}</p>
    }
}
