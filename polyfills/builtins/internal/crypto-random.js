// crypto.randomBytes / randomFill(Sync) / randomInt / randomUUID over host
// entropy (binding.getRandomValues → getrandom(2) in the kernel shim), with
// Node 22's validation and callback timing.
import { binding } from '../../bootstrap/native.js';
import bufferModule from '../buffer.js';
import { invalidArgType, makeNodeError } from './validators.js';

const { Buffer } = bufferModule;
const kMaxSize = 2 ** 31 - 1;

function outOfRange(name, range, value) {
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${value}`);
}

function validateSize(size, name = 'size', max = kMaxSize) {
  if (typeof size !== 'number') throw invalidArgType(name, 'of type number', size);
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw outOfRange(name, `>= 0 && <= ${max}`, Number.isInteger(size) ? size : String(size));
  }
}

function fill(view) {
  // getrandom(2) returns at most 32 MiB per call; the shim loops.
  binding.getRandomValues(view);
}

function validateCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
}

export function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateCallback(callback);
  const buf = Buffer.alloc(size);
  if (size > 0) fill(buf);
  if (callback === undefined) return buf;
  setImmediate(() => callback(null, buf));
  return undefined;
}

function viewOf(buf) {
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && buf instanceof SharedArrayBuffer)) {
    return new Uint8Array(buf);
  }
  throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
}

function range(u8, offset, size) {
  const len = u8.byteLength;
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
  if (!Number.isInteger(offset) || offset < 0 || offset > len) throw outOfRange('offset', `>= 0 && <= ${len}`, offset);
  if (size === undefined) size = len - offset;
  if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
  if (!Number.isInteger(size) || size < 0 || size + offset > len) throw outOfRange('size + offset', `<= ${len}`, size + offset);
  return u8.subarray(offset, offset + size);
}

export function randomFillSync(buf, offset, size) {
  const u8 = viewOf(buf);
  const part = range(u8, offset, size);
  if (part.byteLength > 0) fill(part);
  return buf;
}

export function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateCallback(callback);
  const part = range(viewOf(buf), offset, size);
  if (part.byteLength > 0) fill(part);
  setImmediate(() => callback(null, buf));
}

// Uniform integers in [min, max) by rejection sampling on 48-bit draws.
const kRangeMax = 2 ** 48 - 1;
export function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateCallback(callback);
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  const span = max - min;
  if (span > kRangeMax) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max - min" is out of range. It must be <= ${kRangeMax}. Received ${span}`);
  }
  const limit = kRangeMax - (kRangeMax % span);
  const bytes = new Uint8Array(6);
  let x;
  do {
    fill(bytes);
    x = bytes.reduce((acc, b) => acc * 256 + b, 0);
  } while (x >= limit);
  const n = min + (x % span);
  if (callback === undefined) return n;
  // Node serves randomInt from a cache: the callback comes on the next tick.
  process.nextTick(callback, undefined, n);
  return undefined;
}
