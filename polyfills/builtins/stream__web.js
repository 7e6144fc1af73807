// node:stream/web — the WHATWG streams classes: the guest's globals when
// the bootstrap provides them, otherwise constructors that throw
// ERR_NOT_IMPLEMENTED (no web streams implementation in the guest yet).
import { stubClass } from './internal/stub.js';

const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
  'TextDecoderStream', 'CompressionStream', 'DecompressionStream'];

const web = {};
for (const name of names) {
  web[name] = typeof globalThis[name] === 'function' ? globalThis[name] : stubClass(`stream/web.${name}`);
}

export default web;
