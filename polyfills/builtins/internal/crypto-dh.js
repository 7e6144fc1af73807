// crypto's key agreement and primes (DiffieHellman, DiffieHellmanGroup,
// ECDH, diffieHellman, getCurves, generatePrime, checkPrime) over OpenSSL
// (init/v8-dh.cc), with Node 22's validation, encodings and errors. The
// asynchronous prime functions run on the thread pool.
import { binding } from '../../bootstrap/native.js';
import bufferModule from '../buffer.js';
import {
  invalidArgType, invalidArgValue, makeNodeError, outOfRange, validateBoolean, validateFunction, validateInteger,
  validateObject, validateString,
} from './validators.js';
import { KeyObject, keyObjectHandle } from './crypto-keys.js';

const { Buffer } = bufferModule;
const kHandle = Symbol('kHandle');
const kBytesTypes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const kSizeOrKeyTypes = 'one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const kPrimeTypes = 'of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView';
const kInt32 = [-2147483648, 2147483647];

// OpenSSL's point_conversion_form_t
const POINT_CONVERSION_COMPRESSED = 2;
const POINT_CONVERSION_UNCOMPRESSED = 4;
const POINT_CONVERSION_HYBRID = 6;

const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

function toBuf(value, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding === 'buffer' || !encoding ? 'utf8' : encoding);
  return value;
}

// string (in `encoding`), ArrayBuffer or view -> bytes for the binding
function bytesOf(value, name, encoding) {
  if (typeof value === 'string') return toBuf(value, encoding);
  if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) return value;
  throw invalidArgType(name, kBytesTypes, value);
}

function encode(ab, encoding) {
  const buf = Buffer.from(ab);
  if (!encoding || encoding === 'buffer') return buf;
  if (!Buffer.isEncoding(encoding)) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  return buf.toString(encoding);
}

function nodeError(Base, code, message) {
  return makeNodeError(Base, code, message);
}

// The native objects behind the public classes, shown by util.inspect as
// Node shows its own (`[Symbol(kHandle)]: DiffieHellman { verifyError:
// [Getter] }`); the native handle itself stays private.
function dhHandleClass(name) {
  const C = class {
    #h;
    constructor(h) {
      this.#h = h;
      const self = this;
      Object.defineProperty(this, 'verifyError', {
        get() { return binding.crypto.dhVerifyError(self.#h); }, enumerable: true, configurable: true,
      });
    }

    generateKeys() { return binding.crypto.dhGenerateKeys(this.#h); }
    computeSecret(key) { return binding.crypto.dhComputeSecret(this.#h, key); }
    getPrime() { return binding.crypto.dhGet(this.#h, 0); }
    getGenerator() { return binding.crypto.dhGet(this.#h, 1); }
    getPublicKey() { return binding.crypto.dhGet(this.#h, 2); }
    getPrivateKey() { return binding.crypto.dhGet(this.#h, 3); }
    setPublicKey(key) { binding.crypto.dhSetKey(this.#h, 2, key); }
    setPrivateKey(key) { binding.crypto.dhSetKey(this.#h, 3, key); }
  };
  Object.defineProperty(C, 'name', { value: name });
  return C;
}

const DHHandle = dhHandleClass('DiffieHellman');
const DHGroupHandle = dhHandleClass('DiffieHellmanGroup');

class ECDHHandle {
  #h;
  constructor(curve) {
    this.#h = binding.crypto.ecdhNew(curve);
  }

  generateKeys() { binding.crypto.ecdhGenerateKeys(this.#h); }
  computeSecret(key) { return binding.crypto.ecdhComputeSecret(this.#h, key); }
  getPublicKey(form) { return binding.crypto.ecdhGetPublicKey(this.#h, form); }
  getPrivateKey() { return binding.crypto.ecdhGetPrivateKey(this.#h); }
  setPublicKey(key) { binding.crypto.ecdhSetPublicKey(this.#h, key); }
  setPrivateKey(key) { binding.crypto.ecdhSetPrivateKey(this.#h, key); }
}
Object.defineProperty(ECDHHandle, 'name', { value: 'ECDH' });

function defineVerifyError(self) {
  Object.defineProperty(self, 'verifyError', {
    value: self[kHandle].verifyError, enumerable: true, writable: false, configurable: false,
  });
}

export function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  'use strict'; // no own `arguments`/`caller`, as Node's strict-mode function
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !ArrayBuffer.isView(sizeOrKey) &&
      !isAnyArrayBuffer(sizeOrKey)) {
    throw invalidArgType('sizeOrKey', kSizeOrKeyTypes, sizeOrKey);
  }
  // Negative sizes pass here and are refused by OpenSSL, as in Node.
  if (typeof sizeOrKey === 'number') validateInteger(sizeOrKey, 'sizeOrKey', ...kInt32);
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = 2;
  } else if (typeof generator === 'number') {
    validateInteger(generator, 'generator', ...kInt32);
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!ArrayBuffer.isView(generator) && !isAnyArrayBuffer(generator)) {
    throw invalidArgType('generator', kSizeOrKeyTypes, generator);
  }
  this[kHandle] = new DHHandle(binding.crypto.dhNew(sizeOrKey, generator));
  defineVerifyError(this);
}
Object.defineProperty(DiffieHellman, 'length', { value: 4 });

export function DiffieHellmanGroup(name) {
  'use strict'; // no own `arguments`/`caller`, as Node's strict-mode function
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  }
  const h = binding.crypto.dhGroup(name);
  if (h === null) throw nodeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = new DHGroupHandle(h);
  defineVerifyError(this);
}

function dhMethods() {
  return {
    generateKeys(encoding) {
      return encode(this[kHandle].generateKeys(), encoding);
    },
    computeSecret(key, inEnc, outEnc) {
      key = bytesOf(key, 'key', inEnc);
      const ret = this[kHandle].computeSecret(key);
      if (ret === false) {
        throw nodeError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
      }
      return encode(ret, outEnc);
    },
    getPrime(encoding) {
      return encode(this[kHandle].getPrime(), encoding);
    },
    getGenerator(encoding) {
      return encode(this[kHandle].getGenerator(), encoding);
    },
    getPublicKey(encoding) {
      return encode(this[kHandle].getPublicKey(), encoding);
    },
    getPrivateKey(encoding) {
      return encode(this[kHandle].getPrivateKey(), encoding);
    },
    setPublicKey(key, encoding) {
      this[kHandle].setPublicKey(bytesOf(key, 'key', encoding));
      return this;
    },
    setPrivateKey(key, encoding) {
      this[kHandle].setPrivateKey(bytesOf(key, 'key', encoding));
      return this;
    },
  };
}

function defineMethods(target, methods, names) {
  for (const n of names) {
    Object.defineProperty(target, n, { value: methods[n], writable: true, configurable: true, enumerable: true });
  }
}

const shared = dhMethods();
defineMethods(DiffieHellman.prototype, shared, ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator',
  'getPublicKey', 'getPrivateKey', 'setPublicKey', 'setPrivateKey']);
defineMethods(DiffieHellmanGroup.prototype, shared, ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator',
  'getPublicKey', 'getPrivateKey']);

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') {
      throw nodeError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
    }
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

export function ECDH(curve) {
  'use strict'; // no own `arguments`/`caller`, as Node's strict-mode function
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kHandle] = new ECDHHandle(curve);
}

defineMethods(ECDH.prototype, shared, ['computeSecret', 'setPrivateKey', 'setPublicKey', 'getPrivateKey']);
defineMethods(ECDH.prototype, {
  generateKeys(encoding, format) {
    this[kHandle].generateKeys();
    return this.getPublicKey(encoding, format);
  },
  getPublicKey(encoding, format) {
    const f = getFormat(format);
    return encode(this[kHandle].getPublicKey(f), encoding);
  },
}, ['generateKeys', 'getPublicKey']);

Object.defineProperty(ECDH, 'convertKey', {
  value: function convertKey(key, curve, inEnc, outEnc, format) {
    validateString(curve, 'curve');
    key = bytesOf(key, 'key', inEnc);
    const f = getFormat(format);
    return encode(binding.crypto.ecdhConvertKey(key, curve, f), outEnc);
  },
  writable: true,
  configurable: true,
  enumerable: true,
});

export function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

export function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

export const getDiffieHellman = createDiffieHellmanGroup;

export function createECDH(curve) {
  return new ECDH(curve);
}

// OpenSSL's built-in EC curves, sorted as Node sorts them. Debian's OpenSSL
// 3.0 lists the same 82 curves as Node 22's bundled OpenSSL 3.5.
let curves;
export function getCurves() {
  if (!curves) curves = [...new Set(binding.crypto.getCurves())].sort();
  return curves.slice();
}

const dhKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

export function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw invalidArgValue('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw invalidArgValue('options.publicKey', publicKey);
  if (privateKey.type !== 'private') {
    throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      `Invalid key object type ${privateKey.type}, expected private.`);
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      `Invalid key object type ${publicKey.type}, expected private or public.`);
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhKeyTypes.has(privateType)) {
    throw nodeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY',
      `Incompatible key types for Diffie-Hellman: ${privateType} and ${publicType}`);
  }
  return Buffer.from(binding.crypto.statelessDh(keyObjectHandle(privateKey), keyObjectHandle(publicKey)));
}

/* ---- primes ---- */

function unsignedBigIntToBuffer(value, name) {
  if (value < 0n) throw outOfRange(name, '>= 0', value);
  const hex = value.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function primeBytes(value, name) {
  if (typeof value === 'bigint') return unsignedBigIntToBuffer(value, name);
  if (!isAnyArrayBuffer(value) && !ArrayBuffer.isView(value)) throw invalidArgType(name, kPrimeTypes, value);
  return value;
}

function primeArgs(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = primeBytes(add, 'options.add');
  if (rem !== undefined) rem = primeBytes(rem, 'options.rem');
  return { args: [size, safe, add, rem], bigint };
}

function primeResult(ab, bigint) {
  return bigint ? BigInt(`0x${Buffer.from(ab).toString('hex')}`) : ab;
}

export function generatePrime(size, options, callback) {
  validateInteger(size, 'size', 1, 2147483647);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { args, bigint } = primeArgs(size, options);
  binding.crypto.primeGenerate(...args, (err, prime) => {
    if (err) callback(err);
    else callback(undefined, primeResult(prime, bigint));
  });
}

export function generatePrimeSync(size, options = {}) {
  validateInteger(size, 'size', 1, 2147483647);
  const { args, bigint } = primeArgs(size, options);
  return primeResult(binding.crypto.primeGenerate(...args), bigint);
}

function checkArgs(candidate, options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInteger(checks, 'options.checks', 0, 2147483647);
  return [candidate, checks];
}

export function checkPrime(candidate, options = {}, callback) {
  candidate = primeBytes(candidate, 'candidate');
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  binding.crypto.primeCheck(...checkArgs(candidate, options), callback);
}

export function checkPrimeSync(candidate, options = {}) {
  candidate = primeBytes(candidate, 'candidate');
  return binding.crypto.primeCheck(...checkArgs(candidate, options));
}
