// Starts the app from a file rather than an inline script, so the Content-Security-Policy can
// forbid inline scripts. Trunk writes the hashed file names into the data attributes.
const tag = document.querySelector('script[data-js][data-wasm]');
try {
  const bindings = await import(tag.dataset.js);
  await bindings.default({ module_or_path: tag.dataset.wasm });
} catch (err) {
  // Without WebAssembly (or with a broken download) say so instead of "Loading…" forever.
  const line = document.querySelector('#boot .loading');
  if (line) line.textContent = 'Mend could not start in this browser. It needs a current browser with WebAssembly; reloading the page may help. Your saved data is not affected.';
  throw err;
}

// Offline support: sw.js keeps the app's own files in a cache (see the comments there). Only over
// http(s) and where the browser has service workers; anything going wrong here is quiet, because
// the app works without it.
if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.protocol === 'http:')) {
  registerWorker().catch((err) => console.info('Mend: offline support is unavailable here.', err));
}

async function registerWorker() {
  const sw = navigator.serviceWorker;
  const registration = await sw.register('./sw.js', { scope: './' });
  let updateRequested = false;

  // Reload once, and only after the user chose "Reload to update": never by itself mid-edit.
  sw.addEventListener('controllerchange', () => {
    if (!updateRequested) return;
    updateRequested = false;
    location.reload();
  });

  const offer = (worker) => {
    // No controller means a first visit: the new worker just installs, there is nothing to update.
    if (!worker || !sw.controller) return;
    showUpdateNotice(() => {
      updateRequested = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };

  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });

  // A tab left open for days still learns about a new version when it is looked at again.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < 60 * 60 * 1000) return;
    lastCheck = Date.now();
    registration.update().catch(() => {});
  });
}

/** A small notice at the bottom of the page; it takes no focus and blocks nothing. */
function showUpdateNotice(onReload) {
  if (document.querySelector('.update-banner')) return;
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.className = 'banner banner-info update-banner no-print';
  // CSSOM assignments are allowed by style-src 'self' (unlike style attributes in markup).
  Object.assign(notice.style, {
    position: 'fixed', left: '1rem', right: '1rem', bottom: '1rem', zIndex: '1000',
    maxWidth: '40rem', margin: '0 auto', display: 'flex', flexWrap: 'wrap', alignItems: 'center',
    gap: '0.5rem 1rem', boxShadow: '0 2px 12px rgba(0, 0, 0, 0.25)',
  });
  const text = document.createElement('p');
  text.textContent = 'A new version of Mend is ready. Your data is safe.';
  text.style.flex = '1 1 16rem';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload to update';
  reload.addEventListener('click', () => {
    reload.disabled = true;
    onReload();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Not now';
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}
