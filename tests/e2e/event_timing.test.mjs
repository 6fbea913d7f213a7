// How the bench files Event Timing entries (tests/e2e/event_timing.mjs). Plain data, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileEntries } from './event_timing.mjs';

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
  assert.deepEqual(filed.get('type a promise note'), { ms: 32, label: 'type a promise note', late: 0 });
  // The step note: the first key's 40 ms on screen, and three keys that had no frame in time,
  // each counted with its input delay and handlers (30, 25, 22 ms).
  assert.deepEqual(filed.get('type a step note'), { ms: 40, label: 'type a step note', late: 3 });
});

test('a slow key whose frame came within its action keeps its whole duration', () => {
  const filed = fileEntries(windows, [...key(1010, 380, 300)]);
  assert.equal(filed.get('type a step note').ms, 380);
  assert.equal(filed.get('type a step note').late, 0);
});

test('a late entry whose handlers took under 16 ms counts as under 16 ms', () => {
  const filed = fileEntries(windows, [{ name: 'keydown', start: 1100, duration: 600, processingEnd: 1109 }]);
  assert.deepEqual(filed.get('type a step note'), { ms: 0, label: 'type a step note', late: 1 });
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
  assert.deepEqual(filed.get('open/close a phase'), { ms: 56, label: 'open/close "Reliability" again', late: 0 });
  assert.deepEqual(filed.get('tick a step'), { ms: 48, label: 'tick a step', late: 0 });
});
