// node:zlib — for now in JavaScript: browserify-zlib's pako-backed binding
// (lib/binding.js, an emulation of Node's C++ zlib handle) driven by a
// front-end written after Node 22's lib/zlib.js (options validation, the
// chunk loop, streams on our stream.Transform, the callback and Sync
// convenience methods, Node's error shapes).  browserify-zlib's own
// front-end is not used: it requires a bare 'stream' that the bundle cannot
// resolve.  Brotli and Zstd are not available (ERR_NOT_IMPLEMENTED); a later
// step replaces this module with a native bridge.
import bufferModule from './buffer.js';
import stream from './stream.js';
import binding from 'browserify-zlib/lib/binding.js';
import pakoCrc32 from 'pako/lib/zlib/crc32.js';
import { zlibConstants, zlibCodes } from './internal/constants-data.js';
import { stubFn, stubClass } from './internal/stub.js';
import {
  invalidArgType, makeNodeError, outOfRange, validateFunction, validateNumber, validateUint32,
} from './internal/validators.js';

const { Buffer } = bufferModule;
const { Transform } = stream;
const constants = { ...zlibConstants };
const codes = { ...zlibCodes };
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_MIN_WINDOWBITS,
  Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK,
  Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
} = zlibConstants;

const kMaxLength = bufferModule.kMaxLength;

// ---------------------------------------------------------------------------
// Validation (lib/zlib.js)

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw outOfRange(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

function zlibError(message, errno) {
  const error = new Error(message);
  error.errno = errno;
  error.code = codes[errno];
  return error;
}

// ---------------------------------------------------------------------------
// The chunk loop (processChunkSync) over the binding's writeSync.

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let availOutAfter;
  let availInAfter;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;
  let error;
  handle.onerror = (message, errno) => {
    error = zlibError(message, errno);
  };
  const input = chunk.byteLength === 0 ? Buffer.alloc(0) : chunk;
  for (;;) {
    const res = handle.writeSync(flushFlag, input, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) break;
    [availInAfter, availOutAfter] = res;
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        self._handle.close();
        throw makeNodeError(RangeError, 'ERR_BUFFER_TOO_LARGE',
          `Cannot create a Buffer larger than ${self._maxOutputLength} bytes`);
      }
    }
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter === 0) {
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }
  self._outBuffer = buffer;
  self._outOffset = offset;
  self.bytesWritten += inputRead;
  if (error) {
    self._hadError = true;
    self._closeHandle();
    throw error;
  }
  return Buffer.concat(buffers, nread);
}

// ---------------------------------------------------------------------------
// Streams

const kFlushFlag = Symbol('kFlushFlag');
const kFlushBuffers = [];
for (const flushFlag of [Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK]) {
  kFlushBuffers[flushFlag] = Buffer.alloc(0);
  kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw outOfRange('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this._hadError = false;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._mode = mode;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw makeNodeError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
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

ZlibBase.prototype.close = function close(callback) {
  if (callback) stream.finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  this._closeHandle();
  callback(err);
};

ZlibBase.prototype._closeHandle = function _closeHandle() {
  if (this._handle) {
    try {
      this._handle.close();
    } catch {
      // already closed
    }
    this._handle = null;
  }
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  } else if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = this._finishFlushFlag;
  }
  if (!this._handle) {
    cb(makeNodeError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed'));
    return;
  }
  let out;
  try {
    out = processChunkSync(this, chunk, flushFlag);
  } catch (err) {
    cb(err);
    return;
  }
  if (out.byteLength > 0) this.push(out);
  cb();
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    let out;
    try {
      out = processChunkSync(this, chunk, flushFlag);
    } catch (err) {
      cb(err);
      return;
    }
    if (out.byteLength > 0) this.push(out);
    cb();
    return undefined;
  }
  return processChunkSync(this, chunk, flushFlag);
};

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (dictionary instanceof ArrayBuffer) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
      }
    }
  }
  const handle = new binding.Zlib(mode);
  // The binding accepts 8..15; 0 ("use the stream's header") maps to 15.
  const wb = windowBits === 0 ? 15 : windowBits;
  if (dictionary !== undefined) {
    handle.init(wb, level, memLevel, strategy, new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength));
  } else {
    handle.init(wb, level, memLevel, strategy);
  }
  this._level = level;
  this._strategy = strategy;
  Reflect.apply(ZlibBase, this, [opts, mode, handle, {
    flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH,
  }]);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) {
        this._handle.params(level, strategy);
        this._level = level;
        this._strategy = strategy;
      }
      if (callback) callback();
    });
  } else if (callback) {
    globalThis.process.nextTick(callback);
  }
};

function makeClass(name, mode) {
  const C = {
    [name]: function (opts) {
      if (!(this instanceof C)) return new C(opts);
      Reflect.apply(Zlib, this, [opts, mode]);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Zlib.prototype);
  Object.setPrototypeOf(C, Zlib);
  return C;
}

const Deflate = makeClass('Deflate', DEFLATE);
const Inflate = makeClass('Inflate', INFLATE);
const Gzip = makeClass('Gzip', GZIP);
const Gunzip = makeClass('Gunzip', GUNZIP);
const DeflateRaw = makeClass('DeflateRaw', DEFLATERAW);
const InflateRaw = makeClass('InflateRaw', INFLATERAW);
const Unzip = makeClass('Unzip', UNZIP);

// ---------------------------------------------------------------------------
// Convenience methods

function toBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (!ArrayBuffer.isView(buffer)) {
    if (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer)) {
      return Buffer.from(buffer);
    }
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
  }
  return buffer;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = toBuffer(buffer);
  const buffers = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(makeNodeError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${engine._maxOutputLength} bytes`));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const out = Buffer.concat(buffers, nread);
    engine.close();
    if (engine._info) callback(null, { buffer: out, engine });
    else callback(null, out);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = toBuffer(buffer);
  if (!(buffer instanceof Uint8Array)) buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const out = processChunkSync(engine, buffer, engine._finishFlushFlag);
  engine._closeHandle();
  if (engine._info) return { buffer: out, engine };
  return out;
}

function asyncMethod(name, C) {
  return {
    [name](buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      return zlibBuffer(new C(opts), buffer, callback);
    },
  }[name];
}

function syncMethod(name, C) {
  return {
    [name](buffer, opts) {
      return zlibBufferSync(new C(opts), buffer);
    },
  }[name];
}

function createMethod(name, C) {
  return { [name](options) { return new C(options); } }[name];
}

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  validateUint32(value, 'value');
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return pakoCrc32(value, bytes, bytes.length, 0) >>> 0;
}

const notImpl = (name) => stubClass(`zlib.${name}`);
const BrotliCompress = notImpl('BrotliCompress');
const BrotliDecompress = notImpl('BrotliDecompress');
const ZstdCompress = notImpl('ZstdCompress');
const ZstdDecompress = notImpl('ZstdDecompress');

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
  deflate: asyncMethod('deflate', Deflate),
  deflateSync: syncMethod('deflateSync', Deflate),
  gzip: asyncMethod('gzip', Gzip),
  gzipSync: syncMethod('gzipSync', Gzip),
  deflateRaw: asyncMethod('deflateRaw', DeflateRaw),
  deflateRawSync: syncMethod('deflateRawSync', DeflateRaw),
  unzip: asyncMethod('unzip', Unzip),
  unzipSync: syncMethod('unzipSync', Unzip),
  inflate: asyncMethod('inflate', Inflate),
  inflateSync: syncMethod('inflateSync', Inflate),
  gunzip: asyncMethod('gunzip', Gunzip),
  gunzipSync: syncMethod('gunzipSync', Gunzip),
  inflateRaw: asyncMethod('inflateRaw', InflateRaw),
  inflateRawSync: syncMethod('inflateRawSync', InflateRaw),
  brotliCompress: stubFn('zlib.brotliCompress', 3),
  brotliCompressSync: stubFn('zlib.brotliCompressSync', 2),
  brotliDecompress: stubFn('zlib.brotliDecompress', 3),
  brotliDecompressSync: stubFn('zlib.brotliDecompressSync', 2),
  zstdCompress: stubFn('zlib.zstdCompress', 3),
  zstdCompressSync: stubFn('zlib.zstdCompressSync', 2),
  zstdDecompress: stubFn('zlib.zstdDecompress', 3),
  zstdDecompressSync: stubFn('zlib.zstdDecompressSync', 2),
  createDeflate: createMethod('createDeflate', Deflate),
  createInflate: createMethod('createInflate', Inflate),
  createDeflateRaw: createMethod('createDeflateRaw', DeflateRaw),
  createInflateRaw: createMethod('createInflateRaw', InflateRaw),
  createGzip: createMethod('createGzip', Gzip),
  createGunzip: createMethod('createGunzip', Gunzip),
  createUnzip: createMethod('createUnzip', Unzip),
  createBrotliCompress: stubFn('zlib.createBrotliCompress', 1),
  createBrotliDecompress: stubFn('zlib.createBrotliDecompress', 1),
  createZstdCompress: stubFn('zlib.createZstdCompress', 1),
  createZstdDecompress: stubFn('zlib.createZstdDecompress', 1),
  constants,
  codes,
};
Object.freeze(constants);
Object.freeze(codes);

// Legacy Z_* names: non-enumerable, as in Node.
for (const [k, v] of Object.entries(zlibConstants)) {
  if (k.startsWith('Z_')) Object.defineProperty(zlib, k, { value: v, enumerable: false, writable: false, configurable: false });
}

export default zlib;
