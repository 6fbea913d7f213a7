//! Two phones, no server: send your part to your partner as a sealed packet, and receive theirs.
//!
//! The rules live in `domain::packet` (the format) and `domain::merge` (what goes in, the
//! preview, the merge); this screen gathers choices, asks the browser for random bytes and the
//! key derivation (WebCrypto), and carries the packet: a file, the share sheet, the clipboard or
//! a link whose `#fragment` holds it.

use crate::domain::change::Setting;
use crate::domain::couple::Partner;
use crate::domain::merge::{self, Choice, Contents, MergeFn, Preview};
use crate::domain::packet::{
    self, Code, PacketError, PacketKey, CODE_RANDOM_BYTES, ITERATIONS, NONCE_BYTES, SALT_BYTES,
};
use crate::domain::route::Route;
use crate::i18n::partner::{around, f, t, Fmt, Msg};
use crate::i18n::Msg as Shell;
use crate::part::from_part;
use crate::storage::crypto;
use crate::ui::browser;
use crate::ui::components::field_group::field_group;
use crate::ui::components::page_title::PageTitle;
use crate::ui::state::AppState;
use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What opening a packet needs beyond the screen: reading its contents and merging them
/// (`domain::merge`). They come from a part of their own (`merging`, build/parts.json, which also
/// holds what importing a file on Your data needs),
/// fetched once the screen works and asked for only when a code has been entered, so the screen's
/// first download carries neither.
#[derive(Clone, Copy)]
struct Merging {
    decode: fn(&[u8]) -> Result<Contents, PacketError>,
    merge: MergeFn,
}

/// The packet-reading functions, from their part (see [`Merging`]).
async fn merging() -> Result<Merging, String> {
    from_part!(merging, () -> Merging {
        Merging {
            decode: merge::decode,
            merge: merge::merge,
        }
    })
    .map_err(|_| t(Msg::PacketCodeMissing).to_owned())
}

/// A packet made on this screen, ready to carry. The code lives only here, in memory.
#[derive(Clone)]
struct Made {
    code: String,
    text: String,
    link: String,
}

/// Sending and receiving.
#[component]
pub fn PartnerPage() -> impl IntoView {
    crate::ui::styles::add(crate::ui::styles::SHARING);
    let state = AppState::get();
    // A link's packet is read once and taken out of the address bar and this history entry.
    let from_link = take_packet_from_address();
    let me = move || state.document.with(|d| d.settings.me);
    let shell = crate::ui::i18n::catalogue_now();
    let (limits_before, limits_after) = around(Fmt::CodeLimits);
    view! {
        <PageTitle text=shell.text(Shell::HomePartnerLink)/>
        <p>{t(Msg::PartnerLead)}</p>
        <WhoAmI/>
        <Show when=move || me().is_some() fallback=|| view! {
            <p>{t(Msg::SayWhoFirst)}</p>
        }>
            <Send/>
            <Receive initial=from_link.clone()/>
        </Show>
        <p class="muted">
            {limits_before}<a href=Route::Privacy.href()>{shell.text(Shell::FooterPrivacyLink)}</a>{limits_after}" "
            {t(Msg::NoSafetyAnswers)}
        </p>
    }
}

/// Which partner answers on this phone, asked once and remembered.
#[component]
fn WhoAmI() -> impl IntoView {
    let state = AppState::get();
    let option = move |who: Partner, id: &'static str| {
        let label = move || {
            state.document.with(|d| {
                let name = d.couple.name(who);
                match who {
                    Partner::A => f(Fmt::WhoFirst, &[("name", &name)]),
                    Partner::B => f(Fmt::WhoSecond, &[("name", &name)]),
                }
            })
        };
        view! {
            <div class="field field-inline">
                <input type="radio" name="who-am-i" id=id
                    prop:checked=move || state.document.with(|d| d.settings.me == Some(who))
                    on:change=move |_| { let _ = state.apply(Setting::Me(who)); }/>
                // Named after a partner (see `browser::translation`).
                <label for=id translate="no">{label}</label>
            </div>
        }
    };
    let (note_before, note_after) = around(Fmt::WhoNote);
    // In a form that never submits, so no browser keeps the choice for restoring the tab.
    field_group(view! {
        <fieldset class="who-am-i">
            <legend>{t(Msg::WhoLegend)}</legend>
            <p class="muted">{note_before}<a href=Route::YourData.href()>{crate::ui::i18n::catalogue_now().text(Shell::NavYourData)}</a>{note_after}</p>
            {option(Partner::A, "me-a")}
            {option(Partner::B, "me-b")}
        </fieldset>
    })
}

/// Choosing what to send, sealing it, and the ways to carry it.
#[component]
fn Send() -> impl IntoView {
    let state = AppState::get();
    let send_run = signal(true);
    let send_sheet = signal(true);
    let send_repair = signal(true);
    let (made, set_made) = signal(None::<Made>);
    // Leaving the page (another site, closing, reloading) forgets the code and the packet first,
    // so the back/forward cache cannot bring them back beside each other.
    let left = window_event_listener(leptos::ev::pagehide, move |_| {
        set_made.try_set(None);
        clear_fields(&["packet-link", "packet-text"]);
    });
    on_cleanup(move || left.remove());
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let (status, set_status) = signal(None::<String>);
    let make = move |_| {
        set_error.set(None);
        set_status.set(None);
        set_made.set(None);
        let Some(me) = state.document.with_untracked(|d| d.settings.me) else {
            return;
        };
        let ticked = [send_run.0, send_sheet.0, send_repair.0];
        let Some(contents) = chosen_contents(state, me, ticked) else {
            set_error.set(Some(t(Msg::SendNothing).to_owned()));
            return;
        };
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            let result = seal(&contents).await;
            set_busy.set(false);
            match result {
                Ok(m) => {
                    set_made.set(Some(m));
                    request_animation_frame(|| browser::focus_id("packet-made"));
                }
                Err(e) => set_error.set(Some(f(Fmt::SealFailed, &[("error", &e.to_string())]))),
            }
        });
    };
    let can_share = can_share_files();
    view! {
        <section aria-labelledby="send-heading">
            <h2 id="send-heading">{t(Msg::SendHeading)}</h2>
            {what_to_send(state, send_run, send_sheet, send_repair)}
            <button type="button" class="primary" disabled=busy on:click=make>
                {move || t(if busy.get() { Msg::Sealing } else { Msg::Seal })}
            </button>
            <p role="alert" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            {move || made.get().map(|m| packet_made(m, made, set_status, can_share))}
            <p role="status">{move || status.get()}</p>
        </section>
    }
}

/// A ticked box, as its value and its setter.
type Tick = (ReadSignal<bool>, WriteSignal<bool>);

/// What the boxes ticked (`ticked`: assessment, worksheet, repair) pick of what `me` has on this
/// phone, or `None` when that is nothing.
fn chosen_contents(
    state: AppState,
    me: Partner,
    ticked: [ReadSignal<bool>; 3],
) -> Option<Contents> {
    let (run, areas, records) = state.document.with_untracked(|d| merge::available(d, me));
    let [send_run, send_sheet, send_repair] = ticked;
    let choice = Choice {
        assessment: send_run.get_untracked() && run.is_some(),
        worksheet: send_sheet.get_untracked() && areas > 0,
        repair: send_repair.get_untracked() && records > 0,
    };
    if !choice.assessment && !choice.worksheet && !choice.repair {
        return None;
    }
    Some(
        state
            .document
            .with_untracked(|d| merge::contents(d, me, choice, browser::now_millis())),
    )
}

/// The "What to send" boxes, each saying what it would send and disabled when there is nothing.
fn what_to_send(
    state: AppState,
    send_run: Tick,
    send_sheet: Tick,
    send_repair: Tick,
) -> impl IntoView {
    // What this phone's own part holds: a solo run's day, topics with words, repair records.
    let available = Memo::new(move |_| {
        state.document.with(|d| {
            d.settings
                .me
                .map(|me| merge::available(d, me))
                .unwrap_or((None, 0, 0))
        })
    });
    let run = move || match available.get().0 {
        Some(day) => f(Fmt::SendRun, &[("date", &day.to_string())]),
        None => t(Msg::SendRunNone).to_owned(),
    };
    let sheet = move || match available.get().1 {
        0 => t(Msg::SendSheetNone).to_owned(),
        1 => t(Msg::SendSheetOne).to_owned(),
        n => f(Fmt::SendSheet, &[("count", &n.to_string())]),
    };
    let repair = move || match available.get().2 {
        0 => t(Msg::SendRepairNone).to_owned(),
        1 => t(Msg::SendRepairOne).to_owned(),
        n => f(Fmt::SendRepair, &[("count", &n.to_string())]),
    };
    field_group(view! {
        <fieldset>
            <legend>{t(Msg::SendLegend)}</legend>
            {send_box("send-run", send_run, Signal::derive(move || available.get().0.is_none()), Signal::derive(run))}
            {send_box("send-sheet", send_sheet, Signal::derive(move || available.get().1 == 0), Signal::derive(sheet))}
            {send_box("send-repair", send_repair, Signal::derive(move || available.get().2 == 0), Signal::derive(repair))}
        </fieldset>
    })
}

/// One "What to send" box: checked or not, disabled when there is nothing of its kind to send.
fn send_box(
    id: &'static str,
    (checked, set): Tick,
    disabled: Signal<bool>,
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="field field-inline">
            <input id=id type="checkbox" prop:checked=checked prop:disabled=disabled
                on:change:target=move |ev| set.set(ev.target().checked())/>
            <label for=id>{label}</label>
        </div>
    }
}

/// The sealed packet `m`: its code, and the buttons and boxes that carry it. The buttons act on
/// the packet `made` holds when pressed and report in `set_status`; "Share…" is there only when
/// the browser `can_share` files.
fn packet_made(
    m: Made,
    made: ReadSignal<Option<Made>>,
    set_status: WriteSignal<Option<String>>,
    can_share: bool,
) -> impl IntoView {
    let download = move |_| {
        if let Some(m) = made.get_untracked() {
            match browser::download(&packet::file_name(browser::today()), "text/plain", &m.text) {
                Ok(()) => set_status.set(Some(t(Msg::SavedFile).to_owned())),
                Err(e) => set_status.set(Some(f(Fmt::SaveFailed, &[("error", &e.to_string())]))),
            }
        }
    };
    let share = move |_| {
        let Some(m) = made.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            set_status.set(Some(match share_file(&m.text).await {
                Ok(()) => t(Msg::Shared).to_owned(),
                Err(why) => why,
            }));
        });
    };
    let copy = move |what: &'static str| {
        let Some(m) = made.get_untracked() else {
            return;
        };
        let text = if what == "link" { m.link } else { m.text };
        leptos::task::spawn_local(async move {
            set_status.set(Some(if copy_text(&text).await {
                t(if what == "link" {
                    Msg::CopiedLink
                } else {
                    Msg::CopiedText
                })
                .to_owned()
            } else {
                t(Msg::CopyFailed).to_owned()
            }));
        });
    };
    view! {
        <div class="packet-made" role="group" aria-labelledby="packet-made">
            <h3 id="packet-made" tabindex="-1">{t(Msg::SealedHeading)}</h3>
            <p>{t(Msg::CodeLead)}</p>
            // The code that opens the packet: never sent to a translation server, nor changed by one.
            <p class="packet-code" data-testid="packet-code" translate="no">{m.code.clone()}</p>
            <p>{t(Msg::CodeTell)}</p>
            <p>
                <button type="button" on:click=download>{t(Msg::DownloadPacket)}</button>" "
                {can_share.then(|| view! { <button type="button" on:click=share>{t(Msg::Share)}</button>" " })}
                <button type="button" on:click=move |_| copy("text")>{t(Msg::CopyText)}</button>" "
                <button type="button" on:click=move |_| copy("link")>{t(Msg::CopyLink)}</button>
            </p>
            <div class="field">
                <label for="packet-link">{t(Msg::LinkLabel)}</label>
                <input id="packet-link" type="text" readonly autocomplete="off" prop:value=m.link.clone()/>
            </div>
            <p class="muted">{t(Msg::LinkNote)}</p>
            <div class="field">
                <label for="packet-text">{t(Msg::TextLabel)}</label>
                <textarea id="packet-text" readonly autocomplete="off" rows="4" prop:value=m.text.clone()></textarea>
            </div>
        </div>
    }
}

/// Opening a file, pasted text or a link, then the code, the preview and the merge.
#[component]
fn Receive(
    /// A packet read from the address (a link), if the screen was opened with one.
    initial: Option<String>,
) -> impl IntoView {
    let state = AppState::get();
    let from_link = initial.is_some();
    let (pasted, set_pasted) = signal(initial.unwrap_or_default());
    let (code, set_code) = signal(String::new());
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let (pending, set_pending) = signal(None::<(Contents, Preview, MergeFn)>);
    let (message, set_message) = signal(None::<String>);
    // As for sending: nothing typed or pasted here outlives the page.
    let left = window_event_listener(leptos::ev::pagehide, move |_| {
        set_pasted.try_set(String::new());
        set_code.try_set(String::new());
        set_pending.try_set(None);
        clear_fields(&["packet-paste", "packet-code-input"]);
    });
    on_cleanup(move || left.remove());
    let on_file = move |ev: leptos::ev::Event| {
        set_error.set(None);
        set_message.set(None);
        set_pending.set(None);
        read_packet_file(&ev, set_pasted, set_error);
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set_error.set(None);
        set_message.set(None);
        set_pending.set(None);
        let Some(me) = state.document.with_untracked(|d| d.settings.me) else {
            return;
        };
        let (text, typed) = (pasted.get_untracked(), code.get_untracked());
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            let result = preview_packet(state, me, &text, &typed).await;
            set_busy.set(false);
            match result {
                Ok(found) => {
                    set_pending.set(Some(found));
                    request_animation_frame(|| browser::focus_id("packet-preview"));
                }
                Err(e) => set_error.set(Some(e.to_string())),
            }
        });
    };
    let apply = move |_| {
        let Some((contents, _, merge)) = pending.get_untracked() else {
            return;
        };
        let Some(me) = state.document.with_untracked(|d| d.settings.me) else {
            return;
        };
        match add_to_mine(state, &contents, me, merge) {
            Ok(done) => {
                set_pending.set(None);
                set_pasted.set(String::new());
                set_code.set(String::new());
                set_message.set(Some(done));
                request_animation_frame(|| browser::focus_id("receive-status"));
            }
            Err(e) => set_error.set(Some(e)),
        }
    };
    view! {
        <section aria-labelledby="receive-heading">
            <h2 id="receive-heading">{t(Msg::ReceiveHeading)}</h2>
            {from_link.then(|| view! { <p>{t(Msg::FromLink)}</p> })}
            {packet_inputs((pasted, set_pasted), (code, set_code), busy, on_file, open)}
            <p role="alert" class="error-text" class:hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            {move || pending.get().map(|(_, preview, _)| packet_preview(preview, apply, set_pending, set_code))}
            {receive_status(message)}
        </section>
    }
}

/// What adding did (`message`), with links to where it shows.
fn receive_status(message: ReadSignal<Option<String>>) -> impl IntoView {
    view! {
        <p role="status" id="receive-status" tabindex="-1">
            // Names the partner whose packet was added (see `WhoAmI`'s labels).
            <span translate="no">{move || message.get()}</span>
            {move || message.get().map(|_| view! {
                " "<a href=Route::Assessment.href()>{t(Msg::SeeAssessment)}</a>" · "<a href=Route::Boundaries.href()>{t(Msg::SeeWorksheet)}</a>
            })}
        </p>
    }
}

/// The ways in: a packet file (`on_file`), or the packet or link pasted, with the code, sent
/// by `open`. While `busy` the button waits.
fn packet_inputs(
    pasted: (ReadSignal<String>, WriteSignal<String>),
    code: (ReadSignal<String>, WriteSignal<String>),
    busy: ReadSignal<bool>,
    on_file: impl FnMut(leptos::ev::Event) + 'static,
    open: impl FnMut(leptos::ev::SubmitEvent) + 'static,
) -> impl IntoView {
    let (pasted, set_pasted) = pasted;
    let (code, set_code) = code;
    // Safari would "correct" the code's letters into words: `autocorrect` is not one of the
    // attribute names `view!` knows, so it is added as a custom one.
    let code_input = view! {
        <input id="packet-code-input" type="text" autocomplete="off" spellcheck="false" autocapitalize="characters"
            prop:value=code on:input:target=move |ev| set_code.set(ev.target().value())/>
    }
    .add_any_attr(leptos::tachys::html::attribute::custom::custom_attribute(
        "autocorrect",
        "off",
    ));
    view! {
        <div class="field">
            <label for="packet-file">{t(Msg::OpenFile)}</label>
            <input id="packet-file" type="file" autocomplete="off" accept=".txt,text/plain" on:change=on_file/>
        </div>
        <form on:submit=open>
            <div class="field">
                <label for="packet-paste">{t(Msg::PasteLabel)}</label>
                <textarea id="packet-paste" rows="3" spellcheck="false" autocomplete="off" prop:value=pasted
                    on:input:target=move |ev| set_pasted.set(ev.target().value())></textarea>
            </div>
            <div class="field">
                <label for="packet-code-input">{t(Msg::CodeLabel)}</label>
                {code_input}
            </div>
            <button type="submit" disabled=busy>{move || t(if busy.get() { Msg::Opening } else { Msg::OpenPacket })}</button>
        </form>
    }
}

/// Reads the packet file chosen in `ev` into `set_pasted` and moves on to the code, or says in
/// `set_error` why it could not.
fn read_packet_file(
    ev: &leptos::ev::Event,
    set_pasted: WriteSignal<String>,
    set_error: WriteSignal<Option<String>>,
) {
    let Some(file) = crate::ui::browser::take_chosen_file(ev) else {
        return;
    };
    // Checked before reading, so a huge file is never loaded into memory.
    let size = file.size() as usize;
    if size > packet::MAX_PACKET_CHARS {
        set_error.set(Some(PacketError::TooLarge { chars: size }.to_string()));
        return;
    }
    leptos::task::spawn_local(async move {
        match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(text) => {
                set_pasted.set(text);
                browser::focus_id("packet-code-input");
            }
            None => set_error.set(Some(t(Msg::FileUnreadable).to_owned())),
        }
    });
}

/// What an opened packet holds and what adding it would do: `apply` adds it, Cancel forgets it
/// and the code.
fn packet_preview(
    preview: Preview,
    apply: impl FnMut(leptos::ev::MouseEvent) + 'static,
    set_pending: WriteSignal<Option<(Contents, Preview, MergeFn)>>,
    set_code: WriteSignal<String>,
) -> impl IntoView {
    view! {
        <div class="import-preview" role="group" aria-labelledby="packet-preview">
            // The packet's lines name its sender (see `WhoAmI`'s labels).
            <h3 id="packet-preview" tabindex="-1" translate="no">{f(Fmt::PreviewFrom, &[("name", &preview.name()), ("date", &day_of(preview.made_at))])}</h3>
            <ul translate="no">{preview.lines().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            <p translate="no">{f(Fmt::AddingOnly, &[("name", &preview.name())])}</p>
            <button type="button" class="primary" on:click=apply>{t(Msg::Add)}</button>" "
            <button type="button" on:click=move |_| {
                set_pending.set(None);
                set_code.set(String::new());
                // This preview is gone: back to the packet pasted, for another try.
                request_animation_frame(|| browser::focus_id("packet-paste"));
            }>{t(Msg::Cancel)}</button>
        </div>
    }
}

/// Opens the packet `text` with the `typed` code and previews what adding it would do for `me`.
async fn preview_packet(
    state: AppState,
    me: Partner,
    text: &str,
    typed: &str,
) -> Result<(Contents, Preview, MergeFn), String> {
    let merging = merging().await?;
    let contents = open_packet(text, typed, merging.decode)
        .await
        .map_err(|e| e.to_string())?
        .received_at(browser::now_millis());
    state
        .document
        .with_untracked(|d| (merging.merge)(d, &contents, me))
        .map(|(_, p)| (contents, p, merging.merge))
        .map_err(|e| e.to_string())
}

/// Adds what `contents` holds to this phone's data, for `me`: the message to show, or why
/// nothing was changed.
fn add_to_mine(
    state: AppState,
    contents: &Contents,
    me: Partner,
    merge: MergeFn,
) -> Result<String, String> {
    if !state.can_save_untracked() {
        return Err(t(Msg::AddCannotSave).to_owned());
    }
    // The partner's runs join this phone's: those are read and checked first.
    state.read_runs_now().map_err(|e| e.to_string())?;
    let done = state
        .merge_partner(contents, me, merge)
        .map_err(|e| e.to_string())?;
    Ok(if done.changes_anything() {
        f(Fmt::Added, &[("name", &done.name())])
    } else {
        t(Msg::NothingNew).to_owned()
    })
}

/// The day of a moment (milliseconds since 1970) in this browser's time zone, as `2026-11-30`.
fn day_of(millis: u64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(millis as f64));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// `n` random bytes from the browser, as an array.
fn random<const N: usize>() -> Result<[u8; N], String> {
    let bytes = crypto::random_bytes(N).map_err(|e| e.to_string())?;
    bytes
        .try_into()
        .map_err(|_| "the browser gave too few random bytes".to_owned())
}

/// Seals `contents` under a fresh code, salt and nonce.
async fn seal(contents: &Contents) -> Result<Made, String> {
    let code = Code::from_random(&random::<CODE_RANDOM_BYTES>()?);
    let salt = random::<SALT_BYTES>()?;
    let nonce = random::<NONCE_BYTES>()?;
    let key = crypto::derive_bits(code.secret(), &salt, ITERATIONS)
        .await
        .map_err(|e| e.to_string())?;
    let key = PacketKey::new(key, crypto::cipher().await.map_err(|e| e.to_string())?);
    let text =
        packet::seal(&merge::encode(contents), &key, &salt, &nonce).map_err(|e| e.to_string())?;
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let link = packet::link(&here, &text);
    Ok(Made {
        code: code.display(),
        text,
        link,
    })
}

/// Reads, derives the key for and opens a packet; refused packets change nothing.
async fn open_packet(
    text: &str,
    typed: &str,
    decode: fn(&[u8]) -> Result<Contents, PacketError>,
) -> Result<Contents, PacketError> {
    let sealed = packet::read(text)?;
    let code = Code::parse(typed)?;
    let key = crypto::derive_bits(code.secret(), sealed.salt(), ITERATIONS)
        .await
        .map_err(|e| PacketError::Unreadable(e.to_string()))?;
    let aead = crypto::cipher()
        .await
        .map_err(|e| PacketError::Unreadable(e.to_string()))?;
    let key = PacketKey::new(key, aead);
    decode(&sealed.open(&key)?)
}

/// The packet in the address (`#/partner?p=…`), if any. The address and this history entry
/// are replaced at once by the partner screen without the packet, so the packet is not left in
/// the address bar or the history.
fn take_packet_from_address() -> Option<String> {
    let window = web_sys::window()?;
    // boot.js takes a link's packet out of the address before anything else runs (the lock
    // screen may come first) and keeps it in memory for this screen, once.
    let key = JsValue::from_str(INCOMING_PACKET);
    if let Some(hash) = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|v| v.as_string())
    {
        let _ = js_sys::Reflect::delete_property(&window, &key);
        return Some(packet::extract(&hash));
    }
    let hash = browser::current_hash();
    if !hash.contains("p=") {
        return None;
    }
    browser::keep_route(&Route::Partner.href());
    Some(packet::extract(&hash))
}

/// Where boot.js keeps a link's packet (the address's hash) until this screen takes it.
const INCOMING_PACKET: &str = "mendIncomingPacket";

/// Empties the text fields with these ids at once, before the browser keeps a snapshot of the
/// page, without waiting for the redraw that follows the cleared signals.
fn clear_fields(ids: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for id in ids {
        let Some(element) = document.get_element_by_id(id) else {
            continue;
        };
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value("");
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value("");
        }
    }
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

fn packet_file(text: &str) -> Option<web_sys::File> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type("text/plain");
    web_sys::File::new_with_str_sequence_and_options(
        &Array::of1(&text.into()),
        &packet::file_name(browser::today()),
        &options,
    )
    .ok()
}

/// What the share sheet gets: the packet's file and nothing else. No title: mail and chat apps
/// use it as a subject or a first line, where it would name Mend to whoever sees the message.
fn share_data(text: &str) -> Option<Object> {
    let data = Object::new();
    Reflect::set(
        &data,
        &"files".into(),
        &Array::of1(&packet_file(text)?.into()),
    )
    .ok()?;
    Some(data)
}

/// Whether this browser has a share sheet that takes files (`navigator.canShare({files})`).
fn can_share_files() -> bool {
    let Some(nav) = navigator() else { return false };
    let can = Reflect::get(&nav, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    match (can, share_data("x")) {
        (Some(can), Some(data)) => can
            .call1(&nav, &data)
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        _ => false,
    }
}

/// Offers the packet file to the system share sheet.
async fn share_file(text: &str) -> Result<(), String> {
    let failed = || t(Msg::ShareFailed).to_owned();
    let nav = navigator().ok_or_else(failed)?;
    let share = Reflect::get(&nav, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(failed)?;
    let data = share_data(text).ok_or_else(failed)?;
    let promise: Promise = share
        .call1(&nav, &data)
        .map_err(|_| failed())?
        .dyn_into()
        .map_err(|_| failed())?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| t(Msg::ShareCancelled).to_owned())
}

/// Copies `text` with the asynchronous clipboard; false where the browser does not allow it.
async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator()
        .and_then(|n| Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined())
    else {
        return false;
    };
    let Some(write) = Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    match write
        .call1(&clipboard, &text.into())
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
