// crypto's KeyObject family. Secret (symmetric) keys are complete: they
// are bytes the guest already holds. Asymmetric keys need OpenSSL's key
// parsing and are not implemented yet (createPublicKey/createPrivateKey
// throw ERR_NOT_IMPLEMENTED).
import bufferModule from '../buffer.js';
import { invalidArgType, makeNodeError } from './validators.js';
import { notImplemented } from '../../bootstrap/errors.js';
import { stubFn } from './stub.js';
import { CryptoKey, getCryptoKeyHandle } from '../../bootstrap/web/crypto.js';

const { Buffer } = bufferModule;
const kType = Symbol('kType');
const kKey = Symbol('kKey');

export class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'type' is invalid. Received '${type}'`);
    }
    if (handle === undefined || handle === null || typeof handle !== 'object') {
      throw invalidArgType('handle', 'of type object', handle);
    }
    this[kType] = type;
    Object.defineProperty(this, kKey, { value: handle, enumerable: false });
  }

  get type() {
    return this[kType];
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

// Asymmetric KeyObjects hold a native key handle (init/v8-pkey.cc's
// pkey_wrap); the rest of the crypto families take keys through
// keyObjectHandle().
export class AsymmetricKeyObject extends KeyObject {}

export class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

export class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

// The handle behind a KeyObject: { bytes } for a secret key, the native
// key handle for a public or private one.
export function keyObjectHandle(key) {
  return key[kKey];
}

// Asymmetric key creation and generation: not implemented yet.
export const createPrivateKey = stubFn('crypto.createPrivateKey', 1);
export const createPublicKey = stubFn('crypto.createPublicKey', 1);
export const generateKeyPair = stubFn('crypto.generateKeyPair', 3);
export const generateKeyPairSync = stubFn('crypto.generateKeyPairSync', 2);
export const generateKey = stubFn('crypto.generateKey', 3);
export const generateKeySync = stubFn('crypto.generateKeySync', 2);
