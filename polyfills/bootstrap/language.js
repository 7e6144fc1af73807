// ECMAScript features Node 22 (V8 12.4) code relies on that the embedded
// V8 10.2 lacks.  A side-effect module, imported first by the bootstrap:
// each feature is feature-tested and defined only when missing, as a
// non-enumerable, writable, configurable property with the spec's `name`
// and `length`, following the spec's algorithm step by step (argument
// validation order, TypeError/RangeError cases, iterator closing).
//
// Defined when missing:
//   Object.groupBy, Map.groupBy, Promise.withResolvers, Array.fromAsync,
//   Array.prototype.{toSorted,toReversed,toSpliced,with,findLast,findLastIndex},
//   %TypedArray%.prototype.{toSorted,toReversed,with,findLast,findLastIndex},
//   Set.prototype.{union,intersection,difference,symmetricDifference,
//     isSubsetOf,isSupersetOf,isDisjointFrom},
//   String.prototype.{isWellFormed,toWellFormed},
//   ArrayBuffer.prototype.detached (getter), transfer, transferToFixedLength
//     (detaching through the native binding's transferArrayBuffer, which
//     exists once a guest runs; before that they throw a TypeError),
//   Symbol.dispose / Symbol.asyncDispose (as in Node 22: the registered
//     symbols 'nodejs.dispose' / 'nodejs.asyncDispose'),
//   Iterator (global), Iterator.from, Iterator.prototype.{map,filter,take,
//     drop,flatMap,reduce,toArray,forEach,some,every,find}, and the
//     Iterator.prototype constructor / @@toStringTag accessors.
//
// Deliberately left out (cannot be done honestly on V8 10.2): resizable
// ArrayBuffers (resize, resizable, maxByteLength; transfer() always gives a
// fixed-length buffer), growable SharedArrayBuffers, and the RegExp `v` flag
// (syntax).

/* eslint-disable no-extend-native */
import { binding } from './native.js';

// The bundle this module ends up in is a sloppy-mode script (esbuild does not
// carry ES modules' implicit strictness into an IIFE): the spec's methods need
// strict mode (no `this` coercion), hence the strict function around them.
(function installLanguageFeatures() {
  'use strict';

  const ObjectDefineProperty = Object.defineProperty;
  const ReflectApply = Reflect.apply;
  const SymbolIterator = Symbol.iterator;
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const MAX_SAFE = 2 ** 53 - 1;

  function define(target, key, value, length, name) {
    if (Object.prototype.hasOwnProperty.call(target, key)) return;
    if (typeof value === 'function') {
      ObjectDefineProperty(value, 'name', {
        value: name ?? (typeof key === 'symbol' ? `[${key.description}]` : key), configurable: true,
      });
      if (length !== undefined) ObjectDefineProperty(value, 'length', { value: length, configurable: true });
    }
    ObjectDefineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
  }

  function defineGetter(target, key, get) {
    if (Object.prototype.hasOwnProperty.call(target, key)) return;
    ObjectDefineProperty(get, 'name', { value: `get ${key}`, configurable: true });
    ObjectDefineProperty(target, key, { get, set: undefined, enumerable: false, configurable: true });
  }

  const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

  function isConstructor(f) {
    if (typeof f !== 'function') return false;
    try {
      Reflect.construct(String, [], f);
      return true;
    } catch {
      return false;
    }
  }

  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n || n === 0) return 0;
    return Math.trunc(n);
  }

  function toLength(v) {
    const n = toIntegerOrInfinity(v);
    if (n <= 0) return 0;
    return n > MAX_SAFE ? MAX_SAFE : n;
  }

  function toObject(v, what) {
    if (v === null || v === undefined) throw new TypeError(`${what} called on null or undefined`);
    return Object(v);
  }

  function toPropertyKey(v) {
    if (typeof v === 'symbol') return v;
    if (isObject(v)) {
      const prim = v[Symbol.toPrimitive] !== undefined ? v[Symbol.toPrimitive]('string') : ordinaryToPrimitiveString(v);
      if (isObject(prim)) throw new TypeError('Cannot convert object to primitive value');
      return typeof prim === 'symbol' ? prim : `${prim}`;
    }
    return `${v}`;
  }

  function ordinaryToPrimitiveString(o) {
    for (const name of ['toString', 'valueOf']) {
      const m = o[name];
      if (typeof m === 'function') {
        const r = ReflectApply(m, o, []);
        if (!isObject(r)) return r;
      }
    }
    throw new TypeError('Cannot convert object to primitive value');
  }

  // ---------------------------------------------------------------------------
  // Iterator protocol helpers (the spec's abstract operations).

  function getIterator(obj, what) {
    const method = obj[SymbolIterator];
    if (typeof method !== 'function') throw new TypeError(`${typeof obj === 'string' ? 'string' : 'object'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
    const iterator = ReflectApply(method, obj, []);
    if (!isObject(iterator)) throw new TypeError(`Result of the Symbol.iterator method is not an object${what ? ` (${what})` : ''}`);
    return { iterator, next: iterator.next };
  }

  function iteratorStep(rec) {
    const result = ReflectApply(rec.next, rec.iterator, []);
    if (!isObject(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`);
    return result;
  }

  const DONE = Symbol('done');

  // IteratorStepValue: DONE or the value; errors propagate (no closing).
  function iteratorStepValue(rec) {
    const result = iteratorStep(rec);
    if (result.done) return DONE;
    return result.value;
  }

  // IteratorClose(iteratorRecord, completion): `throwing` with `error` is a
  // throw completion, otherwise a normal/return one.
  function iteratorClose(iterator, throwing, error) {
    let inner;
    try {
      const ret = iterator.return;
      if (ret === undefined || ret === null) {
        if (throwing) throw error;
        return;
      }
      if (typeof ret !== 'function') throw new TypeError(`${typeof ret} is not a function`);
      inner = ReflectApply(ret, iterator, []);
    } catch (e) {
      if (throwing) throw error;
      throw e;
    }
    if (throwing) throw error;
    if (!isObject(inner)) throw new TypeError(`Iterator result ${String(inner)} is not an object`);
  }

  function requireCallable(fn, what) {
    if (typeof fn !== 'function') throw new TypeError(`${typeof fn === 'object' ? Object.prototype.toString.call(fn) : String(fn)} is not a function${what ? ` (${what})` : ''}`);
  }

  // ---------------------------------------------------------------------------
  // Object.groupBy / Map.groupBy

  function groupBy(items, callbackfn, propertyKeys) {
    if (items === null || items === undefined) throw new TypeError('groupBy called on null or undefined');
    requireCallable(callbackfn);
    const groups = [];
    const rec = getIterator(items);
    let k = 0;
    for (;;) {
      if (k >= MAX_SAFE) {
        const err = new TypeError('Too many elements');
        iteratorClose(rec.iterator, true, err);
      }
      const value = iteratorStepValue(rec);
      if (value === DONE) return groups;
      let key;
      try {
        key = callbackfn(value, k);
        if (propertyKeys) key = toPropertyKey(key);
        else if (key === 0) key = 0; // -0 -> +0
      } catch (e) {
        iteratorClose(rec.iterator, true, e);
      }
      let g = null;
      for (let i = 0; i < groups.length; i++) {
        const gk = groups[i][0];
        if (gk === key || (gk !== gk && key !== key)) { g = groups[i]; break; }
      }
      if (g === null) groups.push((g = [key, []]));
      g[1].push(value);
      k++;
    }
  }

  define(Object, 'groupBy', {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, true);
      const obj = Object.create(null);
      for (const [key, list] of groups) obj[key] = list;
      return obj;
    },
  }.groupBy, 2);

  define(Map, 'groupBy', {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, false);
      const map = new Map();
      for (const [key, list] of groups) Map.prototype.set.call(map, key, list);
      return map;
    },
  }.groupBy, 2);

  // ---------------------------------------------------------------------------
  // Promise.withResolvers

  define(Promise, 'withResolvers', {
    withResolvers() {
      const C = this;
      if (!isConstructor(C)) throw new TypeError('Promise.withResolvers called on a non-constructor');
      let resolve;
      let reject;
      const promise = new C((res, rej) => {
        if (resolve !== undefined || reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
        resolve = res;
        reject = rej;
      });
      if (typeof resolve !== 'function' || typeof reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
      return { promise, resolve, reject };
    },
  }.withResolvers, 0);

  // ---------------------------------------------------------------------------
  // Array.fromAsync

  define(Array, 'fromAsync', {
    async fromAsync(asyncItems, mapfn = undefined, thisArg = undefined) {
      const C = this;
      const mapping = mapfn !== undefined;
      if (mapping && typeof mapfn !== 'function') throw new TypeError(`${String(mapfn)} is not a function`);
      if (asyncItems === null || asyncItems === undefined) throw new TypeError(`${asyncItems} is not iterable`);
      let usingAsync = asyncItems[SymbolAsyncIterator];
      let usingSync;
      if (usingAsync === null) usingAsync = undefined;
      if (usingAsync === undefined) {
        usingSync = asyncItems[SymbolIterator];
        if (usingSync === null) usingSync = undefined;
      }
      if (usingAsync !== undefined || usingSync !== undefined) {
        const A = isConstructor(C) ? new C() : [];
        let iterator;
        let next;
        if (usingAsync !== undefined) {
          requireCallable(usingAsync);
          iterator = ReflectApply(usingAsync, asyncItems, []);
        } else {
          requireCallable(usingSync);
          iterator = ReflectApply(usingSync, asyncItems, []);
        }
        if (!isObject(iterator)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
        next = iterator.next;
        const isAsync = usingAsync !== undefined;
        let k = 0;
        for (;;) {
          if (k >= MAX_SAFE) {
            const err = new TypeError('Too many elements');
            if (isAsync) await asyncIteratorClose(iterator, true, err);
            iteratorClose(iterator, true, err);
          }
          let result = ReflectApply(next, iterator, []);
          if (isAsync) result = await result;
          if (!isObject(result)) throw new TypeError(`Iterator result ${String(result)} is not an object`);
          if (result.done) {
            A.length = k;
            return A;
          }
          let value = result.value;
          if (!isAsync) {
            // Async-from-sync iterator: the value itself is awaited; a
            // rejection closes the sync iterator.
            try {
              value = await value;
            } catch (e) {
              iteratorClose(iterator, true, e);
            }
          }
          try {
            if (mapping) value = await ReflectApply(mapfn, thisArg, [value, k]);
            ObjectDefineProperty(A, k, { value, writable: true, enumerable: true, configurable: true });
          } catch (e) {
            if (isAsync) await asyncIteratorClose(iterator, true, e);
            iteratorClose(iterator, true, e);
          }
          k++;
        }
      }
      const arrayLike = Object(asyncItems);
      const len = toLength(arrayLike.length);
      const A = isConstructor(C) ? new C(len) : new Array(len);
      for (let k = 0; k < len; k++) {
        let value = await arrayLike[k];
        if (mapping) value = await ReflectApply(mapfn, thisArg, [value, k]);
        ObjectDefineProperty(A, k, { value, writable: true, enumerable: true, configurable: true });
      }
      A.length = len;
      return A;
    },
  }.fromAsync, 1);

  async function asyncIteratorClose(iterator, throwing, error) {
    let inner;
    try {
      const ret = iterator.return;
      if (ret === undefined || ret === null) {
        if (throwing) throw error;
        return;
      }
      if (typeof ret !== 'function') throw new TypeError(`${typeof ret} is not a function`);
      inner = await ReflectApply(ret, iterator, []);
    } catch (e) {
      if (throwing) throw error;
      throw e;
    }
    if (throwing) throw error;
    if (!isObject(inner)) throw new TypeError(`Iterator result ${String(inner)} is not an object`);
  }

  // ---------------------------------------------------------------------------
  // Array.prototype change-by-copy methods

  const ArrayProto = Array.prototype;

  function arrayCreate(len) {
    if (len > 2 ** 32 - 1) throw new RangeError('Invalid array length');
    return new Array(len);
  }

  define(ArrayProto, 'toReversed', {
    toReversed() {
      const O = toObject(this, 'Array.prototype.toReversed');
      const len = toLength(O.length);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) A[k] = O[len - k - 1];
      return A;
    },
  }.toReversed, 0);

  define(ArrayProto, 'toSorted', {
    toSorted(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError('The comparison function must be either a function or undefined');
      }
      const O = toObject(this, 'Array.prototype.toSorted');
      const len = toLength(O.length);
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) A[k] = O[k];
      return ReflectApply(ArrayProto.sort, A, [comparefn]);
    },
  }.toSorted, 1);

  define(ArrayProto, 'toSpliced', {
    toSpliced(start, skipCount, ...items) {
      const O = toObject(this, 'Array.prototype.toSpliced');
      const len = toLength(O.length);
      const relativeStart = toIntegerOrInfinity(start);
      let actualStart;
      if (relativeStart === -Infinity) actualStart = 0;
      else if (relativeStart < 0) actualStart = Math.max(len + relativeStart, 0);
      else actualStart = Math.min(relativeStart, len);
      const insertCount = items.length;
      let actualSkipCount;
      if (arguments.length === 0) actualSkipCount = 0;
      else if (arguments.length === 1) actualSkipCount = len - actualStart;
      else actualSkipCount = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), len - actualStart);
      const newLen = len + insertCount - actualSkipCount;
      if (newLen > MAX_SAFE) throw new TypeError('Invalid array length');
      const A = arrayCreate(newLen);
      let i = 0;
      let r = actualStart + actualSkipCount;
      for (; i < actualStart; i++) A[i] = O[i];
      for (const e of items) A[i++] = e;
      for (; i < newLen; i++, r++) A[i] = O[r];
      return A;
    },
  }.toSpliced, 2);

  define(ArrayProto, 'with', {
    with(index, value) {
      const O = toObject(this, 'Array.prototype.with');
      const len = toLength(O.length);
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
      if (actualIndex >= len || actualIndex < 0) throw new RangeError('Invalid index : ' + String(index));
      const A = arrayCreate(len);
      for (let k = 0; k < len; k++) A[k] = k === actualIndex ? value : O[k];
      return A;
    },
  }.with, 2);

  function findLastImpl(O, len, predicate, thisArg, wantIndex) {
    for (let k = len - 1; k >= 0; k--) {
      const kValue = O[k];
      if (ReflectApply(predicate, thisArg, [kValue, k, O])) return wantIndex ? k : kValue;
    }
    return wantIndex ? -1 : undefined;
  }

  define(ArrayProto, 'findLast', {
    findLast(predicate, thisArg = undefined) {
      const O = toObject(this, 'Array.prototype.findLast');
      const len = toLength(O.length);
      requireCallable(predicate);
      return findLastImpl(O, len, predicate, thisArg, false);
    },
  }.findLast, 1);

  define(ArrayProto, 'findLastIndex', {
    findLastIndex(predicate, thisArg = undefined) {
      const O = toObject(this, 'Array.prototype.findLastIndex');
      const len = toLength(O.length);
      requireCallable(predicate);
      return findLastImpl(O, len, predicate, thisArg, true);
    },
  }.findLastIndex, 1);

  {
    const unscopables = ArrayProto[Symbol.unscopables];
    if (unscopables) {
      for (const k of ['findLast', 'findLastIndex', 'toReversed', 'toSorted', 'toSpliced']) {
        if (!Object.prototype.hasOwnProperty.call(unscopables, k)) unscopables[k] = true;
      }
    }
  }

  // ---------------------------------------------------------------------------
  // %TypedArray%.prototype change-by-copy methods

  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const TypedArrayProto = TypedArray.prototype;
  const getTALength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
  const getTABuffer = Object.getOwnPropertyDescriptor(TypedArrayProto, 'buffer').get;
  const getTATag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
  const getABByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const typedArrayCtors = {
    __proto__: null,
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
  };

  function isDetachedBuffer(buffer) {
    let len;
    try {
      len = ReflectApply(getABByteLength, buffer, []);
    } catch {
      return false; // a SharedArrayBuffer is never detached
    }
    if (len !== 0) return false;
    try {
      // eslint-disable-next-line no-new
      new Uint8Array(buffer);
      return false;
    } catch {
      return true;
    }
  }

  // ValidateTypedArray: a typed array that is not detached; returns its length.
  function validateTypedArray(O, method) {
    const tag = isObject(O) ? ReflectApply(getTATag, O, []) : undefined;
    if (tag === undefined) throw new TypeError(`this is not a typed array.`);
    if (isDetachedBuffer(ReflectApply(getTABuffer, O, []))) {
      throw new TypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
    }
    return { len: ReflectApply(getTALength, O, []), Ctor: typedArrayCtors[tag], tag };
  }

  define(TypedArrayProto, 'toReversed', {
    toReversed() {
      const { len, Ctor } = validateTypedArray(this, '%TypedArray%.prototype.toReversed');
      const A = new Ctor(len);
      for (let k = 0; k < len; k++) A[k] = this[len - k - 1];
      return A;
    },
  }.toReversed, 0);

  define(TypedArrayProto, 'toSorted', {
    toSorted(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError('The comparison function must be either a function or undefined');
      }
      const { len, Ctor } = validateTypedArray(this, '%TypedArray%.prototype.toSorted');
      const A = new Ctor(len);
      for (let k = 0; k < len; k++) A[k] = this[k];
      return ReflectApply(TypedArrayProto.sort, A, [comparefn]);
    },
  }.toSorted, 1);

  define(TypedArrayProto, 'with', {
    with(index, value) {
      const { len, Ctor, tag } = validateTypedArray(this, '%TypedArray%.prototype.with');
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
      let numericValue;
      if (tag === 'BigInt64Array' || tag === 'BigUint64Array') {
        const tmp = new BigInt64Array(1);
        tmp[0] = value; // ToBigInt
        numericValue = tmp[0];
      } else {
        numericValue = +value;
      }
      const curLen = isDetachedBuffer(ReflectApply(getTABuffer, this, [])) ? 0 : ReflectApply(getTALength, this, []);
      if (!(actualIndex >= 0 && actualIndex < curLen)) throw new RangeError('Invalid typed array index');
      const A = new Ctor(len);
      for (let k = 0; k < len; k++) A[k] = k === actualIndex ? numericValue : this[k];
      return A;
    },
  }.with, 2);

  define(TypedArrayProto, 'findLast', {
    findLast(predicate, thisArg = undefined) {
      const { len } = validateTypedArray(this, '%TypedArray%.prototype.findLast');
      requireCallable(predicate);
      return findLastImpl(this, len, predicate, thisArg, false);
    },
  }.findLast, 1);

  define(TypedArrayProto, 'findLastIndex', {
    findLastIndex(predicate, thisArg = undefined) {
      const { len } = validateTypedArray(this, '%TypedArray%.prototype.findLastIndex');
      requireCallable(predicate);
      return findLastImpl(this, len, predicate, thisArg, true);
    },
  }.findLastIndex, 1);

  // ---------------------------------------------------------------------------
  // Set methods

  const SetProto = Set.prototype;
  const setSize = Object.getOwnPropertyDescriptor(SetProto, 'size').get;
  const setHas = SetProto.has;
  const setAdd = SetProto.add;
  const setDelete = SetProto.delete;
  const setValues = SetProto.values;
  const setIteratorNext = Object.getPrototypeOf(new Set().values()).next;

  function thisSetSize(O, method) {
    try {
      return ReflectApply(setSize, O, []);
    } catch {
      throw new TypeError(`Method Set.prototype.${method} called on incompatible receiver ${isObject(O) ? '#<' + (O.constructor?.name ?? 'Object') + '>' : String(O)}`);
    }
  }

  function getSetRecord(obj) {
    if (!isObject(obj)) throw new TypeError(`The 'other' argument must be an object`);
    const rawSize = obj.size;
    const numSize = +rawSize;
    if (numSize !== numSize) throw new TypeError(`The 'size' property must be a number. Received ${String(rawSize)}`);
    const intSize = toIntegerOrInfinity(numSize);
    if (intSize < 0) throw new RangeError(`'${String(rawSize)}' is an invalid size`);
    const has = obj.has;
    if (typeof has !== 'function') throw new TypeError(`The 'has' property must be a function`);
    const keys = obj.keys;
    if (typeof keys !== 'function') throw new TypeError(`The 'keys' property must be a function`);
    return { set: obj, size: intSize, has, keys };
  }

  function getKeysIterator(rec) {
    const iterator = ReflectApply(rec.keys, rec.set, []);
    if (!isObject(iterator)) throw new TypeError('The result of keys() must be an object');
    return { iterator, next: iterator.next };
  }

  function copySet(O) {
    const r = new Set();
    const it = ReflectApply(setValues, O, []);
    for (let s = ReflectApply(setIteratorNext, it, []); !s.done; s = ReflectApply(setIteratorNext, it, [])) {
      ReflectApply(setAdd, r, [s.value]);
    }
    return r;
  }

  // Calls fn(e) for each element of O, live (elements added or removed during
  // the walk are seen / skipped, as the spec's index-based walk does); stops
  // early when fn returns true.
  function forEachLive(O, fn) {
    const it = ReflectApply(setValues, O, []);
    for (let s = ReflectApply(setIteratorNext, it, []); !s.done; s = ReflectApply(setIteratorNext, it, [])) {
      if (fn(s.value) === true) return true;
    }
    return false;
  }

  const canonical = (v) => (v === 0 ? 0 : v);

  define(SetProto, 'union', {
    union(other) {
      thisSetSize(this, 'union');
      const rec = getSetRecord(other);
      const keys = getKeysIterator(rec);
      const result = copySet(this);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) return result;
        ReflectApply(setAdd, result, [canonical(next)]);
      }
    },
  }.union, 1);

  define(SetProto, 'intersection', {
    intersection(other) {
      const size = thisSetSize(this, 'intersection');
      const rec = getSetRecord(other);
      const result = new Set();
      if (size <= rec.size) {
        forEachLive(this, (e) => {
          if (ReflectApply(rec.has, rec.set, [e])) ReflectApply(setAdd, result, [e]);
        });
      } else {
        const keys = getKeysIterator(rec);
        for (;;) {
          const next = iteratorStepValue(keys);
          if (next === DONE) break;
          const v = canonical(next);
          if (ReflectApply(setHas, this, [v])) ReflectApply(setAdd, result, [v]);
        }
      }
      return result;
    },
  }.intersection, 1);

  define(SetProto, 'difference', {
    difference(other) {
      const size = thisSetSize(this, 'difference');
      const rec = getSetRecord(other);
      const result = copySet(this);
      if (size <= rec.size) {
        forEachLive(copySet(this), (e) => {
          if (ReflectApply(rec.has, rec.set, [e])) ReflectApply(setDelete, result, [e]);
        });
      } else {
        const keys = getKeysIterator(rec);
        for (;;) {
          const next = iteratorStepValue(keys);
          if (next === DONE) break;
          ReflectApply(setDelete, result, [canonical(next)]);
        }
      }
      return result;
    },
  }.difference, 1);

  define(SetProto, 'symmetricDifference', {
    symmetricDifference(other) {
      thisSetSize(this, 'symmetricDifference');
      const rec = getSetRecord(other);
      const keys = getKeysIterator(rec);
      const result = copySet(this);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) return result;
        const v = canonical(next);
        const inResult = ReflectApply(setHas, result, [v]);
        if (ReflectApply(setHas, this, [v])) {
          if (inResult) ReflectApply(setDelete, result, [v]);
        } else if (!inResult) {
          ReflectApply(setAdd, result, [v]);
        }
      }
    },
  }.symmetricDifference, 1);

  define(SetProto, 'isSubsetOf', {
    isSubsetOf(other) {
      const size = thisSetSize(this, 'isSubsetOf');
      const rec = getSetRecord(other);
      if (size > rec.size) return false;
      return !forEachLive(this, (e) => !ReflectApply(rec.has, rec.set, [e]));
    },
  }.isSubsetOf, 1);

  define(SetProto, 'isSupersetOf', {
    isSupersetOf(other) {
      const size = thisSetSize(this, 'isSupersetOf');
      const rec = getSetRecord(other);
      if (size < rec.size) return false;
      const keys = getKeysIterator(rec);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) return true;
        if (!ReflectApply(setHas, this, [next])) {
          iteratorClose(keys.iterator, false);
          return false;
        }
      }
    },
  }.isSupersetOf, 1);

  define(SetProto, 'isDisjointFrom', {
    isDisjointFrom(other) {
      const size = thisSetSize(this, 'isDisjointFrom');
      const rec = getSetRecord(other);
      if (size <= rec.size) {
        return !forEachLive(this, (e) => !!ReflectApply(rec.has, rec.set, [e]));
      }
      const keys = getKeysIterator(rec);
      for (;;) {
        const next = iteratorStepValue(keys);
        if (next === DONE) return true;
        if (ReflectApply(setHas, this, [next])) {
          iteratorClose(keys.iterator, false);
          return false;
        }
      }
    },
  }.isDisjointFrom, 1);

  // ---------------------------------------------------------------------------
  // String.prototype.isWellFormed / toWellFormed

  function thisString(v, method) {
    if (v === null || v === undefined) throw new TypeError(`String.prototype.${method} called on null or undefined`);
    return `${v}`;
  }

  define(String.prototype, 'isWellFormed', {
    isWellFormed() {
      const S = thisString(this, 'isWellFormed');
      for (let i = 0; i < S.length; i++) {
        const c = S.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
          if (c >= 0xdc00) return false;
          const d = S.charCodeAt(i + 1);
          if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
          i++;
        }
      }
      return true;
    },
  }.isWellFormed, 0);

  define(String.prototype, 'toWellFormed', {
    toWellFormed() {
      const S = thisString(this, 'toWellFormed');
      let out = '';
      let start = 0;
      for (let i = 0; i < S.length; i++) {
        const c = S.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = S.charCodeAt(i + 1);
          if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
            i++;
            continue;
          }
          out += `${S.slice(start, i)}\ufffd`;
          start = i + 1;
        }
      }
      return start === 0 ? S : out + S.slice(start);
    },
  }.toWellFormed, 0);

  // ---------------------------------------------------------------------------
  // ArrayBuffer.prototype.detached

  defineGetter(ArrayBuffer.prototype, 'detached', {
    get() {
      ReflectApply(getABByteLength, this, []); // TypeError unless an ArrayBuffer
      return isDetachedBuffer(this);
    },
  }.get);

  // ArrayBuffer.prototype.transfer / transferToFixedLength (no resizable
  // buffers on V8 10.2: both give a fixed-length buffer).
  function toIndex(v) {
    if (v === undefined) return 0;
    const integer = toIntegerOrInfinity(v);
    if (integer < 0 || integer > MAX_SAFE) throw new RangeError('Invalid array buffer length');
    return integer;
  }

  function arrayBufferCopyAndDetach(O, newLength, method) {
    let len;
    try {
      len = ReflectApply(getABByteLength, O, []);
    } catch {
      throw new TypeError(`Method ArrayBuffer.prototype.${method} called on incompatible receiver ${isObject(O) ? '#<Object>' : String(O)}`);
    }
    const newByteLength = newLength === undefined ? len : toIndex(newLength);
    if (isDetachedBuffer(O)) throw new TypeError(`Cannot perform ArrayBuffer.prototype.${method} on a detached ArrayBuffer`);
    const b = binding;
    if (b === null || typeof b.transferArrayBuffer !== 'function') {
      throw new TypeError(`ArrayBuffer.prototype.${method} is not available yet`);
    }
    const moved = b.transferArrayBuffer(O); // detaches O (TypeError if it cannot be)
    if (newByteLength === len) return moved;
    const out = new ArrayBuffer(newByteLength);
    new Uint8Array(out).set(new Uint8Array(moved, 0, Math.min(len, newByteLength)));
    return out;
  }

  define(ArrayBuffer.prototype, 'transfer', {
    transfer(newLength = undefined) {
      return arrayBufferCopyAndDetach(this, newLength, 'transfer');
    },
  }.transfer, 0);

  define(ArrayBuffer.prototype, 'transferToFixedLength', {
    transferToFixedLength(newLength = undefined) {
      return arrayBufferCopyAndDetach(this, newLength, 'transferToFixedLength');
    },
  }.transferToFixedLength, 0);

  // ---------------------------------------------------------------------------
  // Symbol.dispose / Symbol.asyncDispose (Node 22 defines them itself, as the
  // registered symbols below, non-writable and non-configurable).

  for (const [key, reg] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (!(key in Symbol)) {
      ObjectDefineProperty(Symbol, key, { value: Symbol.for(reg), writable: false, enumerable: false, configurable: false });
    }
  }

  // ---------------------------------------------------------------------------
  // Iterator helpers

  if (typeof globalThis.Iterator !== 'function') {
    const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][SymbolIterator]()));
    const slots = new WeakMap();
    const wrapSlots = new WeakMap();

    // eslint-disable-next-line func-style
    const Iterator = function Iterator() {
      if (new.target === undefined || new.target === Iterator) {
        throw new TypeError('Abstract class Iterator not directly constructable');
      }
    };
    // (the bundler may rename the binding, and with it the function's name)
    ObjectDefineProperty(Iterator, 'name', { value: 'Iterator', configurable: true });
    Iterator.prototype = IteratorPrototype;
    ObjectDefineProperty(Iterator, 'prototype', { writable: false, enumerable: false, configurable: false });

    // SetterThatIgnoresPrototypeProperties
    function ignoringSetter(thisValue, key, value) {
      if (!isObject(thisValue)) throw new TypeError('Iterator.prototype setter called on non-object');
      if (thisValue === IteratorPrototype) throw new TypeError(`Cannot assign to read only property '${String(key)}' of object '[object Iterator]'`);
      if (Object.getOwnPropertyDescriptor(thisValue, key) === undefined) {
        ObjectDefineProperty(thisValue, key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        thisValue[key] = value;
      }
    }

    const accessor = (key, getValue) => {
      const get = { get() { return getValue(); } }.get;
      const set = { set(v) { ignoringSetter(this, key, v); } }.set;
      const label = typeof key === 'symbol' ? `[${key.description}]` : key;
      ObjectDefineProperty(get, 'name', { value: `get ${label}`, configurable: true });
      ObjectDefineProperty(set, 'name', { value: `set ${label}`, configurable: true });
      ObjectDefineProperty(IteratorPrototype, key, { get, set, enumerable: false, configurable: true });
    };
    accessor(Symbol.toStringTag, () => 'Iterator');
    accessor('constructor', () => Iterator);

    // GetIteratorDirect
    function getIteratorDirect(obj, method) {
      if (!isObject(obj)) throw new TypeError(`Iterator.prototype.${method} called on non-object`);
      return { iterator: obj, next: obj.next };
    }

    // GetIteratorFlattenable
    function getIteratorFlattenable(obj, iterateStrings) {
      if (!isObject(obj)) {
        if (!iterateStrings || typeof obj !== 'string') throw new TypeError(`${String(obj)} is not an object`);
      }
      const method = obj[SymbolIterator];
      let iterator;
      if (method === undefined || method === null) {
        iterator = obj;
      } else {
        requireCallable(method);
        iterator = ReflectApply(method, obj, []);
      }
      if (!isObject(iterator)) throw new TypeError(`${String(iterator)} is not an object`);
      return { iterator, next: iterator.next };
    }

    // %IteratorHelperPrototype%
    const IteratorHelperPrototype = Object.create(IteratorPrototype);

    function helperSlot(O, method) {
      const s = isObject(O) ? slots.get(O) : undefined;
      if (s === undefined) throw new TypeError(`Method Iterator Helper.prototype.${method} called on incompatible receiver ${isObject(O) ? '#<Object>' : String(O)}`);
      return s;
    }

    define(IteratorHelperPrototype, 'next', {
      next() {
        const s = helperSlot(this, 'next');
        if (s.state === 'executing') throw new TypeError('Generator is already running');
        if (s.state === 'completed') return { value: undefined, done: true };
        s.state = 'executing';
        let value;
        try {
          value = s.step();
        } catch (e) {
          s.state = 'completed';
          throw e;
        }
        if (value === DONE) {
          s.state = 'completed';
          return { value: undefined, done: true };
        }
        s.state = 'suspended-yield';
        return { value, done: false };
      },
    }.next, 0);

    define(IteratorHelperPrototype, 'return', {
      return() {
        const s = helperSlot(this, 'return');
        if (s.state === 'executing') throw new TypeError('Generator is already running');
        if (s.state === 'completed') return { value: undefined, done: true };
        if (s.state === 'suspended-start') {
          s.state = 'completed';
          iteratorClose(s.underlying.iterator, false);
          return { value: undefined, done: true };
        }
        s.state = 'executing';
        try {
          if (s.inner) {
            try {
              iteratorClose(s.inner.iterator, false);
            } catch (e) {
              iteratorClose(s.underlying.iterator, true, e);
            }
          }
          iteratorClose(s.underlying.iterator, false);
        } finally {
          s.state = 'completed';
        }
        return { value: undefined, done: true };
      },
    }.return, 0);

    ObjectDefineProperty(IteratorHelperPrototype, Symbol.toStringTag, {
      value: 'Iterator Helper', writable: false, enumerable: false, configurable: true,
    });

    function makeHelper(underlying, makeStep) {
      const helper = Object.create(IteratorHelperPrototype);
      const s = { state: 'suspended-start', underlying, inner: null, step: null };
      s.step = makeStep(s);
      slots.set(helper, s);
      return helper;
    }

    // Calls fn; on a throw, closes the underlying iterator and rethrows.
    function guarded(rec, fn, args) {
      try {
        return ReflectApply(fn, undefined, args);
      } catch (e) {
        iteratorClose(rec.iterator, true, e);
      }
      return undefined;
    }

    function validateLimit(limit) {
      const num = +limit;
      if (num !== num) throw new RangeError(`${String(limit)} must be positive`);
      const int = toIntegerOrInfinity(num);
      if (int < 0) throw new RangeError(`${String(limit)} must be positive`);
      return int;
    }

    const methods = {
      map(mapper) {
        const rec = getIteratorDirect(this, 'map');
        requireCallable(mapper);
        let counter = 0;
        return makeHelper(rec, () => () => {
          const value = iteratorStepValue(rec);
          if (value === DONE) return DONE;
          return guarded(rec, mapper, [value, counter++]);
        });
      },
      filter(predicate) {
        const rec = getIteratorDirect(this, 'filter');
        requireCallable(predicate);
        let counter = 0;
        return makeHelper(rec, () => () => {
          for (;;) {
            const value = iteratorStepValue(rec);
            if (value === DONE) return DONE;
            if (guarded(rec, predicate, [value, counter++])) return value;
          }
        });
      },
      take(limit) {
        const rec = getIteratorDirect(this, 'take');
        let remaining = validateLimit(limit);
        return makeHelper(rec, () => () => {
          if (remaining === 0) {
            iteratorClose(rec.iterator, false);
            return DONE;
          }
          if (remaining !== Infinity) remaining--;
          return iteratorStepValue(rec);
        });
      },
      drop(limit) {
        const rec = getIteratorDirect(this, 'drop');
        let remaining = validateLimit(limit);
        return makeHelper(rec, () => () => {
          while (remaining > 0) {
            if (remaining !== Infinity) remaining--;
            const r = iteratorStep(rec);
            if (r.done) return DONE;
          }
          return iteratorStepValue(rec);
        });
      },
      flatMap(mapper) {
        const rec = getIteratorDirect(this, 'flatMap');
        requireCallable(mapper);
        let counter = 0;
        return makeHelper(rec, (s) => () => {
          for (;;) {
            if (s.inner === null) {
              const value = iteratorStepValue(rec);
              if (value === DONE) return DONE;
              try {
                const mapped = ReflectApply(mapper, undefined, [value, counter++]);
                s.inner = getIteratorFlattenable(mapped, false);
              } catch (e) {
                iteratorClose(rec.iterator, true, e);
              }
            }
            let r;
            try {
              r = iteratorStep(s.inner);
              if (r.done) {
                s.inner = null;
                continue;
              }
              return r.value;
            } catch (e) {
              s.inner = null;
              iteratorClose(rec.iterator, true, e);
            }
          }
        });
      },
      reduce(reducer /* , initialValue */) {
        const rec = getIteratorDirect(this, 'reduce');
        requireCallable(reducer);
        let accumulator;
        let counter;
        if (arguments.length < 2) {
          const first = iteratorStepValue(rec);
          if (first === DONE) throw new TypeError('Reduce of empty iterator with no initial value');
          accumulator = first;
          counter = 1;
        } else {
          accumulator = arguments[1];
          counter = 0;
        }
        for (;;) {
          const value = iteratorStepValue(rec);
          if (value === DONE) return accumulator;
          accumulator = guarded(rec, reducer, [accumulator, value, counter++]);
        }
      },
      toArray() {
        const rec = getIteratorDirect(this, 'toArray');
        const items = [];
        for (;;) {
          const value = iteratorStepValue(rec);
          if (value === DONE) return items;
          items.push(value);
        }
      },
      forEach(fn) {
        const rec = getIteratorDirect(this, 'forEach');
        requireCallable(fn);
        let counter = 0;
        for (;;) {
          const value = iteratorStepValue(rec);
          if (value === DONE) return undefined;
          guarded(rec, fn, [value, counter++]);
        }
      },
      some(predicate) {
        const rec = getIteratorDirect(this, 'some');
        requireCallable(predicate);
        let counter = 0;
        for (;;) {
          const value = iteratorStepValue(rec);
          if (value === DONE) return false;
          if (guarded(rec, predicate, [value, counter++])) {
            iteratorClose(rec.iterator, false);
            return true;
          }
        }
      },
      every(predicate) {
        const rec = getIteratorDirect(this, 'every');
        requireCallable(predicate);
        let counter = 0;
        for (;;) {
          const value = iteratorStepValue(rec);
          if (value === DONE) return true;
          if (!guarded(rec, predicate, [value, counter++])) {
            iteratorClose(rec.iterator, false);
            return false;
          }
        }
      },
      find(predicate) {
        const rec = getIteratorDirect(this, 'find');
        requireCallable(predicate);
        let counter = 0;
        for (;;) {
          const value = iteratorStepValue(rec);
          if (value === DONE) return undefined;
          if (guarded(rec, predicate, [value, counter++])) {
            iteratorClose(rec.iterator, false);
            return value;
          }
        }
      },
    };
    const lengths = { map: 1, filter: 1, take: 1, drop: 1, flatMap: 1, reduce: 1, toArray: 0, forEach: 1, some: 1, every: 1, find: 1 };
    for (const name of ['reduce', 'toArray', 'forEach', 'some', 'every', 'find', 'map', 'filter', 'take', 'drop', 'flatMap']) {
      define(IteratorPrototype, name, methods[name], lengths[name]);
    }

    // %WrapForValidIteratorPrototype%
    const WrapForValidIteratorPrototype = Object.create(IteratorPrototype);
    function wrapSlot(O) {
      const s = isObject(O) ? wrapSlots.get(O) : undefined;
      if (s === undefined) throw new TypeError('Method called on incompatible receiver');
      return s;
    }
    define(WrapForValidIteratorPrototype, 'next', {
      next() {
        const rec = wrapSlot(this);
        return ReflectApply(rec.next, rec.iterator, []);
      },
    }.next, 0);
    define(WrapForValidIteratorPrototype, 'return', {
      return() {
        const rec = wrapSlot(this);
        const ret = rec.iterator.return;
        if (ret === undefined || ret === null) return { value: undefined, done: true };
        requireCallable(ret);
        return ReflectApply(ret, rec.iterator, []);
      },
    }.return, 0);

    define(Iterator, 'from', {
      from(O) {
        const rec = getIteratorFlattenable(O, true);
        if (rec.iterator instanceof Iterator) return rec.iterator;
        const wrapper = Object.create(WrapForValidIteratorPrototype);
        wrapSlots.set(wrapper, rec);
        return wrapper;
      },
    }.from, 1);

    ObjectDefineProperty(globalThis, 'Iterator', { value: Iterator, writable: true, enumerable: false, configurable: true });
  }
})();
