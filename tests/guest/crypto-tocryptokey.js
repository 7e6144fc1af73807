// KeyObject.toCryptoKey and CryptoKeys accepted where node:crypto takes keys (sign), KeyObject.from round trip.
const c = require('crypto');
const k = c.createSecretKey(Buffer.alloc(16));
console.log(k.toCryptoKey('AES-GCM', true, ['encrypt']));
const { privateKey, publicKey } = c.generateKeyPairSync('ed25519');
const ck = privateKey.toCryptoKey('Ed25519', false, ['sign']);
console.log(ck, c.sign(null, Buffer.from('x'), ck).length, c.KeyObject.from(ck) === privateKey, Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(publicKey))));
