// crypto.subtle's ECDSA and ECDH on P-256/384/521: known keys imported
// and exported in every format (pkcs8, spki, raw incl. compressed points, jwk),
// signatures verified, ECDH bits, generated keys and Node's errors, vs Node 22.
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

const pkcs8 = {
  'P-256': b64('MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzMSRUd5MP/T7XoUCNRvWqiXU9jvchEJp/zQpoeMRFBehRANCAATovCZ5b0H8Opoynso7ZdlPn0uv/VcTLHid8VvpAS+mOjx7dmWweJWfDU3Rf0s5ss+d3z8SH4wiKwSJ0XukSPay'),
  'P-384': b64('MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDB6fQGk6uHMqxm78cD8spqNEmlGBFoZE9UEI+Cdij9C+2Q3tUwK47BEV4dFDe1QTq2hZANiAARdprZMWlApwAYk8jlqUbtSHYqBDeqWn4PuPsOPZFQ8M+zlksjoAhmOaVo8Dviw6sRDSTNYhOj/oB9e2oGYwNGciJNu0wvzJTOurpFkxdVqziVJQYBtE9uRSYtIOtcFbOA='),
  'P-521': b64('MIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIA0oEcDAV/lWRInOD77I0zrP6cusqwLssfezVe/z5jfhVdLdLa6TqQ0/0aMobTnGDZC48jG5+cvfFdE6QS4gWLkw+hgYkDgYYABABaFklWEHlecYCTaVlhi4RGzXZ6BdBS5z8pZRaZhSmMkzlcDmPPJHeiP3TygFlWZcPCoV61QNJklOkstviNrJ6xkgBPq+yUBOYF2evFiBAmsVZaun/3Y2UO+l0RmVfhHUJ7IAPZNMEgb//X1kXgzviY1/nFj8IShK7wVKz6tWwFzZxrMQ=='),
};
const other256 = b64('MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgw5W9hJqMjnPiXNs7uY+rFxoicA01ds0Cq0t3oc5BI3mhRANCAATBfFNuflgp0teAjK7MVd+u4+jf1SyVv+vCligvqaY8wzzmTCkDmHq7XWoVZbWxdNJyzYAEHZBa9TZPqCP3k7xM');
const data = new TextEncoder().encode('signed message');

async function publicOf(privateKey, name, usages) {
  const { d, key_ops: ops, ...jwk } = await subtle.exportKey('jwk', privateKey);
  return subtle.importKey('jwk', jwk, privateKey.algorithm, true, usages);
}

for (const [namedCurve, der] of Object.entries(pkcs8)) {
  const hash = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' }[namedCurve];
  const priv = await subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve }, true, ['sign']);
  console.log(priv, hex(await subtle.exportKey('pkcs8', priv)) === der.toString('hex'));
  const jwk = await subtle.exportKey('jwk', priv);
  console.log(jwk);
  const pub = await publicOf(priv, 'ECDSA', ['verify']);
  const spki = await subtle.exportKey('spki', pub);
  const raw = await subtle.exportKey('raw', pub);
  console.log(pub, hex(spki), hex(raw), await subtle.exportKey('jwk', pub));
  for (const h of ['SHA-1', hash]) {
    const sig = await subtle.sign({ name: 'ECDSA', hash: h }, priv, data);
    const bad = new Uint8Array(sig);
    bad[5] ^= 1;
    console.log(h, sig.byteLength, await subtle.verify({ name: 'ECDSA', hash: h }, pub, sig, data),
      await subtle.verify({ name: 'ECDSA', hash: h }, pub, bad, data),
      await subtle.verify({ name: 'ECDSA', hash: h }, pub, sig.slice(1), data));
  }
  // Raw points: uncompressed from exportKey, and compressed (0x02/0x03 || x).
  const u = new Uint8Array(raw);
  const len = (u.length - 1) / 2;
  const compressed = Uint8Array.of(2 + (u[u.length - 1] & 1), ...u.subarray(1, 1 + len));
  for (const point of [u, compressed]) {
    const k = await subtle.importKey('raw', point, { name: 'ECDH', namedCurve }, true, []);
    console.log(k.algorithm, k.usages, hex(await subtle.exportKey('raw', k)) === hex(raw), hex(await subtle.exportKey('spki', k)) === hex(spki));
  }
  const spkiKey = await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve }, false, ['verify']);
  console.log(spkiKey.extractable, await subtle.verify({ name: 'ECDSA', hash }, spkiKey, await subtle.sign({ name: 'ECDSA', hash }, priv, data), data));
  const jwkPriv = await subtle.importKey('jwk', { ...jwk, key_ops: undefined }, { name: 'ECDH', namedCurve }, true, ['deriveBits']);
  console.log(jwkPriv, hex(await subtle.exportKey('pkcs8', jwkPriv)) === der.toString('hex'));
}

// ECDH between two known P-256 keys.
const a = await subtle.importKey('pkcs8', pkcs8['P-256'], { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
const b = await subtle.importKey('pkcs8', other256, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
const aPub = await publicOf(a, 'ECDH', []);
const bPub = await publicOf(b, 'ECDH', []);
console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPub }, a, 256)));
console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: aPub }, b, 256)));
console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPub }, a, null)));
console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPub }, a)));
console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPub }, a, 13)));
console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPub }, a, 0)));
const shared = await subtle.deriveKey({ name: 'ECDH', public: bPub }, a, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
console.log(shared, hex(await subtle.exportKey('raw', shared)));
const sharedHmac = await subtle.deriveKey({ name: 'ECDH', public: bPub }, a, { name: 'HMAC', hash: 'SHA-256', length: 200 }, true, ['sign']);
console.log(sharedHmac.algorithm, hex(await subtle.exportKey('raw', sharedHmac)));

// Generated keys
for (const [name, usages] of [['ECDSA', ['sign', 'verify', 'sign']], ['ECDH', ['deriveBits', 'deriveKey']], ['ECDH', ['deriveBits']]]) {
  for (const namedCurve of ['P-256', 'P-384', 'P-521']) {
    const pair = await subtle.generateKey({ name, namedCurve }, namedCurve !== 'P-384', usages);
    console.log(Object.keys(pair), Object.getPrototypeOf(pair), pair.privateKey.algorithm, pair.privateKey.usages, pair.publicKey.usages,
      pair.privateKey.extractable, pair.publicKey.extractable, (await subtle.exportKey('raw', pair.publicKey)).byteLength);
    if (name === 'ECDSA') {
      const sig = await subtle.sign({ name, hash: 'SHA-256' }, pair.privateKey, data);
      console.log(sig.byteLength, await subtle.verify({ name, hash: 'SHA-256' }, pair.publicKey, sig, data));
    } else {
      console.log((await subtle.deriveBits({ name, public: bPub.algorithm.namedCurve === namedCurve ? bPub : pair.publicKey }, pair.privateKey)).byteLength);
    }
  }
}
console.log(await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']));

// Errors
const p384 = await subtle.importKey('pkcs8', pkcs8['P-384'], { name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
const p384pub = await subtle.importKey('raw', await subtle.exportKey('raw', await publicOf(p384, 'ECDH', [])).catch(() => new Uint8Array(1)), { name: 'ECDH', namedCurve: 'P-384' }, true, []).catch((e) => e.name);
const signer = await subtle.importKey('pkcs8', pkcs8['P-256'], { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
const jwk256 = await subtle.exportKey('jwk', a);
await attempt('curve unknown', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-192' }, true, ['sign']));
await attempt('curve missing', () => subtle.generateKey({ name: 'ECDSA' }, true, ['sign']));
await attempt('gen usage', () => subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['sign']));
await attempt('gen no private usage', () => subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
await attempt('curve mismatch', () => subtle.importKey('pkcs8', pkcs8['P-384'], { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
await attempt('pkcs8 usage', () => subtle.importKey('pkcs8', pkcs8['P-256'], { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
await attempt('pkcs8 no usage', () => subtle.importKey('pkcs8', pkcs8['P-256'], { name: 'ECDSA', namedCurve: 'P-256' }, true, []));
await attempt('pkcs8 junk', () => subtle.importKey('pkcs8', new Uint8Array(40), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
await attempt('spki junk', () => subtle.importKey('spki', new Uint8Array(40), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
await attempt('raw junk', () => subtle.importKey('raw', new Uint8Array(65).fill(4), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
await attempt('raw wrong curve', () => subtle.importKey('raw', new Uint8Array(97).fill(4), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
await attempt('raw usage', () => subtle.importKey('raw', new Uint8Array(65), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
await attempt('ecdh public usage', () => subtle.importKey('raw', new Uint8Array(65), { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
await attempt('jwk crv', () => subtle.importKey('jwk', jwk256, { name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']));
await attempt('jwk kty', () => subtle.importKey('jwk', { ...jwk256, kty: 'OKP' }, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
await attempt('jwk alg', () => subtle.importKey('jwk', { ...jwk256, alg: 'ES384' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']));
await attempt('jwk alg ecdh', () => subtle.importKey('jwk', { ...jwk256, alg: 'ES384' }, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
await attempt('jwk use', () => subtle.importKey('jwk', { ...jwk256, use: 'sig' }, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
await attempt('jwk ext', () => subtle.importKey('jwk', { ...jwk256, ext: false }, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
await attempt('jwk bad x', () => subtle.importKey('jwk', { ...jwk256, d: undefined, x: jwk256.y }, { name: 'ECDH', namedCurve: 'P-256' }, true, []));
await attempt('jwk d mismatch', async () => {
  const other = await subtle.exportKey('jwk', b);
  return subtle.importKey('jwk', { ...jwk256, d: other.d }, { name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
});
await attempt('sign with public', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, bPub, data));
await attempt('sign no hash', () => subtle.sign('ECDSA', signer, data));
await attempt('sign bad hash', () => subtle.sign({ name: 'ECDSA', hash: 'SHA-3' }, signer, data));
await attempt('verify with private', async () => {
  const k = await subtle.importKey('pkcs8', pkcs8['P-256'], { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, k, new Uint8Array(64), data);
});
await attempt('export raw private', () => subtle.exportKey('raw', a));
await attempt('export spki private', () => subtle.exportKey('spki', a));
await attempt('export pkcs8 public', () => subtle.exportKey('pkcs8', bPub));
await attempt('export non-extractable', () => subtle.exportKey('jwk', signer));
await attempt('ecdh public not public', () => subtle.deriveBits({ name: 'ECDH', public: b }, a, 256));
await attempt('ecdh public missing', () => subtle.deriveBits({ name: 'ECDH' }, a, 256));
await attempt('ecdh public not key', () => subtle.deriveBits({ name: 'ECDH', public: {} }, a, 256));
await attempt('ecdh curve mismatch', () => subtle.deriveBits({ name: 'ECDH', public: p384pub }, a, 256));
await attempt('ecdh too long', () => subtle.deriveBits({ name: 'ECDH', public: bPub }, a, 264));
await attempt('ecdh base public', () => subtle.deriveBits({ name: 'ECDH', public: bPub }, bPub, 8));
await attempt('ecdh ecdsa public', async () => {
  const v = await subtle.importKey('spki', await subtle.exportKey('spki', bPub), { name: 'ECDSA', namedCurve: 'P-256' }, true, []);
  return subtle.deriveBits({ name: 'ECDH', public: v }, a, 8);
});
await attempt('derive usage', () => subtle.deriveKey({ name: 'ECDH', public: bPub }, b, 'HKDF', false, ['deriveBits']));
