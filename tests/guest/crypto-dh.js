// crypto: classic Diffie-Hellman (createDiffieHellman, the modp groups) and
// ECDH on named curves: known answers from fixed private keys, encodings,
// verifyError, getCurves() and Node's errors.
const crypto = require('crypto');
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? r : util.inspect(r, { breakLength: Infinity }));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
const hex = (b) => Buffer.from(b).toString('hex');
const short = (s) => (s.length > 40 ? `${s.slice(0, 20)}..${s.slice(-20)} (${s.length})` : s);

// --- groups
for (const g of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18', 'MODP14']) {
  show(g, () => {
    const d = crypto.getDiffieHellman(g);
    return [d.verifyError, d.getPrime().length, d.getGenerator('hex'), short(d.getPrime('hex')),
      d instanceof crypto.DiffieHellmanGroup, Object.keys(d)];
  });
}
for (const g of ['modp3', 'ffdhe2048', '']) show(`group ${g}`, () => crypto.createDiffieHellmanGroup(g));
show('group number', () => crypto.getDiffieHellman(14));
show('group missing', () => crypto.getDiffieHellman());
show('group call', () => crypto.DiffieHellmanGroup('modp1') instanceof crypto.DiffieHellmanGroup);
show('group no setters', () => [typeof crypto.getDiffieHellman('modp1').setPublicKey, typeof crypto.getDiffieHellman('modp1').setPrivateKey]);
show('inspect group', () => util.inspect(crypto.getDiffieHellman('modp2')));

// --- fixed key pairs in modp2 and modp14
for (const g of ['modp2', 'modp14']) {
  const p = crypto.getDiffieHellman(g).getPrime();
  const alice = crypto.createDiffieHellman(p, 2);
  const bob = crypto.createDiffieHellman(p.toString('hex'), 'hex', Buffer.from([2]));
  alice.setPrivateKey(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'));
  bob.setPrivateKey('fedcba9876543210fedcba9876543210', 'hex');
  show(`${g} alice pub`, () => short(alice.generateKeys('hex')));
  show(`${g} bob pub`, () => short(bob.generateKeys().toString('base64')));
  show(`${g} priv kept`, () => alice.getPrivateKey('hex'));
  const s1 = alice.computeSecret(bob.getPublicKey());
  const s2 = bob.computeSecret(alice.getPublicKey('hex'), 'hex', 'hex');
  show(`${g} secret`, () => [s1.length, short(s1.toString('hex')), s1.toString('hex') === s2]);
  show(`${g} verifyError`, () => [alice.verifyError, bob.verifyError]);
}
// a secret shorter than the prime is left-padded
show('padded secret', () => {
  const d = crypto.createDiffieHellman(crypto.getDiffieHellman('modp1').getPrime());
  d.setPrivateKey(Buffer.from([5]));
  return d.computeSecret(Buffer.from([3])).toString('hex');
});
show('setPublicKey only', () => {
  const d = crypto.createDiffieHellman(crypto.getDiffieHellman('modp1').getPrime());
  return [d.setPublicKey(Buffer.from([5])) === d, d.getPublicKey('hex')];
});
show('random keys agree', () => {
  const a = crypto.getDiffieHellman('modp5');
  const b = crypto.createDiffieHellmanGroup('modp5');
  a.generateKeys();
  b.generateKeys();
  return [a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())), a.getPublicKey().length <= 192];
});

// --- parameters and verifyError
const p1 = crypto.getDiffieHellman('modp1').getPrime();
show('generator 5', () => crypto.createDiffieHellman(p1, 5).verifyError);
show('generator p', () => crypto.createDiffieHellman(p1, p1).verifyError);
show('generator 0 is 2', () => crypto.createDiffieHellman(p1, 0).getGenerator('hex'));
show('not prime', () => crypto.createDiffieHellman('ff', 'hex', 5).verifyError);
show('not prime 2', () => crypto.createDiffieHellman(Buffer.from('ffffffffffffffffffffffffffff0000', 'hex')).verifyError);
show('empty prime', () => crypto.createDiffieHellman(Buffer.alloc(0)).verifyError);
show('arraybuffer prime', () => crypto.createDiffieHellman(new Uint8Array(p1).buffer).getPrime('hex') === p1.toString('hex'));
show('string generator', () => crypto.createDiffieHellman('ff', 'hex', '05', 'hex').getGenerator('hex'));
show('encoding shift', () => crypto.createDiffieHellman(p1, Buffer.from([3])).getGenerator('hex'));
show('DiffieHellman call', () => crypto.DiffieHellman(p1) instanceof crypto.DiffieHellman);
show('inspect dh', () => util.inspect(crypto.createDiffieHellman(p1)));
show('generated 512', () => {
  const d = crypto.createDiffieHellman(512);
  return [d.getPrime().length, d.getGenerator('hex'), d.verifyError];
});
show('size 1', () => crypto.createDiffieHellman(1));
show('size -1', () => crypto.createDiffieHellman(-1));
show('size 1.5', () => crypto.createDiffieHellman(1.5));
show('size 2**31', () => crypto.createDiffieHellman(2 ** 31));
show('generator 1', () => crypto.createDiffieHellman(512, 1));
show('generator -3', () => crypto.createDiffieHellman(p1, -3));
show('generator buffer 1', () => crypto.createDiffieHellman(Buffer.from('ffff', 'hex'), Buffer.from([1])));
show('generator empty', () => crypto.createDiffieHellman(Buffer.from('ffff', 'hex'), Buffer.alloc(0)));
show('generator 1.5', () => crypto.createDiffieHellman(p1, 1.5));
show('generator object', () => crypto.createDiffieHellman(p1, {}));
show('sizeOrKey null', () => crypto.createDiffieHellman(null));
show('sizeOrKey object', () => crypto.createDiffieHellman({}));
// last: Node leaves OpenSSL's errors of a failed parameter generation queued
show('size 256', () => crypto.createDiffieHellman(256));

// --- key checks
const dh = crypto.getDiffieHellman('modp1');
show('no public key', () => dh.getPublicKey());
show('no private key', () => dh.getPrivateKey());
dh.generateKeys();
show('key 0', () => dh.computeSecret(Buffer.from([0])));
show('key 1', () => dh.computeSecret(Buffer.from([1])));
show('key empty', () => dh.computeSecret(Buffer.alloc(0)));
show('key p', () => dh.computeSecret(p1));
show('key p-1', () => { const k = Buffer.from(p1); k[k.length - 1]--; return dh.computeSecret(k); });
show('key huge', () => dh.computeSecret(Buffer.alloc(200, 255)));
show('key number', () => dh.computeSecret(5));
show('key null', () => dh.computeSecret(null));
show('set number', () => crypto.createDiffieHellman(p1).setPrivateKey(5));
show('bad out encoding', () => dh.getPrime('nope'));

// --- ECDH
const fixed = {
  prime256v1: ['c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433', '0f'.repeat(32)],
  secp384r1: ['01'.repeat(48), '7f'.repeat(48)],
  secp521r1: ['0102', '00ff'.repeat(20)],
  secp256k1: ['1234', 'abcdef'.repeat(10)],
  brainpoolP256r1: ['42'.repeat(32), '24'.repeat(32)],
  secp224r1: ['05', '06'],
};
for (const [curve, [a, b]] of Object.entries(fixed)) {
  const x = crypto.createECDH(curve);
  const y = crypto.createECDH(curve);
  x.setPrivateKey(a, 'hex');
  y.setPrivateKey(Buffer.from(b, 'hex'));
  show(`${curve} pub`, () => short(x.getPublicKey('hex')));
  show(`${curve} compressed`, () => short(x.getPublicKey('hex', 'compressed')));
  show(`${curve} hybrid`, () => short(x.getPublicKey('base64', 'hybrid')));
  show(`${curve} priv`, () => x.getPrivateKey('hex'));
  const s = x.computeSecret(y.getPublicKey());
  show(`${curve} secret`, () => [s.length, s.toString('hex')]);
  show(`${curve} agree`, () => y.computeSecret(x.getPublicKey(null, 'compressed')).equals(s));
  show(`${curve} convert`, () => short(crypto.ECDH.convertKey(x.getPublicKey('hex', 'compressed'), curve, 'hex', 'hex', 'uncompressed')));
  show(`${curve} convert back`, () => crypto.ECDH.convertKey(x.getPublicKey(), curve, null, 'hex', 'compressed') === x.getPublicKey('hex', 'compressed'));
}
const e = crypto.createECDH('prime256v1');
show('ecdh no pub', () => e.getPublicKey());
show('ecdh no priv', () => e.getPrivateKey());
show('ecdh no pair', () => e.computeSecret(Buffer.from([4])));
const gen = e.generateKeys('hex', 'compressed');
show('ecdh generated', () => [gen.length, e.getPublicKey().length, e.getPrivateKey().length <= 32]);
show('ecdh generate replaces', () => { const old = e.getPrivateKey('hex'); e.generateKeys(); return old !== e.getPrivateKey('hex'); });
show('ecdh bad point', () => e.computeSecret(Buffer.from([4, 1, 2])));
show('ecdh bad hex point', () => e.computeSecret('zz', 'hex'));
show('ecdh other curve', () => e.computeSecret(crypto.createECDH('secp384r1').generateKeys()));
show('ecdh priv 0', () => e.setPrivateKey(Buffer.alloc(32)));
show('ecdh priv order', () => e.setPrivateKey(Buffer.alloc(32, 255)));
show('ecdh priv long', () => e.setPrivateKey(Buffer.alloc(40, 1)));
show('ecdh priv 1', () => { const k = crypto.createECDH('prime256v1'); k.setPrivateKey(Buffer.from([1])); return k.getPublicKey('hex'); });
show('ecdh setPublicKey', () => { const k = crypto.createECDH('prime256v1'); k.setPublicKey(e.getPublicKey()); return k.getPublicKey().equals(e.getPublicKey()); });
show('ecdh setPublicKey bad', () => crypto.createECDH('prime256v1').setPublicKey(Buffer.from([4, 1])));
show('ecdh bad format', () => e.getPublicKey('hex', 'xx'));
show('ecdh bad format 2', () => e.generateKeys(null, 'nope'));
show('ecdh key type', () => e.computeSecret(5));
show('ecdh curve nope', () => crypto.createECDH('nope'));
show('ecdh curve x25519', () => crypto.createECDH('x25519'));
show('ecdh curve Ed25519', () => crypto.createECDH('Ed25519'));
show('ecdh curve P-256', () => crypto.createECDH('P-256'));
show('ecdh curve number', () => crypto.createECDH(5));
show('ecdh call', () => crypto.ECDH('secp256k1') instanceof crypto.ECDH);
show('ecdh inspect', () => util.inspect(crypto.createECDH('secp256k1')));
show('ecdh keys', () => Object.keys(crypto.createECDH('secp256k1')));
show('convert bad curve', () => crypto.ECDH.convertKey(e.getPublicKey(), 'nope'));
show('convert curve number', () => crypto.ECDH.convertKey(e.getPublicKey(), 5));
show('convert bad key', () => crypto.ECDH.convertKey(Buffer.from([4, 1]), 'prime256v1'));
show('convert bad format', () => crypto.ECDH.convertKey(e.getPublicKey(), 'prime256v1', null, null, 'x'));
show('convert key type', () => crypto.ECDH.convertKey(null, 'prime256v1'));

// --- getCurves
const curves = crypto.getCurves();
console.log('curves', curves.length, curves.join(' '));
show('curves copy', () => crypto.getCurves() !== curves && crypto.getCurves().length === curves.length);

// --- surface
show('prototypes', () => [Object.keys(crypto.DiffieHellman.prototype), Object.keys(crypto.DiffieHellmanGroup.prototype),
  Object.keys(crypto.ECDH.prototype), Object.keys(crypto.ECDH)]);
show('own names', () => [Object.getOwnPropertyNames(crypto.DiffieHellman), Object.getOwnPropertyNames(crypto.ECDH), Object.getOwnPropertyNames(crypto.DiffieHellmanGroup)]);
show('lengths', () => [crypto.DiffieHellman.length, crypto.DiffieHellmanGroup.length, crypto.ECDH.length,
  crypto.createDiffieHellman.length, crypto.ECDH.convertKey.length]);
