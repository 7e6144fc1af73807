// Pieces of node:http that need no socket: header validation, the
// constants, and an Agent that holds its options (connections are the
// bridge's business, a later step).
import events from '../events.js';
import stream from '../stream.js';
import { makeNodeError } from './validators.js';
import { stubFn, stubClass } from './stub.js';
import { httpStatusCodes, httpMethods } from './constants-data.js';

export const STATUS_CODES = { ...httpStatusCodes };
export const METHODS = httpMethods.slice();

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

export function _checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

export function _checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

export function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !_checkIsHttpToken(name)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label || 'Header name'} must be a valid HTTP token ["${name}"]`);
  }
}

export function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw makeNodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (_checkInvalidHeaderChar(value)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

export function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(headers[i].toLowerCase());
  return unique;
}

export const kIncomingMessage = Symbol('IncomingMessage');
export const kServerResponse = Symbol('ServerResponse');
export const kHighWaterMark = Symbol('kHighWaterMark');
export const kUniqueHeaders = Symbol('kUniqueHeaders');
export const kSkipPendingData = Symbol('SkipPendingData');
export const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

export class Agent extends events.EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
  }

  // Nothing is pooled yet: there is nothing to destroy.
  destroy() {}
}
Agent.defaultMaxSockets = Infinity;
for (const m of ['createConnection', 'getName', 'addRequest', 'createSocket', 'removeSocket', 'keepSocketAlive', 'reuseSocket']) {
  Object.defineProperty(Agent.prototype, m, { value: stubFn(`http.Agent.prototype.${m}`), writable: true, configurable: true });
}

let globalAgent;
export function getGlobalAgent() {
  globalAgent ??= new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
  return globalAgent;
}
export function setGlobalAgent(agent) {
  globalAgent = agent;
}

const outgoingMethods = ['setHeader', 'setHeaders', 'getHeader', 'getHeaders', 'getHeaderNames', 'hasHeader',
  'removeHeader', 'write', 'end', 'flushHeaders', 'setTimeout', 'destroy', 'addTrailers', 'appendHeader'];
export const OutgoingMessage = stubClass('http.OutgoingMessage', { base: stream.Stream, protoMethods: outgoingMethods });
export const ClientRequest = stubClass('http.ClientRequest', { base: OutgoingMessage, protoMethods: ['abort', 'setNoDelay', 'setSocketKeepAlive'], length: 2 });
export const ServerResponse = stubClass('http.ServerResponse', { base: OutgoingMessage, protoMethods: ['writeHead', 'writeContinue', 'writeProcessing', 'writeEarlyHints'], length: 2 });
export const IncomingMessage = stubClass('http.IncomingMessage', { base: stream.Readable, protoMethods: ['setTimeout'], length: 1 });
export const Server = stubClass('http.Server', {
  base: events.EventEmitter, protoMethods: ['listen', 'close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout', 'address'], length: 2,
});
