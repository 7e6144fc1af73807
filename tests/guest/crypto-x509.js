// crypto.X509Certificate over committed fixtures (fixtures/x509: a CA, a
// leaf with DNS/IP/email/URI SANs and AIA, an expired leaf, a self-signed
// EC certificate, one with names that need escaping): every field, util.inspect, toLegacyObject, host/email/IP
// checks with options, issuer and signature checks, DER input and errors.
const crypto = require('crypto');
const fs = require('fs');
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : util.inspect(r, { breakLength: 120 }));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
const fixture = (f, enc) => fs.readFileSync(`${__dirname}/fixtures/x509/${f}`, enc);
const certs = {
  leaf: new crypto.X509Certificate(fixture('leaf.pem')),
  ca: new crypto.X509Certificate(fixture('ca.pem', 'latin1')),
  expired: new crypto.X509Certificate(fixture('expired.pem')),
  ec: new crypto.X509Certificate(fixture('ec-self.pem')),
  odd: new crypto.X509Certificate(fixture('odd.pem')),
};
const files = { leaf: 'leaf.pem', ca: 'ca.pem', expired: 'expired.pem', ec: 'ec-self.pem', odd: 'odd.pem' };
const fields = ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'validFromDate',
  'validToDate', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca',
  'issuerCertificate'];
for (const [name, x] of Object.entries(certs)) {
  for (const f of fields) show(`${name} ${f}`, () => x[f]);
  show(`${name} raw`, () => [Buffer.isBuffer(x.raw), x.raw.length, x.raw.subarray(0, 8).toString('hex'), x.raw === x.raw]);
  show(`${name} publicKey`, () => [x.publicKey.type, x.publicKey instanceof crypto.KeyObject, x.publicKey === x.publicKey]);
  show(`${name} toString`, () => x.toString() === fixture(files[name], 'latin1'));
  show(`${name} toJSON`, () => x.toJSON() === x.toString());
  console.log(`${name} inspect`, util.inspect(x));
  console.log(`${name} legacy`, util.inspect(x.toLegacyObject(), { depth: 4 }));
  show(`${name} expired now`, () => x.validToDate < new Date());
}
show('dates are Dates', () => [certs.leaf.validFromDate instanceof Date, certs.leaf.validFromDate.getTime()]);
show('inspect nested', () => util.inspect({ a: { b: certs.ec } }, { depth: 1 }));
show('inspect depth 0', () => util.inspect([certs.ec], { depth: 0 }));
show('JSON', () => JSON.stringify({ cert: certs.ec }).length);
show('keys', () => [Object.keys(certs.leaf), certs.leaf instanceof crypto.X509Certificate]);

// --- DER and other inputs
const der = fixture('leaf.der');
show('der', () => new crypto.X509Certificate(der).fingerprint256 === certs.leaf.fingerprint256);
show('der = raw', () => der.equals(certs.leaf.raw));
show('Uint8Array', () => new crypto.X509Certificate(new Uint8Array(der)).serialNumber);
show('DataView', () => new crypto.X509Certificate(new DataView(der.buffer, der.byteOffset, der.length)).serialNumber);
show('string', () => new crypto.X509Certificate(fixture('ec-self.pem', 'utf8')).subject);
show('pem with text around', () => new crypto.X509Certificate(`garbage first\n${fixture('ca.pem', 'latin1')}trailing`).serialNumber);
show('ArrayBuffer', () => new crypto.X509Certificate(new ArrayBuffer(4)));
show('number', () => new crypto.X509Certificate(5));
show('missing', () => new crypto.X509Certificate());
show('call without new', () => crypto.X509Certificate(der));
show('empty', () => new crypto.X509Certificate(''));
show('junk', () => new crypto.X509Certificate('junk'));
show('junk der', () => new crypto.X509Certificate(Buffer.from([0x30, 0x03, 1, 2, 3])));
show('truncated der', () => new crypto.X509Certificate(der.subarray(0, 100)));
show('bad pem body', () => new crypto.X509Certificate('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'));

// --- checkHost / checkEmail / checkIP
const { leaf, ca, ec, expired } = certs;
for (const h of ['example.com', 'EXAMPLE.com', 'a.example.org', 'b.a.example.org', 'example.org', 'www.example.net',
  'nope.com', '', 'a..b', '127.0.0.1', 'admin@example.com']) {
  show(`host ${JSON.stringify(h)}`, () => leaf.checkHost(h));
}
show('host no wildcards', () => leaf.checkHost('a.example.org', { wildcards: false }));
show('host no partial', () => leaf.checkHost('a.example.org', { partialWildcards: false }));
show('host multi label', () => leaf.checkHost('b.a.example.org', { multiLabelWildcards: true }));
show('host single label', () => leaf.checkHost('.example.com', { singleLabelSubdomains: true }));
show('host subject never', () => leaf.checkHost('example.com', { subject: 'never' }));
show('host subject always', () => leaf.checkHost('example.com', { subject: 'always' }));
show('host CN only (no DNS SAN match)', () => ec.checkHost('ec.example.test'));
show('host CN of SAN-less', () => ca.checkHost('Secexec Test Root'));
show('host bad subject', () => leaf.checkHost('example.com', { subject: 'x' }));
show('host bad wildcards', () => leaf.checkHost('example.com', { wildcards: 1 }));
show('host options number', () => leaf.checkHost('example.com', 5));
show('host options null', () => leaf.checkHost('example.com', null));
show('host name number', () => leaf.checkHost(5));
for (const e of ['admin@example.com', 'ADMIN@EXAMPLE.COM', 'Admin@example.com', 'x@example.com', '', 'bad', '@']) {
  show(`email ${JSON.stringify(e)}`, () => leaf.checkEmail(e));
}
show('email subject always', () => leaf.checkEmail('admin@example.com', { subject: 'always' }));
show('email subject never', () => leaf.checkEmail('admin@example.com', { subject: 'never' }));
show('email number', () => leaf.checkEmail(null));
for (const ip of ['127.0.0.1', '2001:db8::1', '2001:DB8:0:0:0:0:0:1', '127.0.0.2', '::1', 'abc', '', '1.2.3']) {
  show(`ip ${JSON.stringify(ip)}`, () => leaf.checkIP(ip));
}
show('ip ec', () => ec.checkIP('10.0.0.1'));
show('host odd forged', () => certs.odd.checkHost('forged.example'));
show('host odd evil', () => certs.odd.checkHost('evil.example'));
show('host odd CN', () => certs.odd.checkHost('odd.example, with comma', { subject: 'always' }));
show('ip odd', () => certs.odd.checkIP('192.168.1.1'));
show('email odd', () => certs.odd.checkEmail('odd@example.com'));
show('ip bad options', () => leaf.checkIP('127.0.0.1', { subject: 'bad' }));
show('ip number', () => leaf.checkIP(127));

// --- issuers and signatures
show('leaf issued by ca', () => leaf.checkIssued(ca));
show('ca issued by leaf', () => ca.checkIssued(leaf));
show('expired issued by ca', () => expired.checkIssued(ca));
show('ca self', () => ca.checkIssued(ca));
show('ec self', () => ec.checkIssued(ec));
show('leaf by ec', () => leaf.checkIssued(ec));
show('checkIssued object', () => leaf.checkIssued({}));
show('checkIssued string', () => leaf.checkIssued('x'));
show('verify leaf with ca key', () => leaf.verify(ca.publicKey));
show('verify expired with ca key', () => expired.verify(ca.publicKey));
show('verify leaf with own key', () => leaf.verify(leaf.publicKey));
show('verify ec self', () => ec.verify(ec.publicKey));
show('verify ec with ca key', () => ec.verify(ca.publicKey));
show('verify object', () => leaf.verify({}));
show('verify secret key', () => { try { leaf.verify(crypto.createSecretKey(Buffer.alloc(4))); } catch (e) { return [e.code, e.name]; } });
show('checkPrivateKey public key', () => { try { leaf.checkPrivateKey(leaf.publicKey); } catch (e) { return [e.code, e.name]; } });
show('checkPrivateKey string', () => leaf.checkPrivateKey('x'));

// --- surface
show('prototype', () => Object.getOwnPropertyNames(crypto.X509Certificate.prototype));
show('length', () => crypto.X509Certificate.length);
