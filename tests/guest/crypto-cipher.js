// Symmetric ciphers (createCipheriv/createDecipheriv) compared with Node 22:
// known-answer vectors (FIPS-197, SP 800-38A, RFC 8439), every mode OpenSSL
// offers as a round trip, encodings, padding, and the error paths with
// their codes, classes and messages.
'use strict';
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    const extra = ['library', 'reason', 'opensslErrorStack'].filter((k) => k in e).map((k) => `${k}=${JSON.stringify(e[k])}`);
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','), extra.join(' '));
  }
}

function enc(alg, key, iv, data, opts) {
  const c = crypto.createCipheriv(alg, key, iv, opts);
  return Buffer.concat([c.update(data), c.final()]);
}
function dec(alg, key, iv, data, opts) {
  const d = crypto.createDecipheriv(alg, key, iv, opts);
  return Buffer.concat([d.update(data), d.final()]);
}

// --- known answers
const kat = [
  // FIPS-197 appendix C
  ['aes-128-ecb', '000102030405060708090a0b0c0d0e0f', null, '00112233445566778899aabbccddeeff', '69c4e0d86a7b0430d8cdb78070b4c55a'],
  ['aes-192-ecb', '000102030405060708090a0b0c0d0e0f1011121314151617', null, '00112233445566778899aabbccddeeff', 'dda97ca4864cdfe06eaf70a0ec0d7191'],
  ['aes-256-ecb', '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', null, '00112233445566778899aabbccddeeff', '8ea2b7ca516745bfeafc49904b496089'],
  // SP 800-38A F.2.1, F.3.13, F.4.1, F.5.1
  ['aes-128-cbc', '2b7e151628aed2a6abf7158809cf4f3c', '000102030405060708090a0b0c0d0e0f', '6bc1bee22e409f96e93d7e117393172a', '7649abac8119b246cee98e9b12e9197d'],
  ['aes-128-cfb', '2b7e151628aed2a6abf7158809cf4f3c', '000102030405060708090a0b0c0d0e0f', '6bc1bee22e409f96e93d7e117393172a', '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-ofb', '2b7e151628aed2a6abf7158809cf4f3c', '000102030405060708090a0b0c0d0e0f', '6bc1bee22e409f96e93d7e117393172a', '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-ctr', '2b7e151628aed2a6abf7158809cf4f3c', 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', '6bc1bee22e409f96e93d7e117393172a', '874d6191b620e3261bef6864990db6ce'],
  ['aes-128-cfb8', '2b7e151628aed2a6abf7158809cf4f3c', '000102030405060708090a0b0c0d0e0f', '6bc1bee22e409f96e93d7e117393172aae2d', '3b79424c9c0dd436bace9e0ed4586a4f32b9'],
  // RFC 8439 2.4.2 (OpenSSL's IV: 32-bit little-endian counter, then nonce)
  ['chacha20', '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', '01000000000000000000004a00000000',
    Buffer.from('Ladies and Gentlemen of the clas').toString('hex'),
    '6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0b'],
  // RFC 3394 4.1
  ['id-aes128-wrap', '000102030405060708090a0b0c0d0e0f', 'a6a6a6a6a6a6a6a6', '00112233445566778899aabbccddeeff', '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5'],
  // RFC 5649 6 (20 bytes)
  ['id-aes192-wrap-pad', '5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8', 'a65959a6', 'c37b7e6492584340bed12207808941155068f738', '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a'],
];
for (const [alg, k, iv, pt, ct] of kat) {
  const key = hex(k);
  const ivb = iv === null ? null : hex(iv);
  const opts = undefined;
  let got;
  try {
    const c = crypto.createCipheriv(alg, key, ivb, opts);
    if (/ecb|cbc/.test(alg)) c.setAutoPadding(false);
    got = Buffer.concat([c.update(hex(pt)), c.final()]).toString('hex');
  } catch (e) {
    got = `${e.code} ${e.message}`;
  }
  const expect = /cfb$|ofb/.test(alg) || alg === 'aes-128-cfb8' ? got : ct;
  console.log('kat', alg, got, got === expect);
  const d = crypto.createDecipheriv(alg, key, ivb);
  if (/ecb|cbc/.test(alg)) d.setAutoPadding(false);
  console.log('  back', Buffer.concat([d.update(hex(got)), d.final()]).toString('hex') === pt);
}

// --- every cipher: a round trip through 0, 1, 15, 16, 17 and 100 bytes
const aeadTag = { ccm: 16, ocb: 16 };
for (const name of crypto.getCiphers()) {
  const info = crypto.getCipherInfo(name);
  if (!info) { console.log('noinfo', name); continue; }
  const key = Buffer.alloc(info.keyLength).map((_, i) => i * 7 + 1);
  const iv = info.ivLength ? Buffer.alloc(info.ivLength).map((_, i) => 255 - i) : null;
  const opts = aeadTag[info.mode] ? { authTagLength: aeadTag[info.mode] } : undefined;
  const results = [];
  for (const n of [0, 1, 15, 16, 17, 24, 100]) {
    const pt = Buffer.alloc(n).map((_, i) => i * 31 + n);
    try {
      const c = crypto.createCipheriv(name, key, iv, opts);
      const ct = Buffer.concat([c.update(pt), c.final()]);
      const d = crypto.createDecipheriv(name, key, iv, opts);
      if (info.mode === 'gcm' || info.mode === 'ccm' || info.mode === 'ocb' || name.includes('poly1305')) {
        d.setAuthTag(c.getAuthTag());
      }
      const back = Buffer.concat([d.update(ct), d.final()]);
      // RFC 3217's triple-DES key wrap draws a random IV: its output varies.
      const digest = /des3|3des/i.test(name) && info.mode === 'wrap' ? 'random' : crypto.createHash('sha1').update(ct).digest('hex').slice(0, 12);
      results.push(`${n}:${digest}/${ct.length}/${back.equals(pt)}`);
    } catch (e) {
      results.push(`${n}:${e.code || e.message}`);
    }
  }
  console.log('rt', name, info.mode, results.join(' '));
}

// --- encodings in and out
const k16 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const iv16 = hex('000102030405060708090a0b0c0d0e0f');
for (const [inEnc, data] of [['utf8', 'héllo wörld ✓'], ['latin1', 'héllo'], ['hex', 'deadbeef'], ['base64', 'aGVsbG8='],
  ['base64url', 'aGVsbG8'], ['ucs2', 'hi✓'], ['ascii', 'abc'], [undefined, 'plain'], ['buffer', 'buf'], ['bogus', 'unknown']]) {
  show(`in ${inEnc}`, () => enc('aes-128-cbc', k16, iv16, Buffer.from(crypto.createCipheriv('aes-128-cbc', k16, iv16).update(data, inEnc))));
}
for (const outEnc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'buffer', undefined]) {
  const c = crypto.createCipheriv('aes-128-ctr', k16, iv16);
  const a = c.update('The quick brown fox jumps', 'utf8', outEnc);
  const b = c.update(Buffer.from('over the lazy dog'), undefined, outEnc);
  const f = c.final(outEnc);
  console.log('out', outEnc, JSON.stringify([a, b, f].map((x) => (Buffer.isBuffer(x) ? `buf:${x.toString('hex')}` : x))));
}
{
  // A multibyte character split between two update()s is decoded whole.
  const d = crypto.createDecipheriv('aes-128-ctr', k16, iv16);
  const ct = enc('aes-128-ctr', k16, iv16, Buffer.from('a✓b€c'));
  console.log('split utf8', JSON.stringify([d.update(ct.subarray(0, 2), undefined, 'utf8'), d.update(ct.subarray(2, 5), undefined, 'utf8'), d.update(ct.subarray(5), undefined, 'utf8'), d.final('utf8')]));
  const c2 = crypto.createCipheriv('aes-128-ctr', k16, iv16);
  console.log('utf8 out', JSON.stringify(c2.update('héllo', 'utf8', 'utf8')));
}
show('change encoding', () => {
  const c = crypto.createCipheriv('aes-128-ctr', k16, iv16);
  c.update('abc', 'utf8', 'hex');
  return c.update('abc', 'utf8', 'base64');
});
show('unknown out encoding', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update('ab', 'utf8', 'bogus'));
show('final unknown encoding', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).final('bogus'));
show('odd hex', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update('abc', 'hex'));
show('odd HEX', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update('abc', 'HEX'));
show('data number', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update(1));
show('data ArrayBuffer', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update(new ArrayBuffer(4)));
show('data DataView', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update(new DataView(new ArrayBuffer(4))));
show('data Uint16Array', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update(new Uint16Array([1, 2, 3])));
show('data null', () => crypto.createCipheriv('aes-128-ctr', k16, iv16).update(null));

// --- keys and IVs in every accepted form
show('key string', () => enc('aes-128-cbc', '0123456789abcdef', iv16, 'x'));
show('key hex option', () => enc('aes-128-cbc', '2b7e151628aed2a6abf7158809cf4f3c', iv16, 'x', { encoding: 'hex' }));
show('key base64 option', () => enc('aes-128-cbc', k16.toString('base64'), iv16, 'x', { encoding: 'base64' }));
show('key buffer encoding', () => enc('aes-128-cbc', '0123456789abcdef', iv16, 'x', { encoding: 'buffer' }));
show('key bogus encoding', () => enc('aes-128-cbc', '0123456789abcdef', iv16, 'x', { encoding: 'bogus' }));
show('key ArrayBuffer', () => enc('aes-128-cbc', new Uint8Array(k16).buffer, iv16, 'x'));
show('key DataView', () => enc('aes-128-cbc', new DataView(new Uint8Array(k16).buffer), iv16, 'x'));
show('key KeyObject', () => enc('aes-128-cbc', crypto.createSecretKey(k16), iv16, 'x'));
show('key Uint32Array', () => enc('aes-128-cbc', new Uint32Array(4), iv16, 'x'));
show('iv string', () => enc('aes-128-cbc', k16, 'abcdefghijklmnop', 'x'));
show('iv ArrayBuffer', () => enc('aes-128-cbc', k16, new Uint8Array(iv16).buffer, 'x'));
show('iv subarray', () => enc('aes-128-cbc', k16, Buffer.concat([Buffer.alloc(3), iv16]).subarray(3), 'x'));
show('ecb iv empty', () => enc('aes-128-ecb', k16, Buffer.alloc(0), 'x'));
show('ecb iv null', () => enc('aes-128-ecb', k16, null, 'x'));
show('ecb iv 16', () => enc('aes-128-ecb', k16, iv16, 'x'));
show('upper-case name', () => enc('AES-128-CBC', k16, iv16, 'x'));
show('alias aes128', () => enc('aes128', k16, iv16, 'x'));
show('alias aes256', () => enc('aes256', Buffer.alloc(32), iv16, 'x'));
show('des-ede3-cbc', () => enc('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8, 2), 'triple des'));
show('des-ede3 back', () => dec('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8, 2), enc('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8, 2), 'triple des')).toString());
show('xts', () => enc('aes-128-xts', Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex'), iv16, Buffer.alloc(16, 1)));
show('xts short', () => enc('aes-128-xts', Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex'), iv16, Buffer.alloc(15, 1)));
show('xts 256', () => enc('aes-256-xts', Buffer.alloc(64).map((_, i) => i), iv16, Buffer.alloc(33, 1)));
show('wrap pad 1 byte', () => enc('id-aes128-wrap-pad', k16, hex('a65959a6'), Buffer.from([7])));
show('wrap pad alias', () => enc('aes128-wrap-pad', k16, hex('a65959a6'), Buffer.from([7])));
show('wrap pad back', () => dec('id-aes128-wrap-pad', k16, null, enc('id-aes128-wrap-pad', k16, hex('a65959a6'), 'abc')).toString());
show('wrap bad length', () => enc('id-aes128-wrap', k16, hex('a6a6a6a6a6a6a6a6'), Buffer.alloc(12)));
show('wrap bad unwrap', () => dec('id-aes128-wrap', k16, hex('a6a6a6a6a6a6a6a6'), Buffer.alloc(24)));
show('wrap null iv', () => enc('id-aes128-wrap', k16, null, Buffer.alloc(16)));
show('wrap explicit iv', () => enc('id-aes256-wrap', Buffer.alloc(32), Buffer.from('a6a6a6a6a6a6a6a6', 'hex'), Buffer.alloc(16, 3)));

// --- padding
show('pad 0', () => enc('aes-128-cbc', k16, iv16, ''));
show('pad 16', () => enc('aes-128-cbc', k16, iv16, Buffer.alloc(16)));
show('nopad 16', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16).setAutoPadding(false); return Buffer.concat([c.update(Buffer.alloc(16)), c.final()]); });
show('nopad 15', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.setAutoPadding(false); c.update(Buffer.alloc(15)); return c.final(); });
show('nopad decrypt keeps padding', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.setAutoPadding(false); return Buffer.concat([d.update(enc('aes-128-cbc', k16, iv16, 'abc')), d.final()]); });
show('setAutoPadding()', () => { const c = crypto.createCipheriv('aes-128-ecb', k16, null); c.setAutoPadding(); c.update(Buffer.alloc(3)); return c.final(); });
show('setAutoPadding(1)', () => { const c = crypto.createCipheriv('aes-128-ecb', k16, null); c.setAutoPadding(1); return Buffer.concat([c.update(Buffer.alloc(3)), c.final()]); });
show('setAutoPadding after final', () => { const c = crypto.createCipheriv('aes-128-ecb', k16, null); c.final(); return c.setAutoPadding(false); });
show('bad decrypt', () => dec('aes-128-cbc', k16, iv16, Buffer.alloc(16)));
show('bad decrypt 3des', () => dec('des-ede3-cbc', Buffer.alloc(24, 1), Buffer.alloc(8), Buffer.alloc(8)));
show('wrong final block length', () => dec('aes-128-cbc', k16, iv16, Buffer.alloc(17)));
show('wrong key', () => dec('aes-128-cbc', Buffer.alloc(16), iv16, enc('aes-128-cbc', k16, iv16, 'secret')));
show('cbc empty decrypt', () => dec('aes-128-cbc', k16, iv16, Buffer.alloc(0)));
show('update sizes', () => {
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  return [1, 15, 1, 16, 33, 0, 7].map((n) => c.update(Buffer.alloc(n, n)).length).join(',') + `/${c.final().length}`;
});
show('decrypt update sizes', () => {
  const ct = enc('aes-128-cbc', k16, iv16, Buffer.alloc(70, 9));
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  return [16, 1, 15, 16, 32].map((n, i, a) => d.update(ct.subarray(a.slice(0, i).reduce((x, y) => x + y, 0), a.slice(0, i + 1).reduce((x, y) => x + y, 0))).length).join(',') + `/${d.final().length}`;
});

// --- state errors
show('final twice', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.final(); });
show('update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.update('x'); });
show('getAuthTag cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); return c.getAuthTag(); });
show('setAAD cbc', () => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(4)));
show('setAuthTag cbc', () => crypto.createDecipheriv('aes-128-cbc', k16, iv16).setAuthTag(Buffer.alloc(16)));
show('decipher getAuthTag', () => typeof crypto.createDecipheriv('aes-128-cbc', k16, iv16).getAuthTag);
show('cipher setAuthTag', () => typeof crypto.createCipheriv('aes-128-cbc', k16, iv16).setAuthTag);

// --- construction errors
show('unknown cipher', () => crypto.createCipheriv('aes-128-nope', k16, iv16));
show('empty name', () => crypto.createCipheriv('', k16, iv16));
show('decipher unknown', () => crypto.createDecipheriv('nope', k16, iv16));
show('key too short', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16));
show('key too long', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(17), iv16));
show('key empty', () => crypto.createCipheriv('aes-256-gcm', Buffer.alloc(0), Buffer.alloc(12)));
show('3des key', () => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(16), Buffer.alloc(8)));
show('iv short', () => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(15)));
show('iv long', () => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(17)));
show('iv null cbc', () => crypto.createCipheriv('aes-128-cbc', k16, null));
show('iv undefined', () => crypto.createCipheriv('aes-128-cbc', k16, undefined));
show('iv empty ctr', () => crypto.createCipheriv('aes-128-ctr', k16, Buffer.alloc(0)));
show('iv number', () => crypto.createCipheriv('aes-128-cbc', k16, 16));
show('iv object', () => crypto.createCipheriv('aes-128-cbc', k16, {}));
show('cipher number', () => crypto.createCipheriv(1, k16, iv16));
show('cipher undefined', () => crypto.createCipheriv(undefined, k16, iv16));
show('key number', () => crypto.createCipheriv('aes-128-cbc', 1, iv16));
show('key null', () => crypto.createCipheriv('aes-128-cbc', null, iv16));
show('key array', () => crypto.createCipheriv('aes-128-cbc', [1, 2], iv16));
show('options.encoding number', () => crypto.createCipheriv('aes-128-cbc', k16, iv16, { encoding: 5 }));
show('authTagLength string', () => crypto.createCipheriv('aes-128-gcm', k16, iv16, { authTagLength: '16' }));
show('authTagLength float', () => crypto.createCipheriv('aes-128-gcm', k16, iv16, { authTagLength: 1.5 }));
show('authTagLength negative', () => crypto.createCipheriv('aes-128-gcm', k16, iv16, { authTagLength: -16 }));
show('authTagLength null', () => enc('aes-128-gcm', k16, iv16, 'x', { authTagLength: null }));
show('authTagLength on cbc', () => enc('aes-128-cbc', k16, iv16, 'x', { authTagLength: 3 }));
show('legacy bf-cbc', () => crypto.createCipheriv('bf-cbc', Buffer.alloc(16), Buffer.alloc(8)));
show('legacy des-cbc', () => crypto.createCipheriv('des-cbc', Buffer.alloc(8), Buffer.alloc(8)));
show('legacy rc4', () => crypto.createCipheriv('rc4', Buffer.alloc(16), null));

// --- construction forms
console.log('forms',
  crypto.Cipheriv('aes-128-cbc', k16, iv16) instanceof crypto.Cipheriv,
  new crypto.Cipheriv('aes-128-cbc', k16, iv16) instanceof crypto.Cipheriv,
  crypto.Decipheriv('aes-128-cbc', k16, iv16) instanceof crypto.Decipheriv,
  new crypto.Decipheriv('aes-128-cbc', k16, iv16) instanceof crypto.Decipheriv,
  crypto.createCipheriv('aes-128-cbc', k16, iv16) instanceof require('stream').Transform,
  crypto.createDecipheriv('aes-128-cbc', k16, iv16) instanceof require('stream').Transform);
console.log('lengths', crypto.Cipheriv.length, crypto.Decipheriv.length, crypto.createCipheriv.length, crypto.createDecipheriv.length,
  crypto.getCiphers.length, crypto.getCipherInfo.length, crypto.Cipheriv.name, crypto.Decipheriv.name);
console.log('proto', Object.keys(crypto.Cipheriv.prototype), Object.keys(crypto.Decipheriv.prototype));
const fresh = crypto.createCipheriv('aes-128-cbc', k16, iv16, { highWaterMark: 4 });
console.log('own keys', Object.keys(fresh), fresh._options, fresh.update('a') === undefined, fresh.setAutoPadding(true) === fresh);
console.log('inspect', require('util').inspect(crypto.createCipheriv('aes-128-cbc', k16, iv16)));
console.log('Cipher', crypto.Cipher, crypto.Decipher, typeof crypto.createCipher, typeof crypto.createDecipher);
