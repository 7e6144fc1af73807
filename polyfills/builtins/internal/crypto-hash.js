// crypto.createHash / createHmac / hash over the native OpenSSL handles
// (init/v8-crypto.cc), with Node 22's classes (lazy Transform streams), encodings
// and errors.
import { binding } from '../../bootstrap/native.js';
import { LazyTransform } from './lazy-transform.js';
import bufferModule from '../buffer.js';
import { invalidArgType, makeNodeError } from './validators.js';
import { secretKeyBytes } from './crypto-keys.js';

const { Buffer } = bufferModule;
const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

// What the native update takes as is: bytes, or a string to hash as UTF-8.
function updateInput(data, encoding) {
  if (typeof data === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer')) {
    return data;
  }
  return toBytes(data, encoding);
}

// The digest in `encoding`; hex comes straight from the native side.
function digestOf(handle, encoding) {
  if (encoding === 'hex') return binding.crypto.hashDigest(handle, 'hex');
  return output(binding.crypto.hashDigest(handle), encoding);
}

function output(ab, encoding) {
  const buf = Buffer.from(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function finalized() {
  return makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

export class Hash extends LazyTransform {
  constructor(algorithm, options) {
    if (!(new.target)) return new Hash(algorithm, options);
    const xofLen = options && options.outputLength !== undefined ? options.outputLength : undefined;
    if (xofLen !== undefined && (typeof xofLen !== 'number' || !Number.isInteger(xofLen) || xofLen < 0 || xofLen > 2 ** 31 - 1)) {
      throw invalidArgType('options.outputLength', 'of type number', xofLen);
    }
    let handle;
    if (algorithm instanceof Hash) {
      handle = binding.crypto.hashCopy(algorithm[kHandle], xofLen);
    } else {
      if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
      handle = binding.crypto.hashCreate(algorithm, xofLen);
      if (handle === null) throw new Error('Digest method not supported');
    }
    super(options);
    this[kHandle] = handle;
    this[kFinalized] = false;
  }

  copy(options) {
    if (this[kFinalized]) throw finalized();
    return new Hash(this, options);
  }

  update(data, encoding) {
    if (this[kFinalized]) throw finalized();
    binding.crypto.hashUpdate(this[kHandle], updateInput(data, encoding));
    return this;
  }

  digest(encoding) {
    if (this[kFinalized]) throw finalized();
    this[kFinalized] = true;
    return digestOf(this[kHandle], encoding);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

export class Hmac extends LazyTransform {
  constructor(hmac, key, options) {
    if (!(new.target)) return new Hmac(hmac, key, options);
    if (typeof hmac !== 'string') throw invalidArgType('hmac', 'of type string', hmac);
    let keyBytes;
    if (typeof key === 'string') keyBytes = Buffer.from(key, (options && options.encoding) || 'utf8');
    else if (ArrayBuffer.isView(key)) keyBytes = new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
    else if (key instanceof ArrayBuffer) keyBytes = new Uint8Array(key);
    else if (secretKeyBytes(key)) keyBytes = secretKeyBytes(key);
    else {
      throw invalidArgType('key',
        'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
    }
    const handle = binding.crypto.hmacCreate(hmac, keyBytes);
    if (handle === null) throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
    super(options);
    this[kHandle] = handle;
    this[kFinalized] = false;
  }

  update(data, encoding) {
    if (this[kFinalized]) throw finalized();
    binding.crypto.hashUpdate(this[kHandle], updateInput(data, encoding));
    return this;
  }

  // Node returns an empty digest, not an error, on a second digest().
  digest(encoding) {
    if (this[kFinalized]) return output(new ArrayBuffer(0), encoding);
    this[kFinalized] = true;
    return digestOf(this[kHandle], encoding);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

export function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

export function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding = 'hex']) (Node 21.7+).
export function hash(algorithm, data, outputEncoding = 'hex') {
  if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const h = binding.crypto.hashCreate(algorithm, undefined);
  if (h === null) throw new Error('Digest method not supported');
  binding.crypto.hashUpdate(h, updateInput(data));
  return digestOf(h, outputEncoding);
}

// Node lists OpenSSL's digest names, lower-case, as they can be passed in.
export function getHashes() {
  const names = new Set(binding.crypto.getHashes().map((n) => n.toLowerCase()));
  return [...names].sort();
}
