// pbkdf2 / scrypt / hkdf: known answers, Node's errors, and async forms
// that run off the guest's thread (timers fire meanwhile), vs Node 22.
const c = require('crypto');
for (const f of [() => c.pbkdf2Sync('p', 's', 0, 32, 'sha256'), () => c.pbkdf2Sync('p', 's', 1, -1, 'sha256'),
  () => c.pbkdf2Sync('p', 's', 1, 32, 'nope'), () => c.pbkdf2Sync(1, 's', 1, 32, 'sha256'), () => c.pbkdf2Sync('p', 's', 1, 32),
  () => c.pbkdf2('p', 's', 1, 32, 'sha256'), () => c.scryptSync('p', 's', 32, { N: 3 }), () => c.scryptSync('p', 's', -1),
  () => c.scryptSync('p', 's', 32, { N: 1024, cost: 1024 }), () => c.hkdfSync('nope', 'k', 's', 'i', 10),
  () => c.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), () => c.hkdfSync('sha256', 'k', 's', 'i', -1),
  () => c.scryptSync('p', 's', 16, { maxmem: 1024 })]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(c.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(c.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 3, 64, 'sha512').toString('base64'));
console.log(c.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(c.scryptSync('p', 's', 16, { cost: 2048, blockSize: 4, parallelization: 2 }).toString('hex'));
console.log(Buffer.from(c.hkdfSync('sha512', 'key', 'salt', 'info', 64)).toString('hex'));
console.log(Buffer.from(c.hkdfSync('sha256', c.createSecretKey(Buffer.from('k')), '', '', 4)).length);
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 1);
c.scrypt('slow', 'salt', 32, { N: 1 << 16, r: 8, p: 1, maxmem: 256 << 20 }, (err, key) => {
  clearInterval(iv);
  console.log('async scrypt', err, key.toString('hex'), 'timers ran meanwhile:', ticks > 0);
});
// One after the other: thread-pool jobs finish in any order.
c.pbkdf2('p', 's', 1000, 16, 'sha1', (err, key) => {
  console.log('async pbkdf2', err, key.toString('hex'));
  c.hkdf('sha256', 'k', 's', 'i', 8, (err2, ab) => console.log('async hkdf', err2, ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex')));
});
