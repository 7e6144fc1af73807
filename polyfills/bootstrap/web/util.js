// Shared helpers for the web platform modules in this directory: Node-style
// errors (code, "TypeError [ERR_X]: message" stack and toString, the
// constructor reporting the base class, as Node's internal/errors.js does),
// Node's validators, promise and ArrayBuffer utilities that bare V8 10.2
// lacks (Promise.withResolvers, ArrayBuffer#transfer/#detached).
//
// Nothing here touches clocks, randomness or the native binding at module
// evaluation time: the modules are evaluated into the startup snapshot.
import { inspect } from '../inspect.js';
import {
  expectedTypesMessage, formatList, describeReceived as describeWith, outOfRangeReceived,
} from '../error-messages.js';

export { formatList };
import { binding } from '../native.js';

export const kInspect = Symbol.for('nodejs.util.inspect.custom');
export const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

// ---------------------------------------------------------------------------
// Errors

const nodeErrorClasses = new Map();

export function nodeError(Base, code, message) {
  let C = nodeErrorClasses.get(Base);
  if (C === undefined) {
    C = class NodeError extends Base {
      constructor(c, m) {
        super(m);
        Object.defineProperty(this, 'code', {
          value: c, enumerable: true, writable: true, configurable: true,
        });
        const name = Base.prototype.name;
        const { stack } = this;
        if (typeof stack === 'string' && stack.startsWith(`${name}: `)) {
          this.stack = `${name} [${c}]: ${stack.slice(name.length + 2)}`;
        }
      }

      get ['constructor']() { return Base; }

      toString() { return `${this.name} [${this.code}]: ${this.message}`; }
    };
    nodeErrorClasses.set(Base, C);
  }
  return new C(code, message);
}


export function safeInspect(value, opts) {
  try {
    return inspect(value, opts);
  } catch {
    if (typeof value === 'string') return `'${value}'`;
    try {
      return String(value);
    } catch {
      return '[object]';
    }
  }
}

export function describeReceived(value) {
  return describeWith(value, safeInspect);
}

// ERR_INVALID_ARG_TYPE with Node's wording of the expected types.
export function invalidArgType(name, expected, actual) {
  let msg = expectedTypesMessage(name, expected);
  msg += `. Received ${describeReceived(actual)}`;
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

export function invalidArgValue(name, value, reason = 'is invalid', Base = TypeError) {
  let inspected = safeInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return nodeError(Base, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
}

export function invalidState(message, Base = Error) {
  return nodeError(Base, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

export function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

export function illegalConstructor() {
  return nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

export function missingOption(name) {
  return nodeError(TypeError, 'ERR_MISSING_OPTION', `${name} is required`);
}

export function missingArgs(...names) {
  const list = names.map((a) => (Array.isArray(a) ? a.map((x) => `"${x}"`).join(' or ') : `"${a}"`));
  return nodeError(TypeError, 'ERR_MISSING_ARGS',
    `The ${formatList(list)} argument${names.length > 1 ? 's' : ''} must be specified`);
}

export function outOfRange(name, range, input) {
  const received = outOfRangeReceived(input, safeInspect);
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

export function argNotIterable(name) {
  return nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${name} must be iterable`);
}

// ---------------------------------------------------------------------------
// Validators (Node's internal/validators.js)

export const kValidateObjectNone = 0;
export const kValidateObjectAllowNullable = 1;
export const kValidateObjectAllowArray = 2;
export const kValidateObjectAllowFunction = 4;
export const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
export const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

export function validateObject(value, name, options = kValidateObjectNone) {
  if (options === kValidateObjectNone) {
    if (value === null || Array.isArray(value)) throw invalidArgType(name, 'Object', value);
    if (typeof value !== 'object') throw invalidArgType(name, 'Object', value);
  } else {
    const nullable = (kValidateObjectAllowNullable & options) !== 0;
    if (!nullable && value === null) throw invalidArgType(name, 'Object', value);
    if ((kValidateObjectAllowArray & options) === 0 && Array.isArray(value)) {
      throw invalidArgType(name, 'Object', value);
    }
    const allowFunction = (kValidateObjectAllowFunction & options) !== 0;
    const type = typeof value;
    if (type !== 'object' && (!allowFunction || type !== 'function')) {
      throw invalidArgType(name, 'Object', value);
    }
  }
}

export function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

export function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

export function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// ---------------------------------------------------------------------------
// Promises

// Promise.withResolvers, plus a `settled` flag (Node asks V8 whether a
// promise is still pending; bare V8 offers no such query to JS).
export function createDeferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const d = {
    promise,
    settled: false,
    resolve(v) {
      d.settled = true;
      resolve(v);
    },
    reject(e) {
      d.settled = true;
      reject(e);
    },
  };
  return d;
}

const noop = () => {};
export function setPromiseHandled(promise) {
  Promise.prototype.then.call(promise, noop, noop);
}

// ---------------------------------------------------------------------------
// ArrayBuffers and views (cross-realm safe: no instanceof)

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getTypedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const getTypedArrayBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const getTypedArrayByteLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const getTypedArrayByteOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const getDataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const getDataViewByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const getDataViewByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const getArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const SharedArrayBufferCtor = globalThis.SharedArrayBuffer;
const getSharedByteLength = SharedArrayBufferCtor ?
  Object.getOwnPropertyDescriptor(SharedArrayBufferCtor.prototype, 'byteLength').get : undefined;

export function typedArrayName(value) {
  return getTypedArrayTag.call(value);
}

export function isTypedArray(value) {
  return getTypedArrayTag.call(value) !== undefined;
}

export function isUint8Array(value) {
  return getTypedArrayTag.call(value) === 'Uint8Array';
}

export function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

export function isDataView(value) {
  return ArrayBuffer.isView(value) && getTypedArrayTag.call(value) === undefined;
}

export function isArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    getArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

export function isSharedArrayBuffer(value) {
  if (!getSharedByteLength || value === null || typeof value !== 'object') return false;
  try {
    getSharedByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

export function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

export function viewBuffer(view) {
  return isTypedArray(view) ? getTypedArrayBuffer.call(view) : getDataViewBuffer.call(view);
}

export function viewByteLength(view) {
  return isTypedArray(view) ? getTypedArrayByteLength.call(view) : getDataViewByteLength.call(view);
}

export function viewByteOffset(view) {
  return isTypedArray(view) ? getTypedArrayByteOffset.call(view) : getDataViewByteOffset.call(view);
}

export function typedArrayLength(view) {
  return getTypedArrayLength.call(view);
}

export function arrayBufferByteLength(buffer) {
  if (isSharedArrayBuffer(buffer)) return getSharedByteLength.call(buffer);
  return getArrayBufferByteLength.call(buffer);
}

const nativeTransfer = ArrayBuffer.prototype.transfer;
const nativeDetachedGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;

export function isDetached(buffer) {
  if (nativeDetachedGetter) return nativeDetachedGetter.call(buffer);
  if (getArrayBufferByteLength.call(buffer) !== 0) return false;
  try {
    // eslint-disable-next-line no-new
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

// ArrayBuffer.prototype.transfer(): V8 10.2 lacks it. The native binding
// may provide transferArrayBuffer(ab) (a new ArrayBuffer over the same
// backing store, the old one detached); without either, the bytes are
// copied and the source stays attached.
export function transferArrayBuffer(buffer) {
  if (typeof nativeTransfer === 'function') return nativeTransfer.call(buffer);
  if (isDetached(buffer)) throw new TypeError('Cannot perform ArrayBuffer.prototype.transfer on a detached ArrayBuffer');
  if (binding && typeof binding.transferArrayBuffer === 'function') return binding.transferArrayBuffer(buffer);
  return ArrayBuffer.prototype.slice.call(buffer, 0);
}

export function copyArrayBuffer(dest, destOffset, src, srcOffset, count) {
  new Uint8Array(dest, destOffset, count).set(new Uint8Array(src, srcOffset, count));
}

// A Uint8Array copy of any BufferSource (ArrayBuffer, SharedArrayBuffer or view).
export function copyBufferSource(source) {
  if (ArrayBuffer.isView(source)) {
    const buffer = viewBuffer(source);
    const offset = viewByteOffset(source);
    const length = viewByteLength(source);
    return new Uint8Array(new Uint8Array(buffer, offset, length));
  }
  return new Uint8Array(new Uint8Array(source));
}

export function concatBytes(chunks, total) {
  if (total === undefined) {
    total = 0;
    for (const c of chunks) total += c.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

// `Buffer` is installed by the builtins layer; chunks that Node hands out
// as Buffers are Buffers here too when it exists.
export function toNodeBuffer(u8) {
  const B = globalThis.Buffer;
  if (typeof B === 'function' && typeof B.from === 'function') {
    return B.from(u8.buffer, u8.byteOffset, u8.byteLength);
  }
  return u8;
}

// ---------------------------------------------------------------------------
// Misc

export function defineToStringTag(proto, value) {
  Object.defineProperty(proto, Symbol.toStringTag, { __proto__: null, configurable: true, value });
}

export function makeEnumerable(target, names) {
  for (const name of names) {
    Object.defineProperty(target, name, kEnumerableProperty);
  }
}

// Node's customInspect helper (internal/webstreams/util.js).
// When depth < 0 Node returns `this` of a plain call: undefined.
export function customInspect(depth, options, inspectFn, name, data) {
  if (depth < 0) return undefined;
  const opts = {
    ...options,
    depth: options.depth == null ? null : options.depth - 1,
  };
  return `${name} ${(typeof inspectFn === 'function' ? inspectFn : safeInspect)(data, opts)}`;
}

export const kEmptyObject = Object.freeze({ __proto__: null });

// esbuild turns a class that names itself in its own body into
// `var X = class _X {}` (and renames classes that collide with globals
// used elsewhere in the bundle), which changes X.name.  The bootstrap is
// bundled without --keep-names, so the exported classes get their names
// back here: setNames({ Headers, Request }) defines each `name`.
export function setNames(classes) {
  for (const key of Object.keys(classes)) {
    Object.defineProperty(classes[key], 'name', { __proto__: null, value: key, configurable: true });
  }
}
