// node:crypto — bridge to host entropy and OpenSSL, with Node 22's
// surface. Each family lives in its own file under internal/: crypto-hash
// (hashes, HMAC), crypto-kdf (pbkdf2, scrypt, hkdf), crypto-random,
// crypto-keys (KeyObject, key creation and generation), crypto-cipher,
// crypto-sign (signatures, RSA encryption), crypto-dh (DH, ECDH, primes),
// crypto-x509; WebCrypto is the global `crypto` (bootstrap/web/crypto.js).
// What is not implemented yet throws ERR_NOT_IMPLEMENTED naming itself.
import { cryptoConstants } from './internal/constants-data.js';
import { stubFn } from './internal/stub.js';
import { invalidArgType, makeNodeError } from './internal/validators.js';
import { setCryptoClasses } from './util__types.js';
import { Hash, Hmac, createHash, createHmac, hash, getHashes } from './internal/crypto-hash.js';
import { randomBytes, randomFill, randomFillSync, randomInt } from './internal/crypto-random.js';
import { crypto as webCrypto, CryptoKey } from '../bootstrap/web/crypto.js';
import {
  KeyObject, createSecretKey, createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync, generateKey,
  generateKeySync,
} from './internal/crypto-keys.js';
import {
  createCipheriv, createDecipheriv, getCiphers, getCipherInfo, Cipheriv, Decipheriv,
} from './internal/crypto-cipher.js';
import {
  sign, verify, createSign, createVerify, publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, Sign, Verify,
} from './internal/crypto-sign.js';
import {
  createDiffieHellman, createDiffieHellmanGroup, getDiffieHellman, createECDH, diffieHellman, getCurves, generatePrime,
  generatePrimeSync, checkPrime, checkPrimeSync, DiffieHellman, DiffieHellmanGroup, ECDH,
} from './internal/crypto-dh.js';
import { X509Certificate, Certificate } from './internal/crypto-x509.js';
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

setCryptoClasses({ KeyObject, CryptoKey });

const crypto = {
  checkPrime,
  checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generatePrime,
  generatePrimeSync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getDiffieHellman,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID: (options) => webCrypto.randomUUID(options),
  scrypt,
  scryptSync,
  sign,
  setEngine: s('setEngine', 2),
  timingSafeEqual,
  getFips() {
    return 0;
  },
  setFips: s('setFips', 1),
  verify,
  hash,
  Certificate,
  Cipher: undefined,
  Cipheriv,
  Decipher: undefined,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  X509Certificate,
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
