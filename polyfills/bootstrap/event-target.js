// Event, CustomEvent, EventTarget, AbortController and AbortSignal for the
// secexec guest bootstrap, modelled on Node 22 (lib/internal/event_target.js
// and lib/internal/abort_controller.js): the same validation order, error
// codes and messages, listener semantics and util.inspect output.  That
// includes Node's quirks, e.g. `currentTarget`/`eventPhase` only being set
// for the first listener that runs, and exceptions from listeners being
// reported asynchronously instead of interrupting the dispatch.
//
// Host wiring (all optional, see the exported setters):
//   setAbortTimers({ setTimeout, clearTimeout })  needed by AbortSignal.timeout
//   setEventTargetHooks({ reportError, emitWarning, now })
//     reportError(err)  receives exceptions thrown by listeners (Node:
//                       process.nextTick(() => { throw err })).  Default:
//                       rethrown from a rejected promise.
//     emitWarning(w)    receives MaxListenersExceededWarning /
//                       AddEventListenerArgumentTypeWarning Error objects
//                       (Node: process.emitWarning).  Default: ignored.
//     now()             clock for Event#timeStamp.  Default: the global
//                       performance.now() (looked up per call), else Date.now().

import { DOMException } from './dom-exception.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Host hooks

// Looked up at call time: this module is evaluated while the startup
// snapshot is built, long before `performance` exists.
let fallbackOrigin;
function defaultNow() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === 'function') return perf.now();
  fallbackOrigin ??= Date.now();
  return Date.now() - fallbackOrigin;
}

const hooks = {
  reportError(err) {
    Promise.reject(err);
  },
  emitWarning() {},
  now: defaultNow,
};

export function setEventTargetHooks({ reportError, emitWarning, now } = {}) {
  if (typeof reportError === 'function') hooks.reportError = reportError;
  if (typeof emitWarning === 'function') hooks.emitWarning = emitWarning;
  if (typeof now === 'function') hooks.now = now;
}

const timers = { setTimeout: undefined, clearTimeout: undefined };

export function setAbortTimers({ setTimeout, clearTimeout } = {}) {
  if (typeof setTimeout !== 'function' || typeof clearTimeout !== 'function') {
    throw new TypeError('setAbortTimers needs setTimeout and clearTimeout functions');
  }
  timers.setTimeout = setTimeout;
  timers.clearTimeout = clearTimeout;
}

// ---------------------------------------------------------------------------
// Node-style errors

// Node prints these errors as "TypeError [ERR_X]: message", stack included.
function stackWithCode(err, Base, code) {
  const name = Base.prototype.name;
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(`${name}: `)) {
    err.stack = `${name} [${code}]: ${stack.slice(name.length + 2)}`;
  }
}

const nodeErrorClasses = new Map();
function nodeError(Base, code, message) {
  let C = nodeErrorClasses.get(Base);
  if (C === undefined) {
    C = class NodeError extends Base {
      constructor(c, m) {
        super(m);
        this.code = c;
        stackWithCode(this, Base, c);
      }
      get ['constructor']() { return Base; }
      toString() { return `${this.name} [${this.code}]: ${this.message}`; }
    };
    nodeErrorClasses.set(Base, C);
  }
  return new C(code, message);
}

function describeReceived(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean': return `type boolean (${value})`;
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return Object.getPrototypeOf(value) === null ? '[Object: null prototype] {}' : '[Object]';
    case 'string': {
      let s = value;
      if (s.length > 28) s = `${s.slice(0, 25)}...`;
      if (s.indexOf("'") === -1) return `type string ('${s}')`;
      return `type string (${JSON.stringify(s)})`;
    }
    default:
      return `type ${typeof value}`;
  }
}

function invalidArgType(name, expected, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   `The "${name}" ${kind} must be ${expected}. Received ${describeReceived(value)}`);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function missingArgs(...names) {
  const list = names.map((n) => `"${n}"`);
  let text;
  if (list.length === 1) text = list[0];
  else if (list.length === 2) text = `${list[0]} and ${list[1]}`;
  else text = `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}`;
  return nodeError(TypeError, 'ERR_MISSING_ARGS',
                   `The ${text} argument${names.length > 1 ? 's' : ''} must be specified`);
}

function formatNumber(n) {
  if (Object.is(n, -0)) return '-0';
  if (Number.isInteger(n) && Math.abs(n) > 2 ** 32) {
    // Node's addNumericalSeparator
    let s = String(Math.abs(n));
    let res = '';
    let i = s.length;
    for (; i >= 4; i -= 3) res = `_${s.slice(i - 3, i)}${res}`;
    return `${n < 0 ? '-' : ''}${s.slice(0, i)}${res}`;
  }
  return String(n);
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    `The value of "${name}" is out of range. It must be an integer. Received ${formatNumber(value)}`);
  }
  if (value < 0 || value > 4294967295) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    `The value of "${name}" is out of range. It must be >= 0 && <= 4294967295. ` +
                    `Received ${formatNumber(value)}`);
  }
}

// validateObject(value, name) with no flags: plain objects only.
function validateObjectStrict(value, name) {
  if (value === null || Array.isArray(value) || typeof value !== 'object') {
    throw invalidArgType(name, 'of type object', value);
  }
}

// validateObject(value, name, kValidateObjectAllowObjects): arrays and
// functions allowed, null rejected.
function validateObjectLoose(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw invalidArgType(name, 'of type object', value);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}

function toDOMString(value) {
  if (typeof value === 'symbol') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                    `The argument 'value' is invalid. Received ${String(value)}`);
  }
  return String(value);
}

function makeEnumerable(target, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(target, name);
    desc.enumerable = true;
    Object.defineProperty(target, name, desc);
  }
}

function defineToStringTag(proto, value) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value, writable: false, enumerable: false, configurable: true,
  });
}

function inspectWith(inspect, value, opts) {
  if (typeof inspect === 'function') return inspect(value, opts);
  try {
    return JSON.stringify(value);
  } catch {
    return '{}';
  }
}

// ---------------------------------------------------------------------------
// Event

export const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kInPassiveListener = Symbol('kInPassiveListener');

const isTrustedSet = new WeakSet();
const isTrustedGetter = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return isTrustedSet.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

export class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = hooks.now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options != null) validateObjectStrict(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw missingArgs('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options, inspect) {
    if (!isEvent(this)) throw invalidThis('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth,
    });
    return `${name} ${inspectWith(inspect, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw invalidThis('Event');
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw invalidThis('Event');
    if (!this.#cancelable || this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw invalidThis('Event');
    return !this.#cancelable || !this.#defaultPrevented;
  }

  set returnValue(value) {
    if (!isEvent(this)) throw invalidThis('Event');
    if (!value) {
      if (!this.#cancelable || this[kInPassiveListener]) return;
      this.#defaultPrevented = true;
    }
  }

  get bubbles() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw invalidThis('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw invalidThis('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw invalidThis('Event');
    this.#propagationStopped = true;
  }
}

defineToStringTag(Event.prototype, 'Event');
makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: isTrustedGetter, enumerable: true, configurable: false,
});
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, {
    value, writable: false, configurable: false, enumerable: true,
  });
});

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

export class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw invalidThis('CustomEvent');
    return this[kDetail];
  }
}

defineToStringTag(CustomEvent.prototype, 'CustomEvent');
makeEnumerable(CustomEvent.prototype, ['detail']);

// ---------------------------------------------------------------------------
// EventTarget

const kIsEventTarget = Symbol.for('nodejs.event_target');
export const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
export const kWeakHandler = Symbol('kWeak');
export const kResistStopPropagation = Symbol('kResistStopPropagation');
export const kNewListener = Symbol('kNewListener');
export const kRemoveListener = Symbol('kRemoveListener');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
// The `events` module uses these to implement setMaxListeners() on targets.
export const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
export const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;
export function setDefaultMaxEventTargetListeners(n) {
  defaultMaxListeners = n;
}

let weakListenersState = null;
let objectToWeakListenerMap = null;
function weakListeners() {
  weakListenersState ??= new FinalizationRegistry(
    ({ eventTarget, listener, eventType }) =>
      eventTarget.deref()?.[kRemoveWeakListenerHelper](eventType, listener),
  );
  objectToWeakListenerMap ??= new WeakMap();
  return { registry: weakListenersState, map: objectToWeakListenerMap };
}

const kFlagOnce = 1 << 0;
const kFlagCapture = 1 << 1;
const kFlagPassive = 1 << 2;
const kFlagWeak = 1 << 4;
const kFlagRemoved = 1 << 5;
const kFlagResistStopPropagation = 1 << 6;

// Listeners of one event type form a doubly linked list hanging off a root
// record { size, next, resistStopPropagation }.
class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture, passive,
              weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    let flags = 0;
    if (once) flags |= kFlagOnce;
    if (capture) flags |= kFlagCapture;
    if (passive) flags |= kFlagPassive;
    if (weak) flags |= kFlagWeak;
    if (resistStopPropagation) flags |= kFlagResistStopPropagation;
    this.flags = flags;

    if (this.weak) {
      this.callback = new WeakRef(listener);
      weakListeners().registry.register(listener, {
        eventTarget: new WeakRef(eventTarget),
        listener: this,
        eventType,
      }, this);
      weakListeners().map.set(weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up at dispatch time; errors surface as a
      // rejected promise, as in Node.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }

  get once() { return Boolean(this.flags & kFlagOnce); }
  get capture() { return Boolean(this.flags & kFlagCapture); }
  get passive() { return Boolean(this.flags & kFlagPassive); }
  get weak() { return Boolean(this.flags & kFlagWeak); }
  get resistStopPropagation() { return Boolean(this.flags & kFlagResistStopPropagation); }
  get removed() { return Boolean(this.flags & kFlagRemoved); }
  set removed(value) {
    if (value) this.flags |= kFlagRemoved;
    else this.flags &= ~kFlagRemoved;
  }

  same(listener, capture) {
    const mine = this.weak ? this.listener.deref() : this.listener;
    return mine === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) weakListeners().registry.unregister(this);
  }
}

export function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

export function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw invalidArgType('listener', 'an instance of EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObjectLoose(options, 'options');
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
  };
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => {
      hooks.reportError(err);
    });
  }
}

function describeTarget(target) {
  return target?.constructor?.name || 'EventTarget';
}

const kNoOptions = Object.freeze({});

export class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type /* , listener, once, capture, passive, weak */) {
    if (this[kMaxEventTargetListeners] > 0 &&
        size > this[kMaxEventTargetListeners] &&
        !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ${describeTarget(this)}. ` +
                          `MaxListeners is ${this[kMaxEventTargetListeners]}. Use ` +
                          'events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      hooks.emitWarning(w);
    }
  }

  [kRemoveListener](/* size, type, listener, capture */) {}

  addEventListener(type, listener, options = kNoOptions) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let weak = false;
    let resistStopPropagation = false;

    if (options !== kNoOptions) {
      // Options are read before the listener is validated: the spec requires
      // their getters to run.
      options = validateEventListenerOptions(options);
      once = Boolean(options.once);
      capture = Boolean(options.capture);
      passive = Boolean(options.passive);
      weak = options.weak;
      resistStopPropagation = options.resistStopPropagation;
      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      hooks.emitWarning(w);
      return;
    }

    type = toDOMString(type);

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(this, type, root, listener, once, capture, passive, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // duplicate

    new Listener(this, type, previous, listener, once, capture, passive, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kNoOptions) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    const capture = options?.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    const capture = listener.capture === true;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler === listener) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, undefined, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 1) throw missingArgs('event');
    if (!(event instanceof Event)) throw invalidArgType('event', 'an instance of Event', event);
    if (event[kIsBeingDispatched]) {
      throw nodeError(Error, 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    }
    dispatch(this, event, event.type);
    return event.defaultPrevented !== true;
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options?.depth) ? options.depth - 1 : options?.depth,
    });
    return `${name} ${inspectWith(inspect, {}, opts)}`;
  }
}

function dispatch(target, event, type) {
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;

  const root = target[kEvents].get(type);
  if (root === undefined || root.next === undefined) {
    event[kIsBeingDispatched] = false;
    return;
  }

  let handler = root.next;
  let next;
  const keepGoing = () => handler !== undefined &&
    (root.resistStopPropagation || handler.passive || event[kStop] !== true);

  while (keepGoing()) {
    next = handler.next;
    if (handler.removed || (event[kStop] === true && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      const { listener, capture } = handler;
      target[kRemoveListener](root.size, type, listener, capture);
    }

    try {
      const callback = handler.weak ? handler.callback.deref() : handler.callback;
      let result;
      if (callback) {
        if (handler.passive) event[kInPassiveListener] = true;
        result = callback.call(target, event);
        // Node clears the dispatch flag after the first listener ran.
        event[kIsBeingDispatched] = false;
      }
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      hooks.reportError(err);
    } finally {
      if (event[kInPassiveListener]) event[kInPassiveListener] = false;
    }
    handler = next;
  }
  event[kIsBeingDispatched] = false;
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(EventTarget.prototype, 'EventTarget');

function validateThisInternalField(obj, key, name) {
  if (typeof obj !== 'object' || obj === null || !(key in obj)) throw invalidThis(name);
}

function makeEventHandler(handler) {
  // Handlers keep the position where they were first set.
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

// Defines an `on${name}` event handler attribute on `emitter`.
export function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateThisInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });

  function set(value) {
    validateThisInternalField(this, kHandlers, 'EventTarget');
    let wrapped = this[kHandlers]?.get(event);
    if (wrapped) {
      if (typeof wrapped.handler === 'function') {
        this[kEvents].get(event).size--;
        const size = this[kEvents].get(event).size;
        this[kRemoveListener](size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof wrapped.handler === 'function') {
        this[kEvents].get(event).size++;
        const size = this[kEvents].get(event).size;
        this[kNewListener](size, event, value, false, false, false, false);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { value: `set ${propName}` });

  Object.defineProperty(emitter, propName, {
    get, set, configurable: true, enumerable: true,
  });
}

// ---------------------------------------------------------------------------
// AbortSignal / AbortController

const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

// Signals that must stay alive while something can still abort them and a
// listener is waiting (timeout signals, non-empty composite signals).
const gcPersistentSignals = new Set();

// FinalizationRegistry objects cannot live in a V8 startup snapshot, so they
// are created on first use.
let registries = null;
function getRegistries() {
  registries ??= {
    clearTimeout: new FinalizationRegistry((timer) => {
      if (timers.clearTimeout) timers.clearTimeout(timer);
    }),
    dependantSignalsCleanup: new FinalizationRegistry((signalWeakRef) => {
      const signal = signalWeakRef.deref();
      if (signal === undefined) return;
      signal[kDependantSignals].forEach((ref) => {
        if (ref.deref() === undefined) signal[kDependantSignals].delete(ref);
      });
    }),
    sourceSignalsCleanup: new FinalizationRegistry(({ sourceSignalRef, composedSignalRef }) => {
      const composedSignal = composedSignalRef.deref();
      if (composedSignal !== undefined) {
        composedSignal[kSourceSignals].delete(sourceSignalRef);
        if (composedSignal[kSourceSignals].size === 0) gcPersistentSignals.delete(composedSignal);
      }
    }),
  };
  return registries;
}

function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options?.depth === null ? null : options?.depth - 1,
  });
  return `${self.constructor.name} ${inspectWith(inspect, obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw invalidThis('AbortSignal');
}

function setWeakAbortSignalTimeout(weakRef, delay) {
  const timeout = timers.setTimeout(() => {
    const signal = weakRef.deref();
    if (signal !== undefined) {
      gcPersistentSignals.delete(signal);
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }
  }, delay);
  if (timeout !== null && typeof timeout === 'object' && typeof timeout.unref === 'function') {
    timeout.unref();
  }
  return timeout;
}

function toSequence(value) {
  // Web IDL sequence<any> conversion as done by Node's webidl helpers.
  const fail = () => {
    const err = new TypeError('Value can not be converted to sequence.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  };
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) throw fail();
  const iter = value?.[Symbol.iterator]?.();
  if (iter === undefined) throw fail();
  const array = [];
  for (;;) {
    const res = iter?.next?.();
    if (res === undefined) throw fail();
    if (res.done === true) break;
    array.push(res.value);
  }
  return array;
}

export class AbortSignal extends EventTarget {
  constructor(dontThrowSymbol = undefined, init = {}) {
    if (dontThrowSymbol !== kDontThrowSymbol) {
      throw nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }
    super();
    this[kMaxEventTargetListeners] = 0;
    const { aborted = false, reason = undefined, composite = false } = init;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay');
    if (typeof timers.setTimeout !== 'function') {
      throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                      'The AbortSignal.timeout() method is not implemented (no timers installed)');
    }
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    getRegistries().clearTimeout.register(signal, setWeakAbortSignalTimeout(new WeakRef(signal), delay));
    return signal;
  }

  static any(signals) {
    const signalsArray = toSequence(signals);
    for (let i = 0; i < signalsArray.length; i++) {
      const signal = signalsArray[i];
      const name = `signals[${i}]`;
      if (signal == null) throw invalidArgType(name, 'an instance of AbortSignal', signal);
      validateAbortSignal(signal, name);
    }
    const resultSignal = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!signalsArray.length) return resultSignal;

    const resultSignalWeakRef = new WeakRef(resultSignal);
    resultSignal[kSourceSignals] = new Set();
    let hasTimeoutSignals = false;

    for (let i = 0; i < signalsArray.length; i++) {
      const signal = signalsArray[i];
      if (signal[kTimeout]) {
        hasTimeoutSignals = true;
        gcPersistentSignals.add(signal);
      }
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        const signalWeakRef = new WeakRef(signal);
        resultSignal[kSourceSignals].add(signalWeakRef);
        signal[kDependantSignals].add(resultSignalWeakRef);
        getRegistries().dependantSignalsCleanup.register(resultSignal, signalWeakRef);
        getRegistries().sourceSignalsCleanup.register(signal, {
          sourceSignalRef: signalWeakRef,
          composedSignalRef: resultSignalWeakRef,
        });
      } else if (!signal[kSourceSignals]) {
        continue;
      } else {
        for (const sourceSignalWeakRef of signal[kSourceSignals]) {
          const sourceSignal = sourceSignalWeakRef.deref();
          if (!sourceSignal) continue;
          if (resultSignal[kSourceSignals].has(sourceSignalWeakRef)) continue;
          resultSignal[kSourceSignals].add(sourceSignalWeakRef);
          sourceSignal[kDependantSignals].add(resultSignalWeakRef);
          getRegistries().dependantSignalsCleanup.register(resultSignal, sourceSignalWeakRef);
          getRegistries().sourceSignalsCleanup.register(signal, {
            sourceSignalRef: sourceSignalWeakRef,
            composedSignalRef: resultSignalWeakRef,
          });
        }
      }
    }
    if (hasTimeoutSignals && resultSignal[kSourceSignals].size > 0) {
      gcPersistentSignals.add(resultSignal);
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const keepAlive = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (keepAlive && type === 'abort' && !this.aborted && !weak && size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const keepAlive = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (keepAlive && type === 'abort' && size === 0) gcPersistentSignals.delete(this);
  }
}

makeEnumerable(AbortSignal.prototype, ['aborted']);
defineToStringTag(AbortSignal.prototype, 'AbortSignal');
defineEventHandler(AbortSignal.prototype, 'abort');

// https://dom.spec.whatwg.org/#abortsignal-signal-abort
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;

  const dependentSignalsToAbort = [];
  signal[kDependantSignals]?.forEach((ref) => {
    const dependentSignal = ref.deref();
    if (dependentSignal && !dependentSignal[kAborted]) {
      dependentSignal[kReason] = reason;
      dependentSignal[kAborted] = true;
      dependentSignalsToAbort.push(dependentSignal);
    }
  });

  runAbort(signal);
  for (let i = 0; i < dependentSignalsToAbort.length; i++) runAbort(dependentSignalsToAbort[i]);

  gcPersistentSignals.delete(signal);
  if (signal[kComposite] && signal[kSourceSignals]) {
    signal[kSourceSignals].forEach((ref) => {
      const source = ref.deref();
      if (source) gcPersistentSignals.delete(source);
    });
  }
}

function runAbort(signal) {
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
}

export class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

makeEnumerable(AbortController.prototype, ['signal', 'abort']);
defineToStringTag(AbortController.prototype, 'AbortController');

// Aborts `signal` (an AbortSignal created by this module) with `reason`;
// for host code that owns a signal without its controller.
export { abortSignal };

// util.aborted(signal, resource): resolves once `signal` aborts, without
// keeping `resource` alive.
export async function aborted(signal, resource) {
  if (signal === undefined) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObjectLoose(resource, 'resource');
  if (signal.aborted) return undefined;
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  signal.addEventListener('abort', resolve, {
    [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true,
  });
  return promise;
}
