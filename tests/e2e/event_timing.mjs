// Filing the browser's Event Timing entries under the bench's actions (tests/e2e/bench.mjs).
//
// Chromium reports an entry only once a frame after its event has been presented. When no new
// frame is presented for a while (the bench met this with the checklist's step note: the
// renderer drew a frame, the display compositor skipped it), the entry arrives during a later
// action, with the wait in its duration. So entries are filed by when their event happened,
// never by when they were reported, and an entry whose frame came only after its action ended
// counts with its input delay and handlers: the part of its time that was the page's work.

/**
 * How long the bench holds the mouse button down in a click, in ms (MEND_BENCH_PRESS_MS). A
 * person's press lasts about a tenth of a second, so the press is drawn (a button's pressed look)
 * before the release that makes the click; Playwright's own click presses and releases within a
 * few milliseconds, which puts both in one frame and counts the press's handling in the click's
 * time. 0 presses and releases at once, as Playwright's click does (until `fe106bc` the bench
 * clicked that way, and moved the pointer onto the control inside the timed action as well).
 */
export const PRESS_MS = Number(process.env.MEND_BENCH_PRESS_MS ?? 80);

/**
 * For `page.addInitScript`: keeps every Event Timing entry of 16 ms or more in `window.__events`,
 * with the fields `fileEntries` and `partsOf` read, for the bench and the floor alike.
 */
export function recordEntries() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd, interactionId: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** For `page.addInitScript`: keeps the time of the page's last pointer release (`releasedAfter`). */
export function recordReleases() {
  addEventListener('pointerup', (e) => { window.__mendBenchRelease = e.timeStamp; }, { capture: true, passive: true });
}

/**
 * Moves the mouse onto the middle of `box`: where a person's pointer is before they press, made
 * before the measured action, so the pointer's arrival (hover styles) is not counted in the click.
 */
export async function pointAt(page, box) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** A click where the mouse is (`pointAt`), the button held down for PRESS_MS. */
export async function press(page) {
  await page.mouse.down();
  if (PRESS_MS > 0) await page.waitForTimeout(PRESS_MS);
  await page.mouse.up();
}

/**
 * When the page last saw the pointer released (`recordReleases`), on its clock, if that was at or
 * after `t0`; NaN otherwise (the page does not record releases, or this click's release has not
 * been seen). Read once the action's frame is shown, so that reading it adds nothing to the click;
 * `fileEntries` takes it as the window's `release`.
 */
export async function releasedAfter(page, t0) {
  const at = await page.evaluate(() => window.__mendBenchRelease ?? NaN);
  return at >= t0 ? at : NaN;
}

/** Entry names that stand for one key or one click, to count those rather than their events. */
const ONE_INPUT = new Set(['keydown', 'click']);

/**
 * Files `entries` ({ name, start, duration, processingStart, processingEnd, interactionId }, page
 * time in ms; the last three may be missing) under `windows` ({ group, label, t0, t1 }: each
 * measured action, in the order made; a click's also `release`, when the button was let go). An
 * entry belongs to the window whose span holds its start; entries outside every window (loading,
 * getting to a control) are left out. An entry of the press not shown before the release (a press
 * that changes nothing on screen is drawn only with the release's frame) holds the time the button
 * was held: it counts to the end of its handlers, as a late one. So would a press whose own frame
 * took longer than the hold, short of its style, layout and paint: Mend's presses have no handlers
 * of their own. Returns, for each group with a window, the slowest entry's cost (`ms`, 0 when none
 * was reported: under 16 ms), the `label` of the action it came from, `late`, how many keys or
 * clicks of the group had no frame presented before their action ended, and `parts`, where the
 * slowest entry's time went (`partsOf`; null when none was reported or the entries carry no
 * `processingStart`).
 */
export function fileEntries(windows, entries) {
  const result = new Map();
  for (const w of windows) if (!result.has(w.group)) result.set(w.group, { ms: 0, label: w.label, late: 0, parts: null });
  const lateInputs = new Map();
  const startOf = new Map();
  for (const e of entries) {
    const w = windows.findLast((x) => x.t0 <= e.start);
    if (!w || e.start > w.t1) continue;
    const late = e.start + e.duration > w.t1;
    // Shown after the release it came before, by more than durations are rounded (to the nearest
    // 8 ms). Comparisons with NaN, when the release is not known, are false.
    const held = e.start < w.release && e.start + e.duration > w.release + 4;
    // Under 16 ms counts as nothing, as the browser reports no entry below that.
    const handlers = e.processingEnd - e.start;
    const ms = late || held ? (handlers < 16 ? 0 : handlers) : e.duration;
    if (late && ONE_INPUT.has(e.name)) {
      const starts = lateInputs.get(w.group) ?? new Set();
      starts.add(`${w.t0}:${e.start}`);
      lateInputs.set(w.group, starts);
    }
    const slowest = result.get(w.group);
    // Of entries shown in one frame the first to start took longest; durations are rounded, so a
    // later one can show the same: the earlier stands for the input.
    const first = ms === slowest.ms && ms > 0 && e.start < (startOf.get(w.group) ?? -Infinity);
    if (ms > slowest.ms || first) {
      Object.assign(slowest, { ms, label: w.label, parts: partsOf(entries, e, late || held) });
      startOf.set(w.group, e.start);
    }
  }
  for (const [group, starts] of lateInputs) result.get(group).late = starts.size;
  return result;
}

/**
 * Where the time of `entry`, one of `entries`, went, as the page can tell it. A click or a key is
 * several events (the pointer's move and press, its release and the click; keydown, input and
 * keyup), often presented in one frame, and the slowest entry can be any of them. The events of
 * the input are those from `entry` on presented with it (within 8 ms, the rounding of durations;
 * a press held before it, `fileEntries`, is not one of them) up to the last of its interaction
 * (`interactionId`, shared by pointerdown, pointerup and click, or keydown and keyup): events that
 * came later in the frame are another key's, or the browser's own, such as the pointer finding a
 * new element under it once the screen changed. `handlers` is the time in their handlers, the
 * browser's work for each event included, counted once where one event is handled inside another
 * (a keypress dispatches the input it causes; `change`, which Event Timing does not report, is
 * dispatched inside whichever event caused it, or after a click's handlers, in `after`); `after`, from the end of the last of them to the frame
 * presented: style, layout, paint, waiting for the frame and presenting it; `waiting`, the rest:
 * the input reaching the page, the main thread busy with other work, the moments between the
 * events. For a `late` entry (or a held one, `fileEntries`), counted to the end of its handlers,
 * its frame tells nothing: the events of its input (same start) count, and `after` is 0. Null when
 * the entries carry no `processingStart`. Durations are rounded by the browser to 8 ms, so the
 * parts are too.
 */
export function partsOf(entries, entry, late = false) {
  const presented = (x) => x.start + x.duration;
  const timed = entries.filter((x) => Number.isFinite(x.processingStart));
  const frame = late
    ? []
    : timed
      .filter((x) => x.start >= entry.start && Math.abs(presented(x) - presented(entry)) <= 8)
      .sort((a, b) => a.start - b.start);
  // The input `entry` is part of: its own interaction, else the first one shown with it.
  const id = entry.interactionId > 0 ? entry.interactionId : frame.find((x) => x.interactionId > 0)?.interactionId;
  const ofInput = frame.filter((x) => x.interactionId === id).map((x) => x.start);
  const mine = late || id === undefined
    ? timed.filter((x) => x.start === entry.start)
    : frame.filter((x) => x.start <= Math.max(...ofInput));
  if (mine.length === 0) return null;
  // Handlers can run inside another event's handling (a key's keypress inserts the text and
  // dispatches input there; a key in a list box dispatches input and change inside its keydown):
  // the time covered by any of them, not their sum.
  const spans = mine.map((x) => [x.processingStart, x.processingEnd]).sort((a, b) => a[0] - b[0]);
  let handlers = 0;
  let reached = -Infinity;
  for (const [from, to] of spans) {
    if (to > reached) handlers += to - Math.max(from, reached);
    reached = Math.max(reached, to);
  }
  const lastHandler = Math.max(...mine.map((x) => x.processingEnd));
  const end = late ? lastHandler : presented(entry);
  const after = Math.max(0, end - lastHandler);
  return { waiting: Math.max(0, end - entry.start - handlers - after), handlers, after };
}

/** `parts` (partsOf) as the bench prints them: "waiting 7 + handlers 17 + after them 40 ms". */
export function fmtParts(parts) {
  if (!parts) return '';
  const ms = (x) => Math.round(x);
  return `waiting ${ms(parts.waiting)} + handlers ${ms(parts.handlers)} + after them ${ms(parts.after)} ms`;
}
