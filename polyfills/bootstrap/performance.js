// The global `performance` (a Performance, as in Node 22) and the user
// timing it owns: marks and measures, their buffers, PerformanceObserver
// delivery, timerify, nodeTiming and eventLoopUtilization. node:perf_hooks
// re-exports these and adds the histograms. Owns no native state: times
// come from binding.hrtime, idle time from binding.async.loopIdleTime.
import { binding } from './native.js';
import { EventTarget } from './event-target.js';
import { makeNodeError, invalidArgType, validateFunction, notImplemented } from './errors.js';
import { DOMException } from './dom-exception.js';
import { inspect } from './inspect.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kToken = Symbol('kToken');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
// RecordableHistogram.prototype carries this (set by node:perf_hooks).
export const kRecordable = Symbol('kRecordable');

export function now() {
  return Number(binding.hrtime() - binding.processStartNs()) / 1e6;
}

let timeOrigin = 0;
const nodeMilestones = { nodeStart: 0, v8Start: 0, environment: 0, bootstrapComplete: 0, loopStart: -1, loopExit: -1 };
const readOnlyNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

// At boot: the clock's origin and Node's milestones (secexec has no
// separate V8/environment phases: they are the boot time).
export function startPerformance() {
  const t = now();
  timeOrigin = Date.now() - t;
  nodeMilestones.nodeStart = t;
  nodeMilestones.v8Start = t;
  nodeMilestones.environment = t;
  nodeMilestones.bootstrapComplete = t;
}

export function markLoopStart() {
  if (nodeMilestones.loopStart < 0) nodeMilestones.loopStart = now();
}

export function markLoopExit() {
  nodeMilestones.loopExit = now();
}

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function missingArgs(name) {
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

function invalidArgValue(name, value, reason = 'is invalid') {
  const what = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${what} '${name}' ${reason}. Received ${inspect(value)}`);
}

function invalidTimestamp(ts) {
  return makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${ts} is not a valid timestamp`);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

function inspectEntry(self, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(self.toJSON(), opts)}`;
}

export class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(token, name, type, start, duration) {
    if (token !== kToken) throw illegalConstructor();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return this.#name; }

  get entryType() { return this.#type; }

  get startTime() { return this.#start; }

  get duration() { return this.#duration; }

  [kInspect](depth, options) {
    return inspectEntry(this, depth, options);
  }

  toJSON() {
    return { name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });

function cloneDetail(detail) {
  return detail != null ? globalThis.structuredClone(detail) : null;
}

const markTimings = new Map(); // name -> startTime of its last mark

export class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    if (readOnlyNames.has(name)) throw invalidArgValue('name', name);
    options ??= {};
    validateObject(options, 'options');
    const startTime = options.startTime ?? now();
    if (typeof startTime !== 'number') throw invalidArgType('startTime', 'of type number', startTime);
    if (startTime < 0) throw invalidTimestamp(startTime);
    // Node records the time before cloning the detail, which may throw.
    markTimings.set(name, startTime);
    const detail = cloneDetail(options.detail);
    super(kToken, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

export class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(token, name, start, duration, detail) {
    if (token !== kToken) throw illegalConstructor();
    super(kToken, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });

// Entries of the node-specific types ('function' from timerify).
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(token, name, type, start, duration, detail) {
    super(token, name, type, start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kToken) throw illegalConstructor();
    const props = {
      name: { value: 'node', enumerable: true },
      entryType: { value: 'node', enumerable: true },
      startTime: { value: 0, enumerable: true },
      duration: { get: now, enumerable: true },
    };
    for (const k of ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']) {
      props[k] = { get: () => nodeMilestones[k], enumerable: true };
    }
    props.idleTime = { get: () => binding.async.loopIdleTime(), enumerable: true };
    // libuv's loop metrics (uv_metrics_info) are newer than secexec's libuv.
    props.uvMetricsInfo = { get: () => ({ loopCount: 0, events: 0, eventsWaiting: 0 }), enumerable: true };
    Object.defineProperties(this, props);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    const { name, entryType, startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart,
      loopExit, idleTime } = this;
    return { name, entryType, startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart,
      loopExit, idleTime };
  }
}
const nodeTiming = new PerformanceNodeTiming(kToken);

// The user-timing buffers, and the warning Node gives past a million.
const markBuffer = [];
const measureBuffer = [];
const kMaxBuffer = 1e6;
let warnedBuffer = false;

function bufferUserTiming(entry) {
  const buffer = entry.entryType === 'mark' ? markBuffer : measureBuffer;
  buffer.push(entry);
  if (!warnedBuffer && buffer.length > kMaxBuffer) {
    warnedBuffer = true;
    globalThis.process.emitWarning('Possible perf_hooks memory leak detected. There are ' +
      `${buffer.length} entries in the Performance Timeline. Use the clear methods ` +
      'to remove entries that are no longer needed or set performance.setResourceTimingBufferSize().',
    'MaxPerformanceEntryBufferExceededWarning');
  }
}

const byStartTime = (a, b) => a.startTime - b.startTime;

function filterEntries(list, name, type) {
  let out = list;
  if (name !== undefined) out = out.filter((e) => e.name === name);
  if (type !== undefined) out = out.filter((e) => e.entryType === type);
  return out === list ? out.slice().sort(byStartTime) : out.sort(byStartTime);
}

function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = markBuffer;
  else if (type === 'measure') list = measureBuffer;
  else if (type === 'resource') list = [];
  else if (type !== undefined) return [];
  else list = markBuffer.concat(measureBuffer);
  return filterEntries(list, name, undefined);
}

function clearBuffer(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let j = 0;
  for (let i = 0; i < buffer.length; i++) if (buffer[i].name !== name) buffer[j++] = buffer[i];
  buffer.length = j;
}

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw invalidTimestamp(name);
    return name;
  }
  name = `${name}`;
  if (readOnlyNames.has(name)) return nodeMilestones[name];
  const ts = markTimings.get(name);
  if (ts === undefined) throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

function invalidMeasureOptions(msg) {
  return makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', msg);
}

function startAndDuration(startOrOptions, endMark) {
  if (startOrOptions === null || (typeof startOrOptions === 'object' && Object.keys(startOrOptions).length === 0)) {
    startOrOptions = undefined;
  }
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) throw invalidMeasureOptions('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw invalidMeasureOptions('Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) end = getMark(endMark);
  else if (optionsValid && end !== undefined) end = getMark(end);
  else if (optionsValid && start !== undefined && duration !== undefined) end = getMark(start) + getMark(duration);
  else end = now();
  if (typeof startOrOptions === 'string') start = getMark(startOrOptions);
  else if (optionsValid && start !== undefined) start = getMark(start);
  else if (optionsValid && duration !== undefined && end !== undefined) start = end - getMark(duration);
  else start = 0;
  return { start, duration: end - start };
}

// Observers: entries are delivered in batches from an immediate, as in Node.
export const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'resource']);
const observers = new Set();
const pendingObservers = new Set();
let dispatchQueued = false;

function enqueue(entry) {
  for (const o of observers) o[kMaybeBuffer](entry);
}

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  globalThis.setImmediate(() => {
    dispatchQueued = false;
    const list = [...pendingObservers];
    pendingObservers.clear();
    for (const o of list) o[kDispatch]();
  });
}

export class PerformanceObserverEntryList {
  #entries;

  constructor(token, entries) {
    if (token !== kToken) throw illegalConstructor();
    this.#entries = entries.slice().sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this.#entries, opts)}`;
  }
}

export class PerformanceObserver {
  #callback;
  #buffer = [];
  #types = new Set();
  #mode;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        'The "options.entryTypes" and "options.type" arguments must be specified');
    }
    if (entryTypes != null && type != null) {
      throw invalidArgValue('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw invalidArgType('options.entryTypes', 'string[]', entryTypes);
      this.#mode = 'multiple';
      this.#types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this.#types.add(t);
    } else {
      this.#mode = 'single';
      if (!supportedEntryTypes.includes(type)) {
        this.disconnect();
        return;
      }
      this.#types.add(type);
      if (buffered) {
        this.#buffer.push(...bufferedEntries(undefined, type));
        if (this.#buffer.length > 0) {
          pendingObservers.add(this);
          queueDispatch();
        }
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this.#buffer = [];
    this.#types.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [kMaybeBuffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pendingObservers.add(this);
    queueDispatch();
  }

  [kDispatch]() {
    const records = this.takeRecords();
    if (records.length === 0) return;
    Reflect.apply(this.#callback, this, [new PerformanceObserverEntryList(kToken, records), this]);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, opts)}`;
  }
}
for (const C of [PerformanceEntry, PerformanceMeasure, PerformanceObserverEntryList]) {
  Object.defineProperty(C, 'length', { value: 0 });
}

function checkThis(self) {
  if (!(self instanceof Performance)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Performance');
  }
}

function eventLoopUtilization(util1, util2) {
  const ls = nodeMilestones.loopStart;
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.async.loopIdleTime();
  const active = now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

const kTimerified = Symbol('kTimerified');

function isConstructor(fn) {
  try {
    Reflect.construct(String, [], fn);
    return true;
  } catch {
    return false;
  }
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && (histogram === null || typeof histogram !== 'object' || !histogram[kRecordable])) {
    throw invalidArgType('options.histogram', 'an instance of RecordableHistogram', histogram);
  }
  if (fn[kTimerified]) return fn[kTimerified];
  const complete = (start, args) => {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    const entry = new PerformanceNodeEntry(kToken, fn.name, 'function', start, duration, args);
    for (let n = 0; n < args.length; n++) entry[n] = args[n];
    enqueue(entry);
  };
  const constructible = isConstructor(fn);
  function timerified(...args) {
    const start = now();
    const result = new.target !== undefined && constructible ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (new.target === undefined && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  Object.defineProperty(fn, kTimerified, { configurable: false, enumerable: false, value: timerified });
  return timerified;
}

export class Performance extends EventTarget {
  constructor(token) {
    if (token !== kToken) throw illegalConstructor();
    super();
  }

  clearMarks(name) {
    checkThis(this);
    if (name !== undefined) {
      name = `${name}`;
      if (readOnlyNames.has(name)) throw invalidArgValue('name', name);
      markTimings.delete(name);
    } else {
      markTimings.clear();
    }
    clearBuffer(markBuffer, name);
  }

  clearMeasures(name) {
    checkThis(this);
    clearBuffer(measureBuffer, name === undefined ? undefined : `${name}`);
  }

  clearResourceTimings(name) {
    checkThis(this);
  }

  getEntries() {
    checkThis(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type) {
    checkThis(this);
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return bufferedEntries(name, type);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw missingArgs('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw missingArgs('name');
    const entry = new PerformanceMark(name, options);
    enqueue(entry);
    bufferUserTiming(entry);
    return entry;
  }

  measure(name, startOrMeasureOptions, endMark) {
    checkThis(this);
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    const { start, duration } = startAndDuration(startOrMeasureOptions, endMark);
    const detail = cloneDetail(startOrMeasureOptions?.detail);
    const entry = new PerformanceMeasure(kToken, name, start, duration, detail);
    enqueue(entry);
    bufferUserTiming(entry);
    return entry;
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw missingArgs('maxSize');
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}

const performanceMethods = {
  eventLoopUtilization(util1, util2) {
    checkThis(this);
    return eventLoopUtilization(util1, util2);
  },
  markResourceTiming() {
    checkThis(this);
    throw notImplemented('performance.markResourceTiming');
  },
  timerify(fn, options = {}) {
    checkThis(this);
    return timerify(fn, options);
  },
};
Object.defineProperty(Performance.prototype, 'eventLoopUtilization',
  { value: performanceMethods.eventLoopUtilization, writable: true, enumerable: true, configurable: true });
Object.defineProperty(Performance.prototype, 'nodeTiming', {
  get() { checkThis(this); return nodeTiming; }, enumerable: true, configurable: true,
});
for (const name of ['markResourceTiming', 'timerify']) {
  Object.defineProperty(Performance.prototype, name,
    { value: performanceMethods[name], writable: true, enumerable: true, configurable: true });
}
let onBufferFull = null;
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  get() { return onBufferFull; },
  set(fn) { onBufferFull = fn; },
  enumerable: true,
  configurable: true,
});
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON']) {
  Object.defineProperty(Performance.prototype, name, { enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
Object.defineProperty(Performance.prototype, kInspect, {
  value(depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization() }, opts)}`;
  },
  configurable: true,
});

export const performance = new Performance(kToken);
