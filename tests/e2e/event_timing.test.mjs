// How the bench files Event Timing entries (tests/e2e/event_timing.mjs). Plain data, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEntries, partsOf, fmtParts, releasedAfter } from './event_timing.mjs';

const key = (start, duration, processing = 20) => [
  { name: 'keydown', start, duration, processingEnd: start + processing },
  { name: 'input', start: start + 2, duration: duration - 2, processingEnd: start + processing },
];

// The bench's real case (ninth round): the step note's second to fourth keys were reported
// during the promise note's action, about 0.5 s after they happened, with the wait in them.
const windows = [
  { group: 'type a step note', label: 'type a step note', t0: 1000, t1: 1400 },
  { group: 'type a promise note', label: 'type a promise note', t0: 1900, t1: 2300 },
];

test('a late entry is filed under the action in which its event happened, at its handlers\' cost', () => {
  const entries = [
    ...key(1010, 40),
    // Reported while the promise note was typed, presented at 1920 and later.
    ...key(1080, 840, 30), ...key(1150, 770, 25), ...key(1220, 700, 22),
    ...key(1905, 32), ...key(1970, 24),
  ];
  const filed = fileEntries(windows, entries);
  assert.deepEqual(filed.get('type a promise note'), { ms: 32, label: 'type a promise note', late: 0, parts: null });
  // The step note: the first key's 40 ms on screen, and three keys that had no frame in time,
  // each counted with its input delay and handlers (30, 25, 22 ms).
  assert.deepEqual(filed.get('type a step note'), { ms: 40, label: 'type a step note', late: 3, parts: null });
});

test('a slow key whose frame came within its action keeps its whole duration', () => {
  const filed = fileEntries(windows, [...key(1010, 380, 300)]);
  assert.equal(filed.get('type a step note').ms, 380);
  assert.equal(filed.get('type a step note').late, 0);
});

test('a late entry whose handlers took under 16 ms counts as under 16 ms', () => {
  const filed = fileEntries(windows, [{ name: 'keydown', start: 1100, duration: 600, processingEnd: 1109 }]);
  assert.deepEqual(filed.get('type a step note'), { ms: 0, label: 'type a step note', late: 1, parts: null });
});

test('entries outside every action are left out, and an action with none is under 16 ms', () => {
  const filed = fileEntries(windows, [
    // Loading, before the first action; scrolling to the promise note, between the two.
    { name: 'click', start: 500, duration: 300, processingEnd: 520 },
    { name: 'pointerover', start: 1600, duration: 200, processingEnd: 1610 },
  ]);
  assert.equal(filed.get('type a step note').ms, 0);
  assert.equal(filed.get('type a promise note').ms, 0);
});

test('a group holds its slowest action over several windows, with that action\'s label', () => {
  const ticks = [
    { group: 'tick a step', label: 'tick a step', t0: 0, t1: 300 },
    { group: 'open/close a phase', label: 'open/close "Reliability"', t0: 400, t1: 700 },
    { group: 'open/close a phase', label: 'open/close "Reliability" again', t0: 800, t1: 1100 },
  ];
  const filed = fileEntries(ticks, [
    { name: 'click', start: 10, duration: 48, processingEnd: 30 },
    { name: 'click', start: 410, duration: 40, processingEnd: 420 },
    { name: 'click', start: 810, duration: 56, processingEnd: 830 },
  ]);
  assert.deepEqual(filed.get('open/close a phase'), { ms: 56, label: 'open/close "Reliability" again', late: 0, parts: null });
  assert.deepEqual(filed.get('tick a step'), { ms: 48, label: 'tick a step', late: 0, parts: null });
});

// A click as Chromium reports it (Playwright's, at 4x): the pointer's move and press, then its
// release and the click, all presented in one frame. The move comes first, so it is the slowest
// entry; the click's handlers are the app's. Then, once the new screen is laid out, the pointer
// is over another element: the browser's own pointerout and pointerover, presented in the same
// frame, which are not the person's input.
const click = (at, duration, { handlers = 15 } = {}) => [
  { name: 'pointerover', start: at, duration, processingStart: at + 1.3, processingEnd: at + 1.4, interactionId: 0 },
  { name: 'pointerdown', start: at + 0.5, duration: duration - 0.5, processingStart: at + 2.4, processingEnd: at + 2.7, interactionId: 7 },
  { name: 'pointerup', start: at + 5.4, duration: duration - 8, processingStart: at + 8.6, processingEnd: at + 9.2, interactionId: 7 },
  { name: 'mouseup', start: at + 5.4, duration: duration - 8, processingStart: at + 9.2, processingEnd: at + 9.2, interactionId: 0 },
  { name: 'click', start: at + 5.4, duration: duration - 8, processingStart: at + 9.2, processingEnd: at + 9.2 + handlers, interactionId: 7 },
  { name: 'pointerout', start: at + 41, duration: 16, processingStart: at + 41.5, processingEnd: at + 43, interactionId: 0 },
];
const round = (parts) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(v * 10) / 10]));

test('where the slowest click\'s time went: every handler presented in its frame, then the frame', () => {
  const filed = fileEntries(windows, [...click(1010, 56), ...click(1100, 40, { handlers: 2 })]);
  const slowest = filed.get('type a step note');
  assert.equal(slowest.ms, 56);
  // The slowest entry is the pointer's move, whose own handler took 0.1 ms: the click's 15 ms,
  // presented in the same frame, count (16 ms in all), and not the pointerout that followed them.
  // The frame came 56 ms after the move, 31.8 after the click's handlers ended; the rest,
  // 56 - 16 - 31.8, went before and between the handlers.
  assert.deepEqual(round(slowest.parts), { waiting: 8.2, handlers: 16, after: 31.8 });
  assert.equal(fmtParts(slowest.parts), 'waiting 8 + handlers 16 + after them 32 ms');
});

test('a late click\'s parts are its own input\'s and end with its handlers; no part is negative', () => {
  const late = fileEntries(windows, [{ name: 'click', start: 1300, duration: 900, processingStart: 1306, processingEnd: 1346 }]).get('type a step note');
  assert.equal(late.late, 1);
  assert.deepEqual(late.parts, { waiting: 6, handlers: 40, after: 0 });
  // Durations come rounded to 8 ms: one that ends before its handlers must not show a negative part.
  const short = [{ name: 'click', start: 0, duration: 16, processingStart: 4, processingEnd: 18 }];
  assert.deepEqual(partsOf(short, short[0]), { waiting: 2, handlers: 14, after: 0 });
  // Entries with no interaction id in the frame: the slowest entry's own input counts.
  const hover = [{ name: 'pointerover', start: 0, duration: 24, processingStart: 2, processingEnd: 3 }, { name: 'pointerout', start: 9, duration: 16, processingStart: 10, processingEnd: 20 }];
  assert.deepEqual(partsOf(hover, hover[0]), { waiting: 2, handlers: 1, after: 21 });
  const bare = [{ name: 'click', start: 0, duration: 40, processingEnd: 20 }];
  assert.equal(partsOf(bare, bare[0]), null);
  assert.equal(fmtParts(null), '');
});

test('a press not drawn until the release counts to the end of its handlers; the release in full', () => {
  // Held for 80 ms: the checkbox's press changes nothing on screen, so its entries come with the
  // frame after the release and hold the 80 ms; the release's click is what the person waits for.
  const at = 1010;
  const release = at + 80;
  const entries = [
    { name: 'pointerdown', start: at, duration: 112, processingStart: at + 2, processingEnd: at + 3, interactionId: 9 },
    { name: 'mousedown', start: at, duration: 112, processingStart: at + 3, processingEnd: at + 3.5, interactionId: 0 },
    { name: 'pointerup', start: release, duration: 32, processingStart: release + 2, processingEnd: release + 3, interactionId: 9 },
    { name: 'click', start: release, duration: 32, processingStart: release + 3, processingEnd: release + 9, interactionId: 9 },
  ];
  const held = fileEntries([{ ...windows[0], release }], entries).get('type a step note');
  assert.deepEqual(held, { ms: 32, label: 'type a step note', late: 0, parts: { waiting: 2, handlers: 7, after: 23 } });
  // Without the release known, the press's 112 ms counts, as before.
  assert.equal(fileEntries(windows, entries).get('type a step note').ms, 112);
  // A press drawn before the release (a pressed look) keeps its whole duration.
  const drawn = [{ ...entries[0], duration: 40 }, entries[2], entries[3]];
  assert.equal(fileEntries([{ ...windows[0], release }], drawn).get('type a step note').ms, 40);
});

test('a held press: slowest when its handlers are, counted to them; shown just before the release, in full', () => {
  const release = 1090;
  const pressWith = (handlers, shownAt) => [
    { name: 'pointerdown', start: 1010, duration: shownAt - 1010, processingStart: 1012, processingEnd: 1012 + handlers, interactionId: 9 },
    { name: 'click', start: release, duration: 24, processingStart: release + 2, processingEnd: release + 6, interactionId: 9 },
  ];
  // Its handlers took 40 ms, and its frame came with the release's: 42 ms to the end of them.
  const slow = fileEntries([{ ...windows[0], release }], pressWith(40, 1114)).get('type a step note');
  assert.deepEqual(slow, { ms: 42, label: 'type a step note', late: 0, parts: { waiting: 2, handlers: 40, after: 0 } });
  // Shown 3 ms after the release by the rounded duration, so maybe before it: its whole 83 ms.
  assert.equal(fileEntries([{ ...windows[0], release }], pressWith(1, 1093)).get('type a step note').ms, 83);
  // 5 ms after it: held, and the release's click is the slowest.
  assert.equal(fileEntries([{ ...windows[0], release }], pressWith(1, 1095)).get('type a step note').ms, 24);
  // The release not seen (NaN, as `releasedAfter` says then): every entry in full.
  assert.equal(fileEntries([{ ...windows[0], release: NaN }], pressWith(1, 1114)).get('type a step note').ms, 104);
});

test('two keys shown in one frame: the first key\'s parts hold its own handlers, not the second\'s', () => {
  const keyAt = (at, id, handlers) => [
    { name: 'keydown', start: at, duration: 1060 - at, processingStart: at + 1, processingEnd: at + 1 + handlers, interactionId: id },
    { name: 'input', start: at + 0.5, duration: 1060 - at - 0.5, processingStart: at + 1 + handlers, processingEnd: at + 2 + handlers, interactionId: 0 },
    { name: 'keyup', start: at + 1, duration: 1060 - at - 1, processingStart: at + 3 + handlers, processingEnd: at + 3.5 + handlers, interactionId: id },
  ];
  const entries = [...keyAt(1010, 21, 10), ...keyAt(1030, 22, 12)];
  const first = fileEntries(windows, entries).get('type a step note');
  assert.equal(first.ms, 50);
  // 10 + 1 + 0.5 ms of its own, the frame 36.5 ms after its keyup's handler (with the second
  // key's events, 25 ms of handlers and 14.5 after).
  assert.deepEqual(first.parts, { waiting: 2, handlers: 11.5, after: 36.5 });
});

test('a typed key as Chromium reports it: input handled inside keypress counts once', () => {
  // As reported for one key typed into a box whose input handler took 30 ms (headless Chromium
  // 156): keydown and keypress share the key's time and interaction; beforeinput and input (no
  // interaction of their own) are dispatched inside keypress's handling, and start later. Listed
  // out of start order, with input first: durations are rounded, so it shows as long as keydown,
  // and the key's own entries must still stand for it.
  const at = 1010;
  const entries = [
    { name: 'input', start: at + 1.1, duration: 40, processingStart: at + 1.3, processingEnd: at + 32.6, interactionId: 0 },
    { name: 'keydown', start: at, duration: 40, processingStart: at + 0.4, processingEnd: at + 0.5, interactionId: 7619 },
    { name: 'beforeinput', start: at + 0.6, duration: 40, processingStart: at + 0.6, processingEnd: at + 0.6, interactionId: 0 },
    { name: 'keypress', start: at, duration: 40, processingStart: at + 0.5, processingEnd: at + 32.7, interactionId: 7619 },
    // Released 5 ms after it was pressed: its keyup waited for the input handler, same frame.
    { name: 'keyup', start: at + 5, duration: 35, processingStart: at + 33, processingEnd: at + 33.2, interactionId: 7619 },
  ];
  const parts = fileEntries(windows, entries).get('type a step note').parts;
  // 32.5 ms of handlers (0.4 to 32.7 and 33 to 33.2), not their sum, 63.8; the frame 6.8 ms later.
  assert.deepEqual(round(parts), { waiting: 0.7, handlers: 32.5, after: 6.8 });
});

test('the release is this click\'s only if the page saw it after the action began', async () => {
  const pageWith = (at) => ({ evaluate: async () => at });
  assert.equal(await releasedAfter(pageWith(1012), 1000), 1012);
  assert.ok(Number.isNaN(await releasedAfter(pageWith(990), 1000)), 'an earlier click\'s release');
  assert.ok(Number.isNaN(await releasedAfter(pageWith(undefined), 1000)), 'no release recorded');
});
