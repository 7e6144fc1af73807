// WebAssembly.compileStreaming / instantiateStreaming.  V8 only offers
// them when the embedder installs a wasm streaming callback; Node 22 does
// (lib/internal/wasm_web_api.js) and accepts a Response or a promise of
// one, with Content-Type application/wasm, an ok status and an unused
// body.  These do the same checks (same errors) and compile the collected
// bytes; installWasmStreaming() adds them where they are missing.
import { Response } from './fetch.js';
import { nodeError, invalidArgType } from './util.js';

function webAssemblyResponseError(detail) {
  return nodeError(TypeError, 'ERR_WEBASSEMBLY_RESPONSE', `WebAssembly response ${detail}`);
}

async function responseBytes(source) {
  const response = await source;
  if (!(response instanceof Response)) {
    throw invalidArgType('source', ['Response', 'Promise resolving to Response'], response);
  }
  const contentType = response.headers.get('Content-Type');
  if (contentType !== 'application/wasm') {
    throw webAssemblyResponseError(`has unsupported MIME type '${contentType}'`);
  }
  if (!response.ok) throw webAssemblyResponseError(`has status code ${response.status}`);
  if (response.bodyUsed !== false) throw webAssemblyResponseError('body has already been used');
  const chunks = [];
  let total = 0;
  const { body } = response;
  if (body != null) {
    for await (const chunk of body) {
      chunks.push(chunk);
      total += chunk.byteLength;
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}

export function installWasmStreaming(WA = globalThis.WebAssembly) {
  if (WA === undefined || WA === null) return;
  const base = Object.getOwnPropertyDescriptor(WA, 'compile') ??
    { writable: true, enumerable: false, configurable: true };
  if (typeof WA.compileStreaming !== 'function') {
    const compileStreaming = {
      compileStreaming(source) {
        return responseBytes(source).then((bytes) => WA.compile(bytes));
      },
    }.compileStreaming;
    Object.defineProperty(WA, 'compileStreaming', { ...base, value: compileStreaming });
  }
  if (typeof WA.instantiateStreaming !== 'function') {
    const instantiateStreaming = {
      // eslint-disable-next-line no-unused-vars
      instantiateStreaming(source, importObject = undefined) {
        return responseBytes(source).then((bytes) => WA.instantiate(bytes, importObject));
      },
    }.instantiateStreaming;
    Object.defineProperty(WA, 'instantiateStreaming', { ...base, value: instantiateStreaming });
  }
}
