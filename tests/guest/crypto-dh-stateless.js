// crypto.diffieHellman({ privateKey, publicKey }) over KeyObjects: x25519,
// x448, ec and dh known answers from committed keys (fixtures/keys), both
// directions agreeing, generated pairs, ECDH interoperability and errors.
const crypto = require('crypto');
const fs = require('fs');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, util.inspect(fn(), { breakLength: Infinity }));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
const key = (f) => crypto.createPrivateKey(fs.readFileSync(`${__dirname}/fixtures/keys/${f}`));
const pub = (k) => crypto.createPublicKey(k);
const dh = (privateKey, publicKey) => crypto.diffieHellman({ privateKey, publicKey });

const x1 = key('x25519.pem');
const x2 = crypto.createPrivateKey({
  key: { kty: 'OKP', crv: 'X25519', d: Buffer.alloc(32, 7).toString('base64url'), x: '' }, format: 'jwk',
});
show('x25519', () => dh(x1, pub(x2)).toString('hex'));
show('x25519 reverse', () => dh(x2, pub(x1)).toString('hex'));
show('x25519 private as public', () => dh(x2, x1).toString('hex'));
show('x448 self', () => dh(key('x448.pem'), pub(key('x448.pem'))).toString('hex'));
const p256 = key('ec-p256-sec1.pem');
show('ec p256 self', () => dh(p256, pub(p256)).toString('hex'));
show('ec p384 self', () => dh(key('ec-p384-sec1.pem'), pub(key('ec-p384-sec1.pem'))).toString('hex'));
show('ec p521 self', () => dh(key('ec-p521-sec1.pem'), pub(key('ec-p521-sec1.pem'))).toString('hex'));
show('ec secp256k1 self', () => dh(key('ec-secp256k1-sec1.pem'), pub(key('ec-secp256k1-sec1.pem'))).toString('hex'));
show('dh self', () => {
  const s = dh(key('dh.pem'), pub(key('dh.pem')));
  return [s.length, s.toString('hex')];
});
// ECDH over the same private key gives the same secret
show('matches ECDH', () => {
  const jwk = p256.export({ format: 'jwk' });
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.setPrivateKey(Buffer.from(jwk.d, 'base64url'));
  return ecdh.computeSecret(ecdh.getPublicKey()).equals(dh(p256, pub(p256)));
});
// generated pairs agree both ways
for (const [type, opts] of [['x25519'], ['x448'], ['ec', { namedCurve: 'P-384' }], ['dh', { group: 'modp5' }],
  ['dh', { prime: crypto.getDiffieHellman('modp1').getPrime() }]]) {
  show(`generated ${type}`, () => {
    const a = crypto.generateKeyPairSync(type, opts);
    const b = crypto.generateKeyPairSync(type, opts);
    const s = dh(a.privateKey, b.publicKey);
    return [s.length, s.equals(dh(b.privateKey, a.publicKey))];
  });
}
// errors
const g5 = crypto.generateKeyPairSync('dh', { group: 'modp5' });
const g14 = crypto.generateKeyPairSync('dh', { group: 'modp14' });
show('dh other group', () => dh(g5.privateKey, g14.publicKey));
show('ec other curve', () => dh(p256, pub(key('ec-p384-sec1.pem'))));
show('ed25519', () => dh(key('ed25519.pem'), pub(key('ed25519.pem'))));
show('rsa', () => dh(key('rsa-pkcs8.pem'), pub(key('rsa-pkcs8.pem'))));
show('x25519 and x448', () => dh(x1, pub(key('x448.pem'))));
show('public as private', () => dh(pub(x1), x1));
show('secret as public', () => dh(x1, crypto.createSecretKey(Buffer.alloc(4))));
show('private not a key', () => dh('x', x1));
show('public not a key', () => dh(x1, {}));
show('no options', () => crypto.diffieHellman());
show('options null', () => crypto.diffieHellman(null));
