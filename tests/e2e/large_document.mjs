// Large, realistic Mend documents for the bench and the tests (issue #13): years of check-ins,
// hundreds of promises and assessment runs, a filled worksheet. Built from the shapes of
// tests/fixtures/v2-populated.json's records, in the current schema (v4, src/domain/schema.rs),
// with a fixed-seed PRNG and fixed dates: the same options give the same bytes, every time.
//
//   largeDocument({ size: 'three-years' })  156 weekly check-ins over three years, 400 promises,
//                                           150 assessment runs, about 400 KB of JSON
//   largeDocument({ size: 'quadruple' })    four times each (about 1.6 MB)
//   largeDocumentText(options)              the document as the app stores it (JSON text)
//   storageEntries(text, pathname)          the localStorage entries that hold it for a page
//   seedStorage(page, origin, entries)      writes them before the app is opened
//
// The JSON is written the way serde_json writes the Rust types (field order, map key order, no
// spaces), so the app reads it as its own text and does not rewrite it on opening. Check with
// `node tests/e2e/large_document.mjs [three-years|quadruple]`, which prints sizes and counts.

/** The schema version the app writes (src/domain/schema.rs CURRENT_VERSION). */
export const SCHEMA_VERSION = 4;

/** The last day any record carries. Fixed, so the output never depends on the clock. */
export const END_DAY = '2026-11-01';

/** What each size holds. */
export const SIZES = {
  'three-years': { checkIns: 156, promises: 400, runs: 150, customSteps: 8, customTopics: 3, revisions: 2 },
  quadruple: { checkIns: 624, promises: 1600, runs: 600, customSteps: 32, customTopics: 12, revisions: 8 },
};

/** The default seed. Change it only with a note in the bench's history: numbers follow it. */
export const SEED = 13;

/** mulberry32: a small, well-known 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Days, as src/domain/date.rs stores them ("YYYY-MM-DD"), computed in UTC so the time zone of the
// machine never matters.

const MS_PER_DAY = 86400000;
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / MS_PER_DAY;
const isoDay = (n) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
const plusDays = (iso, days) => isoDay(dayNumber(iso) + days);

// ---------------------------------------------------------------------------------------------
// The assessment's statements. Bank 2 (the current one, src/domain/assessment/bank.rs ITEMS):
// id, area, facet, and r = reversed, c = "may not apply". Copied rather than parsed from the Rust
// source so that the documents stay the same while the code is moved around; runs keep the bank
// they were scored with anyway, so a later bank change does not make these documents invalid.
const BANK_2 = `hon-01 Honesty Dependability -|hon-02 Honesty Predictability -|hon-03 Honesty Dependability r|hon-04 Honesty Predictability -|hon-06 Honesty Faith -|rel-01 Reliability Predictability -|rel-02 Reliability Predictability -|rel-03 Reliability Dependability -|rel-04 Reliability Dependability c|rel-05 Reliability Faith -|bnd-01 Boundaries Dependability -|bnd-02 Boundaries Predictability -|bnd-03 Boundaries Dependability r|bnd-04 Boundaries Dependability -|bnd-05 Boundaries Predictability -|fid-01 Fidelity Faith -|fid-02 Fidelity Dependability -|fid-03 Fidelity Predictability -|fid-04 Fidelity Dependability -|fid-05 Fidelity Predictability c|sec-01 Security Faith -|sec-02 Security Faith -|sec-03 Security Dependability -|sec-05 Security Predictability -|sec-06 Security Faith -|sup-01 Support Dependability -|sup-02 Support Dependability -|sup-03 Support Predictability -|sup-04 Support Dependability -|sup-05 Support Predictability -|acc-01 Accountability Dependability c|acc-02 Accountability Dependability c|acc-03 Accountability Predictability c|acc-04 Accountability Faith -|acc-06 Accountability Faith -|con-01 Conflict Predictability -|con-02 Conflict Dependability -|con-04 Conflict Faith -|con-05 Conflict Predictability c|con-06 Conflict Dependability -|exp-01 Expectations Predictability -|exp-02 Expectations Predictability -|exp-03 Expectations Predictability -|exp-05 Expectations Faith -|exp-06 Expectations Dependability -|shw-01 HowItShows Faith -|shw-02 HowItShows Faith -|shw-03 HowItShows Predictability r|shw-04 HowItShows Predictability -|shw-05 HowItShows Dependability -|slf-01 SelfTrust Faith -|slf-02 SelfTrust Predictability -|slf-03 SelfTrust Dependability -|slf-04 SelfTrust Dependability -|slf-05 SelfTrust Faith -|slf-06 SelfTrust Faith -|slf-07 SelfTrust Dependability -|slf-08 SelfTrust Predictability -`
  .split('|')
  .map((row) => {
    const [id, area, facet, flag] = row.split(' ');
    return { id, area, facet, reversed: flag === 'r', mayNotApply: flag === 'c' };
  });

/** Areas and facets in the Rust enums' order: BTreeMaps keyed by them serialise in this order. */
const AREAS = ['Honesty', 'Reliability', 'Boundaries', 'Fidelity', 'Security', 'Support', 'Accountability', 'Conflict', 'Expectations', 'HowItShows', 'SelfTrust'];
const FACETS = ['Predictability', 'Dependability', 'Faith'];
const PREFIX_AREA = { hon: 'Honesty', rel: 'Reliability', bnd: 'Boundaries', fid: 'Fidelity', sec: 'Security', sup: 'Support', acc: 'Accountability', con: 'Conflict', exp: 'Expectations', shw: 'HowItShows', slf: 'SelfTrust' };

// Bank 1 (the fixture's runs): five statements per area, `xxx-01` to `xxx-05`. Its facets are not
// in the code any more; statements that carried over keep bank 2's, the others take turns.
const BANK_1 = Object.keys(PREFIX_AREA).flatMap((prefix) => [1, 2, 3, 4, 5].map((n, i) => {
  const id = `${prefix}-0${n}`;
  const kept = BANK_2.find((item) => item.id === id);
  return kept ?? { id, area: PREFIX_AREA[prefix], facet: FACETS[i % 3], reversed: false, mayNotApply: false };
}));

/** When runs switched from bank 1 to bank 2 (the role step came with it). */
const BANK_2_SINCE = '2026-03-01';

const ROLES = ['WasHurt', 'BrokeTrust', 'Both', 'CheckingIn', 'PreferNotToSay'];

/** src/domain/assessment/scoring.rs Tally::score, exactly (integer maths, half up). */
function tallyScore({ sum, answered, total }) {
  const enough = answered > 0 && answered * 5 >= total * 3;
  let value = null;
  if (enough) {
    const numerator = (sum - answered) * 100;
    const denominator = 6 * answered;
    value = Math.min(100, Math.floor((2 * numerator + denominator) / (2 * denominator)));
  }
  return { value, answered, total };
}

/** src/domain/assessment/scoring.rs score(), for the given bank's statements. */
function scoreAnswers(bank, answers) {
  const tally = () => ({ sum: 0, answered: 0, total: 0 });
  const overall = tally();
  const areas = Object.fromEntries(AREAS.map((a) => [a, tally()]));
  const facets = Object.fromEntries(FACETS.map((f) => [f, tally()]));
  const add = (t, value) => {
    t.total += 1;
    if (value !== null) { t.sum += value; t.answered += 1; }
  };
  for (const item of bank) {
    const answer = answers[item.id];
    if (item.mayNotApply && answer === 'NotApplicable') continue;
    const raw = answer && typeof answer === 'object' ? answer.Rating : null;
    const value = raw === null ? null : item.reversed ? 8 - raw : raw;
    add(areas[item.area], value);
    if (item.area !== 'HowItShows' && item.area !== 'SelfTrust') {
      add(overall, value);
      add(facets[item.facet], value);
    }
  }
  return {
    overall: tallyScore(overall),
    areas: Object.fromEntries(AREAS.map((a) => [a, tallyScore(areas[a])])),
    facets: Object.fromEntries(FACETS.map((f) => [f, tallyScore(facets[f])])),
  };
}

// ---------------------------------------------------------------------------------------------
// Words. Plain sentences of the kind people write in these boxes, picked by the PRNG.

const OPENERS = ['We', 'I', 'You', 'We both', 'Sam and I', 'My partner', 'This week we', 'Today I'];
const VERBS = ['talked about', 'made time for', 'listened to each other about', 'tried again with', 'kept to', 'struggled with', 'laughed about', 'planned', 'wrote down', 'came back to'];
const THINGS = ['money', 'the phone rule', 'the weekend plans', 'how we argue', 'what happened in spring', 'seeing friends', 'the kids\' bedtime', 'our evenings', 'a walk after dinner', 'the budget night', 'my mother\'s visit', 'time apart', 'saying sorry', 'the messages', 'honesty about small things'];
const ENDINGS = ['and it went well.', 'without raising our voices.', 'even though it was hard.', 'and agreed to try again next week.', 'and I felt heard.', 'but we stopped for a pause.', 'and it felt lighter afterwards.', 'and wrote it in the notes.', 'before bed.', 'on Sunday.'];
const PROMISES = ['Call if I am going to be late', 'Put the phone away at dinner', 'Tell you first about any big purchase', 'Ask before making plans for both of us', 'Take a walk together on Saturday', 'Say when I need a pause instead of walking out', 'Answer questions about that night honestly', 'Check in at lunch on workdays', 'Book the counselling session', 'Share the calendar for the month', 'Cook together on Thursday', 'Write down one thing I appreciate every day'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const int = (rand, min, max) => min + Math.floor(rand() * (max - min + 1));
const sentence = (rand) => `${pick(rand, OPENERS)} ${pick(rand, VERBS)} ${pick(rand, THINGS)} ${pick(rand, ENDINGS)}`;
/** A short answer, like the fixture's check-in ("Walk", "Money talk"). */
const phrase = (rand) => { const t = pick(rand, THINGS); return t[0].toUpperCase() + t.slice(1); };
const sentences = (rand, min, max) => Array.from({ length: int(rand, min, max) }, () => sentence(rand)).join(' ');

// ---------------------------------------------------------------------------------------------
// Records. Every object is built in the field order of its Rust struct (serde writes fields in
// declaration order) and every map with its keys sorted, as a BTreeMap writes them.

/** An answer as src/domain/assessment/bank.rs Answer serialises: {"Rating":n}, "Skipped", "NotApplicable". */
function answerFor(rand, item, mood) {
  const r = rand();
  if (r < 0.03) return 'Skipped';
  if (item.mayNotApply && r < 0.08) return 'NotApplicable';
  const agreeing = Math.max(1, Math.min(7, Math.round(mood + (rand() - 0.5) * 3)));
  return { Rating: item.reversed ? 8 - agreeing : agreeing };
}

function answersFor(rand, bank, mood) {
  const answers = {};
  // A statement left unanswered is absent from the map, as in the app.
  for (const item of [...bank].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    if (rand() >= 0.15) answers[item.id] = answerFor(rand, item, mood);
  }
  return answers;
}

/** A finished run (src/domain/assessment/history.rs CompletedRun), solo or together. */
function completedRun(rand, id, date, couple) {
  const bankVersion = date < BANK_2_SINCE ? 1 : 2;
  const bank = bankVersion === 1 ? BANK_1 : BANK_2;
  // Trust slowly recovers over the years, with ups and downs.
  const progress = (dayNumber(date) - dayNumber(END_DAY) + 365 * 12) / (365 * 12);
  const mood = () => 2.5 + 3.5 * progress + (rand() - 0.5) * 2;
  const role = () => (bankVersion === 2 ? pick(rand, ROLES) : null);
  let result;
  if (rand() < 0.95) {
    const answers = answersFor(rand, bank, mood());
    result = { mode: 'Solo', scores: scoreAnswers(bank, answers), answers, role: role() };
  } else {
    const partner = (name) => {
      const answers = answersFor(rand, bank, mood());
      return { name, scores: scoreAnswers(bank, answers), answers, role: role() };
    };
    result = { mode: 'Together', a: partner(couple.a), b: partner(couple.b) };
  }
  return { id, date, bank_version: bankVersion, result };
}

/** A promise (src/domain/repair/mod.rs Promise), decided or open. */
function promise(rand, id, madeOn) {
  const due = plusDays(madeOn, int(rand, 1, 21));
  const r = rand();
  let decision = null;
  // The newest promises are more often still open.
  if (due <= END_DAY && r < 0.92) {
    const outcome = r < 0.7 ? 'kept' : 'missed';
    decision = { outcome, on: plusDays(due, int(rand, 0, 3)), note: rand() < 0.3 ? phrase(rand) : '' };
    if (decision.on > END_DAY) decision.on = END_DAY;
  }
  const text = pick(rand, PROMISES);
  return { id, text, made_on: madeOn, due, decision };
}

/** A check-in (src/domain/repair/mod.rs SavedCheckIn). */
function checkIn(rand, id, date, progress) {
  const rating = () => ({
    trust: Math.max(1, Math.min(10, Math.round(3 + 6 * progress + (rand() - 0.5) * 4))),
    closeness: Math.max(1, Math.min(10, Math.round(3 + 6 * progress + (rand() - 0.5) * 4))),
  });
  return {
    id,
    check_in: {
      date,
      a: rating(),
      b: rating(),
      went_well: phrase(rand),
      was_hard: rand() < 0.7 ? phrase(rand) : '',
      next_step: rand() < 0.9 ? phrase(rand) : '',
    },
  };
}

// src/domain/repair/content.rs: phases and their steps; the self-trust items.
const PHASES = {
  acknowledge: ['ack-say-it', 'ack-listen', 'ack-reflect', 'ack-pace'],
  ownership: ['own-name-it', 'own-impact', 'own-apology', 'own-own-pace', 'own-amends'],
  honesty: ['hon-answer', 'hon-tell-first', 'hon-ask', 'hon-reassure', 'hon-privacy'],
  reliability: ['rel-small-promises', 'rel-honest-no', 'rel-own-slips', 'rel-first-move', 'rel-notice'],
  boundaries: ['bnd-own-side', 'bnd-agree', 'bnd-if-crossed', 'bnd-end-contact', 'bnd-review-date'],
  reconnect: ['rec-share', 'rec-affection', 'rec-present', 'rec-light'],
  support: ['sup-talk', 'sup-find', 'sup-first-session', 'sup-past', 'sup-own-support'],
  maintain: ['mnt-check-ins', 'mnt-appreciate', 'mnt-forgive', 'mnt-celebrate'],
};
const SELF_TRUST = ['self-feelings', 'self-learn', 'self-no', 'self-gut', 'self-small-promise', 'self-kindness'];
const WHO = ['broke_trust', 'hurt', 'both'];

// src/domain/boundaries/content.rs: the built-in topics, in their default order.
const TOPICS = ['emotional-support', 'personal-space', 'digital-privacy', 'money', 'time-with-others', 'intimacy', 'conflict'];
const STATUSES = ['not_discussed', 'talking', 'agreed', 'needs_revisiting'];

const sortedObject = (entries) => Object.fromEntries([...entries].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));

function repairPlan(rand, spec, firstDay) {
  const steps = Object.values(PHASES).flat();
  const span = dayNumber(END_DAY) - dayNumber(firstDay);
  const dayIn = () => isoDay(dayNumber(firstDay) + int(rand, 0, span));
  // About two thirds of the steps done, most with a note; the last phase's first step open, so a
  // first tick in the bench adds one rather than removing one wherever it lands.
  const customSteps = Array.from({ length: spec.customSteps }, (_, i) => ({
    id: `custom-${i + 1}`,
    phase: pick(rand, Object.keys(PHASES)),
    text: sentence(rand),
    who: pick(rand, WHO),
  }));
  const ticks = [];
  for (const id of [...steps, ...customSteps.map((s) => s.id)]) {
    if (id === 'ack-say-it' || rand() < 0.66) ticks.push([id, { done_on: dayIn(), note: rand() < 0.8 ? sentences(rand, 1, 3) : '' }]);
  }
  const selfTrust = SELF_TRUST.filter(() => rand() < 0.7).map((id) => [id, { done_on: dayIn(), note: rand() < 0.5 ? sentence(rand) : '' }]);

  // Promises, oldest first (the order added), ids 1..n.
  const promiseDays = Array.from({ length: spec.promises }, () => dayNumber(firstDay) + int(rand, 0, span - 1)).sort((x, y) => x - y);
  const promises = promiseDays.map((n, i) => promise(rand, i + 1, isoDay(n)));
  // Weekly check-ins ending on END_DAY, oldest first.
  const checkIns = Array.from({ length: spec.checkIns }, (_, i) => {
    const date = plusDays(END_DAY, -7 * (spec.checkIns - 1 - i));
    return checkIn(rand, i + 1, date, (i + 1) / spec.checkIns);
  });
  return {
    ticks: sortedObject(ticks),
    hidden: [],
    custom_steps: customSteps,
    self_trust: sortedObject(selfTrust),
    promises,
    check_ins: checkIns,
    check_in_every_days: 7,
    next_step: spec.customSteps,
    next_promise: spec.promises,
    next_check_in: spec.checkIns,
  };
}

function worksheet(rand, spec, firstDay) {
  const custom = Array.from({ length: spec.customTopics }, (_, i) => ({
    id: `custom-${i + 1}`,
    title: pick(rand, ['Holidays', 'Family visits', 'Work travel', 'Chores', 'Screen time', 'Old friends', 'Savings', 'Sleep']),
    about: rand() < 0.5 ? sentence(rand) : null,
  }));
  const ids = [...TOPICS, ...custom.map((c) => c.id)];
  const span = dayNumber(END_DAY) - dayNumber(firstDay);
  const entries = ids.map((id) => {
    const status = pick(rand, STATUSES);
    const history = Array.from({ length: int(rand, 0, spec.revisions) }, (_, i) => {
      const replaced = isoDay(dayNumber(firstDay) + Math.floor(((i + 1) * span) / (spec.revisions + 2)));
      return { text: sentences(rand, 1, 3), agreed_on: rand() < 0.8 ? plusDays(replaced, -int(rand, 7, 60)) : null, replaced_on: replaced };
    });
    const views = () => ({ need: sentences(rand, 1, 3), not_ok: sentences(rand, 1, 2), if_crossed: sentences(rand, 1, 2) });
    const agreedOn = status === 'agreed' ? plusDays(END_DAY, -int(rand, 0, 200)) : null;
    return [id, {
      hidden: id === 'intimacy' && rand() < 0.5,
      title: rand() < 0.15 && TOPICS.includes(id) ? `Our ${id.replace(/-/g, ' ')}` : null,
      a: views(),
      b: views(),
      agreement: status === 'not_discussed' ? '' : sentences(rand, 1, 3),
      status,
      agreed_on: agreedOn,
      revisit_by: agreedOn ? plusDays(agreedOn, 90) : null,
      history,
    }];
  });
  return { order: ids, entries: sortedObject(entries), custom, next_custom: spec.customTopics };
}

/**
 * A current-schema document (the object the app stores, `schema_version` first).
 * Options: `size` ('three-years' or 'quadruple'), `seed` (default SEED).
 */
export function largeDocument({ size = 'three-years', seed = SEED } = {}) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}: one of ${Object.keys(SIZES).join(', ')}`);
  const rand = mulberry32(seed);
  const couple = { a: 'Ana', b: 'Bo' };
  // Weekly check-ins set the span: three years for 156 of them, twelve for the quadruple.
  const firstDay = plusDays(END_DAY, -7 * (spec.checkIns - 1));
  const span = dayNumber(END_DAY) - dayNumber(firstDay);
  const runDays = Array.from({ length: spec.runs }, () => dayNumber(firstDay) + int(rand, 0, span)).sort((x, y) => x - y);
  const history = runDays.map((n, i) => completedRun(rand, i, isoDay(n), couple));
  return {
    schema_version: SCHEMA_VERSION,
    couple,
    // No questionnaire in progress: the assessment screen offers to start one.
    assessment: { in_progress: null, history, next_id: spec.runs },
    boundaries: worksheet(rand, spec, firstDay),
    repair: repairPlan(rand, spec, firstDay),
    settings: { wipe_on_quick_exit: false, asked_to_persist: true, auto_lock_minutes: null },
  };
}

/** The document as the app stores it: compact JSON, like serde_json::to_string. */
export function largeDocumentText(options) {
  return JSON.stringify(largeDocument(options));
}

/**
 * The prefix of every key of the copy served at `pathname`, as exit.js keyPrefix and
 * src/storage/keys.rs Keys::for_path compute it: `mend[<dir>].`.
 */
export function keyPrefix(pathname) {
  const dir = pathname.slice(0, pathname.lastIndexOf('/') + 1).replaceAll('%', '%25').replaceAll(']', '%5D');
  return `mend[${dir || '/'}].`;
}

/**
 * The localStorage entries (key -> text) that hold `document` (an object or its text) for the app
 * served at `pathname` (a URL's path, e.g. harness.mjs PREFIX).
 */
export function storageEntries(document, pathname = '/') {
  const text = typeof document === 'string' ? document : JSON.stringify(document);
  const doc = typeof document === 'string' ? JSON.parse(document) : document;
  const prefix = keyPrefix(pathname);
  // As a plain save stores the current schema (src/domain/schema.rs, with_stored_parts): the
  // earlier results under a key of their own, and a tab before an empty object in their place.
  const history = doc.schema_version === SCHEMA_VERSION ? doc.assessment?.history : undefined;
  if (Array.isArray(history)) {
    const runs = JSON.stringify(history);
    const at = text.indexOf('"history":', text.indexOf('"assessment":')) + '"history":'.length;
    if (at > 0 && text.startsWith(runs, at)) {
      return { [`${prefix}document`]: `${text.slice(0, at)}\t{}${text.slice(at + runs.length)}`, [`${prefix}runs`]: runs };
    }
  }
  return { [`${prefix}document`]: text };
}

/**
 * Writes `entries` into the localStorage of `origin` (the app's server, e.g. harness serveDist's
 * `origin`) from a page outside the app, so the app's own load measures nothing of it: the page
 * visits the origin's root (not the app), writes, and is then free to open the app. Edits the app
 * saves later are kept across reloads.
 */
export async function seedStorage(page, origin, entries) {
  await page.goto(new URL('/', origin).href);
  await page.evaluate((seed) => {
    for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  }, entries);
}

// `node tests/e2e/large_document.mjs [size]`: sizes and counts, to check the generator.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { createHash } = await import('node:crypto');
  for (const size of process.argv[2] ? [process.argv[2]] : Object.keys(SIZES)) {
    const text = largeDocumentText({ size });
    const doc = JSON.parse(text);
    const r = doc.repair;
    console.log(`${size}: ${(text.length / 1000).toFixed(1)} KB, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}; ` +
      `${r.check_ins.length} check-ins (${r.check_ins[0].check_in.date} to ${r.check_ins.at(-1).check_in.date}), ` +
      `${r.promises.length} promises (${r.promises.filter((p) => !p.decision).length} open), ` +
      `${doc.assessment.history.length} runs, ${Object.keys(doc.boundaries.entries).length} worksheet topics`);
  }
}
