// The two engines besides Chromium, each behind its own W3C WebDriver server from the machine:
// Firefox ESR through geckodriver, and WebKitGTK's MiniBrowser through WebKitWebDriver on a
// private Xvfb display. Nothing is downloaded; every process started here is stopped by stop().
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForDriver } from './webdriver.mjs';

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free loopback port (there is a small race until the driver binds it; fine for one machine). */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Process groups started here and not yet stopped: killed when this process ends in any way. */
const running = new Set();
process.on('exit', () => {
  for (const pid of running) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) process.once(signal, () => process.exit(code));

/** Spawns `command` in a process group of its own (so its browser can be stopped with it). */
function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid) running.add(child.pid);
  child.once('exit', () => running.delete(child.pid));
  return child;
}

/** Starts `command`, keeping its output for an error message. Killed with its process group. */
function start(command, args, env = {}) {
  const child = spawnGroup(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.log = '';
  const keep = (chunk) => { child.log = (child.log + chunk).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return child;
}

/** Stops a process started by start(), and everything it started (the browser), and waits. */
async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  await gone;
  clearTimeout(timer);
}

/** Starts Xvfb on the first free display and resolves to { display, process }. */
async function startXvfb() {
  const xvfb = spawnGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((ok, fail) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) ok(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
    xvfb.once('error', fail);
  });
  return { display, process: xvfb };
}

/**
 * The engines, by name. `start()` resolves to { url, capabilities, version(), stop() }, where
 * capabilities start a session with a fresh, empty profile.
 */
export const ENGINES = {
  firefox: {
    label: 'Firefox ESR (geckodriver)',
    async start() {
      const port = await freePort();
      const driver = start(process.env.GECKODRIVER || 'geckodriver', ['--host', '127.0.0.1', '--port', String(port), '--log', 'error']);
      const url = `http://127.0.0.1:${port}`;
      const downloads = await mkdtemp(join(tmpdir(), 'mend-ff-downloads-'));
      try {
        await waitForDriver(url);
      } catch (err) {
        await stopProcess(driver);
        throw new Error(`${err.message}\n${driver.log}`);
      }
      return {
        url,
        downloads,
        /** The driver's (and Firefox's) last output, for a failure's report. */
        log: () => driver.log,
        // geckodriver makes a new temporary profile for every session and deletes it afterwards.
        capabilities: {
          browserName: 'firefox',
          pageLoadStrategy: 'normal',
          'moz:firefoxOptions': {
            binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
            args: ['-headless', '-width', '1280', '-height', '900'],
            prefs: {
              // Downloads go straight into a folder of this run, without asking.
              'browser.download.folderList': 2,
              'browser.download.dir': downloads,
              'browser.download.useDownloadDir': true,
              'browser.download.always_ask_before_handling_new_types': false,
              'browser.download.panel.shown': true,
              // This closed network refuses everything but the app: no background traffic.
              'network.captive-portal-service.enabled': false,
              'network.connectivity-service.enabled': false,
              'app.update.disabledForTesting': true,
              'browser.safebrowsing.update.enabled': false,
              // The session store writes what it keeps every second, not every 15 (see the
              // suite's session-store step).
              'browser.sessionstore.interval': 1000,
            },
          },
        },
        async stop() {
          await stopProcess(driver);
          await rm(downloads, { recursive: true, force: true });
        },
      };
    },
  },
  webkit: {
    label: 'WebKitGTK MiniBrowser (WebKitWebDriver, Xvfb)',
    async start() {
      const xvfb = await startXvfb();
      const port = await freePort();
      // A home of its own: MiniBrowser saves downloads there (no Downloads folder is set up), and
      // nothing of the machine's own home is read or written.
      const home = await mkdtemp(join(tmpdir(), 'mend-webkit-home-'));
      const driver = start(process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
        DISPLAY: xvfb.display, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), XDG_DATA_HOME: join(home, '.local/share'),
      });
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitForDriver(url);
      } catch (err) {
        await stopProcess(driver);
        await stopProcess(xvfb.process);
        await rm(home, { recursive: true, force: true });
        throw new Error(`${err.message}\n${driver.log}`);
      }
      return {
        url,
        downloads: home,
        /** The driver's (and MiniBrowser's) last output, for a failure's report. */
        log: () => driver.log,
        // MiniBrowser in automation mode keeps every session's website data in memory only.
        capabilities: {
          pageLoadStrategy: 'normal',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
        async stop() {
          await stopProcess(driver);
          await stopProcess(xvfb.process);
          await rm(home, { recursive: true, force: true });
        },
      };
    },
  },
};
