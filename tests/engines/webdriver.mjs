// A small W3C WebDriver client: plain HTTP and JSON with Node's fetch, nothing downloaded. Enough
// to drive geckodriver (Firefox) and WebKitWebDriver (WebKitGTK) the way a person uses Mend:
// navigate, find, click, type, press keys, choose a file, and read the page.
import { setTimeout as sleep } from 'node:timers/promises';

/** The key W3C WebDriver uses for element references in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Unicode code points WebDriver uses for special keys. */
export const Keys = { SHIFT: '\uE008', ENTER: '\uE007' };

/** An error from the driver, with the W3C error code (e.g. 'no such element'). */
export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

async function call(url, method, body, command) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${command}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok || (json.value && json.value.error)) throw new WebDriverError(command, json.value);
  return json.value;
}

/** Waits until `url` + '/status' answers (the driver is up). */
export async function waitForDriver(url, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call(`${url}/status`, 'GET', undefined, 'status');
    } catch (err) {
      if (Date.now() > end) throw new Error(`the driver at ${url} did not answer: ${err.message}`);
      await sleep(100); // the interval of a poll for the driver's start
    }
  }
}

/** One browser session. */
export class Session {
  /** Starts a session with `capabilities` (the alwaysMatch part) on the driver at `url`. */
  static async start(url, capabilities) {
    const value = await call(`${url}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } }, 'new session');
    return new Session(url, value.sessionId, value.capabilities);
  }

  constructor(url, id, capabilities) {
    this.base = `${url}/session/${id}`;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return call(this.base + path, method, body, `${method} ${path}`);
  }

  quit() {
    return call(this.base, 'DELETE', undefined, 'delete session');
  }

  async setTimeouts(t) {
    await this.cmd('POST', '/timeouts', t);
  }

  async navigate(url) {
    await this.cmd('POST', '/url', { url });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  title() {
    return this.cmd('GET', '/title');
  }

  async refresh() {
    await this.cmd('POST', '/refresh', {});
  }

  async back() {
    await this.cmd('POST', '/back', {});
  }

  /** Runs `fn` (a function or its source) in the page with `args`; returns its result. */
  execute(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args: args.map(wrap) }).then(unwrap(this));
  }

  /** Like execute, for an async function: resolves to what its promise resolves to. */
  executeAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args: args.map(wrap) }).then((r) => {
      if (r && 'err' in r) throw new Error(`in the page: ${r.err}`);
      return unwrap(this)(r?.ok);
    });
  }

  /** The first element matching CSS `selector`, or null. */
  async $(selector) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: selector });
    return found.length ? new Element(this, found[0][ELEMENT]) : null;
  }

  /** Presses and releases each key in `keys` in turn, as separate key presses. */
  async pressKeys(keys) {
    const actions = [];
    for (const key of keys) actions.push({ type: 'keyDown', value: key }, { type: 'pause', duration: 60 }, { type: 'keyUp', value: key }, { type: 'pause', duration: 60 });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /**
   * Polls `fn` in the page every `interval` ms until it returns something truthy (an element, a
   * value); throws with `what` after `timeoutMs`. Page errors while navigating count as "not yet".
   */
  async waitFor(what, fn, args = [], { timeoutMs = 15000, interval = 50 } = {}) {
    const end = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        const value = await this.execute(fn, ...args);
        if (value) return value;
      } catch (err) {
        last = err;
      }
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`);
      await sleep(interval);
    }
  }

  /**
   * Waits until the text of the first element matching `selector` is exactly `text`; on time-out
   * says what the element read instead (or that it was absent).
   */
  async waitForText(selector, text, { timeoutMs = 15000 } = {}) {
    try {
      return await this.waitFor(`"${text}" in ${selector}`, (s, t) => document.querySelector(s)?.textContent === t, [selector, text], { timeoutMs });
    } catch (err) {
      const shown = await this.execute((s) => document.querySelector(s)?.textContent ?? null, selector).catch(() => '(no answer)');
      throw new Error(`${err.message}; it reads ${JSON.stringify(shown)}`);
    }
  }
}

/** A reference to one element of the page. */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }

  /**
   * Scrolls the element to the middle of the window (clear of the fixed quick-exit bar), lets the
   * page draw the frame after that, then clicks it: a person sees a control before pressing it.
   *
   * WebKitWebDriver once refused a click on a worksheet box as "element not interactable" a few
   * milliseconds after the screen was drawn (CI of 3d9459e; the same step passed in dozens of
   * other runs, also with the CPU kept busy). So a refusal of that kind is tried again after the
   * next frame, for at most two seconds, and each retry is printed with what the page showed: a
   * control that stays unusable still fails, and a passing one that needed a retry is on record.
   */
  async click() {
    const end = Date.now() + 2000;
    for (let attempt = 1; ; attempt++) {
      await this.session.executeAsync(scrollAndDraw, this);
      try {
        await this.cmd('POST', '/click', {});
        return;
      } catch (err) {
        if (err.code !== 'element not interactable' || Date.now() > end) throw err;
        const seen = await this.session.execute(whatIsAt, this).catch((e) => e.message);
        console.log(`[webdriver] click refused as not interactable (attempt ${attempt}), trying again: ${JSON.stringify(seen)}`);
      }
    }
  }

  async clear() {
    await this.cmd('POST', '/clear', {});
  }

  /** Types `text` into the element (for a file input: the path of the file to choose). */
  async type(text) {
    await this.cmd('POST', '/value', { text });
  }

  text() {
    return this.cmd('GET', '/text');
  }

  property(name) {
    return this.cmd('GET', `/property/${name}`);
  }

  selected() {
    return this.cmd('GET', '/selected');
  }
}

/** In the page: scrolls `el` to the middle of the window, then waits for the next frame. */
function scrollAndDraw(el) {
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  // The timer stands in for a frame the browser does not draw (a hidden window).
  return new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

/** In the page: what the element is, and what is at its middle, for a refused click. */
function whatIsAt(el) {
  const r = el.getBoundingClientRect();
  const at = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return {
    connected: el.isConnected,
    rect: [r.x, r.y, r.width, r.height].map(Math.round),
    hit: at.includes(el),
    top: at.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`),
    focused: document.activeElement?.tagName,
    scrollY: Math.round(scrollY),
  };
}

function wrap(arg) {
  return arg instanceof Element ? { [ELEMENT]: arg.id } : arg;
}

function unwrap(session) {
  const go = (v) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && ELEMENT in v) return new Element(session, v[ELEMENT]);
    if (Array.isArray(v)) return v.map(go);
    return v;
  };
  return go;
}
