// Secret KeyObjects, compared with Node 22.
const crypto = require('crypto');
const k = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
console.log(k instanceof crypto.KeyObject, k.type, k.symmetricKeySize);
console.log(k.export().toString(), k.export({ format: 'jwk' }));
console.log(crypto.createSecretKey('aGVsbG8', 'base64').export().toString());
console.log(k.equals(crypto.createSecretKey('0123456789abcdef')), k.equals(crypto.createSecretKey('x')));
console.log(crypto.createHmac('sha256', k).update('data').digest('hex'));
console.log(require('util').types.isKeyObject(k), require('util').types.isKeyObject({}));
for (const f of [() => crypto.createSecretKey(5), () => k.export({ format: 'pem' }), () => k.equals('x')]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code);
  }
}
