// crypto's signatures and RSA encryption (sign, verify, createSign,
// createVerify, publicEncrypt, privateDecrypt, privateEncrypt,
// publicDecrypt) over the native key handles of init/v8-pkey.cc, with
// Node 22's option validation and errors. Sign/Verify streams hash with
// the hash handles (init/v8-crypto.cc) and sign the digest.
import { binding } from '../../bootstrap/native.js';
import stream from '../stream.js';
import bufferModule from '../buffer.js';
import { invalidArgValue, makeNodeError, validateFunction, validateString } from './validators.js';
import {
  argTypeError, getArrayBufferOrView, keyHandle, prepareAsymmetricKey, kConsumePrivate, kConsumePublic,
} from './crypto-keys.js';

const { Buffer } = bufferModule;
const kHandle = Symbol('kHandle');
const kAlgorithm = Symbol('kAlgorithm');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function invalidDigest() {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
}

function keyRequired() {
  return makeNodeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw invalidArgValue(`options.${name}`, value);
  }
  return undefined;
}

function isP1363(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return false;
    if (dsaEncoding === 'ieee-p1363') return true;
    throw invalidArgValue('options.dsaEncoding', dsaEncoding);
  }
  return false;
}

// The options sign and verify read from their key argument.
function signOptions(key) {
  return { padding: getIntOption('padding', key), saltLength: getIntOption('saltLength', key), p1363: isP1363(key) };
}

function validateEncoding(data, encoding) {
  const normalized = String(encoding).toLowerCase();
  if ((normalized === 'hex') && data.length % 2 !== 0) {
    throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

function toView(data, encoding) {
  encoding = encoding || 'buffer';
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (!ArrayBuffer.isView(data)) throw argTypeError('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  return data;
}

function output(ab, encoding) {
  const buf = Buffer.from(ab);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function notInitialised() {
  return makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
}

// EdDSA signs whole messages: not a hash stream's digest.
function checkStreamKey(handle) {
  const type = binding.crypto.pkeyType(handle);
  if (type === 'ed25519' || type === 'ed448') {
    throw makeNodeError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  }
}

// Sign and Verify are functions, as in Node: callable without `new`.
export function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  const handle = binding.crypto.hashCreate(algorithm);
  if (handle === null) throw invalidDigest();
  this[kHandle] = handle;
  this[kAlgorithm] = algorithm;
  stream.Writable.call(this, options);
}
Object.setPrototypeOf(Sign.prototype, stream.Writable.prototype);
Object.setPrototypeOf(Sign, stream.Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  if (!this[kHandle]) throw notInitialised();
  binding.crypto.hashUpdate(this[kHandle], toView(data, encoding));
  return this;
};

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw keyRequired();
  const prepared = prepareAsymmetricKey(options, kConsumePrivate);
  const { padding, saltLength, p1363 } = signOptions(options);
  const key = keyHandle(prepared, false);
  if (!this[kHandle]) throw notInitialised();
  checkStreamKey(key);
  const digest = binding.crypto.hashDigest(this[kHandle]);
  this[kHandle] = null;
  const sig = binding.crypto.pkeySign(key, this[kAlgorithm], new Uint8Array(digest), true, padding, saltLength, p1363);
  return output(sig, encoding);
};

export function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  const handle = binding.crypto.hashCreate(algorithm);
  if (handle === null) throw invalidDigest();
  this[kHandle] = handle;
  this[kAlgorithm] = algorithm;
  stream.Writable.call(this, options);
}
Object.setPrototypeOf(Verify.prototype, stream.Writable.prototype);
Object.setPrototypeOf(Verify, stream.Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const prepared = prepareAsymmetricKey(options, kConsumePublic);
  const { padding, saltLength, p1363 } = signOptions(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding || 'buffer');
  const key = keyHandle(prepared, true);
  if (!this[kHandle]) throw notInitialised();
  checkStreamKey(key);
  const digest = binding.crypto.hashDigest(this[kHandle]);
  this[kHandle] = null;
  return binding.crypto.pkeyVerify(key, this[kAlgorithm], new Uint8Array(digest), true, padding, saltLength, p1363,
    signature);
};

export function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

export function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

export function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw keyRequired();
  const { padding, saltLength, p1363 } = signOptions(key);
  const handle = keyHandle(prepareAsymmetricKey(key, kConsumePrivate), false);
  if (!callback) {
    return Buffer.from(binding.crypto.pkeySign(handle, algorithm, data, false, padding, saltLength, p1363));
  }
  binding.crypto.pkeySign(handle, algorithm, data, false, padding, saltLength, p1363, (err, sig) => {
    if (err) return callback(err);
    callback(null, Buffer.from(sig));
  });
}

export function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!ArrayBuffer.isView(data)) throw argTypeError('data', ['Buffer', 'TypedArray', 'DataView'], data);
  const { padding, saltLength, p1363 } = signOptions(key);
  if (!ArrayBuffer.isView(signature)) {
    throw argTypeError('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const handle = keyHandle(prepareAsymmetricKey(key, kConsumePublic), true);
  if (!callback) {
    return binding.crypto.pkeyVerify(handle, algorithm, data, false, padding, saltLength, p1363, signature);
  }
  binding.crypto.pkeyVerify(handle, algorithm, data, false, padding, saltLength, p1363, signature, callback);
}

// op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt
function rsaFunction(op, defaultPadding, privateOnly) {
  return (options, buffer) => {
    const prepared = prepareAsymmetricKey(options, privateOnly ? kConsumePrivate : kConsumePublic);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    const handle = keyHandle(prepared, !privateOnly);
    return Buffer.from(binding.crypto.pkeyCipher(op, handle, buffer, padding, oaepHash, oaepLabel));
  };
}

export const publicEncrypt = rsaFunction(0, RSA_PKCS1_OAEP_PADDING, false);
export const privateDecrypt = rsaFunction(1, RSA_PKCS1_OAEP_PADDING, true);
export const privateEncrypt = rsaFunction(2, RSA_PKCS1_PADDING, true);
export const publicDecrypt = rsaFunction(3, RSA_PKCS1_PADDING, false);
