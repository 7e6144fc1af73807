// node:http2 — bridge over the kernel socket path (a later step).
// constants, sensitiveHeaders and getDefaultSettings are implemented;
// sessions and servers throw ERR_NOT_IMPLEMENTED naming themselves.
import stream from './stream.js';
import { stubFn, stubClass } from './internal/stub.js';
import { http2Constants } from './internal/constants-data.js';

export default {
  connect: stubFn('http2.connect', 3),
  constants: { ...http2Constants },
  createServer: stubFn('http2.createServer', 2),
  createSecureServer: stubFn('http2.createSecureServer', 2),
  getDefaultSettings() {
    return {
      __proto__: null,
      headerTableSize: 4096,
      enablePush: true,
      initialWindowSize: 65535,
      maxFrameSize: 16384,
      maxConcurrentStreams: 4294967295,
      maxHeaderSize: 65535,
      maxHeaderListSize: 65535,
      enableConnectProtocol: false,
    };
  },
  getPackedSettings: stubFn('http2.getPackedSettings', 1),
  getUnpackedSettings: stubFn('http2.getUnpackedSettings', 2),
  performServerHandshake: stubFn('http2.performServerHandshake', 2),
  sensitiveHeaders: Symbol('sensitiveHeaders'),
  Http2ServerRequest: stubClass('http2.Http2ServerRequest', { base: stream.Readable, length: 4 }),
  Http2ServerResponse: stubClass('http2.Http2ServerResponse', { base: stream.Stream, length: 2 }),
};
