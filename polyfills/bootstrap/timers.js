// setTimeout/setInterval/setImmediate over the loop in init/event-loop.c:
// JS keeps the queues, the loop owns one uv timer armed at the earliest
// deadline and the check phase for immediates, as in Node.
import { binding } from './native.js';
import { runTicks } from './task-queue.js';
import { validateFunction } from './errors.js';
import {
  async_id_symbol, trigger_async_id_symbol, kAsyncContextFrame, newAsyncId, executionAsyncId, currentFrame,
  enterAsync, leaveAsync, emitInit, emitDestroyOf, hooksEnabled,
} from './async-context.js';

const TIMEOUT_MAX = 2 ** 31 - 1;
const heap = []; // binary min-heap of Timeout by [expiry, seq]
let seq = 0;
let refedTimers = 0;
let armedAt = Infinity;
let emitWarning = null;

export function setTimerWarning(fn) {
  emitWarning = fn;
}

function before(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}

function heapPush(t) {
  heap.push(t);
  let i = heap.length - 1;
  t._heapIndex = i;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i], heap[p])) break;
    swap(i, p);
    i = p;
  }
}

function swap(i, j) {
  const t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i]._heapIndex = i;
  heap[j]._heapIndex = j;
}

function heapRemove(t) {
  const i = t._heapIndex;
  if (i < 0 || heap[i] !== t) return;
  const last = heap.pop();
  t._heapIndex = -1;
  if (i === heap.length) return;
  heap[i] = last;
  last._heapIndex = i;
  siftDown(i);
  siftUp(i);
}

function siftUp(i) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i], heap[p])) break;
    swap(i, p);
    i = p;
  }
}

function siftDown(i) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && before(heap[l], heap[m])) m = l;
    if (r < heap.length && before(heap[r], heap[m])) m = r;
    if (m === i) return;
    swap(i, m);
    i = m;
  }
}

function arm(now) {
  if (heap.length === 0) {
    armedAt = Infinity;
    return;
  }
  const next = heap[0]._expiry;
  if (next !== armedAt) {
    armedAt = next;
    binding.scheduleTimer(Math.max(1, next - now));
  }
}

function adjustRef(delta) {
  const before0 = refedTimers === 0;
  refedTimers += delta;
  if (before0 !== (refedTimers === 0)) binding.toggleTimerRef(refedTimers > 0);
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX && emitWarning) {
      emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

let nextId = 1;
export const timeoutsById = new Map();

export class Timeout {
  constructor(callback, after, args, repeat) {
    this._idleTimeout = coerceDelay(after);
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = repeat ? this._idleTimeout : null;
    this._destroyed = false;
    // Written here, not by a shared helper: each site stays monomorphic.
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = executionAsyncId();
    this[kAsyncContextFrame] = currentFrame();
    if (hooksEnabled()) emitInit(this[async_id_symbol], 'Timeout', this[trigger_async_id_symbol], this);
    Object.defineProperty(this, '_ref', { value: true, writable: true });
    Object.defineProperty(this, '_heapIndex', { value: -1, writable: true });
    Object.defineProperty(this, '_id', { value: nextId++, writable: true });
    this._schedule(binding.loopNow());
    adjustRef(1);
  }

  _schedule(now) {
    this._idleStart = now;
    Object.defineProperty(this, '_expiry', { value: now + this._idleTimeout, writable: true, configurable: true });
    Object.defineProperty(this, '_seq', { value: seq++, writable: true, configurable: true });
    heapPush(this);
    arm(now);
  }

  refresh() {
    if (this._heapIndex >= 0) {
      heapRemove(this);
      this._schedule(binding.loopNow());
    }
    return this;
  }

  ref() {
    if (!this._ref && !this._destroyed) {
      this._ref = true;
      adjustRef(1);
    }
    return this;
  }

  unref() {
    if (this._ref && !this._destroyed) {
      this._ref = false;
      adjustRef(-1);
    }
    return this;
  }

  hasRef() {
    return this._ref;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    timeoutsById.set(this._id, this);
    return this._id;
  }
}

function destroy(t) {
  if (t._destroyed) return;
  t._destroyed = true;
  heapRemove(t);
  if (t._ref) adjustRef(-1);
  timeoutsById.delete(t._id);
  if (hooksEnabled()) emitDestroyOf(t);
}

export function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, args, false);
}

export function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args, true);
}

export function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    destroy(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = timeoutsById.get(Number(timer));
    if (t) destroy(t);
  }
}

export function clearInterval(timer) {
  clearTimeout(timer);
}

export function processTimers(now) {
  armedAt = Infinity;
  try {
    while (heap.length > 0 && heap[0]._expiry <= now) {
      const t = heap[0];
      heapRemove(t);
      const repeat = t._repeat;
      if (repeat) {
        // Rescheduled before it runs, so clearInterval inside it works.
        t._idleTimeout = repeat;
        t._schedule(now);
      } else {
        t._destroyed = true;
        if (t._ref) adjustRef(-1);
        timeoutsById.delete(t._id);
      }
      const args = t._timerArgs;
      const prev = enterAsync(t);
      try {
        if (args.length === 0) t._onTimeout();
        else Reflect.apply(t._onTimeout, t, args);
      } finally {
        leaveAsync(prev);
      }
      if (!repeat && hooksEnabled()) emitDestroyOf(t);
      // `now` stays fixed for the pass, as in Node: a timer created by a
      // callback waits for the next one, after the check phase.
      runTicks();
    }
  } finally {
    // An exception leaves the rest queued; re-arm so they still run.
    arm(binding.loopNow());
  }
}

// setImmediate: a FIFO; immediates queued while running go to the next turn.
let immediateQueue = [];
let refedImmediates = 0;

function syncImmediates() {
  binding.toggleImmediates(immediateQueue.length > 0, refedImmediates > 0);
}

export class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    Object.defineProperty(this, '_ref', { value: true, writable: true });
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = executionAsyncId();
    this[kAsyncContextFrame] = currentFrame();
    if (hooksEnabled()) emitInit(this[async_id_symbol], 'Immediate', this[trigger_async_id_symbol], this);
    immediateQueue.push(this);
    refedImmediates++;
    syncImmediates();
  }

  ref() {
    if (!this._ref && !this._destroyed) {
      this._ref = true;
      refedImmediates++;
      syncImmediates();
    }
    return this;
  }

  unref() {
    if (this._ref && !this._destroyed) {
      this._ref = false;
      refedImmediates--;
      syncImmediates();
    }
    return this;
  }

  hasRef() {
    return this._ref;
  }
}

export function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}

export function clearImmediate(imm) {
  if (!imm || imm._destroyed || !(imm instanceof Immediate)) return;
  imm._destroyed = true;
  if (imm._ref) refedImmediates--;
  const i = immediateQueue.indexOf(imm);
  if (i >= 0) immediateQueue.splice(i, 1);
  syncImmediates();
  if (hooksEnabled()) emitDestroyOf(imm);
}

export function processImmediate() {
  const queue = immediateQueue;
  immediateQueue = [];
  let i = 0;
  try {
    for (; i < queue.length; i++) {
      const imm = queue[i];
      if (imm._destroyed) continue;
      imm._destroyed = true;
      if (imm._ref) refedImmediates--;
      const args = imm._argv;
      const prev = enterAsync(imm);
      try {
        if (args.length === 0) imm._onImmediate();
        else Reflect.apply(imm._onImmediate, imm, args);
      } finally {
        leaveAsync(prev);
      }
      if (hooksEnabled()) emitDestroyOf(imm);
      runTicks();
    }
  } finally {
    // After an exception, the rest run first on the next turn.
    if (i + 1 < queue.length) immediateQueue = queue.slice(i + 1).concat(immediateQueue);
    syncImmediates();
  }
}
