// Hashes, HMAC and randomness of the crypto bridge, compared with Node 22.
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'SHA384', 'sha512', 'sha512-256', 'sha3-256', 'sha3-512',
  'blake2b512', 'blake2s256', 'RSA-SHA256', 'ripemd160', 'shake128', 'shake256']) {
  let out;
  try {
    out = crypto.createHash(alg).update('hello ').update(Buffer.from('world')).digest('hex');
  } catch (e) {
    out = `${e.code} ${e.message}`;
  }
  console.log(alg, out);
}
console.log(crypto.createHash('shake256', { outputLength: 7 }).update('x').digest('base64'));
const h = crypto.createHash('sha256').update('part1');
const c = h.copy();
console.log(h.update('a').digest('base64url'), c.update('b').digest('latin1').length);
console.log(crypto.createHash('sha256').update('616263', 'hex').digest('hex'));
console.log(crypto.createHash('sha256').update('YWJj', 'base64').digest().toString('hex'));
console.log(crypto.createHmac('sha256', 'secret').update('data').digest('hex'));
console.log(crypto.createHmac('sha512', Buffer.alloc(200, 7)).update('long key').digest('base64'));
console.log(crypto.createHmac('sha1', '').update('').digest('hex'));
const hm = crypto.createHmac('md5', 'k');
hm.digest();
console.log(JSON.stringify(hm.digest('hex')));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'));
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().includes('sha3-256'));
const streamed = crypto.createHash('sha256');
streamed.on('readable', () => {
  const d = streamed.read();
  if (d) console.log('stream digest', d.toString('hex'));
});
streamed.write('stream ');
streamed.end('data');
for (const f of [() => crypto.createHash('nope'), () => crypto.createHmac('nope', 'k'), () => crypto.createHash(1),
  () => crypto.randomBytes(-1), () => crypto.randomBytes('x'), () => crypto.createHash('sha256').update(1),
  () => { const x = crypto.createHash('sha256'); x.digest(); x.digest(); }, () => crypto.randomInt(5, 1),
  () => crypto.createHmac('sha256', 1), () => crypto.randomFillSync(Buffer.alloc(4), 5)]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(crypto.randomBytes(16).length, crypto.randomBytes(0).length, Buffer.isBuffer(crypto.randomBytes(3)));
const filled = crypto.randomFillSync(new Uint32Array(4));
console.log(filled instanceof Uint32Array, filled.length);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
const ints = Array.from({ length: 200 }, () => crypto.randomInt(3, 7));
console.log(ints.every((n) => n >= 3 && n < 7), new Set(ints).size === 4);
console.log(crypto.webcrypto === globalThis.crypto, typeof crypto.subtle.digest);
crypto.randomBytes(5, (err, buf) => console.log('async randomBytes', err, buf.length));
crypto.randomInt(10, (err, n) => console.log('async randomInt', err, n >= 0 && n < 10));
crypto.randomFill(new Uint8Array(6), 2, (err, a) => console.log('async randomFill', err, a.length));
