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

use crate::i18n::yourdata::{around, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
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
    crate::ui::styles::add(crate::ui::styles::SHARING);
    let state = AppState::get();
    let shell = crate::ui::i18n::catalogue_now();
    let (partner_before, partner_after) = around(Fmt::PartnerLead);
    view! {
        <PageTitle text=shell.text(Shell::NavYourData)/>
        <p>{t(Msg::StoredHere)}</p>
        <ExportImport/>
        <section aria-labelledby="partner-heading">
            <h2 id="partner-heading">{t(Msg::PartnerHeading)}</h2>
            <p>{partner_before}<a href=crate::domain::route::Route::Partner.href()>{shell.text(Shell::HomePartnerLink)}</a>{partner_after}</p>
        </section>
        <KeepingSafe/>
        <LockSettings/>
        <NamesForm/>
        <UnreadableCopies/>
        <DeleteEverything/>
        <p class="muted">{move || t(match state.mode() {
            SaveMode::Normal => Msg::ModeNormal,
            SaveMode::ReadOnly { .. } => Msg::ModeReadOnly,
            SaveMode::MemoryOnly => Msg::ModeMemoryOnly,
        })}</p>
    }
}
