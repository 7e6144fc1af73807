// CompressionStream / DecompressionStream ('gzip', 'deflate', 'deflate-raw';
// 'brotli' is accepted by the constructor as in Node 22 and fails with
// ERR_NOT_IMPLEMENTED when used), over pako's port of zlib.
//
// Node 22 builds these on its zlib streams through the webstreams
// adapters; what is observable is reproduced here:
//  - chunks are written to zlib as they come, string chunks as UTF-8,
//    any ArrayBufferView as its bytes; other chunks reject the write with
//    ERR_INVALID_ARG_TYPE (ArrayBuffer included, as in Node);
//  - zlib's write loop of node_zlib.cc: 16 KiB output chunks, gzip
//    multi-member input, trailing zero bytes after a gzip member tolerated,
//    other data after the end an ERR_TRAILING_JUNK_AFTER_STREAM_END
//    (gzip/deflate; deflate-raw ends the output instead);
//  - zlib failures surface as `TypeError('', { cause })` with the zlib
//    code copied, the cause an Error with errno/code and zlib's message
//    ("incorrect header check", "unexpected end of file", ...);
//  - output produced by the write that failed is dropped, as Node drops
//    the output of the failing native write.
import * as zInflate from 'pako/lib/zlib/inflate.js';
import * as zDeflate from 'pako/lib/zlib/deflate.js';
import ZStream from 'pako/lib/zlib/zstream.js';
import { ReadableStream, WritableStream, ByteLengthQueuingStrategy } from './streams.js';
import { utf8Encode } from '../encoding.js';
import { notImplemented } from '../errors.js';
import { setImmediate } from '../timers.js';
import {
  kInspect, kEnumerableProperty, nodeError, invalidArgType,
  customInspect, viewBuffer, viewByteOffset, viewByteLength, setNames,
} from './util.js';

const Z_NO_FLUSH = 0;
const Z_FINISH = 4;
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_BUF_ERROR = -5;
const CHUNK_SIZE = 16 * 1024;
const HIGH_WATER_MARK = 16 * 1024;

const codeNames = {
  __proto__: null,
  1: 'Z_STREAM_END',
  2: 'Z_NEED_DICT',
  '-1': 'Z_ERRNO',
  '-2': 'Z_STREAM_ERROR',
  '-3': 'Z_DATA_ERROR',
  '-4': 'Z_MEM_ERROR',
  '-5': 'Z_BUF_ERROR',
  '-6': 'Z_VERSION_ERROR',
};

const FORMATS = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

function convertFormat(format, className) {
  const S = String(format);
  if (!FORMATS.includes(S)) {
    const err = new TypeError(
      `Failed to construct '${className}': 1st argument value '${S}' is not a valid enum value of type CompressionFormat.`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  return S;
}

function zlibError(message, errno) {
  const error = new Error(message);
  error.errno = errno;
  error.code = codeNames[errno];
  return error;
}

// The error the webstreams adapter hands to the stream for a zlib failure.
function adapterError(cause) {
  const error = new TypeError(undefined, { cause });
  error.code = cause.code;
  return error;
}

// One zlib stream, driven like node_zlib.cc drives the real one.
class ZlibHandle {
  constructor(mode, windowBits) {
    this.mode = mode; // 'deflate' | 'inflate' | 'gunzip'
    this.strm = new ZStream();
    let status;
    if (mode === 'deflate') {
      status = zDeflate.deflateInit2(this.strm, -1, 8, windowBits, 8, 0);
    } else {
      status = zInflate.inflateInit2(this.strm, windowBits);
    }
    if (status !== Z_OK) throw new Error('zlib initialisation failed');
  }

  // Runs the input through; returns { chunks, error, junk, ended }.
  process(input, flush) {
    const { strm } = this;
    strm.input = input;
    strm.next_in = 0;
    strm.avail_in = input.length;
    const chunks = [];
    for (;;) {
      strm.output = new Uint8Array(CHUNK_SIZE);
      strm.next_out = 0;
      strm.avail_out = CHUNK_SIZE;
      let err;
      if (this.mode === 'deflate') {
        err = zDeflate.deflate(strm, flush);
      } else {
        err = zInflate.inflate(strm, flush);
        // gzip: more members may follow; trailing zero bytes are padding.
        while (strm.avail_in > 0 && this.mode === 'gunzip' && err === Z_STREAM_END &&
               input[strm.next_in] !== 0x00) {
          zInflate.inflateReset(strm);
          err = zInflate.inflate(strm, flush);
        }
      }
      const error = this.checkError(err, flush);
      if (error) return { chunks, error };
      const have = CHUNK_SIZE - strm.avail_out;
      if (have > 0) chunks.push(strm.output.slice(0, have));
      // A full output buffer: zlib may have more to give.
      if (strm.avail_out === 0) continue;
      break;
    }
    return { chunks, leftover: strm.avail_in };
  }

  checkError(err, flush) {
    const { strm } = this;
    switch (err) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm.avail_out !== 0 && flush === Z_FINISH) {
          return zlibError(strm.msg || 'unexpected end of file', Z_BUF_ERROR);
        }
        return null;
      case Z_STREAM_END:
        return null;
      case Z_NEED_DICT:
        return zlibError(strm.msg || 'Missing dictionary', Z_NEED_DICT);
      default:
        return zlibError(strm.msg || 'Zlib error', err);
    }
  }
}

function toBytes(chunk) {
  if (typeof chunk === 'string') return utf8Encode(chunk);
  if (ArrayBuffer.isView(chunk)) {
    return new Uint8Array(viewBuffer(chunk), viewByteOffset(chunk), viewByteLength(chunk));
  }
  if (chunk === null) throw nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  throw invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// A readable/writable pair around a ZlibHandle, with the observable
// behaviour of Node's newReadableWritablePairFromDuplex(zlibStream).
function createZlibPair(handle, rejectGarbageAfterEnd, unsupported) {
  let readableController;
  let writableController;
  let failed = false;
  let finished = false;
  let pullWaiter = null;
  let pendingError = null;

  function fail(error) {
    if (failed || finished) return;
    failed = true;
    readableController.error(error);
    writableController.error(error);
  }

  function deliver(result) {
    for (const c of result.chunks) {
      if (finished) break;
      readableController.enqueue(c);
    }
  }

  // Returns the error the stream must fail with, if any.
  function run(bytes, flush) {
    if (unsupported) return unsupported();
    if (finished || failed) return null;
    const result = handle.process(bytes, flush);
    if (result.error) return adapterError(result.error);
    deliver(result);
    // Input left over while output space remained: the compressed data
    // has ended (node_zlib.cc's processCallback).
    if (result.leftover > 0) {
      if (rejectGarbageAfterEnd) {
        return nodeError(TypeError, 'ERR_TRAILING_JUNK_AFTER_STREAM_END',
          'Trailing junk found after the end of the compressed stream');
      }
      finished = true;
      readableController.close();
    }
    return null;
  }

  const readable = new ReadableStream({
    start(c) { readableController = c; },
    pull() {
      if (pullWaiter) {
        const w = pullWaiter;
        pullWaiter = null;
        w();
      }
    },
    cancel(reason) {
      finished = true;
      if (!failed) writableController.error(reason);
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_MARK }));

  const writable = new WritableStream({
    start(c) { writableController = c; },
    write(chunk) {
      const bytes = toBytes(chunk);
      if (pendingError !== null) return undefined;
      const error = run(bytes, Z_NO_FLUSH);
      if (error !== null) {
        // Node learns of zlib failures after the write has been accepted
        // (the work runs on the thread pool): report it a turn later.
        pendingError = error;
        setImmediate(() => fail(error));
        return undefined;
      }
      if (!failed && !finished && readableController.desiredSize <= 0) {
        return new Promise((resolve) => { pullWaiter = resolve; });
      }
      return undefined;
    },
    close() {
      const error = pendingError ?? run(new Uint8Array(0), Z_FINISH);
      if (error !== null) {
        if (!failed) {
          failed = true;
          readableController.error(error);
        }
        throw error;
      }
      if (!failed && !finished) {
        finished = true;
        readableController.close();
      }
    },
    abort(reason) {
      if (!finished && !failed) {
        failed = true;
        readableController.error(reason);
      }
    },
  }, { highWaterMark: HIGH_WATER_MARK });

  return { readable, writable };
}

function brotliUnsupported() {
  return notImplemented("CompressionStream/DecompressionStream format 'brotli'");
}

export class CompressionStream {
  #transform;

  constructor(format) {
    format = convertFormat(format, 'CompressionStream');
    switch (format) {
      case 'deflate':
        this.#transform = createZlibPair(new ZlibHandle('deflate', 15), false);
        break;
      case 'deflate-raw':
        this.#transform = createZlibPair(new ZlibHandle('deflate', -15), false);
        break;
      case 'gzip':
        this.#transform = createZlibPair(new ZlibHandle('deflate', 31), false);
        break;
      default:
        this.#transform = createZlibPair(null, false, brotliUnsupported);
        break;
    }
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(depth, options, inspect, 'CompressionStream', {
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

export class DecompressionStream {
  #transform;

  constructor(format) {
    format = convertFormat(format, 'DecompressionStream');
    switch (format) {
      case 'deflate':
        this.#transform = createZlibPair(new ZlibHandle('inflate', 15), true);
        break;
      case 'deflate-raw':
        this.#transform = createZlibPair(new ZlibHandle('inflate', -15), false);
        break;
      case 'gzip':
        this.#transform = createZlibPair(new ZlibHandle('gunzip', 31), true);
        break;
      default:
        this.#transform = createZlibPair(null, false, brotliUnsupported);
        break;
    }
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(depth, options, inspect, 'DecompressionStream', {
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperties(C.prototype, {
    readable: kEnumerableProperty,
    writable: kEnumerableProperty,
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: C.name },
  });
}

setNames({ CompressionStream, DecompressionStream });
