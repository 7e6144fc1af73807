// crypto.subtle's AES: import/export (raw, jwk), AES-GCM (iv, additionalData,
// tagLength), AES-CBC, AES-CTR (counter wrap-around), AES-KW, wrapKey and
// unwrapKey, with Node's errors, vs Node 22.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const bytes = (n, f = (i) => i) => Uint8Array.from({ length: n }, (_, i) => f(i) & 0xff);

async function attempt(label, fn) {
  try {
    const r = await fn();
    console.log(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const plain = new TextEncoder().encode('The quick brown fox jumps over the lazy dog.');
for (const length of [128, 192, 256]) {
  const raw = bytes(length / 8, (i) => i * 3 + 1);
  const gcm = await subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt']);
  const cbc = await subtle.importKey('raw', raw, { name: 'AES-CBC' }, true, ['encrypt', 'decrypt']);
  const ctr = await subtle.importKey('raw', raw, 'aes-ctr', true, ['decrypt', 'encrypt']);
  const kw = await subtle.importKey('raw', raw, 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  console.log(gcm, await subtle.exportKey('jwk', gcm), await subtle.exportKey('jwk', kw));
  console.log(cbc.algorithm, ctr.algorithm, ctr.usages, hex(await subtle.exportKey('raw', ctr)));

  const iv = bytes(12, (i) => 100 + i);
  for (const params of [{ iv }, { iv, additionalData: bytes(7) }, { iv: bytes(16), tagLength: 96 },
    { iv: bytes(128), tagLength: 32, additionalData: new ArrayBuffer(3) }, { iv, tagLength: 128 }]) {
    const ct = await subtle.encrypt({ name: 'AES-GCM', ...params }, gcm, plain);
    const pt = await subtle.decrypt({ name: 'AES-GCM', ...params }, gcm, ct);
    console.log('gcm', hex(ct), Buffer.from(pt).toString());
    const bad = new Uint8Array(ct);
    bad[0] ^= 1;
    await attempt('gcm tampered', () => subtle.decrypt({ name: 'AES-GCM', ...params }, gcm, bad));
  }
  console.log('gcm empty', hex(await subtle.encrypt({ name: 'AES-GCM', iv }, gcm, new Uint8Array(0))));

  for (const data of [plain, new Uint8Array(0), bytes(16), bytes(33)]) {
    const ct = await subtle.encrypt({ name: 'AES-CBC', iv: bytes(16, (i) => 255 - i) }, cbc, data);
    const pt = await subtle.decrypt({ name: 'AES-CBC', iv: bytes(16, (i) => 255 - i) }, cbc, ct);
    console.log('cbc', hex(ct), hex(pt) === hex(data));
  }
  await attempt('cbc bad padding', () => subtle.decrypt({ name: 'AES-CBC', iv: bytes(16) }, cbc, bytes(16)));
  await attempt('cbc bad length', () => subtle.decrypt({ name: 'AES-CBC', iv: bytes(16) }, cbc, bytes(17)));

  for (const [counter, len] of [[bytes(16), 64], [bytes(16, () => 255), 128], [bytes(16, (i) => (i > 13 ? 255 : i)), 16],
    [bytes(16, (i) => (i === 15 ? 254 : 0xaa)), 2], [bytes(16, (i) => (i === 15 ? 0xfe : 7)), 1]]) {
    await attempt(`ctr ${len}`, async () => {
      const ct = await subtle.encrypt({ name: 'AES-CTR', counter, length: len }, ctr, plain.subarray(0, 40));
      const pt = await subtle.decrypt({ name: 'AES-CTR', counter, length: len }, ctr, ct);
      return `${hex(ct)} ${Buffer.from(pt).toString()}`;
    });
  }

  // AES-KW wrapping raw and jwk keys, and unwrapping them back.
  const wrapped = await subtle.wrapKey('raw', gcm, kw, 'AES-KW');
  console.log('kw raw', hex(wrapped));
  const back = await subtle.unwrapKey('raw', wrapped, kw, { name: 'AES-KW' }, 'AES-GCM', true, ['decrypt']);
  console.log(back, hex(await subtle.exportKey('raw', back)));
  const wrappedJwk = await subtle.wrapKey('jwk', cbc, kw, 'AES-KW');
  console.log('kw jwk', wrappedJwk.byteLength, hex(wrappedJwk));
  const backJwk = await subtle.unwrapKey('jwk', wrappedJwk, kw, 'AES-KW', 'AES-CBC', false, ['encrypt']);
  console.log(backJwk);
  const bad = new Uint8Array(wrapped);
  bad[3] ^= 0x40;
  await attempt('kw tampered', () => subtle.unwrapKey('raw', bad, kw, 'AES-KW', 'AES-GCM', true, ['decrypt']));
}

// wrapKey with an encryption algorithm, and unwrapping with the wrong key type.
const gcmKey = await subtle.importKey('raw', bytes(16), 'AES-GCM', false, ['wrapKey', 'unwrapKey', 'encrypt']);
const hmac = await subtle.importKey('raw', bytes(20, (i) => i * 11), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
const w = await subtle.wrapKey('jwk', hmac, gcmKey, { name: 'AES-GCM', iv: bytes(12) });
console.log('gcm wrap jwk', hex(w));
const uw = await subtle.unwrapKey('jwk', w, gcmKey, { name: 'AES-GCM', iv: bytes(12) }, { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
console.log(uw, await subtle.exportKey('jwk', uw));
await attempt('unwrap garbage jwk', async () => {
  const junk = await subtle.encrypt({ name: 'AES-GCM', iv: bytes(12) }, gcmKey, new TextEncoder().encode('{not json'));
  return subtle.unwrapKey('jwk', junk, gcmKey, { name: 'AES-GCM', iv: bytes(12) }, 'HMAC', true, ['sign']);
});
await attempt('wrap non-extractable', () => subtle.wrapKey('raw', gcmKey, gcmKey, { name: 'AES-GCM', iv: bytes(12) }));
await attempt('kw encrypt', () => subtle.encrypt('AES-KW', gcmKey, bytes(16)));

// Generated keys
for (const name of ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW']) {
  const k = await subtle.generateKey({ name, length: 192 }, true, name === 'AES-KW' ? ['wrapKey', 'wrapKey'] : ['encrypt', 'unwrapKey']);
  console.log(k, (await subtle.exportKey('raw', k)).byteLength);
}

// Errors
const k128 = await subtle.importKey('raw', bytes(16), 'AES-GCM', true, ['encrypt', 'decrypt']);
await attempt('gen length', () => subtle.generateKey({ name: 'AES-GCM', length: 64 }, true, ['encrypt']));
await attempt('gen no length', () => subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']));
await attempt('gen usage', () => subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['encrypt']));
await attempt('gen empty', () => subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, []));
await attempt('import length', () => subtle.importKey('raw', bytes(15), 'AES-GCM', true, ['encrypt']));
await attempt('import usage', () => subtle.importKey('raw', bytes(16), 'AES-CBC', true, ['sign']));
await attempt('import jwk alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']));
await attempt('import jwk use', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', use: 'sig' }, 'AES-GCM', true, ['encrypt']));
await attempt('import jwk length', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA' }, 'AES-GCM', true, ['encrypt']));
await attempt('import spki', () => subtle.importKey('spki', bytes(16), 'AES-GCM', true, ['encrypt']));
await attempt('export spki', () => subtle.exportKey('spki', k128));
await attempt('gcm no iv', () => subtle.encrypt({ name: 'AES-GCM' }, k128, plain));
await attempt('gcm tag 33', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12), tagLength: 33 }, k128, plain));
await attempt('gcm tag 300', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12), tagLength: 300 }, k128, plain));
for (const n of [0, 8, 11, 129]) await attempt(`gcm iv ${n}`, () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(n) }, k128, plain));
await attempt('gcm short', () => subtle.decrypt({ name: 'AES-GCM', iv: bytes(12) }, k128, bytes(15)));
await attempt('gcm aad type', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12), additionalData: 'x' }, k128, plain));
await attempt('cbc on gcm key', () => subtle.encrypt({ name: 'AES-CBC', iv: bytes(16) }, k128, plain));
await attempt('cbc iv', () => subtle.encrypt({ name: 'AES-CBC', iv: bytes(12) }, k128, plain));
await attempt('ctr length 0', () => subtle.encrypt({ name: 'AES-CTR', counter: bytes(16), length: 0 }, k128, plain));
await attempt('ctr length 129', () => subtle.encrypt({ name: 'AES-CTR', counter: bytes(16), length: 129 }, k128, plain));
await attempt('ctr counter', () => subtle.encrypt({ name: 'AES-CTR', counter: bytes(8), length: 64 }, k128, plain));
await attempt('unknown cipher', () => subtle.encrypt({ name: 'AES-XTS' }, k128, plain));
await attempt('encrypt string', () => subtle.encrypt('AES-GCM', k128, plain));
const encOnly = await subtle.importKey('raw', bytes(16), 'AES-GCM', false, ['encrypt']);
await attempt('decrypt usage', () => subtle.decrypt({ name: 'AES-GCM', iv: bytes(12) }, encOnly, bytes(32)));
const ctrKey = await subtle.importKey('raw', bytes(16), 'AES-CTR', false, ['encrypt']);
await attempt('ctr too many blocks', () => subtle.encrypt({ name: 'AES-CTR', counter: bytes(16), length: 1 }, ctrKey, bytes(48)));
const kwKey = await subtle.importKey('raw', bytes(16), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
const hmac15 = await subtle.importKey('raw', bytes(15), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
await attempt('kw odd length', () => subtle.wrapKey('raw', hmac15, kwKey, 'AES-KW'));
await attempt('kw unwrap short', () => subtle.unwrapKey('raw', bytes(16), kwKey, 'AES-KW', 'AES-GCM', true, ['encrypt']));
