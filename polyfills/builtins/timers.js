// node:timers — the bootstrap's timers (the same functions as the globals),
// the legacy enroll/unenroll/active/_unrefActive, and `promises`.
import * as t from '../bootstrap/timers.js';
import promises from './timers__promises.js';

const enrolled = new WeakMap();

function unenroll(item) {
  const timer = enrolled.get(item);
  if (timer) {
    t.clearTimeout(timer);
    enrolled.delete(item);
  }
  item._idleTimeout = -1;
}

function enroll(item, msecs) {
  if (typeof msecs !== 'number') {
    const err = new TypeError(`The "msecs" argument must be of type number. Received ${typeof msecs}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  unenroll(item);
  item._idleTimeout = msecs;
}

function arm(item, unref) {
  const prev = enrolled.get(item);
  if (prev) t.clearTimeout(prev);
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  const timer = t.setTimeout(() => {
    enrolled.delete(item);
    if (typeof item._onTimeout === 'function') item._onTimeout();
  }, msecs);
  if (unref) timer.unref();
  enrolled.set(item, timer);
}

const dep = (fn, msg, code) => {
  let warned = false;
  return {
    [fn.name](...args) {
      if (!warned) {
        warned = true;
        globalThis.process?.emitWarning(msg, 'DeprecationWarning', code);
      }
      return Reflect.apply(fn, this, args);
    },
  }[fn.name];
};

export default {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  _unrefActive: dep(function _unrefActive(item) { arm(item, true); },
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: dep(function active(item) { arm(item, false); },
    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: dep(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: dep(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
  promises,
};
