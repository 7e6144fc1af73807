// The Web IDL side of crypto.subtle, as Node 22 applies it: argument
// converters (BufferSource, KeyUsage sequences, the algorithm dictionaries)
// and normalizeAlgorithm(), with Node's TypeError codes and messages and its
// DOMException names.  Pure JavaScript: it never touches key material.
import { DOMException } from '../../bootstrap/dom-exception.js';
import { CryptoKey } from '../../bootstrap/web/crypto.js';

export function domError(message, name, cause) {
  return cause === undefined ? new DOMException(message, name) : new DOMException(message, { name, cause });
}

function idlError(message, opts = {}, code = 'ERR_INVALID_ARG_TYPE') {
  const prefix = opts.prefix ? `${opts.prefix}: ` : '';
  const context = opts.context !== undefined && opts.context.length === 0 ? '' : `${opts.context ?? 'Value'} `;
  const err = new TypeError(`${prefix}${context}${message}`);
  err.code = opts.code || code;
  return err;
}

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function isSharedArrayBuffer(v) {
  return typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer;
}

const kMaxBufferLength = 2 ** 31 - 1;

export function validateMaxBufferLength(data, name) {
  if (data.byteLength > kMaxBufferLength) {
    throw domError(`${name} must be less than ${kMaxBufferLength + 1} bits`, 'OperationError');
  }
}

// Bytes of a BufferSource, as a Uint8Array over the same memory.
export function bytesOf(source) {
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return new Uint8Array(source);
}

// ---------------------------------------------------------------------------
// Converters

function toNumber(v, opts) {
  if (typeof v === 'bigint') throw idlError('is a BigInt and cannot be converted to a number.', opts);
  if (typeof v === 'symbol') throw idlError('is a Symbol and cannot be converted to a number.', opts);
  return Number(v);
}

function integer(bits) {
  const upper = 2 ** bits - 1;
  return (v, opts = {}) => {
    let x = toNumber(v, opts);
    if (opts.enforceRange) {
      if (!Number.isFinite(x)) throw idlError('is not a finite number.', opts);
      x = Math.trunc(x);
      if (x < 0 || x > upper) {
        throw idlError(`is outside the expected range of 0 to ${upper}.`, { ...opts, code: 'ERR_OUT_OF_RANGE' });
      }
      return x;
    }
    if (!Number.isFinite(x) || x === 0) return 0;
    x = Math.trunc(x);
    return x >= 0 && x <= upper ? x : x % 2 ** bits;
  };
}

const octet = integer(8);
const unsignedShort = integer(16);
export const unsignedLong = integer(32);
const enforced = (conv) => (v, opts) => conv(v, { ...opts, enforceRange: true });

export function boolean(v) {
  return !!v;
}

function domString(v, opts = {}) {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') throw idlError('is a Symbol and cannot be converted to a string.', opts);
  return String(v);
}

function object(v, opts) {
  if (!isObject(v)) throw idlError('is not an object.', opts);
  return v;
}

function uint8Array(v, opts = {}) {
  if (!ArrayBuffer.isView(v) || Object.prototype.toString.call(v) !== '[object Uint8Array]') {
    throw idlError('is not an Uint8Array object.', opts);
  }
  if (isSharedArrayBuffer(v.buffer)) throw idlError('is a view on a SharedArrayBuffer, which is not allowed.', opts);
  return v;
}

export function bufferSource(v, opts = {}) {
  if (ArrayBuffer.isView(v)) {
    if (isSharedArrayBuffer(v.buffer)) {
      throw idlError('is a view on a SharedArrayBuffer, which is not allowed.', opts);
    }
    return v;
  }
  if (!(v instanceof ArrayBuffer)) {
    throw idlError('is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', opts);
  }
  return v;
}

function sequence(conv) {
  return (v, opts = {}) => {
    if (!isObject(v)) throw idlError('can not be converted to sequence.', opts);
    const iter = v[Symbol.iterator]?.();
    if (iter === undefined) throw idlError('can not be converted to sequence.', opts);
    const out = [];
    for (;;) {
      const res = iter?.next?.();
      if (res === undefined) throw idlError('can not be converted to sequence.', opts);
      if (res.done === true) break;
      out.push(conv(res.value, { ...opts, context: `${opts.context}, index ${out.length}` }));
    }
    return out;
  };
}

function enumeration(name, values) {
  const set = new Set(values);
  return (v, opts = {}) => {
    const s = String(v);
    if (!set.has(s)) {
      throw idlError(`value '${s}' is not a valid enum value of type ${name}.`, { ...opts, code: 'ERR_INVALID_ARG_VALUE' });
    }
    return s;
  };
}

export function cryptoKey(v, opts) {
  if (!isObject(v) || !Object.prototype.isPrototypeOf.call(CryptoKey.prototype, v)) {
    throw idlError('is not of type CryptoKey.', opts);
  }
  return v;
}

export function algorithmIdentifier(v, opts) {
  return isObject(v) ? object(v, opts) : domString(v, opts);
}

export const keyFormat = enumeration('KeyFormat', ['raw', 'pkcs8', 'spki', 'jwk']);
export const keyUsages = sequence(enumeration('KeyUsage',
  ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey']));

// A dictionary converter: members are [key, converter, { required, validator }],
// read in key order; the result holds the members that were present.
function dictionary(name, members) {
  const sorted = [...members].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const hasRequired = sorted.some((m) => m[2]?.required);
  return (v, opts = {}) => {
    if (v !== undefined && v !== null && !isObject(v)) {
      throw idlError('can not be converted to a dictionary', opts);
    }
    const out = {};
    if (v == null && !hasRequired) return out;
    for (const [key, conv, { required = false, validator } = {}] of sorted) {
      const value = v == null ? undefined : v[key];
      if (value !== undefined) {
        const context = `'${key}' of '${name}'${opts.context ? ` (${opts.context})` : ''}`;
        const converted = conv(value, { ...opts, context });
        if (validator) validator(converted, v);
        out[key] = converted;
      } else if (required) {
        throw idlError(`can not be converted to '${name}' because '${key}' is required in '${name}'.`,
          { ...opts, code: 'ERR_MISSING_OPTION' });
      }
    }
    return out;
  };
}

function exactLength(name, n) {
  return (v) => {
    if (v.byteLength !== n) throw domError(`${name} must contain exactly ${n} bytes`, 'OperationError');
  };
}

function aesLength(v) {
  if (v !== 128 && v !== 192 && v !== 256) throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
}

export const kNamedCurveAliases = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

function namedCurve(v) {
  if (!Object.prototype.hasOwnProperty.call(kNamedCurveAliases, v)) {
    throw domError('Unrecognized namedCurve', 'NotSupportedError');
  }
}

function hmacLength(v) {
  if (v === 0) throw domError('Zero-length key is not supported', 'DataError');
  if (v % 8) throw domError('Unsupported algorithm.length', 'NotSupportedError');
}

const name = ['name', domString, { required: true }];
const hash = ['hash', algorithmIdentifier, { required: true }];
const required = { required: true };

const dictionaries = {
  Algorithm: dictionary('Algorithm', [name]),
  RsaHashedKeyGenParams: dictionary('RsaHashedKeyGenParams', [name,
    ['modulusLength', enforced(unsignedLong), required], ['publicExponent', uint8Array, required], hash]),
  RsaHashedImportParams: dictionary('RsaHashedImportParams', [name, hash]),
  EcKeyGenParams: dictionary('EcKeyGenParams', [name, ['namedCurve', domString, { required: true, validator: namedCurve }]]),
  EcKeyImportParams: dictionary('EcKeyImportParams', [name, ['namedCurve', domString, { required: true, validator: namedCurve }]]),
  AesKeyGenParams: dictionary('AesKeyGenParams', [name, ['length', enforced(unsignedShort), { required: true, validator: aesLength }]]),
  HmacKeyGenParams: dictionary('HmacKeyGenParams', [name, hash, ['length', enforced(unsignedLong), { validator: hmacLength }]]),
  HmacImportParams: dictionary('HmacImportParams', [name, hash, ['length', enforced(unsignedLong), { validator: hmacLength }]]),
  RsaPssParams: dictionary('RsaPssParams', [name, ['saltLength', enforced(unsignedLong), required]]),
  RsaOaepParams: dictionary('RsaOaepParams', [name, ['label', bufferSource]]),
  EcdsaParams: dictionary('EcdsaParams', [name, hash]),
  HkdfParams: dictionary('HkdfParams', [name, hash, ['salt', bufferSource, required], ['info', bufferSource, required]]),
  Pbkdf2Params: dictionary('Pbkdf2Params', [name, hash,
    ['iterations', enforced(unsignedLong), {
      required: true,
      validator(v) {
        if (v === 0) throw domError('iterations cannot be zero', 'OperationError');
      },
    }],
    ['salt', bufferSource, required]]),
  AesDerivedKeyParams: dictionary('AesDerivedKeyParams', [name, ['length', enforced(unsignedShort), { required: true, validator: aesLength }]]),
  AesCbcParams: dictionary('AesCbcParams', [name, ['iv', bufferSource, { required: true, validator: exactLength('algorithm.iv', 16) }]]),
  AesGcmParams: dictionary('AesGcmParams', [name,
    ['iv', bufferSource, { required: true, validator: (v) => validateMaxBufferLength(v, 'algorithm.iv') }],
    ['tagLength', enforced(octet), {
      validator(v) {
        if (![32, 64, 96, 104, 112, 120, 128].includes(v)) {
          throw domError(`${v} is not a valid AES-GCM tag length`, 'OperationError');
        }
      },
    }],
    ['additionalData', bufferSource, { validator: (v) => validateMaxBufferLength(v, 'algorithm.additionalData') }]]),
  AesCtrParams: dictionary('AesCtrParams', [name,
    ['counter', bufferSource, { required: true, validator: exactLength('algorithm.counter', 16) }],
    ['length', enforced(octet), {
      required: true,
      validator(v) {
        if (v === 0 || v > 128) throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
      },
    }]]),
  Ed448Params: dictionary('Ed448Params', [name,
    ['context', bufferSource, {
      validator(v) {
        if (v.byteLength) throw domError('Non zero-length context is not supported.', 'NotSupportedError');
      },
    }]]),
  EcdhKeyDeriveParams: dictionary('EcdhKeyDeriveParams', [name,
    ['public', cryptoKey, {
      required: true,
      validator(v, dict) {
        if (v.type !== 'public') throw domError('algorithm.public must be a public key', 'InvalidAccessError');
        if (v.algorithm.name.toUpperCase() !== `${dict.name}`.toUpperCase()) {
          throw domError(`algorithm.public must be an ${`${dict.name}`.toUpperCase()} key`, 'InvalidAccessError');
        }
      },
    }]]),
};

const str = (key) => [key, domString];
const otherPrimes = sequence(dictionary('RsaOtherPrimesInfo', [str('r'), str('d'), str('t')]));
export const jsonWebKey = dictionary('JsonWebKey', [str('kty'), str('use'), ['key_ops', sequence(domString)], str('alg'),
  ['ext', boolean], str('crv'), str('x'), str('y'), str('d'), str('n'), str('e'), str('p'), str('q'), str('dp'),
  str('dq'), str('qi'), ['oth', otherPrimes], str('k')]);

// ---------------------------------------------------------------------------
// normalizeAlgorithm

const kSupportedAlgorithms = {
  'digest': { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  'generateKey': {
    'RSASSA-PKCS1-v1_5': 'RsaHashedKeyGenParams', 'RSA-PSS': 'RsaHashedKeyGenParams', 'RSA-OAEP': 'RsaHashedKeyGenParams',
    'ECDSA': 'EcKeyGenParams', 'ECDH': 'EcKeyGenParams', 'AES-CTR': 'AesKeyGenParams', 'AES-CBC': 'AesKeyGenParams',
    'AES-GCM': 'AesKeyGenParams', 'AES-KW': 'AesKeyGenParams', 'HMAC': 'HmacKeyGenParams', 'Ed25519': null,
    'X25519': null,
  },
  'exportKey': {
    'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': null, 'RSA-OAEP': null, 'ECDSA': null, 'ECDH': null, 'HMAC': null,
    'AES-CTR': null, 'AES-CBC': null, 'AES-GCM': null, 'AES-KW': null, 'Ed25519': null, 'X25519': null,
  },
  'sign': { 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', 'ECDSA': 'EcdsaParams', 'HMAC': null, 'Ed25519': null },
  'verify': { 'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', 'ECDSA': 'EcdsaParams', 'HMAC': null, 'Ed25519': null },
  'importKey': {
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams', 'RSA-PSS': 'RsaHashedImportParams', 'RSA-OAEP': 'RsaHashedImportParams',
    'ECDSA': 'EcKeyImportParams', 'ECDH': 'EcKeyImportParams', 'HMAC': 'HmacImportParams', 'HKDF': null, 'PBKDF2': null,
    'AES-CTR': null, 'AES-CBC': null, 'AES-GCM': null, 'AES-KW': null, 'Ed25519': null, 'X25519': null,
  },
  'deriveBits': { 'HKDF': 'HkdfParams', 'PBKDF2': 'Pbkdf2Params', 'ECDH': 'EcdhKeyDeriveParams', 'X25519': 'EcdhKeyDeriveParams' },
  'encrypt': { 'RSA-OAEP': 'RsaOaepParams', 'AES-CBC': 'AesCbcParams', 'AES-GCM': 'AesGcmParams', 'AES-CTR': 'AesCtrParams' },
  'decrypt': { 'RSA-OAEP': 'RsaOaepParams', 'AES-CBC': 'AesCbcParams', 'AES-GCM': 'AesGcmParams', 'AES-CTR': 'AesCtrParams' },
  'get key length': {
    'AES-CBC': 'AesDerivedKeyParams', 'AES-CTR': 'AesDerivedKeyParams', 'AES-GCM': 'AesDerivedKeyParams',
    'AES-KW': 'AesDerivedKeyParams', 'HMAC': 'HmacImportParams', 'HKDF': null, 'PBKDF2': null,
  },
  'wrapKey': { 'AES-KW': null },
  'unwrapKey': { 'AES-KW': null },
};

// Ed448 and X448 are experimental in Node 22: looking one up warns, once.
const warned = new Set();
const experimental = {
  X448: { generateKey: null, importKey: null, deriveBits: 'EcdhKeyDeriveParams', exportKey: null },
  Ed448: { generateKey: null, sign: 'Ed448Params', verify: 'Ed448Params', importKey: null, exportKey: null },
};
for (const [algName, ops] of Object.entries(experimental)) {
  for (const [op, dict] of Object.entries(ops)) {
    Object.defineProperty(kSupportedAlgorithms[op], algName, {
      enumerable: true,
      get() {
        if (!warned.has(algName)) {
          warned.add(algName);
          globalThis.process?.emitWarning(
            `The ${algName} Web Crypto API algorithm is an experimental feature and might change at any time`,
            'ExperimentalWarning');
        }
        return dict;
      },
    });
  }
}

// The members normalizeAlgorithm() goes on to normalize: byte strings are
// copied, hash identifiers become { name }.
const kBufferMembers = ['iv', 'additionalData', 'salt', 'info', 'label', 'context'];

export function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') return normalizeAlgorithm({ name: algorithm }, op);
  const opts = { prefix: 'Failed to normalize algorithm', context: 'passed algorithm' };
  const registered = kSupportedAlgorithms[op];
  const initial = dictionaries.Algorithm(algorithm, opts);
  let algName = initial.name;
  let desired;
  for (const key of Object.keys(registered)) {
    if (key.toUpperCase() === algName.toUpperCase()) {
      algName = key;
      desired = registered[key];
    }
  }
  if (desired === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  if (desired === null) return { name: algName };
  const normalized = dictionaries[desired](algorithm, opts);
  normalized.name = algName;
  for (const member of kBufferMembers) {
    if (normalized[member]) normalized[member] = bytesOf(normalized[member]).slice();
  }
  if (normalized.hash !== undefined) normalized.hash = normalizeAlgorithm(normalized.hash, 'digest');
  return normalized;
}
