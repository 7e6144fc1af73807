// crypto's symmetric ciphers (createCipheriv, createDecipheriv, Cipheriv,
// Decipheriv, getCiphers, getCipherInfo) over the native OpenSSL handles of
// init/v8-cipher.cc, with Node 22's classes, argument checks, encodings and
// errors. The native side owns the cipher state and throws Node's native
// errors itself; this side checks arguments and turns strings into bytes.
//
// As in Node, Cipheriv/Decipheriv are plain functions (callable without
// `new`) over a lazily constructed Transform: the stream machinery is only
// built when the guest first uses the object as a stream.
import { binding } from '../../bootstrap/native.js';
import stream from '../stream.js';
import bufferModule from '../buffer.js';
import stringDecoderModule from '../string_decoder.js';
import {
  invalidArgType, invalidArgValue, makeNodeError, validateObject, validateString,
} from './validators.js';
import { outOfRange } from '../../bootstrap/errors.js';
import { KeyObject, secretKeyBytes } from './crypto-keys.js';
import { CryptoKey, getCryptoKeyHandle } from '../../bootstrap/web/crypto.js';
import { LazyTransform } from './lazy-transform.js';

const { Buffer } = bufferModule;
const { StringDecoder } = stringDecoderModule;
const kHandle = Symbol('kHandle');
const kNative = Symbol('kNative');

// What the guest sees under [kHandle] (inspected as `CipherBase {}`, as in
// Node); the native handle is a hidden property.
class CipherBase {
  constructor(native) {
    Object.defineProperty(this, kNative, { value: native });
  }
}

// ---------------------------------------------------------------------------
// Arguments

// Node's normalizeEncoding: the canonical name, or undefined if unknown.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return String(enc).toLowerCase();
    default: return undefined;
  }
}

// Strings are decoded as Node's C++ layer decodes them: an unknown
// encoding (or 'buffer') means UTF-8.
function stringBytes(data, encoding) {
  const enc = typeof encoding === 'string' && encoding !== 'buffer' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
  return Buffer.from(data, enc);
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

// Node's getArrayBufferOrView: ArrayBuffers and views as they are, strings
// in `encoding`.
function arrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (typeof encoding !== 'string' || encoding === '' || encoding === 'buffer') return Buffer.from(buffer, 'utf8');
    if (!Buffer.isEncoding(encoding)) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    return Buffer.from(buffer, encoding);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', buffer);
  }
  return buffer;
}

function invalidKeyObjectType(actual) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${actual}, expected secret.`);
}

// Node's prepareSecretKey: the key's bytes (KeyObjects and CryptoKeys must
// be secret ones).
function secretKey(key, encoding) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') throw invalidKeyObjectType(key.type);
    return secretKeyBytes(key);
  }
  if (key instanceof CryptoKey) {
    if (key.type !== 'secret') throw invalidKeyObjectType(key.type);
    const handle = getCryptoKeyHandle(key);
    return (handle && handle.bytes) || secretKeyBytes(handle);
  }
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    throw invalidArgType('key',
      'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
  }
  return arrayBufferOrView(key, 'key', encoding);
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// An unsigned 32-bit option, or -1 when absent.
function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw invalidArgValue(`options.${key}`, value);
    return value;
  }
  return -1;
}

function invalidState(op) {
  return makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', `Invalid state for operation ${op}`);
}

// Node's StringDecoder knows base64url; the string_decoder package does
// not: base64 with the URL alphabet and no padding.
const toBase64Url = (s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
class Base64UrlDecoder {
  constructor() {
    this.encoding = 'base64url';
    this.base64 = new StringDecoder('base64');
  }

  write(buf) {
    return toBase64Url(this.base64.write(buf));
  }

  end(buf) {
    return toBase64Url(this.base64.end(buf));
  }
}

function getDecoder(decoder, encoding) {
  const normalized = normalizeEncoding(encoding);
  decoder = decoder || (normalized === 'base64url' ? new Base64UrlDecoder() : new StringDecoder(encoding));
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    throw makeNodeError(Error, 'ERR_INTERNAL_ASSERTION', 'Cannot change encoding\n' +
      'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  return decoder;
}

// ---------------------------------------------------------------------------
// Cipheriv / Decipheriv

function initCipher(self, cipher, key, iv, options, decrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  const keyBytes = secretKey(key, encoding);
  const ivBytes = iv === null ? null : arrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = new CipherBase(binding.crypto.cipherCreate(cipher, keyBytes, ivBytes, authTagLength, decrypt));
  self._decoder = null;
  LazyTransform.call(self, options);
}

export function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

export function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

function nativeUpdate(self, data, encoding) {
  const bytes = typeof data === 'string' ? stringBytes(data, encoding) : data;
  return Buffer.from(binding.crypto.cipherUpdate(self[kHandle][kNative], bytes));
}

function _transform(chunk, encoding, callback) {
  this.push(nativeUpdate(this, chunk, encoding));
  callback();
}

function _flush(callback) {
  let out;
  try {
    out = Buffer.from(binding.crypto.cipherFinal(this[kHandle][kNative]));
  } catch (e) {
    callback(e);
    return;
  }
  this.push(out);
  callback();
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    if (normalizeEncoding(inputEncoding) === 'hex' && data.length % 2 !== 0) {
      throw invalidArgValue('encoding', inputEncoding, `is invalid for data of length ${data.length}`);
    }
  } else if (!ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const ret = nativeUpdate(this, data, inputEncoding);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = Buffer.from(binding.crypto.cipherFinal(this[kHandle][kNative]));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!binding.crypto.cipherSetAutoPadding(this[kHandle][kNative], !!ap)) throw invalidState('setAutoPadding');
  return this;
}

function getAuthTag() {
  const tag = binding.crypto.cipherGetAuthTag(this[kHandle][kNative]);
  if (tag === undefined) throw invalidState('getAuthTag');
  return Buffer.from(tag);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = arrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!binding.crypto.cipherSetAuthTag(this[kHandle][kNative], tagbuf)) throw invalidState('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = arrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!binding.crypto.cipherSetAAD(this[kHandle][kNative], aadbuf, plaintextLength)) throw invalidState('setAAD');
  return this;
}

for (const C of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
  const methods = { _transform, _flush, update, final, setAutoPadding };
  if (C === Cipheriv) methods.getAuthTag = getAuthTag;
  else methods.setAuthTag = setAuthTag;
  methods.setAAD = setAAD;
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(C.prototype, name, { value: fn, writable: true, configurable: true, enumerable: true });
  }
}

export function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

export function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// ---------------------------------------------------------------------------
// The cipher list and getCipherInfo

let cipherList;

// OpenSSL's names, one per lower-cased name (the last spelling seen), sorted.
export function getCiphers() {
  if (cipherList === undefined) {
    const names = new Map();
    for (const name of binding.crypto.getCiphers()) names.set(name.toLowerCase(), name);
    cipherList = [...names.values()].sort();
  }
  return cipherList.slice();
}

function validateInt32(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < -2147483648 || value > 2147483647) throw outOfRange(name, '>= -2147483648 && <= 2147483647', value);
}

export function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw invalidArgType('nameOrNid', 'one of type string or number', nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.crypto.getCipherInfo(nameOrNid, keyLength, ivLength);
  // OpenSSL's short names are mixed-case (id-aes256-GCM); Node's are not.
  if (info !== undefined) info.name = info.name.toLowerCase();
  return info;
}
