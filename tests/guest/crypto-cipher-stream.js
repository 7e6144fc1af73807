// Ciphers as streams (Node's LazyTransform over Transform), compared with
// Node 22: pipe and pipeline in odd chunk sizes, write/end/read, string
// writes with encodings, errors from final() as 'error' events, AEAD tags
// after 'end', and getCiphers/getCipherInfo.
'use strict';
const crypto = require('crypto');
const { Readable, Writable, pipeline, PassThrough } = require('stream');

const key = Buffer.alloc(32).map((_, i) => i);
const iv = Buffer.alloc(16).map((_, i) => 100 + i);
const data = Buffer.alloc(100003).map((_, i) => (i * 7919) % 251);
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

function chunked(buf, sizes) {
  const parts = [];
  for (let i = 0, k = 0; i < buf.length; k++) {
    const n = sizes[k % sizes.length];
    parts.push(buf.subarray(i, i + n));
    i += n;
  }
  return parts;
}

function collect(stream) {
  return new Promise((resolve, reject) => {
    const out = [];
    stream.on('data', (c) => out.push(c));
    stream.on('end', () => resolve(Buffer.concat(out)));
    stream.on('error', reject);
  });
}

function oneShot(alg, k, i, buf, opts) {
  const c = crypto.createCipheriv(alg, k, i, opts);
  return Buffer.concat([c.update(buf), c.final()]);
}

async function main() {
  // pipe through Readable.from in odd chunk sizes; both directions
  for (const [alg, k, i] of [['aes-256-cbc', key, iv], ['aes-256-ctr', key, iv], ['aes-128-cfb1', key.subarray(0, 16), iv],
    ['aes-192-ofb', key.subarray(0, 24), iv], ['des-ede3-cbc', key.subarray(0, 24), iv.subarray(0, 8)], ['chacha20', key, iv]]) {
    for (const sizes of [[1], [7, 3, 16], [4096], [65537]]) {
      const parts = chunked(data, sizes);
      const c = crypto.createCipheriv(alg, k, i);
      const ct = await collect(Readable.from(parts).pipe(c));
      const d = crypto.createDecipheriv(alg, k, i);
      const back = await collect(Readable.from(chunked(ct, sizes.map((n) => n + 1))).pipe(d));
      console.log('pipe', alg, sizes.join('/'), ct.length, sha(ct), ct.equals(oneShot(alg, k, i, data)), back.equals(data));
    }
  }

  // XTS encrypts a whole data unit per update(): a second update() fails
  {
    const k = Buffer.concat([key, key.map((x) => x ^ 0xff)]);
    const c = crypto.createCipheriv('aes-256-xts', k, iv);
    const ct = await collect(Readable.from([data]).pipe(c));
    console.log('xts pipe', ct.length, sha(ct));
    const c2 = crypto.createCipheriv('aes-256-xts', k, iv);
    c2.update(data.subarray(0, 32));
    try { c2.update(data.subarray(0, 32)); console.log('xts second update accepted'); } catch (e) { console.log('xts second update', e.message); }
  }

  // write / end / read
  {
    const c = crypto.createCipheriv('aes-256-cbc', key, iv);
    c.write('hello ');
    c.write(Buffer.from('stream '));
    c.write('776f726c64', 'hex');
    c.end('!', 'utf8');
    const chunks = [];
    c.on('readable', () => { let r; while ((r = c.read()) !== null) chunks.push(r); });
    await new Promise((r) => c.on('end', r));
    const ct = Buffer.concat(chunks);
    console.log('write/end/read', ct.toString('hex'));
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
    d.end(ct);
    console.log('decrypted', String(await collect(d)));
  }
  // setEncoding on the readable side, and defaultEncoding on the writable
  {
    const c = crypto.createCipheriv('aes-256-ctr', key, iv, { defaultEncoding: 'hex' });
    c.setEncoding('base64');
    c.end('00010203040506070809');
    const parts = [];
    c.on('data', (s) => parts.push(typeof s + ':' + s));
    await new Promise((r) => c.on('end', r));
    console.log('encodings', parts.join(','));
  }
  // update() and the stream side mixed
  {
    const c = crypto.createCipheriv('aes-256-ctr', key, iv);
    const a = c.update('first part ');
    c.end('second part');
    const b = await collect(c);
    console.log('mixed', Buffer.concat([a, b]).toString('hex'));
  }
  // pipeline into a Writable, with a decipher failing in final()
  {
    const ct = oneShot('aes-256-cbc', key, iv, data.subarray(0, 50));
    const d = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32), iv);
    const sink = new Writable({ write(chunk, enc, cb) { cb(); } });
    const err = await new Promise((resolve) => pipeline(Readable.from([ct]), d, sink, resolve));
    console.log('pipeline error', err && err.code, err && err.message, err && err.reason);
  }
  {
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
    d.on('error', (e) => console.log('error event', e.code, e.message));
    d.on('data', () => {});
    d.end(Buffer.alloc(31));
    await new Promise((r) => setTimeout(r, 10));
  }
  // GCM through a stream: the tag is there after 'end'
  {
    const k = key;
    const i = iv.subarray(0, 12);
    const c = crypto.createCipheriv('aes-256-gcm', k, i);
    c.setAAD(Buffer.from('stream aad'));
    const ct = await collect(Readable.from(chunked(data, [333, 1, 4097])).pipe(c));
    const tag = c.getAuthTag();
    console.log('gcm stream', ct.length, sha(ct), tag.toString('hex'));
    const d = crypto.createDecipheriv('aes-256-gcm', k, i).setAAD(Buffer.from('stream aad')).setAuthTag(tag);
    const back = await collect(Readable.from(chunked(ct, [1000])).pipe(d));
    console.log('gcm stream back', back.equals(data));
    const bad = crypto.createDecipheriv('aes-256-gcm', k, i).setAuthTag(Buffer.alloc(16));
    const err = await collect(Readable.from([ct]).pipe(bad)).then(() => null, (e) => e);
    console.log('gcm stream bad tag', err && err.message);
  }
  // through a PassThrough, in object-less binary mode
  {
    const c = crypto.createCipheriv('chacha20-poly1305', key, iv.subarray(0, 12), { authTagLength: 12 });
    const pt = new PassThrough();
    pt.pipe(c);
    pt.write(data.subarray(0, 10));
    pt.end(data.subarray(10, 30));
    const ct = await collect(c);
    console.log('passthrough chacha', ct.toString('hex'), c.getAuthTag().toString('hex'));
  }

  // a 1 MiB-chunked stream of 8 MiB through GCM, compared with one update()
  {
    const big = Buffer.alloc(8 << 20);
    for (let i = 0; i < big.length; i += 4096) big[i] = i >> 12;
    const c = crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12));
    const parts = [];
    for (let i = 0; i < big.length; i += 1 << 20) parts.push(c.update(big.subarray(i, i + (1 << 20))));
    parts.push(c.final());
    const whole = oneShot('aes-256-gcm', key, iv.subarray(0, 12), big);
    console.log('gcm 8MiB', parts.map((p) => p.length).join(','), sha(Buffer.concat(parts)), Buffer.concat(parts).equals(whole), c.getAuthTag().toString('hex'));
  }

  // getCiphers / getCipherInfo
  const list = crypto.getCiphers();
  console.log('getCiphers', list.length, list === crypto.getCiphers(), list.join(' '));
  for (const n of ['aes-256-gcm', 'AES-256-GCM', 'aes128', 'aes-128-ccm', 'aes-128-ocb', 'chacha20', 'chacha20-poly1305', 'id-aes128-wrap',
    'aes256-wrap-pad', 'id-aes256-wrap-pad', 'aes-128-xts', 'des-ede3-cbc', 'des-ede3', 'aes-128-cfb1', 'aes-128-cfb8', 'aes-256-ecb', 'bf-cbc',
    'nope', '', 901, 419, 1018, -1, 0, 99999]) {
    console.log('info', JSON.stringify(n), JSON.stringify(crypto.getCipherInfo(n)));
  }
  for (const [n, o] of [['aes-128-gcm', { ivLength: 1 }], ['aes-128-gcm', { ivLength: 200 }], ['aes-128-gcm', { ivLength: 0 }], ['aes-128-ccm', { ivLength: 6 }],
    ['aes-128-ccm', { ivLength: 7 }], ['aes-128-ccm', { ivLength: 13 }], ['aes-128-ccm', { ivLength: 14 }], ['aes-128-cbc', { keyLength: 17 }],
    ['aes-128-cbc', { keyLength: 16, ivLength: 16 }], ['aes-128-cbc', { ivLength: 12 }], ['aes-128-ocb', { ivLength: 15 }], ['aes-128-ocb', { ivLength: 16 }],
    ['chacha20-poly1305', { ivLength: 8 }], ['chacha20-poly1305', { ivLength: 12 }], ['aes-128-ecb', { ivLength: 0 }], ['aes-256-gcm', { keyLength: 32 }],
    ['aes-256-gcm', {}], ['aes-256-gcm', { keyLength: undefined }], ['bf-cbc', { keyLength: 16 }]]) {
    console.log('info', n, JSON.stringify(o), JSON.stringify(crypto.getCipherInfo(n, o)));
  }
  for (const args of [[], [{}], [1.5], [2 ** 31], [null], [true], ['x', null], ['x', 5], ['x', { keyLength: 'a' }], ['x', { ivLength: 2 ** 32 }], ['x', { keyLength: 1.5 }]]) {
    try {
      console.log('info args', crypto.getCipherInfo(...args));
    } catch (e) {
      console.log('info args', e.name, e.code, e.message);
    }
  }
}

main();
