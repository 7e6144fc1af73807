// Helpers for builtins whose surface exists before their implementation:
// every not-yet-implemented function throws ERR_NOT_IMPLEMENTED naming
// itself ("fs.openSync is not implemented in secexec yet"), never returns
// undefined and never silently does nothing.
import { notImplemented } from '../../bootstrap/errors.js';

// Every stub carries the name it reports, under this registered symbol, so
// tests (and tools) can tell not-yet-implemented members from real ones.
export const kNotImplemented = Symbol.for('secexec.notImplemented');

function tag(fn, qualified) {
  Object.defineProperty(fn, kNotImplemented, { value: qualified });
  return fn;
}

function setName(fn, name, length) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  if (length !== undefined) Object.defineProperty(fn, 'length', { value: length, configurable: true });
  return fn;
}

// A function `name` that throws notImplemented(`${qualified}`).
export function stubFn(qualified, length) {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const fn = function () { throw notImplemented(qualified); };
  return tag(setName(fn, name, length), qualified);
}

// Same, for APIs that return promises: the error arrives as a rejection.
export function stubAsync(qualified, length) {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const fn = function () { return Promise.reject(notImplemented(qualified)); };
  return tag(setName(fn, name, length), qualified);
}

// A class whose construction throws; `protoMethods` / `staticMethods` are
// names of methods that throw too (useful for `instanceof` checks and for
// feature detection, e.g. `typeof net.Socket.prototype.connect`).
export function stubClass(qualified, { base, protoMethods = [], staticMethods = [], length = 0 } = {}) {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  let C;
  if (base) {
    C = class extends base {
      constructor() {
        throw notImplemented(`new ${qualified}()`);
        // eslint-disable-next-line no-unreachable
        super();
      }
    };
  } else {
    C = class {
      constructor() {
        throw notImplemented(`new ${qualified}()`);
      }
    };
  }
  setName(C, name, length);
  tag(C, `new ${qualified}()`);
  for (const m of protoMethods) {
    Object.defineProperty(C.prototype, m, {
      value: stubFn(`${qualified}.prototype.${m}`), writable: true, configurable: true,
    });
  }
  for (const m of staticMethods) {
    Object.defineProperty(C, m, { value: stubFn(`${qualified}.${m}`), writable: true, configurable: true });
  }
  return C;
}

// Adds a throwing stub for every name in `names` not already on `target`.
export function addStubs(target, prefix, names, { async = false } = {}) {
  for (const n of names) {
    if (!Object.prototype.hasOwnProperty.call(target, n)) {
      target[n] = async ? stubAsync(`${prefix}.${n}`) : stubFn(`${prefix}.${n}`);
    }
  }
  return target;
}

// An object created on first use (e.g. `http.globalAgent`).
export function lazyValue(target, key, make) {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
