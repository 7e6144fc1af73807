// node:buffer — the `buffer` package (feross/buffer 6), patched in place so
// that every polyfill that requires 'buffer' (readable-stream,
// string_decoder, browserify-zlib, ...) shares one Node-like Buffer:
// 'base64url', the *Slice/*Write methods, the BigUint64 aliases,
// Buffer.copyBytesFrom, an own `subarray`, Node's inspect output; plus the
// module members the package lacks (atob/btoa, isUtf8, isAscii, transcode,
// constants, kStringMaxLength, Blob/File, resolveObjectURL).
import bufferPkg from 'buffer/';
import { binding } from '../bootstrap/native.js';
import { atob, btoa } from '../bootstrap/base64.js';
import { invalidArgType, makeNodeError, outOfRange } from '../bootstrap/errors.js';
import { inspect, getInspectInternals } from '../bootstrap/inspect.js';
import { Blob as BlobImpl, File as FileImpl, resolveObjectURL } from './blob.js';

const { Buffer, SlowBuffer } = bufferPkg;
const proto = Buffer.prototype;
const kPatched = Symbol.for('secexec.buffer.patched');

// The limit the package enforces (createBuffer: length > 0x7fffffff throws).
const kMaxLength = bufferPkg.kMaxLength;
// V8's String::kMaxLength on 64-bit targets.
const kStringMaxLength = 2 ** 29 - 24;

const isB64url = (enc) => typeof enc === 'string' && enc.length === 9 && enc.toLowerCase() === 'base64url';
const mapEnc = (enc) => (isB64url(enc) ? 'base64' : enc);
const toB64url = (s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const isUtf8Encoding = (enc) => enc === undefined || enc === 'utf8' || enc === 'utf-8' ||
  (typeof enc === 'string' && (enc.toLowerCase() === 'utf8' || enc.toLowerCase() === 'utf-8'));
// The engine's UTF-8 (binding.utf8*), once the runtime is up; the package's
// JS code before that (and under tests that run the bundle elsewhere).
const nativeUtf8 = () => binding !== null && typeof binding.utf8Write === 'function';

function define(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}

if (!Buffer[kPatched]) {
  define(Buffer, kPatched, true);
  // The bundler may rename the package's `function Buffer` (Buffer11...).
  Object.defineProperty(Buffer, 'name', { value: 'Buffer', configurable: true });
  Object.defineProperty(SlowBuffer, 'name', { value: 'SlowBuffer', configurable: true });
  // Node's test; the package's relies on the `_isBuffer` marker Node lacks.
  Buffer.isBuffer = function isBuffer(b) {
    return b instanceof Buffer;
  };
  delete Buffer.TYPED_ARRAY_SUPPORT;
  delete proto._isBuffer;
  delete proto.inspect;

  // 'base64url' everywhere an encoding is accepted (the package's base64
  // decoder already accepts the URL-safe alphabet).
  const origIsEncoding = Buffer.isEncoding;
  Buffer.isEncoding = function isEncoding(encoding) {
    return isB64url(encoding) || origIsEncoding(encoding);
  };
  const origByteLength = Buffer.byteLength;
  Buffer.byteLength = function byteLength(string, encoding) {
    if (typeof string === 'string' && isUtf8Encoding(encoding) && nativeUtf8()) return binding.utf8Length(string);
    return origByteLength(string, mapEnc(encoding));
  };
  const origFrom = Buffer.from;
  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string' && isUtf8Encoding(encodingOrOffset) && nativeUtf8()) {
      const n = binding.utf8Length(value);
      const buf = Buffer.allocUnsafe(n);
      binding.utf8Write(value, buf, 0, n);
      return buf;
    }
    if (typeof value === 'string') return origFrom(value, mapEnc(encodingOrOffset));
    if (typeof value !== 'object' || value === null) {
      if (typeof value !== 'function') {
        const err = invalidArgType('first',
          'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
        err.message = err.message.replace('The "first" argument', 'The first argument');
        throw err;
      }
    }
    return origFrom(value, encodingOrOffset, length);
  };
  const origAlloc = Buffer.alloc;
  Buffer.alloc = function alloc(size, fill, encoding) {
    return origAlloc(size, fill, mapEnc(encoding));
  };
  Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!ArrayBuffer.isView(view) || view instanceof DataView) {
      throw invalidArgType('view', 'an instance of TypedArray', view);
    }
    const viewLength = view.length;
    if (viewLength === 0) return Buffer.alloc(0);
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
        if (offset < 0 || !Number.isInteger(offset)) {
          throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
            `The value of "offset" is out of range. It must be >= 0. Received ${offset}`);
        }
        if (offset >= viewLength) return Buffer.alloc(0);
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        if (typeof length !== 'number') throw invalidArgType('length', 'of type number', length);
        if (length < 0 || !Number.isInteger(length)) {
          throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
            `The value of "length" is out of range. It must be >= 0. Received ${length}`);
        }
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = view.subarray(offset, end);
    }
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    return Buffer.from(bytes.slice());
  };

  const origToString = proto.toString;
  define(proto, 'toString', function toString(encoding, start, end) {
    if (isUtf8Encoding(encoding) && nativeUtf8()) {
      const len = this.length;
      start = start === undefined || start < 0 ? 0 : start >>> 0;
      end = end === undefined || end > len ? len : end >>> 0;
      return start >= end ? '' : binding.utf8Slice(this, start, end);
    }
    if (arguments.length === 0) return origToString.call(this);
    if (isB64url(encoding)) return toB64url(origToString.call(this, 'base64', start, end));
    return origToString.call(this, encoding, start, end);
  });
  const origWrite = proto.write;
  define(proto, 'write', function write(string, offset, length, encoding) {
    // The common case natively: utf8 at a valid offset; anything else (and
    // every error) goes through the package.
    if (typeof string === 'string' && nativeUtf8() && typeof offset !== 'string' && typeof length !== 'string' &&
        isUtf8Encoding(encoding) && (offset === undefined || (Number.isInteger(offset) && offset >= 0 && offset <= this.length)) &&
        (length === undefined || (Number.isInteger(length) && length >= 0))) {
      const at = offset === undefined ? 0 : offset;
      const room = this.length - at;
      return binding.utf8Write(string, this, at, length === undefined || length > room ? room : length);
    }
    if (typeof offset === 'string') return origWrite.call(this, string, mapEnc(offset));
    if (typeof length === 'string') return origWrite.call(this, string, offset, mapEnc(length));
    return origWrite.call(this, string, offset, length, mapEnc(encoding));
  });
  const origFill = proto.fill;
  define(proto, 'fill', function fill(value, offset, end, encoding) {
    if (typeof offset === 'string') return origFill.call(this, value, mapEnc(offset));
    if (typeof end === 'string') return origFill.call(this, value, offset, mapEnc(end));
    return origFill.call(this, value, offset, end, mapEnc(encoding));
  });
  for (const m of ['indexOf', 'lastIndexOf', 'includes']) {
    const orig = proto[m];
    define(proto, m, {
      [m](value, byteOffset, encoding) {
        if (typeof byteOffset === 'string') return orig.call(this, value, mapEnc(byteOffset));
        return orig.call(this, value, byteOffset, mapEnc(encoding));
      },
    }[m]);
  }

  // Node's per-encoding fast paths.
  for (const [name, enc] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
    ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'ucs2'], ['utf8', 'utf8']]) {
    define(proto, `${name}Slice`, {
      [`${name}Slice`](start, end) {
        return proto.toString.call(this, enc, start, end);
      },
    }[`${name}Slice`]);
    define(proto, `${name}Write`, {
      [`${name}Write`](string, offset = 0, length = this.length - offset) {
        return proto.write.call(this, string, offset, length, enc);
      },
    }[`${name}Write`]);
  }

  for (const [alias, orig] of [['readBigUint64LE', 'readBigUInt64LE'], ['readBigUint64BE', 'readBigUInt64BE'],
    ['writeBigUint64LE', 'writeBigUInt64LE'], ['writeBigUint64BE', 'writeBigUInt64BE']]) {
    if (typeof proto[alias] !== 'function') define(proto, alias, proto[orig]);
  }

  // Node's offset/value checks (ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS)
  // in front of the package's fixed-size readers and writers.
  const boundsError = (value, length, type) => {
    if (Math.floor(value) !== value) {
      if (typeof value !== 'number') throw invalidArgType(type || 'offset', 'of type number', value);
      throw outOfRange(type || 'offset', 'an integer', value);
    }
    if (length < 0) throw makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
    throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
  };
  // ERR_OUT_OF_RANGE with Node's rendering of large BigInts (1_000n).
  const bigOutOfRange = (name, range, value) => {
    let shown = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) {
      let out = '';
      let i = shown.length;
      const start = shown[0] === '-' ? 1 : 0;
      for (; i >= start + 4; i -= 3) out = `_${shown.slice(i - 3, i)}${out}`;
      shown = `${shown.slice(0, i)}${out}`;
    }
    return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${shown}n`);
  };
  const checkBounds = (buf, offset, size) => {
    if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
    if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  };
  const checkValue = (value, size, signed, big) => {
    const bits = size * 8;
    const n = big ? 'n' : '';
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    const v = big ? value : +value;
    const lo = big ? (signed ? -(2n ** BigInt(bits - 1)) : 0n) : min;
    const hi = big ? (signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n) : max;
    if (v > hi || v < lo) {
      let range;
      if (size > 4) {
        range = signed ? `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}` : `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= ${min}${n} and <= ${max}${n}`;
      }
      if (typeof value === 'bigint') throw bigOutOfRange('value', range, value);
      throw outOfRange('value', range, value);
    }
  };
  // read/write[U]Int{LE,BE}(offset, byteLength): byteLength 1..6.
  for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
    const orig = proto[name];
    define(proto, name, {
      [name](offset, byteLength) {
        if (offset === undefined) throw invalidArgType('offset', 'of type number', offset);
        if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) boundsError(byteLength, 6, 'byteLength');
        checkBounds(this, offset, byteLength);
        return orig.call(this, offset, byteLength);
      },
    }[name]);
  }
  for (const name of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
    const orig = proto[name];
    const signed = !name.includes('UInt');
    define(proto, name, {
      [name](value, offset, byteLength) {
        if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) boundsError(byteLength, 6, 'byteLength');
        checkValue(value, byteLength, signed, false);
        checkBounds(this, offset, byteLength);
        return orig.call(this, value, offset, byteLength);
      },
    }[name]);
  }
  for (const alias of ['readUintLE', 'readUintBE', 'writeUintLE', 'writeUintBE']) {
    define(proto, alias, proto[alias.replace('Uint', 'UInt')]);
  }
  // Buffer.alloc & co: Node's size validation (the limit is ours).
  for (const name of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
    const orig = Buffer[name];
    Buffer[name] = {
      [name](size, ...rest) {
        if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
        if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
        return orig.call(this, size, ...rest);
      },
    }[name];
  }
  const fixed = [
    ['UInt8', 1, false], ['Int8', 1, true], ['UInt16LE', 2, false], ['UInt16BE', 2, false], ['Int16LE', 2, true],
    ['Int16BE', 2, true], ['UInt32LE', 4, false], ['UInt32BE', 4, false], ['Int32LE', 4, true], ['Int32BE', 4, true],
    ['FloatLE', 4, null], ['FloatBE', 4, null], ['DoubleLE', 8, null], ['DoubleBE', 8, null],
    ['BigInt64LE', 8, true, true], ['BigInt64BE', 8, true, true], ['BigUInt64LE', 8, false, true], ['BigUInt64BE', 8, false, true],
  ];
  for (const [type, size, signed, big] of fixed) {
    const read = proto[`read${type}`];
    const write = proto[`write${type}`];
    const readName = `read${type}`;
    const writeName = `write${type}`;
    define(proto, readName, {
      [readName](offset = 0) {
        checkBounds(this, offset, size);
        return read.call(this, offset);
      },
    }[readName]);
    define(proto, writeName, {
      [writeName](value, offset = 0) {
        if (signed !== null) checkValue(value, size, signed, big);
        checkBounds(this, offset, size);
        return write.call(this, value, offset);
      },
    }[writeName]);
    const alias = type.replace('UInt', 'Uint');
    if (alias !== type) {
      define(proto, `read${alias}`, proto[readName]);
      define(proto, `write${alias}`, proto[writeName]);
    }
  }

  const u8subarray = Uint8Array.prototype.subarray;
  define(proto, 'subarray', function subarray(start, end) {
    const view = Reflect.apply(u8subarray, this, [start, end]);
    if (Object.getPrototypeOf(view) !== Object.getPrototypeOf(this)) Object.setPrototypeOf(view, Object.getPrototypeOf(this));
    return view;
  });
  define(proto, 'slice', function slice(start, end) {
    return proto.subarray.call(this, start, end);
  });

  // util.inspect: <Buffer 68 69 ... N more bytes> plus extra own properties.
  define(proto, Symbol.for('nodejs.util.inspect.custom'), function inspectBuffer(recurseTimes, ctx) {
    const max = bufferPkg.INSPECT_MAX_BYTES;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = origToString.call(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      let extras = false;
      const obj = { __proto__: null };
      let keys;
      try {
        const { internals } = getInspectInternals();
        keys = internals.getOwnNonIndexProperties(this,
          ctx.showHidden ? internals.ALL_PROPERTIES : internals.ONLY_ENUMERABLE);
      } catch {
        keys = Object.keys(this).filter((k) => !/^\d+$/.test(k));
      }
      for (const key of keys) {
        extras = true;
        obj[key] = this[key];
      }
      if (extras) {
        if (this.length !== 0) str += ', ';
        str += inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  });
}

function validateBufferSource(input, name) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  throw invalidArgType(name, 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

function isUtf8(input) {
  const b = validateBufferSource(input, 'input');
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need;
    let min;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; } else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; } else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; } else return false;
    if (i + need >= b.length) return false;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

function isAscii(input) {
  const b = validateBufferSource(input, 'input');
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

// transcode() for the encodings Node supports there (via ICU in Node):
// characters the target cannot represent become '?'.
const transcodeNames = { ascii: 'ascii', latin1: 'latin1', binary: 'latin1', ucs2: 'ucs2', 'ucs-2': 'ucs2', utf16le: 'ucs2', 'utf-16le': 'ucs2', utf8: 'utf8', 'utf-8': 'utf8' };
function transcode(source, fromEncoding, toEncoding) {
  if (!(source instanceof Uint8Array)) {
    throw invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeNames[String(fromEncoding).toLowerCase()] ?? fromEncoding;
  const to = transcodeNames[String(toEncoding).toLowerCase()] ?? toEncoding;
  if (!['ascii', 'latin1', 'ucs2', 'utf8'].includes(from) || !['ascii', 'latin1', 'ucs2', 'utf8'].includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  const src = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  let str = from === 'ascii' ? src.toString('latin1').replace(/[\x80-\xff]/g, '\ufffd') : src.toString(from);
  if (to === 'ascii') str = str.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === 'latin1') str = str.replace(/[^\x00-\xff]/gu, '?');
  return Buffer.from(str, to === 'ascii' ? 'latin1' : to);
}

const buffer = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
  Blob: typeof globalThis.Blob === 'function' ? globalThis.Blob : BlobImpl,
  resolveObjectURL,
  File: typeof globalThis.File === 'function' ? globalThis.File : FileImpl,
};
// INSPECT_MAX_BYTES is read by the inspect hook above: keep them in sync.
Object.defineProperty(buffer, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return bufferPkg.INSPECT_MAX_BYTES; },
  set(v) {
    if (typeof v !== 'number') throw invalidArgType('buffer.INSPECT_MAX_BYTES', 'of type number', v);
    bufferPkg.INSPECT_MAX_BYTES = v;
  },
});

export default buffer;
