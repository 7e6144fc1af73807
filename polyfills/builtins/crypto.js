// node:crypto — bridge to host entropy and OpenSSL. The surface is Node
// 22's; implemented: hashes and HMAC (createHash, createHmac, hash,
// getHashes), KDFs (pbkdf2, scrypt, hkdf; async on the thread pool),
// secret KeyObjects, randomness (randomBytes, randomFill(Sync), randomInt,
// randomUUID, getRandomValues, webcrypto's), constants, timingSafeEqual,
// getFips. Everything else throws ERR_NOT_IMPLEMENTED naming itself
// (promise-returning WebCrypto methods reject with it).
import stream from './stream.js';
import { cryptoConstants } from './internal/constants-data.js';
import { stubFn, stubAsync, stubClass } from './internal/stub.js';
import { invalidArgType, makeNodeError } from './internal/validators.js';
import { setCryptoClasses } from './util__types.js';
import { Hash, Hmac, createHash, createHmac, hash, getHashes } from './internal/crypto-hash.js';
import { randomBytes, randomFill, randomFillSync, randomInt } from './internal/crypto-random.js';
import { crypto as webCrypto } from '../bootstrap/web/crypto.js';
import { KeyObject, createSecretKey } from './internal/crypto-keys.js';
import { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } from './internal/crypto-kdf.js';


function timingSafeEqual(buf1, buf2) {
  const check = (b, name) => {
    if (ArrayBuffer.isView(b)) return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (b instanceof ArrayBuffer) return new Uint8Array(b);
    throw invalidArgType(name, 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', b);
  };
  const a = check(buf1, 'buf1');
  const b = check(buf2, 'buf2');
  if (a.length !== b.length) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

const s = (name, length) => stubFn(`crypto.${name}`, length);
const cls = (name, opts) => stubClass(`crypto.${name}`, opts);

const hashMethods = ['update', 'digest', 'copy'];

class CryptoKey {
  constructor() {
    throw new TypeError('Illegal constructor');
  }
}
setCryptoClasses({ KeyObject, CryptoKey });

const subtleMethods = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
  'importKey', 'exportKey', 'wrapKey', 'unwrapKey'];
class SubtleCrypto {
  constructor() {
    throw new TypeError('Illegal constructor');
  }
}
for (const m of subtleMethods) {
  Object.defineProperty(SubtleCrypto.prototype, m, {
    value: stubAsync(`crypto.subtle.${m}`), writable: true, enumerable: true, configurable: true,
  });
}
const subtle = Object.create(SubtleCrypto.prototype);

class Crypto {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  get subtle() {
    return subtle;
  }
}
Object.defineProperty(Crypto.prototype, 'getRandomValues', {
  value: stubFn('crypto.getRandomValues', 1), writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(Crypto.prototype, 'randomUUID', {
  value: stubFn('crypto.randomUUID', 0), writable: true, enumerable: true, configurable: true,
});
const webcrypto = Object.create(Crypto.prototype);

const crypto = {
  checkPrime: s('checkPrime', 3),
  checkPrimeSync: s('checkPrimeSync', 2),
  createCipheriv: s('createCipheriv', 4),
  createDecipheriv: s('createDecipheriv', 4),
  createDiffieHellman: s('createDiffieHellman', 4),
  createDiffieHellmanGroup: s('createDiffieHellmanGroup', 1),
  createECDH: s('createECDH', 1),
  createHash,
  createHmac,
  createPrivateKey: s('createPrivateKey', 1),
  createPublicKey: s('createPublicKey', 1),
  createSecretKey,
  createSign: s('createSign', 2),
  createVerify: s('createVerify', 2),
  diffieHellman: s('diffieHellman', 2),
  generatePrime: s('generatePrime', 3),
  generatePrimeSync: s('generatePrimeSync', 2),
  getCiphers: s('getCiphers', 0),
  getCipherInfo: s('getCipherInfo', 2),
  getCurves: s('getCurves', 0),
  getDiffieHellman: s('getDiffieHellman', 1),
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: s('generateKeyPair', 3),
  generateKeyPairSync: s('generateKeyPairSync', 2),
  generateKey: s('generateKey', 3),
  generateKeySync: s('generateKeySync', 2),
  privateDecrypt: s('privateDecrypt', 2),
  privateEncrypt: s('privateEncrypt', 2),
  publicDecrypt: s('publicDecrypt', 2),
  publicEncrypt: s('publicEncrypt', 2),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID: (options) => webCrypto.randomUUID(options),
  scrypt,
  scryptSync,
  sign: s('sign', 4),
  setEngine: s('setEngine', 2),
  timingSafeEqual,
  getFips() {
    return 0;
  },
  setFips: s('setFips', 1),
  verify: s('verify', 5),
  hash,
  Certificate: cls('Certificate', { staticMethods: ['exportChallenge', 'exportPublicKey', 'verifySpkac'] }),
  Cipher: undefined,
  Cipheriv: cls('Cipheriv', { base: stream.Transform, protoMethods: ['update', 'final', 'setAutoPadding', 'setAAD', 'getAuthTag'], length: 4 }),
  Decipher: undefined,
  Decipheriv: cls('Decipheriv', { base: stream.Transform, protoMethods: ['update', 'final', 'setAutoPadding', 'setAAD', 'setAuthTag'], length: 4 }),
  DiffieHellman: cls('DiffieHellman', { protoMethods: ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey', 'setPublicKey', 'setPrivateKey'], length: 4 }),
  DiffieHellmanGroup: cls('DiffieHellmanGroup', { protoMethods: ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey'], length: 1 }),
  ECDH: cls('ECDH', { protoMethods: ['generateKeys', 'computeSecret', 'getPublicKey', 'getPrivateKey', 'setPublicKey', 'setPrivateKey'], staticMethods: ['convertKey'], length: 1 }),
  Hash,
  Hmac,
  KeyObject,
  Sign: cls('Sign', { base: stream.Writable, protoMethods: ['update', 'sign'], length: 2 }),
  Verify: cls('Verify', { base: stream.Writable, protoMethods: ['update', 'verify'], length: 2 }),
  X509Certificate: cls('X509Certificate', { protoMethods: ['checkHost', 'checkEmail', 'checkIP', 'checkIssued', 'checkPrivateKey', 'verify', 'toJSON', 'toLegacyObject', 'toString'], length: 1 }),
  secureHeapUsed: s('secureHeapUsed', 0),
  constants: { ...cryptoConstants },
  // The same Web Crypto object as the global `crypto`, as in Node.
  webcrypto: webCrypto,
  subtle: webCrypto.subtle,
  getRandomValues: (array) => webCrypto.getRandomValues(array),
};
// Deprecated aliases: present but not enumerable, as in Node 22.
for (const alias of ['pseudoRandomBytes', 'prng', 'rng']) {
  Object.defineProperty(crypto, alias, { value: randomBytes, writable: true, configurable: true, enumerable: false });
}

export default crypto;
