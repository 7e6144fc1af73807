// crypto.subtle's algorithms (Node 22's WebCrypto), written over node:crypto's
// public families: hashes and HMAC, pbkdf2/hkdf, ciphers, KeyObjects,
// sign/verify, RSA encryption and diffieHellman.  A CryptoKey holds a
// KeyObject (KeyObject.from() gives it back).  bootstrap/web/crypto.js loads
// this module on the first SubtleCrypto call; it must never hold key material
// anywhere but in the KeyObjects.  Errors are Node's: DOMExceptions for the
// WebCrypto failures, TypeErrors from the Web IDL conversions, and a family's
// own ERR_NOT_IMPLEMENTED passes through unchanged.
import bufferModule from '../buffer.js';
import { cryptoConstants } from './constants-data.js';
import { createCryptoKey, getCryptoKeyHandle } from '../../bootstrap/web/crypto.js';
import { TextDecoder, TextEncoder } from '../../bootstrap/encoding.js';
import { createHash, createHmac } from './crypto-hash.js';
import { createSecretKey, createPublicKey, createPrivateKey, generateKeyPair } from './crypto-keys.js';
import { createCipheriv, createDecipheriv } from './crypto-cipher.js';
import { sign as nodeSign, verify as nodeVerify, publicEncrypt, privateDecrypt } from './crypto-sign.js';
import { diffieHellman } from './crypto-dh.js';
import { pbkdf2, hkdf } from './crypto-kdf.js';
import { randomBytes } from './crypto-random.js';
import {
  domError, validateMaxBufferLength, bytesOf, unsignedLong, boolean, bufferSource, cryptoKey, algorithmIdentifier,
  keyFormat, keyUsages, jsonWebKey, kNamedCurveAliases, normalizeAlgorithm,
} from './webcrypto-idl.js';

const { Buffer } = bufferModule;
const { RSA_PKCS1_OAEP_PADDING, RSA_PKCS1_PSS_PADDING } = cryptoConstants;

// ---------------------------------------------------------------------------
// Errors and small helpers

function passThrough(err) {
  return err !== null && typeof err === 'object' && err.code === 'ERR_NOT_IMPLEMENTED';
}

function operationError(cause) {
  if (passThrough(cause)) return cause;
  return domError('The operation failed for an operation-specific reason', 'OperationError', cause);
}

function invalidKeyData(cause) {
  if (passThrough(cause)) return cause;
  return domError('Invalid keyData', 'DataError', cause);
}

// Runs a family call the way Node runs a crypto job: any failure becomes an
// OperationError.
async function job(fn) {
  try {
    return await fn();
  } catch (err) {
    throw operationError(err);
  }
}

function withCallback(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, ...results) => (err ? reject(err) : resolve(results)));
  });
}

// A fresh ArrayBuffer holding exactly the bytes of `view`.
function arrayBuffer(view) {
  const out = new Uint8Array(view.byteLength);
  out.set(view instanceof ArrayBuffer ? new Uint8Array(view) : bytesOf(view));
  return out.buffer;
}

function bufferOf(source) {
  const b = bytesOf(source);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function hasAnyNotIn(usages, allowed) {
  for (const u of usages) if (!allowed.includes(u)) return true;
  return false;
}

function usagesUnion(set, ...usages) {
  return usages.filter((u) => set.has(u));
}

const kNodeHash = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kBlockSize = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kDigestBytes = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };
const kJwkAlg = {
  'RSASSA-PKCS1-v1_5': { 'SHA-1': 'RS1', 'SHA-256': 'RS256', 'SHA-384': 'RS384', 'SHA-512': 'RS512' },
  'RSA-PSS': { 'SHA-1': 'PS1', 'SHA-256': 'PS256', 'SHA-384': 'PS384', 'SHA-512': 'PS512' },
  'RSA-OAEP': { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384', 'SHA-512': 'RSA-OAEP-512' },
  'HMAC': { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' },
};

function aesJwkAlg(name, length) {
  return `A${length}${name.slice(4)}`;
}

function makeKey(keyObject, algorithm, usages, extractable) {
  return createCryptoKey({ type: keyObject.type, extractable, algorithm, usages, handle: keyObject });
}

function keyObjectOf(key) {
  return getCryptoKeyHandle(key);
}

function secretBytes(key) {
  return keyObjectOf(key).export();
}

// ---------------------------------------------------------------------------
// DER for the raw public key formats (EC points, CFRG keys): they are
// imported as SubjectPublicKeyInfo / PKCS#8 structures built here.

function der(tag, ...parts) {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const head = [tag];
  if (len < 0x80) head.push(len);
  else {
    const lenBytes = [];
    for (let n = len; n > 0; n >>= 8) lenBytes.unshift(n & 0xff);
    head.push(0x80 | lenBytes.length, ...lenBytes);
  }
  const out = new Uint8Array(head.length + len);
  out.set(head);
  let off = head.length;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

const oid = (...bytes) => der(0x06, Uint8Array.from(bytes));
const kOidEcPublicKey = oid(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01);
const kCurveOids = {
  'P-256': oid(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07),
  'P-384': oid(0x2b, 0x81, 0x04, 0x00, 0x22),
  'P-521': oid(0x2b, 0x81, 0x04, 0x00, 0x23),
};
const kCfrgOids = {
  Ed25519: oid(0x2b, 0x65, 0x70), X25519: oid(0x2b, 0x65, 0x6e), Ed448: oid(0x2b, 0x65, 0x71), X448: oid(0x2b, 0x65, 0x6f),
};
const kCfrgRawLength = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };
const isEdDSA = (name) => name === 'Ed25519' || name === 'Ed448';

function spki(algorithmId, publicKey) {
  return Buffer.from(der(0x30, algorithmId, der(0x03, Uint8Array.of(0), publicKey)));
}

function publicKeyDer(data) {
  return createPublicKey({ key: data, format: 'der', type: 'spki' });
}

function privateKeyDer(data) {
  return createPrivateKey({ key: data, format: 'der', type: 'pkcs8' });
}

function exportDer(key, type) {
  return arrayBuffer(keyObjectOf(key).export({ format: 'der', type }));
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ---------------------------------------------------------------------------
// JWK checks shared by every algorithm

const kKeyOps = ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'deriveKey', 'deriveBits'];

function validateKeyOps(keyOps, usages) {
  if (keyOps === undefined) return;
  const seen = new Set();
  for (const op of keyOps) {
    if (!kKeyOps.includes(op)) continue;
    if (seen.has(op)) throw domError('Duplicate key operation', 'DataError');
    seen.add(op);
  }
  for (const use of usages) {
    if (!keyOps.includes(use)) throw domError('Key operations and usage mismatch', 'DataError');
  }
}

function checkJwk(jwk, kty, usages, extractable, use) {
  if (!jwk.kty) throw domError('Invalid keyData', 'DataError');
  if (jwk.kty !== kty) throw domError('Invalid JWK "kty" Parameter', 'DataError');
  return () => {
    if (usages.size > 0 && jwk.use !== undefined && jwk.use !== use) {
      throw domError('Invalid JWK "use" Parameter', 'DataError');
    }
    validateKeyOps(jwk.key_ops, usages);
    if (jwk.ext === false && extractable === true) {
      throw domError('JWK "ext" Parameter and extractable mismatch', 'DataError');
    }
  };
}

function algMismatch() {
  return domError('JWK "alg" does not match the requested algorithm', 'DataError');
}

// ---------------------------------------------------------------------------
// Secret keys: HMAC, AES, HKDF, PBKDF2

function importSecretJwk(jwk) {
  if (typeof jwk.k !== 'string') {
    const cause = new TypeError('Invalid JWK secret key format');
    cause.code = 'ERR_CRYPTO_INVALID_JWK';
    throw domError('Invalid keyData', 'DataError', cause);
  }
  try {
    return createSecretKey(Buffer.from(jwk.k, 'base64'));
  } catch (err) {
    throw invalidKeyData(err);
  }
}

async function hmacGenerateKey(algorithm, extractable, usages) {
  const { hash, name } = algorithm;
  const length = algorithm.length === undefined ? kBlockSize[hash.name] : algorithm.length;
  const set = new Set(usages);
  if (hasAnyNotIn(set, ['sign', 'verify'])) throw domError('Unsupported key usage for an HMAC key', 'SyntaxError');
  const keyObject = await job(() => createSecretKey(randomBytes(Math.floor(length / 8))));
  return makeKey(keyObject, { name, length, hash: { name: hash.name } }, [...set], extractable);
}

function hmacImportKey(format, keyData, algorithm, extractable, usages) {
  const set = new Set(usages);
  if (hasAnyNotIn(set, ['sign', 'verify'])) throw domError('Unsupported key usage for an HMAC key', 'SyntaxError');
  let keyObject;
  if (format === 'KeyObject') {
    keyObject = keyData;
  } else if (format === 'raw') {
    keyObject = createSecretKey(bufferOf(keyData));
  } else if (format === 'jwk') {
    checkJwk(keyData, 'oct', set, extractable, 'sig')();
    if (keyData.alg !== undefined && keyData.alg !== kJwkAlg.HMAC[algorithm.hash.name]) throw algMismatch();
    keyObject = importSecretJwk(keyData);
  } else {
    return undefined;
  }
  const length = keyObject.symmetricKeySize * 8;
  if (length === 0) throw domError('Zero-length key is not supported', 'DataError');
  if (algorithm.length !== undefined && algorithm.length !== length) throw domError('Invalid key length', 'DataError');
  return makeKey(keyObject, { name: 'HMAC', hash: algorithm.hash, length }, usages, extractable);
}

function aesUsages(name) {
  return name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt'];
}

function validateAesLength(length) {
  if (length !== 128 && length !== 192 && length !== 256) throw domError('Invalid key length', 'DataError');
}

async function aesGenerateKey(algorithm, extractable, usages) {
  const { name, length } = algorithm;
  const set = new Set(usages);
  if (hasAnyNotIn(set, aesUsages(name))) throw domError('Unsupported key usage for an AES key', 'SyntaxError');
  const keyObject = await job(() => createSecretKey(randomBytes(length / 8)));
  return makeKey(keyObject, { name, length }, [...set], extractable);
}

function aesImportKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  if (hasAnyNotIn(set, aesUsages(name))) throw domError('Unsupported key usage for an AES key', 'SyntaxError');
  let keyObject;
  if (format === 'KeyObject') {
    validateAesLength(keyData.symmetricKeySize * 8);
    keyObject = keyData;
  } else if (format === 'raw') {
    validateAesLength(keyData.byteLength * 8);
    keyObject = createSecretKey(bufferOf(keyData));
  } else if (format === 'jwk') {
    checkJwk(keyData, 'oct', set, extractable, 'enc')();
    keyObject = importSecretJwk(keyData);
    validateAesLength(keyObject.symmetricKeySize * 8);
    if (keyData.alg !== undefined && keyData.alg !== aesJwkAlg(name, keyObject.symmetricKeySize * 8)) {
      throw algMismatch();
    }
  } else {
    return undefined;
  }
  return makeKey(keyObject, { name, length: keyObject.symmetricKeySize * 8 }, usages, extractable);
}

function importGenericSecretKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  if (extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
  if (hasAnyNotIn(new Set(usages), ['deriveKey', 'deriveBits'])) {
    throw domError(`Unsupported key usage for a ${name} key`, 'SyntaxError');
  }
  if (format === 'KeyObject') return makeKey(keyData, { name }, usages, false);
  if (format !== 'raw') return undefined;
  return makeKey(createSecretKey(bufferOf(keyData)), { name }, usages, false);
}

// ---------------------------------------------------------------------------
// Asymmetric key generation

async function generatePair(type, options) {
  try {
    const [publicKey, privateKey] = await withCallback(generateKeyPair, type, options);
    return { publicKey, privateKey };
  } catch (err) {
    throw operationError(err);
  }
}

function bigIntArrayToUnsignedInt(input) {
  let result = 0;
  for (let n = 0; n < input.length; ++n) {
    const reversed = input.length - n - 1;
    if (reversed >= 4 && input[n]) return undefined;
    result |= input[n] << (8 * reversed);
  }
  return result;
}

async function rsaGenerateKey(algorithm, extractable, usages) {
  const exponent = bigIntArrayToUnsignedInt(algorithm.publicExponent);
  if (exponent === undefined) {
    throw domError('The publicExponent must be equivalent to an unsigned 32-bit value', 'OperationError');
  }
  const { name, modulusLength, publicExponent, hash } = algorithm;
  const set = new Set(usages);
  const allowed = name === 'RSA-OAEP' ? ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] : ['sign', 'verify'];
  if (hasAnyNotIn(set, allowed)) throw domError('Unsupported key usage for a RSA key', 'SyntaxError');
  const pair = await generatePair('rsa', { modulusLength, publicExponent: exponent });
  const keyAlgorithm = { name, modulusLength, publicExponent, hash: { name: hash.name } };
  const [pub, priv] = name === 'RSA-OAEP'
    ? [usagesUnion(set, 'encrypt', 'wrapKey'), usagesUnion(set, 'decrypt', 'unwrapKey')]
    : [usagesUnion(set, 'verify'), usagesUnion(set, 'sign')];
  return {
    __proto__: null,
    publicKey: makeKey(pair.publicKey, keyAlgorithm, pub, true),
    privateKey: makeKey(pair.privateKey, keyAlgorithm, priv, extractable),
  };
}

async function ecGenerateKey(algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  const set = new Set(usages);
  const allowed = name === 'ECDSA' ? ['sign', 'verify'] : ['deriveKey', 'deriveBits'];
  if (hasAnyNotIn(set, allowed)) throw domError(`Unsupported key usage for an ${name} key`, 'SyntaxError');
  const pair = await generatePair('ec', { namedCurve });
  const [pub, priv] = name === 'ECDSA'
    ? [usagesUnion(set, 'verify'), usagesUnion(set, 'sign')]
    : [[], usagesUnion(set, 'deriveKey', 'deriveBits')];
  const keyAlgorithm = { name, namedCurve };
  return {
    __proto__: null,
    publicKey: makeKey(pair.publicKey, keyAlgorithm, pub, true),
    privateKey: makeKey(pair.privateKey, keyAlgorithm, priv, extractable),
  };
}

async function cfrgGenerateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  const allowed = isEdDSA(name) ? ['sign', 'verify'] : ['deriveKey', 'deriveBits'];
  if (hasAnyNotIn(set, allowed)) throw domError(`Unsupported key usage for an ${name} key`, 'SyntaxError');
  const pair = await generatePair(name.toLowerCase());
  const [pub, priv] = isEdDSA(name)
    ? [usagesUnion(set, 'verify'), usagesUnion(set, 'sign')]
    : [[], usagesUnion(set, 'deriveKey', 'deriveBits')];
  const keyAlgorithm = { name };
  return {
    __proto__: null,
    privateKey: makeKey(pair.privateKey, keyAlgorithm, priv, extractable),
    publicKey: makeKey(pair.publicKey, keyAlgorithm, pub, true),
  };
}

// ---------------------------------------------------------------------------
// Asymmetric key import

function importDer(format, keyData) {
  try {
    return format === 'spki' ? publicKeyDer(bufferOf(keyData)) : privateKeyDer(bufferOf(keyData));
  } catch (err) {
    throw invalidKeyData(err);
  }
}

function importJwkKey(jwk, fields, isPublic) {
  const key = {};
  for (const f of fields) if (jwk[f] !== undefined) key[f] = jwk[f];
  try {
    return isPublic ? createPublicKey({ key, format: 'jwk' }) : createPrivateKey({ key, format: 'jwk' });
  } catch (err) {
    throw invalidKeyData(err);
  }
}

function asymmetricType(keyObject) {
  try {
    return keyObject.asymmetricKeyType;
  } catch (err) {
    throw invalidKeyData(err);
  }
}

function bigintBytes(value) {
  let n = BigInt(value);
  const out = [];
  while (n > 0n) {
    out.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return new Uint8Array(out.length ? out : [0]);
}

// Node words this one message with "an" for RSA keys and "a" for the others.
function checkUsages(article, name, usages, allowed) {
  if (hasAnyNotIn(usages, allowed)) throw domError(`Unsupported key usage for ${article} ${name} key`, 'SyntaxError');
}

function rsaCheckUsages(name, isPublic, usages) {
  const allowed = name === 'RSA-OAEP' ? (isPublic ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey'])
    : (isPublic ? ['verify'] : ['sign']);
  checkUsages('an', name, usages, allowed);
}

function rsaImportKey(format, keyData, algorithm, extractable, usages) {
  const set = new Set(usages);
  let keyObject;
  switch (format) {
    case 'KeyObject':
      rsaCheckUsages(algorithm.name, keyData.type === 'public', set);
      keyObject = keyData;
      break;
    case 'spki':
    case 'pkcs8':
      rsaCheckUsages(algorithm.name, format === 'spki', set);
      keyObject = importDer(format, keyData);
      break;
    case 'jwk': {
      const check = checkJwk(keyData, 'RSA', set, extractable, algorithm.name === 'RSA-OAEP' ? 'enc' : 'sig');
      rsaCheckUsages(algorithm.name, keyData.d === undefined, set);
      check();
      if (keyData.alg !== undefined && keyData.alg !== kJwkAlg[algorithm.name][algorithm.hash.name]) {
        throw algMismatch();
      }
      keyObject = importJwkKey(keyData, ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'], keyData.d === undefined);
      break;
    }
    default:
      return undefined;
  }
  if (asymmetricType(keyObject) !== 'rsa') throw domError('Invalid key type', 'DataError');
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  return makeKey(keyObject, {
    name: algorithm.name, modulusLength, publicExponent: bigintBytes(publicExponent), hash: algorithm.hash,
  }, usages, extractable);
}

function ecCheckUsages(name, isPublic, usages) {
  const allowed = name === 'ECDSA' ? (isPublic ? ['verify'] : ['sign']) : (isPublic ? [] : ['deriveKey', 'deriveBits']);
  checkUsages('a', name, usages, allowed);
}

function jwkBytes(value) {
  return new Uint8Array(Buffer.from(`${value}`, 'base64'));
}

function ecImportKey(format, keyData, algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  const set = new Set(usages);
  let keyObject;
  switch (format) {
    case 'KeyObject':
      ecCheckUsages(name, keyData.type === 'public', set);
      keyObject = keyData;
      break;
    case 'spki':
    case 'pkcs8':
      ecCheckUsages(name, format === 'spki', set);
      keyObject = importDer(format, keyData);
      break;
    case 'jwk': {
      const check = checkJwk(keyData, 'EC', set, extractable, name === 'ECDH' ? 'enc' : 'sig');
      if (keyData.crv !== namedCurve) throw domError('JWK "crv" does not match the requested algorithm', 'DataError');
      ecCheckUsages(name, keyData.d === undefined, set);
      check();
      if (name === 'ECDSA' && keyData.alg !== undefined) {
        const algCurve = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[keyData.alg];
        if (algCurve !== namedCurve) throw algMismatch();
      }
      keyObject = importJwkKey(keyData, ['kty', 'crv', 'x', 'y', 'd'], keyData.d === undefined);
      if (keyObject.type === 'private') {
        // The private scalar must belong to the public point given with it:
        // a PKCS#8 key without its public point makes OpenSSL compute it.
        let pub;
        try {
          const ecPrivateKey = der(0x30, der(0x02, Uint8Array.of(1)), der(0x04, jwkBytes(keyData.d)));
          const bare = der(0x30, der(0x02, Uint8Array.of(0)), der(0x30, kOidEcPublicKey, kCurveOids[namedCurve]),
            der(0x04, ecPrivateKey));
          pub = createPublicKey(privateKeyDer(Buffer.from(bare))).export({ format: 'jwk' });
        } catch (err) {
          throw invalidKeyData(err);
        }
        if (!sameBytes(jwkBytes(pub.x), jwkBytes(keyData.x)) || !sameBytes(jwkBytes(pub.y), jwkBytes(keyData.y))) {
          throw domError('Invalid keyData', 'DataError');
        }
      }
      break;
    }
    case 'raw':
      ecCheckUsages(name, true, set);
      try {
        keyObject = publicKeyDer(spki(der(0x30, kOidEcPublicKey, kCurveOids[namedCurve]), bytesOf(keyData)));
        // A compressed point is kept compressed by the SPKI parser; Node's
        // key holds it uncompressed.
        if (bytesOf(keyData)[0] !== 4) keyObject = createPublicKey({ key: keyObject.export({ format: 'jwk' }), format: 'jwk' });
      } catch (err) {
        throw invalidKeyData(passThrough(err) ? err : undefined);
      }
      break;
    default:
      return undefined;
  }
  if (asymmetricType(keyObject) !== 'ec') throw domError('Invalid key type', 'DataError');
  if (keyObject.asymmetricKeyDetails.namedCurve !== kNamedCurveAliases[namedCurve]) {
    throw domError('Named curve mismatch', 'DataError');
  }
  return makeKey(keyObject, { name, namedCurve }, usages, extractable);
}

function cfrgCheckUsages(name, isPublic, usages) {
  const allowed = isEdDSA(name) ? (isPublic ? ['verify'] : ['sign']) : (isPublic ? [] : ['deriveKey', 'deriveBits']);
  checkUsages('a', name, usages, allowed);
}

function cfrgRawKey(name, bytes, isPublic) {
  const length = kCfrgRawLength[name];
  if (bytes.byteLength !== length) throw domError(`${name} raw keys must be exactly ${length}-bytes`, 'DataError');
  const algorithmId = der(0x30, kCfrgOids[name]);
  try {
    if (isPublic) return publicKeyDer(spki(algorithmId, bytes));
    return privateKeyDer(Buffer.from(der(0x30, der(0x02, Uint8Array.of(0)), algorithmId, der(0x04, der(0x04, bytes)))));
  } catch (err) {
    throw invalidKeyData(passThrough(err) ? err : undefined);
  }
}

function cfrgImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  const set = new Set(usages);
  let keyObject;
  switch (format) {
    case 'KeyObject':
      cfrgCheckUsages(name, keyData.type === 'public', set);
      keyObject = keyData;
      break;
    case 'spki':
    case 'pkcs8':
      cfrgCheckUsages(name, format === 'spki', set);
      keyObject = importDer(format, keyData);
      break;
    case 'jwk': {
      const check = checkJwk(keyData, 'OKP', set, extractable, isEdDSA(name) ? 'sig' : 'enc');
      if (keyData.crv !== name) throw domError('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      const isPublic = keyData.d === undefined;
      check();
      if (keyData.alg !== undefined && isEdDSA(name) && keyData.alg !== name && keyData.alg !== 'EdDSA') {
        throw algMismatch();
      }
      if (!isPublic && typeof keyData.x !== 'string') throw domError('Invalid JWK', 'DataError');
      cfrgCheckUsages(name, isPublic, set);
      try {
        const publicKeyObject = cfrgRawKey(name, jwkBytes(keyData.x), true);
        if (isPublic) {
          keyObject = publicKeyObject;
        } else {
          keyObject = cfrgRawKey(name, jwkBytes(keyData.d), false);
          const derived = createPublicKey(keyObject).export({ format: 'der', type: 'spki' });
          if (!sameBytes(derived, publicKeyObject.export({ format: 'der', type: 'spki' }))) {
            throw domError('Invalid JWK', 'DataError');
          }
        }
      } catch (err) {
        throw invalidKeyData(err);
      }
      break;
    }
    case 'raw':
      cfrgCheckUsages(name, true, set);
      keyObject = cfrgRawKey(name, bytesOf(keyData), true);
      break;
    default:
      return undefined;
  }
  if (asymmetricType(keyObject) !== name.toLowerCase()) throw domError('Invalid key type', 'DataError');
  return makeKey(keyObject, { name }, usages, extractable);
}

// KeyObject.prototype.toCryptoKey(algorithm, extractable, keyUsages): the
// importKey() of an existing KeyObject, synchronous, with Node's unprefixed
// Web IDL errors.
export function keyObjectToCryptoKey(keyObject, algorithm, extractable, usages) {
  algorithm = normalizeAlgorithm(algorithmIdentifier(algorithm), 'importKey');
  extractable = boolean(extractable);
  usages = keyUsages(usages);
  const secret = keyObject.type === 'secret';
  let result;
  switch (secret ? algorithm.name : `${algorithm.name} (asymmetric)`) {
    case 'HMAC':
      result = hmacImportKey('KeyObject', keyObject, algorithm, extractable, usages);
      break;
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      result = aesImportKey(algorithm, 'KeyObject', keyObject, extractable, usages);
      break;
    case 'HKDF':
    case 'PBKDF2':
      result = importGenericSecretKey(algorithm, 'KeyObject', keyObject, extractable, usages);
      break;
    case 'RSASSA-PKCS1-v1_5 (asymmetric)':
    case 'RSA-PSS (asymmetric)':
    case 'RSA-OAEP (asymmetric)':
      result = rsaImportKey('KeyObject', keyObject, algorithm, extractable, usages);
      break;
    case 'ECDSA (asymmetric)':
    case 'ECDH (asymmetric)':
      result = ecImportKey('KeyObject', keyObject, algorithm, extractable, usages);
      break;
    case 'Ed25519 (asymmetric)':
    case 'Ed448 (asymmetric)':
    case 'X25519 (asymmetric)':
    case 'X448 (asymmetric)':
      result = cfrgImportKey('KeyObject', keyObject, algorithm, extractable, usages);
      break;
    default:
      throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  if ((secret || result.type === 'private') && result.usages.length === 0) {
    throw domError(`Usages cannot be empty when importing a ${result.type} key.`, 'SyntaxError');
  }
  return result;
}

// ---------------------------------------------------------------------------
// Export

function exportJwk(key) {
  const { name } = key.algorithm;
  const jwk = { key_ops: key.usages, ext: key.extractable };
  const keyObject = keyObjectOf(key);
  if (key.type === 'secret') {
    jwk.alg = name === 'HMAC' ? kJwkAlg.HMAC[key.algorithm.hash.name] : aesJwkAlg(name, key.algorithm.length);
    jwk.kty = 'oct';
    jwk.k = keyObject.export().toString('base64url');
    return jwk;
  }
  const src = keyObject.export({ format: 'jwk' });
  let fields;
  if (name.startsWith('RSA')) {
    jwk.alg = kJwkAlg[name][key.algorithm.hash.name];
    fields = ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
  } else if (name === 'ECDSA' || name === 'ECDH') {
    fields = ['kty', 'x', 'y', 'crv', 'd'];
  } else {
    if (isEdDSA(name)) jwk.alg = name;
    fields = ['crv', 'd', 'x', 'kty'];
  }
  for (const f of fields) if (src[f] !== undefined) jwk[f] = src[f];
  return jwk;
}

function exportRawPublic(key) {
  const jwk = keyObjectOf(key).export({ format: 'jwk' });
  if (jwk.kty === 'OKP') return arrayBuffer(Buffer.from(jwk.x, 'base64url'));
  return arrayBuffer(Buffer.concat([Buffer.of(4), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]));
}

const kSecretAlgorithms = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW', 'HMAC'];

async function exportKeyImpl(format, key) {
  try {
    normalizeAlgorithm(key.algorithm, 'exportKey');
  } catch {
    throw domError(`${key.algorithm.name} key export is not supported`, 'NotSupportedError');
  }
  if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const { name } = key.algorithm;
  let result;
  await job(() => {
    switch (format) {
      case 'spki':
        if (key.type === 'public') result = exportDer(key, 'spki');
        break;
      case 'pkcs8':
        if (key.type === 'private') result = exportDer(key, 'pkcs8');
        break;
      case 'jwk':
        result = exportJwk(key);
        break;
      case 'raw':
        if (key.type === 'secret' && kSecretAlgorithms.includes(name)) result = arrayBuffer(secretBytes(key));
        else if (key.type === 'public' && !name.startsWith('RSA')) result = exportRawPublic(key);
        break;
    }
  });
  if (!result) {
    throw domError(`Unable to export ${name} ${key.type} key using ${format} format`, 'NotSupportedError');
  }
  return result;
}

// ---------------------------------------------------------------------------
// Sign and verify

function hmacSignVerify(key, data, signature) {
  return job(() => {
    const mac = createHmac(kNodeHash[key.algorithm.hash.name], secretBytes(key)).update(bytesOf(data)).digest();
    if (signature === undefined) return arrayBuffer(mac);
    const sig = bytesOf(signature);
    return sig.length === mac.length && sameBytes(sig, mac);
  });
}

function requireKeyType(key, signature) {
  const type = signature === undefined ? 'private' : 'public';
  if (key.type !== type) throw domError(`Key must be a ${type} key`, 'InvalidAccessError');
}

function asymmetricSignVerify(hashName, keyOptions, data, signature) {
  return job(() => {
    if (signature === undefined) return arrayBuffer(nodeSign(hashName, bufferOf(data), keyOptions));
    return nodeVerify(hashName, bufferOf(data), keyOptions, bufferOf(signature));
  });
}

function rsaSignVerify(key, data, { saltLength }, signature) {
  requireKeyType(key, signature);
  const options = { key: keyObjectOf(key) };
  if (key.algorithm.name === 'RSA-PSS') {
    const max = Math.ceil((key.algorithm.modulusLength - 1) / 8) - kDigestBytes[key.algorithm.hash.name] - 2;
    if (saltLength > max) {
      const err = new RangeError(`The value of "algorithm.saltLength" is out of range. It must be >= 0 && <= ${max}. Received ${saltLength}`);
      err.code = 'ERR_OUT_OF_RANGE';
      return Promise.reject(operationError(err));
    }
    options.padding = RSA_PKCS1_PSS_PADDING;
    options.saltLength = saltLength;
  }
  return asymmetricSignVerify(kNodeHash[key.algorithm.hash.name], options, data, signature);
}

function ecdsaSignVerify(key, data, { hash }, signature) {
  requireKeyType(key, signature);
  return asymmetricSignVerify(kNodeHash[hash.name], { key: keyObjectOf(key), dsaEncoding: 'ieee-p1363' }, data, signature);
}

function eddsaSignVerify(key, data, signature) {
  requireKeyType(key, signature);
  return asymmetricSignVerify(null, keyObjectOf(key), data, signature);
}

async function signVerify(algorithm, key, data, signature) {
  const usage = signature === undefined ? 'sign' : 'verify';
  algorithm = normalizeAlgorithm(algorithm, usage);
  if (!key.usages.includes(usage) || algorithm.name !== key.algorithm.name) {
    throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  switch (algorithm.name) {
    case 'RSA-PSS':
    case 'RSASSA-PKCS1-v1_5':
      return rsaSignVerify(key, data, algorithm, signature);
    case 'ECDSA':
      return ecdsaSignVerify(key, data, algorithm, signature);
    case 'Ed25519':
    case 'Ed448':
      return eddsaSignVerify(key, data, signature);
    case 'HMAC':
      return hmacSignVerify(key, data, signature);
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

// ---------------------------------------------------------------------------
// Encryption

function runCipher(decrypt, cipherName, key, iv, data, setup) {
  const c = decrypt ? createDecipheriv(cipherName, key, iv, setup?.options) : createCipheriv(cipherName, key, iv, setup?.options);
  if (setup?.before) setup.before(c);
  const parts = [c.update(data), c.final()];
  if (setup?.after) parts.push(setup.after(c));
  return Buffer.concat(parts);
}

function aesCbc(decrypt, key, data, algorithm) {
  return job(() => arrayBuffer(runCipher(decrypt, `aes-${key.algorithm.length}-cbc`, secretBytes(key),
    bufferOf(algorithm.iv), bufferOf(data))));
}

// AES-CTR with WebCrypto's counter: only the low `length` bits of the
// counter block count, and they wrap to zero without touching the rest.
function aesCtr(decrypt, key, data, algorithm) {
  return job(() => {
    const cipherName = `aes-${key.algorithm.length}-ctr`;
    const keyBytes = secretBytes(key);
    const input = bufferOf(data);
    const counterBlock = bufferOf(algorithm.counter);
    const bits = BigInt(algorithm.length);
    const block = BigInt(`0x${counterBlock.toString('hex')}`);
    const mask = (1n << bits) - 1n;
    const numCounters = 1n << bits;
    const blocks = BigInt(Math.ceil(input.length / 16));
    if (blocks > numCounters) throw new Error('AES-CTR counter would be reused');
    const remaining = numCounters - (block & mask);
    if (remaining >= blocks) return arrayBuffer(runCipher(decrypt, cipherName, keyBytes, counterBlock, input));
    const split = Number(remaining) * 16;
    const zeroed = Buffer.from((block & ~mask).toString(16).padStart(32, '0'), 'hex');
    return arrayBuffer(Buffer.concat([
      runCipher(decrypt, cipherName, keyBytes, counterBlock, input.subarray(0, split)),
      runCipher(decrypt, cipherName, keyBytes, zeroed, input.subarray(split)),
    ]));
  });
}

async function aesGcm(decrypt, key, data, algorithm) {
  const { tagLength = 128 } = algorithm;
  const tagBytes = tagLength / 8;
  let input = bufferOf(data);
  let tag;
  if (decrypt) {
    tag = input.subarray(Math.max(0, input.length - tagBytes));
    if (tagBytes > tag.length) throw domError('The provided data is too small.', 'OperationError');
    input = input.subarray(0, input.length - tagBytes);
  }
  const aad = algorithm.additionalData;
  return job(() => {
    // Node's WebCrypto takes GCM nonces of 12 to 128 bytes only.
    if (algorithm.iv.byteLength < 12 || algorithm.iv.byteLength > 128) {
      const err = new TypeError('Invalid initialization vector');
      err.code = 'ERR_CRYPTO_INVALID_IV';
      throw err;
    }
    return arrayBuffer(runCipher(decrypt, `aes-${key.algorithm.length}-gcm`, secretBytes(key),
    bufferOf(algorithm.iv), input, {
      options: { authTagLength: tagBytes },
      before(c) {
        if (decrypt) c.setAuthTag(tag);
        if (aad !== undefined) c.setAAD(bufferOf(aad));
      },
      after: decrypt ? undefined : (c) => c.getAuthTag(),
    }));
  });
}

// AES-KW (RFC 3394) over single-block AES-ECB.
const kKwIv = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');

function aesKw(decrypt, key, data) {
  return job(() => {
    const input = bufferOf(data);
    if (input.length % 8 !== 0 || input.length < (decrypt ? 24 : 16)) throw new Error('Invalid AES-KW data length');
    const cipherName = `aes-${key.algorithm.length}-ecb`;
    const keyBytes = secretBytes(key);
    const ecb = decrypt ? createDecipheriv(cipherName, keyBytes, null) : createCipheriv(cipherName, keyBytes, null);
    ecb.setAutoPadding(false);
    const n = input.length / 8 - (decrypt ? 1 : 0);
    const a = Buffer.from(decrypt ? input.subarray(0, 8) : kKwIv);
    const r = Buffer.from(decrypt ? input.subarray(8) : input);
    const xorT = (t) => {
      for (let k = 7; t > 0; k--, t = Math.floor(t / 256)) a[k] ^= t & 0xff;
    };
    const step = (i) => {
      const b = ecb.update(Buffer.concat([a, r.subarray(i * 8, i * 8 + 8)]));
      b.copy(a, 0, 0, 8);
      b.copy(r, i * 8, 8, 16);
    };
    if (!decrypt) {
      for (let j = 0; j < 6; j++) {
        for (let i = 0; i < n; i++) {
          step(i);
          xorT(n * j + i + 1);
        }
      }
      return arrayBuffer(Buffer.concat([a, r]));
    }
    for (let j = 5; j >= 0; j--) {
      for (let i = n - 1; i >= 0; i--) {
        xorT(n * j + i + 1);
        step(i);
      }
    }
    if (!sameBytes(a, kKwIv)) throw new Error('AES-KW integrity check failed');
    return arrayBuffer(r);
  });
}

async function rsaOaep(decrypt, key, data, algorithm) {
  if (algorithm.label !== undefined) validateMaxBufferLength(algorithm.label, 'algorithm.label');
  if (key.type !== (decrypt ? 'private' : 'public')) {
    throw domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  const options = { key: keyObjectOf(key), padding: RSA_PKCS1_OAEP_PADDING, oaepHash: kNodeHash[key.algorithm.hash.name] };
  if (algorithm.label !== undefined) options.oaepLabel = bufferOf(algorithm.label);
  return job(() => arrayBuffer((decrypt ? privateDecrypt : publicEncrypt)(options, bufferOf(data))));
}

async function cipherOrWrap(decrypt, algorithm, key, data, op) {
  if (key.algorithm.name !== algorithm.name || !key.usages.includes(op)) {
    throw domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  validateMaxBufferLength(data, 'data');
  switch (algorithm.name) {
    case 'RSA-OAEP':
      return rsaOaep(decrypt, key, data, algorithm);
    case 'AES-CTR':
      return aesCtr(decrypt, key, data, algorithm);
    case 'AES-CBC':
      return aesCbc(decrypt, key, data, algorithm);
    case 'AES-GCM':
      return aesGcm(decrypt, key, data, algorithm);
    case 'AES-KW':
      if (op === 'wrapKey' || op === 'unwrapKey') return aesKw(decrypt, key, data);
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

// ---------------------------------------------------------------------------
// Key derivation

function validateKdfLength(length) {
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (length % 8) throw domError('length must be a multiple of 8', 'OperationError');
}

async function pbkdf2DeriveBits(algorithm, baseKey, length) {
  validateKdfLength(length);
  if (length === 0) return new ArrayBuffer(0);
  const { iterations, hash, salt } = algorithm;
  return job(async () => {
    const [out] = await withCallback(pbkdf2, secretBytes(baseKey), salt, iterations, length / 8, kNodeHash[hash.name]);
    return arrayBuffer(out);
  });
}

async function hkdfDeriveBits(algorithm, baseKey, length) {
  validateKdfLength(length);
  if (length === 0) return new ArrayBuffer(0);
  const { hash, salt, info } = algorithm;
  return job(async () => {
    const [out] = await withCallback(hkdf, kNodeHash[hash.name], secretBytes(baseKey), salt, info, length / 8);
    return arrayBuffer(out);
  });
}

async function ecdhDeriveBits(algorithm, baseKey, length) {
  const publicKey = algorithm.public;
  if (baseKey.type !== 'private') throw domError('baseKey must be a private key', 'InvalidAccessError');
  if (publicKey.algorithm.name !== baseKey.algorithm.name) {
    throw domError('The public and private keys must be of the same type', 'InvalidAccessError');
  }
  if (publicKey.algorithm.name === 'ECDH' && publicKey.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw domError('Named curve mismatch', 'InvalidAccessError');
  }
  const bits = await job(() => arrayBuffer(diffieHellman({
    privateKey: keyObjectOf(baseKey), publicKey: keyObjectOf(publicKey),
  })));
  if (length === null) return bits;
  const sliceLength = Math.ceil(length / 8);
  if (bits.byteLength < sliceLength) throw domError('derived bit length is too small', 'OperationError');
  const slice = new Uint8Array(bits.slice(0, sliceLength));
  const mod = length % 8;
  if (mod !== 0) slice[sliceLength - 1] &= (0xff << (8 - mod)) & 0xff;
  return slice.buffer;
}

function deriveBitsFor(algorithm, baseKey, length) {
  switch (algorithm.name) {
    case 'X25519':
    case 'X448':
    case 'ECDH':
      return ecdhDeriveBits(algorithm, baseKey, length);
    case 'HKDF':
      return hkdfDeriveBits(algorithm, baseKey, length);
    case 'PBKDF2':
      return pbkdf2DeriveBits(algorithm, baseKey, length);
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

function getKeyLength({ name, length, hash }) {
  switch (name) {
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      if (length !== 128 && length !== 192 && length !== 256) throw domError('Invalid key length', 'OperationError');
      return length;
    case 'HMAC':
      if (length === undefined) return kBlockSize[hash?.name];
      if (typeof length === 'number' && length !== 0) return length;
      throw domError('Invalid key length', 'OperationError');
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// The SubtleCrypto methods (bootstrap/web/crypto.js has checked `this` and
// the argument count).

const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

function converter(method) {
  const prefix = `Failed to execute '${method}' on 'SubtleCrypto'`;
  return (conv, value, index, extra) => conv(value, { prefix, context: `${ordinals[index]} argument`, ...extra });
}

async function digest(algorithm, data) {
  const c = converter('digest');
  algorithm = c(algorithmIdentifier, algorithm, 0);
  data = c(bufferSource, data, 1);
  algorithm = normalizeAlgorithm(algorithm, 'digest');
  validateMaxBufferLength(data, 'data');
  return job(() => arrayBuffer(createHash(kNodeHash[algorithm.name]).update(bytesOf(data)).digest()));
}

async function generateKey(algorithm, extractable, usages) {
  const c = converter('generateKey');
  algorithm = c(algorithmIdentifier, algorithm, 0);
  extractable = boolean(extractable);
  usages = c(keyUsages, usages, 2);
  algorithm = normalizeAlgorithm(algorithm, 'generateKey');
  let result;
  let pair = true;
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS':
    case 'RSA-OAEP':
      result = await rsaGenerateKey(algorithm, extractable, usages);
      break;
    case 'Ed25519':
    case 'Ed448':
    case 'X25519':
    case 'X448':
      result = await cfrgGenerateKey(algorithm, extractable, usages);
      break;
    case 'ECDSA':
    case 'ECDH':
      result = await ecGenerateKey(algorithm, extractable, usages);
      break;
    case 'HMAC':
      pair = false;
      result = await hmacGenerateKey(algorithm, extractable, usages);
      break;
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      pair = false;
      result = await aesGenerateKey(algorithm, extractable, usages);
      break;
    default:
      throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  if ((pair ? result.privateKey : result).usages.length === 0) {
    throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return result;
}

async function importKey(format, keyData, algorithm, extractable, usages) {
  const c = converter('importKey');
  format = c(keyFormat, format, 0);
  keyData = c(format === 'jwk' ? jsonWebKey : bufferSource, keyData, 1);
  algorithm = c(algorithmIdentifier, algorithm, 2);
  extractable = boolean(extractable);
  usages = c(keyUsages, usages, 4);
  algorithm = normalizeAlgorithm(algorithm, 'importKey');
  let result;
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS':
    case 'RSA-OAEP':
      result = rsaImportKey(format, keyData, algorithm, extractable, usages);
      break;
    case 'ECDSA':
    case 'ECDH':
      result = ecImportKey(format, keyData, algorithm, extractable, usages);
      break;
    case 'Ed25519':
    case 'Ed448':
    case 'X25519':
    case 'X448':
      result = cfrgImportKey(format, keyData, algorithm, extractable, usages);
      break;
    case 'HMAC':
      result = hmacImportKey(format, keyData, algorithm, extractable, usages);
      break;
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      result = aesImportKey(algorithm, format, keyData, extractable, usages);
      break;
    case 'HKDF':
    case 'PBKDF2':
      result = importGenericSecretKey(algorithm, format, keyData, extractable, usages);
      break;
  }
  if (!result) throw domError(`Unable to import ${algorithm.name} using ${format} format`, 'NotSupportedError');
  if ((result.type === 'secret' || result.type === 'private') && result.usages.length === 0) {
    throw domError(`Usages cannot be empty when importing a ${result.type} key.`, 'SyntaxError');
  }
  return result;
}

async function exportKey(format, key) {
  const c = converter('exportKey');
  format = c(keyFormat, format, 0);
  key = c(cryptoKey, key, 1);
  return exportKeyImpl(format, key);
}

async function sign(algorithm, key, data) {
  const c = converter('sign');
  algorithm = c(algorithmIdentifier, algorithm, 0);
  key = c(cryptoKey, key, 1);
  data = c(bufferSource, data, 2);
  return signVerify(algorithm, key, data);
}

async function verify(algorithm, key, signature, data) {
  const c = converter('verify');
  algorithm = c(algorithmIdentifier, algorithm, 0);
  key = c(cryptoKey, key, 1);
  signature = c(bufferSource, signature, 2);
  data = c(bufferSource, data, 3);
  return signVerify(algorithm, key, data, signature);
}

function cipherMethod(method, decrypt) {
  return async (algorithm, key, data) => {
    const c = converter(method);
    algorithm = c(algorithmIdentifier, algorithm, 0);
    key = c(cryptoKey, key, 1);
    data = c(bufferSource, data, 2);
    algorithm = normalizeAlgorithm(algorithm, method);
    return cipherOrWrap(decrypt, algorithm, key, data, method);
  };
}

async function deriveBits(algorithm, baseKey, length = null) {
  const c = converter('deriveBits');
  algorithm = c(algorithmIdentifier, algorithm, 0);
  baseKey = c(cryptoKey, baseKey, 1);
  if (length !== null) length = c(unsignedLong, length, 2);
  algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
  if (!baseKey.usages.includes('deriveBits')) {
    throw domError('baseKey does not have deriveBits usage', 'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  return deriveBitsFor(algorithm, baseKey, length);
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, usages) {
  const c = converter('deriveKey');
  algorithm = c(algorithmIdentifier, algorithm, 0);
  baseKey = c(cryptoKey, baseKey, 1);
  const derivedRaw = derivedKeyAlgorithm;
  derivedKeyAlgorithm = c(algorithmIdentifier, derivedKeyAlgorithm, 2);
  extractable = boolean(extractable);
  usages = c(keyUsages, usages, 4);
  algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
  normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
  if (!baseKey.usages.includes('deriveKey')) {
    throw domError('baseKey does not have deriveKey usage', 'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
  const length = getKeyLength(normalizeAlgorithm(derivedRaw, 'get key length'));
  const bits = await deriveBitsFor(algorithm, baseKey, length);
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, usages);
}

async function wrapKey(format, key, wrappingKey, algorithm) {
  const c = converter('wrapKey');
  format = c(keyFormat, format, 0);
  key = c(cryptoKey, key, 1);
  wrappingKey = c(cryptoKey, wrappingKey, 2);
  algorithm = c(algorithmIdentifier, algorithm, 3);
  try {
    algorithm = normalizeAlgorithm(algorithm, 'wrapKey');
  } catch {
    algorithm = normalizeAlgorithm(algorithm, 'encrypt');
  }
  let keyData = await exportKeyImpl(format, key);
  if (format === 'jwk') {
    let raw = JSON.stringify(keyData);
    // AES-KW needs a multiple of 8 bytes: the JSON text is padded with spaces.
    if (algorithm.name === 'AES-KW' && raw.length % 8 !== 0) raw += ' '.repeat(8 - (raw.length % 8));
    keyData = new TextEncoder().encode(raw);
  }
  return cipherOrWrap(false, algorithm, wrappingKey, keyData, 'wrapKey');
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo, extractable, usages) {
  const c = converter('unwrapKey');
  format = c(keyFormat, format, 0);
  wrappedKey = c(bufferSource, wrappedKey, 1);
  unwrappingKey = c(cryptoKey, unwrappingKey, 2);
  unwrapAlgo = c(algorithmIdentifier, unwrapAlgo, 3);
  unwrappedKeyAlgo = c(algorithmIdentifier, unwrappedKeyAlgo, 4);
  extractable = boolean(extractable);
  usages = c(keyUsages, usages, 6);
  try {
    unwrapAlgo = normalizeAlgorithm(unwrapAlgo, 'unwrapKey');
  } catch {
    unwrapAlgo = normalizeAlgorithm(unwrapAlgo, 'decrypt');
  }
  let keyData = await cipherOrWrap(true, unwrapAlgo, unwrappingKey, wrappedKey, 'unwrapKey');
  if (format === 'jwk') {
    try {
      keyData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(keyData));
    } catch {
      throw domError('Invalid wrapped JWK key', 'DataError');
    }
  }
  return importKey(format, keyData, unwrappedKeyAlgo, extractable, usages);
}

export const subtleImplementation = {
  encrypt: cipherMethod('encrypt', false),
  decrypt: cipherMethod('decrypt', true),
  sign,
  verify,
  digest,
  generateKey,
  deriveKey,
  deriveBits,
  importKey,
  exportKey,
  wrapKey,
  unwrapKey,
};
