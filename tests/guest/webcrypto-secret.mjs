// crypto.subtle without node:crypto: digest, HMAC, PBKDF2 and HKDF with
// known keys (exported bytes and JWKs, signatures, derived bits), CryptoKey
// objects as util.inspect shows them, KeyObject.from(), and Node's errors.
import { inspect } from 'node:util';
import { KeyObject } from 'node:crypto';

const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const te = new TextEncoder();

async function attempt(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.cause ? `(cause ${e.cause.code ?? e.cause.name})` : '');
  }
}

// digest
for (const name of ['SHA-1', 'sha-256', 'SHA-384', { name: 'SHA-512' }]) {
  console.log(JSON.stringify(name), hex(await subtle.digest(name, te.encode('abc'))));
}
console.log(hex(await subtle.digest('SHA-256', new DataView(new ArrayBuffer(3)))));
console.log(hex(await subtle.digest('SHA-256', new Uint16Array([1, 2, 3]).subarray(1))));
const d = await subtle.digest('SHA-1', new ArrayBuffer(0));
console.log(d instanceof ArrayBuffer, d.byteLength, hex(d));

// HMAC: import, sign, verify, export
const raw = new Uint8Array(32).map((_, i) => i * 7);
for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
  const key = await subtle.importKey('raw', raw, { name: 'HMAC', hash }, true, ['sign', 'verify']);
  const sig = await subtle.sign('HMAC', key, te.encode('message'));
  console.log(hash, hex(sig), await subtle.verify({ name: 'hmac' }, key, sig, te.encode('message')),
    await subtle.verify('HMAC', key, sig, te.encode('Message')), await subtle.verify('HMAC', key, sig.slice(1), te.encode('message')));
  console.log(await subtle.exportKey('jwk', key));
}
const hk = await subtle.importKey('raw', raw, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 256 }, false, ['verify', 'sign', 'verify']);
console.log(hk, inspect(hk, { depth: 4 }), hk.type, hk.extractable, hk.usages, hk.algorithm.hash);
console.log(Object.prototype.toString.call(hk), hk instanceof CryptoKey, Object.keys(hk), JSON.stringify(hk));
const ko = KeyObject.from(hk);
console.log(ko.type, ko.symmetricKeySize, ko.export().toString('hex') === hex(raw), KeyObject.from(hk) === ko);
const jwkKey = await subtle.importKey('jwk', { kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'HS384', ext: true, key_ops: ['sign'] },
  { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
console.log(jwkKey, hex(await subtle.exportKey('raw', jwkKey)), hex(await subtle.sign('HMAC', jwkKey, new Uint8Array(5))));
const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign', 'sign', 'verify']);
console.log(gen, (await subtle.exportKey('raw', gen)).byteLength);
const gen2 = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 24 }, false, ['verify']);
console.log(gen2.algorithm, gen2.extractable);
await attempt('export non-extractable', () => subtle.exportKey('raw', gen2));

// PBKDF2
const pw = await subtle.importKey('raw', te.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
console.log(pw);
for (const [hash, iterations, bits] of [['SHA-1', 1, 160], ['SHA-256', 4096, 256], ['SHA-512', 2, 512], ['SHA-384', 3, 0]]) {
  console.log(hash, hex(await subtle.deriveBits({ name: 'PBKDF2', hash, iterations, salt: te.encode('salt') }, pw, bits)));
}
const aesFromPbkdf2 = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations: 10, salt: new Uint8Array(8) }, pw,
  { name: 'HMAC', hash: 'SHA-256', length: 128 }, true, ['sign']);
console.log(aesFromPbkdf2, hex(await subtle.exportKey('raw', aesFromPbkdf2)));

// HKDF
const ikm = await subtle.importKey('raw', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'), 'HKDF', false, ['deriveBits', 'deriveKey']);
const hkdfParams = { name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'), info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex') };
console.log(hex(await subtle.deriveBits(hkdfParams, ikm, 42 * 8)));
console.log(hex(await subtle.deriveBits({ ...hkdfParams, hash: 'SHA-1', salt: new Uint8Array(0), info: new ArrayBuffer(0) }, ikm, 128)));
const derived = await subtle.deriveKey(hkdfParams, ikm, { name: 'HMAC', hash: 'SHA-1' }, true, ['verify']);
console.log(derived, hex(await subtle.exportKey('raw', derived)));

// Errors
await attempt('digest md5', () => subtle.digest('MD5', new Uint8Array(1)));
await attempt('digest string', () => subtle.digest('SHA-1', 'abc'));
await attempt('digest no name', () => subtle.digest({}, new Uint8Array(1)));
await attempt('digest symbol', () => subtle.digest(Symbol('x'), new Uint8Array(1)));
await attempt('digest args', () => subtle.digest('SHA-1'));
await attempt('digest this', () => subtle.digest.call({}, 'SHA-1', new Uint8Array(1)));
await attempt('hmac no hash', () => subtle.importKey('raw', raw, 'HMAC', true, ['sign']));
await attempt('hmac bad hash', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-3' }, true, ['sign']));
await attempt('hmac length', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1', length: 128 }, true, ['sign']));
await attempt('hmac length 7', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1', length: 7 }, true, ['sign']));
await attempt('hmac length 0', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1', length: 0 }, true, ['sign']));
await attempt('hmac empty', () => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('hmac usage', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1' }, true, ['encrypt']));
await attempt('hmac no usages', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1' }, true, []));
await attempt('bad usage', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign', 'fly']));
await attempt('usages not seq', () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-1' }, true, 'sign'));
await attempt('bad format', () => subtle.importKey('pem', raw, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('spki hmac', () => subtle.importKey('spki', raw, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk kty', () => subtle.importKey('jwk', { kty: 'RSA' }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk none', () => subtle.importKey('jwk', {}, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk not dict', () => subtle.importKey('jwk', 'x', { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', alg: 'HS256' }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk use', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', use: 'enc' }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk ops', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', key_ops: ['verify'] }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk dup ops', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', key_ops: ['sign', 'sign'] }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk ext', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', ext: false }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('jwk no k', () => subtle.importKey('jwk', { kty: 'oct' }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']));
await attempt('sign wrong key', () => subtle.sign('HMAC', pw, new Uint8Array(1)));
await attempt('sign no key', () => subtle.sign('HMAC', {}, new Uint8Array(1)));
await attempt('sign bad data', () => subtle.sign('HMAC', hk, 42));
await attempt('verify usage', () => subtle.verify('HMAC', gen, new Uint8Array(1), new Uint8Array(1)));
await attempt('pbkdf2 extractable', () => subtle.importKey('raw', raw, 'PBKDF2', true, ['deriveBits']));
await attempt('pbkdf2 usage', () => subtle.importKey('raw', raw, 'PBKDF2', false, ['sign']));
await attempt('pbkdf2 jwk', () => subtle.importKey('jwk', { kty: 'oct', k: 'AA' }, 'PBKDF2', false, ['deriveBits']));
await attempt('pbkdf2 export', () => subtle.exportKey('raw', pw));
await attempt('pbkdf2 null length', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 1, salt: new Uint8Array() }, pw));
await attempt('pbkdf2 length 12', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 1, salt: new Uint8Array() }, pw, 12));
await attempt('pbkdf2 iterations 0', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 0, salt: new Uint8Array() }, pw, 8));
await attempt('pbkdf2 iterations -1', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: -1, salt: new Uint8Array() }, pw, 8));
await attempt('pbkdf2 no salt', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 1 }, pw, 8));
await attempt('pbkdf2 salt type', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 1, salt: 'x' }, pw, 8));
await attempt('hkdf on pbkdf2', () => subtle.deriveBits({ ...hkdfParams }, pw, 8));
await attempt('hkdf too long', () => subtle.deriveBits(hkdfParams, ikm, 255 * 256 + 8));
await attempt('derive usage', () => subtle.deriveBits(hkdfParams, derived, 8));
await attempt('deriveKey to AES bad length', () => subtle.deriveKey(hkdfParams, ikm, { name: 'AES-GCM', length: 100 }, true, ['encrypt']));
await attempt('deriveKey to HKDF', () => subtle.deriveKey(hkdfParams, ikm, 'HKDF', false, ['deriveBits']));
await attempt('deriveKey to unknown', () => subtle.deriveKey(hkdfParams, ikm, 'FOO', false, ['deriveBits']));
await attempt('deriveKey args', () => subtle.deriveKey(hkdfParams, ikm, 'HMAC', false));
await attempt('generate unknown', () => subtle.generateKey('HKDF', false, ['deriveBits']));
await attempt('generate hmac bad', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-1' }, true, ['encrypt']));
