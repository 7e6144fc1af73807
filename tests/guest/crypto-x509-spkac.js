// The legacy crypto.Certificate (SPKAC, as <keygen> produced): static and
// instance forms of verifySpkac, exportPublicKey and exportChallenge over
// committed SPKACs (fixtures/x509/spkac*.txt, RSA and EC keys), input
// types, encodings, tampered and malformed input.
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
const rsa = fs.readFileSync(`${__dirname}/fixtures/x509/spkac.txt`, 'latin1');
const ec = fs.readFileSync(`${__dirname}/fixtures/x509/spkac-ec.txt`, 'latin1').trim();
const { Certificate } = crypto;

show('verify rsa buffer', () => Certificate.verifySpkac(Buffer.from(rsa)));
show('verify rsa string', () => Certificate.verifySpkac(rsa));
show('verify ec', () => Certificate.verifySpkac(Buffer.from(ec)));
show('publicKey rsa', () => Certificate.exportPublicKey(rsa).toString());
show('publicKey ec', () => Certificate.exportPublicKey(Buffer.from(ec)).toString());
show('challenge rsa', () => Certificate.exportChallenge(rsa).toString());
show('challenge ec', () => Certificate.exportChallenge(Buffer.from(ec)));
show('hex encoding', () => Certificate.exportChallenge(Buffer.from(ec).toString('hex'), 'hex').toString());
show('base64 encoding', () => Certificate.verifySpkac(Buffer.from(rsa).toString('base64'), 'base64'));
show('ArrayBuffer', () => Certificate.verifySpkac(new Uint8Array(Buffer.from(ec)).buffer));
show('DataView', () => Certificate.exportChallenge(new DataView(new Uint8Array(Buffer.from(ec)).buffer)).toString());
show('Uint16Array', () => Certificate.verifySpkac(new Uint16Array(new Uint8Array(Buffer.from(ec.length % 2 ? `${ec}\n` : ec)).buffer)));
show('tampered', () => {
  const der = Buffer.from(rsa, 'base64');
  der[der.length - 5] ^= 1;
  return [Certificate.verifySpkac(der.toString('base64')), Certificate.exportChallenge(der.toString('base64')).toString()];
});
show('bad', () => [Certificate.verifySpkac('abc'), Certificate.exportPublicKey('abc'), Certificate.exportChallenge('abc')]);
show('empty', () => [Certificate.verifySpkac(''), Certificate.exportPublicKey(Buffer.alloc(0)), Certificate.exportChallenge('')]);
show('number', () => Certificate.verifySpkac(5));
show('number 2', () => Certificate.exportPublicKey(5));
show('null', () => Certificate.exportChallenge(null));
show('array', () => Certificate.verifySpkac([1]));

const inst = new Certificate();
const inst2 = Certificate();
show('instance', () => [inst.verifySpkac(rsa), inst2.exportChallenge(ec).toString(), inst.exportPublicKey(ec).length]);
show('instanceof', () => [inst instanceof Certificate, inst2 instanceof Certificate, util.inspect(inst), Object.keys(inst)]);
show('surface', () => [Object.getOwnPropertyNames(Certificate), Object.getOwnPropertyNames(Certificate.prototype),
  Certificate.verifySpkac === Certificate.prototype.verifySpkac]);
