// node:async_hooks — bridge-backed compatibility surface.  Async context
// tracking is not available in secexec yet: AsyncLocalStorage,
// AsyncResource and the hook functions throw ERR_NOT_IMPLEMENTED naming
// themselves; asyncWrapProviders is Node 22's table.
import { stubFn, stubClass } from './internal/stub.js';

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries(['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
    'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
    'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
    'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP',
    'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'QUIC_SESSION',
    'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
    'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERCPUPROFILE',
    'WORKERCPUUSAGE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST',
    'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST',
    'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
    'VERIFYREQUEST'].map((name, i) => [name, i])),
});

const AsyncLocalStorage = stubClass('async_hooks.AsyncLocalStorage', {
  protoMethods: ['disable', 'getStore', 'enterWith', 'run', 'exit'], staticMethods: ['bind', 'snapshot'],
});
const AsyncResource = stubClass('async_hooks.AsyncResource', {
  protoMethods: ['emitDestroy', 'asyncId', 'triggerAsyncId', 'runInAsyncScope', 'bind'], staticMethods: ['bind'], length: 1,
});

export default {
  AsyncLocalStorage,
  createHook: stubFn('async_hooks.createHook', 1),
  executionAsyncId: stubFn('async_hooks.executionAsyncId', 0),
  triggerAsyncId: stubFn('async_hooks.triggerAsyncId', 0),
  executionAsyncResource: stubFn('async_hooks.executionAsyncResource', 0),
  asyncWrapProviders,
  AsyncResource,
};
