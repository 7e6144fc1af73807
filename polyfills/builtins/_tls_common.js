// node:_tls_common — legacy internal module (SecureContext helpers of tls).
import tls from './tls.js';
import { stubFn } from './internal/stub.js';

export default {
  SecureContext: tls.SecureContext,
  createSecureContext: tls.createSecureContext,
  translatePeerCertificate: stubFn('_tls_common.translatePeerCertificate', 1),
};
