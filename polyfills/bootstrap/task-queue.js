// process.nextTick, the microtask checkpoint and unhandled-rejection
// tracking, in Node's order: the whole nextTick queue, then microtasks,
// repeated until both are empty; then rejections not handled by then.
import { binding } from './native.js';
import { validateFunction } from './errors.js';
import {
  async_id_symbol, trigger_async_id_symbol, kAsyncContextFrame, newAsyncId, executionAsyncId, currentFrame,
  enterAsync, leaveAsync, emitInit, emitDestroyOf, hooksEnabled, microtaskResource, runMicrotasksKeepingFrame,
} from './async-context.js';

const ticks = [];
let tickHead = 0;

// A tick is a plain object in Node (its resource's constructor is Object);
// a constructor function with Object.prototype keeps that and gives V8 one
// fixed shape with room for the async fields.
function TickObject(callback, args) {
  this.callback = callback;
  this.args = args;
  this[async_id_symbol] = newAsyncId();
  this[trigger_async_id_symbol] = executionAsyncId();
  this[kAsyncContextFrame] = currentFrame();
}
TickObject.prototype = Object.prototype;

export function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (processRef.process && processRef.process._exiting) return;
  const tick = new TickObject(callback, args);
  if (hooksEnabled()) emitInit(tick[async_id_symbol], 'TickObject', tick[trigger_async_id_symbol], tick);
  ticks.push(tick);
}

// An exception in a queueMicrotask callback is an uncaught exception (not
// a rejection), as in Node.
export function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  const resource = microtaskResource();
  Promise.resolve().then(() => {
    const prev = enterAsync(resource);
    try {
      callback();
    } catch (err) {
      processRef.onUncaught(err);
    } finally {
      leaveAsync(prev);
    }
    if (hooksEnabled()) emitDestroyOf(resource);
  });
}

// Rejections: the V8 event numbers (v8::PromiseRejectEvent).
const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;
const pending = new Map(); // promise -> reason, in rejection order
const warned = new WeakMap(); // promise -> rejection id, once reported
let lastRejectionId = 0;
const rejectionIds = new WeakMap();

export const processRef = { process: null, onUnhandled: null, onUncaught: null };

export function promiseReject(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    pending.set(promise, reason);
    rejectionIds.set(promise, ++lastRejectionId);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    if (pending.has(promise)) pending.delete(promise);
    else if (warned.has(promise)) {
      const id = warned.get(promise);
      warned.delete(promise);
      const p = processRef.process;
      p.emitWarning(`Promise rejection was handled asynchronously (rejection id: ${id})`,
        'PromiseRejectionHandledWarning');
      p.emit('rejectionHandled', promise);
    }
  }
}

function processRejections() {
  if (pending.size === 0) return false;
  for (const [promise, reason] of pending) {
    pending.delete(promise);
    warned.set(promise, rejectionIds.get(promise));
    processRef.onUnhandled(reason, promise);
  }
  return ticks.length > tickHead;
}

export function runTicks() {
  do {
    while (tickHead < ticks.length) {
      const t = ticks[tickHead];
      ticks[tickHead++] = undefined;
      if (tickHead === ticks.length) {
        ticks.length = 0;
        tickHead = 0;
      }
      const { callback, args } = t;
      const prev = enterAsync(t);
      try {
        if (args.length === 0) callback();
        else Reflect.apply(callback, undefined, args);
      } finally {
        leaveAsync(prev);
      }
      if (hooksEnabled()) emitDestroyOf(t);
    }
    runMicrotasksKeepingFrame(binding.runMicrotasks);
  } while (tickHead < ticks.length || processRejections());
}
