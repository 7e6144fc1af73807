// Asymmetric KeyObjects from fixed PEM/DER/JWK keys (fixtures/keys, made
// by Node 22): types, details, exports byte for byte, JWK round trips.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const pass = 'top secret';

const privates = ['rsa-pkcs8.pem', 'rsa-pss.pem', 'rsa-pss-plain.pem', 'ec-p256-sec1.pem', 'ec-p384-sec1.pem',
  'ec-p521-sec1.pem', 'ec-secp256k1-sec1.pem', 'ed25519.pem', 'ed448.pem', 'x25519.pem', 'x448.pem', 'dsa.pem', 'dh.pem'];

for (const name of privates) {
  const pem = read(name);
  const priv = crypto.createPrivateKey(pem);
  const pub = crypto.createPublicKey(pem);
  console.log(name, priv.type, pub.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails, pub.asymmetricKeyDetails);
  console.log('  symmetricKeySize', priv.symmetricKeySize, priv instanceof crypto.KeyObject);
  const pkcs8 = priv.export({ type: 'pkcs8', format: 'pem' });
  console.log('  pkcs8 pem', pkcs8 === pem || sha(pkcs8), 'der', sha(priv.export({ type: 'pkcs8', format: 'der' })));
  const spki = pub.export({ type: 'spki', format: 'pem' });
  console.log('  spki', sha(spki), spki.split('\n')[0], sha(pub.export({ type: 'spki', format: 'der' })));
  console.log('  spki from private key object', crypto.createPublicKey(priv).export({ type: 'spki', format: 'pem' }) === spki);
  const again = crypto.createPublicKey(spki);
  console.log('  equals', again.equals(pub), pub.equals(again), priv.equals(pub), priv.equals(crypto.createPrivateKey(pkcs8)));
  const der = crypto.createPublicKey({ key: pub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' });
  console.log('  spki der round trip', der.equals(pub), der.asymmetricKeyType);
  const pdDer = priv.export({ type: 'pkcs8', format: 'der' });
  console.log('  pkcs8 der round trip', crypto.createPrivateKey({ key: pdDer, format: 'der', type: 'pkcs8' }).equals(priv),
    crypto.createPublicKey({ key: pdDer, format: 'der', type: 'pkcs8' }).equals(pub));
  try {
    const jwk = priv.export({ format: 'jwk' });
    const pjwk = pub.export({ format: 'jwk' });
    console.log('  jwk', Object.keys(jwk).join(','), sha(JSON.stringify(jwk)), Object.keys(pjwk).join(','), sha(JSON.stringify(pjwk)));
    console.log('  jwk round trip', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv),
      crypto.createPublicKey({ key: pjwk, format: 'jwk' }).equals(pub),
      crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
  } catch (e) {
    console.log('  jwk', e.name, e.code, e.message);
  }
}

// Full values for a few small keys.
const ed = crypto.createPrivateKey(read('ed25519.pem'));
console.log(ed.export({ format: 'jwk' }), crypto.createPublicKey(ed).export({ format: 'jwk' }));
const p256 = crypto.createPrivateKey(read('ec-p256-sec1.pem'));
console.log(p256.export({ format: 'jwk' }));
console.log(p256.export({ type: 'sec1', format: 'pem' }) === read('ec-p256-sec1.pem'));
console.log(p256.export({ type: 'sec1', format: 'der' }).toString('hex'));
console.log(crypto.createPublicKey(p256).export({ type: 'spki', format: 'der' }).toString('base64'));
console.log(crypto.createPrivateKey({ key: p256.export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).equals(p256));

// RSA: PKCS#1 in and out.
const rsa = crypto.createPrivateKey(read('rsa-pkcs1.pem'));
console.log('rsa pkcs1', rsa.export({ type: 'pkcs1', format: 'pem' }) === read('rsa-pkcs1.pem'),
  rsa.export({ type: 'pkcs8', format: 'pem' }) === read('rsa-pkcs8.pem'));
const rsaPub = crypto.createPublicKey(read('rsa-pkcs1-pub.pem'));
console.log('rsa pkcs1 public', rsaPub.export({ type: 'pkcs1', format: 'pem' }) === read('rsa-pkcs1-pub.pem'),
  rsaPub.export({ type: 'spki', format: 'pem' }) === read('rsa-spki.pem'), rsaPub.equals(crypto.createPublicKey(rsa)));
const pkcs1Der = rsaPub.export({ type: 'pkcs1', format: 'der' });
console.log('pkcs1 der', sha(pkcs1Der), crypto.createPublicKey({ key: pkcs1Der, format: 'der', type: 'pkcs1' }).equals(rsaPub));
const pkcs1PrivDer = rsa.export({ type: 'pkcs1', format: 'der' });
console.log('pkcs1 private der', sha(pkcs1PrivDer),
  crypto.createPrivateKey({ key: pkcs1PrivDer, format: 'der', type: 'pkcs1' }).equals(rsa),
  crypto.createPublicKey({ key: pkcs1PrivDer, format: 'der', type: 'pkcs1' }).equals(rsaPub));
console.log('rsa jwk', rsa.export({ format: 'jwk' }).e, rsaPub.export({ format: 'jwk' }).n.length);

// Inputs: Buffers, strings with an encoding, objects, certificates.
console.log('buffer', crypto.createPrivateKey(Buffer.from(read('rsa-pkcs1.pem'))).equals(rsa));
console.log('object', crypto.createPrivateKey({ key: read('rsa-pkcs1.pem') }).equals(rsa),
  crypto.createPrivateKey({ key: read('rsa-pkcs1.pem'), format: 'pem' }).equals(rsa));
console.log('encoding', crypto.createPublicKey({ key: pkcs1Der.toString('base64'), format: 'der', type: 'pkcs1', encoding: 'base64' }).equals(rsaPub));
console.log('arraybuffer', crypto.createPublicKey(new Uint8Array(Buffer.from(read('rsa-spki.pem'))).buffer).equals(rsaPub));
console.log('certificate', crypto.createPublicKey(read('ec-p256-cert.pem')).equals(crypto.createPublicKey(p256)));

// Encrypted keys.
for (const name of ['rsa-pkcs8-enc.pem', 'rsa-pkcs1-enc.pem']) {
  const k = crypto.createPrivateKey({ key: read(name), passphrase: pass });
  console.log(name, k.equals(rsa), crypto.createPrivateKey({ key: read(name), passphrase: Buffer.from(pass) }).equals(rsa),
    crypto.createPublicKey({ key: read(name), passphrase: pass }).equals(rsaPub));
}
for (const [type, format, cipher] of [['pkcs8', 'pem', 'aes-128-cbc'], ['pkcs8', 'der', 'aes-256-cbc'], ['pkcs1', 'pem', 'des-ede3-cbc'], ['sec1', 'pem', 'aes-192-cbc']]) {
  const key = type === 'sec1' ? p256 : rsa;
  const out = key.export({ type, format, cipher, passphrase: 'pw' });
  const lines = format === 'pem' ? out.split('\n') : [];
  const head = format === 'pem' ? (lines[1].startsWith('Proc-Type') ? lines.slice(0, 3).join('|').replace(/,[0-9A-F]+$/, '') : lines[0]) : typeof out;
  console.log('encrypted export', type, format, cipher, head,
    crypto.createPrivateKey({ key: out, format, type, passphrase: 'pw' }).equals(key));
}

// Errors.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e.library, e.reason);
  }
}
const der3 = Buffer.from('3003020100', 'hex');
attempt('garbage private', () => crypto.createPrivateKey('garbage'));
attempt('garbage public', () => crypto.createPublicKey('garbage'));
attempt('garbage buffer', () => crypto.createPrivateKey(Buffer.from('garbage')));
attempt('truncated pkcs8 der', () => crypto.createPrivateKey({ key: Buffer.from('3003', 'hex'), format: 'der', type: 'pkcs8' }));
attempt('bad der pkcs1', () => crypto.createPrivateKey({ key: der3, format: 'der', type: 'pkcs1' }));
attempt('missing passphrase', () => crypto.createPrivateKey(read('rsa-pkcs8-enc.pem')));
attempt('missing passphrase legacy', () => crypto.createPrivateKey(read('rsa-pkcs1-enc.pem')));
attempt('missing passphrase der', () => crypto.createPrivateKey({ key: rsa.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }), format: 'der', type: 'pkcs8' }));
attempt('wrong passphrase der', () => crypto.createPrivateKey({ key: rsa.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }), format: 'der', type: 'pkcs8', passphrase: 'y' }));
attempt('wrong passphrase', () => crypto.createPrivateKey({ key: read('rsa-pkcs8-enc.pem'), passphrase: 'nope' }));
attempt('wrong passphrase legacy', () => crypto.createPrivateKey({ key: read('rsa-pkcs1-enc.pem'), passphrase: 'nope' }));
attempt('public from encrypted', () => crypto.createPublicKey(read('rsa-pkcs1-enc.pem')));
attempt('passphrase type', () => crypto.createPrivateKey({ key: read('rsa-pkcs8-enc.pem'), passphrase: 5 }));
attempt('der no type', () => crypto.createPrivateKey({ key: der3, format: 'der' }));
attempt('der public no type', () => crypto.createPublicKey({ key: der3, format: 'der' }));
attempt('bad format', () => crypto.createPrivateKey({ key: 'x', format: 'foo' }));
attempt('private spki', () => crypto.createPrivateKey({ key: 'x', format: 'der', type: 'spki' }));
attempt('public sec1 type', () => crypto.createPublicKey({ key: der3, format: 'der', type: 'foo' }));
attempt('number', () => crypto.createPrivateKey(5));
attempt('number public', () => crypto.createPublicKey(5));
attempt('null', () => crypto.createPublicKey(null));
attempt('key.key number', () => crypto.createPrivateKey({ key: 5 }));
attempt('empty object', () => crypto.createPrivateKey({}));
attempt('public from public', () => crypto.createPublicKey(rsaPub));
attempt('private from key object', () => crypto.createPrivateKey(rsa));
attempt('public from secret', () => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(4))));
attempt('public from {key: keyObject}', () => crypto.createPublicKey({ key: rsa }).type);
attempt('jwk not object', () => crypto.createPublicKey({ key: 'x', format: 'jwk' }));
attempt('jwk no kty', () => crypto.createPublicKey({ key: {}, format: 'jwk' }));
attempt('jwk oct', () => crypto.createPublicKey({ key: { kty: 'oct' }, format: 'jwk' }));
attempt('jwk rsa no n', () => crypto.createPublicKey({ key: { kty: 'RSA' }, format: 'jwk' }));
attempt('jwk rsa private no d', () => crypto.createPrivateKey({ key: rsaPub.export({ format: 'jwk' }), format: 'jwk' }));
attempt('jwk ec curve', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999' }, format: 'jwk' }));
attempt('jwk ec no y', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA' }, format: 'jwk' }));
attempt('jwk ec off curve', () => crypto.createPublicKey({ key: { ...p256.export({ format: 'jwk' }), y: p256.export({ format: 'jwk' }).x }, format: 'jwk' }));
attempt('jwk okp curve', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'foo' }, format: 'jwk' }));
attempt('jwk okp short', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, format: 'jwk' }));
attempt('export no options', () => rsa.export());
attempt('export pem no type', () => rsa.export({ format: 'pem' }));
attempt('export bad format', () => rsaPub.export({ format: 'x' }));
attempt('export ec pkcs1', () => p256.export({ format: 'pem', type: 'pkcs1' }));
attempt('export rsa sec1', () => rsa.export({ format: 'pem', type: 'sec1' }));
attempt('export public pkcs8', () => rsaPub.export({ format: 'pem', type: 'pkcs8' }));
attempt('export private spki', () => rsa.export({ format: 'pem', type: 'spki' }));
attempt('export der sec1 cipher', () => p256.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'x' }));
attempt('export cipher no passphrase', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' }));
attempt('export passphrase no cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', passphrase: 'x' }));
attempt('export cipher number', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 5, passphrase: 'x' }));
attempt('export unknown cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
attempt('export jwk passphrase', () => rsa.export({ format: 'jwk', passphrase: 'x' }));
attempt('jwk dsa', () => crypto.createPrivateKey(read('dsa.pem')).export({ format: 'jwk' }));
attempt('equals non key', () => rsa.equals({}));
console.log('equals secret', rsa.equals(crypto.createSecretKey(Buffer.alloc(4))));
