// jsonwebtoken@9 (jws, jwa, node:crypto HMAC/RSA): sign and verify with fixed timestamps.
const jwt = require('jsonwebtoken');
const crypto = require('crypto');

const secret = 'shhhhh-very-secret';
const token = jwt.sign({ sub: 'user-1', role: 'admin', iat: 1700000000 }, secret, { algorithm: 'HS256', expiresIn: '1h', issuer: 'secexec', keyid: 'k1' });
console.log(token);
console.log(jwt.decode(token, { complete: true }));
console.log(jwt.verify(token, secret, { clockTimestamp: 1700000100, issuer: 'secexec' }));
for (const [label, fn] of [
  ['expired', () => jwt.verify(token, secret, { clockTimestamp: 1800000000 })],
  ['bad signature', () => jwt.verify(token, 'wrong', { clockTimestamp: 1700000100 })],
  ['bad issuer', () => jwt.verify(token, secret, { clockTimestamp: 1700000100, issuer: 'other' })],
  ['malformed', () => jwt.verify('abc.def', secret)],
  ['alg none rejected', () => jwt.verify(jwt.sign({ a: 1, iat: 1 }, null, { algorithm: 'none' }), secret)],
]) {
  try { fn(); console.log(label, 'unexpectedly passed'); } catch (e) { console.log(label, e.name, e.message); }
}
console.log(jwt.sign({ n: 1 }, 'k', { algorithm: 'HS512', noTimestamp: true }));
// RS256 with a key derived deterministically is not possible; generate one and only print stable facts.
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const rs = jwt.sign({ x: 1, iat: 1700000000 }, privateKey, { algorithm: 'RS256' });
console.log(rs.split('.')[0], rs.split('.')[2].length, jwt.verify(rs, publicKey, { clockTimestamp: 1700000001 }));
