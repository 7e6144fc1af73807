// crypto.subtle's Ed25519 and X25519: known keys in every format (raw,
// spki, pkcs8, jwk), deterministic Ed25519 signatures, X25519 bits and
// derived keys, generated pairs and Node's errors, vs Node 22.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const b64 = (s) => Buffer.from(s, 'base64');

async function attempt(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const edPkcs8 = b64('MC4CAQAwBQYDK2VwBCIEID1RSZnZZz0YXCJ4J5euydY18NaHSULhgWd/MmJa2Xlw');
const xPkcs8 = b64('MC4CAQAwBQYDK2VuBCIEIGA83DUpCAZuPc6Oph8wNFgW0YYTPEZas9yzfmsMNDdM');
const x2Pkcs8 = b64('MC4CAQAwBQYDK2VuBCIEIDhIMzm9Dg3ddftixXJybWg51bN89d0Eh2xPT6VCGIZK');
const data = new TextEncoder().encode('EdDSA message');

// Ed25519
const edPriv = await subtle.importKey('pkcs8', edPkcs8, 'Ed25519', true, ['sign']);
const edJwk = await subtle.exportKey('jwk', edPriv);
console.log(edPriv, edJwk, hex(await subtle.exportKey('pkcs8', edPriv)) === edPkcs8.toString('hex'));
const edPub = await subtle.importKey('raw', b64(edJwk.x.replace(/-/g, '+').replace(/_/g, '/')), { name: 'ed25519' }, true, ['verify']);
console.log(edPub, hex(await subtle.exportKey('raw', edPub)), hex(await subtle.exportKey('spki', edPub)), await subtle.exportKey('jwk', edPub));
const sig = await subtle.sign('Ed25519', edPriv, data);
const bad = new Uint8Array(sig);
bad[0] ^= 1;
console.log(hex(sig), await subtle.verify('Ed25519', edPub, sig, data), await subtle.verify('Ed25519', edPub, bad, data),
  await subtle.verify({ name: 'Ed25519' }, edPub, sig.slice(0, 63), data));
console.log(hex(await subtle.sign({ name: 'Ed25519' }, edPriv, new Uint8Array(0))));
const fromJwk = await subtle.importKey('jwk', { ...edJwk, key_ops: undefined }, 'Ed25519', false, ['sign']);
console.log(fromJwk, hex(await subtle.sign('Ed25519', fromJwk, data)) === hex(sig));
const pubFromJwk = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: edJwk.x, alg: 'EdDSA' }, 'Ed25519', true, ['verify']);
const spkiKey = await subtle.importKey('spki', await subtle.exportKey('spki', pubFromJwk), 'Ed25519', true, []);
console.log(pubFromJwk.usages, spkiKey.usages, await subtle.verify('Ed25519', pubFromJwk, sig, data));
const abPub = await subtle.importKey('raw', await subtle.exportKey('raw', edPub), 'Ed25519', true, ['verify']);
console.log(await subtle.verify('Ed25519', abPub, sig, data));
const kw = await subtle.importKey('raw', new Uint8Array(16).fill(5), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
for (const format of ['raw', 'jwk']) {
  const wrapped = await subtle.wrapKey(format, edPub, kw, 'AES-KW');
  const back = await subtle.unwrapKey(format, wrapped, kw, 'AES-KW', 'Ed25519', true, ['verify']);
  console.log(format, hex(wrapped), await subtle.verify('Ed25519', back, sig, data));
}
const edPair = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
console.log(Object.keys(edPair), edPair.privateKey, edPair.publicKey.usages);
console.log(await subtle.verify('Ed25519', edPair.publicKey, await subtle.sign('Ed25519', edPair.privateKey, data), data));
console.log((await subtle.exportKey('raw', edPair.publicKey)).byteLength, Object.keys(await subtle.exportKey('jwk', edPair.privateKey)));

// X25519
const xa = await subtle.importKey('pkcs8', xPkcs8, 'X25519', true, ['deriveBits', 'deriveKey']);
const xb = await subtle.importKey('pkcs8', x2Pkcs8, { name: 'x25519' }, false, ['deriveBits']);
const xaJwk = await subtle.exportKey('jwk', xa);
console.log(xa, xaJwk, hex(await subtle.exportKey('pkcs8', xa)) === xPkcs8.toString('hex'));
const xaPub = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: xaJwk.x }, 'X25519', true, []);
const xbPub = await subtle.importKey('spki', await subtle.exportKey('spki', await subtle.importKey('pkcs8', x2Pkcs8, 'X25519', true, ['deriveBits']).then(async (k) => {
  const { d, key_ops: ops, ...pub } = await subtle.exportKey('jwk', k);
  return subtle.importKey('jwk', pub, 'X25519', true, []);
})), 'X25519', true, []);
console.log(xaPub, hex(await subtle.exportKey('raw', xaPub)), hex(await subtle.exportKey('spki', xbPub)));
console.log(hex(await subtle.deriveBits({ name: 'X25519', public: xbPub }, xa, 256)));
console.log(hex(await subtle.deriveBits({ name: 'X25519', public: xaPub }, xb)));
console.log(hex(await subtle.deriveBits({ name: 'X25519', public: xaPub }, xb, 7)));
const xk = await subtle.deriveKey({ name: 'X25519', public: xbPub }, xa, { name: 'AES-KW', length: 256 }, true, ['wrapKey']);
console.log(xk, hex(await subtle.exportKey('raw', xk)));
const xh = await subtle.deriveKey({ name: 'X25519', public: xbPub }, xa, 'HKDF', false, ['deriveBits']);
console.log(xh);
const xPair = await subtle.generateKey({ name: 'X25519' }, false, ['deriveKey', 'deriveBits', 'deriveKey']);
console.log(Object.keys(xPair), xPair.privateKey, xPair.publicKey);
console.log((await subtle.deriveBits({ name: 'X25519', public: xbPub }, xPair.privateKey, 128)).byteLength);

// Errors
await attempt('ed gen usage', () => subtle.generateKey('Ed25519', true, ['deriveBits']));
await attempt('x gen usage', () => subtle.generateKey('X25519', true, ['sign']));
await attempt('ed gen verify only', () => subtle.generateKey('Ed25519', true, ['verify']));
await attempt('x gen none', () => subtle.generateKey('X25519', true, []));
await attempt('ed448', () => subtle.generateKey('Ed44', true, ['sign']));
await attempt('ed raw length', () => subtle.importKey('raw', new Uint8Array(31), 'Ed25519', true, ['verify']));
await attempt('ed raw usage', () => subtle.importKey('raw', new Uint8Array(32), 'Ed25519', true, ['sign']));
await attempt('x raw usage', () => subtle.importKey('raw', new Uint8Array(32), 'X25519', true, ['deriveBits']));
await attempt('ed pkcs8 usage', () => subtle.importKey('pkcs8', edPkcs8, 'Ed25519', true, ['verify']));
await attempt('ed pkcs8 as x', () => subtle.importKey('pkcs8', edPkcs8, 'X25519', true, ['deriveBits']));
await attempt('ed pkcs8 junk', () => subtle.importKey('pkcs8', new Uint8Array(48), 'Ed25519', true, ['sign']));
await attempt('jwk crv', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined }, 'X25519', true, ['deriveBits']));
await attempt('jwk kty', () => subtle.importKey('jwk', { ...edJwk, kty: 'EC' }, 'Ed25519', true, ['sign']));
await attempt('jwk alg', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined, alg: 'ES256' }, 'Ed25519', true, ['sign']));
await attempt('jwk use', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined, use: 'enc' }, 'Ed25519', true, ['sign']));
await attempt('jwk no x', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined, x: undefined }, 'Ed25519', true, ['sign']));
await attempt('jwk x mismatch', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined, x: xaJwk.x }, 'Ed25519', true, ['sign']));
await attempt('jwk short d', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined, d: 'AAAA' }, 'Ed25519', true, ['sign']));
await attempt('jwk private usage', () => subtle.importKey('jwk', { ...edJwk, key_ops: undefined }, 'Ed25519', true, ['verify']));
await attempt('ed sign public', () => subtle.sign('Ed25519', pubFromJwk, data));
await attempt('ed verify private', async () => {
  const k = await subtle.importKey('pkcs8', edPkcs8, 'Ed25519', true, ['sign']);
  return subtle.verify('Ed25519', k, sig, data);
});
await attempt('ed export raw private', () => subtle.exportKey('raw', edPriv));
await attempt('x derive with ed', () => subtle.deriveBits({ name: 'X25519', public: edPub }, xa, 256));
await attempt('x derive public base', () => subtle.deriveBits({ name: 'X25519', public: xbPub }, xbPub, 256));
await attempt('x derive too long', () => subtle.deriveBits({ name: 'X25519', public: xbPub }, xa, 512));
await attempt('x derive zero point', async () => {
  const zero = await subtle.importKey('raw', new Uint8Array(32), 'X25519', true, []);
  return subtle.deriveBits({ name: 'X25519', public: zero }, xa, 256);
});
await attempt('ecdh name with x key', () => subtle.deriveBits({ name: 'ECDH', public: xbPub }, xa, 256));
