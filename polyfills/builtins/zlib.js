// node:zlib — a bridge to the native zlib and brotli libraries
// (init/v8-zlib.cc, through internal/zlib-handle.js), with the front-end
// Node 22's lib/zlib.js has: options validation, the chunk loop that feeds
// the library one output window at a time (inline for the *Sync forms, on
// libuv's thread pool for streams and callbacks), streams on our
// stream.Transform, the convenience methods, Node's error shapes. Zstd is
// not available (ERR_NOT_IMPLEMENTED): its library is not a dependency.
import bufferModule from './buffer.js';
import stream from './stream.js';
import util from './util.js';
import { Zlib as ZlibHandle, BrotliEncoder, BrotliDecoder, crc32Native } from './internal/zlib-handle.js';
import { zlibConstants } from './internal/constants-data.js';
import { stubFn, stubClass } from './internal/stub.js';
import {
  invalidArgType, makeNodeError, validateFunction, validateNumber, validateUint32,
} from './internal/validators.js';
import { outOfRangeReceived } from '../bootstrap/error-messages.js';
import { inspect } from '../bootstrap/inspect.js';

const { Buffer } = bufferModule;
const { Transform, finished } = stream;
const constants = { ...zlibConstants };
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_MIN_WINDOWBITS,
  Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK,
  Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// Node's buffer.kMaxLength on 64-bit targets: the default (and the bound)
// of maxOutputLength.
const kMaxLength = 2 ** 53 - 1;

// Return codes both ways (Z_OK -> 0, 0 -> 'Z_OK').
const codes = {};
for (const k of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR',
  'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[k] = constants[k];
}
for (const k of Object.keys(codes)) codes[codes[k]] = k;

const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');
const kOwner = Symbol('owner_symbol');

// ---------------------------------------------------------------------------
// Type checks that hold across realms and cannot be spoofed by a tag.

const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : null;
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isAnyArrayBuffer(v) {
  for (const getter of [abByteLength, sabByteLength]) {
    if (!getter) continue;
    try {
      getter.call(v);
      return true;
    } catch {
      // not this kind
    }
  }
  return false;
}

const isUint8Array = (v) => typedArrayTag.call(v) === 'Uint8Array';

// ---------------------------------------------------------------------------
// Validation (Node's internal/validators)

const outOfRange = (name, range, value) => makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
  `The value of "${name}" is out of range. It must be ${range}. Received ${outOfRangeReceived(value, inspect)}`);

function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw outOfRange(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

function internalAssertion(message) {
  return makeNodeError(Error, 'ERR_INTERNAL_ASSERTION', `${message}\nThis is caused by either a bug in Node.js ` +
    'or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n');
}

const bufferTooLarge = (max) => makeNodeError(RangeError, 'ERR_BUFFER_TOO_LARGE',
  `Cannot create a Buffer larger than ${max} bytes`);

// ---------------------------------------------------------------------------
// Convenience methods: the whole input through one engine.

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: other views are wrapped without copying.
  if (ArrayBuffer.isView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(bufferTooLarge(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) buf = Buffer.alloc(0);
  else buf = this.buffers.length === 1 ? this.buffers[0] : Buffer.concat(this.buffers, this.nread);
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw invalidArgType('buffer',
        'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// The handle's onerror: there is no recovering from a library failure.
function zlibOnError(message, errno, code) {
  const self = this[kOwner];
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

// ---------------------------------------------------------------------------
// ZlibBase: the Transform all engines share.

const FLUSH_BOUND_NORMAL = [Z_NO_FLUSH, Z_BLOCK];
const FLUSH_BOUND_BROTLI = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA];

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const bound = mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? FLUSH_BOUND_BROTLI : FLUSH_BOUND_NORMAL;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw outOfRange('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bound[0], bound[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', bound[0], bound[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength,
      kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
  this._rejectGarbageAfterEnd = opts?.rejectGarbageAfterEnd === true;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get: util.deprecate(function () {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.',
  'DEP0108'),
  set: util.deprecate(function (value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function () {
  if (!this._handle) throw internalAssertion('zlib binding closed');
  return this._handle.reset();
};

// Transform's end of input: one last, empty, chunk.
ZlibBase.prototype._flush = function (callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function (callback) {
  callback();
};

// Which of two pending flushes is stronger (for the last chunk):
// Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushiness = [];
kFlushFlagList.forEach((flag, i) => {
  flushiness[flag] = i;
});
const maxFlush = (a, b) => (flushiness[a] > flushiness[b] ? a : b);

// Empty chunks that carry a flush through the write queue.
const kFlushBuffers = [];
for (const flag of kFlushFlagList) {
  kFlushBuffers[flag] = Buffer.from(new ArrayBuffer(0));
  kFlushBuffers[flag][kFlushFlag] = flag;
}

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) globalThis.process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function (err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also carries the finishing flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function (chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

// Feeds `chunk` inline, one output window of chunkSize at a time; the
// output windows are joined once at the end, and the loop stops as soon as
// maxOutputLength is passed (a decompression bomb never grows further).
function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;
  let error;
  self.on('error', (er) => {
    error = er;
  });
  for (;;) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    if (self[kError]) throw self[kError];
    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw bufferTooLarge(self._maxOutputLength);
      }
    }
    // The output window is full or used up: a fresh one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter !== 0) break;
    // More output may be waiting: go again with what input is left.
    inOff += inDelta;
    availInBefore = availInAfter;
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// The stream's way: one window per trip to the thread pool; processCallback
// pushes the output and goes again until the library leaves room.
function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    globalThis.process.nextTick(cb);
    return;
  }
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset, handle.availOutBefore);
}

function processCallback() {
  const handle = this; // eslint-disable-line consistent-this
  const self = handle[kOwner];
  const state = self._writeState;
  if (self.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;
  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }
  if (self.destroyed) {
    handle.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }
  if (availOutAfter === 0) {
    // Not done: the rest of the input, into the next window, once the
    // reader has room for it.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    const again = () => handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
      self._outBuffer, self._outOffset, self._chunkSize);
    if (!streamBufferIsFull) {
      again();
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        again();
        self._read(n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Room for output but input left over: the compressed stream ended
    // before the input did.
    if (self._rejectGarbageAfterEnd) {
      const err = makeNodeError(TypeError, 'ERR_TRAILING_JUNK_AFTER_STREAM_END',
        'Trailing junk found after the end of the compressed stream');
      self.destroy(err);
      handle.cb(err);
      return;
    }
    self.push(null);
  }
  handle.buffer = null;
  handle.cb();
}

function closeHandle(engine) {
  engine._handle?.close();
  engine._handle = null;
}

// ---------------------------------------------------------------------------
// zlib engines

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // On the decompression side, 0 means "the window size in the header".
    if ((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is valid for deflate, not for gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS,
        Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
      Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
      Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer',
          dictionary);
      }
    }
  }
  this._writeState = new Uint32Array(2);
  const handle = new ZlibHandle(mode, windowBits, level, memLevel, strategy, dictionary, this._writeState,
    processCallback);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// After the sync flush, so no write is on the thread pool meanwhile.
function paramsAfterFlushCallback(level, strategy, callback) {
  if (!this._handle) throw internalAssertion('zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    globalThis.process.nextTick(callback);
  }
};

// A public engine class, callable without `new`, as Node's are.
function engineClass(name, base, init) {
  const C = {
    [name]: function (opts) {
      if (!(this instanceof C)) return new C(opts);
      init(this, opts);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, base.prototype);
  Object.setPrototypeOf(C, base);
  return C;
}

const zlibClass = (name, mode) => engineClass(name, Zlib, (self, opts) => Reflect.apply(Zlib, self, [opts, mode]));
const Deflate = zlibClass('Deflate', DEFLATE);
const Inflate = zlibClass('Inflate', INFLATE);
const Gzip = zlibClass('Gzip', GZIP);
const Gunzip = zlibClass('Gunzip', GUNZIP);
const InflateRaw = zlibClass('InflateRaw', INFLATERAW);
const Unzip = zlibClass('Unzip', UNZIP);
// Raw deflate has no 256-byte window: 8 means 9 (and the caller sees it).
const DeflateRaw = engineClass('DeflateRaw', Zlib, (self, opts) => {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  Reflect.apply(Zlib, self, [opts, DEFLATERAW]);
});

// ---------------------------------------------------------------------------
// brotli engines

const kMaxBrotliParam = Math.max(...Object.entries(constants)
  .map(([key, value]) => (key.startsWith('BROTLI_PARAM_') ? value : 0)));
const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  // Unset slots are ~0 (as -1 stored in a Uint32Array).
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || (params[key] | 0) !== -1) {
        throw makeNodeError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${origKey} is not a valid Brotli parameter`);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw invalidArgType('options.params[key]', 'of type number', value);
      }
      params[key] = value;
    }
  }
  this._writeState = new Uint32Array(2);
  const Handle = mode === BROTLI_DECODE ? BrotliDecoder : BrotliEncoder;
  const handle = new Handle(mode, params, this._writeState, processCallback);
  Reflect.apply(ZlibBase, this, [opts, mode, handle, brotliDefaultOpts]);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

const BrotliCompress = engineClass('BrotliCompress', Brotli,
  (self, opts) => Reflect.apply(Brotli, self, [opts, BROTLI_ENCODE]));
const BrotliDecompress = engineClass('BrotliDecompress', Brotli,
  (self, opts) => Reflect.apply(Brotli, self, [opts, BROTLI_DECODE]));

// ---------------------------------------------------------------------------
// The module

function convenience(C, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new C(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new C(opts), buffer, callback);
  };
}

function createProperty(C) {
  return {
    configurable: true,
    enumerable: true,
    value: function (options) {
      return new C(options);
    },
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  validateUint32(value, 'value');
  return crc32Native(typeof data === 'string' ? Buffer.from(data) : data, value);
}

const ZstdCompress = stubClass('zlib.ZstdCompress');
const ZstdDecompress = stubClass('zlib.ZstdDecompress');

const zlib = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress,
  ZstdDecompress,
  deflate: convenience(Deflate, false),
  deflateSync: convenience(Deflate, true),
  gzip: convenience(Gzip, false),
  gzipSync: convenience(Gzip, true),
  deflateRaw: convenience(DeflateRaw, false),
  deflateRawSync: convenience(DeflateRaw, true),
  unzip: convenience(Unzip, false),
  unzipSync: convenience(Unzip, true),
  inflate: convenience(Inflate, false),
  inflateSync: convenience(Inflate, true),
  gunzip: convenience(Gunzip, false),
  gunzipSync: convenience(Gunzip, true),
  inflateRaw: convenience(InflateRaw, false),
  inflateRawSync: convenience(InflateRaw, true),
  brotliCompress: convenience(BrotliCompress, false),
  brotliCompressSync: convenience(BrotliCompress, true),
  brotliDecompress: convenience(BrotliDecompress, false),
  brotliDecompressSync: convenience(BrotliDecompress, true),
  zstdCompress: stubFn('zlib.zstdCompress', 3),
  zstdCompressSync: stubFn('zlib.zstdCompressSync', 2),
  zstdDecompress: stubFn('zlib.zstdDecompress', 3),
  zstdDecompressSync: stubFn('zlib.zstdDecompressSync', 2),
};

Object.defineProperties(zlib, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  createZstdCompress: { configurable: true, enumerable: true, value: stubFn('zlib.createZstdCompress', 1) },
  createZstdDecompress: { configurable: true, enumerable: true, value: stubFn('zlib.createZstdDecompress', 1) },
  constants: { configurable: false, enumerable: true, value: constants },
  codes: { enumerable: true, writable: false, value: Object.freeze(codes) },
});

// The legacy top-level constants (all but brotli's), non-enumerable.
for (const [key, value] of Object.entries(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(zlib, key, { enumerable: false, value, writable: false });
}

export default zlib;
