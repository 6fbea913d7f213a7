// Filing the browser's Event Timing entries under the bench's actions (tests/e2e/bench.mjs).
//
// Chromium reports an entry only once a frame after its event has been presented. When no new
// frame is presented for a while (the bench met this with the checklist's step note: the
// renderer drew a frame, the display compositor skipped it), the entry arrives during a later
// action, with the wait in its duration. So entries are filed by when their event happened,
// never by when they were reported, and an entry whose frame came only after its action ended
// counts with its input delay and handlers: the part of its time that was the page's work.

/** Entry names that stand for one key or one click, to count those rather than their events. */
const ONE_INPUT = new Set(['keydown', 'click']);

/**
 * Files `entries` ({ name, start, duration, processingEnd }, page time in ms) under `windows`
 * ({ group, label, t0, t1 }: each measured action, in the order made). An entry belongs to the
 * window whose span holds its start; entries outside every window (loading, getting to a
 * control) are left out. Returns, for each group with a window, the slowest entry's cost
 * (`ms`, 0 when none was reported: under 16 ms), the `label` of the action it came from and
 * `late`, how many keys or clicks of the group had no frame presented before their action ended.
 */
export function fileEntries(windows, entries) {
  const result = new Map();
  for (const w of windows) if (!result.has(w.group)) result.set(w.group, { ms: 0, label: w.label, late: 0 });
  const lateInputs = new Map();
  for (const e of entries) {
    const w = windows.findLast((x) => x.t0 <= e.start);
    if (!w || e.start > w.t1) continue;
    const late = e.start + e.duration > w.t1;
    // Under 16 ms counts as nothing, as the browser reports no entry below that.
    const handlers = e.processingEnd - e.start;
    const ms = late ? (handlers < 16 ? 0 : handlers) : e.duration;
    if (late && ONE_INPUT.has(e.name)) {
      const starts = lateInputs.get(w.group) ?? new Set();
      starts.add(`${w.t0}:${e.start}`);
      lateInputs.set(w.group, starts);
    }
    const slowest = result.get(w.group);
    if (ms > slowest.ms) Object.assign(slowest, { ms, label: w.label });
  }
  for (const [group, starts] of lateInputs) result.get(group).late = starts.size;
  return result;
}
