// The web platform globals that Node 22 has and bare V8 lacks, gathered
// for the bootstrap.  `webInterfaces` are installed like Node's
// exposeInterface() (writable, configurable, not enumerable), `fetch` as
// an enumerable writable function, `crypto` and `navigator` as enumerable
// getters (no setter), as Node 22 has them; installWebGlobals(target) does
// exactly that and adds WebAssembly.compileStreaming/instantiateStreaming.
// Nothing here reads clocks, randomness or the binding at module
// evaluation time, so it is safe for the startup snapshot.
//
// Wiring (index.js):
//   installWebGlobals(globalThis)                       at build time
//   setMessageHost({ schedule, ref, unref })            optional, see messaging.js
//   setFetchTransport(fn) / setWebSocketConnector(fn)   when networking exists
//   setSubtleImplementation(impl)                       when Web Crypto exists
//   setNavigatorHost({ hardwareConcurrency, language }) optional
// Runtime needs: binding.getRandomValues (crypto, FormData boundaries),
// binding.serialize/deserialize (MessagePort, BroadcastChannel), and
// ideally binding.transferArrayBuffer(ab) (byte streams detach buffers like
// ArrayBuffer#transfer; without it they copy).
import {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
  TransformStream, TransformStreamDefaultController,
  ByteLengthQueuingStrategy, CountQueuingStrategy,
} from './streams.js';
import { TextEncoderStream, TextDecoderStream } from './encoding-streams.js';
import { CompressionStream, DecompressionStream } from './compression.js';
import { Headers, Request, Response, FormData, fetch, setFetchTransport, Blob, File } from './fetch.js';
import {
  MessageChannel, MessagePort, MessageEvent, BroadcastChannel, setMessageHost,
} from './messaging.js';
import {
  crypto, Crypto, CryptoKey, SubtleCrypto, setSubtleImplementation, randomUUIDImpl, getRandomValuesImpl,
  createCryptoKey, getCryptoKeyHandle,
} from './crypto.js';
import { navigator, Navigator, setNavigatorHost } from './navigator.js';
import { WebSocket, CloseEvent, ErrorEvent, setWebSocketConnector } from './websocket.js';
import { installWasmStreaming } from './wasm-streaming.js';

export * from './streams.js';
export {
  TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
  Headers, Request, Response, FormData, fetch, setFetchTransport, Blob, File,
  MessageChannel, MessagePort, MessageEvent, BroadcastChannel, setMessageHost,
  crypto, Crypto, CryptoKey, SubtleCrypto, setSubtleImplementation, randomUUIDImpl, getRandomValuesImpl,
  createCryptoKey, getCryptoKeyHandle,
  navigator, Navigator, setNavigatorHost,
  WebSocket, CloseEvent, ErrorEvent, setWebSocketConnector, installWasmStreaming,
};

export const webInterfaces = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
  Blob,
  File,
  Headers,
  Request,
  Response,
  FormData,
  MessageChannel,
  MessagePort,
  MessageEvent,
  BroadcastChannel,
  Crypto,
  CryptoKey,
  SubtleCrypto,
  Navigator,
  WebSocket,
};

export function installWebGlobals(target = globalThis) {
  for (const name of Object.keys(webInterfaces)) {
    Object.defineProperty(target, name, {
      __proto__: null, value: webInterfaces[name], writable: true, configurable: true, enumerable: false,
    });
  }
  Object.defineProperty(target, 'fetch', {
    __proto__: null, value: fetch, writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(target, 'crypto', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: { get crypto() { return crypto; } }.__lookupGetter__('crypto'),
  });
  Object.defineProperty(target, 'navigator', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: { get navigator() { return navigator; } }.__lookupGetter__('navigator'),
  });
  if (target.WebAssembly) installWasmStreaming(target.WebAssembly);
}
