// node:async_hooks over polyfills/bootstrap/async-context.js.
//
// AsyncLocalStorage keeps its store in the current context frame, which
// follows promise continuations, timers, immediates, nextTick,
// queueMicrotask, native callbacks (fs, crypto, zlib) and AsyncResource
// scopes. createHook's hooks are called for the resources secexec's own JS
// creates: init/before/after/destroy for Timeout, Immediate, TickObject,
// Microtask, AsyncResource (and its subclasses) and native requests
// (FSREQCALLBACK, ZLIB, CRYPTOREQUEST) made once a hook is enabled; never
// for promises (no PROMISE resources, no promiseResolve) nor for handles
// (TCPWRAP, TTYWRAP, ...), and destroy is called synchronously rather than
// from a later turn, and never from garbage collection.
import {
  AsyncResource, executionAsyncId, triggerAsyncId, executionAsyncResource, currentFrame, swapFrame, startTracking,
  enableHook, disableHook,
} from '../bootstrap/async-context.js';
import { makeNodeError, validateFunction } from '../bootstrap/errors.js';

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  ...Object.fromEntries(['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
    'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
    'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
    'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP',
    'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'QUIC_SESSION',
    'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
    'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERCPUPROFILE',
    'WORKERCPUUSAGE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST',
    'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST',
    'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
    'VERIFYREQUEST'].map((name, i) => [name, i])),
});

// A frame is an immutable Map from AsyncLocalStorage to its store.
function frameWith(frame, als, store) {
  const next = frame === undefined ? new Map() : new Map(frame);
  next.set(als, store);
  return next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind((cb, ...args) => cb(...args));
  }

  disable() {
    this.enabled = false;
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      startTracking();
    }
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = currentFrame();
    return frame === undefined ? undefined : frame.get(this);
  }

  enterWith(store) {
    this._enable();
    swapFrame(frameWith(currentFrame(), this, store));
  }

  run(store, callback, ...args) {
    this._enable();
    const previous = swapFrame(frameWith(currentFrame(), this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      swapFrame(previous);
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const previous = swapFrame(frameWith(currentFrame(), this, undefined));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      swapFrame(previous);
    }
  }
}

const kHookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  #callbacks;

  constructor(callbacks) {
    this.#callbacks = {};
    for (const name of kHookNames) {
      const fn = callbacks[name];
      if (fn !== undefined && typeof fn !== 'function') {
        throw makeNodeError(TypeError, 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
      }
      if (fn !== undefined) this.#callbacks[name] = fn;
    }
  }

  enable() {
    enableHook(this.#callbacks);
    return this;
  }

  disable() {
    disableHook(this.#callbacks);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

export default {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
