// Async context: the current context frame (AsyncLocalStorage's stores)
// and the current async resource (executionAsyncId() and friends), and
// their propagation from the code that schedules work to the callback that
// runs it.
//
// The frame is an immutable Map (AsyncLocalStorage -> store), or undefined
// for the root. It lives in V8's continuation-preserved embedder data
// (binding.async.getFrame/setFrame): V8 copies it into each promise
// reaction when then()/await registers it and restores it while the
// reaction runs, so promise chains need no per-promise JS. Timers,
// immediates, nextTick, queueMicrotask and native callbacks capture the
// frame when scheduled and restore it around their callback (enterAsync /
// leaveAsync); a native callback is captured generically, by binding every
// function argument given to the binding's async families (see
// bindNativeCallbacks).
//
// Nothing is captured until the first AsyncLocalStorage.run/enterWith or
// AsyncResource-with-store needs it (`tracking`): before that every frame is
// the root, and scheduling work costs one boolean test. From then on V8's
// promise hooks record each promise's frame too, for the one case V8 10.2
// does not carry: a thenable's then() called from a PromiseResolveThenableJob.
//
// Async ids are always kept for the resources this module knows (Timeout,
// Immediate, TickObject, Microtask, AsyncResource, native requests once
// tracking); promises get none (executionAsyncId() is 0 inside a promise
// continuation, as in Node with no promise hook installed).
import { binding } from './native.js';
import { makeNodeError, invalidArgType, validateFunction } from './errors.js';

export const async_id_symbol = Symbol('asyncId');
export const trigger_async_id_symbol = Symbol('triggerId');
export const kAsyncContextFrame = Symbol('kAsyncContextFrame');

let tracking = false;
let nextAsyncId = 1;
// The current resource: the main script's at first (id 1, as in Node),
// `idle` (id 0) between callbacks.
export const topLevelResource = {};
Object.defineProperty(topLevelResource, async_id_symbol, { value: 1 });
Object.defineProperty(topLevelResource, trigger_async_id_symbol, { value: 0 });
const idle = { [async_id_symbol]: 0, [trigger_async_id_symbol]: 0 };
let current = topLevelResource;
// The frames to go back to, one per entered callback, once tracking.
const savedFrames = [];

export function newAsyncId() {
  return ++nextAsyncId;
}

export function executionAsyncId() {
  return current[async_id_symbol];
}

export function triggerAsyncId() {
  return current[trigger_async_id_symbol];
}

export function executionAsyncResource() {
  return current === idle ? topLevelResource : current;
}

export function isTracking() {
  return tracking;
}

// The frame current now: undefined (the root) until tracking starts.
export function currentFrame() {
  return tracking ? binding.async.getFrame() : undefined;
}

// Makes `frame` current and returns the previous one; only once tracking.
export function swapFrame(frame) {
  return binding.async.setFrame(frame);
}

// The scheduling side: `target` remembers the ids and frame current now.
export function captureAsync(target, type) {
  const asyncId = ++nextAsyncId;
  const triggerId = current[async_id_symbol];
  target[async_id_symbol] = asyncId;
  target[trigger_async_id_symbol] = triggerId;
  target[kAsyncContextFrame] = tracking ? binding.async.getFrame() : undefined;
  if (activeHooks !== null) emitInit(asyncId, type, triggerId, target);
}

// The running side, around a callback of a resource captured above:
// `const prev = enterAsync(r); try { ... } finally { leaveAsync(prev); }`.
// Without tracking or hooks this is two variable writes.
export function enterAsync(resource) {
  const prev = current;
  current = resource;
  if (tracking) savedFrames.push(binding.async.setFrame(resource[kAsyncContextFrame]));
  if (activeHooks !== null) emitHook('before', resource[async_id_symbol]);
  return prev;
}

export function leaveAsync(prev) {
  if (activeHooks !== null) emitHook('after', current[async_id_symbol]);
  current = prev;
  // When tracking started inside the callback nothing was saved: the frame
  // to go back to is the root.
  if (tracking) binding.async.setFrame(savedFrames.length > 0 ? savedFrames.pop() : undefined);
}

// After the main script's synchronous part: the loop runs with no current
// resource (id 0) and the root frame, as in Node.
export function endTopLevel() {
  current = idle;
  if (tracking) binding.async.setFrame(undefined);
}

// Around a microtask checkpoint: V8 leaves the slot at whatever the last
// job set; the caller's frame comes back.
export function runMicrotasksKeepingFrame(run) {
  if (!tracking) {
    run();
    return;
  }
  const frame = binding.async.getFrame();
  try {
    run();
  } finally {
    binding.async.setFrame(frame);
  }
}

export function startTracking() {
  if (tracking) return;
  tracking = true;
  installPromiseHooks();
  bindNativeCallbacks();
}

// V8 10.2 does not carry the frame into the job that calls a thenable's
// then(): the promise being resolved does, through these hooks.
function installPromiseHooks() {
  const asyncBinding = binding.async;
  const getFrame = asyncBinding.getFrame;
  const setFrame = asyncBinding.setFrame;
  asyncBinding.setPromiseHooks(
    (promise) => {
      const frame = getFrame();
      if (frame !== undefined) promise[kAsyncContextFrame] = frame;
    },
    (promise) => { setFrame(promise[kAsyncContextFrame]); },
    () => { setFrame(undefined); },
    undefined);
}

// The one capture point for native callbacks (fs, crypto, zlib, and any
// later family): once tracking starts, each function of these binding
// groups binds its function arguments to the current frame and ids, and
// invoke_callback's call runs inside them. Groups whose functions take
// synchronous callbacks (sqlite's user functions) or none are left alone.
const kSyncGroups = new Set(['async', 'types', 'vm', 'v8', 'sqlite', 'tty']);
const kRequestTypes = { __proto__: null, fs: 'FSREQCALLBACK', zlib: 'ZLIB', crypto: 'CRYPTOREQUEST' };

function bindNativeCallbacks() {
  for (const group of Object.keys(binding)) {
    const obj = binding[group];
    if (obj === null || typeof obj !== 'object' || kSyncGroups.has(group)) continue;
    const type = kRequestTypes[group] || `${group.toUpperCase()}REQUEST`;
    for (const key of Object.keys(obj)) {
      const fn = obj[key];
      if (typeof fn !== 'function') continue;
      obj[key] = function (...args) {
        for (let i = 0; i < args.length; i++) {
          if (typeof args[i] === 'function') args[i] = bindCallback(args[i], type);
        }
        return Reflect.apply(fn, this, args);
      };
    }
  }
}

class NativeRequest {}

function bindCallback(cb, type) {
  const req = new NativeRequest();
  captureAsync(req, type);
  return function (...args) {
    const prev = enterAsync(req);
    try {
      return Reflect.apply(cb, this, args);
    } finally {
      leaveAsync(prev);
    }
  };
}

// createHook's registry: the enabled hooks' callback objects, or null.
let activeHooks = null;

export function hooksEnabled() {
  return activeHooks !== null;
}

export function enableHook(hook) {
  if (activeHooks === null) activeHooks = [];
  if (!activeHooks.includes(hook)) activeHooks = [...activeHooks, hook];
  startTracking();
}

export function disableHook(hook) {
  if (activeHooks === null) return;
  const rest = activeHooks.filter((h) => h !== hook);
  activeHooks = rest.length === 0 ? null : rest;
}

export function emitInit(asyncId, type, triggerId, resource) {
  const hooks = activeHooks;
  if (hooks === null) return;
  for (const h of hooks) {
    if (typeof h.init === 'function') Reflect.apply(h.init, h, [asyncId, type, triggerId, resource]);
  }
}

export function emitHook(name, asyncId) {
  const hooks = activeHooks;
  if (hooks === null) return;
  for (const h of hooks) {
    if (typeof h[name] === 'function') Reflect.apply(h[name], h, [asyncId]);
  }
}

export function emitDestroyOf(resource) {
  if (activeHooks !== null) emitHook('destroy', resource[async_id_symbol]);
}

// AsyncResource (node:async_hooks) lives here so queueMicrotask and the
// builtins can make one without loading async_hooks.
const kDestroyed = Symbol('kDestroyed');

export class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw invalidArgType('type', 'of type string', type);
    let triggerId = opts;
    if (typeof opts !== 'number') {
      triggerId = opts.triggerAsyncId === undefined ? current[async_id_symbol] : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
      throw makeNodeError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${triggerId}`);
    }
    Object.defineProperty(this, kDestroyed, { value: false, writable: true });
    this[kAsyncContextFrame] = tracking ? binding.async.getFrame() : undefined;
    const asyncId = ++nextAsyncId;
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerId;
    if (activeHooks !== null) emitInit(asyncId, type, triggerId, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prev = enterAsync(this);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      leaveAsync(prev);
    }
  }

  emitDestroy() {
    if (!this[kDestroyed]) {
      this[kDestroyed] = true;
      emitDestroyOf(this);
    }
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
      Object.defineProperty(bound, 'name', { value: 'bound', configurable: true });
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          warnAsyncResourceProperty();
          return self;
        },
        set(value) {
          self = value;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return new AsyncResource(type || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

let warnedAsyncResource = false;
function warnAsyncResourceProperty() {
  if (warnedAsyncResource) return;
  warnedAsyncResource = true;
  globalThis.process.emitWarning('The asyncResource property on bound functions is deprecated',
    'DeprecationWarning', 'DEP0172');
}

// queueMicrotask's resource: an AsyncResource of type Microtask, made
// without the constructor's checks.
export function microtaskResource() {
  const r = Object.create(AsyncResource.prototype);
  captureAsync(r, 'Microtask');
  return r;
}
