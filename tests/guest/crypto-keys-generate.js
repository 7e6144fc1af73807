// Key generation: shapes of generated keys (types, details, encodings;
// not the random bytes), async forms, secret keys, option errors.
const crypto = require('crypto');

const shape = (k) => (typeof k === 'string' ? k.split('\n')[0]
  : Buffer.isBuffer(k) ? `Buffer ${k[0].toString(16)}`
    : k instanceof crypto.KeyObject ? `${k.type} ${k.asymmetricKeyType} ${JSON.stringify(k.asymmetricKeyDetails, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))}`
      : `jwk ${Object.keys(k).join(',')}`);

function gen(label, type, options) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  console.log(label, '|', shape(publicKey), '|', shape(privateKey));
  return { publicKey, privateKey };
}

const rsa = gen('rsa', 'rsa', { modulusLength: 1024, publicExponent: 3 });
console.log('rsa sign', crypto.verify('sha256', Buffer.from('x'), rsa.publicKey, crypto.sign('sha256', Buffer.from('x'), rsa.privateKey)));
gen('rsa-pss', 'rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha384', saltLength: 16 });
gen('rsa-pss plain', 'rsa-pss', { modulusLength: 1024 });
gen('dsa', 'dsa', { modulusLength: 1024, divisorLength: 160 });
for (const namedCurve of ['P-256', 'prime256v1', 'secp384r1', 'P-521', 'secp256k1']) gen(`ec ${namedCurve}`, 'ec', { namedCurve });
const ecx = gen('ec explicit', 'ec', { namedCurve: 'P-256', paramEncoding: 'explicit', publicKeyEncoding: { type: 'spki', format: 'der' }, privateKeyEncoding: { type: 'sec1', format: 'der' } });
console.log('explicit sizes', ecx.publicKey.length > 91, ecx.privateKey.length > 121);
for (const t of ['ed25519', 'ed448', 'x25519', 'x448']) gen(t, t);
for (const t of ['ed25519', 'x448']) gen(`${t} undefined options`, t, undefined);
const dh = gen('dh group', 'dh', { group: 'modp5' });
console.log('dh prime', gen('dh prime', 'dh', { prime: Buffer.from('ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff', 'hex'), generator: 2 }).publicKey.asymmetricKeyType, dh.privateKey.type);

// Encodings.
gen('pem', 'ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
gen('der', 'rsa', { modulusLength: 512, publicKeyEncoding: { type: 'pkcs1', format: 'der' }, privateKeyEncoding: { type: 'pkcs1', format: 'der' } });
gen('jwk', 'ed25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
gen('mixed', 'ec', { namedCurve: 'P-384', publicKeyEncoding: { type: 'spki', format: 'pem' } });
const encrypted = gen('encrypted', 'ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' } });
const back = crypto.createPrivateKey({ key: encrypted.privateKey, passphrase: 'pw' });
console.log('encrypted round trip', crypto.createPublicKey(back).export({ type: 'spki', format: 'pem' }) === encrypted.publicKey);
gen('sec1 legacy encrypted', 'ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: Buffer.from('pw') } });

// Async forms.
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, publicKey, privateKey) => {
  console.log('async ec', err, shape(publicKey), shape(privateKey));
});
crypto.generateKeyPair('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } },
  (err, publicKey, privateKey) => console.log('async encoded', err, shape(publicKey), shape(privateKey)));
crypto.generateKeyPair('x25519', (err, publicKey, privateKey) => console.log('async no options', err, shape(publicKey), shape(privateKey)));
crypto.generateKeyPair('rsa', { modulusLength: 1 }, (err) => console.log('async error', err.message, err.code));
console.log('async returns', crypto.generateKeyPair('ed448', () => {}));

// Secret keys.
const hmac = crypto.generateKeySync('hmac', { length: 123 });
console.log('hmac', hmac.type, hmac.symmetricKeySize, crypto.generateKeySync('aes', { length: 192 }).symmetricKeySize);
crypto.generateKey('aes', { length: 256 }, (err, key) => console.log('async aes', err, key.type, key.symmetricKeySize));

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('type number', () => crypto.generateKeyPairSync(5));
attempt('type unknown', () => crypto.generateKeyPairSync('foo', {}));
attempt('rsa no options', () => crypto.generateKeyPairSync('rsa'));
attempt('rsa options number', () => crypto.generateKeyPairSync('rsa', 5));
attempt('rsa no modulusLength', () => crypto.generateKeyPairSync('rsa', {}));
attempt('rsa modulusLength float', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1.5 }));
attempt('rsa modulusLength negative', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
attempt('rsa modulusLength small', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1 }));
attempt('rsa exponent', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 'x' }));
attempt('rsa exponent 1', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 1 }));
attempt('pss hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'foo' }));
attempt('pss mgf1', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, mgf1HashAlgorithm: 'foo' }));
attempt('pss hash type', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 5 }));
attempt('pss salt', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }));
attempt('pss hash conflict', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha1', hashAlgorithm: 'sha256' }));
attempt('dsa divisor', () => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 'x' }));
attempt('ec no curve', () => crypto.generateKeyPairSync('ec', {}));
attempt('ec bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' }));
attempt('ec param encoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }));
attempt('dh group unknown', () => crypto.generateKeyPairSync('dh', { group: 'foo' }));
attempt('dh group + prime', () => crypto.generateKeyPairSync('dh', { group: 'modp14', prime: Buffer.alloc(1) }));
attempt('dh group + primeLength', () => crypto.generateKeyPairSync('dh', { group: 'modp14', primeLength: 1 }));
attempt('dh group + generator', () => crypto.generateKeyPairSync('dh', { group: 'modp14', generator: 2 }));
attempt('dh prime + primeLength', () => crypto.generateKeyPairSync('dh', { prime: Buffer.alloc(1), primeLength: 1 }));
attempt('dh nothing', () => crypto.generateKeyPairSync('dh', {}));
attempt('dh prime type', () => crypto.generateKeyPairSync('dh', { prime: 'x' }));
attempt('dh generator', () => crypto.generateKeyPairSync('dh', { primeLength: 512, generator: -1 }));
attempt('public encoding string', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: 'pem' }));
attempt('private encoding string', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: 'pem' }));
attempt('public encoding no type', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'pem' } }));
attempt('public encoding bad format', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'x', type: 'spki' } }));
attempt('private pkcs1 for ec', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { format: 'pem', type: 'pkcs1' } }));
attempt('private sec1 for rsa', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { format: 'pem', type: 'sec1' } }));
attempt('unknown cipher', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' } }));
attempt('cipher no passphrase', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc' } }));
attempt('der sec1 cipher', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'x' } }));
attempt('curve before cipher', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope', privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' } }));
attempt('async no callback', () => crypto.generateKeyPair('ec', { namedCurve: 'P-256' }));
attempt('async bad curve', () => crypto.generateKeyPair('ec', { namedCurve: 'nope' }, () => {}));
attempt('generateKey type', () => crypto.generateKeySync('foo', { length: 8 }));
attempt('generateKey options', () => crypto.generateKeySync('hmac'));
attempt('hmac length', () => crypto.generateKeySync('hmac', { length: 7 }));
attempt('hmac length type', () => crypto.generateKeySync('hmac', { length: 'x' }));
attempt('aes length', () => crypto.generateKeySync('aes', { length: 100 }));
attempt('generateKey no callback', () => crypto.generateKey('aes', { length: 128 }));
