// node:worker_threads — compatibility shim: this is the main thread, no
// worker is ever spawned (Worker throws ERR_NOT_IMPLEMENTED).
// MessageChannel/MessagePort exist for feature detection: ports can be
// started, closed and (un)referenced, but posting a message throws
// ERR_NOT_IMPLEMENTED rather than silently dropping it.
import events from './events.js';
import { EventTarget, Event } from '../bootstrap/event-target.js';
import { stubFn, stubAsync, stubClass } from './internal/stub.js';
import { invalidArgType } from './internal/validators.js';
import { notImplemented } from '../bootstrap/errors.js';

const kCreate = Symbol('kCreate');
const kState = Symbol('kState');

class MessagePort extends EventTarget {
  constructor(token) {
    if (token !== kCreate) throw new TypeError('Illegal constructor');
    super();
    this[kState] = { closed: false, ref: true, started: false };
  }

  postMessage() {
    throw notImplemented('worker_threads.MessagePort.prototype.postMessage');
  }

  start() {
    this[kState].started = true;
  }

  close() {
    if (this[kState].closed) return;
    this[kState].closed = true;
    globalThis.process.nextTick(() => this.dispatchEvent(new Event('close')));
  }

  ref() {
    this[kState].ref = true;
    return this;
  }

  unref() {
    this[kState].ref = false;
    return this;
  }

  hasRef() {
    return !this[kState].closed && this[kState].ref;
  }
}
// Node's MessagePort is also an EventEmitter-like (on/once/off/emit).
for (const m of ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'emit', 'listenerCount']) {
  const method = events.EventEmitter.prototype[m];
  Object.defineProperty(MessagePort.prototype, m, {
    value: function (...args) {
      if (!this._events) events.EventEmitter.init.call(this);
      return Reflect.apply(method, this, args);
    },
    writable: true,
    configurable: true,
  });
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort(kCreate);
    this.port2 = new MessagePort(kCreate);
  }
}

const untransferable = new WeakSet();
const uncloneable = new WeakSet();
const environmentData = new Map();

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw invalidArgType('port', 'an instance of MessagePort', port);
  // No message can have been queued: nothing is ever delivered to a port.
  return undefined;
}

export default {
  isInternalThread: false,
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUncloneable(obj) {
    if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') uncloneable.add(obj);
  },
  markAsUntransferable(obj) {
    if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
  },
  isMarkedAsUntransferable(obj) {
    return ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') && untransferable.has(obj);
  },
  moveMessagePortToContext: stubFn('worker_threads.moveMessagePortToContext', 2),
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread: stubAsync('worker_threads.postMessageToThread', 4),
  threadId: 0,
  threadName: '',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: stubClass('worker_threads.Worker', {
    base: events.EventEmitter, protoMethods: ['postMessage', 'terminate', 'ref', 'unref', 'getHeapSnapshot'], length: 2,
  }),
  parentPort: null,
  workerData: null,
  BroadcastChannel: stubClass('worker_threads.BroadcastChannel', { base: EventTarget, protoMethods: ['postMessage', 'close', 'ref', 'unref'], length: 1 }),
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
};
