// crypto's KeyObject family: secret keys (bytes the guest already holds)
// and asymmetric keys (a native EVP_PKEY handle from init/v8-pkey.cc),
// their creation from PEM, DER and JWK, export, and generation. Options are
// validated here with Node's codes and messages; OpenSSL's own errors come
// from the native side as Node words them (ERR_OSSL_*).
import { binding } from '../../bootstrap/native.js';
import bufferModule from '../buffer.js';
import {
  invalidArgType, invalidArgValue, makeNodeError, outOfRange, validateFunction, validateInteger, validateObject,
  validateOneOf, validateString, validateUint32,
} from './validators.js';
import { expectedTypesMessage, describeReceived } from '../../bootstrap/error-messages.js';
import { inspect } from '../../bootstrap/inspect.js';
import { randomBytes } from './crypto-random.js';
import { CryptoKey, getCryptoKeyHandle } from '../../bootstrap/web/crypto.js';

const { Buffer } = bufferModule;
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kKey = Symbol('kHandle');

// ERR_INVALID_ARG_TYPE with a list of expected types, worded as Node does.
export function argTypeError(name, expected, value) {
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `${expectedTypesMessage(name, expected)}. Received ${describeReceived(value, inspect)}`);
}

export const kBufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function incompatibleKeyOptions(a, b) {
  return makeNodeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', `The selected key encoding ${a} ${b}.`);
}

function invalidKeyObjectType(type, expected) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    `Invalid key object type ${type}, expected ${expected}.`);
}

function invalidJwk() {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
}

export function isStringOrBuffer(v) {
  return typeof v === 'string' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}

// Bytes of a string (in `encoding`), a view or an ArrayBuffer, as a view.
export function getArrayBufferOrView(buffer, name, encoding) {
  if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer)) {
    return new Uint8Array(buffer);
  }
  if (typeof buffer === 'string') return Buffer.from(buffer, encoding === 'buffer' || !encoding ? 'utf8' : encoding);
  if (!ArrayBuffer.isView(buffer)) throw argTypeError(name, kBufferTypes, buffer);
  return buffer;
}

export class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'type' is invalid. Received '${type}'`);
    }
    if (handle === undefined || handle === null || typeof handle !== 'object') {
      throw invalidArgType('handle', 'of type object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKey, { value: handle, enumerable: false });
  }

  get type() {
    return this[kKeyType];
  }

  // The KeyObject a CryptoKey holds (webcrypto.js makes every CryptoKey
  // around one).
  static from(key) {
    if (!(key instanceof CryptoKey)) throw invalidArgType('key', 'an instance of CryptoKey', key);
    return getCryptoKeyHandle(key);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    if (this.type !== 'secret') return binding.crypto.pkeyEquals(this[kKey], otherKeyObject[kKey]);
    const a = this[kKey].bytes;
    const b = otherKeyObject[kKey].bytes;
    if (!a || !b || a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }
}

export class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKey].bytes.length;
  }

  export(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw invalidArgType('options', 'of type object', options);
    }
    const format = options && options.format;
    if (format === undefined || format === 'buffer') return Buffer.from(this[kKey].bytes);
    if (format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kKey].bytes).toString('base64url') };
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.format' is invalid. Received '${format}'`);
  }
}

// The key bytes of a secret KeyObject (for HMAC and, later, ciphers).
export function secretKeyBytes(key) {
  return key instanceof KeyObject && key.type === 'secret' ? key[kKey].bytes : undefined;
}

export function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') bytes = Buffer.from(key, encoding || 'utf8');
  else if (ArrayBuffer.isView(key)) bytes = Buffer.from(key.buffer, key.byteOffset, key.byteLength);
  else if (key instanceof ArrayBuffer) bytes = Buffer.from(key);
  else {
    throw invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  }
  return new SecretKeyObject({ bytes: new Uint8Array(bytes) });
}

/* ---- key encodings (format, type, cipher, passphrase) ---- */

const option = (name, objName) => (objName === undefined ? `options.${name}` : `options.${objName}.${name}`);

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem' || formatStr === 'der' || formatStr === 'jwk') return formatStr;
  throw invalidArgValue(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') throw incompatibleKeyOptions(typeStr, 'can only be used for RSA keys');
    return typeStr;
  }
  if (typeStr === 'spki' && isPublic !== false) return typeStr;
  if (typeStr === 'pkcs8' && isPublic !== true) return typeStr;
  if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') throw incompatibleKeyOptions(typeStr, 'can only be used for EC keys');
    return typeStr;
  }
  throw invalidArgValue(optionName, typeStr);
}

// Node's parseKeyEncoding: `keyType` undefined means the encoding of an
// input; otherwise it is the output encoding of a key of that type.
function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const format = parseKeyFormat(enc.format, isInput ? 'pem' : undefined, option('format', objName));
  const isRequired = (!isInput || format === 'der') && format !== 'jwk';
  const type = parseKeyType(enc.type, isRequired, keyType, isPublic, option('type', objName));
  let cipher;
  let passphrase;
  let encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw invalidArgValue(option('cipher', objName), cipher);
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          throw incompatibleKeyOptions(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw invalidArgValue(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw invalidArgValue(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher: cipher == null ? undefined : cipher, passphrase };
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

function unknownCipher() {
  return makeNodeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
}

/* ---- asymmetric KeyObjects ---- */

function bigintOf(ab) {
  let n = 0n;
  for (const b of new Uint8Array(ab)) n = (n << 8n) | BigInt(b);
  return n;
}

const b64u = (ab) => Buffer.from(ab).toString('base64url');

function exportJwk(handle, isPrivate) {
  const c = binding.crypto.pkeyJwkExport(handle, isPrivate);
  if (c === 'type') {
    throw makeNodeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
  }
  if (typeof c === 'string') {
    throw makeNodeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', `Unsupported JWK EC curve: ${c.slice(6)}.`);
  }
  if (c.kty === 'RSA') {
    const jwk = { kty: 'RSA', n: b64u(c.n), e: b64u(c.e) };
    if (isPrivate) for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) jwk[k] = b64u(c[k]);
    return jwk;
  }
  if (c.kty === 'EC') {
    const jwk = { kty: 'EC', x: b64u(c.x), y: b64u(c.y), crv: c.crv };
    if (isPrivate) jwk.d = b64u(c.d);
    return jwk;
  }
  const jwk = { crv: c.crv };
  if (isPrivate) jwk.d = b64u(c.d);
  jwk.x = b64u(c.x);
  jwk.kty = 'OKP';
  return jwk;
}

// A PEM string or a DER Buffer.
function exportEncoded(handle, isPublic, format, type, cipher, passphrase) {
  if (cipher !== undefined && !binding.crypto.cipherExists(cipher)) throw unknownCipher();
  const out = binding.crypto.pkeyExport(handle, isPublic, format, type, cipher, passphrase);
  return typeof out === 'string' ? out : Buffer.from(out);
}

export class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) this[kAsymmetricKeyType] = binding.crypto.pkeyType(this[kKey]);
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa': case 'rsa-pss': case 'dsa': case 'ec':
        break;
      default:
        return {};
    }
    if (this[kAsymmetricKeyDetails] === undefined) {
      const d = binding.crypto.pkeyDetails(this[kKey]);
      if (d.publicExponent !== undefined) d.publicExponent = bigintOf(d.publicExponent);
      this[kAsymmetricKeyDetails] = d;
    }
    return { ...this[kAsymmetricKeyDetails] };
  }
}
// CryptoKey interop: WebCrypto's module (loaded on first use) makes the
// CryptoKey around this KeyObject, with Node's algorithm checks.
function toCryptoKey(algorithm, extractable, keyUsages) {
  return require('./webcrypto.js').keyObjectToCryptoKey(this, algorithm, extractable, keyUsages);
}
for (const proto of [SecretKeyObject.prototype, AsymmetricKeyObject.prototype]) {
  Object.defineProperty(proto, 'toCryptoKey', { value: toCryptoKey, writable: true, configurable: true, enumerable: false });
}

export class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return exportJwk(this[kKey], false);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exportEncoded(this[kKey], true, format, type);
  }
}

export class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) throw incompatibleKeyOptions('jwk', 'does not support encryption');
      return exportJwk(this[kKey], true);
    }
    const { format, type, cipher, passphrase } = parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exportEncoded(this[kKey], false, format, type, cipher, passphrase);
  }
}

// The handle behind a KeyObject: { bytes } for a secret key, the native
// key handle for a public or private one.
export function keyObjectHandle(key) {
  return key[kKey];
}

/* ---- key inputs: what createPrivateKey, sign, publicEncrypt... accept ---- */

// Contexts, as Node names them.
export const kConsumePublic = 0;
export const kConsumePrivate = 1;
export const kCreatePublic = 2;
export const kCreatePrivate = 3;

function isCryptoKey(v) {
  return v !== null && typeof v === 'object' && v[Symbol.toStringTag] === 'CryptoKey';
}

function keyObjectOfCryptoKey(key) {
  return getCryptoKeyHandle(key);
}

function handleOfKeyObject(key, ctx) {
  if (ctx === kCreatePrivate) throw argTypeError('key', kBufferTypes, key);
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) throw invalidKeyObjectType(key.type, 'private');
    if (key.type !== 'public') throw invalidKeyObjectType(key.type, 'private or public');
  }
  return key[kKey];
}

function b64field(key, name) {
  return key[name] === undefined ? undefined : Buffer.from(key[name], 'base64');
}

function handleOfJwk(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    const data = Buffer.from(isPublic ? key.x : key.d, 'base64');
    const size = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 }[key.crv];
    if (data.byteLength !== size) throw invalidJwk();
    const handle = binding.crypto.pkeyJwkImport(isPublic ? { kty: 'OKP', crv: key.crv, x: data }
      : { kty: 'OKP', crv: key.crv, d: data });
    if (!handle) throw invalidJwk();
    return handle;
  }
  if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
  }
  if (!isPublic) validateString(key.d, 'key.d');
  const c = { kty: key.kty, crv: key.crv };
  if (key.kty === 'RSA') {
    validateString(key.n, 'key.n');
    validateString(key.e, 'key.e');
    c.n = b64field(key, 'n');
    c.e = b64field(key, 'e');
    if (key.d !== undefined) {
      for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
        validateString(key[k], `key.${k}`);
        c[k] = b64field(key, k);
      }
    }
  } else {
    c.x = b64field(key, 'x');
    c.y = b64field(key, 'y');
    if (key.d !== undefined) {
      validateString(key.d, 'key.d');
      c.d = b64field(key, 'd');
    }
  }
  const handle = binding.crypto.pkeyJwkImport(c);
  if (!handle) throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', `Invalid JWK ${key.kty} key`);
  return handle;
}

// Node's prepareAsymmetricKey: validates the input and returns either
// { handle } (a KeyObject's, or a JWK's) or { data, format, type,
// passphrase } still to be parsed by keyHandle().
export function prepareAsymmetricKey(key, ctx) {
  if (key instanceof KeyObject) return { handle: handleOfKeyObject(key, ctx) };
  if (isCryptoKey(key)) return { handle: handleOfKeyObject(keyObjectOfCryptoKey(key), ctx) };
  if (isStringOrBuffer(key)) return { format: 'pem', data: getArrayBufferOrView(key, 'key') };
  if (typeof key === 'object') {
    // Node's own destructuring fails on null with V8's wording; the bundler
    // may rename our parameter, so the message is spelled out.
    if (key === null) throw new TypeError("Cannot destructure property 'key' of 'key' as it is null.");
    const { key: data, encoding, format } = key;
    if (data instanceof KeyObject) return { handle: handleOfKeyObject(data, ctx) };
    if (isCryptoKey(data)) return { handle: handleOfKeyObject(keyObjectOfCryptoKey(data), ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { handle: handleOfJwk(data, ctx), format: 'jwk' };
    }
    if (!isStringOrBuffer(data)) throw argTypeError('key.key', kBufferTypes, data);
    const isPublic = ctx === kConsumePrivate || ctx === kCreatePrivate ? false : undefined;
    return { data: getArrayBufferOrView(data, 'key', encoding), ...parseKeyEncoding(key, undefined, isPublic) };
  }
  throw argTypeError('key', ctx === kCreatePrivate ? kBufferTypes : [...kBufferTypes, 'KeyObject', 'CryptoKey'], key);
}

// The native handle of a prepared key (parsing PEM/DER when needed).
export function keyHandle(prepared, isPublic) {
  if (prepared.handle) return prepared.handle;
  const h = binding.crypto.pkeyParse(isPublic, prepared.data, prepared.format, prepared.type, prepared.passphrase);
  if (h === false) throw makeNodeError(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
  return h;
}

export function createPrivateKey(key) {
  return new PrivateKeyObject(keyHandle(prepareAsymmetricKey(key, kCreatePrivate), false));
}

export function createPublicKey(key) {
  return new PublicKeyObject(keyHandle(prepareAsymmetricKey(key, kCreatePublic), true));
}

/* ---- generation ---- */

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function incompatiblePair(a, b) {
  return makeNodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
    `Option "${a}" cannot be used in combination with option "${b}"`);
}

function keyPairEncodings(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let pub;
  let priv;
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') throw invalidArgValue('options.publicKeyEncoding', publicKeyEncoding);
    pub = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') throw invalidArgValue('options.privateKeyEncoding', privateKeyEncoding);
    priv = parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
  }
  return { pub, priv };
}

function warnDeprecated(message, code) {
  if (globalThis.process && typeof globalThis.process.emitWarning === 'function') {
    globalThis.process.emitWarning(message, 'DeprecationWarning', code);
  }
}

// Node's createJob (lib/internal/crypto/keygen.js): the native parameters.
function keyPairParams(type, options) {
  validateString(type, 'type');
  const encodings = keyPairEncodings(type, options);
  if (options !== undefined) validateObject(options, 'options');
  const p = { type };
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      p.modulusLength = modulusLength;
      p.publicExponent = publicExponent;
      if (type === 'rsa') break;
      const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (hash !== undefined) {
        warnDeprecated('"options.hash" is deprecated, use "options.hashAlgorithm" instead.', 'DEP0154');
        validateString(hash, 'options.hash');
        if (hashAlgorithm && hash !== hashAlgorithm) throw invalidArgValue('options.hash', hash);
      }
      if (mgf1Hash !== undefined) {
        warnDeprecated('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.', 'DEP0154');
        validateString(mgf1Hash, 'options.mgf1Hash');
        if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) throw invalidArgValue('options.mgf1Hash', mgf1Hash);
      }
      p.hash = hashAlgorithm || hash;
      p.mgf1Hash = mgf1HashAlgorithm || mgf1Hash;
      p.saltLength = saltLength;
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      p.modulusLength = modulusLength;
      p.divisorLength = divisorLength;
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      if (paramEncoding === 'explicit') p.explicit = true;
      else if (paramEncoding != null && paramEncoding !== 'named') {
        throw invalidArgValue('options.paramEncoding', paramEncoding);
      }
      p.namedCurve = namedCurve;
      break;
    }
    case 'ed25519': case 'ed448': case 'x25519': case 'x448':
      break;
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw incompatiblePair('group', 'prime');
        if (primeLength != null) throw incompatiblePair('group', 'primeLength');
        if (generator != null) throw incompatiblePair('group', 'generator');
        validateString(group, 'options.group');
        p.group = group;
        break;
      }
      if (prime != null) {
        if (primeLength != null) throw incompatiblePair('prime', 'primeLength');
        if (!ArrayBuffer.isView(prime)) throw argTypeError('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
        p.prime = prime;
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
        p.primeLength = primeLength;
      } else {
        throw makeNodeError(TypeError, 'ERR_MISSING_OPTION',
          'At least one of the group, prime, or primeLength options is required');
      }
      if (generator != null) validateInt32(generator, 'options.generator', 0);
      p.generator = generator == null ? 2 : generator;
      break;
    }
    default:
      throw invalidArgValue('type', type, 'must be a supported key type');
  }
  if (encodings.priv && encodings.priv.cipher !== undefined) p.cipher = encodings.priv.cipher;
  return { params: p, encodings };
}

function encodeGenerated(handle, isPublic, enc) {
  if (enc === undefined) return isPublic ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
  if (enc.format === 'jwk') return exportJwk(handle, !isPublic);
  return exportEncoded(handle, isPublic, enc.format, enc.type, enc.cipher, enc.passphrase);
}

export function generateKeyPairSync(type, options) {
  const { params, encodings } = keyPairParams(type, options);
  const handle = binding.crypto.pkeyGenerate(params);
  return {
    publicKey: encodeGenerated(handle, true, encodings.pub),
    privateKey: encodeGenerated(handle, false, encodings.priv),
  };
}

export function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { params, encodings } = keyPairParams(type, options);
  binding.crypto.pkeyGenerate(params, (err, handle) => {
    if (err) return callback(err);
    let pub;
    let priv;
    try {
      pub = encodeGenerated(handle, true, encodings.pub);
      priv = encodeGenerated(handle, false, encodings.priv);
    } catch (e) {
      return callback(e);
    }
    callback(null, pub, priv);
  });
}

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw invalidArgValue('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

export function generateKeySync(type, options) {
  return createSecretKey(randomBytes(secretKeyLength(type, options)));
}

export function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const length = secretKeyLength(type, options);
  randomBytes(length, (err, bytes) => {
    if (err) return callback(err);
    callback(null, createSecretKey(bytes));
  });
}
