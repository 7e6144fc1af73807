// node:http — bridge over the kernel socket path (a later step).  Header
// validation, METHODS/STATUS_CODES, Agent (options only) and the limits
// are implemented; requests and servers throw ERR_NOT_IMPLEMENTED.
import { stubFn, stubClass } from './internal/stub.js';
import * as c from './internal/http-common.js';
import { validateInteger } from './internal/validators.js';

let maxIdleHTTPParsers = 1000;

const http = {
  _connectionListener: stubFn('http._connectionListener', 1),
  METHODS: c.METHODS,
  STATUS_CODES: c.STATUS_CODES,
  Agent: c.Agent,
  ClientRequest: c.ClientRequest,
  IncomingMessage: c.IncomingMessage,
  OutgoingMessage: c.OutgoingMessage,
  Server: c.Server,
  ServerResponse: c.ServerResponse,
  createServer: stubFn('http.createServer', 2),
  validateHeaderName: c.validateHeaderName,
  validateHeaderValue: c.validateHeaderValue,
  get: stubFn('http.get', 3),
  request: stubFn('http.request', 3),
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    maxIdleHTTPParsers = max;
  },
  maxHeaderSize: 16384,
  globalAgent: undefined,
  WebSocket: stubClass('http.WebSocket', { protoMethods: ['send', 'close'] }),
  CloseEvent: stubClass('http.CloseEvent'),
  MessageEvent: stubClass('http.MessageEvent'),
};
void maxIdleHTTPParsers;
Object.defineProperty(http, 'globalAgent', {
  enumerable: true,
  configurable: true,
  get: c.getGlobalAgent,
  set: c.setGlobalAgent,
});

export default http;
