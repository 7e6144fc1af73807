// crypto's certificates (X509Certificate, the legacy SPKAC Certificate)
// over OpenSSL. Not implemented yet.
import { stubClass } from './stub.js';

export const X509Certificate = stubClass('crypto.X509Certificate', { protoMethods: ['checkHost', 'checkEmail', 'checkIP', 'checkIssued', 'checkPrivateKey', 'verify', 'toJSON', 'toLegacyObject', 'toString'], length: 1 });
export const Certificate = stubClass('crypto.Certificate', { staticMethods: ['exportChallenge', 'exportPublicKey', 'verifySpkac'] });
