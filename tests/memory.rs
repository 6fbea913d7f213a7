//! How much memory reading years of data needs at its peak, not only what it keeps.
//!
//! Why a test: the wasm module's memory grows to the highest point the allocator ever reached and
//! never shrinks, so a passing moment (a whole tree built only to be read into models) costs a
//! tab as much as data it keeps. Issue #13 holds the module to 10 MB with the quadruple document;
//! the finished runs' tree alone once set about 1.7 MB of that. Counted here by a global
//! allocator that tallies the bytes live on this thread and the highest they reached.

use mend::domain::assessment::{score, Answer, Answers, CompletedRun, History, RunResult, ITEMS};
use mend::domain::date::Day;
use mend::domain::document::Document;
use mend::domain::schema::{decode_later, decode_now, encode, Decoded};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Tally;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn grew(by: usize) {
    // `try_with`: the allocator is called while a thread's locals are being torn down too.
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + by);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

fn shrank(by: usize) {
    let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(by)));
}

unsafe impl GlobalAlloc for Tally {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrank(layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as a move: old and new blocks are both live while the bytes are copied.
        grew(new_size);
        shrank(layout.size());
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static TALLY: Tally = Tally;

/// Runs `f`; what it kept (live bytes after less before) and the most it needed at once.
fn measured<R>(f: impl FnOnce() -> R) -> (R, usize, usize) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    let result = f();
    let kept = LIVE.with(Cell::get).saturating_sub(before);
    let peak = PEAK.with(Cell::get).saturating_sub(before);
    (result, kept, peak)
}

/// A finished run with every statement answered, as years of weekly check-ins leave them.
fn run(id: u64) -> CompletedRun {
    let mut answers = Answers::default();
    for (i, item) in ITEMS.iter().enumerate() {
        answers.insert(
            item.id.to_owned(),
            Answer::Rating(((i as u64 + id) % 7 + 1) as u8),
        );
    }
    CompletedRun {
        id,
        date: Day::parse("2026-11-30").expect("a date"),
        bank_version: mend::domain::assessment::BANK_VERSION,
        result: RunResult::Solo {
            scores: score(&answers),
            answers,
            role: None,
        },
        origin: None,
    }
}

#[test]
fn reading_years_of_runs_needs_little_more_than_the_runs_it_keeps() {
    let mut document = Document::default();
    document.assessment.history = (1..=300).map(run).collect::<Vec<_>>().into();
    let text = encode(&document).expect("encodes");
    drop(document);
    let Ok(Decoded::Current(stored)) = decode_later(&text) else {
        panic!("the document reads");
    };
    assert!(stored.assessment.history.is_unread());
    let (count, kept, peak) = measured(|| stored.assessment.history.len());
    assert_eq!(count, 300);
    // Read one run's tree at a time, the peak is the runs kept and one run's passing tree; the
    // whole list's tree first made it several times what is kept.
    assert!(kept > 100_000, "the runs take room: {kept} bytes");
    assert!(
        peak <= kept + kept / 4 + 64 * 1024,
        "reading {} KB of runs kept {kept} bytes and needed {peak} at its peak",
        text.len() / 1000
    );
}

#[test]
fn another_tabs_save_with_the_same_runs_costs_only_what_changed() {
    // Another tab's save is read while this tab holds the document it shows, at the moment the
    // module's memory is highest. Years of runs, unchanged there, were a second copy of most of
    // the document then (10.4 MB with the quadruple document, over issue #13's 10 MB).
    let mut document = Document::default();
    document.assessment.history = (1..=300).map(run).collect::<Vec<_>>().into();
    let held_text = encode(&document).expect("encodes");
    let Ok(Decoded::Current(held)) = decode_later(&held_text) else {
        panic!("the document reads");
    };
    assert_eq!(
        held.assessment.history.len(),
        300,
        "this tab has read its runs"
    );
    document.couple.a = "Named in the other tab".into();
    let text = encode(&document).expect("encodes");
    let (alone, alone_kept, alone_peak) = measured(|| decode_now(&text));
    let (shared, kept, peak) =
        measured(|| History::alongside(&held.assessment.history, || decode_now(&text)));
    assert_eq!(shared, alone, "the same document either way");
    assert!(
        alone_kept > 200_000,
        "read alone, the runs take room: {alone_kept} bytes"
    );
    assert!(
        kept <= 16 * 1024 && peak <= alone_peak / 8,
        "read beside this tab's runs, the save kept {kept} bytes (alone {alone_kept}) and needed \
         {peak} at its peak (alone {alone_peak})"
    );
}

#[test]
fn opening_a_sealed_save_of_years_needs_the_room_of_its_text_alone() {
    // Another tab's save with the lock on is opened synchronously in this one (the storage
    // event must be answered before this tab saves again). Its text, then its data decoded into
    // a block of their own, were both in the module at once, with this tab's document.
    use mend::domain::lock::Envelope;
    let data: Vec<u8> = (0..1_500_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let text = Envelope::seal(600_000, &[1; 16], &[2; 12], &data).to_text();
    let len = text.len();
    let (opened, kept, peak) = measured(move || Envelope::parse_owned(text));
    let opened = opened.expect("opens");
    assert_eq!(opened.data, data);
    assert!(
        kept <= 1024 && peak <= 64 * 1024,
        "opening {len} characters kept {kept} bytes more and needed {peak} more at its peak"
    );
}
