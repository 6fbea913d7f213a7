//! How much memory reading years of data needs at its peak, not only what it keeps.
//!
//! Why a test: the wasm module's memory grows to the highest point the allocator ever reached and
//! never shrinks, so a passing moment (a whole tree built only to be read into models) costs a
//! tab as much as data it keeps. Issue #13 holds the module to 10 MB with the quadruple document;
//! the finished runs' tree alone once set about 1.7 MB of that. Counted here by a global
//! allocator that tallies the bytes live on this thread and the highest they reached.

use mend::domain::assessment::{score, Answer, Answers, CompletedRun, RunResult, ITEMS};
use mend::domain::date::Day;
use mend::domain::document::Document;
use mend::domain::schema::{decode_later, encode, Decoded};
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
