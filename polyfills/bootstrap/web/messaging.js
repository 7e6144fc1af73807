// MessageChannel, MessagePort, MessageEvent and BroadcastChannel within one
// guest process, as Node 22 behaves:
//  - messages are structured clones (binding.serialize at postMessage,
//    binding.deserialize at delivery) delivered asynchronously, one
//    macrotask each, in posting order; a port queues messages until it is
//    started (start(), onmessage, or a 'message' listener);
//  - a port keeps the process alive while it is ref'd and open: ports
//    start unref'd, attaching the first 'message' listener refs and starts
//    them, removing the last one unrefs; ref()/unref()/hasRef() as in Node;
//    close() closes both ends and fires 'close' on each;
//  - MessagePort has Node's EventEmitter-style helpers (on/once/off/emit,
//    'message' listeners added with on() receive the data itself);
//  - an open BroadcastChannel is ref'd until close() or unref().
//
// Host wiring (setMessageHost): { schedule(fn), ref(), unref() }.
//   schedule(fn) runs fn as a macrotask.  Node delivers port messages from
//   a uv_async handle, i.e. in the poll phase (before setImmediate
//   callbacks queued earlier); the default uses setImmediate, which runs
//   them in the check phase instead.  ref()/unref() count handles that
//   must keep the event loop alive; the default holds one ref'd interval
//   timer while the count is positive.
// Transfer lists: ArrayBuffers are copied and, where the runtime can,
// detached; MessagePorts cannot be transferred (ERR_NOT_IMPLEMENTED).
import { Event, EventTarget, defineEventHandler, kNewListener, kRemoveListener } from '../event-target.js';
import { DOMException } from '../dom-exception.js';
import { binding } from '../native.js';
import { notImplemented } from '../errors.js';
import { setImmediate, setInterval, clearInterval } from '../timers.js';
import {
  kEnumerableProperty, nodeError, invalidThis, missingArgs, isArrayBuffer, transferArrayBuffer, setNames,
} from './util.js';
import { fetchWebidl as webidl } from './fetch.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Host hooks

let keepAliveCount = 0;
let keepAliveTimer = null;

const defaultHost = {
  schedule(fn) {
    const imm = setImmediate(fn);
    if (imm && typeof imm.unref === 'function') imm.unref();
  },
  ref() {
    if (keepAliveCount++ === 0) keepAliveTimer = setInterval(() => {}, 2 ** 31 - 1);
  },
  unref() {
    if (--keepAliveCount === 0 && keepAliveTimer !== null) {
      clearInterval(keepAliveTimer);
      keepAliveTimer = null;
    }
  },
};

let host = defaultHost;

export function setMessageHost(h) {
  host = {
    schedule: typeof h?.schedule === 'function' ? h.schedule : defaultHost.schedule,
    ref: typeof h?.ref === 'function' ? h.ref : defaultHost.ref,
    unref: typeof h?.unref === 'function' ? h.unref : defaultHost.unref,
  };
}

// A keep-alive handle: counted while active and ref'd.
class Handle {
  constructor() {
    this.refed = false;
    this.active = true;
    this.counted = false;
  }

  update() {
    const want = this.refed && this.active;
    if (want && !this.counted) {
      this.counted = true;
      host.ref();
    } else if (!want && this.counted) {
      this.counted = false;
      host.unref();
    }
  }

  ref() { this.refed = true; this.update(); }

  unref() { this.refed = false; this.update(); }

  close() { this.active = false; this.update(); }
}

// ---------------------------------------------------------------------------
// Structured clone through the binding

function serialize(value, transferList) {
  if (transferList !== undefined && transferList !== null) {
    if (typeof transferList !== 'object' || typeof transferList[Symbol.iterator] !== 'function') {
      throw new TypeError('Optional transferList argument must be an iterable');
    }
  }
  const transfers = transferList == null ? [] : [...transferList];
  for (const t of transfers) {
    if (t instanceof MessagePort) throw notImplemented('Transferring a MessagePort');
  }
  let data;
  try {
    data = binding.serialize(value);
  } catch (e) {
    if (e && (e.name === 'DataCloneError' || / could not be cloned\.$/.test(e.message))) {
      throw new DOMException(e.message, 'DataCloneError');
    }
    throw e;
  }
  for (const t of transfers) {
    if (isArrayBuffer(t)) transferArrayBuffer(t);
  }
  return data;
}

function deserialize(data) {
  return binding.deserialize(data);
}

// ---------------------------------------------------------------------------
// MessageEvent (undici's, which Node 22 exposes as the global)

const kConstruct = Symbol('kConstruct');

export class MessageEvent extends Event {
  #eventInit;

  constructor(type, eventInitDict = {}) {
    if (type === kConstruct) {
      super(arguments[1], arguments[2]);
      return;
    }
    const prefix = 'MessageEvent constructor';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    type = webidl.converters.DOMString(type, prefix, 'type');
    eventInitDict = webidl.converters.MessageEventInit(eventInitDict, prefix, 'eventInitDict');
    super(type, eventInitDict);
    this.#eventInit = eventInitDict;
  }

  get data() {
    webidl.brandCheck(this, MessageEvent);
    return this.#eventInit.data;
  }

  get origin() {
    webidl.brandCheck(this, MessageEvent);
    return this.#eventInit.origin;
  }

  get lastEventId() {
    webidl.brandCheck(this, MessageEvent);
    return this.#eventInit.lastEventId;
  }

  get source() {
    webidl.brandCheck(this, MessageEvent);
    return this.#eventInit.source;
  }

  get ports() {
    webidl.brandCheck(this, MessageEvent);
    if (!Object.isFrozen(this.#eventInit.ports)) Object.freeze(this.#eventInit.ports);
    return this.#eventInit.ports;
  }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '',
    source = null, ports = []) {
    webidl.brandCheck(this, MessageEvent);
    webidl.argumentLengthCheck(arguments, 1, 'MessageEvent.initMessageEvent');
    return new MessageEvent(type, { bubbles, cancelable, data, origin, lastEventId, source, ports });
  }

  static createFastMessageEvent(type, init) {
    const messageEvent = new MessageEvent(kConstruct, type, init);
    messageEvent.#eventInit = init;
    messageEvent.#eventInit.data ??= null;
    messageEvent.#eventInit.origin ??= '';
    messageEvent.#eventInit.lastEventId ??= '';
    messageEvent.#eventInit.source ??= null;
    messageEvent.#eventInit.ports ??= [];
    return messageEvent;
  }
}

const { createFastMessageEvent } = MessageEvent;
delete MessageEvent.createFastMessageEvent;

Object.defineProperties(MessageEvent.prototype, {
  [Symbol.toStringTag]: { value: 'MessageEvent', configurable: true },
  data: kEnumerableProperty,
  origin: kEnumerableProperty,
  lastEventId: kEnumerableProperty,
  source: kEnumerableProperty,
  ports: kEnumerableProperty,
  initMessageEvent: kEnumerableProperty,
});

const eventInit = [
  { key: 'bubbles', converter: webidl.converters.boolean, defaultValue: () => false },
  { key: 'cancelable', converter: webidl.converters.boolean, defaultValue: () => false },
  { key: 'composed', converter: webidl.converters.boolean, defaultValue: () => false },
];

webidl.converters.MessagePort = webidl.interfaceConverter(
  // Resolved lazily: MessagePort is defined below.
  { [Symbol.hasInstance]: (v) => v instanceof MessagePort, name: 'MessagePort' });
webidl.converters['sequence<MessagePort>'] = webidl.sequenceConverter(webidl.converters.MessagePort);
webidl.converters.MessageEventInit = webidl.dictionaryConverter([
  ...eventInit,
  { key: 'data', converter: webidl.converters.any, defaultValue: () => null },
  { key: 'origin', converter: webidl.converters.USVString, defaultValue: () => '' },
  { key: 'lastEventId', converter: webidl.converters.DOMString, defaultValue: () => '' },
  {
    key: 'source',
    converter: webidl.nullableConverter(webidl.converters.MessagePort),
    defaultValue: () => null,
  },
  { key: 'ports', converter: webidl.converters['sequence<MessagePort>'], defaultValue: () => [] },
]);

// ---------------------------------------------------------------------------
// MessagePort

const kState = Symbol('kState');
const kNodeListeners = Symbol('kNodeListeners');
let constructing = false;

class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

function portState(port) {
  const state = port?.[kState];
  if (state === undefined) throw invalidThis('MessagePort');
  return state;
}

// Delivery.  Node gives each port a uv_async handle: when the loop polls,
// the ready ports fire in the order they were created, each draining the
// messages it had, one callback (and one tick/microtask checkpoint) per
// message.  Here every receiver (port or BroadcastChannel) has a creation
// id; a "pump" task delivers one message and schedules the next, working
// through a plan built in that order.
let nextReceiverId = 1;
const readyReceivers = new Set();
let plan = [];
let pumpScheduled = false;

function makeReceiver(owner, dispatch) {
  return {
    id: nextReceiverId++,
    owner,
    queue: [],
    started: false,
    closed: false,
    dispatch,
  };
}

function markReady(receiver) {
  if (receiver.closed || !receiver.started || receiver.queue.length === 0) return;
  readyReceivers.add(receiver);
  if (!pumpScheduled) {
    pumpScheduled = true;
    host.schedule(pump);
  }
}

function pump() {
  pumpScheduled = false;
  if (plan.length === 0) {
    const ordered = [...readyReceivers].sort((a, b) => a.id - b.id);
    readyReceivers.clear();
    for (const r of ordered) {
      for (let i = 0; i < r.queue.length; i++) plan.push(r);
    }
  }
  const receiver = plan.shift();
  if (receiver !== undefined && !receiver.closed && receiver.started && receiver.queue.length > 0) {
    const data = receiver.queue.shift();
    if (receiver.queue.length > plan.filter((r) => r === receiver).length) readyReceivers.add(receiver);
    let value;
    let ok = true;
    try {
      value = deserialize(data);
    } catch {
      ok = false;
    }
    if (ok) receiver.dispatch(createFastMessageEvent('message', { data: value }));
    else receiver.dispatch(createFastMessageEvent('messageerror', { data: null }));
  }
  if ((plan.length > 0 || readyReceivers.size > 0) && !pumpScheduled) {
    pumpScheduled = true;
    host.schedule(pump);
  }
}

function closePort(port) {
  const state = port[kState];
  if (state.receiver.closed) return;
  state.receiver.closed = true;
  state.handle.close();
  host.schedule(() => port.dispatchEvent(new MessagePortCloseEvent()));
}

function constructCallInvalid() {
  const err = new TypeError('Constructor cannot be called');
  err.code = 'ERR_CONSTRUCT_CALL_INVALID';
  return err;
}

export class MessagePort extends EventTarget {
  constructor() {
    if (!constructing) throw constructCallInvalid();
    super();
    Object.defineProperty(this, kState, {
      value: {
        peer: null,
        receiver: makeReceiver(this, (event) => this.dispatchEvent(event)),
        handle: new Handle(),
      },
    });
    Object.defineProperty(this, kNodeListeners, { value: new Map() });
  }

  [kNewListener](size, type, ...rest) {
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
    return super[kNewListener](size, type, ...rest);
  }

  [kRemoveListener](size, type, ...rest) {
    if (type === 'message' && size === 0) {
      this[kState].receiver.started = false;
      this.unref();
    }
    return super[kRemoveListener](size, type, ...rest);
  }

  postMessage(message, transferList = undefined) {
    const state = portState(this);
    if (arguments.length === 0) {
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    if (transferList !== null && typeof transferList === 'object' && !Array.isArray(transferList) &&
        typeof transferList[Symbol.iterator] !== 'function') {
      transferList = transferList.transfer;
    }
    const data = serialize(message, transferList);
    if (state.receiver.closed) return;
    const { peer } = state;
    if (peer === null) return;
    const target = peer[kState].receiver;
    if (target.closed) return;
    target.queue.push(data);
    markReady(target);
  }

  start() {
    const { receiver } = portState(this);
    if (receiver.closed) return;
    receiver.started = true;
    markReady(receiver);
  }

  close(cb) {
    const state = portState(this);
    if (typeof cb === 'function') this.once('close', cb);
    if (state.receiver.closed) return;
    const { peer } = state;
    closePort(this);
    // The other end learns of it asynchronously, as in Node.
    if (peer !== null) host.schedule(() => closePort(peer));
  }

  ref() {
    portState(this).handle.ref();
  }

  unref() {
    portState(this).handle.unref();
  }

  hasRef() {
    const { handle } = portState(this);
    return handle.active && handle.refed;
  }

  // Node's NodeEventTarget helpers.
  on(type, listener) {
    const wrapped = (event) => Reflect.apply(listener, this,
      [type === 'message' || type === 'messageerror' ? event.data : event]);
    let list = this[kNodeListeners].get(type);
    if (list === undefined) this[kNodeListeners].set(type, list = []);
    list.push({ listener, wrapped });
    this.addEventListener(type, wrapped);
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  once(type, listener) {
    const onceWrapper = (...args) => {
      this.off(type, onceWrapper);
      return Reflect.apply(listener, this, args);
    };
    return this.on(type, onceWrapper);
  }

  off(type, listener) {
    const list = this[kNodeListeners].get(type);
    if (list !== undefined) {
      const i = list.findIndex((e) => e.listener === listener);
      if (i !== -1) {
        const [{ wrapped }] = list.splice(i, 1);
        this.removeEventListener(type, wrapped);
      }
    }
    return this;
  }

  removeListener(type, listener) {
    return this.off(type, listener);
  }

  removeAllListeners(type) {
    const types = type === undefined ? [...this[kNodeListeners].keys()] : [type];
    for (const t of types) {
      for (const { listener } of [...(this[kNodeListeners].get(t) ?? [])]) this.off(t, listener);
    }
    return this;
  }

  emit(type, arg) {
    if (type === 'message' || type === 'messageerror') {
      return this.dispatchEvent(createFastMessageEvent(type, { data: arg }));
    }
    return this.dispatchEvent(arg instanceof Event ? arg : new Event(type));
  }

  listenerCount(type) {
    return this[kNodeListeners].get(type)?.length ?? 0;
  }

  eventNames() {
    return [...this[kNodeListeners].keys()].filter((k) => this[kNodeListeners].get(k).length > 0);
  }

  [kInspect](depth, options, inspect) {
    let state;
    try {
      state = portState(this);
    } catch {
      return this;
    }
    const fields = state.handle.active ? { active: true, refed: state.handle.refed } : { active: false };
    return `MessagePort [EventTarget] ${inspect(fields, options)}`;
  }
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

export function MessageChannel() {
  if (new.target === undefined) {
    const err = new TypeError('Cannot call constructor without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  constructing = true;
  let port1;
  let port2;
  try {
    port1 = new MessagePort();
    port2 = new MessagePort();
  } finally {
    constructing = false;
  }
  port1[kState].peer = port2;
  port2[kState].peer = port1;
  this.port1 = port1;
  this.port2 = port2;
}

// ---------------------------------------------------------------------------
// BroadcastChannel

const channels = new Map(); // name -> Set<BroadcastChannel>
const kName = Symbol('kName');
const kHandle = Symbol('kHandle');
const kType = Symbol('kType');
const kReceiver = Symbol('kReceiver');

function isBroadcastChannel(value) {
  return value?.[kType] === 'BroadcastChannel';
}

export class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw missingArgs('name');
    super();
    this[kType] = 'BroadcastChannel';
    this[kName] = `${name}`;
    const handle = new Handle();
    handle.ref();
    this[kHandle] = handle;
    this[kReceiver] = makeReceiver(this, (event) => this.dispatchEvent(event));
    this[kReceiver].started = true;
    let set = channels.get(this[kName]);
    if (set === undefined) channels.set(this[kName], set = new Set());
    set.add(this);
  }

  [kInspect](depth, options, inspect) {
    if (!isBroadcastChannel(this)) throw invalidThis('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kHandle] !== undefined }, opts)}`;
  }

  get name() {
    if (!isBroadcastChannel(this)) throw invalidThis('BroadcastChannel');
    return this[kName];
  }

  close() {
    if (!isBroadcastChannel(this)) throw invalidThis('BroadcastChannel');
    if (this[kHandle] === undefined) return;
    this[kHandle].close();
    this[kHandle] = undefined;
    this[kReceiver].closed = true;
    const set = channels.get(this[kName]);
    if (set !== undefined) {
      set.delete(this);
      if (set.size === 0) channels.delete(this[kName]);
    }
  }

  postMessage(message) {
    if (!isBroadcastChannel(this)) throw invalidThis('BroadcastChannel');
    if (arguments.length === 0) throw missingArgs('message');
    if (this[kHandle] === undefined) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const data = serialize(message);
    for (const target of channels.get(this[kName]) ?? []) {
      if (target === this) continue;
      target[kReceiver].queue.push(data);
      markReady(target[kReceiver]);
    }
  }

  ref() {
    if (!isBroadcastChannel(this)) throw invalidThis('BroadcastChannel');
    if (this[kHandle]) this[kHandle].ref();
    return this;
  }

  unref() {
    if (!isBroadcastChannel(this)) throw invalidThis('BroadcastChannel');
    if (this[kHandle]) this[kHandle].unref();
    return this;
  }
}

Object.defineProperties(BroadcastChannel.prototype, {
  name: kEnumerableProperty,
  close: kEnumerableProperty,
  postMessage: kEnumerableProperty,
});
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

export { createFastMessageEvent };

setNames({ MessageEvent, MessagePort, MessageChannel, BroadcastChannel });
