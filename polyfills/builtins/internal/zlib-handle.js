// The compression contexts behind node:zlib's streams: thin objects over
// binding.zlib's native handles (init/v8-zlib.cc), shaped like the C++
// handles Node's lib/zlib.js drives (write, writeSync, params, reset,
// close; failures reported through `onerror(message, errno, code)`; results
// of a write left in the stream's two-slot `_writeState`).
import { binding } from '../../bootstrap/native.js';
import { makeNodeError } from './validators.js';

const kNative = Symbol('kNative');
const kState = Symbol('kState');
const kOnWrite = Symbol('kOnWrite');

function initFailed() {
  return makeNodeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed');
}

class Handle {
  constructor(native, state, onWrite) {
    this.onerror = undefined;
    Object.defineProperty(this, kNative, { value: native, writable: true });
    Object.defineProperty(this, kState, { value: state });
    // The thread pool's answer: a failure, or the results in `state`.
    Object.defineProperty(this, kOnWrite, {
      value: (message, errno, code) => {
        if (message !== undefined) this.onerror(message, errno, code);
        else onWrite.call(this);
      },
    });
  }

  // Runs on libuv's thread pool; `processCallback` (this = handle) follows.
  write(flush, input, inOff, inLen, out, outOff, outLen) {
    binding.zlib.write(this[kNative], flush, input, inOff, inLen, out, outOff, outLen, this[kState], this[kOnWrite]);
  }

  writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
    const failure = binding.zlib.writeSync(this[kNative], flush, input, inOff, inLen, out, outOff, outLen, this[kState]);
    if (failure) this.onerror(failure[0], failure[1], failure[2]);
  }

  params(level, strategy) {
    const failure = binding.zlib.params(this[kNative], level, strategy);
    if (failure) this.onerror(failure[0], failure[1], failure[2]);
  }

  reset() {
    const failure = binding.zlib.reset(this[kNative]);
    if (failure) this.onerror(failure[0], failure[1], failure[2]);
  }

  // Deferred natively while a write is on the thread pool.
  close() {
    const native = this[kNative];
    if (native) {
      this[kNative] = null;
      binding.zlib.close(native);
    }
  }
}

export class Zlib extends Handle {
  constructor(mode, windowBits, level, memLevel, strategy, dictionary, state, onWrite) {
    const native = binding.zlib.zlibCreate(mode, windowBits, level, memLevel, strategy, dictionary);
    if (Array.isArray(native)) {
      const err = new Error(native[0]);
      err.errno = native[1];
      err.code = native[2];
      throw err;
    }
    super(native, state, onWrite);
  }
}

export class BrotliEncoder extends Handle {
  constructor(mode, params, state, onWrite) {
    const native = binding.zlib.brotliCreate(mode, params);
    if (!native) throw initFailed();
    super(native, state, onWrite);
  }
}

export class BrotliDecoder extends Handle {
  constructor(mode, params, state, onWrite) {
    const native = binding.zlib.brotliCreate(mode, params);
    if (!native) throw initFailed();
    super(native, state, onWrite);
  }
}

export function crc32Native(bytes, value) {
  return binding.zlib.crc32(bytes, value);
}
