// Unsigned LEB128, the way wasm writes sizes and counts; shared by the build scripts that write
// wasm files (pack.mjs, short-imports.mjs).

/** `n` as unsigned LEB128 bytes. */
export function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}
