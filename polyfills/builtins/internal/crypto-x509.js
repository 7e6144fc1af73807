// crypto's certificates over OpenSSL (init/v8-x509.cc): X509Certificate
// (PEM or DER; each field read once and cached, as Node does) and the
// legacy SPKAC Certificate class.
import { binding } from '../../bootstrap/native.js';
import { inspect } from '../../bootstrap/inspect.js';
import bufferModule from '../buffer.js';
import {
  invalidArgType, invalidArgValue, validateBoolean, validateObject, validateString,
} from './validators.js';
import { KeyObject, PublicKeyObject, keyObjectHandle } from './crypto-keys.js';

const { Buffer } = bufferModule;
const kHandle = Symbol('kHandle');
const kInternalState = Symbol('kInternalState');

function checkFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  const c = binding.crypto;
  let flags = 0;
  switch (subject) {
    case 'default': break;
    case 'always': flags |= c.X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT; break;
    case 'never': flags |= c.X509_CHECK_FLAG_NEVER_CHECK_SUBJECT; break;
    default: throw invalidArgValue('options.subject', subject);
  }
  if (!wildcards) flags |= c.X509_CHECK_FLAG_NO_WILDCARDS;
  if (!partialWildcards) flags |= c.X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= c.X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= c.X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

function isX509Certificate(value) {
  return value != null && typeof value === 'object' && value[kInternalState] !== undefined;
}

function cached(self, key, make) {
  const state = self[kInternalState];
  let value = state.get(key);
  if (value === undefined) {
    value = make();
    state.set(key, value);
  }
  return value;
}

// The binding's field names for values this file converts further.
const kFieldAlias = { 'validFromDate:ms': 'validFromDate', 'validToDate:ms': 'validToDate', 'raw:ab': 'raw' };

function field(self, name) {
  return cached(self, name, () => binding.crypto.x509Get(self[kHandle], kFieldAlias[name] || name));
}

function keyArg(pkey, type) {
  if (!(pkey instanceof KeyObject)) throw invalidArgType('pkey', 'an instance of KeyObject', pkey);
  if (pkey.type !== type) throw invalidArgValue('pkey', pkey);
  return keyObjectHandle(pkey);
}

// "OCSP - URI:http://a\nCA Issuers - URI:http://b" -> { 'OCSP - URI': [...], ... }
function parseInfoAccess(text) {
  const out = { __proto__: null };
  text.replace(/([^\n:]*):([^\n]*)(?:\n|$)/g, (all, key, val) => {
    if (val.charCodeAt(0) === 0x22) val = JSON.parse(val);
    if (key in out) out[key].push(val);
    else out[key] = [val];
    return all;
  });
  return out;
}

export class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    Object.defineProperty(this, kInternalState, { value: new Map() });
    Object.defineProperty(this, kHandle, { value: binding.crypto.x509Parse(buffer) });
  }

  [inspect.custom](depth, options) {
    // Past the depth limit Node prints the bare class name.
    if (depth < 0) return options.stylize ? options.stylize('[X509Certificate]', 'special') : '[X509Certificate]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      validFromDate: this.validFromDate,
      validToDate: this.validToDate,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return field(this, 'subject'); }
  get subjectAltName() { return field(this, 'subjectAltName'); }
  get issuer() { return field(this, 'issuer'); }
  // Only certificates from a TLS peer know their issuer's certificate.
  get issuerCertificate() { return undefined; }
  get infoAccess() { return field(this, 'infoAccess'); }
  get validFrom() { return field(this, 'validFrom'); }
  get validTo() { return field(this, 'validTo'); }
  get validFromDate() { return cached(this, 'validFromDate', () => new Date(field(this, 'validFromDate:ms'))); }
  get validToDate() { return cached(this, 'validToDate', () => new Date(field(this, 'validToDate:ms'))); }
  get fingerprint() { return field(this, 'fingerprint'); }
  get fingerprint256() { return field(this, 'fingerprint256'); }
  get fingerprint512() { return field(this, 'fingerprint512'); }
  get keyUsage() { return field(this, 'keyUsage'); }
  get serialNumber() { return field(this, 'serialNumber'); }
  get raw() { return cached(this, 'raw', () => Buffer.from(field(this, 'raw:ab'))); }
  get publicKey() { return cached(this, 'publicKey', () => new PublicKeyObject(field(this, 'publicKey'))); }

  toString() { return field(this, 'pem'); }

  // No standard JSON form exists for a certificate: its PEM stands in.
  toJSON() { return this.toString(); }

  get ca() { return field(this, 'ca'); }

  checkHost(name, options) {
    validateString(name, 'name');
    return binding.crypto.x509Check(this[kHandle], 'host', name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.crypto.x509Check(this[kHandle], 'email', email, checkFlags(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    return binding.crypto.x509Check(this[kHandle], 'ip', ip, checkFlags(options));
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw invalidArgType('otherCert', 'an instance of X509Certificate', otherCert);
    return binding.crypto.x509CheckIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    return binding.crypto.x509CheckPrivateKey(this[kHandle], keyArg(pkey, 'private'));
  }

  verify(pkey) {
    return binding.crypto.x509Verify(this[kHandle], keyArg(pkey, 'public'));
  }

  toLegacyObject() {
    const o = binding.crypto.x509Legacy(this[kHandle]);
    for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
    if (o.pubkey !== undefined) o.pubkey = Buffer.from(o.pubkey);
    o.raw = Buffer.from(o.raw);
    if (o.infoAccess != null) o.infoAccess = parseInfoAccess(o.infoAccess);
    return o;
  }
}

/* ---- the legacy SPKAC Certificate ---- */

function spkacBytes(spkac, encoding) {
  if (typeof spkac === 'string') return Buffer.from(spkac, !encoding || encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(spkac) || spkac instanceof ArrayBuffer) return spkac;
  throw invalidArgType('spkac', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', spkac);
}

function verifySpkac(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  if (bytes.byteLength === 0) return '';
  return binding.crypto.spkacVerify(bytes);
}

function exportPublicKey(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  const ab = bytes.byteLength === 0 ? undefined : binding.crypto.spkacPublicKey(bytes);
  return ab === undefined ? '' : Buffer.from(ab);
}

function exportChallenge(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  const ab = bytes.byteLength === 0 ? undefined : binding.crypto.spkacChallenge(bytes);
  return ab === undefined ? '' : Buffer.from(ab);
}

export function Certificate() {
  'use strict'; // no own `arguments`/`caller`, as Node's strict-mode function
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;
