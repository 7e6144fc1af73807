// crypto.subtle's RSA: RSASSA-PKCS1-v1_5 and RSA-PSS signatures (known
// answers for the deterministic ones), RSA-OAEP with labels, wrapKey with
// RSA-OAEP, import/export in pkcs8/spki/jwk, generated keys and Node's errors,
// vs Node 22.
import { inspect } from 'node:util';

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

const pkcs8 = b64('MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAMq08HidPC/88KvOa2Cg6nxjXYFG+9+Gn0QzHY5Dne9wnHKaTUjoHeTGqR5JhD+sGT2glpPwXonXg1QzEGPGAj8TAQZ/ScdunqAJ+eo21/kk3VzeKH6my2ns9MHsILEeL+NlQgsC4pxGajUCer0tcaBpfCoXn7Ujv6jv5fNzPXJtAgMBAAECgYEAgwOLYQmPOxzqmMCjmiKnK5o1dzbf2Er0aWn4Mlj1nSpVk6SzSunrWFAmQlMVzOl4ruI6MIftMn4+fY87iqESFXd4RXZ8CT5345INBu57A9ECivJEymPVPfWyPX9VheenX11qmpuM+f9rI82hURYGR/JBx3CPSC0VnhOw4tXp8UECQQDuTd6N4Q7E8FCvODILGyFBhYvsMomjv2BLOaBPRh0+q+RKPcCZCDFUroliueAB3ZMxaywb4yXgeubYK8FkCcDZAkEA2cJeVPn0IUeBir2BzfOV5w08psdIkZKC/wIywVoLWbMq6vH3SYWUJeIvirC19mjTvW3G9ZFOaVI0WO7q9MlBtQJAF9Ekix2RMlGqXrjJF58QhdHpGCQ86Wa5IwuRYBrr1VWsrVbapvDQrVv8UyesocMZcPj7IZZkNLlT1QsaevsWkQJATzx5pMQbAC0Lxxcz72PuLNfVNP6YuleskOwU2eRQ8v/N4xXOnJMdmDdYg0fPvmzgdzJFzj9kX9CIub+eARpmbQJAYjNWDNkLK45HMVW3SNCASETAdv2iP2aaGrK3K4wyc20Hb03o94IAwmpq7NYyCoz5dlg4GCaTu5TBZp90dk3eUA==');
const ecPkcs8 = b64('MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzMSRUd5MP/T7XoUCNRvWqiXU9jvchEJp/zQpoeMRFBehRANCAATovCZ5b0H8Opoynso7ZdlPn0uv/VcTLHid8VvpAS+mOjx7dmWweJWfDU3Rf0s5ss+d3z8SH4wiKwSJ0XukSPay');
const data = new TextEncoder().encode('RSA signed message');
const pubFields = ({ kty, n, e }) => ({ kty, n, e });

for (const name of ['RSASSA-PKCS1-v1_5', 'RSA-PSS']) {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const priv = await subtle.importKey('pkcs8', pkcs8, { name, hash }, true, ['sign']);
    const jwk = await subtle.exportKey('jwk', priv);
    const pub = await subtle.importKey('jwk', pubFields(jwk), { name, hash: { name: hash } }, true, ['verify']);
    if (hash === 'SHA-256') {
      console.log(inspect(priv, { depth: 5 }), hex(await subtle.exportKey('pkcs8', priv)) === pkcs8.toString('hex'));
      console.log(jwk, await subtle.exportKey('jwk', pub), hex(await subtle.exportKey('spki', pub)));
    }
    const params = name === 'RSA-PSS' ? { name, saltLength: 0 } : { name };
    const sig = await subtle.sign(params, priv, data);
    const bad = new Uint8Array(sig);
    bad[9] ^= 0x10;
    console.log(name, hash, jwk.alg, hex(sig), await subtle.verify(params, pub, sig, data), await subtle.verify(params, pub, bad, data),
      await subtle.verify(params, pub, sig, data.subarray(1)));
    if (name === 'RSA-PSS') {
      const salted = await subtle.sign({ name, saltLength: 20 }, priv, data);
      console.log('salted', salted.byteLength, await subtle.verify({ name, saltLength: 20 }, pub, salted, data),
        await subtle.verify({ name, saltLength: 0 }, pub, salted, data));
    }
  }
}

// RSA-OAEP
for (const hash of ['SHA-1', 'SHA-256', 'SHA-384']) {
  const priv = await subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash }, false, ['decrypt', 'unwrapKey']);
  const jwk = await subtle.exportKey('jwk', await subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash }, true, ['decrypt']));
  const pub = await subtle.importKey('jwk', { ...pubFields(jwk), alg: jwk.alg }, { name: 'RSA-OAEP', hash }, true, ['encrypt', 'wrapKey']);
  console.log(pub.algorithm.hash, jwk.alg, pub.usages);
  for (const label of [undefined, new Uint8Array(0), new TextEncoder().encode('label')]) {
    const ct = await subtle.encrypt({ name: 'RSA-OAEP', label }, pub, data);
    const pt = await subtle.decrypt({ name: 'RSA-OAEP', label }, priv, ct);
    console.log(ct.byteLength, Buffer.from(pt).toString());
    if (label?.length) await attempt('wrong label', () => subtle.decrypt({ name: 'RSA-OAEP', label: new Uint8Array(1) }, priv, ct));
  }
  const aes = await subtle.importKey('raw', new Uint8Array(16).fill(9), 'AES-CBC', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', aes, pub, 'RSA-OAEP');
  const back = await subtle.unwrapKey('raw', wrapped, priv, { name: 'RSA-OAEP' }, 'AES-CBC', true, ['decrypt']);
  console.log(back, hex(await subtle.exportKey('raw', back)));
  await attempt('too long', () => subtle.encrypt('RSA-OAEP', pub, new Uint8Array(128)));
  await attempt('decrypt junk', () => subtle.decrypt('RSA-OAEP', priv, new Uint8Array(128)));
}

// Generated keys
for (const [name, usages] of [['RSASSA-PKCS1-v1_5', ['sign', 'verify']], ['RSA-PSS', ['verify', 'sign']], ['RSA-OAEP', ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']]]) {
  const pair = await subtle.generateKey({ name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, usages);
  console.log(Object.keys(pair), inspect(pair.publicKey, { depth: 5 }), pair.privateKey.usages, pair.privateKey.extractable,
    pair.publicKey.algorithm === pair.privateKey.algorithm);
  console.log((await subtle.exportKey('spki', pair.publicKey)).byteLength, (await subtle.exportKey('jwk', pair.publicKey)).e);
  if (name !== 'RSA-OAEP') {
    const params = { name, saltLength: 32 };
    console.log(await subtle.verify(params, pair.publicKey, await subtle.sign(params, pair.privateKey, data), data));
  }
}
const e3 = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([0, 3]), hash: 'SHA-1' }, true, ['sign']);
console.log(e3.publicKey.algorithm.publicExponent, (await subtle.exportKey('jwk', e3.privateKey)).e, e3.publicKey.usages);

// Errors
const signer = await subtle.importKey('pkcs8', pkcs8, { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['sign']);
const jwk = await subtle.exportKey('jwk', signer);
const gen = { name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
await attempt('gen exponent', () => subtle.generateKey({ ...gen, publicExponent: new Uint8Array([1, 0, 0, 0, 0, 1]) }, true, ['sign']));
await attempt('gen exponent type', () => subtle.generateKey({ ...gen, publicExponent: [1, 0, 1] }, true, ['sign']));
await attempt('gen exponent even', () => subtle.generateKey({ ...gen, publicExponent: new Uint8Array([2]) }, true, ['sign']));
await attempt('gen no modulus', () => subtle.generateKey({ ...gen, modulusLength: undefined }, true, ['sign']));
await attempt('gen modulus -1', () => subtle.generateKey({ ...gen, modulusLength: -1 }, true, ['sign']));
await attempt('gen no hash', () => subtle.generateKey({ ...gen, hash: undefined }, true, ['sign']));
await attempt('gen usage', () => subtle.generateKey(gen, true, ['encrypt']));
await attempt('gen oaep usage', () => subtle.generateKey({ ...gen, name: 'RSA-OAEP' }, true, ['sign']));
await attempt('gen no private usage', () => subtle.generateKey(gen, true, ['verify']));
await attempt('import usage', () => subtle.importKey('pkcs8', pkcs8, { name: 'RSA-PSS', hash: 'SHA-1' }, true, ['verify']));
await attempt('import spki usage', async () => subtle.importKey('spki', await subtle.exportKey('spki', await subtle.importKey('jwk', pubFields(jwk), { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt'])), { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['decrypt']));
await attempt('import no hash', () => subtle.importKey('pkcs8', pkcs8, 'RSA-PSS', true, ['sign']));
await attempt('import junk', () => subtle.importKey('pkcs8', new Uint8Array(100), { name: 'RSA-PSS', hash: 'SHA-1' }, true, ['sign']));
await attempt('import ec as rsa', () => subtle.importKey('pkcs8', ecPkcs8, { name: 'RSA-PSS', hash: 'SHA-1' }, true, ['sign']));
await attempt('import raw', () => subtle.importKey('raw', new Uint8Array(100), { name: 'RSA-PSS', hash: 'SHA-1' }, true, ['verify']));
await attempt('jwk alg', () => subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']));
await attempt('jwk alg pkcs1', () => subtle.importKey('jwk', { ...jwk, alg: 'PS512' }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, true, ['sign']));
await attempt('jwk use', () => subtle.importKey('jwk', { ...jwk, use: 'enc' }, { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['sign']));
await attempt('jwk kty', () => subtle.importKey('jwk', { ...jwk, kty: 'EC' }, { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['sign']));
await attempt('jwk missing n', () => subtle.importKey('jwk', { kty: 'RSA', e: 'AQAB' }, { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['verify']));
await attempt('export raw', () => subtle.exportKey('raw', signer));
await attempt('export spki private', () => subtle.exportKey('spki', signer));
await attempt('pss no salt', () => subtle.sign('RSA-PSS', signer, data));
await attempt('pss salt too big', () => subtle.sign({ name: 'RSA-PSS', saltLength: 100 }, signer, data));
await attempt('pss salt negative', () => subtle.sign({ name: 'RSA-PSS', saltLength: -1 }, signer, data));
await attempt('sign wrong name', () => subtle.sign('RSASSA-PKCS1-v1_5', signer, data));
await attempt('sign with public', async () => {
  const pub = await subtle.importKey('jwk', pubFields(jwk), { name: 'RSA-PSS', hash: 'SHA-512' }, true, ['verify']);
  return subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, pub, data);
});
await attempt('oaep encrypt with private', async () => {
  const k = await subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['decrypt']);
  return subtle.encrypt('RSA-OAEP', k, data);
});
await attempt('oaep label type', async () => {
  const k = await subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['decrypt']);
  return subtle.decrypt({ name: 'RSA-OAEP', label: 'x' }, k, data);
});
