// node:https — bridge over the kernel socket path (a later step): the
// Agent holds its options; requests and servers throw ERR_NOT_IMPLEMENTED.
import { stubFn, stubClass } from './internal/stub.js';
import { Agent as HttpAgent } from './internal/http-common.js';
import tls from './tls.js';

class Agent extends HttpAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
    this._sessionCache = { map: {}, list: [] };
  }
}

let globalAgent;
const https = {
  Agent,
  globalAgent: undefined,
  Server: stubClass('https.Server', { base: tls.Server, length: 2 }),
  createServer: stubFn('https.createServer', 2),
  get: stubFn('https.get', 3),
  request: stubFn('https.request', 3),
};
Object.defineProperty(https, 'globalAgent', {
  enumerable: true,
  configurable: true,
  get() {
    globalAgent ??= new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
    return globalAgent;
  },
  set(v) { globalAgent = v; },
});

export default https;
