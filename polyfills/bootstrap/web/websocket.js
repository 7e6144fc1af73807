// WebSocket (the global Node 22 takes from undici): the constructor, its
// URL/protocol validation and messages, readyState constants, event
// handler attributes, close()/send() argument checks are undici's.
// Connections are not available in this runtime yet: after construction
// the socket fails as undici's does when its opening handshake fetch fails,
// i.e. an 'error' ErrorEvent ("Received network error or non-101 status
// code.") whose `error.cause` says why (ERR_ACCESS_DENIED), readyState
// staying CONNECTING (undici 6's behaviour).  A later step can plug a real
// connector in with setWebSocketConnector(fn): fn({ url, protocols }) must
// return a promise; a rejection fails the socket as above with the
// rejection as the cause (a resolving connector is not supported yet).
import { Event, EventTarget } from '../event-target.js';
import { DOMException } from '../dom-exception.js';
import { URL } from '../url.js';
import { makeNodeError } from '../errors.js';
import { utf8Encode } from '../encoding.js';
import { fetchWebidl as webidl, isBlobLike } from './fetch.js';
import { kEnumerableProperty, isAnyArrayBuffer, setNames } from './util.js';

const states = { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 };

// ---------------------------------------------------------------------------
// ErrorEvent / CloseEvent (not globals in Node 22, but what the socket fires)

const eventInit = [
  { key: 'bubbles', converter: webidl.converters.boolean, defaultValue: () => false },
  { key: 'cancelable', converter: webidl.converters.boolean, defaultValue: () => false },
  { key: 'composed', converter: webidl.converters.boolean, defaultValue: () => false },
];

webidl.converters['unsigned long'] = (V) => webidl.util.ConvertToInt(V, 32, 'unsigned');

webidl.converters.CloseEventInit = webidl.dictionaryConverter([
  ...eventInit,
  { key: 'wasClean', converter: webidl.converters.boolean, defaultValue: () => false },
  { key: 'code', converter: webidl.converters['unsigned short'], defaultValue: () => 0 },
  { key: 'reason', converter: webidl.converters.USVString, defaultValue: () => '' },
]);

webidl.converters.ErrorEventInit = webidl.dictionaryConverter([
  ...eventInit,
  { key: 'message', converter: webidl.converters.DOMString, defaultValue: () => '' },
  { key: 'filename', converter: webidl.converters.USVString, defaultValue: () => '' },
  { key: 'lineno', converter: webidl.converters['unsigned long'], defaultValue: () => 0 },
  { key: 'colno', converter: webidl.converters['unsigned long'], defaultValue: () => 0 },
  { key: 'error', converter: webidl.converters.any },
]);

export class CloseEvent extends Event {
  #eventInit;

  constructor(type, eventInitDict = {}) {
    const prefix = 'CloseEvent constructor';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, 'type');
    eventInitDict = webidl.converters.CloseEventInit(eventInitDict);
    super(type, eventInitDict);
    this.#eventInit = eventInitDict;
  }

  get wasClean() { webidl.brandCheck(this, CloseEvent); return this.#eventInit.wasClean; }

  get code() { webidl.brandCheck(this, CloseEvent); return this.#eventInit.code; }

  get reason() { webidl.brandCheck(this, CloseEvent); return this.#eventInit.reason; }
}

export class ErrorEvent extends Event {
  #eventInit;

  constructor(type, eventInitDict) {
    const prefix = 'ErrorEvent constructor';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    super(type, eventInitDict);
    type = webidl.converters.DOMString(type, prefix, 'type');
    this.#eventInit = webidl.converters.ErrorEventInit(eventInitDict ?? {});
  }

  get message() { webidl.brandCheck(this, ErrorEvent); return this.#eventInit.message; }

  get filename() { webidl.brandCheck(this, ErrorEvent); return this.#eventInit.filename; }

  get lineno() { webidl.brandCheck(this, ErrorEvent); return this.#eventInit.lineno; }

  get colno() { webidl.brandCheck(this, ErrorEvent); return this.#eventInit.colno; }

  get error() { webidl.brandCheck(this, ErrorEvent); return this.#eventInit.error; }
}

Object.defineProperties(CloseEvent.prototype, {
  [Symbol.toStringTag]: { value: 'CloseEvent', configurable: true },
  reason: kEnumerableProperty,
  code: kEnumerableProperty,
  wasClean: kEnumerableProperty,
});

Object.defineProperties(ErrorEvent.prototype, {
  [Symbol.toStringTag]: { value: 'ErrorEvent', configurable: true },
  message: kEnumerableProperty,
  filename: kEnumerableProperty,
  lineno: kEnumerableProperty,
  colno: kEnumerableProperty,
  error: kEnumerableProperty,
});

// ---------------------------------------------------------------------------
// Connector

function defaultConnector({ url }) {
  return Promise.reject(makeNodeError(Error, 'ERR_ACCESS_DENIED',
    `Network access is not available in this runtime: WebSocket connection to ${url} was refused`));
}

let connector = defaultConnector;

export function setWebSocketConnector(fn) {
  connector = typeof fn === 'function' ? fn : defaultConnector;
}

// ---------------------------------------------------------------------------
// WebSocket

const kReadyState = Symbol('ready state');
const kURL = Symbol('url');
const kBinaryType = Symbol('binary type');
const kHandlerStore = Symbol('handlers');

function isValidSubprotocol(protocol) {
  if (protocol.length === 0) return false;
  for (let i = 0; i < protocol.length; ++i) {
    const code = protocol.charCodeAt(i);
    if (code < 0x21 || code > 0x7E || code === 0x22 || code === 0x28 || code === 0x29 || code === 0x2C ||
        code === 0x2F || code === 0x3A || code === 0x3B || code === 0x3C || code === 0x3D || code === 0x3E ||
        code === 0x3F || code === 0x40 || code === 0x5B || code === 0x5C || code === 0x5D || code === 0x7B ||
        code === 0x7D) {
      return false;
    }
  }
  return true;
}

function failWebsocketConnection(ws, reason, cause) {
  const error = new Error(reason);
  if (cause !== undefined) {
    Object.defineProperty(error, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
  }
  ws.dispatchEvent(new ErrorEvent('error', { error, message: reason }));
}

webidl.converters['sequence<DOMString>'] = webidl.sequenceConverter(webidl.converters.DOMString);
webidl.converters['DOMString or sequence<DOMString>'] = (V, prefix, argument) => {
  if (webidl.util.Type(V) === 'Object' && Symbol.iterator in V) return webidl.converters['sequence<DOMString>'](V);
  return webidl.converters.DOMString(V, prefix, argument);
};
webidl.converters.WebSocketInit = webidl.dictionaryConverter([
  {
    key: 'protocols',
    converter: webidl.converters['DOMString or sequence<DOMString>'],
    defaultValue: () => [],
  },
  { key: 'dispatcher', converter: webidl.converters.any, defaultValue: () => undefined },
  { key: 'headers', converter: webidl.nullableConverter(webidl.converters.HeadersInit) },
]);
webidl.converters['DOMString or sequence<DOMString> or WebSocketInit'] = (V) => {
  if (webidl.util.Type(V) === 'Object' && !(Symbol.iterator in V)) return webidl.converters.WebSocketInit(V);
  return { protocols: webidl.converters['DOMString or sequence<DOMString>'](V) };
};
webidl.converters.WebSocketSendData = (V) => {
  if (webidl.util.Type(V) === 'Object') {
    if (isBlobLike(V)) return V;
    if (ArrayBuffer.isView(V) || isAnyArrayBuffer(V)) return webidl.converters.BufferSource(V);
  }
  return webidl.converters.USVString(V);
};

export class WebSocket extends EventTarget {
  #bufferedAmount = 0;
  #protocol = '';
  #extensions = '';

  constructor(url, protocols = []) {
    super();
    const prefix = 'WebSocket constructor';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    const options = webidl.converters['DOMString or sequence<DOMString> or WebSocketInit'](protocols, prefix, 'options');
    url = webidl.converters.USVString(url, prefix, 'url');
    protocols = options.protocols;
    const baseURL = globalThis[Symbol.for('undici.globalOrigin.1')];
    let urlRecord;
    try {
      urlRecord = new URL(url, baseURL);
    } catch (e) {
      throw new DOMException(e, 'SyntaxError');
    }
    if (urlRecord.protocol === 'http:') urlRecord.protocol = 'ws:';
    else if (urlRecord.protocol === 'https:') urlRecord.protocol = 'wss:';
    if (urlRecord.protocol !== 'ws:' && urlRecord.protocol !== 'wss:') {
      throw new DOMException(`Expected a ws: or wss: protocol, got ${urlRecord.protocol}`, 'SyntaxError');
    }
    if (urlRecord.hash || urlRecord.href.endsWith('#')) throw new DOMException('Got fragment', 'SyntaxError');
    if (typeof protocols === 'string') protocols = [protocols];
    if (protocols.length !== new Set(protocols.map((p) => p.toLowerCase())).size) {
      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
    }
    if (protocols.length > 0 && !protocols.every((p) => isValidSubprotocol(p))) {
      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
    }
    this[kURL] = new URL(urlRecord.href);
    this[kReadyState] = states.CONNECTING;
    this[kBinaryType] = 'blob';
    const href = urlRecord.href;
    let p;
    try {
      p = Promise.resolve(connector({ url: href, protocols: [...protocols] }));
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(
      () => failWebsocketConnection(this, 'Received network error or non-101 status code.',
        new Error('WebSocket connections are not implemented by this connector')),
      (err) => failWebsocketConnection(this, 'Received network error or non-101 status code.', err));
  }

  close(code = undefined, reason = undefined) {
    webidl.brandCheck(this, WebSocket);
    const prefix = 'WebSocket.close';
    if (code !== undefined) code = webidl.util.ConvertToInt(code, 16, 'unsigned', { clamp: true });
    if (reason !== undefined) reason = webidl.converters.USVString(reason, prefix, 'reason');
    if (code !== undefined && code !== 1000 && (code < 3000 || code > 4999)) {
      throw new DOMException('invalid code', 'InvalidAccessError');
    }
    if (reason !== undefined) {
      const reasonByteLength = utf8Encode(reason).length;
      if (reasonByteLength > 123) {
        throw new DOMException(`Reason must be less than 123 bytes; received ${reasonByteLength}`, 'SyntaxError');
      }
    }
    if (this[kReadyState] === states.CLOSING || this[kReadyState] === states.CLOSED) return;
    failWebsocketConnection(this, 'Connection was closed before it was established.');
    this[kReadyState] = states.CLOSING;
  }

  send(data) {
    webidl.brandCheck(this, WebSocket);
    webidl.argumentLengthCheck(arguments, 1, 'WebSocket.send');
    webidl.converters.WebSocketSendData(data);
    if (this[kReadyState] === states.CONNECTING) {
      throw new DOMException('Sent before connected.', 'InvalidStateError');
    }
  }

  get readyState() { webidl.brandCheck(this, WebSocket); return this[kReadyState]; }

  get bufferedAmount() { webidl.brandCheck(this, WebSocket); return this.#bufferedAmount; }

  get url() { webidl.brandCheck(this, WebSocket); return this[kURL].href; }

  get extensions() { webidl.brandCheck(this, WebSocket); return this.#extensions; }

  get protocol() { webidl.brandCheck(this, WebSocket); return this.#protocol; }

  get binaryType() { webidl.brandCheck(this, WebSocket); return this[kBinaryType]; }

  set binaryType(type) {
    webidl.brandCheck(this, WebSocket);
    this[kBinaryType] = type !== 'blob' && type !== 'arraybuffer' ? 'blob' : type;
  }
}

for (const name of ['open', 'error', 'close', 'message']) {
  const get = {
    [`on${name}`]() {
      webidl.brandCheck(this, WebSocket);
      return this[kHandlerStore]?.[name] ?? null;
    },
  }[`on${name}`];
  const set = {
    [`on${name}`](fn) {
      webidl.brandCheck(this, WebSocket);
      const store = this[kHandlerStore] ??= { open: null, error: null, close: null, message: null };
      if (store[name]) this.removeEventListener(name, store[name]);
      if (typeof fn === 'function') {
        store[name] = fn;
        this.addEventListener(name, fn);
      } else {
        store[name] = null;
      }
    },
  }[`on${name}`];
  Object.defineProperty(WebSocket.prototype, `on${name}`, { get, set, enumerable: true, configurable: true });
}

const staticPropertyDescriptors = { enumerable: true, writable: false, configurable: false };
for (const [k, v] of Object.entries(states)) {
  Object.defineProperty(WebSocket, k, { ...staticPropertyDescriptors, value: v });
  Object.defineProperty(WebSocket.prototype, k, { ...staticPropertyDescriptors, value: v });
}
Object.defineProperties(WebSocket.prototype, {
  url: kEnumerableProperty,
  readyState: kEnumerableProperty,
  bufferedAmount: kEnumerableProperty,
  close: kEnumerableProperty,
  binaryType: kEnumerableProperty,
  send: kEnumerableProperty,
  extensions: kEnumerableProperty,
  protocol: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'WebSocket', writable: false, enumerable: false, configurable: true },
});

setNames({ WebSocket, CloseEvent, ErrorEvent });
