// Signatures with fixed keys: deterministic schemes (RSA PKCS#1 v1.5,
// Ed25519, Ed448) print their bytes; randomized ones (ECDSA, DSA, PSS)
// print verification results. Streams, key input forms, options, errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
const data = Buffer.from('The quick brown fox jumps over the lazy dog');
const { RSA_PKCS1_PSS_PADDING, RSA_PSS_SALTLEN_DIGEST, RSA_PSS_SALTLEN_MAX_SIGN, RSA_PSS_SALTLEN_AUTO } = crypto.constants;

const rsa = crypto.createPrivateKey(read('rsa-pkcs8.pem'));
const rsaPub = crypto.createPublicKey(rsa);

// Deterministic: print the signatures.
for (const alg of ['sha1', 'sha256', 'sha512', 'RSA-SHA384', 'sha3-256']) {
  console.log('rsa', alg, crypto.sign(alg, data, rsa).toString('hex').slice(0, 64));
}
console.log('rsa null', crypto.sign(null, data, rsa).equals(crypto.sign('sha256', data, rsa)));
const rsaSig = crypto.sign('sha256', data, rsa);
console.log('rsa verify', crypto.verify('sha256', data, rsaPub, rsaSig), crypto.verify('sha256', Buffer.from('x'), rsaPub, rsaSig),
  crypto.verify('sha1', data, rsaPub, rsaSig), crypto.verify('sha256', data, rsa, rsaSig));
for (const name of ['ed25519.pem', 'ed448.pem']) {
  const k = crypto.createPrivateKey(read(name));
  const sig = crypto.sign(null, data, k);
  console.log(name, sig.toString('hex'), crypto.verify(null, data, crypto.createPublicKey(k), sig),
    crypto.verify(undefined, Buffer.from('other'), crypto.createPublicKey(k), sig));
}

// Streams.
const s = crypto.createSign('sha256');
s.update('The quick brown ');
s.update(Buffer.from('fox jumps over the lazy dog'));
const streamSig = s.sign(rsa, 'base64');
console.log('stream', streamSig.slice(0, 40), Buffer.from(streamSig, 'base64').equals(rsaSig));
const v = crypto.createVerify('RSA-SHA256');
v.update(data);
console.log('stream verify', v.verify(rsaPub, streamSig, 'base64'));
const w = crypto.createSign('sha256');
w.write(data);
w.end();
console.log('writable sign', w.sign(read('rsa-pkcs1.pem'), 'hex').slice(0, 32), w instanceof require('stream').Writable);
console.log('Sign without new', crypto.Sign('sha256') instanceof crypto.Sign, crypto.Verify('sha256') instanceof crypto.Verify);
const v2 = crypto.createVerify('sha256');
v2.write(data.subarray(0, 10));
v2.end(data.subarray(10));
console.log('writable verify', v2.verify(read('rsa-spki.pem'), rsaSig));

// Randomized schemes: verification results.
function roundTrip(label, priv, pub, alg, opts = {}) {
  const sig = crypto.sign(alg, data, { key: priv, ...opts });
  const st = crypto.createSign(alg || 'sha256');
  st.update(data);
  const sig2 = st.sign({ key: priv, ...opts });
  const vs = crypto.createVerify(alg || 'sha256');
  vs.update(data);
  console.log(label, crypto.verify(alg, data, { key: pub, ...opts }, sig), vs.verify({ key: pub, ...opts }, sig2),
    crypto.verify(alg, Buffer.from('tampered'), { key: pub, ...opts }, sig),
    /^(ec-|dsa)/.test(label) && !opts.dsaEncoding ? 'der' : sig.length);
}
for (const name of ['ec-p256-sec1.pem', 'ec-p384-sec1.pem', 'ec-p521-sec1.pem', 'ec-secp256k1-sec1.pem', 'dsa.pem']) {
  const k = crypto.createPrivateKey(read(name));
  roundTrip(name, k, crypto.createPublicKey(k), 'sha256');
  roundTrip(`${name} p1363`, k, crypto.createPublicKey(k), 'sha384', { dsaEncoding: 'ieee-p1363' });
}
const ec = crypto.createPrivateKey(read('ec-p256-sec1.pem'));
const ecPub = crypto.createPublicKey(ec);
const der = crypto.sign('sha256', data, ec);
console.log('der vs p1363', crypto.verify('sha256', data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, der),
  crypto.verify('sha256', data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(64)));
roundTrip('pss', rsa, rsaPub, 'sha256', { padding: RSA_PKCS1_PSS_PADDING });
for (const saltLength of [RSA_PSS_SALTLEN_DIGEST, RSA_PSS_SALTLEN_MAX_SIGN, 0, 20]) {
  roundTrip(`pss salt ${saltLength}`, rsa, rsaPub, 'sha256', { padding: RSA_PKCS1_PSS_PADDING, saltLength });
}
const pssDefault = crypto.sign('sha256', data, { key: rsa, padding: RSA_PKCS1_PSS_PADDING });
console.log('pss default salt is the longest',
  crypto.verify('sha256', data, { key: rsaPub, padding: RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pssDefault),
  crypto.verify('sha256', data, { key: rsaPub, padding: RSA_PKCS1_PSS_PADDING, saltLength: RSA_PSS_SALTLEN_AUTO }, pssDefault),
  crypto.verify('sha256', data, { key: rsaPub, padding: RSA_PKCS1_PSS_PADDING, saltLength: 10 }, pssDefault),
  crypto.verify('sha256', data, rsaPub, pssDefault));
const pssKey = crypto.createPrivateKey(read('rsa-pss.pem'));
roundTrip('rsa-pss key', pssKey, crypto.createPublicKey(pssKey), 'sha256');
roundTrip('rsa-pss key salt', pssKey, crypto.createPublicKey(pssKey), 'sha256', { saltLength: 32 });
const pssPlain = crypto.createPrivateKey(read('rsa-pss-plain.pem'));
roundTrip('rsa-pss plain key', pssPlain, crypto.createPublicKey(pssPlain), 'sha512');

// Key inputs in every form.
const enc = { key: read('rsa-pkcs8-enc.pem'), passphrase: 'top secret' };
const jwk = { key: rsa.export({ format: 'jwk' }), format: 'jwk' };
const derKey = { key: rsa.export({ format: 'der', type: 'pkcs1' }), format: 'der', type: 'pkcs1' };
for (const [label, key] of [['pem string', read('rsa-pkcs1.pem')], ['pem buffer', Buffer.from(read('rsa-pkcs8.pem'))],
  ['encrypted', enc], ['jwk', jwk], ['der', derKey], ['{key: KeyObject}', { key: rsa }]]) {
  console.log('key form', label, crypto.sign('sha256', data, key).equals(rsaSig));
}
const pubJwk = { key: rsaPub.export({ format: 'jwk' }), format: 'jwk' };
for (const [label, key] of [['spki', read('rsa-spki.pem')], ['pkcs1', read('rsa-pkcs1-pub.pem')], ['private pem', read('rsa-pkcs1.pem')],
  ['jwk', pubJwk], ['private jwk', jwk], ['encrypted', enc]]) {
  console.log('verify key form', label, crypto.verify('sha256', data, key, rsaSig));
}

// Async one-shot forms.
crypto.sign('sha256', data, rsa, (err, sig) => {
  console.log('async sign', err, sig.equals(rsaSig));
  crypto.verify('sha256', data, rsaPub, sig, (err2, ok) => console.log('async verify', err2, ok));
});
crypto.sign(null, data, crypto.createPrivateKey(read('x25519.pem')), (err) => console.log('async error', err.message, err.code));

// Errors.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('sign bad algorithm', () => crypto.sign('xyz', data, rsa));
attempt('verify bad algorithm', () => crypto.verify('xyz', data, rsaPub, rsaSig));
attempt('createSign bad algorithm', () => crypto.createSign('xyz'));
attempt('createSign number', () => crypto.createSign(5));
attempt('sign algorithm number', () => crypto.sign(5, data, rsa));
attempt('sign no key', () => crypto.sign('sha256', data));
attempt('sign bad data', () => crypto.sign('sha256', 5, rsa));
attempt('sign public key', () => crypto.sign('sha256', data, rsaPub));
attempt('sign secret key', () => crypto.sign('sha256', data, crypto.createSecretKey(Buffer.alloc(8))));
attempt('verify secret key', () => crypto.verify('sha256', data, crypto.createSecretKey(Buffer.alloc(8)), rsaSig));
attempt('sign bad callback', () => crypto.sign('sha256', data, rsa, 5));
attempt('verify bad signature', () => crypto.verify('sha256', data, rsaPub, 'abc'));
attempt('verify bad data', () => crypto.verify('sha256', 5, rsaPub, rsaSig));
attempt('padding string', () => crypto.sign('sha256', data, { key: rsa, padding: 'x' }));
attempt('saltLength float', () => crypto.sign('sha256', data, { key: rsa, saltLength: 1.5 }));
attempt('dsaEncoding', () => crypto.sign('sha256', data, { key: ec, dsaEncoding: 'x' }));
attempt('padding unsupported', () => crypto.sign('sha256', data, { key: rsa, padding: 99 }));
attempt('pss salt too long', () => crypto.sign('sha256', data, { key: rsa, padding: RSA_PKCS1_PSS_PADDING, saltLength: 1000 }));
attempt('x25519 sign', () => crypto.sign(null, data, crypto.createPrivateKey(read('x25519.pem'))));
attempt('missing passphrase', () => crypto.sign('sha256', data, { key: read('rsa-pkcs8-enc.pem'), format: 'pem' }));
attempt('stream no key', () => crypto.createSign('sha256').update('x').sign());
attempt('stream ed25519', () => crypto.createSign('sha256').update('x').sign(crypto.createPrivateKey(read('ed25519.pem'))));
attempt('stream twice', () => {
  const t = crypto.createSign('sha256').update('x');
  t.sign(rsa);
  return t.sign(rsa);
});
attempt('update after sign', () => {
  const t = crypto.createSign('sha256').update('x');
  t.sign(rsa);
  t.update('y');
});
attempt('update odd hex', () => crypto.createSign('sha256').update('abc', 'hex'));
attempt('update number', () => crypto.createSign('sha256').update(5));
attempt('verify stream public required', () => crypto.createVerify('sha256').update('x').verify(crypto.createSecretKey(Buffer.alloc(3)), rsaSig));
console.log(crypto.sign.length, crypto.verify.length, crypto.createSign.length, crypto.Sign.length, crypto.Verify.length);
