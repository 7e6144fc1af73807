// pbkdf2, scrypt and hkdf over OpenSSL (init/v8-crypto.cc), with Node 22's
// validation; the asynchronous forms run on the thread pool.
import { binding } from '../../bootstrap/native.js';
import bufferModule from '../buffer.js';
import { invalidArgType, makeNodeError } from './validators.js';
import { secretKeyBytes } from './crypto-keys.js';

const { Buffer } = bufferModule;
const kBytesTypes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

function bytes(value, name) {
  if (typeof value === 'string') return new Uint8Array(Buffer.from(value, 'utf8'));
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw invalidArgType(name, kBytesTypes, value);
}

function outOfRange(name, range, value) {
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${value}`);
}

function int(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  return value;
}

function digestName(digest) {
  if (typeof digest !== 'string') throw invalidArgType('digest', 'of type string', digest);
  if (binding.crypto.digestSize(digest) < 0) {
    throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  }
  return digest;
}

function callbackOf(cb) {
  if (typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
  return cb;
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  return [bytes(password, 'password'), bytes(salt, 'salt'), int(iterations, 'iterations', 1, 2147483647),
    int(keylen, 'keylen', 0, 2147483647), digestName(digest)];
}

export function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return Buffer.from(binding.crypto.pbkdf2(...pbkdf2Args(password, salt, iterations, keylen, digest)));
}

export function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  callbackOf(callback);
  binding.crypto.pbkdf2(...args, (err, ab) => (err ? callback(new Error(err)) : callback(null, Buffer.from(ab))));
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  const o = { ...scryptDefaults };
  if (options && options !== null) {
    const pairs = [['N', 'cost'], ['r', 'blockSize'], ['p', 'parallelization']];
    for (const [short, long] of pairs) {
      if (options[short] !== undefined && options[long] !== undefined) {
        throw makeNodeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
      }
      const v = options[short] !== undefined ? options[short] : options[long];
      if (v !== undefined) o[short] = int(v, short, 0, 4294967295);
    }
    if (options.maxmem !== undefined) o.maxmem = int(options.maxmem, 'maxmem', 0, Number.MAX_SAFE_INTEGER);
  }
  if (o.N < 2 || (o.N & (o.N - 1)) !== 0 || !binding.crypto.scryptCheck(o.N, o.r, o.p, o.maxmem)) {
    const tooMuch = 128 * o.N * o.r > o.maxmem;
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', tooMuch && o.N >= 2 && (o.N & (o.N - 1)) === 0
      ? 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded' : 'Invalid scrypt params');
  }
  return o;
}

function scryptArgs(password, salt, keylen, options) {
  const pw = bytes(password, 'password');
  const s = bytes(salt, 'salt');
  int(keylen, 'keylen', 0, 2147483647);
  const o = scryptParams(options);
  return [pw, s, keylen, o.N, o.r, o.p, o.maxmem];
}

export function scryptSync(password, salt, keylen, options) {
  return Buffer.from(binding.crypto.scrypt(...scryptArgs(password, salt, keylen, options)));
}

export function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  callbackOf(callback);
  binding.crypto.scrypt(...args, (err, ab) => (err ? callback(new Error(err)) : callback(null, Buffer.from(ab))));
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  const d = digestName(digest);
  const key = secretKeyBytes(ikm) || bytes(ikm, 'ikm');
  const s = bytes(salt, 'salt');
  const i = bytes(info, 'info');
  int(keylen, 'length', 0, Number.MAX_SAFE_INTEGER);
  if (i.byteLength > 1024) {
    throw outOfRange('info', 'must not contain more than 1024 bytes', i.byteLength);
  }
  if (keylen > 255 * binding.crypto.digestSize(d)) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
  return [d, key, s, i, keylen];
}

// hkdfSync returns an ArrayBuffer, as Node's does.
export function hkdfSync(digest, ikm, salt, info, keylen) {
  return binding.crypto.hkdf(...hkdfArgs(digest, ikm, salt, info, keylen));
}

export function hkdf(digest, ikm, salt, info, keylen, callback) {
  const args = hkdfArgs(digest, ikm, salt, info, keylen);
  callbackOf(callback);
  binding.crypto.hkdf(...args, (err, ab) => (err ? callback(new Error(err)) : callback(null, ab)));
}
