// crypto.subtle's experimental Ed448 and X448: Node's one-time
// ExperimentalWarning, known keys (pkcs8, spki, raw, jwk), deterministic
// Ed448 signatures, the context parameter, X448 bits, vs Node 22.
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

const edPkcs8 = b64('MEcCAQAwBQYDK2VxBDsEOX1kQCudQWDDZmElIFW5OyqZCtupWmpTCUJtRaS2YR2lA1/t+CF1bQ2sdf/FtcJA4giswNKxkSM7CQ==');
const xPkcs8 = b64('MEYCAQAwBQYDK2VvBDoEOAjKMOQ1c4xKahCOPViGx4LV3G3GE9zB2y/zsFQpCQTs9NwAru8GwazrFz6Ey/daT8LZRyIErqqN');
const x2Pkcs8 = b64('MEYCAQAwBQYDK2VvBDoEOJjUcRJATRnQJ7Hqr07Wb3jVydrDbn6/wWTHnGQUI+A0zD/a6GvFZItXRrg25e+J9fd3OLlzSrKv');
const data = new TextEncoder().encode('Ed448 message');

const edPriv = await subtle.importKey('pkcs8', edPkcs8, 'ed448', true, ['sign']);
const edJwk = await subtle.exportKey('jwk', edPriv);
console.log(edPriv, edJwk, hex(await subtle.exportKey('pkcs8', edPriv)) === edPkcs8.toString('hex'));
const edPub = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', x: edJwk.x }, 'Ed448', true, ['verify']);
console.log(edPub, hex(await subtle.exportKey('raw', edPub)), hex(await subtle.exportKey('spki', edPub)));
const sig = await subtle.sign('Ed448', edPriv, data);
console.log(hex(sig), await subtle.verify({ name: 'Ed448', context: new Uint8Array(0) }, edPub, sig, data),
  await subtle.verify('Ed448', edPub, sig, data.subarray(1)));
const fromJwk = await subtle.importKey('jwk', { ...edJwk, key_ops: undefined }, 'Ed448', false, ['sign']);
console.log(hex(await subtle.sign('Ed448', fromJwk, data)) === hex(sig));
const pair = await subtle.generateKey('Ed448', true, ['sign', 'verify']);
console.log(pair.privateKey, (await subtle.exportKey('raw', pair.publicKey)).byteLength,
  await subtle.verify('Ed448', pair.publicKey, await subtle.sign('Ed448', pair.privateKey, data), data));

const xa = await subtle.importKey('pkcs8', xPkcs8, 'X448', true, ['deriveBits']);
const xb = await subtle.importKey('pkcs8', x2Pkcs8, 'X448', true, ['deriveBits']);
const pubOf = async (k) => subtle.importKey('jwk', { kty: 'OKP', crv: 'X448', x: (await subtle.exportKey('jwk', k)).x }, 'X448', true, []);
const xbPub = await pubOf(xb);
console.log(xa, await subtle.exportKey('jwk', xbPub), hex(await subtle.exportKey('raw', xbPub)));
console.log(hex(await subtle.deriveBits({ name: 'X448', public: xbPub }, xa)));
console.log(hex(await subtle.deriveBits({ name: 'X448', public: await pubOf(xa) }, xb, 100)));
const xPair = await subtle.generateKey('X448', false, ['deriveBits']);
console.log(xPair.publicKey, (await subtle.deriveBits({ name: 'X448', public: xbPub }, xPair.privateKey)).byteLength);

await attempt('context', () => subtle.sign({ name: 'Ed448', context: new Uint8Array(1) }, edPriv, data));
await attempt('context type', () => subtle.sign({ name: 'Ed448', context: 'x' }, edPriv, data));
await attempt('ed raw length', () => subtle.importKey('raw', new Uint8Array(32), 'Ed448', true, ['verify']));
await attempt('x raw length', () => subtle.importKey('raw', new Uint8Array(57), 'X448', true, []));
await attempt('x448 with x25519 key', async () => {
  const k = await subtle.generateKey('X25519', true, ['deriveBits']);
  return subtle.deriveBits({ name: 'X448', public: k.publicKey }, xa);
});
await attempt('ed448 as ed25519', () => subtle.importKey('pkcs8', edPkcs8, 'Ed25519', true, ['sign']));
