// node:_tls_wrap — legacy internal module (the TLSSocket side of tls).
import tls from './tls.js';

export default {
  TLSSocket: tls.TLSSocket,
  Server: tls.Server,
  createServer: tls.createServer,
  connect: tls.connect,
};
