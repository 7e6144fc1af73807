// node:tls — layered on the kernel net bridge (a later step).  Constants
// and convertALPNProtocols are implemented; sockets, servers, contexts and
// the CA store throw ERR_NOT_IMPLEMENTED naming themselves.
import net from './net.js';
import bufferModule from './buffer.js';
import { notImplemented } from '../bootstrap/errors.js';
import { stubFn, stubClass } from './internal/stub.js';
import { cryptoConstants } from './internal/constants-data.js';
import { invalidArgValue } from './internal/validators.js';

const { Buffer } = bufferModule;

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const buffers = [];
    for (const p of protocols) {
      const b = Buffer.from(p);
      if (b.length > 255) throw invalidArgValue('protocols', p, 'must be less than 256 bytes');
      buffers.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(buffers);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  }
}

const TLSSocket = stubClass('tls.TLSSocket', {
  base: net.Socket,
  protoMethods: ['renegotiate', 'setMaxSendFragment', 'getPeerCertificate', 'getCipher', 'getProtocol', 'getSession', 'exportKeyingMaterial'],
  length: 2,
});
const Server = stubClass('tls.Server', { base: net.Server, protoMethods: ['addContext', 'setSecureContext', 'getTicketKeys', 'setTicketKeys'], length: 2 });
const SecureContext = stubClass('tls.SecureContext', { length: 4 });
const createSecureContext = stubFn('tls.createSecureContext', 1);

const tls = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: cryptoConstants.defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers: stubFn('tls.getCiphers', 0),
  rootCertificates: undefined,
  getCACertificates: stubFn('tls.getCACertificates', 1),
  setDefaultCACertificates: stubFn('tls.setDefaultCACertificates', 1),
  convertALPNProtocols,
  checkServerIdentity: stubFn('tls.checkServerIdentity', 2),
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer: stubFn('tls.createServer', 2),
  connect: stubFn('tls.connect', 0),
  createSecurePair: stubFn('tls.createSecurePair', 4),
};
// Node's bundled Mozilla CA store is not part of the guest yet.
Object.defineProperty(tls, 'rootCertificates', {
  enumerable: true,
  configurable: false,
  get() { throw notImplemented('tls.rootCertificates'); },
});

export default tls;
