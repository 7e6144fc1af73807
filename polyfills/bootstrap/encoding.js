// WHATWG Encoding: TextEncoder / TextDecoder for the secexec guest bootstrap.
//
// Bare V8 has neither class, so they are implemented here in plain JS with
// Node 22's observable behaviour (error codes and messages, property
// attributes, util.inspect output).
//
// Decoders implemented: utf-8, utf-16le, utf-16be, windows-1252 (which the
// WHATWG label table also uses for 'latin1', 'ascii', 'iso-8859-1', ...).
// Every other label from the WHATWG table is recognised but rejected with
// ERR_ENCODING_NOT_SUPPORTED naming the canonical encoding, exactly like a
// Node build whose ICU lacks that converter.
//
// Side effect: if the global object has no TextEncoder / TextDecoder yet,
// importing this module installs these classes there (writable,
// configurable, non-enumerable, like Node's globals).  whatwg-url (used by
// url.js) runs `new TextEncoder()` at load time and must find them; url.js
// imports this module first so that happens before whatwg-url is evaluated.

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Node-style errors (subset of lib/internal/errors.js behaviour)

// Node prints these errors as "TypeError [ERR_X]: message", stack included.
function stackWithCode(err, Base, code) {
  const name = Base.prototype.name;
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(`${name}: `)) {
    err.stack = `${name} [${code}]: ${stack.slice(name.length + 2)}`;
  }
}

const nodeErrorClasses = new Map();
function nodeErrorClass(Base) {
  let C = nodeErrorClasses.get(Base);
  if (C === undefined) {
    C = class NodeError extends Base {
      constructor(code, message) {
        super(message);
        this.code = code;
        stackWithCode(this, Base, code);
      }
      get ['constructor']() { return Base; }
      toString() { return `${this.name} [${this.code}]: ${this.message}`; }
    };
    nodeErrorClasses.set(Base, C);
  }
  return C;
}
function nodeError(Base, code, message) {
  const C = nodeErrorClass(Base);
  return new C(code, message);
}
// Errors thrown by Node's C++ layer are plain errors with a `code` property.
function plainError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function describeReceived(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean': return `type boolean (${value})`;
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return Object.getPrototypeOf(value) === null ? '[Object: null prototype] {}' : '[Object]';
    case 'string': {
      let s = value;
      if (s.length > 28) s = `${s.slice(0, 25)}...`;
      if (s.indexOf("'") === -1) return `type string ('${s}')`;
      return `type string (${JSON.stringify(s)})`;
    }
    default:
      return `type ${typeof value}`;
  }
}

function invalidArgType(name, expectedText, value) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   `The "${name}" argument must be ${expectedText}. Received ${describeReceived(value)}`);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function validateOptionsObject(options) {
  // validateObject(options, 'options', kValidateObjectAllowObjectsAndNull)
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArgType('options', 'of type object', options);
  }
}

// ---------------------------------------------------------------------------
// Buffer-source helpers (must not be fooled by Symbol.toStringTag)

const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const taToStringTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try { abByteLength.call(value); return true; } catch { /* not an ArrayBuffer */ }
  if (sabByteLength !== undefined) {
    try { sabByteLength.call(value); return true; } catch { /* not a SharedArrayBuffer */ }
  }
  return false;
}

function isUint8Array(value) {
  return taToStringTag.call(value) === 'Uint8Array';
}

// Returns a Uint8Array viewing the bytes of `input`, or undefined if it is
// not a buffer source.
function toBytes(input) {
  if (ArrayBuffer.isView(input)) {
    if (isUint8Array(input)) return input;
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return undefined;
}

// ---------------------------------------------------------------------------
// UTF-8 encoding

function utf8Length(str) {
  let n = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

function utf8Encode(str) {
  const out = new Uint8Array(utf8Length(str));
  const len = str.length;
  let p = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out[p++] = c;
      continue;
    }
    if (c < 0x800) {
      out[p++] = 0xC0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3F);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          const cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          out[p++] = 0xF0 | (cp >> 18);
          out[p++] = 0x80 | ((cp >> 12) & 0x3F);
          out[p++] = 0x80 | ((cp >> 6) & 0x3F);
          out[p++] = 0x80 | (cp & 0x3F);
          i++;
          continue;
        }
      }
      c = 0xFFFD;
    }
    out[p++] = 0xE0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 0x3F);
    out[p++] = 0x80 | (c & 0x3F);
  }
  return out;
}

function utf8EncodeInto(str, dest) {
  const len = str.length;
  const cap = dest.length;
  let read = 0;
  let written = 0;
  while (read < len) {
    let c = str.charCodeAt(read);
    if (c < 0x80) {
      if (written >= cap) break;
      dest[written++] = c;
      read++;
      continue;
    }
    if (c < 0x800) {
      if (written + 2 > cap) break;
      dest[written++] = 0xC0 | (c >> 6);
      dest[written++] = 0x80 | (c & 0x3F);
      read++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && read + 1 < len) {
        const d = str.charCodeAt(read + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          if (written + 4 > cap) break;
          const cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          dest[written++] = 0xF0 | (cp >> 18);
          dest[written++] = 0x80 | ((cp >> 12) & 0x3F);
          dest[written++] = 0x80 | ((cp >> 6) & 0x3F);
          dest[written++] = 0x80 | (cp & 0x3F);
          read += 2;
          continue;
        }
      }
      c = 0xFFFD;
    }
    if (written + 3 > cap) break;
    dest[written++] = 0xE0 | (c >> 12);
    dest[written++] = 0x80 | ((c >> 6) & 0x3F);
    dest[written++] = 0x80 | (c & 0x3F);
    read++;
  }
  return { read, written };
}

// ---------------------------------------------------------------------------
// Decoders.  Each writes UTF-16 code units into a preallocated Uint16Array:
//   run(bytes, flush, fatal, out, pos) -> new position, or -1 on an error in
//   fatal mode.  `maxUnits(n)` bounds the output for n input bytes.

const CHUNK = 0x2000;
function unitsToString(units, start, end) {
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, units.subarray(start, end));
  let s = '';
  for (let i = start; i < end; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, end)));
  }
  return s;
}

class Utf8Decoder {
  constructor() { this.reset(); }
  reset() {
    this.cp = 0;
    this.needed = 0;
    this.seen = 0;
    this.lower = 0x80;
    this.upper = 0xBF;
  }
  // At most one unit per byte (pending bytes included) plus one U+FFFD.
  maxUnits(n) { return n + 4; }
  run(bytes, flush, fatal, out, pos) {
    const len = bytes.length;
    let i = 0;
    while (i < len) {
      const b = bytes[i];
      if (this.needed === 0) {
        if (b < 0x80) {
          out[pos++] = b;
          i++;
          // Tight loop for ASCII runs.
          while (i < len && bytes[i] < 0x80) out[pos++] = bytes[i++];
          continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
          this.needed = 1;
          this.cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          if (b === 0xE0) this.lower = 0xA0;
          else if (b === 0xED) this.upper = 0x9F;
          this.needed = 2;
          this.cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
          if (b === 0xF0) this.lower = 0x90;
          else if (b === 0xF4) this.upper = 0x8F;
          this.needed = 3;
          this.cp = b & 0x07;
        } else {
          if (fatal) return -1;
          out[pos++] = 0xFFFD;
        }
        i++;
        continue;
      }
      if (b < this.lower || b > this.upper) {
        // Report the error, then process this byte again from scratch.
        this.reset();
        if (fatal) return -1;
        out[pos++] = 0xFFFD;
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xBF;
      this.cp = (this.cp << 6) | (b & 0x3F);
      this.seen++;
      i++;
      if (this.seen === this.needed) {
        const cp = this.cp;
        this.reset();
        if (cp < 0x10000) {
          out[pos++] = cp;
        } else {
          const v = cp - 0x10000;
          out[pos++] = 0xD800 + (v >> 10);
          out[pos++] = 0xDC00 + (v & 0x3FF);
        }
      }
    }
    if (flush && this.needed !== 0) {
      this.reset();
      if (fatal) return -1;
      out[pos++] = 0xFFFD;
    }
    return pos;
  }
}

class Utf16Decoder {
  constructor(bigEndian) {
    this.be = bigEndian;
    this.reset();
  }
  reset() {
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }
  maxUnits(n) { return (n >> 1) + 4; }
  run(bytes, flush, fatal, out, pos) {
    const len = bytes.length;
    // Up to two bytes pushed back after an unpaired lead surrogate.
    const back = [];
    let i = 0;
    for (;;) {
      let b;
      if (back.length > 0) b = back.shift();
      else if (i < len) b = bytes[i++];
      else break;
      if (this.leadByte === -1) {
        this.leadByte = b;
        continue;
      }
      const cu = this.be ? (this.leadByte << 8) + b : this.leadByte + (b << 8);
      this.leadByte = -1;
      if (this.leadSurrogate !== -1) {
        const ls = this.leadSurrogate;
        this.leadSurrogate = -1;
        if (cu >= 0xDC00 && cu <= 0xDFFF) {
          out[pos++] = ls;
          out[pos++] = cu;
          continue;
        }
        const hi = cu >> 8;
        const lo = cu & 0xFF;
        if (this.be) back.unshift(hi, lo);
        else back.unshift(lo, hi);
        if (fatal) return -1;
        out[pos++] = 0xFFFD;
        continue;
      }
      if (cu >= 0xD800 && cu <= 0xDBFF) {
        this.leadSurrogate = cu;
        continue;
      }
      if (cu >= 0xDC00 && cu <= 0xDFFF) {
        if (fatal) return -1;
        out[pos++] = 0xFFFD;
        continue;
      }
      out[pos++] = cu;
    }
    if (flush && (this.leadByte !== -1 || this.leadSurrogate !== -1)) {
      this.reset();
      if (fatal) return -1;
      out[pos++] = 0xFFFD;
    }
    return pos;
  }
}

// WHATWG index-windows-1252, pointers 0x80..0x9F (the rest map to themselves).
const WINDOWS_1252_HIGH = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

class Windows1252Decoder {
  reset() {}
  maxUnits(n) { return n; }
  run(bytes, flush, fatal, out, pos) {
    const len = bytes.length;
    for (let i = 0; i < len; i++) {
      const b = bytes[i];
      out[pos++] = b >= 0x80 && b <= 0x9F ? WINDOWS_1252_HIGH[b - 0x80] : b;
    }
    return pos;
  }
}

function createDecoder(encoding) {
  switch (encoding) {
    case 'utf-8': return new Utf8Decoder();
    case 'utf-16le': return new Utf16Decoder(false);
    case 'utf-16be': return new Utf16Decoder(true);
    case 'windows-1252': return new Windows1252Decoder();
    default: return undefined;
  }
}

// ---------------------------------------------------------------------------
// Labels (WHATWG Encoding Standard, "Encodings" table)

const LABELS = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
            'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
                 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
                 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
                 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5',
                 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
                 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127',
                 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7',
                 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987',
                 'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e',
                 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988',
                 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910',
                  'l6', 'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15',
                  'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
                  'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                   'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                   'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
                   'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
                   'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5',
                   'windows-1254', 'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
          'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis',
                'windows-31j', 'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
             'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext',
                  'iso-2022-kr', 'replacement'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
               'utf-16le'],
  'x-user-defined': ['x-user-defined'],
};

const labelMap = new Map();
for (const name of Object.keys(LABELS)) {
  for (const label of LABELS[name]) labelMap.set(label, name);
}

function trimAsciiWhitespace(s) {
  let a = 0;
  let b = s.length;
  const ws = (c) => c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
  while (a < b && ws(s.charCodeAt(a))) a++;
  while (b > a && ws(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

// Returns the canonical encoding name for a label, or undefined.
export function getEncodingFromLabel(label) {
  const direct = labelMap.get(label);
  if (direct !== undefined) return direct;
  return labelMap.get(trimAsciiWhitespace(label.toLowerCase()));
}

// ---------------------------------------------------------------------------
// TextEncoder

function makeEnumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

// Node's instances carry enumerable symbol-keyed internals, which is what
// makes util.inspect print them as [TextEncoder] / [TextDecoder] once the
// depth limit is reached; one such key reproduces that.
const kEncoderMark = Symbol('encoder');
const kDecoderMark = Symbol('decoder');

export class TextEncoder {
  #brand = true;

  constructor() {
    this[kEncoderMark] = true;
  }

  static #check(obj) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || !(#brand in obj)) {
      throw invalidThis('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') throw invalidArgType('src', 'of type string', src);
    if (!dest || !ArrayBuffer.isView(dest) || !isUint8Array(dest)) {
      throw invalidArgType('dest', 'an instance of Uint8Array', dest);
    }
    return utf8EncodeInto(src, dest);
  }

  [kInspect](depth, options, inspect) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return typeof inspect === 'function' ? inspect(obj, options) : `TextEncoder { encoding: 'utf-8' }`;
  }
}

makeEnumerable(TextEncoder.prototype, ['encode', 'encodeInto', 'encoding']);
Object.defineProperty(TextEncoder.prototype, kInspect, { enumerable: false });
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  value: 'TextEncoder', writable: false, enumerable: false, configurable: true,
});

function getConstructorOf(obj) {
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
      return desc.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// ---------------------------------------------------------------------------
// TextDecoder

const EMPTY = new Uint8Array(0);

export class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #decoder;
  #bomSeen = false;
  #doNotFlush = false;
  // Mirrors Node's fast paths: until the first {stream: true} call, utf-8 and
  // windows-1252 decoding take a different route in Node, with different
  // argument checks and error texts.  Once streaming is used they stay off.
  #fastPath;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptionsObject(options);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) {
      throw nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
    }
    const decoder = createDecoder(enc);
    if (decoder === undefined) {
      throw nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${enc}" encoding is not supported`);
    }
    this.#encoding = enc;
    this.#fatal = options !== null && Boolean(options.fatal);
    this.#ignoreBOM = options !== null && Boolean(options.ignoreBOM);
    this.#decoder = decoder;
    this.#fastPath = enc === 'utf-8' || enc === 'windows-1252';
    this[kDecoderMark] = true;
  }

  static #check(obj) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || !(#encoding in obj)) {
      throw invalidThis('TextDecoder');
    }
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  decode(input = EMPTY, options = {}) {
    TextDecoder.#check(this);
    const stream = Boolean(options?.stream);
    if (stream) this.#fastPath = false;
    const fast = this.#fastPath;
    if (!fast) validateOptionsObject(options);
    const bytes = toBytes(input);
    if (bytes === undefined) {
      let msg;
      if (fast && this.#encoding === 'utf-8') {
        msg = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
      } else if (fast) {
        msg = 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';
      } else {
        msg = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
      }
      throw plainError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
    }

    if (!this.#doNotFlush) {
      this.#decoder.reset();
      this.#bomSeen = false;
    }
    this.#doNotFlush = stream;

    const decoder = this.#decoder;
    const out = new Uint16Array(decoder.maxUnits(bytes.length));
    const n = decoder.run(bytes, !stream, this.#fatal, out, 0);
    if (n < 0) {
      // Node resets its converter after a fatal error.
      this.#decoder.reset();
      this.#bomSeen = false;
      this.#doNotFlush = false;
      throw plainError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                       `The encoded data was not valid for encoding ${this.#encoding}`);
    }
    let start = 0;
    if (n > 0 && !this.#bomSeen) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && this.#encoding !== 'windows-1252' && out[0] === 0xFEFF) start = 1;
    }
    return unitsToString(out, start, n);
  }

  [kInspect](depth, options, inspect) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.#encoding;
    obj.fatal = this.#fatal;
    obj.ignoreBOM = this.#ignoreBOM;
    const body = typeof inspect === 'function' ? inspect(obj) :
      `{ encoding: '${obj.encoding}', fatal: ${obj.fatal}, ignoreBOM: ${obj.ignoreBOM} }`;
    return `${constructor.name} ${body}`;
  }
}

makeEnumerable(TextDecoder.prototype, ['decode', 'encoding', 'fatal', 'ignoreBOM']);
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------
// Helpers for other bootstrap modules (no Node counterpart).

export { utf8Encode, utf8EncodeInto };

// Decodes UTF-8 bytes (Uint8Array) to a string, replacing errors with U+FFFD
// and keeping a leading BOM.
export function utf8DecodeWithoutBOM(bytes) {
  const decoder = new Utf8Decoder();
  const out = new Uint16Array(decoder.maxUnits(bytes.length));
  return unitsToString(out, 0, decoder.run(bytes, true, false, out, 0));
}

// ---------------------------------------------------------------------------
// See the header comment: whatwg-url needs these globals while it loads.

for (const [name, value] of [['TextEncoder', TextEncoder], ['TextDecoder', TextDecoder]]) {
  if (typeof globalThis[name] !== 'function') {
    Object.defineProperty(globalThis, name, {
      value, writable: true, enumerable: false, configurable: true,
    });
  }
}
