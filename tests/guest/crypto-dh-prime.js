// crypto.generatePrime(Sync) and checkPrime(Sync): results checked by
// properties (generated primes are random), known primes and composites,
// candidates of every accepted type, and Node's validation errors. The
// asynchronous forms run one after another so the output is ordered.
const crypto = require('crypto');
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, util.inspect(r, { breakLength: Infinity }));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, Object.keys(e).join(','));
  }
}

// --- checkPrimeSync
for (const n of [0n, 1n, 2n, 3n, 4n, 7n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 89n - 1n, 2n ** 127n - 1n, 2n ** 127n + 1n,
  (2n ** 127n - 1n) * (2n ** 61n - 1n)]) {
  show(`check ${n}`, () => crypto.checkPrimeSync(n));
}
show('check buffer', () => crypto.checkPrimeSync(Buffer.from([0xfb])));
show('check arraybuffer', () => crypto.checkPrimeSync(new Uint8Array([0xfb]).buffer));
show('check dataview', () => crypto.checkPrimeSync(new DataView(new Uint8Array([0x01, 0x01]).buffer)));
show('check uint16 (bytes 00 fb)', () => crypto.checkPrimeSync(new Uint16Array([0xfb00])));
show('check empty', () => crypto.checkPrimeSync(Buffer.alloc(0)));
show('check modp14 prime', () => crypto.checkPrimeSync(crypto.getDiffieHellman('modp14').getPrime()));
show('check checks 10', () => crypto.checkPrimeSync(7919n, { checks: 10 }));
show('check checks 0', () => crypto.checkPrimeSync(7919n, { checks: 0 }));
show('check negative', () => crypto.checkPrimeSync(-1n));
show('check number', () => crypto.checkPrimeSync(7));
show('check string', () => crypto.checkPrimeSync('7'));
show('check checks -1', () => crypto.checkPrimeSync(7n, { checks: -1 }));
show('check checks 1.5', () => crypto.checkPrimeSync(7n, { checks: 1.5 }));
show('check checks str', () => crypto.checkPrimeSync(7n, { checks: 'a' }));
show('check checks big', () => crypto.checkPrimeSync(7n, { checks: 2 ** 31 }));
show('check options null', () => crypto.checkPrimeSync(7n, null));
show('check options number', () => crypto.checkPrimeSync(7n, 1));
show('check no callback', () => crypto.checkPrime(7n));
show('check no callback 2', () => crypto.checkPrime(7n, {}));
show('check bad candidate first', () => crypto.checkPrime('x'));

// --- generatePrimeSync
for (const bits of [2, 3, 8, 16, 31, 64, 127, 256]) {
  show(`generate ${bits}`, () => {
    const ab = crypto.generatePrimeSync(bits);
    const n = BigInt(`0x${Buffer.from(ab).toString('hex')}`);
    return [util.types.isArrayBuffer(ab), ab.byteLength, n.toString(2).length, crypto.checkPrimeSync(ab)];
  });
}
show('generate bigint', () => {
  const p = crypto.generatePrimeSync(48, { bigint: true });
  return [typeof p, p.toString(2).length, crypto.checkPrimeSync(p)];
});
show('generate safe', () => {
  const p = crypto.generatePrimeSync(40, { safe: true, bigint: true });
  return [crypto.checkPrimeSync(p), crypto.checkPrimeSync((p - 1n) / 2n)];
});
show('generate add/rem bigint', () => {
  const p = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
  return [p % 12n, crypto.checkPrimeSync(p)];
});
show('generate add/rem buffers', () => {
  const p = crypto.generatePrimeSync(32, { add: Buffer.from([0x64]), rem: new Uint8Array([0x3d]).buffer, bigint: true });
  return [p % 100n, crypto.checkPrimeSync(p)];
});
show('generate add only', () => {
  const p = crypto.generatePrimeSync(32, { add: 10n, bigint: true });
  return [p % 10n, crypto.checkPrimeSync(p)];
});
show('generate 1', () => crypto.generatePrimeSync(1));
show('generate 0', () => crypto.generatePrimeSync(0));
show('generate 1.5', () => crypto.generatePrimeSync(1.5));
show('generate 2**31', () => crypto.generatePrimeSync(2 ** 31));
show('generate string', () => crypto.generatePrimeSync('8'));
show('generate add too wide', () => crypto.generatePrimeSync(8, { add: 1000n }));
show('generate rem > add', () => crypto.generatePrimeSync(32, { add: 10n, rem: 11n }));
show('generate rem = add', () => crypto.generatePrimeSync(32, { add: 10n, rem: 10n }));
show('generate add negative', () => crypto.generatePrimeSync(32, { add: -1n }));
show('generate add number', () => crypto.generatePrimeSync(32, { add: 5 }));
show('generate rem string', () => crypto.generatePrimeSync(32, { rem: 'x' }));
show('generate safe 1', () => crypto.generatePrimeSync(32, { safe: 1 }));
show('generate bigint 1', () => crypto.generatePrimeSync(32, { bigint: 1 }));
show('generate options null', () => crypto.generatePrimeSync(32, null));
show('generate options 5', () => crypto.generatePrimeSync(32, 5));
show('generate no callback', () => crypto.generatePrime(32));
show('generate callback 5', () => crypto.generatePrime(32, {}, 5));
show('generate size first', () => crypto.generatePrime('x', () => {}));
show('generate options after callback', () => crypto.generatePrime(32, null, () => {}));

// --- asynchronous forms, in sequence
const steps = [
  (next) => crypto.checkPrime(7n, (...a) => { console.log('async check 7', a); next(); }),
  (next) => crypto.checkPrime(Buffer.from([8]), { checks: 3 }, (...a) => { console.log('async check 8', a); next(); }),
  (next) => crypto.generatePrime(1, (...a) => {
    console.log('async generate 1', a.length, a[0].name, a[0].message, Object.keys(a[0]));
    next();
  }),
  (next) => crypto.generatePrime(24, { bigint: true }, (err, p) => {
    console.log('async generate 24', err, typeof p, p.toString(2).length, crypto.checkPrimeSync(p));
    next();
  }),
  (next) => crypto.generatePrime(24, (err, p) => {
    console.log('async generate 24 ab', err, util.types.isArrayBuffer(p), p.byteLength);
    next();
  }),
  (next) => crypto.generatePrime(24, { add: 6n, rem: 5n, bigint: true }, (err, p) => {
    console.log('async generate add/rem', err, p % 6n);
    next();
  }),
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); else console.log('done'); };
next();
console.log('sync end');
