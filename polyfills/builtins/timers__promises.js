// node:timers/promises — promise forms of setTimeout/setImmediate, the
// setInterval async iterator and `scheduler`, with AbortSignal and `ref`
// support, over the bootstrap's timers.  Loading it also gives the
// bootstrap's setTimeout/setImmediate their util.promisify.custom forms.
import * as timers from '../bootstrap/timers.js';
import { kResistStopPropagation } from '../bootstrap/event-target.js';
import { AbortError, validateAbortSignal, validateBoolean, validateNumber, validateObject } from './internal/validators.js';

const kScheduler = Symbol('kScheduler');

function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

function setTimeout(after, value, options = {}) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timeout = timers.setTimeout(resolve, after, value);
    if (!ref) timeout.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(timeout, timers.clearTimeout, reject, signal);
      signal.addEventListener('abort', oncancel, { __proto__: null, [kResistStopPropagation]: true });
    }
  });
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

function setImmediate(value, options = {}) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = timers.setImmediate(resolve, value);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(immediate, timers.clearImmediate, reject, signal);
      signal.addEventListener('abort', oncancel, { __proto__: null, [kResistStopPropagation]: true });
    }
  });
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

async function* setInterval(after, value, options = {}) {
  validateOptions(options);
  const { signal, ref = true } = options;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = timers.setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        timers.clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

class Scheduler {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  yield() {
    if (!this[kScheduler]) throw Object.assign(new TypeError('Value of "this" must be of type Scheduler'), { code: 'ERR_INVALID_THIS' });
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw Object.assign(new TypeError('Value of "this" must be of type Scheduler'), { code: 'ERR_INVALID_THIS' });
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { value: true } });

const kCustom = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, custom] of [[timers.setTimeout, setTimeout], [timers.setImmediate, setImmediate]]) {
  if (!Object.prototype.hasOwnProperty.call(fn, kCustom)) {
    Object.defineProperty(fn, kCustom, { value: custom, writable: true, configurable: true, enumerable: false });
  }
}

export default { setTimeout, setImmediate, setInterval, scheduler };
