// node:assert — the `assert` package (Node 12's assert, with its deep
// comparisons), loaded after the util package is patched so that messages
// use our inspect and comparisons use V8's type checks.  Added: CallTracker,
// partialDeepStrictEqual and the Assert class (Node 22).
import './internal/util-pkg.js';
import './buffer.js';
import assert from 'assert/';
import comparisons from 'assert/build/internal/util/comparisons.js';
import { inspect } from '../bootstrap/inspect.js';
import { invalidArgType, invalidArgValue, makeNodeError, validateFunction, validateObject, validateUint32 } from './internal/validators.js';

const { AssertionError } = assert;
const kPatched = Symbol.for('secexec.assert.patched');

// ---------------------------------------------------------------------------
// partialDeepStrictEqual

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

function partiallyCompare(actual, expected, seen) {
  if (Object.is(actual, expected)) return true;
  if (!isObjectLike(actual) || !isObjectLike(expected)) return false;
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false;
  if (seen.has(expected)) return true;
  seen.add(expected);
  try {
    if (expected instanceof Map) {
      for (const [k, v] of expected) {
        if (!actual.has(k) || !partiallyCompare(actual.get(k), v, seen)) return false;
      }
      return true;
    }
    if (expected instanceof Set) {
      for (const v of expected) {
        if (actual.has(v)) continue;
        let found = false;
        if (isObjectLike(v)) {
          for (const a of actual) {
            if (partiallyCompare(a, v, seen)) { found = true; break; }
          }
        }
        if (!found) return false;
      }
      return true;
    }
    if (Array.isArray(expected) || ArrayBuffer.isView(expected)) {
      let i = 0;
      for (let j = 0; j < expected.length; j++) {
        while (i < actual.length && !partiallyCompare(actual[i], expected[j], seen)) i++;
        if (i >= actual.length) return false;
        i++;
      }
      return true;
    }
    if (expected instanceof Date || expected instanceof RegExp || expected instanceof Error) {
      if (!comparisons.isDeepStrictEqual(actual, expected)) return false;
    }
    for (const key of Reflect.ownKeys(expected)) {
      if (!Object.prototype.propertyIsEnumerable.call(expected, key)) continue;
      if (!Reflect.has(actual, key)) return false;
      if (!partiallyCompare(actual[key], expected[key], seen)) return false;
    }
    return true;
  } finally {
    seen.delete(expected);
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) {
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
  }
  if (!partiallyCompare(actual, expected, new Set())) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
      defaultMessage: `Expected values to be partially and strictly deep-equal:\n${inspect(actual)}\n\nshould be a superset of\n\n${inspect(expected)}\n`,
    });
  }
}

function innerFail({ actual, expected, message, operator, stackStartFn, defaultMessage }) {
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, message, operator, stackStartFn });
  if (message === undefined && defaultMessage) {
    err.message = defaultMessage;
    err.generatedMessage = true;
  }
  throw err;
}

// ---------------------------------------------------------------------------
// CallTracker (deprecated in Node 20, still exported)

const noop = () => {};

class CallTracker {
  #calls = new Set();
  #tracked = new WeakMap();

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    validateFunction(fn, 'fn');
    const context = { expected, actual: 0, name: fn.name || 'calls', stackTrace: new Error(), calls: [] };
    this.#calls.add(context);
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.actual++;
        context.calls.push({ thisArg, arguments: argList });
        if (context.actual === context.expected) {
          // keep it for getCalls
        }
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#tracked.set(tracked, context);
    return tracked;
  }

  getCalls(fn) {
    const context = this.#tracked.get(fn);
    if (!context) throw invalidArgValue('fn', fn, 'is not a tracked function');
    return context.calls.map((c) => ({ ...c }));
  }

  reset(fn) {
    if (fn === undefined) {
      for (const c of this.#calls) {
        c.actual = 0;
        c.calls = [];
      }
      return;
    }
    const context = this.#tracked.get(fn);
    if (!context) throw invalidArgValue('fn', fn, 'is not a tracked function');
    context.actual = 0;
    context.calls = [];
  }

  report() {
    const errors = [];
    for (const c of this.#calls) {
      if (c.actual !== c.expected) {
        errors.push({
          message: `Expected the ${c.name} function to be executed ${c.expected} time(s) but was executed ${c.actual} time(s).`,
          actual: c.actual,
          expected: c.expected,
          operator: c.name,
          stack: c.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      `Functions were not called the expected number of times\n${errors.map((e) => ` - ${e.message}`).join('\n')}`;
    throw new AssertionError({ message, details: errors });
  }
}

// ---------------------------------------------------------------------------
// Assert (Node 22.19): an assert bound to options { diff, strict }.

const methodNames = ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch',
  'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError'];

class Assert {
  constructor(options = {}) {
    validateObject(options, 'options');
    const { diff = 'simple', strict = true } = options;
    if (diff !== 'simple' && diff !== 'full') {
      throw invalidArgValue('options.diff', diff, "must be one of: 'simple', 'full'");
    }
    if (typeof strict !== 'boolean') throw invalidArgType('options.strict', 'of type boolean', strict);
    const base = strict ? assert.strict : assert;
    for (const name of methodNames) {
      Object.defineProperty(this, name, {
        value: base[name], writable: true, enumerable: false, configurable: true,
      });
    }
    Object.defineProperty(this, 'AssertionError', { value: AssertionError, writable: true, configurable: true });
  }
}

if (!assert[kPatched]) {
  Object.defineProperty(assert, kPatched, { value: true });
  // Node 22's AssertionError carries diff: 'simple' (an own property there).
  Object.defineProperty(AssertionError.prototype, 'diff', { value: 'simple', writable: true, configurable: true });
  Object.defineProperty(AssertionError, 'name', { value: 'AssertionError', configurable: true });
  const strict = assert.strict;
  // Node 22: an error of the wrong class fails with an AssertionError (the
  // package, like Node 12, rethrows the error itself).
  const wrongClass = (actual, expected, operator, stackStartFn) => {
    let message = `The error is expected to be an instance of "${expected.name}". Received `;
    if (actual instanceof Error) {
      const name = actual.constructor?.name || actual.name;
      message += expected.name === name ? 'an error with identical name but a different prototype.' : `"${name}"`;
      if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
    } else {
      message += `"${inspect(actual, { depth: -1 })}"`;
    }
    const err = new AssertionError({ actual, expected, message, operator, stackStartFn });
    err.generatedMessage = true;
    return err;
  };
  const isErrorClass = (e) => typeof e === 'function' && e.prototype !== undefined &&
    (e === Error || Object.prototype.isPrototypeOf.call(Error, e));
  const origThrows = assert.throws;
  const origRejects = assert.rejects;
  const kNone = Symbol('none');
  assert.throws = function throws(fn, ...args) {
    let thrown = kNone;
    const wrapped = typeof fn === 'function' ? function (...a) {
      try {
        return Reflect.apply(fn, this, a);
      } catch (e) {
        thrown = e;
        throw e;
      }
    } : fn;
    try {
      return Reflect.apply(origThrows, this, [wrapped, ...args]);
    } catch (e) {
      if (thrown !== kNone && e === thrown && isErrorClass(args[0]) && args[1] === undefined) {
        throw wrongClass(e, args[0], 'throws', throws);
      }
      throw e;
    }
  };
  assert.rejects = async function rejects(promiseFn, ...args) {
    let rejected = kNone;
    const track = (p) => Promise.resolve(p).catch((e) => { rejected = e; throw e; });
    const wrapped = typeof promiseFn === 'function' ? (...a) => {
      const r = promiseFn(...a);
      return r && typeof r.then === 'function' ? track(r) : r;
    } : (promiseFn && typeof promiseFn.then === 'function' ? track(promiseFn) : promiseFn);
    try {
      return await Reflect.apply(origRejects, this, [wrapped, ...args]);
    } catch (e) {
      if (rejected !== kNone && e === rejected && isErrorClass(args[0]) && args[1] === undefined) {
        throw wrongClass(e, args[0], 'rejects', rejects);
      }
      throw e;
    }
  };
  strict.throws = assert.throws;
  strict.rejects = assert.rejects;
  // Node 22 ends a generated diff message with a newline.
  {
    const target = assert;
    for (const name of ['deepEqual', 'deepStrictEqual', 'strictEqual', 'notDeepStrictEqual', 'notStrictEqual', 'equal', 'notEqual', 'notDeepEqual']) {
      const orig = target[name];
      target[name] = {
        [name](...args) {
          try {
            return Reflect.apply(orig, this, args);
          } catch (e) {
            if (e instanceof AssertionError && e.generatedMessage && e.message.includes('\n+ actual - expected') &&
                !e.message.endsWith('\n')) {
              e.message += '\n';
            }
            throw e;
          }
        },
      }[name];
    }
  }
  // assert.strict: the strict functions, under both names (as in Node).
  for (const name of ['strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual']) strict[name] = assert[name];
  strict.equal = assert.strictEqual;
  strict.notEqual = assert.notStrictEqual;
  strict.deepEqual = assert.deepStrictEqual;
  strict.notDeepEqual = assert.notDeepStrictEqual;
  for (const target of [assert, strict]) {
    target.CallTracker = CallTracker;
    target.partialDeepStrictEqual = partialDeepStrictEqual;
    target.Assert = Assert;
  }
  // Node's key order: ..., doesNotReject, ifError, strict, Assert (and in
  // assert/strict: ..., ifError, Assert, strict).
  for (const target of [assert, strict]) {
    for (const k of ['AssertionError', 'CallTracker', 'ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
      'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match',
      'doesNotMatch', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
      const d = Object.getOwnPropertyDescriptor(target, k);
      if (d) {
        delete target[k];
        Object.defineProperty(target, k, d);
      }
    }
  }
  const order = (target, keys) => {
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(target, k);
      if (d) {
        delete target[k];
        Object.defineProperty(target, k, d);
      }
    }
  };
  order(assert, ['strict', 'Assert']);
  order(strict, ['Assert', 'strict']);
}

export default assert;
