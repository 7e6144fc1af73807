// RSA encryption: publicEncrypt/privateDecrypt (OAEP by default, PKCS#1),
// privateEncrypt/publicDecrypt (deterministic: the bytes are printed),
// oaepHash, oaepLabel, key forms and errors.
// PKCS#1 v1.5 decryption needs OpenSSL's implicit rejection (3.2+, which
// Node 22 bundles); with an older libcrypto Node and secexec both refuse
// it (CVE-2023-46809), so that line may differ:
// filter: ^pkcs1-decrypt
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
const { RSA_PKCS1_PADDING, RSA_NO_PADDING, RSA_PKCS1_OAEP_PADDING } = crypto.constants;
const rsa = crypto.createPrivateKey(read('rsa-pkcs1.pem'));
const rsaPub = crypto.createPublicKey(read('rsa-spki.pem'));
const msg = Buffer.from('attack at dawn');

const ct = crypto.publicEncrypt(rsaPub, msg);
console.log('oaep', ct.length, crypto.privateDecrypt(rsa, ct).toString());
console.log('oaep from pem strings', crypto.privateDecrypt(read('rsa-pkcs8.pem'), crypto.publicEncrypt(read('rsa-pkcs1-pub.pem'), msg)).toString());
console.log('oaep with private key', crypto.privateDecrypt(rsa, crypto.publicEncrypt(rsa, msg)).toString());
for (const oaepHash of ['sha1', 'sha256', 'sha512']) {
  const c = crypto.publicEncrypt({ key: rsaPub, oaepHash, oaepLabel: Buffer.from('label') }, msg);
  console.log('oaepHash', oaepHash, crypto.privateDecrypt({ key: rsa, oaepHash, oaepLabel: Buffer.from('label') }, c).toString());
}
const labelled = crypto.publicEncrypt({ key: rsaPub, oaepLabel: 'bGFiZWw=', encoding: 'base64' }, 'YXR0YWNr');
console.log('label with encoding', crypto.privateDecrypt({ key: rsa, oaepLabel: Buffer.from('label') }, labelled).toString());
const pk1 = crypto.publicEncrypt({ key: rsaPub, padding: RSA_PKCS1_PADDING }, msg);
console.log('pkcs1', pk1.length);
try {
  console.log('pkcs1-decrypt', crypto.privateDecrypt({ key: rsa, padding: RSA_PKCS1_PADDING }, pk1).toString());
} catch (e) {
  console.log('pkcs1-decrypt', e.code, e.message);
}
const signed = crypto.privateEncrypt(rsa, msg);
console.log('privateEncrypt', signed.toString('hex').slice(0, 80));
console.log('publicDecrypt', crypto.publicDecrypt(rsaPub, signed).toString(), crypto.publicDecrypt(rsa, signed).toString());
const raw = Buffer.alloc(256, 7);
const rawCt = crypto.publicEncrypt({ key: rsaPub, padding: RSA_NO_PADDING }, raw);
console.log('no padding', rawCt.toString('hex').slice(0, 40), crypto.privateDecrypt({ key: rsa, padding: RSA_NO_PADDING }, rawCt).equals(raw));
console.log('encrypted key', crypto.privateDecrypt({ key: read('rsa-pkcs8-enc.pem'), passphrase: 'top secret' }, ct).toString());
console.log('jwk key', crypto.privateDecrypt({ key: rsa.export({ format: 'jwk' }), format: 'jwk' },
  crypto.publicEncrypt({ key: rsaPub.export({ format: 'jwk' }), format: 'jwk' }, msg)).toString());

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('wrong label', () => crypto.privateDecrypt({ key: rsa, oaepLabel: Buffer.from('other') }, ct));
attempt('bad ciphertext', () => crypto.privateDecrypt(rsa, Buffer.alloc(256)));
attempt('too long', () => crypto.publicEncrypt(rsaPub, Buffer.alloc(300)));
attempt('no padding short', () => crypto.publicEncrypt({ key: rsaPub, padding: RSA_NO_PADDING }, Buffer.alloc(10)));
attempt('oaepHash unknown', () => crypto.publicEncrypt({ key: rsaPub, oaepHash: 'foo' }, msg));
attempt('oaepHash number', () => crypto.publicEncrypt({ key: rsaPub, oaepHash: 5 }, msg));
attempt('oaepLabel number', () => crypto.publicEncrypt({ key: rsaPub, oaepLabel: 5 }, msg));
attempt('buffer number', () => crypto.publicEncrypt(rsaPub, 5));
attempt('private with public key', () => crypto.privateDecrypt(rsaPub, ct));
attempt('privateEncrypt with public key', () => crypto.privateEncrypt(rsaPub, msg));
attempt('ec key', () => crypto.publicEncrypt(crypto.createPublicKey(read('ec-p256-sec1.pem')), msg));
attempt('key number', () => crypto.publicEncrypt(5, msg));
console.log(crypto.publicEncrypt.length, crypto.privateDecrypt.length, RSA_PKCS1_OAEP_PADDING);
