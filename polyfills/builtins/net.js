// node:net — bridge to the kernel socket table (a later step).  The
// syntax helpers (isIP, isIPv4, isIPv6, _normalizeArgs) and the
// autoSelectFamily defaults are implemented; sockets and servers throw
// ERR_NOT_IMPLEMENTED naming the function.
import stream from './stream.js';
import events from './events.js';
import { stubFn, stubClass } from './internal/stub.js';
import { isIP, isIPv4, isIPv6 } from './internal/net-utils.js';
import { validateBoolean, validateInt32Like } from './internal/net-validate.js';

const normalizedArgsSymbol = Symbol('normalizedArgs');
const toNumber = (x) => ((x = Number(x)) >= 0 ? x : false);
const isPipeName = (s) => typeof s === 'string' && toNumber(s) === false;

function _normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

let warnedSimultaneousAccepts = false;
function _setSimultaneousAccepts() {
  if (!warnedSimultaneousAccepts) {
    warnedSimultaneousAccepts = true;
    globalThis.process?.emitWarning(
      'net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
  }
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

const socketMethods = ['connect', 'write', 'end', 'destroy', 'setEncoding', 'setKeepAlive', 'setNoDelay',
  'setTimeout', 'address', 'ref', 'unref', 'pause', 'resume', 'resetAndDestroy'];
const Socket = stubClass('net.Socket', { base: stream.Duplex, protoMethods: socketMethods, length: 1 });
const Server = stubClass('net.Server', {
  base: events.EventEmitter, protoMethods: ['listen', 'close', 'address', 'getConnections', 'ref', 'unref'], length: 2,
});

const s = (name, length) => stubFn(`net.${name}`, length);

export default {
  _createServerHandle: s('_createServerHandle', 5),
  _normalizeArgs,
  _setSimultaneousAccepts,
  BlockList: stubClass('net.BlockList', { protoMethods: ['addAddress', 'addRange', 'addSubnet', 'check'], staticMethods: ['isBlockList'] }),
  SocketAddress: stubClass('net.SocketAddress', { staticMethods: ['parse', 'isSocketAddress'] }),
  connect: s('connect', 0),
  createConnection: s('createConnection', 0),
  createServer: s('createServer', 2),
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() {
    return autoSelectFamily;
  },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() {
    return autoSelectFamilyAttemptTimeout;
  },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32Like(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
