// A compact EventEmitter with Node's semantics for the bootstrap's own
// objects (process, streams of stdio). The full `events` module arrives
// with the polyfills; this one keeps the snapshot independent of it.
import { validateFunction } from './errors.js';

const kEvents = Symbol('kEvents');

export class EventEmitter {
  constructor() {
    Object.defineProperty(this, kEvents, { value: new Map(), writable: true });
    this._maxListeners = undefined;
  }

  static defaultMaxListeners = 10;

  _add(name, fn, prepend, once) {
    validateFunction(fn, 'listener');
    const map = this[kEvents];
    if (map.has('newListener')) this.emit('newListener', name, fn.listener || fn);
    let list = map.get(name);
    if (!list) map.set(name, (list = []));
    const entry = once ? onceWrapper(this, name, fn) : fn;
    if (prepend) list.unshift(entry); else list.push(entry);
    return this;
  }

  on(name, fn) { return this._add(name, fn, false, false); }
  addListener(name, fn) { return this._add(name, fn, false, false); }
  prependListener(name, fn) { return this._add(name, fn, true, false); }
  once(name, fn) { return this._add(name, fn, false, true); }
  prependOnceListener(name, fn) { return this._add(name, fn, true, true); }

  off(name, fn) { return this.removeListener(name, fn); }
  removeListener(name, fn) {
    validateFunction(fn, 'listener');
    const list = this[kEvents].get(name);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === fn || list[i].listener === fn) {
        list.splice(i, 1);
        if (list.length === 0) this[kEvents].delete(name);
        if (this[kEvents].has('removeListener')) this.emit('removeListener', name, fn);
        break;
      }
    }
    return this;
  }

  removeAllListeners(name) {
    if (name === undefined) this[kEvents] = new Map();
    else this[kEvents].delete(name);
    return this;
  }

  emit(name, ...args) {
    const list = this[kEvents].get(name);
    if (!list || list.length === 0) {
      if (name === 'error') {
        const err = args[0];
        if (err instanceof Error) throw err;
        const e = new Error(`Unhandled error. (${String(err)})`);
        e.code = 'ERR_UNHANDLED_ERROR';
        e.context = err;
        throw e;
      }
      return false;
    }
    for (const fn of list.slice()) Reflect.apply(fn, this, args);
    return true;
  }

  listeners(name) {
    return (this[kEvents].get(name) || []).map((f) => f.listener || f);
  }
  rawListeners(name) { return (this[kEvents].get(name) || []).slice(); }
  listenerCount(name) { return (this[kEvents].get(name) || []).length; }
  eventNames() { return [...this[kEvents].keys()]; }
  setMaxListeners(n) { this._maxListeners = n; return this; }
  getMaxListeners() { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; }
}

function onceWrapper(target, name, fn) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(name, wrapper);
    return Reflect.apply(fn, this, args);
  }
  wrapper.listener = fn;
  return wrapper;
}
