// Starts the app from a file rather than an inline script, so the Content-Security-Policy can
// forbid inline scripts. Trunk writes the hashed file names into the data attributes.
const tag = document.querySelector('script[data-js][data-wasm]');
const bindings = await import(tag.dataset.js);
await bindings.default({ module_or_path: tag.dataset.wasm });
