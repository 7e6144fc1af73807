// WHATWG Streams for the secexec guest, behaving like Node 22's
// lib/internal/webstreams: the same abstract operations in the same order
// (so the same microtask timing), the same Node-style errors (ERR_INVALID_STATE,
// ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE/VALUE, ...) and the same
// util.inspect output.  Written against the Streams Standard; Node's quirks
// (tee close via nextTick, the extra microtask before the first async
// iteration step, own `constructor` properties on internally created
// streams) are reproduced.
//
// Differences that remain: V8 10.2 has no ArrayBuffer#transfer, so buffers
// handed to byte streams are only detached when the native binding offers
// transferArrayBuffer() (see util.js); stream transfer through
// postMessage is not supported.
import { DOMException } from '../dom-exception.js';
import { AbortController, kResistStopPropagation } from '../event-target.js';
import { nextTick, queueMicrotask } from '../task-queue.js';
import {
  kInspect, kEnumerableProperty, kEmptyObject,
  invalidArgType, invalidArgValue, invalidState, invalidThis, illegalConstructor,
  outOfRange, argNotIterable, missingOption,
  validateObject, validateFunction, validateAbortSignal, validateBuffer,
  kValidateObjectAllowObjects, kValidateObjectAllowObjectsAndNull,
  createDeferred, setPromiseHandled,
  isArrayBufferView, isDataView, isTypedArray, viewBuffer, viewByteLength, viewByteOffset,
  typedArrayLength, arrayBufferByteLength, isDetached, transferArrayBuffer, copyArrayBuffer,
  customInspect, defineToStringTag, safeInspect, setNames,
} from './util.js';

const kState = Symbol('kState');
const kType = Symbol('kType');
const kSkipThrow = Symbol('kSkipThrow');
const kChunk = Symbol('kChunk');
const kClose = Symbol('kClose');
const kError = Symbol('kError');
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');
const kAbort = Symbol('kAbort');
const kErrorSteps = Symbol('kErrorSteps');
const kCloseSentinel = Symbol('kCloseSentinel');
export const kIsClosedPromise = Symbol('kIsClosedPromise');

const PromiseResolve = (v) => Promise.resolve(v);
const PromiseReject = (e) => Promise.reject(e);
const then = (p, a, b) => Promise.prototype.then.call(p, a, b);

function assert(cond) {
  if (!cond) throw new Error('webstreams: internal assertion failed');
}

function isBrandCheck(brand) {
  return (value) => value != null && value[kState] !== undefined && value[kType] === brand;
}

const nonOpStart = () => {};
const nonOpPull = async () => {};
const nonOpCancel = async () => {};
const nonOpWrite = async () => {};
const nonOpFlush = async () => {};

// "invoke a callback function type" for promise-returning callbacks.
async function invokePromiseCallback(fn, thisArg, ...args) {
  return Reflect.apply(fn, thisArg, args);
}

function createPromiseCallback(name, fn, thisArg) {
  validateFunction(fn, name);
  return (...args) => invokePromiseCallback(fn, thisArg, ...args);
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw invalidArgValue('strategy.highWaterMark', value, undefined, RangeError);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return size;
}

function dequeueValue(controller) {
  const { value, size } = controller[kState].queue.shift();
  controller[kState].queueTotalSize = Math.max(0, controller[kState].queueTotalSize - size);
  return value;
}

function resetQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function enqueueValueWithSize(controller, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw invalidArgValue('size', size, undefined, RangeError);
  }
  controller[kState].queue.push({ value, size });
  controller[kState].queueTotalSize += size;
}

function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  return new Uint8Array(ArrayBuffer.prototype.slice.call(buffer, byteOffset, byteOffset + byteLength));
}

function canCopyArrayBuffer(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  return toBuffer !== fromBuffer &&
    !isDetached(toBuffer) && !isDetached(fromBuffer) &&
    toIndex + count <= arrayBufferByteLength(toBuffer) &&
    fromIndex + count <= arrayBufferByteLength(fromBuffer);
}

// Sync -> async iterator adaptation and the iterator protocol helpers used
// by ReadableStream.from().
function createAsyncFromSyncIterator(syncIteratorRecord) {
  const syncIterable = { [Symbol.iterator]: () => syncIteratorRecord.iterator };
  const asyncIterator = (async function* () {
    return yield* syncIterable;
  }());
  return { iterator: asyncIterator, nextMethod: asyncIterator.next, done: false };
}

function getIterator(obj, kind = 'sync', method) {
  if (method === undefined) {
    if (kind === 'async') {
      method = obj[Symbol.asyncIterator];
      if (method == null) {
        const syncMethod = obj[Symbol.iterator];
        if (syncMethod === undefined) throw argNotIterable(describeIterableArg(obj));
        return createAsyncFromSyncIterator(getIterator(obj, 'sync', syncMethod));
      }
    } else {
      method = obj[Symbol.iterator];
    }
  }
  if (method === undefined) throw argNotIterable(describeIterableArg(obj));
  const iterator = Reflect.apply(method, obj, []);
  if (typeof iterator !== 'object' || iterator === null) {
    throw invalidState('The iterator method must return an object', TypeError);
  }
  return { iterator, nextMethod: iterator.next, done: false };
}

// Node formats ERR_ARG_NOT_ITERABLE's %s like util.format: primitives and
// objects with their own toString through String(), others inspected.
function describeIterableArg(obj) {
  if (obj === null || typeof obj !== 'object') return String(obj);
  const { toString } = obj;
  if (typeof toString === 'function' && !/\[native code\]\s*\}$/.test(Function.prototype.toString.call(toString))) {
    return String(obj);
  }
  return safeInspect(obj, { depth: 0, colors: false, compact: 3 });
}

function iteratorNext(iteratorRecord, value) {
  let result;
  if (value === undefined) {
    result = Reflect.apply(iteratorRecord.nextMethod, iteratorRecord.iterator, []);
  } else {
    result = Reflect.apply(iteratorRecord.nextMethod, iteratorRecord.iterator, [value]);
  }
  if (typeof result !== 'object' || result === null) {
    throw invalidState('The iterator.next() method must return an object', TypeError);
  }
  return result;
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const AsyncIterator = { __proto__: AsyncIteratorPrototype, next: undefined, return: undefined };

let releasedError;
let releasingError;
function readableReleasedError() {
  releasedError ??= invalidState('Reader released', TypeError);
  return releasedError;
}
function readableReleasingError() {
  releasingError ??= invalidState('Releasing reader', TypeError);
  return releasingError;
}
let writerReleasedError;
function writableReleasedError() {
  writerReleasedError ??= invalidState('Writer has been released', TypeError);
  return writerReleasedError;
}

function inspectMethod(name, dataFn) {
  return function (depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, name, dataFn(this));
  };
}

// ===========================================================================
// Queuing strategies

const byteSizeFunction = Object.defineProperty((chunk) => chunk.byteLength, 'name', { value: 'size' });
const countSizeFunction = Object.defineProperty(() => 1, 'name', { value: 'size' });

export class ByteLengthQueuingStrategy {
  #state;

  constructor(init) {
    validateObject(init, 'init');
    if (init.highWaterMark === undefined) throw missingOption('init.highWaterMark');
    this.#state = { highWaterMark: +init.highWaterMark };
  }

  get highWaterMark() {
    return this.#state.highWaterMark;
  }

  get size() {
    return byteSizeFunction;
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'ByteLengthQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

export class CountQueuingStrategy {
  #state;

  constructor(init) {
    validateObject(init, 'init');
    if (init.highWaterMark === undefined) throw missingOption('init.highWaterMark');
    this.#state = { highWaterMark: +init.highWaterMark };
  }

  get highWaterMark() {
    return this.#state.highWaterMark;
  }

  get size() {
    return countSizeFunction;
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, 'CountQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(C.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
  });
  defineToStringTag(C.prototype, C.name);
}

// ===========================================================================
// ReadableStream

function createReadableStreamState() {
  return {
    __proto__: null,
    disturbed: false,
    reader: undefined,
    state: 'readable',
    storedError: undefined,
    controller: undefined,
  };
}

export class ReadableStream {
  [kType] = 'ReadableStream';

  constructor(source = kEmptyObject, strategy = kEmptyObject) {
    validateObject(source, 'source', kValidateObjectAllowObjects);
    validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    this[kState] = createReadableStreamState();
    this[kIsClosedPromise] = createDeferred();

    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;

    if (`${type}` === 'bytes') {
      if (size !== undefined) throw invalidArgValue('strategy.size', size, undefined, RangeError);
      setupReadableByteStreamControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw invalidArgValue('source.type', type);
      setupReadableStreamDefaultControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 1), extractSizeAlgorithm(size));
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return isReadableStreamLocked(this);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return PromiseReject(invalidThis('ReadableStream'));
    if (isReadableStreamLocked(this)) {
      return PromiseReject(invalidState('ReadableStream is locked', TypeError));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = kEmptyObject) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw invalidArgValue('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw invalidArgType('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isWritableStream(writable)) {
      throw invalidArgType('transform.writable', 'WritableStream', writable);
    }
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const preventAbort = options?.preventAbort;
    const preventCancel = options?.preventCancel;
    const preventClose = options?.preventClose;
    const signal = options?.signal;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked', TypeError);
    if (isWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked', TypeError);
    const promise = readableStreamPipeTo(this, writable, !!preventClose, !!preventAbort, !!preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      if (!isWritableStream(destination)) {
        throw invalidArgType('transform.writable', 'WritableStream', destination);
      }
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
      const preventAbort = options?.preventAbort;
      const preventCancel = options?.preventCancel;
      const preventClose = options?.preventClose;
      const signal = options?.signal;
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked', TypeError);
      if (isWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked', TypeError);
      return readableStreamPipeTo(this, destination, !!preventClose, !!preventAbort, !!preventCancel, signal);
    } catch (error) {
      return PromiseReject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = kEmptyObject) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const preventCancel = !!(options?.preventCancel);
    const reader = new ReadableStreamDefaultReader(this);
    const state = { done: false, current: undefined };
    let started = false;

    function nextSteps() {
      if (state.done) return PromiseResolve({ done: true, value: undefined });
      if (reader[kState].stream === undefined) {
        return PromiseReject(invalidState('The reader is not bound to a ReadableStream', TypeError));
      }
      const promise = createDeferred();
      readableStreamDefaultReaderRead(reader, new ReadableStreamAsyncIteratorReadRequest(reader, state, promise));
      return promise.promise;
    }

    async function returnSteps(value) {
      if (state.done) return { done: true, value };
      state.done = true;
      if (reader[kState].stream === undefined) {
        throw invalidState('The reader is not bound to a ReadableStream', TypeError);
      }
      if (!preventCancel) {
        const result = readableStreamReaderGenericCancel(reader, value);
        readableStreamReaderGenericRelease(reader);
        await result;
        return { done: true, value };
      }
      readableStreamReaderGenericRelease(reader);
      return { done: true, value };
    }

    return Object.setPrototypeOf({
      next() {
        // Node delays the first read by one microtask.
        if (!started) {
          state.current = PromiseResolve();
          started = true;
        }
        state.current = state.current !== undefined ?
          then(state.current, nextSteps, nextSteps) :
          nextSteps();
        return state.current;
      },

      return(error) {
        started = true;
        state.current = state.current !== undefined ?
          then(state.current, () => returnSteps(error), () => returnSteps(error)) :
          returnSteps(error);
        return state.current;
      },

      [Symbol.asyncIterator]() { return this; },
    }, AsyncIterator);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: this[kState].controller instanceof ReadableByteStreamController,
    });
  }
}

Object.defineProperties(ReadableStream.prototype, {
  [Symbol.asyncIterator]: {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: ReadableStream.prototype.values,
  },
  locked: kEnumerableProperty,
  cancel: kEnumerableProperty,
  getReader: kEnumerableProperty,
  pipeThrough: kEnumerableProperty,
  pipeTo: kEnumerableProperty,
  tee: kEnumerableProperty,
  values: kEnumerableProperty,
});
defineToStringTag(ReadableStream.prototype, 'ReadableStream');
Object.defineProperties(ReadableStream, { from: kEnumerableProperty });

export class ReadableStreamBYOBRequest {
  [kType] = 'ReadableStreamBYOBRequest';

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) {
      throw invalidState('This BYOB request has been invalidated', TypeError);
    }
    if (isDetached(viewBuffer(view))) {
      throw invalidState('Viewed ArrayBuffer is detached', TypeError);
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw invalidState('This BYOB request has been invalidated', TypeError);
    }
    validateBuffer(view, 'view');
    if (isDetached(viewBuffer(view))) {
      throw invalidState('Viewed ArrayBuffer is detached', TypeError);
    }
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: kEnumerableProperty,
  respond: kEnumerableProperty,
  respondWithNewView: kEnumerableProperty,
});
defineToStringTag(ReadableStreamBYOBRequest.prototype, 'ReadableStreamBYOBRequest');

function createReadableStreamBYOBRequest(controller, view) {
  const request = new ReadableStreamBYOBRequest(kSkipThrow);
  request[kState] = { controller, view };
  return request;
}

class ReadableStreamAsyncIteratorReadRequest {
  constructor(reader, state, promise) {
    this.reader = reader;
    this.state = state;
    this.promise = promise;
  }

  [kChunk](chunk) {
    this.state.current = undefined;
    this.promise.resolve({ value: chunk, done: false });
  }

  [kClose]() {
    this.state.current = undefined;
    this.state.done = true;
    readableStreamReaderGenericRelease(this.reader);
    this.promise.resolve({ done: true, value: undefined });
  }

  [kError](error) {
    this.state.current = undefined;
    this.state.done = true;
    readableStreamReaderGenericRelease(this.reader);
    this.promise.reject(error);
  }
}

class DefaultReadRequest {
  constructor() {
    this[kState] = createDeferred();
  }

  [kChunk](value) { this[kState].resolve({ value, done: false }); }

  [kClose]() { this[kState].resolve({ value: undefined, done: true }); }

  [kError](error) { this[kState].reject(error); }

  get promise() { return this[kState].promise; }
}

class ReadIntoRequest {
  constructor() {
    this[kState] = createDeferred();
  }

  [kChunk](value) { this[kState].resolve({ value, done: false }); }

  [kClose](value) { this[kState].resolve({ value, done: true }); }

  [kError](error) { this[kState].reject(error); }

  get promise() { return this[kState].promise; }
}

export class ReadableStreamDefaultReader {
  [kType] = 'ReadableStreamDefaultReader';

  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    this[kState] = {
      readRequests: [],
      stream: undefined,
      close: { promise: undefined, resolve: undefined, reject: undefined },
    };
    setupReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) return PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream', TypeError));
    }
    const readRequest = new DefaultReadRequest();
    readableStreamDefaultReaderRead(this, readRequest);
    return readRequest.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) return PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) return PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream', TypeError));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamDefaultReader.prototype, {
  closed: kEnumerableProperty,
  read: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  cancel: kEnumerableProperty,
});
defineToStringTag(ReadableStreamDefaultReader.prototype, 'ReadableStreamDefaultReader');

export class ReadableStreamBYOBReader {
  [kType] = 'ReadableStreamBYOBReader';

  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    this[kState] = {
      stream: undefined,
      readIntoRequests: [],
      close: { promise: undefined, resolve: undefined, reject: undefined },
    };
    setupReadableStreamBYOBReader(this, stream);
  }

  async read(view, options = kEmptyObject) {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (!isArrayBufferView(view)) {
      throw invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);

    const byteLength = viewByteLength(view);
    const buffer = viewBuffer(view);
    const bufferByteLength = arrayBufferByteLength(buffer);
    if (byteLength === 0 || bufferByteLength === 0) {
      throw invalidState('View or Viewed ArrayBuffer is zero-length or detached', TypeError);
    }

    const min = options?.min ?? 1;
    if (typeof min !== 'number') throw invalidArgType('options.min', 'number', min);
    if (!Number.isInteger(min)) throw invalidArgValue('options.min', min, 'must be an integer');
    if (min <= 0) throw invalidArgValue('options.min', min, 'must be greater than 0');
    if (!isDataView(view)) {
      if (min > typedArrayLength(view)) throw outOfRange('options.min', '<= view.length', min);
    } else if (min > byteLength) {
      throw outOfRange('options.min', '<= view.byteLength', min);
    }

    if (this[kState].stream === undefined) {
      throw invalidState('The reader is not attached to a stream', TypeError);
    }
    const readIntoRequest = new ReadIntoRequest();
    readableStreamBYOBReaderRead(this, view, min, readIntoRequest);
    return readIntoRequest.promise;
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) return PromiseReject(invalidThis('ReadableStreamBYOBReader'));
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) return PromiseReject(invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream', TypeError));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBReader.prototype, {
  closed: kEnumerableProperty,
  read: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  cancel: kEnumerableProperty,
});
defineToStringTag(ReadableStreamBYOBReader.prototype, 'ReadableStreamBYOBReader');

export class ReadableStreamDefaultController {
  [kType] = 'ReadableStreamDefaultController';
  [kState] = {};

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
  }

  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed', TypeError);
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed', TypeError);
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    return readableStreamDefaultControllerCancelSteps(this, reason);
  }

  [kPull](readRequest) {
    readableStreamDefaultControllerPullSteps(this, readRequest);
  }

  [kRelease]() {}

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
});
defineToStringTag(ReadableStreamDefaultController.prototype, 'ReadableStreamDefaultController');

export class ReadableByteStreamController {
  [kType] = 'ReadableByteStreamController';
  [kState] = {};

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    if (this[kState].byobRequest === null && this[kState].pendingPullIntos.length) {
      const { buffer, byteOffset, bytesFilled, byteLength } = this[kState].pendingPullIntos[0];
      const view = new Uint8Array(buffer, byteOffset + bytesFilled, byteLength - bytesFilled);
      this[kState].byobRequest = createReadableStreamBYOBRequest(this, view);
    }
    return this[kState].byobRequest;
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed', TypeError);
    if (this[kState].stream[kState].state !== 'readable') {
      throw invalidState('ReadableStream is already closed', TypeError);
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    validateBuffer(chunk);
    const chunkByteLength = viewByteLength(chunk);
    const chunkBuffer = viewBuffer(chunk);
    const chunkBufferByteLength = arrayBufferByteLength(chunkBuffer);
    if (chunkByteLength === 0 || chunkBufferByteLength === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached', TypeError);
    }
    if (this[kState].closeRequested) throw invalidState('Controller is already closed', TypeError);
    if (this[kState].stream[kState].state !== 'readable') {
      throw invalidState('ReadableStream is already closed', TypeError);
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [kCancel](reason) {
    return readableByteStreamControllerCancelSteps(this, reason);
  }

  [kPull](readRequest) {
    readableByteStreamControllerPullSteps(this, readRequest);
  }

  [kRelease]() {
    const { pendingPullIntos } = this[kState];
    if (pendingPullIntos.length > 0) {
      const first = pendingPullIntos[0];
      first.type = 'none';
      this[kState].pendingPullIntos = [first];
    }
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
});
defineToStringTag(ReadableByteStreamController.prototype, 'ReadableByteStreamController');

function InternalReadableStream(start, pull, cancel, highWaterMark, size) {
  Object.setPrototypeOf(this, ReadableStream.prototype);
  this[kType] = 'ReadableStream';
  this[kState] = createReadableStreamState();
  this[kIsClosedPromise] = createDeferred();
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupReadableStreamDefaultController(this, controller, start, pull, cancel, highWaterMark, size);
}
Object.setPrototypeOf(InternalReadableStream.prototype, ReadableStream.prototype);
Object.setPrototypeOf(InternalReadableStream, ReadableStream);

export function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = new InternalReadableStream(start, pull, cancel, highWaterMark, size);
  // As in Node: an own, enumerable `constructor`.
  stream.constructor = ReadableStream;
  return stream;
}

function InternalReadableByteStream(start, pull, cancel) {
  Object.setPrototypeOf(this, ReadableStream.prototype);
  this[kType] = 'ReadableStream';
  this[kState] = createReadableStreamState();
  this[kIsClosedPromise] = createDeferred();
  const controller = new ReadableByteStreamController(kSkipThrow);
  setupReadableByteStreamController(this, controller, start, pull, cancel, 0, undefined);
}
Object.setPrototypeOf(InternalReadableByteStream.prototype, ReadableStream.prototype);
Object.setPrototypeOf(InternalReadableByteStream, ReadableStream);

export function createReadableByteStream(start, pull, cancel) {
  const stream = new InternalReadableByteStream(start, pull, cancel);
  stream.constructor = ReadableStream;
  return stream;
}

export const isReadableStream = isBrandCheck('ReadableStream');
const isReadableByteStreamController = isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');
const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');

// ---- ReadableStream abstract operations

function readableStreamFromIterable(iterable) {
  let stream;
  const iteratorRecord = getIterator(iterable, 'async');

  async function pullAlgorithm() {
    const nextResult = iteratorNext(iteratorRecord);
    const nextPromise = PromiseResolve(nextResult);
    return then(nextPromise, (iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw invalidState(
          'The promise returned by the iterator.next() method must fulfill with an object', TypeError);
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream[kState].controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
      }
    });
  }

  async function cancelAlgorithm(reason) {
    const { iterator } = iteratorRecord;
    const returnMethod = iterator.return;
    if (returnMethod === undefined) return PromiseResolve();
    const returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    const returnPromise = PromiseResolve(returnResult);
    return then(returnPromise, (iterResult) => {
      if (typeof iterResult !== 'object' || iterResult === null) {
        throw invalidState(
          'The promise returned by the iterator.return() method must fulfill with an object', TypeError);
      }
      return undefined;
    });
  }

  stream = createReadableStream(nonOpStart, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// addAbortListener(signal, listener) from node:events, reduced to what
// pipeTo needs: returns a disposer.
function addAbortListener(signal, listener) {
  if (signal.aborted) {
    queueMicrotask(() => listener());
    return { dispose() {} };
  }
  signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
  return { dispose() { signal.removeEventListener('abort', listener); } };
}

export function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader;
  let writer;
  let disposable;
  try {
    reader = new ReadableStreamDefaultReader(source);
    writer = new WritableStreamDefaultWriter(dest);
  } catch (error) {
    return PromiseReject(error);
  }

  source[kState].disturbed = true;
  let shuttingDown = false;

  if (signal !== undefined) {
    try {
      validateAbortSignal(signal, 'options.signal');
    } catch (error) {
      return PromiseReject(error);
    }
  }

  const promise = createDeferred();
  const state = { currentWrite: PromiseResolve() };

  function finalize(rejected, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamReaderGenericRelease(reader);
    if (signal !== undefined) disposable?.dispose();
    if (rejected) promise.reject(error);
    else promise.resolve();
  }

  async function waitForCurrentWrite() {
    const write = state.currentWrite;
    await write;
    if (write !== state.currentWrite) await waitForCurrentWrite();
  }

  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      then(waitForCurrentWrite(), complete, (error) => finalize(true, error));
      return;
    }
    complete();

    function complete() {
      then(action(), () => finalize(rejected, originalError), (error) => finalize(true, error));
    }
  }

  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      then(waitForCurrentWrite(), () => finalize(rejected, error), (e) => finalize(true, e));
      return;
    }
    finalize(rejected, error);
  }

  function abortAlgorithm() {
    const error = signal.reason;
    const actions = [];
    if (!preventAbort) {
      actions.push(() => {
        if (dest[kState].state === 'writable') return writableStreamAbort(dest, error);
        return PromiseResolve();
      });
    }
    if (!preventCancel) {
      actions.push(() => {
        if (source[kState].state === 'readable') return readableStreamCancel(source, error);
        return PromiseResolve();
      });
    }
    shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
  }

  function watchErrored(stream, p, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else then(p, undefined, action);
  }

  function watchClosed(stream, p, action) {
    if (stream[kState].state === 'closed') action();
    else then(p, action, () => {});
  }

  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const p = createDeferred();
    readableStreamDefaultReaderRead(reader, new PipeToReadableStreamReadRequest(writer, state, p));
    return p.promise;
  }

  async function run() {
    // eslint-disable-next-line no-empty
    while (!await step()) {}
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    disposable = addAbortListener(signal, abortAlgorithm);
  }

  setPromiseHandled(run());

  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) {
      return shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
    }
    shutdown(true, error);
  });

  watchErrored(dest, writer[kState].close.promise, (error) => {
    if (!preventCancel) {
      return shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    }
    shutdown(true, error);
  });

  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) {
      return shutdownWithAnAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    }
    shutdown();
  });

  if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed', TypeError);
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  }

  return promise.promise;
}

class PipeToReadableStreamReadRequest {
  constructor(writer, state, promise) {
    this.writer = writer;
    this.state = state;
    this.promise = promise;
  }

  [kChunk](chunk) {
    this.state.currentWrite = writableStreamDefaultWriterWrite(this.writer, chunk);
    setPromiseHandled(this.state.currentWrite);
    this.promise.resolve(false);
  }

  [kClose]() {
    this.promise.resolve(true);
  }

  [kError](error) {
    this.promise.reject(error);
  }
}

export function readableStreamTee(stream, cloneForBranch2) {
  if (isReadableByteStreamController(stream[kState].controller)) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  async function pullAlgorithm() {
    if (reading) return;
    reading = true;
    const readRequest = {
      [kChunk](value) {
        queueMicrotask(() => {
          reading = false;
          const value1 = value;
          let value2 = value;
          if (!canceled2 && cloneForBranch2) {
            value2 = globalThis.structuredClone(value2);
          }
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value2);
        });
      },
      [kClose]() {
        // Node closes the branches from a nextTick (nodejs/node#39758).
        nextTick(() => {
          reading = false;
          if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
          if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve();
        });
      },
      [kError]() {
        reading = false;
      },
    };
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(nonOpStart, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(nonOpStart, pullAlgorithm, cancel2Algorithm);

  then(reader[kState].close.promise, undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = createDeferred();

  function forwardReaderError(thisReader) {
    then(thisReader[kState].close.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      readableStreamDefaultControllerError(branch1[kState].controller, error);
      readableStreamDefaultControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelDeferred.resolve();
    });
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    const readRequest = {
      [kChunk](chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(branch1[kState].controller, error);
              readableByteStreamControllerError(branch2[kState].controller, error);
              cancelDeferred.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      [kClose]() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled1 || !canceled2) cancelDeferred.resolve();
      },
      [kError]() {
        reading = false;
      },
    };
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 === true ? branch2 : branch1;
    const otherBranch = forBranch2 === false ? branch2 : branch1;
    const readIntoRequest = {
      [kChunk](chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 === true ? canceled2 : canceled1;
          const otherCanceled = forBranch2 === false ? canceled2 : canceled1;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(byobBranch[kState].controller, error);
              readableByteStreamControllerError(otherBranch[kState].controller, error);
              cancelDeferred.resolve(readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      [kClose](chunk) {
        reading = false;
        const byobCanceled = forBranch2 === true ? canceled2 : canceled1;
        const otherCanceled = forBranch2 === false ? canceled2 : canceled1;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          if (!otherCanceled && otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelDeferred.resolve();
      },
      [kError]() {
        reading = false;
      },
    };
    readableStreamBYOBReaderRead(reader, view, 1, readIntoRequest);
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = branch1[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return PromiseResolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = branch2[kState].controller.byobRequest;
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return PromiseResolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  branch1 = createReadableByteStream(nonOpStart, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(nonOpStart, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

function readableByteStreamControllerConvertPullIntoDescriptor(desc) {
  const { buffer, bytesFilled, byteLength, byteOffset, ctor, elementSize } = desc;
  if (bytesFilled > byteLength) throw invalidState('The buffer size is invalid', RangeError);
  assert(!(bytesFilled % elementSize));
  const transferredBuffer = transferArrayBuffer(buffer);
  const B = globalThis.Buffer;
  if (B !== undefined && ctor === B) {
    return B.from(transferredBuffer, byteOffset, bytesFilled / elementSize);
  }
  return new ctor(transferredBuffer, byteOffset, bytesFilled / elementSize);
}

export function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

export function isReadableStreamDisturbed(stream) {
  return stream[kState].disturbed;
}

export function readableStreamState(stream) {
  return stream[kState].state;
}

export function readableStreamCancel(stream, reason) {
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      return PromiseResolve();
    case 'errored':
      return PromiseReject(stream[kState].storedError);
    default:
      break;
  }
  readableStreamClose(stream);
  const { reader } = stream[kState];
  if (reader !== undefined && readableStreamHasBYOBReader(stream)) {
    for (let n = 0; n < reader[kState].readIntoRequests.length; n++) {
      reader[kState].readIntoRequests[n][kClose]();
    }
    reader[kState].readIntoRequests = [];
  }
  return then(stream[kState].controller[kCancel](reason), () => {});
}

function readableStreamClose(stream) {
  assert(stream[kState].state === 'readable');
  stream[kState].state = 'closed';
  stream[kIsClosedPromise].resolve();
  const { reader } = stream[kState];
  if (reader === undefined) return;
  reader[kState].close.resolve?.();
  if (readableStreamHasDefaultReader(stream)) {
    for (let n = 0; n < reader[kState].readRequests.length; n++) {
      reader[kState].readRequests[n][kClose]();
    }
    reader[kState].readRequests = [];
  }
}

function readableStreamError(stream, error) {
  assert(stream[kState].state === 'readable');
  stream[kState].state = 'errored';
  stream[kState].storedError = error;
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(error);
  const { reader } = stream[kState];
  if (reader === undefined) return;
  setPromiseHandled(reader[kState].close.promise);
  reader[kState].close.reject?.(error);
  if (readableStreamHasDefaultReader(stream)) {
    for (let n = 0; n < reader[kState].readRequests.length; n++) {
      reader[kState].readRequests[n][kError](error);
    }
    reader[kState].readRequests = [];
  } else {
    for (let n = 0; n < reader[kState].readIntoRequests.length; n++) {
      reader[kState].readIntoRequests[n][kError](error);
    }
    reader[kState].readIntoRequests = [];
  }
}

function readableStreamHasDefaultReader(stream) {
  const { reader } = stream[kState];
  if (reader === undefined) return false;
  return reader[kState] !== undefined && reader[kType] === 'ReadableStreamDefaultReader';
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasBYOBReader(stream) {
  const { reader } = stream[kState];
  if (reader === undefined) return false;
  return reader[kState] !== undefined && reader[kType] === 'ReadableStreamBYOBReader';
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const { reader } = stream[kState];
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest[kClose]();
  else readRequest[kChunk](chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const { reader } = stream[kState];
  const readIntoRequest = reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest[kClose](chunk);
  else readIntoRequest[kChunk](chunk);
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      reader[kState].close = createDeferred();
      break;
    case 'closed':
      reader[kState].close = { promise: PromiseResolve(), resolve: undefined, reject: undefined };
      break;
    case 'errored':
      reader[kState].close = {
        promise: PromiseReject(stream[kState].storedError), resolve: undefined, reject: undefined,
      };
      setPromiseHandled(reader[kState].close.promise);
      break;
    default:
      break;
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, readableReleasingError());
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  for (let n = 0; n < reader[kState].readRequests.length; ++n) {
    reader[kState].readRequests[n][kError](e);
  }
  reader[kState].readRequests = [];
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, readableReleasingError());
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  for (let n = 0; n < reader[kState].readIntoRequests.length; ++n) {
    reader[kState].readIntoRequests[n][kError](e);
  }
  reader[kState].readIntoRequests = [];
}

function readableStreamReaderGenericRelease(reader) {
  const { stream } = reader[kState];
  const releasedStateError = readableReleasedError();
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject?.(releasedStateError);
  } else {
    reader[kState].close = { promise: PromiseReject(releasedStateError), resolve: undefined, reject: undefined };
  }
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const { stream } = reader[kState];
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    readIntoRequest[kError](stream[kState].storedError);
    return;
  }
  readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const { stream } = reader[kState];
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      readRequest[kClose]();
      break;
    case 'errored':
      readRequest[kError](stream[kState].storedError);
      break;
    case 'readable':
      stream[kState].controller[kPull](readRequest);
      break;
    default:
      break;
  }
}

function setupReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked', TypeError);
  const { controller } = stream[kState];
  if (!isReadableByteStreamController(controller)) {
    throw invalidArgValue('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}

function setupReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked', TypeError);
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  controller[kState].closeRequested = true;
  if (!controller[kState].queue.length) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(controller[kState].stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const { stream } = controller[kState];
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequestsSafe(stream)) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    try {
      const chunkSize = Reflect.apply(controller[kState].sizeAlgorithm, undefined, [chunk]);
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

// Node asserts a default reader here; a BYOB reader cannot exist on a
// default-controller stream, so reading readRequests is safe.
function readableStreamGetNumReadRequestsSafe(stream) {
  return stream[kState].reader[kState].readRequests?.length ?? 0;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const { stream } = controller[kState];
  return !controller[kState].closeRequested && stream[kState].state === 'readable';
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return highWaterMark - queueTotalSize;
  }
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const { stream } = controller[kState];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !controller[kState].started) {
    return false;
  }
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequestsSafe(stream)) return true;
  const desiredSize = readableStreamDefaultControllerGetDesiredSize(controller);
  return desiredSize > 0;
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (controller[kState].pulling) {
    controller[kState].pullAgain = true;
    return;
  }
  controller[kState].pulling = true;
  then(
    controller[kState].pullAlgorithm(controller),
    () => {
      controller[kState].pulling = false;
      if (controller[kState].pullAgain) {
        controller[kState].pullAgain = false;
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    },
    (error) => readableStreamDefaultControllerError(controller, error));
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state === 'readable') {
    resetQueue(controller);
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamError(stream, error);
  }
}

function readableStreamDefaultControllerCancelSteps(controller, reason) {
  resetQueue(controller);
  const result = controller[kState].cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function readableStreamDefaultControllerPullSteps(controller, readRequest) {
  const { stream, queue } = controller[kState];
  if (queue.length) {
    const chunk = dequeueValue(controller);
    if (controller[kState].closeRequested && !controller[kState].queue.length) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest[kChunk](chunk);
    return;
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function setupReadableStreamDefaultController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    cancelAlgorithm,
    closeRequested: false,
    highWaterMark,
    pullAgain: false,
    pullAlgorithm,
    pulling: false,
    queue: [],
    queueTotalSize: 0,
    started: false,
    sizeAlgorithm,
    stream,
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  then(
    new Promise((r) => r(startResult)),
    () => {
      controller[kState].started = true;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    },
    (error) => readableStreamDefaultControllerError(controller, error));
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const startAlgorithm = start ? Function.prototype.bind.call(start, source, controller) : nonOpStart;
  const pullAlgorithm = pull ? createPromiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel ? createPromiseCallback('source.cancel', cancel, source) : nonOpCancel;
  setupReadableStreamDefaultController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

function readableByteStreamControllerClose(controller) {
  const { closeRequested, pendingPullIntos, queueTotalSize, stream } = controller[kState];
  if (closeRequested || stream[kState].state !== 'readable') return;
  if (queueTotalSize) {
    controller[kState].closeRequested = true;
    return;
  }
  if (pendingPullIntos.length) {
    const first = pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read', TypeError);
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
  if (desc.type === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerCommitPullIntoDescriptors(stream, descriptors) {
  for (let i = 0; i < descriptors.length; ++i) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptors[i]);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  if (controller[kState].byobRequest === null) return;
  controller[kState].byobRequest[kState].controller = undefined;
  controller[kState].byobRequest[kState].view = null;
  controller[kState].byobRequest = null;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const { stream, highWaterMark, queueTotalSize } = controller[kState];
  switch (stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return highWaterMark - queueTotalSize;
  }
}

function readableByteStreamControllerShouldCallPull(controller) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable' || controller[kState].closeRequested || !controller[kState].started) {
    return false;
  }
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const { closeRequested, queueTotalSize, stream } = controller[kState];
  if (!queueTotalSize && closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(stream);
    return;
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const { closeRequested, stream, pendingPullIntos } = controller[kState];
  let elementSize = 1;
  let ctor = DataView;
  if (isArrayBufferView(view) && !isDataView(view)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const minimumFill = min * elementSize;
  const buffer = viewBuffer(view);
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  const bufferByteLength = arrayBufferByteLength(buffer);

  let transferredBuffer;
  try {
    transferredBuffer = transferArrayBuffer(buffer);
  } catch (error) {
    readIntoRequest[kError](error);
    return;
  }
  const desc = {
    buffer: transferredBuffer,
    bufferByteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    ctor,
    type: 'byob',
  };
  if (pendingPullIntos.length) {
    pendingPullIntos.push(desc);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    const emptyView = new ctor(desc.buffer, byteOffset, 0);
    readIntoRequest[kClose](emptyView);
    return;
  }
  if (controller[kState].queueTotalSize) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(desc);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest[kChunk](filledView);
      return;
    }
    if (closeRequested) {
      const error = invalidState('ReadableStream closed', TypeError);
      readableByteStreamControllerError(controller, error);
      readIntoRequest[kError](error);
      return;
    }
  }
  pendingPullIntos.push(desc);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const { stream, pendingPullIntos } = controller[kState];
  const desc = pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (stream[kState].state === 'closed') {
    if (bytesWritten) throw invalidState('Controller is closed but view is not zero-length', TypeError);
    readableByteStreamControllerRespondInClosedState(controller, desc);
  } else {
    if (!bytesWritten) throw invalidState('View cannot be zero-length', TypeError);
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const { pendingPullIntos, stream } = controller[kState];
  const desc = pendingPullIntos[0];
  if (stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw invalidArgValue('bytesWritten', bytesWritten);
  } else {
    if (!bytesWritten) throw invalidArgValue('bytesWritten', bytesWritten);
    if ((desc.bytesFilled + bytesWritten) > desc.byteLength) {
      throw invalidArgValue('bytesWritten', bytesWritten, undefined, RangeError);
    }
  }
  desc.buffer = transferArrayBuffer(desc.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, desc) {
  if (desc.type === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const { stream } = controller[kState];
  if (readableStreamHasBYOBReader(stream)) {
    const filledPullIntos = [];
    for (let i = 0; i < readableStreamGetNumReadIntoRequests(stream); ++i) {
      filledPullIntos.push(readableByteStreamControllerShiftPendingPullInto(controller));
    }
    readableByteStreamControllerCommitPullIntoDescriptors(stream, filledPullIntos);
  }
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, desc) {
  desc.bytesFilled += size;
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const { closeRequested, pendingPullIntos, stream } = controller[kState];
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  if (closeRequested || stream[kState].state !== 'readable') return;

  const transferredBuffer = transferArrayBuffer(buffer);

  if (pendingPullIntos.length) {
    const first = pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw invalidState('Destination ArrayBuffer is detached', TypeError);
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.type === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }

  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (!readableStreamGetNumReadRequests(stream)) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller[kState].pendingPullIntos.length) {
        readableByteStreamControllerShiftPendingPullInto(controller);
      }
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    readableByteStreamControllerCommitPullIntoDescriptors(stream, filledPullIntos);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let cloneResult;
  try {
    cloneResult = ArrayBuffer.prototype.slice.call(buffer, byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, cloneResult, 0, byteLength);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc) {
  const { buffer, byteOffset, bytesFilled } = desc;
  if (bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc) {
  const { buffer, byteLength, byteOffset, bytesFilled, minimumFill, elementSize } = desc;
  const maxBytesToCopy = Math.min(controller[kState].queueTotalSize, byteLength - bytesFilled);
  const maxBytesFilled = bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % elementSize);
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes >= minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - bytesFilled;
    ready = true;
  }
  const { queue } = controller[kState];
  while (totalBytesToCopyRemaining) {
    const headOfQueue = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, headOfQueue.byteLength);
    const destStart = byteOffset + desc.bytesFilled;
    assert(canCopyArrayBuffer(buffer, destStart, headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy));
    copyArrayBuffer(buffer, destStart, headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy);
    if (headOfQueue.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      headOfQueue.byteOffset += bytesToCopy;
      headOfQueue.byteLength -= bytesToCopy;
    }
    controller[kState].queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, desc);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const { pendingPullIntos } = controller[kState];
  const filledPullIntos = [];
  while (pendingPullIntos.length) {
    if (!controller[kState].queueTotalSize) break;
    const desc = pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, desc)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filledPullIntos.push(desc);
    }
  }
  return filledPullIntos;
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, desc) {
  const { stream } = controller[kState];
  const { buffer, bytesFilled, byteLength, type } = desc;
  if (bytesFilled + bytesWritten > byteLength) throw invalidState('The buffer size is invalid', RangeError);
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, desc);
  if (type === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, desc);
    const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    readableByteStreamControllerCommitPullIntoDescriptors(stream, filledPullIntos);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize) {
    const end = desc.byteOffset + desc.bytesFilled;
    const start = end - remainderSize;
    const remainder = ArrayBuffer.prototype.slice.call(buffer, start, end);
    readableByteStreamControllerEnqueueChunkToQueue(controller, remainder, 0, arrayBufferByteLength(remainder));
  }
  desc.bytesFilled -= remainderSize;
  const filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, desc);
  readableByteStreamControllerCommitPullIntoDescriptors(stream, filledPullIntos);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const { stream, pendingPullIntos } = controller[kState];
  const desc = pendingPullIntos[0];
  const viewLen = viewByteLength(view);
  const viewOffset = viewByteOffset(view);
  const buffer = viewBuffer(view);
  const bufferLen = arrayBufferByteLength(buffer);
  if (stream[kState].state === 'closed') {
    if (viewLen !== 0) throw invalidState('View is not zero-length', TypeError);
  } else if (viewLen === 0) {
    throw invalidState('View is zero-length', TypeError);
  }
  const { byteOffset, byteLength, bytesFilled, bufferByteLength } = desc;
  if (byteOffset + bytesFilled !== viewOffset) throw invalidArgValue('view', view, undefined, RangeError);
  if (bytesFilled + viewLen > byteLength) throw invalidArgValue('view', view, undefined, RangeError);
  if (bufferByteLength !== bufferLen) throw invalidArgValue('view', view, undefined, RangeError);
  desc.buffer = transferArrayBuffer(buffer);
  readableByteStreamControllerRespondInternal(controller, viewLen);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (controller[kState].pulling) {
    controller[kState].pullAgain = true;
    return;
  }
  controller[kState].pulling = true;
  then(
    controller[kState].pullAlgorithm(controller),
    () => {
      controller[kState].pulling = false;
      if (controller[kState].pullAgain) {
        controller[kState].pullAgain = false;
        readableByteStreamControllerCallPullIfNeeded(controller);
      }
    },
    (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerError(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableByteStreamControllerCancelSteps(controller, reason) {
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  const result = controller[kState].cancelAlgorithm(reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const { queue } = controller[kState];
  const { buffer, byteOffset, byteLength } = queue.shift();
  controller[kState].queueTotalSize -= byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(buffer, byteOffset, byteLength);
  readRequest[kChunk](view);
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const { stream, queueTotalSize } = controller[kState];
  const { reader } = stream[kState];
  while (reader[kState].readRequests.length > 0) {
    if (queueTotalSize === 0) return;
    readableByteStreamControllerFillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

function readableByteStreamControllerPullSteps(controller, readRequest) {
  const { pendingPullIntos, queueTotalSize, stream } = controller[kState];
  if (queueTotalSize) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const { autoAllocateChunkSize } = controller[kState];
  if (autoAllocateChunkSize !== undefined) {
    try {
      const buffer = new ArrayBuffer(autoAllocateChunkSize);
      pendingPullIntos.push({
        buffer,
        bufferByteLength: autoAllocateChunkSize,
        byteOffset: 0,
        byteLength: autoAllocateChunkSize,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        ctor: Uint8Array,
        type: 'default',
      });
    } catch (error) {
      readRequest[kError](error);
      return;
    }
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function setupReadableByteStreamController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  controller[kState] = {
    byobRequest: null,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    started: false,
    stream,
    queue: [],
    queueTotalSize: 0,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  then(
    new Promise((r) => r(startResult)),
    () => {
      controller[kState].started = true;
      readableByteStreamControllerCallPullIfNeeded(controller);
    },
    (error) => readableByteStreamControllerError(controller, error));
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  const autoAllocateChunkSize = source?.autoAllocateChunkSize;
  const startAlgorithm = start ? Function.prototype.bind.call(start, source, controller) : nonOpStart;
  const pullAlgorithm = pull ? createPromiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel ? createPromiseCallback('source.cancel', cancel, source) : nonOpCancel;
  if (autoAllocateChunkSize === 0) {
    throw invalidArgValue('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  setupReadableByteStreamController(
    stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize);
}

// ===========================================================================
// WritableStream

function createWritableStreamState() {
  return {
    __proto__: null,
    close: createDeferred(),
    closeRequest: { __proto__: null, promise: undefined, resolve: undefined, reject: undefined },
    inFlightWriteRequest: { __proto__: null, promise: undefined, resolve: undefined, reject: undefined },
    inFlightCloseRequest: { __proto__: null, promise: undefined, resolve: undefined, reject: undefined },
    pendingAbortRequest: {
      __proto__: null,
      abort: { __proto__: null, promise: undefined, resolve: undefined, reject: undefined },
      reason: undefined,
      wasAlreadyErroring: false,
    },
    backpressure: false,
    controller: undefined,
    state: 'writable',
    storedError: undefined,
    writeRequests: [],
    writer: undefined,
  };
}

export class WritableStream {
  [kType] = 'WritableStream';

  constructor(sink = kEmptyObject, strategy = kEmptyObject) {
    validateObject(sink, 'sink', kValidateObjectAllowObjects);
    validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    const type = sink?.type;
    if (type !== undefined) throw invalidArgValue('type', type, undefined, RangeError);
    this[kState] = createWritableStreamState();
    this[kIsClosedPromise] = createDeferred();
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setupWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return PromiseReject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return PromiseReject(invalidState('WritableStream is locked', TypeError));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return PromiseReject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return PromiseReject(invalidState('WritableStream is locked', TypeError));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return PromiseReject(invalidState('Failure closing WritableStream', TypeError));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

Object.defineProperties(WritableStream.prototype, {
  locked: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  getWriter: kEnumerableProperty,
});
defineToStringTag(WritableStream.prototype, 'WritableStream');

export class WritableStreamDefaultWriter {
  [kType] = 'WritableStreamDefaultWriter';

  constructor(stream) {
    if (!isWritableStream(stream)) throw invalidArgType('stream', 'WritableStream', stream);
    this[kState] = {
      stream: undefined,
      close: { promise: undefined, resolve: undefined, reject: undefined },
      ready: { promise: undefined, resolve: undefined, reject: undefined },
    };
    setupWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].close.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw invalidState('Writer is not bound to a WritableStream', TypeError);
    }
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('Writer is not bound to a WritableStream', TypeError));
    }
    return writableStreamDefaultWriterAbort(this, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    const { stream } = this[kState];
    if (stream === undefined) {
      return PromiseReject(invalidState('Writer is not bound to a WritableStream', TypeError));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(invalidState('Failure to close WritableStream', TypeError));
    }
    return writableStreamDefaultWriterClose(this);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    const { stream } = this[kState];
    if (stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) return PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('Writer is not bound to a WritableStream', TypeError));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this.desiredSize,
    });
  }
}

Object.defineProperties(WritableStreamDefaultWriter.prototype, {
  closed: kEnumerableProperty,
  ready: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  write: kEnumerableProperty,
});
defineToStringTag(WritableStreamDefaultWriter.prototype, 'WritableStreamDefaultWriter');

export class WritableStreamDefaultController {
  [kType] = 'WritableStreamDefaultController';

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
  }

  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kErrorSteps]() {
    resetQueue(this);
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) throw invalidThis('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperties(WritableStreamDefaultController.prototype, {
  signal: kEnumerableProperty,
  error: kEnumerableProperty,
});
defineToStringTag(WritableStreamDefaultController.prototype, 'WritableStreamDefaultController');

function InternalWritableStream(start, write, close, abort, highWaterMark, size) {
  Object.setPrototypeOf(this, WritableStream.prototype);
  this[kType] = 'WritableStream';
  this[kState] = createWritableStreamState();
  this[kIsClosedPromise] = createDeferred();
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setupWritableStreamDefaultController(this, controller, start, write, close, abort, highWaterMark, size);
}
Object.setPrototypeOf(InternalWritableStream.prototype, WritableStream.prototype);
Object.setPrototypeOf(InternalWritableStream, WritableStream);

export function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = new InternalWritableStream(start, write, close, abort, highWaterMark, size);
  stream.constructor = WritableStream;
  return stream;
}

export const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function setupWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked', TypeError);
  writer[kState].stream = stream;
  stream[kState].writer = writer;
  switch (stream[kState].state) {
    case 'writable':
      if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].backpressure) {
        writer[kState].ready = createDeferred();
      } else {
        writer[kState].ready = { promise: PromiseResolve(), resolve: undefined, reject: undefined };
      }
      writer[kState].close = createDeferred();
      break;
    case 'erroring':
      writer[kState].ready = {
        promise: PromiseReject(stream[kState].storedError), resolve: undefined, reject: undefined,
      };
      setPromiseHandled(writer[kState].ready.promise);
      writer[kState].close = createDeferred();
      break;
    case 'closed':
      writer[kState].ready = { promise: PromiseResolve(), resolve: undefined, reject: undefined };
      writer[kState].close = { promise: PromiseResolve(), resolve: undefined, reject: undefined };
      break;
    default:
      writer[kState].ready = {
        promise: PromiseReject(stream[kState].storedError), resolve: undefined, reject: undefined,
      };
      writer[kState].close = {
        promise: PromiseReject(stream[kState].storedError), resolve: undefined, reject: undefined,
      };
      setPromiseHandled(writer[kState].ready.promise);
      setPromiseHandled(writer[kState].close.promise);
  }
}

export function writableStreamAbort(stream, reason) {
  const { state, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') return PromiseResolve();
  controller[kState].abortController.abort(reason);
  if (stream[kState].pendingAbortRequest.abort.promise !== undefined) {
    return stream[kState].pendingAbortRequest.abort.promise;
  }
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const abort = createDeferred();
  stream[kState].pendingAbortRequest = { abort, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return abort.promise;
}

function writableStreamClose(stream) {
  const { state, writer, backpressure, controller } = stream[kState];
  if (state === 'closed' || state === 'errored') {
    return PromiseReject(invalidState('WritableStream is closed', TypeError));
  }
  stream[kState].closeRequest = createDeferred();
  const { promise } = stream[kState].closeRequest;
  if (writer !== undefined && backpressure && state === 'writable') writer[kState].ready.resolve?.();
  writableStreamDefaultControllerClose(controller);
  return promise;
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const { writer } = stream[kState];
  if (writer !== undefined && stream[kState].backpressure !== backpressure) {
    if (backpressure) writer[kState].ready = createDeferred();
    else writer[kState].ready.resolve?.();
  }
  stream[kState].backpressure = backpressure;
}

function writableStreamStartErroring(stream, reason) {
  const { controller, writer } = stream[kState];
  stream[kState].state = 'erroring';
  stream[kState].storedError = reason;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream[kState].closeRequest.promise !== undefined) {
    stream[kState].closeRequest.reject?.(stream[kState].storedError);
    stream[kState].closeRequest = { promise: undefined, reject: undefined, resolve: undefined };
  }
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(stream[kState]?.storedError);
  const { writer } = stream[kState];
  if (writer !== undefined) {
    setPromiseHandled(writer[kState].close.promise);
    writer[kState].close.reject?.(stream[kState].storedError);
  }
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
}

function writableStreamMarkCloseRequestInFlight(stream) {
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = { promise: undefined, resolve: undefined, reject: undefined };
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const { inFlightWriteRequest, inFlightCloseRequest } = stream[kState];
  return !(inFlightWriteRequest.promise === undefined && inFlightCloseRequest.promise === undefined);
}

function emptyAbortRequest() {
  return {
    abort: { promise: undefined, resolve: undefined, reject: undefined },
    reason: undefined,
    wasAlreadyErroring: false,
  };
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject?.(error);
  stream[kState].inFlightWriteRequest = { promise: undefined, resolve: undefined, reject: undefined };
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve?.();
  stream[kState].inFlightWriteRequest = { promise: undefined, resolve: undefined, reject: undefined };
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  stream[kState].inFlightCloseRequest.reject?.(error);
  stream[kState].inFlightCloseRequest = { promise: undefined, resolve: undefined, reject: undefined };
  if (stream[kState].pendingAbortRequest.abort.promise !== undefined) {
    stream[kState].pendingAbortRequest.abort.reject?.(error);
    stream[kState].pendingAbortRequest = emptyAbortRequest();
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  stream[kState].inFlightCloseRequest.resolve?.();
  stream[kState].inFlightCloseRequest = { promise: undefined, resolve: undefined, reject: undefined };
  if (stream[kState].state === 'erroring') {
    stream[kState].storedError = undefined;
    if (stream[kState].pendingAbortRequest.abort.promise !== undefined) {
      stream[kState].pendingAbortRequest.abort.resolve?.();
      stream[kState].pendingAbortRequest = emptyAbortRequest();
    }
  }
  stream[kState].state = 'closed';
  if (stream[kState].writer !== undefined) stream[kState].writer[kState].close.resolve?.();
  stream[kIsClosedPromise].resolve?.();
}

function writableStreamFinishErroring(stream) {
  stream[kState].state = 'errored';
  stream[kState].controller[kErrorSteps]();
  const { storedError } = stream[kState];
  for (let n = 0; n < stream[kState].writeRequests.length; n++) {
    stream[kState].writeRequests[n].reject?.(storedError);
  }
  stream[kState].writeRequests = [];
  if (stream[kState].pendingAbortRequest.abort.promise === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = stream[kState].pendingAbortRequest;
  stream[kState].pendingAbortRequest = emptyAbortRequest();
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.abort.reject?.(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  then(
    stream[kState].controller[kAbort](abortRequest.reason),
    () => {
      abortRequest.abort.resolve?.();
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    },
    (error) => {
      abortRequest.abort.reject?.(error);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
}

function writableStreamDealWithRejection(stream, error) {
  const { state } = stream[kState];
  if (state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return !(stream[kState].closeRequest.promise === undefined &&
           stream[kState].inFlightCloseRequest.promise === undefined);
}

function writableStreamAddWriteRequest(stream) {
  const d = createDeferred();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const { stream } = writer[kState];
  const { controller } = stream[kState];
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return PromiseReject(invalidState('Mismatched WritableStreams', TypeError));
  }
  const { state } = stream[kState];
  if (state === 'errored') return PromiseReject(stream[kState].storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(invalidState('WritableStream is closed', TypeError));
  }
  if (state === 'erroring') return PromiseReject(stream[kState].storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

function writableStreamDefaultWriterRelease(writer) {
  const { stream } = writer[kState];
  const releasedStateError = writableReleasedError();
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedStateError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedStateError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const { stream } = writer[kState];
  switch (stream[kState].state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
    default:
      return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
  }
}

// A deferred is pending while it has not been settled; the plain
// { promise } records used for already-settled promises are not pending.
function isDeferredPending(d) {
  return d.resolve !== undefined && d.settled === false;
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  if (isDeferredPending(writer[kState].ready)) {
    writer[kState].ready.reject?.(error);
  } else {
    writer[kState].ready = { promise: PromiseReject(error), resolve: undefined, reject: undefined };
  }
  setPromiseHandled(writer[kState].ready.promise);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (isDeferredPending(writer[kState].close)) {
    writer[kState].close.reject?.(error);
  } else {
    writer[kState].close = { promise: PromiseReject(error), resolve: undefined, reject: undefined };
  }
  setPromiseHandled(writer[kState].close.promise);
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const { stream } = writer[kState];
  const { state } = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return PromiseResolve();
  if (state === 'errored') return PromiseReject(stream[kState].storedError);
  return writableStreamDefaultWriterClose(writer);
}

function writableStreamDefaultWriterClose(writer) {
  return writableStreamClose(writer[kState].stream);
}

function writableStreamDefaultWriterAbort(writer, reason) {
  return writableStreamAbort(writer[kState].stream, reason);
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const { stream } = controller[kState];
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const { stream, writeAlgorithm } = controller[kState];
  writableStreamMarkFirstWriteRequestInFlight(stream);
  then(
    writeAlgorithm(chunk, controller),
    () => {
      writableStreamFinishInFlightWrite(stream);
      const { state } = stream[kState];
      dequeueValue(controller);
      if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
        writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
      }
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    },
    (error) => {
      if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
      writableStreamFinishInFlightWriteWithError(stream, error);
    });
}

function writableStreamDefaultControllerProcessClose(controller) {
  const { closeAlgorithm, stream } = controller[kState];
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(controller);
  const sinkClosePromise = closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  then(
    sinkClosePromise,
    () => writableStreamFinishInFlightClose(stream),
    (error) => writableStreamFinishInFlightCloseWithError(stream, error));
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const { highWaterMark, queueTotalSize } = controller[kState];
  return highWaterMark - queueTotalSize;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const { sizeAlgorithm } = controller[kState];
  if (sizeAlgorithm === undefined) return 1;
  try {
    return Reflect.apply(sizeAlgorithm, undefined, [chunk]);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  const { stream } = controller[kState];
  if (stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, error);
}

function writableStreamDefaultControllerError(controller, error) {
  const { stream } = controller[kState];
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].writeAlgorithm = undefined;
  controller[kState].closeAlgorithm = undefined;
  controller[kState].abortAlgorithm = undefined;
  controller[kState].sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const { queue, started, stream } = controller[kState];
  if (!started || stream[kState].inFlightWriteRequest.promise !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (!queue.length) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const start = sink?.start;
  const write = sink?.write;
  const close = sink?.close;
  const abort = sink?.abort;
  const startAlgorithm = start ? Function.prototype.bind.call(start, sink, controller) : nonOpStart;
  const writeAlgorithm = write ? createPromiseCallback('sink.write', write, sink) : nonOpWrite;
  const closeAlgorithm = close ? createPromiseCallback('sink.close', close, sink) : nonOpCancel;
  const abortAlgorithm = abort ? createPromiseCallback('sink.abort', abort, sink) : nonOpCancel;
  setupWritableStreamDefaultController(
    stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function setupWritableStreamDefaultController(
  stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    abortAlgorithm,
    closeAlgorithm,
    highWaterMark,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    sizeAlgorithm,
    started: false,
    stream,
    writeAlgorithm,
  };
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  then(
    new Promise((r) => r(startResult)),
    () => {
      controller[kState].started = true;
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    },
    (error) => {
      controller[kState].started = true;
      writableStreamDealWithRejection(stream, error);
    });
}

// ===========================================================================
// TransformStream

export class TransformStream {
  [kType] = 'TransformStream';

  constructor(transformer = kEmptyObject, writableStrategy = kEmptyObject, readableStrategy = kEmptyObject) {
    validateObject(transformer, 'transformer', kValidateObjectAllowObjects);
    validateObject(writableStrategy, 'writableStrategy', kValidateObjectAllowObjectsAndNull);
    validateObject(readableStrategy, 'readableStrategy', kValidateObjectAllowObjectsAndNull);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    const start = transformer?.start;
    if (readableType !== undefined) {
      throw invalidArgValue('transformer.readableType', readableType, undefined, RangeError);
    }
    if (writableType !== undefined) {
      throw invalidArgValue('transformer.writableType', writableType, undefined, RangeError);
    }
    const readableHighWaterMark = readableStrategy?.highWaterMark;
    const readableSize = readableStrategy?.size;
    const writableHighWaterMark = writableStrategy?.highWaterMark;
    const writableSize = writableStrategy?.size;
    const actualReadableHighWaterMark = extractHighWaterMark(readableHighWaterMark, 0);
    const actualReadableSize = extractSizeAlgorithm(readableSize);
    const actualWritableHighWaterMark = extractHighWaterMark(writableHighWaterMark, 1);
    const actualWritableSize = extractSizeAlgorithm(writableSize);
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise, actualWritableHighWaterMark, actualWritableSize,
      actualReadableHighWaterMark, actualReadableSize);
    setupTransformStreamDefaultControllerFromTransformer(this, transformer);
    if (start !== undefined) {
      startPromise.resolve(Reflect.apply(start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});
defineToStringTag(TransformStream.prototype, 'TransformStream');

export class TransformStreamDefaultController {
  [kType] = 'TransformStreamDefaultController';

  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    const { readable } = this[kState].stream[kState];
    return readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerError(this, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options, inspect) {
    return customInspect.call(this, depth, options, inspect, this[kType], {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  terminate: kEnumerableProperty,
});
defineToStringTag(TransformStreamDefaultController.prototype, 'TransformStreamDefaultController');

const isTransformStream = isBrandCheck('TransformStream');
const isTransformStreamDefaultController = isBrandCheck('TransformStreamDefaultController');

async function defaultTransformAlgorithm(chunk, controller) {
  transformStreamDefaultControllerEnqueue(controller, chunk);
}

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
  readableHighWaterMark, readableSizeAlgorithm) {
  const startAlgorithm = () => startPromise.promise;
  const writable = createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark,
    writableSizeAlgorithm);
  const readable = createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark,
    readableSizeAlgorithm);
  stream[kState] = {
    __proto__: null,
    readable,
    writable,
    controller: undefined,
    backpressure: undefined,
    backpressureChange: { __proto__: null, promise: undefined, resolve: undefined, reject: undefined },
  };
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  const { readable } = stream[kState];
  readableStreamDefaultControllerError(readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  const { controller, writable } = stream[kState];
  transformStreamDefaultControllerClearAlgorithms(controller);
  writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  if (stream[kState].backpressureChange.promise !== undefined) stream[kState].backpressureChange.resolve?.();
  stream[kState].backpressureChange = createDeferred();
  stream[kState].backpressure = backpressure;
}

function setupTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller[kState] = {
    __proto__: null,
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
}

function setupTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kSkipThrow);
  const transform = transformer?.transform;
  const flush = transformer?.flush;
  const cancel = transformer?.cancel;
  const transformAlgorithm = transform ?
    createPromiseCallback('transformer.transform', transform, transformer) :
    defaultTransformAlgorithm;
  const flushAlgorithm = flush ? createPromiseCallback('transformer.flush', flush, transformer) : nonOpFlush;
  const cancelAlgorithm = cancel ? createPromiseCallback('transformer.cancel', cancel, transformer) : nonOpCancel;
  setupTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const { stream } = controller[kState];
  const { readable } = stream[kState];
  const readableController = readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue', TypeError);
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerError(controller, error) {
  transformStreamError(controller[kState].stream, error);
}

async function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  try {
    return await controller[kState].transformAlgorithm(chunk, controller);
  } catch (error) {
    transformStreamError(controller[kState].stream, error);
    throw error;
  }
}

function transformStreamDefaultControllerTerminate(controller) {
  const { stream } = controller[kState];
  const { readable } = stream[kState];
  readableStreamDefaultControllerClose(readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated', TypeError));
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const { controller } = stream[kState];
  if (stream[kState].backpressure) {
    const backpressureChange = stream[kState].backpressureChange.promise;
    return then(backpressureChange, () => {
      const { writable } = stream[kState];
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

async function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const { controller, readable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = createDeferred();
  controller[kState].finishPromise = promise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  then(cancelPromise, () => {
    if (readable[kState].state === 'errored') {
      reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerError(readable[kState].controller, reason);
      resolve();
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    reject(error);
  });
  return controller[kState].finishPromise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const { readable, controller } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = createDeferred();
  controller[kState].finishPromise = promise;
  const flushPromise = controller[kState].flushAlgorithm(controller);
  transformStreamDefaultControllerClearAlgorithms(controller);
  then(flushPromise, () => {
    if (readable[kState].state === 'errored') {
      reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerClose(readable[kState].controller);
      resolve();
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    reject(error);
  });
  return controller[kState].finishPromise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const { controller, writable } = stream[kState];
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise;
  const { promise, resolve, reject } = createDeferred();
  controller[kState].finishPromise = promise;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  then(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      reject(writable[kState].storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      resolve();
    }
  }, (error) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    reject(error);
  });
  return controller[kState].finishPromise;
}

// ===========================================================================
// Helpers for other modules (fetch bodies, compression, encoding streams)

// Reads a whole stream; resolves with the chunks. Used by Body mixins.
export async function readAllChunks(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return chunks;
}

export function readableStreamGetReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

setNames({
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, WritableStream, WritableStreamDefaultWriter,
  WritableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  ByteLengthQueuingStrategy, CountQueuingStrategy,
});

export { kState as kStreamState };
