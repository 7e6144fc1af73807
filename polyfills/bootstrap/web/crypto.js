// The Web Crypto global of Node 22: `crypto` (a Crypto), Crypto, CryptoKey
// and SubtleCrypto.  getRandomValues() and randomUUID() use host entropy
// (binding.getRandomValues).  Every SubtleCrypto method checks `this` and
// Node's argument count here, then runs the algorithms of
// builtins/internal/webcrypto.js, which the first call loads (it pulls in the
// node:crypto families, so start-up never pays for it; the guest needs no
// require('node:crypto') for it either).
import { DOMException } from '../dom-exception.js';
import { binding } from '../native.js';
import { notImplemented } from '../errors.js';
import {
  kEnumerableProperty, nodeError, invalidThis, illegalConstructor, isTypedArray, typedArrayName,
  validateObject, setNames,
} from './util.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function fillRandom(view) {
  if (!binding || typeof binding.getRandomValues !== 'function') {
    throw notImplemented('crypto.getRandomValues (no entropy source in this runtime)');
  }
  binding.getRandomValues(view);
  return view;
}

function requiredArguments(length, required, prefix) {
  if (length < required) {
    const err = new TypeError(`${prefix}: ${required} argument${required === 1 ? '' : 's'} required, ` +
      `but only ${length} present.`);
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
}

// ---------------------------------------------------------------------------
// randomUUID, with Node's batching of entropy (16 bytes per UUID).

const kBatchSize = 128;
let uuidData;
let uuidNotBuffered;
let uuidBatch = 0;
let hexBytesCache;

function hexBytes() {
  if (hexBytesCache === undefined) {
    hexBytesCache = new Array(256);
    for (let i = 0; i < 256; i++) hexBytesCache[i] = i.toString(16).padStart(2, '0');
  }
  return hexBytesCache;
}

function serializeUUID(buf, offset = 0) {
  const kHexBytes = hexBytes();
  return kHexBytes[buf[offset]] + kHexBytes[buf[offset + 1]] + kHexBytes[buf[offset + 2]] +
    kHexBytes[buf[offset + 3]] + '-' + kHexBytes[buf[offset + 4]] + kHexBytes[buf[offset + 5]] + '-' +
    kHexBytes[(buf[offset + 6] & 0x0f) | 0x40] + kHexBytes[buf[offset + 7]] + '-' +
    kHexBytes[(buf[offset + 8] & 0x3f) | 0x80] + kHexBytes[buf[offset + 9]] + '-' +
    kHexBytes[buf[offset + 10]] + kHexBytes[buf[offset + 11]] + kHexBytes[buf[offset + 12]] +
    kHexBytes[buf[offset + 13]] + kHexBytes[buf[offset + 14]] + kHexBytes[buf[offset + 15]];
}

function getBufferedUUID() {
  uuidData ??= new Uint8Array(16 * kBatchSize);
  if (uuidBatch === 0) fillRandom(uuidData);
  uuidBatch = (uuidBatch + 1) % kBatchSize;
  return serializeUUID(uuidData, uuidBatch * 16);
}

function getUnbufferedUUID() {
  uuidNotBuffered ??= new Uint8Array(16);
  fillRandom(uuidNotBuffered);
  return serializeUUID(uuidNotBuffered);
}

// node:crypto's randomUUID(options), exported for the builtins layer.
export function randomUUIDImpl(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  if (typeof disableEntropyCache !== 'boolean') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options.disableEntropyCache" property must be of type boolean. Received ${typeof disableEntropyCache}`);
  }
  return disableEntropyCache ? getUnbufferedUUID() : getBufferedUUID();
}

// node:crypto's webcrypto getRandomValues checks (also for the builtins layer).
export function getRandomValuesImpl(data) {
  if (!isTypedArray(data) || ['Float16Array', 'Float32Array', 'Float64Array'].includes(typedArrayName(data))) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  return fillRandom(data);
}

// ---------------------------------------------------------------------------
// CryptoKey

const kKeyState = Symbol('kKeyState');

export class CryptoKey {
  constructor() {
    throw illegalConstructor();
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages,
    }, opts)}`;
  }

  get type() {
    if (!(this instanceof CryptoKey)) throw invalidThis('CryptoKey');
    return this[kKeyState].type;
  }

  get extractable() {
    if (!(this instanceof CryptoKey)) throw invalidThis('CryptoKey');
    return this[kKeyState].extractable;
  }

  get algorithm() {
    if (!(this instanceof CryptoKey)) throw invalidThis('CryptoKey');
    return this[kKeyState].algorithm;
  }

  get usages() {
    if (!(this instanceof CryptoKey)) throw invalidThis('CryptoKey');
    return this[kKeyState].usages;
  }
}

Object.defineProperties(CryptoKey.prototype, {
  type: kEnumerableProperty,
  extractable: kEnumerableProperty,
  algorithm: kEnumerableProperty,
  usages: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'CryptoKey' },
});

// For a native SubtleCrypto implementation: makes a CryptoKey around its
// key handle.
export function createCryptoKey({ type, extractable, algorithm, usages, handle }) {
  const key = Object.create(CryptoKey.prototype);
  Object.defineProperty(key, kKeyState, { value: { type, extractable, algorithm, usages, handle } });
  return key;
}

export function getCryptoKeyHandle(key) {
  return key?.[kKeyState]?.handle;
}

// ---------------------------------------------------------------------------
// SubtleCrypto

let subtleImpl = null;

// impl: an object with any of the SubtleCrypto method names; each gets the
// caller's arguments (after the argument-count check) and returns a promise.
// Replaces the algorithms of builtins/internal/webcrypto.js.
export function setSubtleImplementation(impl) {
  subtleImpl = impl;
}

async function subtleImplementation() {
  subtleImpl ??= (await import('../../builtins/internal/webcrypto.js')).subtleImplementation;
  return subtleImpl;
}

export class SubtleCrypto {
  constructor() {
    throw illegalConstructor();
  }
}

// eslint-disable-next-line prefer-arrow-callback
const subtle = Reflect.construct(function SubtleCryptoInstance() {}, [], SubtleCrypto);

function subtleMethod(name, required) {
  const prefix = `Failed to execute '${name}' on 'SubtleCrypto'`;
  return async function method(...args) {
    if (this !== subtle) throw invalidThis('SubtleCrypto');
    requiredArguments(args.length, required, prefix);
    const impl = await subtleImplementation();
    if (typeof impl[name] === 'function') return impl[name](...args);
    throw notImplemented(`crypto.subtle.${name}()`);
  };
}

// Names, Function#length and argument counts as Node 22's.
const subtleMethods = {
  encrypt: [3, 3],
  decrypt: [3, 3],
  sign: [3, 3],
  verify: [4, 4],
  digest: [2, 2],
  generateKey: [3, 3],
  deriveKey: [5, 5],
  deriveBits: [2, 2],
  importKey: [5, 4],
  exportKey: [2, 2],
  wrapKey: [4, 4],
  unwrapKey: [7, 7],
};

const subtleDescriptors = {
  [Symbol.toStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false, value: 'SubtleCrypto',
  },
};
for (const [name, [length, required]] of Object.entries(subtleMethods)) {
  const fn = subtleMethod(name, required);
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(fn, 'length', { value: length });
  subtleDescriptors[name] = { __proto__: null, enumerable: true, configurable: true, writable: true, value: fn };
}
Object.defineProperties(SubtleCrypto.prototype, subtleDescriptors);

// ---------------------------------------------------------------------------
// Crypto

export class Crypto {
  constructor() {
    throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw invalidThis('Crypto');
    return subtle;
  }
}

// eslint-disable-next-line prefer-arrow-callback
export const crypto = Reflect.construct(function CryptoInstance() {}, [], Crypto);

function getRandomValues(array) {
  if (this !== crypto) throw invalidThis('Crypto');
  requiredArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
  return getRandomValuesImpl(array);
}

function randomUUID() {
  if (this !== crypto) throw invalidThis('Crypto');
  return getBufferedUUID();
}

Object.defineProperties(Crypto.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false, value: 'Crypto',
  },
  subtle: kEnumerableProperty,
  getRandomValues: {
    __proto__: null, enumerable: true, configurable: true, writable: true, value: getRandomValues,
  },
  randomUUID: {
    __proto__: null, enumerable: true, configurable: true, writable: true, value: randomUUID,
  },
});

export { subtle };

setNames({ Crypto, CryptoKey, SubtleCrypto });
