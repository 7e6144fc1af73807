// WHATWG URL / URLSearchParams for the secexec guest bootstrap.
//
// Parsing, host processing (IDNA via tr46) and serialisation come from
// whatwg-url's URL-record API; the classes around it are written to behave
// like Node 22's (lib/internal/url.js): same error codes/messages, property
// attributes, lazily created `searchParams` that stay linked to the URL,
// URL.parse / URL.canParse, and util.inspect output.
//
// Also exported for the `url` module: fileURLToPath, pathToFileURL (POSIX
// semantics), domainToASCII, domainToUnicode, urlToHttpOptions, isURL,
// toPathIfFileURL.  pathToFileURL resolves relative paths against the
// function installed with setUrlCwd() (default: process.cwd() if a global
// `process` exists, else '/').
//
// whatwg-url 14 follows a newer URL Standard than the Ada parser in Node 22;
// three adjustments make the results match Node:
//  - '^' in a path is kept as is (newer spec: percent-encoded as %5E);
//  - a space ending an opaque path before '?' or '#' is kept (newer spec:
//    encoded as %20);
//  - IDNA bidi rule: Node only checks labels that begin with a right-to-left
//    character (classes R, AL, AN) against RFC 5893 rules 2-4, while tr46
//    checks every label of a bidi domain name.  tr46.toASCII (which
//    whatwg-url looks up on each call) is wrapped accordingly.

// Must come before whatwg-url: installs TextEncoder/TextDecoder globals,
// which whatwg-url instantiates while loading.
import { utf8Encode, utf8DecodeWithoutBOM } from './encoding.js';
import {
  basicURLParse,
  serializeURL,
  serializeURLOrigin,
  serializeHost,
  serializePath,
  setTheUsername,
  setThePassword,
  cannotHaveAUsernamePasswordPort,
  hasAnOpaquePath,
  percentDecodeBytes,
} from 'whatwg-url';
import tr46 from 'tr46';
import tr46Regexes from 'tr46/lib/regexes.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Node-style errors

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

function invalidArgType(name, expected, value) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   `The "${name}" argument must be ${expected}. Received ${describeReceived(value)}`);
}

function missingArgs(...names) {
  const list = names.map((n) => `"${n}"`);
  const text = list.length === 1 ? list[0] : `${list[0]} and ${list[1]}`;
  return nodeError(TypeError, 'ERR_MISSING_ARGS',
                   `The ${text} argument${names.length > 1 ? 's' : ''} must be specified`);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// What Node's C++ URL parser throws: a plain TypeError with extra fields.
function invalidUrlFromParser(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// What Node's JS layer throws (the href setter).
function invalidUrlFromSetter(input) {
  const err = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  return err;
}

// ---------------------------------------------------------------------------
// String helpers

const surrogateRe = /[\uD800-\uDFFF]/;
const loneSurrogateRe = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// String.prototype.toWellFormed (not in V8 10.2).
function toUSVString(str) {
  return surrogateRe.test(str) ? str.replace(loneSurrogateRe, '\uFFFD') : str;
}

function makeEnumerable(target, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(target, name);
    desc.enumerable = true;
    Object.defineProperty(target, name, desc);
  }
}

function defineToStringTag(proto, value) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value, writable: false, enumerable: false, configurable: true,
  });
}

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
// application/x-www-form-urlencoded

function percentDecodeToString(str) {
  return utf8DecodeWithoutBOM(percentDecodeBytes(utf8Encode(str)));
}

// Parses a query string into a flat [name, value, name, value, ...] list.
// Like Node, one leading '?' is skipped unless `keepQuestionMark` is set
// (used for a URL's query, which never includes the '?' delimiter).
function parseParams(qs, keepQuestionMark = false) {
  const out = [];
  let start = !keepQuestionMark && qs.charCodeAt(0) === 0x3F /* ? */ ? 1 : 0;
  const len = qs.length;
  while (start <= len) {
    let end = qs.indexOf('&', start);
    if (end === -1) end = len;
    if (end > start) {
      const seq = qs.slice(start, end);
      const eq = seq.indexOf('=');
      let name = eq === -1 ? seq : seq.slice(0, eq);
      let value = eq === -1 ? '' : seq.slice(eq + 1);
      if (name.indexOf('+') !== -1) name = name.replace(/\+/g, ' ');
      if (value.indexOf('+') !== -1) value = value.replace(/\+/g, ' ');
      if (name.indexOf('%') !== -1) name = percentDecodeToString(name);
      if (value.indexOf('%') !== -1) value = percentDecodeToString(value);
      out.push(name, value);
    }
    start = end + 1;
  }
  return out;
}

// Bytes that the urlencoded serializer leaves alone: * - . 0-9 A-Z _ a-z
const noEscape = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
      c === 0x2A || c === 0x2D || c === 0x2E || c === 0x5F) {
    noEscape[c] = 1;
  }
}
const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function encodeParam(str) {
  let out = '';
  let lastPos = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      out += c === 0x20 ? '+' : hexTable[c];
      lastPos = i + 1;
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    // Non-ASCII: percent-encode the UTF-8 bytes (str is well formed here).
    let cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        i++;
      }
    }
    if (cp < 0x800) {
      out += hexTable[0xC0 | (cp >> 6)] + hexTable[0x80 | (cp & 0x3F)];
    } else if (cp < 0x10000) {
      out += hexTable[0xE0 | (cp >> 12)] + hexTable[0x80 | ((cp >> 6) & 0x3F)] +
        hexTable[0x80 | (cp & 0x3F)];
    } else {
      out += hexTable[0xF0 | (cp >> 18)] + hexTable[0x80 | ((cp >> 12) & 0x3F)] +
        hexTable[0x80 | ((cp >> 6) & 0x3F)] + hexTable[0x80 | (cp & 0x3F)];
    }
    lastPos = i + 1;
  }
  if (lastPos === 0) return str;
  if (lastPos < len) out += str.slice(lastPos);
  return out;
}

function serializeParams(list) {
  const len = list.length;
  if (len === 0) return '';
  let out = `${encodeParam(list[0])}=${encodeParam(list[1])}`;
  for (let i = 2; i < len; i += 2) {
    out += `&${encodeParam(list[i])}=${encodeParam(list[i + 1])}`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// URL record helpers

// https://url.spec.whatwg.org/#potentially-strip-trailing-spaces-from-an-opaque-path
function potentiallyStripTrailingSpaces(rec) {
  if (!hasAnOpaquePath(rec)) return;
  if (rec.fragment !== null || rec.query !== null) return;
  rec.path = rec.path.replace(/ +$/, '');
}

function parseRecord(input, base) {
  input = toUSVString(input);
  if (base === undefined) return parseAbsolute(input);
  base = toUSVString(base);
  // The base keeps whatwg-url's path encoding here: the caret fix below
  // covers the segments taken from it as well.
  const baseRec = basicURLParse(base);
  if (baseRec === null) return null;
  keepOpaquePathSpace(baseRec, base);
  const rec = basicURLParse(input, { baseURL: baseRec });
  keepCaretsInPath(rec, reparseRelative, input, base);
  keepOpaquePathSpace(rec, input);
  return rec;
}

// --- Node 22 (Ada) compatibility adjustments, see the header comment ---

const originalToASCII = tr46.toASCII;
const originalToUnicode = tr46.toUnicode;

function startsRightToLeft(label) {
  const first = String.fromCodePoint(label.codePointAt(0));
  return tr46Regexes.bidiS1RTL.test(first) || tr46Regexes.bidiS4AN.test(first);
}

// RFC 5893 rules 2-4, applied only to labels that start right-to-left.
function adaBidiLabelOk(label) {
  if (label === '' || !startsRightToLeft(label)) return true;
  return tr46Regexes.bidiS2.test(label) && tr46Regexes.bidiS3.test(label) &&
    !(tr46Regexes.bidiS4EN.test(label) && tr46Regexes.bidiS4AN.test(label));
}

function adaBidiDomainOk(asciiDomain, options) {
  const unicode = originalToUnicode(asciiDomain, options).domain;
  return unicode.split('.').every(adaBidiLabelOk);
}

// Host parsing runs tr46 on every URL parse, which dominates parse time;
// results are memoised (bounded) per option set.
const domainCache = new Map();
const DOMAIN_CACHE_MAX = 1024;

function toASCIIUncached(domainName, options) {
  if (!options.checkBidi) return originalToASCII(domainName, options);
  const relaxed = { ...options, checkBidi: false };
  const ascii = originalToASCII(domainName, relaxed);
  if (ascii === null) return null;
  // Only a label that decodes from punycode can contain right-to-left text.
  if (ascii.indexOf('xn--') !== -1 && !adaBidiDomainOk(ascii, relaxed)) return null;
  return ascii;
}

if (!tr46.toASCII.secexecAdaBidi) {
  const toASCII = function toASCII(domainName, options = {}) {
    const key = `${options.checkHyphens ? 1 : 0}${options.checkBidi ? 1 : 0}${options.checkJoiners ? 1 : 0}` +
      `${options.useSTD3ASCIIRules ? 1 : 0}${options.verifyDNSLength ? 1 : 0}` +
      `${options.transitionalProcessing ? 1 : 0}${options.ignoreInvalidPunycode ? 1 : 0}:${domainName}`;
    let result = domainCache.get(key);
    if (result === undefined) {
      result = toASCIIUncached(domainName, options);
      if (domainCache.size >= DOMAIN_CACHE_MAX) domainCache.clear();
      domainCache.set(key, result);
    }
    return result;
  };
  toASCII.secexecAdaBidi = true;
  tr46.toASCII = toASCII;
}

const literalCaretRe = /%5e/i;

// '^' in path segments: whatwg-url writes %5E where Node keeps '^'.  Every
// %5E in the path comes from a '^' unless one of the strings that went into
// the parse (`sources`) contains a literal "%5E".  In that case `redo` parses
// the sources again with each literal "%5E" swapped for "%5F": the segments
// of both parses line up character for character, and a %5E in the second
// one marks a '^' in the first.
function keepCaretsInPath(rec, redo, ...sources) {
  if (rec === null || !Array.isArray(rec.path)) return;
  if (!rec.path.some((seg) => seg.indexOf('%5E') !== -1)) return;
  if (!sources.some((src) => src !== undefined && literalCaretRe.test(src))) {
    rec.path = rec.path.map((seg) => seg.replace(/%5E/g, '^'));
    return;
  }
  const alt = redo(...sources.map((src) => (src === undefined ? src : src.replace(/%5e/gi, '%5F'))));
  if (alt === null || !Array.isArray(alt.path) || alt.path.length !== rec.path.length) return;
  rec.path = rec.path.map((seg, i) => {
    const other = alt.path[i];
    if (other.length !== seg.length || other.indexOf('%5E') === -1) return seg;
    let out = '';
    for (let j = 0; j < seg.length;) {
      if (other.startsWith('%5E', j)) {
        out += '^';
        j += 3;
      } else {
        out += seg[j];
        j++;
      }
    }
    return out;
  });
}

const leadingTrailingC0Re = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const tabNewlineRe = /[\t\n\r]/g;

// An opaque path whose last character is a space followed by '?' or '#':
// whatwg-url writes that space as %20, Node keeps it.
function keepOpaquePathSpace(rec, input) {
  if (rec === null || typeof rec.path !== 'string' || !rec.path.endsWith('%20')) return;
  if (rec.query === null && rec.fragment === null) return;
  const cleaned = input.replace(leadingTrailingC0Re, '').replace(tabNewlineRe, '');
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(cleaned);
  if (scheme === null || scheme[0].slice(0, -1).toLowerCase() !== rec.scheme) return;
  const colon = scheme[0].length - 1;
  let end = cleaned.length;
  const q = cleaned.indexOf('?', colon);
  const h = cleaned.indexOf('#', colon);
  if (q !== -1) end = q;
  if (h !== -1 && h < end) end = h;
  if (cleaned[end - 1] === ' ') rec.path = `${rec.path.slice(0, -3)} `;
}

const reparseAbsolute = (input) => basicURLParse(input);
const reparseRelative = (input, base) => {
  const baseRec = basicURLParse(base);
  return baseRec === null ? null : basicURLParse(input, { baseURL: baseRec });
};

function parseAbsolute(input) {
  const rec = basicURLParse(input);
  keepCaretsInPath(rec, reparseAbsolute, input);
  keepOpaquePathSpace(rec, input);
  return rec;
}

// Linkage between URL and URLSearchParams (set up in static blocks).
let getSearchParamsList;
let setSearchParamsList;
let linkSearchParams;
let searchParamsChanged;

// ---------------------------------------------------------------------------
// URLSearchParams

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw invalidThis('URLSearchParamsIterator');
    }
    const index = this.#index;
    const values = getSearchParamsList(this.#target);
    if (index >= values.length) return { value: undefined, done: true };
    const name = values[index];
    const value = values[index + 1];
    this.#index = index + 2;
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  [kInspect](recurseTimes, ctx, inspect) {
    if (!this || typeof this !== 'object' || !(#target in this)) {
      throw invalidThis('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const index = this.#index;
    const values = getSearchParamsList(this.#target);
    const output = [];
    for (let i = index; i < values.length; i++) {
      const isKey = ((i - index) % 2) === 0;
      if (this.#kind === 'key') {
        if (isKey) output.push(values[i]);
      } else if (!isKey) {
        output.push(this.#kind === 'value' ? values[i] : [values[i - 1], values[i]]);
      }
    }
    const hasBreak = inspect(output, innerOpts).includes('\n');
    const outputStrs = output.map((p) => inspect(p, innerOpts));
    const outputStr = hasBreak ? `\n  ${outputStrs.join(',\n  ')}` : ` ${outputStrs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${outputStr} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
defineToStringTag(URLSearchParamsIterator.prototype, 'URLSearchParams Iterator');
makeEnumerable(URLSearchParamsIterator.prototype, ['next']);

// eslint-disable-next-line no-control-regex
const colorRegExp = /\u001b\[\d\d?m/g;

export class URLSearchParams {
  #list = [];
  #url = null;

  static {
    getSearchParamsList = (obj) => obj.#list;
    setSearchParamsList = (obj, list) => { obj.#list = list; };
    linkSearchParams = (obj, url) => { obj.#url = url; };
  }

  constructor(init = undefined) {
    if (init == null) {
      // nothing
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') {
          throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        const tupleError = () => nodeError(TypeError, 'ERR_INVALID_TUPLE',
                                           'Each query pair must be an iterable [name, value] tuple');
        for (const pair of init) {
          if (pair == null) {
            throw tupleError();
          } else if (Array.isArray(pair)) {
            if (pair.length !== 2) throw tupleError();
            this.#list.push(toUSVString(`${pair[0]}`), toUSVString(`${pair[1]}`));
          } else {
            if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw tupleError();
            }
            let length = 0;
            for (const element of pair) {
              length++;
              this.#list.push(toUSVString(`${element}`));
            }
            if (length !== 2) throw tupleError();
          }
        }
      } else {
        // record<USVString, USVString>
        const visited = new Map();
        const keys = Reflect.ownKeys(init);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const typedKey = toUSVString(key);
            const typedValue = toUSVString(`${init[key]}`);
            const keyIdx = visited.get(typedKey);
            if (keyIdx !== undefined) {
              this.#list[keyIdx] = typedValue;
            } else {
              visited.set(typedKey, this.#list.push(typedKey, typedValue) - 1);
            }
          }
        }
      }
    } else {
      init = toUSVString(`${init}`);
      this.#list = init ? parseParams(init) : [];
    }
  }

  static #check(obj) {
    if (typeof obj !== 'object' || obj === null || !(#list in obj)) {
      throw invalidThis('URLSearchParams');
    }
  }

  #update() {
    if (this.#url !== null) searchParamsChanged(this.#url, serializeParams(this.#list));
  }

  [kInspect](recurseTimes, ctx, inspect) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const innerInspect = (v) => inspect(v, innerOpts);
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${innerInspect(list[i])} => ${innerInspect(list[i + 1])}`);
    }
    let length = -separator.length;
    for (let i = 0; i < output.length; i++) {
      length += output[i].replace(colorRegExp, '').length + separator.length;
    }
    const name = this.constructor.name;
    if (length > ctx.breakLength) {
      return `${name} {\n  ${output.join(',\n  ')} }`;
    } else if (output.length) {
      return `${name} { ${output.join(separator)} }`;
    }
    return `${name} {}`;
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push(toUSVString(`${name}`), toUSVString(`${value}`));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(`${name}`);
    if (value !== undefined) {
      value = toUSVString(`${value}`);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this.#list;
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    if (list.length > 2) {
      const pairs = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
      // Array.prototype.sort is stable; names compare by UTF-16 code units.
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (let i = 0; i < pairs.length; i++) {
        list[2 * i] = pairs[i][0];
        list[2 * i + 1] = pairs[i][1];
      }
    }
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'of type function', callback);
    }
    let list = this.#list;
    let i = 0;
    while (i < list.length) {
      const key = list[i];
      const value = list[i + 1];
      callback.call(thisArg, value, key, this);
      // The URL's search may have been replaced meanwhile.
      list = this.#list;
      i += 2;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeParams(this.#list);
  }
}

makeEnumerable(URLSearchParams.prototype, [
  'append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString',
]);
defineToStringTag(URLSearchParams.prototype, 'URLSearchParams');
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------
// URL

const kCreate = Symbol('kCreate');

let objectURLMethods = null;

export class URL {
  #url;
  #searchParams;

  static {
    searchParamsChanged = (url, serialized) => {
      const rec = url.#url;
      rec.query = serialized === '' ? null : serialized;
      if (rec.query === null) potentiallyStripTrailingSpaces(rec);
    };
  }

  constructor(input, base = undefined) {
    if (input === kCreate && arguments.length === 2) {
      this.#url = base;
      return;
    }
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const rec = parseRecord(input, base);
    if (rec === null) throw invalidUrlFromParser(toUSVString(input), base === undefined ? undefined : toUSVString(base));
    this.#url = rec;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const rec = parseRecord(input, base);
    return rec === null ? null : new URL(kCreate, rec);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return parseRecord(url, base) !== null;
  }

  static createObjectURL(obj) {
    if (objectURLMethods !== null) return objectURLMethods.createObjectURL(obj);
    throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                    'The URL.createObjectURL() method is not implemented');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    if (objectURLMethods !== null) objectURLMethods.revokeObjectURL(`${url}`);
    // Without Blob support no object URL can exist, so there is nothing to revoke.
  }

  [kInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }

  #refreshSearchParams() {
    if (this.#searchParams !== undefined) {
      const q = this.#url.query;
      setSearchParamsList(this.#searchParams, q ? parseParams(q, true) : []);
    }
  }

  toString() {
    return serializeURL(this.#url);
  }

  get href() {
    return serializeURL(this.#url);
  }

  set href(value) {
    value = toUSVString(`${value}`);
    const rec = parseAbsolute(value);
    if (rec === null) throw invalidUrlFromSetter(value);
    this.#url = rec;
    this.#refreshSearchParams();
  }

  get origin() {
    return serializeURLOrigin(this.#url);
  }

  get protocol() {
    return `${this.#url.scheme}:`;
  }

  set protocol(value) {
    basicURLParse(`${toUSVString(`${value}`)}:`, { url: this.#url, stateOverride: 'scheme start' });
  }

  get username() {
    return this.#url.username;
  }

  set username(value) {
    value = toUSVString(`${value}`);
    if (cannotHaveAUsernamePasswordPort(this.#url)) return;
    setTheUsername(this.#url, value);
  }

  get password() {
    return this.#url.password;
  }

  set password(value) {
    value = toUSVString(`${value}`);
    if (cannotHaveAUsernamePasswordPort(this.#url)) return;
    setThePassword(this.#url, value);
  }

  get host() {
    const rec = this.#url;
    if (rec.host === null) return '';
    if (rec.port === null) return serializeHost(rec.host);
    return `${serializeHost(rec.host)}:${rec.port}`;
  }

  set host(value) {
    value = toUSVString(`${value}`);
    if (hasAnOpaquePath(this.#url)) return;
    basicURLParse(value, { url: this.#url, stateOverride: 'host' });
  }

  get hostname() {
    const rec = this.#url;
    return rec.host === null ? '' : serializeHost(rec.host);
  }

  set hostname(value) {
    value = toUSVString(`${value}`);
    if (hasAnOpaquePath(this.#url)) return;
    basicURLParse(value, { url: this.#url, stateOverride: 'hostname' });
  }

  get port() {
    const port = this.#url.port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    value = toUSVString(`${value}`);
    if (cannotHaveAUsernamePasswordPort(this.#url)) return;
    if (value === '') this.#url.port = null;
    else basicURLParse(value, { url: this.#url, stateOverride: 'port' });
  }

  get pathname() {
    return serializePath(this.#url);
  }

  set pathname(value) {
    value = toUSVString(`${value}`);
    if (hasAnOpaquePath(this.#url)) return;
    const rec = this.#url;
    rec.path = [];
    basicURLParse(value, { url: rec, stateOverride: 'path start' });
    keepCaretsInPath(rec, (v) => {
      const copy = { ...rec, path: [] };
      basicURLParse(v, { url: copy, stateOverride: 'path start' });
      return copy;
    }, value);
  }

  get search() {
    const q = this.#url.query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    value = toUSVString(`${value}`);
    const rec = this.#url;
    if (value === '') {
      rec.query = null;
      potentiallyStripTrailingSpaces(rec);
    } else {
      const input = value[0] === '?' ? value.slice(1) : value;
      rec.query = '';
      basicURLParse(input, { url: rec, stateOverride: 'query' });
    }
    this.#refreshSearchParams();
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      const sp = new URLSearchParams();
      const q = this.#url.query;
      if (q) setSearchParamsList(sp, parseParams(q, true));
      linkSearchParams(sp, this);
      this.#searchParams = sp;
    }
    return this.#searchParams;
  }

  get hash() {
    const f = this.#url.fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    value = toUSVString(`${value}`);
    const rec = this.#url;
    if (value === '') {
      rec.fragment = null;
      potentiallyStripTrailingSpaces(rec);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    rec.fragment = '';
    basicURLParse(input, { url: rec, stateOverride: 'fragment' });
  }

  toJSON() {
    return serializeURL(this.#url);
  }
}

makeEnumerable(URL.prototype, [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
Object.defineProperty(URL.prototype, kInspect, { enumerable: false });
defineToStringTag(URL.prototype, 'URL');
makeEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);

// Lets the host provide Blob-backed object URLs later:
// { createObjectURL(blob) -> string, revokeObjectURL(url: string) }.
export function setObjectURLMethods(methods) {
  objectURLMethods = methods;
}

// ---------------------------------------------------------------------------
// Helpers used by the `url` module

// Same duck-typing as Node's internal isURL().
export function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

const wsHostRecord = () => basicURLParse('ws://x');

export function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const rec = wsHostRecord();
  if (basicURLParse(toUSVString(`${domain}`), { url: rec, stateOverride: 'hostname' }) === null) {
    return '';
  }
  return serializeHost(rec.host);
}

export function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const ascii = domainToASCII(domain);
  if (ascii === '' || ascii[0] === '[') return ascii;
  return tr46.toUnicode(ascii, {
    checkHyphens: false,
    checkBidi: true,
    checkJoiners: true,
    useSTD3ASCIIRules: false,
    transitionalProcessing: false,
    ignoreInvalidPunycode: false,
  }).domain;
}

export function urlToHttpOptions(url) {
  if (url === null || (typeof url !== 'object' && typeof url !== 'function')) {
    throw invalidArgType('url', 'of type object', url);
  }
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

let cwdProvider = () => {
  const proc = globalThis.process;
  if (proc && typeof proc.cwd === 'function') return proc.cwd();
  return '/';
};

// Sets the function pathToFileURL uses to resolve relative paths.
export function setUrlCwd(fn) {
  if (typeof fn !== 'function') throw new TypeError('setUrlCwd needs a function');
  cwdProvider = fn;
}

// path.posix.resolve(p) for a single argument.
function posixResolve(p) {
  let resolved = p;
  if (p.charCodeAt(0) !== 0x2F) resolved = `${cwdProvider()}/${p}`;
  const out = [];
  for (const seg of resolved.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

function fileURLHostError() {
  return nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
                   'File URL host must be "localhost" or empty on linux');
}

function fileURLPathError(reason, input) {
  const err = nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', `File URL path ${reason}`);
  err.input = input;
  return err;
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw fileURLHostError();
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw fileURLPathError('must not include encoded / characters', url);
      }
    }
  }
  return pathname.includes('%') ? decodeURIComponent(pathname) : pathname;
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw fileURLPathError('must not include encoded \\ or / characters', url);
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  if (pathname.includes('%')) pathname = decodeURIComponent(pathname);
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname.charAt(2);
  if (letter < 0x61 || letter > 0x7A || sep !== ':') {
    throw fileURLPathError('must be absolute', url);
  }
  return pathname.slice(1);
}

export function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw invalidArgType('path', 'of type string or an instance of URL', path);
  if (path.protocol !== 'file:') {
    throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Characters Node's pathToFileURL percent-encodes before the result is
// parsed as a URL (besides all non-ASCII): NUL, TAB, LF, CR, space
// " # % < > ? [ \ ] ^ ` { | } ~ and DEL.  Other C0 controls are left to the
// URL parser, which encodes them inside the path and trims them at its end.
const pathEscape = new Uint8Array(128);
for (const ch of '\0\t\n\r "#%<>?[\\]^`{|}~\x7F') pathEscape[ch.charCodeAt(0)] = 1;

function encodePathChars(str) {
  let out = '';
  const bytes = utf8Encode(str);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b >= 0x80 || pathEscape[b] === 1 ? hexTable[b] : String.fromCharCode(b);
  }
  return out;
}

export function pathToFileURL(filepath, options = undefined) {
  if (options?.windows) {
    throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                    'The pathToFileURL() method is not implemented for Windows paths');
  }
  if (typeof filepath !== 'string') throw invalidArgType('path', 'of type string', filepath);
  let resolved = posixResolve(filepath);
  // path.resolve drops trailing slashes; keep the one the caller gave.
  if (filepath.charCodeAt(filepath.length - 1) === 0x2F && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(toUSVString(resolved))}`);
}

export function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}
