// X509Certificate with KeyObjects: publicKey details and export,
// checkPrivateKey against matching and foreign keys, verify() with the
// issuer's public key, argument errors, and the SPKAC key as a KeyObject.
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
const read = (f) => fs.readFileSync(`${__dirname}/fixtures/x509/${f}`);
const cert = (f) => new crypto.X509Certificate(read(f));
const leaf = cert('leaf.pem');
const ca = cert('ca.pem');
const ec = cert('ec-self.pem');
const expired = cert('expired.pem');
const leafKey = crypto.createPrivateKey(read('leaf-key.pem'));
const caKey = crypto.createPrivateKey(read('ca-key.pem'));
const ecKey = crypto.createPrivateKey(read('ec-key.pem'));

for (const [name, x] of [['leaf', leaf], ['ca', ca], ['ec', ec]]) {
  show(`${name} publicKey`, () => [x.publicKey.type, x.publicKey.asymmetricKeyType, x.publicKey.asymmetricKeyDetails]);
  show(`${name} spki`, () => crypto.createHash('sha256').update(x.publicKey.export({ type: 'spki', format: 'der' })).digest('hex'));
}
show('leaf key = leaf cert key', () => crypto.createPublicKey(leafKey).equals(leaf.publicKey));
show('leaf pem', () => leaf.publicKey.export({ type: 'spki', format: 'pem' }));
show('legacy pubkey = spki', () => leaf.toLegacyObject().pubkey.equals(leaf.publicKey.export({ type: 'spki', format: 'der' })));

show('checkPrivateKey leaf', () => leaf.checkPrivateKey(leafKey));
show('checkPrivateKey expired (same key)', () => expired.checkPrivateKey(leafKey));
show('checkPrivateKey leaf with ca key', () => leaf.checkPrivateKey(caKey));
show('checkPrivateKey ca', () => ca.checkPrivateKey(caKey));
show('checkPrivateKey ec', () => ec.checkPrivateKey(ecKey));
show('checkPrivateKey ec with rsa', () => ec.checkPrivateKey(leafKey));
show('checkPrivateKey generated', () => leaf.checkPrivateKey(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey));
show('checkPrivateKey public', () => leaf.checkPrivateKey(leaf.publicKey));
show('checkPrivateKey secret', () => leaf.checkPrivateKey(crypto.createSecretKey(Buffer.alloc(8))));
show('checkPrivateKey pem string', () => leaf.checkPrivateKey(read('leaf-key.pem').toString()));

show('verify leaf by ca', () => leaf.verify(ca.publicKey));
show('verify leaf by ca key', () => leaf.verify(crypto.createPublicKey(caKey)));
show('verify leaf by itself', () => leaf.verify(leaf.publicKey));
show('verify ec self', () => ec.verify(ec.publicKey));
show('verify ec by rsa', () => ec.verify(ca.publicKey));
show('verify private', () => leaf.verify(caKey));
show('verify undefined', () => leaf.verify());

// the SPKAC's key as a KeyObject
const spkac = read('spkac-ec.txt');
show('spkac key', () => {
  const k = crypto.createPublicKey(crypto.Certificate.exportPublicKey(spkac));
  return [k.asymmetricKeyType, k.equals(ec.publicKey), k.equals(crypto.createPublicKey(ecKey))];
});
