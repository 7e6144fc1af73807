// Headers, Request, Response, FormData and fetch() as Node 22 has them
// (they come from undici 6 there): the same Web IDL conversions and
// messages ("Headers.append: "x y" is an invalid header name.", "Failed to
// parse URL from ..."), header list semantics (lower-cased sorted
// iteration, combined values, set-cookie kept apart for getSetCookie()),
// the body mixin (text/json/arrayBuffer/blob/formData/bytes, body stream,
// bodyUsed), Response.json/error/redirect, clone(), FormData with File
// entries and multipart/form-data serialisation and parsing.
//
// fetch() handles data: and blob: URLs itself.  http:/https: requests go to
// a pluggable transport (setFetchTransport); the default one refuses with
// an ERR_ACCESS_DENIED error, so such a fetch rejects with
// TypeError('fetch failed', { cause }) as a failed network fetch does.
//
// Transport contract: transport(request) -> Promise<response>, where
//   request = { url: string, method: string, headers: Array<[name, value]>,
//               body: ReadableStream<Uint8Array> | null, signal: AbortSignal,
//               redirect: 'follow' | 'manual' | 'error', keepalive: boolean }
//   response = { status: number, statusText?: string,
//                headers: Array<[name, value]> | Iterable,
//                body?: ReadableStream | AsyncIterable<Uint8Array> | Uint8Array | string | null }
// A rejection becomes the `cause` of the TypeError('fetch failed').
// Redirects (301/302/303/307/308 with a Location) are followed here, as
// undici does (at most 20), and gzip/deflate Content-Encoding is decoded.
import { Blob, File, isBlob, resolveObjectURL } from '../../builtins/blob.js';
import { URL, URLSearchParams } from '../url.js';
import { TextEncoder, TextDecoder } from '../encoding.js';
import { DOMException } from '../dom-exception.js';
import { AbortController, AbortSignal, kResistStopPropagation } from '../event-target.js';
import { binding } from '../native.js';
import { makeNodeError } from '../errors.js';
import { queueMicrotask } from '../task-queue.js';
import { inspect as defaultInspect } from '../inspect.js';
import {
  ReadableStream, TransformStream, isReadableStream, isReadableStreamDisturbed, readableStreamState,
} from './streams.js';
import { DecompressionStream } from './compression.js';
import {
  kEnumerableProperty, isArrayBuffer, isAnyArrayBuffer, isSharedArrayBuffer, isTypedArray, isDataView,
  isUint8Array, viewBuffer, viewByteOffset, viewByteLength, safeInspect, createDeferred, setNames,
} from './util.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('constructable');
const kState = Symbol('state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');
const kHeadersMap = Symbol('headers map');
const kHeadersSortedMap = Symbol('headers map sorted');
const kAbortController = Symbol('abortController');

const textEncoder = new TextEncoder();
let textDecoder;

// ===========================================================================
// Web IDL, as undici's lib/web/fetch/webidl.js

const webidl = { converters: {}, util: {}, errors: {} };

webidl.errors.exception = (message) => new TypeError(`${message.header}: ${message.message}`);

webidl.errors.conversionFailed = (context) => {
  const plural = context.types.length === 1 ? '' : ' one of';
  const message = `${context.argument} could not be converted to${plural}: ${context.types.join(', ')}.`;
  return webidl.errors.exception({ header: context.prefix, message });
};

webidl.errors.invalidArgument = (context) => webidl.errors.exception({
  header: context.prefix,
  message: `"${context.value}" is an invalid ${context.type}.`,
});

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

webidl.brandCheck = (V, I) => {
  if (!(V instanceof I)) throw illegalInvocation();
};

webidl.argumentLengthCheck = ({ length }, min, ctx) => {
  if (length < min) {
    throw webidl.errors.exception({
      message: `${min} argument${min !== 1 ? 's' : ''} required, but${length ? ' only' : ''} ${length} found.`,
      header: ctx,
    });
  }
};

webidl.util.Type = (V) => {
  switch (typeof V) {
    case 'undefined': return 'Undefined';
    case 'boolean': return 'Boolean';
    case 'string': return 'String';
    case 'symbol': return 'Symbol';
    case 'number': return 'Number';
    case 'bigint': return 'BigInt';
    default: return V === null ? 'Null' : 'Object';
  }
};

webidl.util.Stringify = (V) => {
  switch (webidl.util.Type(V)) {
    case 'Symbol': return `Symbol(${V.description})`;
    case 'Object': return safeInspect(V);
    case 'String': return `"${V}"`;
    default: return `${V}`;
  }
};

webidl.util.IntegerPart = (n) => {
  const r = Math.floor(Math.abs(n));
  return n < 0 ? -1 * r : r;
};

webidl.util.ConvertToInt = (V, bitLength, signedness, opts) => {
  let upperBound;
  let lowerBound;
  if (bitLength === 64) {
    upperBound = 2 ** 53 - 1;
    lowerBound = signedness === 'unsigned' ? 0 : (-2) ** 53 + 1;
  } else if (signedness === 'unsigned') {
    lowerBound = 0;
    upperBound = 2 ** bitLength - 1;
  } else {
    lowerBound = (-2) ** bitLength - 1;
    upperBound = 2 ** (bitLength - 1) - 1;
  }
  let x = Number(V);
  if (x === 0) x = 0;
  if (opts?.enforceRange === true) {
    if (Number.isNaN(x) || x === Infinity || x === -Infinity) {
      throw webidl.errors.exception({
        header: 'Integer conversion',
        message: `Could not convert ${webidl.util.Stringify(V)} to an integer.`,
      });
    }
    x = webidl.util.IntegerPart(x);
    if (x < lowerBound || x > upperBound) {
      throw webidl.errors.exception({
        header: 'Integer conversion',
        message: `Value must be between ${lowerBound}-${upperBound}, got ${x}.`,
      });
    }
    return x;
  }
  if (!Number.isNaN(x) && opts?.clamp === true) {
    x = Math.min(Math.max(x, lowerBound), upperBound);
    x = Math.floor(x) % 2 === 0 ? Math.floor(x) : Math.ceil(x);
    return x;
  }
  if (Number.isNaN(x) || (x === 0 && Object.is(0, x)) || x === Infinity || x === -Infinity) return 0;
  x = webidl.util.IntegerPart(x);
  x %= 2 ** bitLength;
  if (signedness === 'signed' && x >= 2 ** bitLength - 1) return x - 2 ** bitLength;
  return x;
};

webidl.sequenceConverter = (converter) => (V, prefix, argument, Iterable) => {
  if (webidl.util.Type(V) !== 'Object') {
    throw webidl.errors.exception({
      header: prefix,
      message: `${argument} (${webidl.util.Stringify(V)}) is not iterable.`,
    });
  }
  const method = typeof Iterable === 'function' ? Iterable() : V?.[Symbol.iterator]?.();
  const seq = [];
  let index = 0;
  if (method === undefined || typeof method.next !== 'function') {
    throw webidl.errors.exception({ header: prefix, message: `${argument} is not iterable.` });
  }
  for (;;) {
    const { done, value } = method.next();
    if (done) break;
    seq.push(converter(value, prefix, `${argument}[${index++}]`));
  }
  return seq;
};

webidl.recordConverter = (keyConverter, valueConverter) => (O, prefix, argument) => {
  if (webidl.util.Type(O) !== 'Object') {
    throw webidl.errors.exception({
      header: prefix,
      message: `${argument} ("${webidl.util.Type(O)}") is not an Object.`,
    });
  }
  const result = {};
  const keys = [...Object.getOwnPropertyNames(O), ...Object.getOwnPropertySymbols(O)];
  for (const key of keys) {
    const typedKey = keyConverter(key, prefix, argument);
    const typedValue = valueConverter(O[key], prefix, argument);
    result[typedKey] = typedValue;
  }
  return result;
};

webidl.interfaceConverter = (i) => (V, prefix, argument, opts) => {
  if (opts?.strict !== false && !(V instanceof i)) {
    throw webidl.errors.exception({
      header: prefix,
      message: `Expected ${argument} ("${webidl.util.Stringify(V)}") to be an instance of ${i.name}.`,
    });
  }
  return V;
};

webidl.dictionaryConverter = (converters) => (dictionary, prefix, argument) => {
  const type = webidl.util.Type(dictionary);
  const dict = {};
  if (type === 'Null' || type === 'Undefined') return dict;
  if (type !== 'Object') {
    throw webidl.errors.exception({
      header: prefix,
      message: `Expected ${dictionary} to be one of: Null, Undefined, Object.`,
    });
  }
  for (const options of converters) {
    const { key, defaultValue, required, converter } = options;
    if (required === true && !Object.hasOwn(dictionary, key)) {
      throw webidl.errors.exception({ header: prefix, message: `Missing required key "${key}".` });
    }
    let value = dictionary[key];
    const hasDefault = Object.hasOwn(options, 'defaultValue');
    if (hasDefault && value !== null) value ??= defaultValue();
    if (required || hasDefault || value !== undefined) {
      value = converter(value, prefix, `${argument}.${key}`);
      if (options.allowedValues && !options.allowedValues.includes(value)) {
        throw webidl.errors.exception({
          header: prefix,
          message: `${value} is not an accepted type. Expected one of ${options.allowedValues.join(', ')}.`,
        });
      }
      dict[key] = value;
    }
  }
  return dict;
};

webidl.nullableConverter = (converter) => (V, prefix, argument) => (V === null ? V : converter(V, prefix, argument));

webidl.converters.DOMString = (V, prefix, argument, opts) => {
  if (V === null && opts?.legacyNullToEmptyString) return '';
  if (typeof V === 'symbol') {
    throw webidl.errors.exception({
      header: prefix,
      message: `${argument} is a symbol, which cannot be converted to a DOMString.`,
    });
  }
  return String(V);
};

webidl.converters.ByteString = (V, prefix, argument) => {
  const x = webidl.converters.DOMString(V, prefix, argument);
  for (let index = 0; index < x.length; index++) {
    if (x.charCodeAt(index) > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
        `index ${index} has a value of ${x.charCodeAt(index)} which is greater than 255.`);
    }
  }
  return x;
};

function toUSVString(val) {
  const s = `${val}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          i++;
          continue;
        }
      }
      out += `${s.slice(last, i)}\uFFFD`;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

webidl.converters.USVString = toUSVString;
webidl.converters.boolean = (V) => Boolean(V);
webidl.converters.any = (V) => V;
webidl.converters['unsigned short'] = (V, prefix, argument, opts) => webidl.util.ConvertToInt(V, 16, 'unsigned', opts);

webidl.converters.ArrayBuffer = (V, prefix, argument, opts) => {
  if (webidl.util.Type(V) !== 'Object' || !isAnyArrayBuffer(V)) {
    throw webidl.errors.conversionFailed({
      prefix, argument: `${argument} ("${webidl.util.Stringify(V)}")`, types: ['ArrayBuffer'],
    });
  }
  if (opts?.allowShared === false && isSharedArrayBuffer(V)) {
    throw webidl.errors.exception({ header: 'ArrayBuffer', message: 'SharedArrayBuffer is not allowed.' });
  }
  return V;
};

webidl.converters.BufferSource = (V, prefix, name, opts) => {
  if (isAnyArrayBuffer(V)) return webidl.converters.ArrayBuffer(V, prefix, name, { ...opts, allowShared: false });
  if (ArrayBuffer.isView(V)) {
    if (isSharedArrayBuffer(viewBuffer(V))) {
      throw webidl.errors.exception({ header: 'ArrayBuffer', message: 'SharedArrayBuffer is not allowed.' });
    }
    return V;
  }
  throw webidl.errors.conversionFailed({
    prefix, argument: `${name} ("${webidl.util.Stringify(V)}")`, types: ['BufferSource'],
  });
};

webidl.converters['sequence<ByteString>'] = webidl.sequenceConverter(webidl.converters.ByteString);
webidl.converters['sequence<sequence<ByteString>>'] = webidl.sequenceConverter(webidl.converters['sequence<ByteString>']);
webidl.converters['record<ByteString, ByteString>'] = webidl.recordConverter(
  webidl.converters.ByteString, webidl.converters.ByteString);

// ===========================================================================
// HTTP helpers

function isTokenCharCode(c) {
  switch (c) {
    case 34: case 40: case 41: case 44: case 47: case 58: case 59: case 60: case 61: case 62:
    case 63: case 64: case 91: case 92: case 93: case 123: case 125:
      return false;
    default:
      return c >= 33 && c <= 126;
  }
}

function isValidHTTPToken(characters) {
  if (characters.length === 0) return false;
  for (let i = 0; i < characters.length; ++i) {
    if (!isTokenCharCode(characters.charCodeAt(i))) return false;
  }
  return true;
}

const isValidHeaderName = isValidHTTPToken;

function isValidHeaderValue(v) {
  return (v[0] === '\t' || v[0] === ' ' || v[v.length - 1] === '\t' || v[v.length - 1] === ' ' ||
    v.includes('\n') || v.includes('\r') || v.includes('\0')) === false;
}

function isValidReasonPhrase(statusText) {
  for (let i = 0; i < statusText.length; ++i) {
    const c = statusText.charCodeAt(i);
    if (!(c === 9 || (c >= 32 && c <= 126) || (c >= 128 && c <= 255))) return false;
  }
  return true;
}

const normalizedMethodRecordsBase = {
  __proto__: null,
  delete: 'DELETE', DELETE: 'DELETE', get: 'GET', GET: 'GET', head: 'HEAD', HEAD: 'HEAD',
  options: 'OPTIONS', OPTIONS: 'OPTIONS', post: 'POST', POST: 'POST', put: 'PUT', PUT: 'PUT',
};
const normalizedMethodRecords = { __proto__: null, ...normalizedMethodRecordsBase, patch: 'patch', PATCH: 'PATCH' };

const nullBodyStatus = [101, 204, 205, 304];
const redirectStatusSet = new Set([301, 302, 303, 307, 308]);
const badPortsSet = new Set([
  '1', '7', '9', '11', '13', '15', '17', '19', '20', '21', '22', '23', '25', '37', '42', '43', '53', '69',
  '77', '79', '87', '95', '101', '102', '103', '104', '109', '110', '111', '113', '115', '117', '119', '123',
  '135', '137', '139', '143', '161', '179', '389', '427', '465', '512', '513', '514', '515', '526', '530',
  '531', '532', '540', '548', '554', '556', '563', '587', '601', '636', '989', '990', '993', '995', '1719',
  '1720', '1723', '2049', '3659', '4045', '4190', '5060', '5061', '6000', '6566', '6665', '6666', '6667',
  '6668', '6669', '6679', '6697', '10080',
]);
const referrerPolicy = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
  'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const requestRedirect = ['follow', 'manual', 'error'];
const requestMode = ['navigate', 'same-origin', 'no-cors', 'cors'];
const requestCredentials = ['omit', 'same-origin', 'include'];
const requestCache = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const requestDuplex = ['half'];
const forbiddenMethodsSet = new Set(['CONNECT', 'TRACE', 'TRACK']);
const corsSafeListedMethodsSet = new Set(['GET', 'HEAD', 'POST']);
const requestBodyHeader = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];

function isomorphicDecode(input) {
  let result = '';
  for (let i = 0; i < input.length; i += 0x8000) {
    result += String.fromCharCode.apply(null, input.subarray(i, i + 0x8000));
  }
  return result;
}

function utf8DecodeBytes(buffer) {
  if (buffer.length === 0) return '';
  if (buffer[0] === 0xEF && buffer[1] === 0xBB && buffer[2] === 0xBF) buffer = buffer.subarray(3);
  textDecoder ??= new TextDecoder();
  return textDecoder.decode(buffer);
}

function URLSerializer(url, excludeFragment = false) {
  if (!excludeFragment) return url.href;
  const { href } = url;
  const hashLength = url.hash.length;
  const serialized = hashLength === 0 ? href : href.substring(0, href.length - hashLength);
  if (!hashLength && href.endsWith('#')) return serialized.slice(0, -1);
  return serialized;
}

function sameOrigin(A, B) {
  if (A.origin === B.origin && A.origin === 'null') return true;
  return A.protocol === B.protocol && A.hostname === B.hostname && A.port === B.port;
}

function getGlobalOrigin() {
  return globalThis[Symbol.for('undici.globalOrigin.1')];
}

function emitWarning(...args) {
  const p = globalThis.process;
  if (p && typeof p.emitWarning === 'function') p.emitWarning(...args);
}

function randomInt(max) {
  const buf = new Uint32Array(2);
  if (binding && typeof binding.getRandomValues === 'function') binding.getRandomValues(buf);
  else {
    buf[0] = Math.floor(Math.random() * 2 ** 32);
    buf[1] = Math.floor(Math.random() * 2 ** 32);
  }
  return Math.floor(((buf[0] & 0x1FFFFF) * 2 ** 32 + buf[1]) / 2 ** 53 * max);
}

// ---- MIME types (data-url.js)

const HTTP_TOKEN_CODEPOINTS = /^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/;
const HTTP_WHITESPACE_REGEX = /[\u000A\u000D\u0009\u0020]/;
const ASCII_WHITESPACE_REPLACE_REGEX = /[\u0009\u000A\u000C\u000D\u0020]/g;
const HTTP_QUOTED_STRING_TOKENS = /^[\u0009\u0020-\u007E\u0080-\u00FF]+$/;

function collectASequenceOfCodePoints(condition, input, position) {
  let result = '';
  while (position.position < input.length && condition(input[position.position])) {
    result += input[position.position];
    position.position++;
  }
  return result;
}

function collectASequenceOfCodePointsFast(char, input, position) {
  const idx = input.indexOf(char, position.position);
  const start = position.position;
  if (idx === -1) {
    position.position = input.length;
    return input.slice(start);
  }
  position.position = idx;
  return input.slice(start, position.position);
}

function removeChars(str, leading, trailing, predicate) {
  let lead = 0;
  let trail = str.length - 1;
  if (leading) while (lead < str.length && predicate(str.charCodeAt(lead))) lead++;
  if (trailing) while (trail > 0 && predicate(str.charCodeAt(trail))) trail--;
  return lead === 0 && trail === str.length - 1 ? str : str.slice(lead, trail + 1);
}

const isHTTPWhiteSpace = (c) => c === 13 || c === 10 || c === 9 || c === 32;
const isASCIIWhitespace = (c) => c === 13 || c === 10 || c === 9 || c === 12 || c === 32;
const removeHTTPWhitespace = (s, l = true, t = true) => removeChars(s, l, t, isHTTPWhiteSpace);

function collectAnHTTPQuotedString(input, position, extractValue) {
  const positionStart = position.position;
  let value = '';
  position.position++;
  for (;;) {
    value += collectASequenceOfCodePoints((c) => c !== '"' && c !== '\\', input, position);
    if (position.position >= input.length) break;
    const quoteOrBackslash = input[position.position];
    position.position++;
    if (quoteOrBackslash === '\\') {
      if (position.position >= input.length) {
        value += '\\';
        break;
      }
      value += input[position.position];
      position.position++;
    } else {
      break;
    }
  }
  if (extractValue) return value;
  return input.slice(positionStart, position.position);
}

function parseMIMEType(input) {
  input = removeHTTPWhitespace(input, true, true);
  const position = { position: 0 };
  const type = collectASequenceOfCodePointsFast('/', input, position);
  if (type.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(type)) return 'failure';
  if (position.position > input.length) return 'failure';
  position.position++;
  let subtype = collectASequenceOfCodePointsFast(';', input, position);
  subtype = removeHTTPWhitespace(subtype, false, true);
  if (subtype.length === 0 || !HTTP_TOKEN_CODEPOINTS.test(subtype)) return 'failure';
  const typeLowercase = type.toLowerCase();
  const subtypeLowercase = subtype.toLowerCase();
  const mimeType = {
    type: typeLowercase,
    subtype: subtypeLowercase,
    parameters: new Map(),
    essence: `${typeLowercase}/${subtypeLowercase}`,
  };
  while (position.position < input.length) {
    position.position++;
    collectASequenceOfCodePoints((c) => HTTP_WHITESPACE_REGEX.test(c), input, position);
    let parameterName = collectASequenceOfCodePoints((c) => c !== ';' && c !== '=', input, position);
    parameterName = parameterName.toLowerCase();
    if (position.position < input.length) {
      if (input[position.position] === ';') continue;
      position.position++;
    }
    if (position.position > input.length) break;
    let parameterValue = null;
    if (input[position.position] === '"') {
      parameterValue = collectAnHTTPQuotedString(input, position, true);
      collectASequenceOfCodePointsFast(';', input, position);
    } else {
      parameterValue = collectASequenceOfCodePointsFast(';', input, position);
      parameterValue = removeHTTPWhitespace(parameterValue, false, true);
      if (parameterValue.length === 0) continue;
    }
    if (parameterName.length !== 0 && HTTP_TOKEN_CODEPOINTS.test(parameterName) &&
        (parameterValue.length === 0 || HTTP_QUOTED_STRING_TOKENS.test(parameterValue)) &&
        !mimeType.parameters.has(parameterName)) {
      mimeType.parameters.set(parameterName, parameterValue);
    }
  }
  return mimeType;
}

function serializeAMimeType(mimeType) {
  const { parameters, essence } = mimeType;
  let serialization = essence;
  for (let [name, value] of parameters.entries()) {
    serialization += `;${name}=`;
    if (!HTTP_TOKEN_CODEPOINTS.test(value)) {
      value = `"${value.replace(/(\\|")/g, '\\$1')}"`;
    }
    serialization += value;
  }
  return serialization;
}

function gettingDecodingSplitting(input) {
  const position = { position: 0 };
  const values = [];
  let temporaryValue = '';
  while (position.position < input.length) {
    temporaryValue += collectASequenceOfCodePoints((c) => c !== '"' && c !== ',', input, position);
    if (position.position < input.length) {
      if (input.charCodeAt(position.position) === 34) {
        temporaryValue += collectAnHTTPQuotedString(input, position);
        if (position.position < input.length) continue;
      } else {
        position.position++;
      }
    }
    temporaryValue = removeChars(temporaryValue, true, true, (c) => c === 9 || c === 32);
    values.push(temporaryValue);
    temporaryValue = '';
  }
  return values;
}

function extractMimeType(headers) {
  let charset = null;
  let essence = null;
  let mimeType = null;
  const value = headers.get('content-type', true);
  if (value === null) return 'failure';
  for (const v of gettingDecodingSplitting(value)) {
    const temporaryMimeType = parseMIMEType(v);
    if (temporaryMimeType === 'failure' || temporaryMimeType.essence === '*/*') continue;
    mimeType = temporaryMimeType;
    if (mimeType.essence !== essence) {
      charset = null;
      if (mimeType.parameters.has('charset')) charset = mimeType.parameters.get('charset');
      essence = mimeType.essence;
    } else if (!mimeType.parameters.has('charset') && charset !== null) {
      mimeType.parameters.set('charset', charset);
    }
  }
  return mimeType ?? 'failure';
}

// ---- data: URLs

function percentDecode(input) {
  const isHex = (b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
  const hexVal = (b) => (b >= 48 && b <= 57 ? b - 48 : (b & 223) - 55);
  const output = new Uint8Array(input.length);
  let j = 0;
  for (let i = 0; i < input.length; ++i) {
    const byte = input[i];
    if (byte !== 37) {
      output[j++] = byte;
    } else if (!(isHex(input[i + 1]) && isHex(input[i + 2]))) {
      output[j++] = 37;
    } else {
      output[j++] = (hexVal(input[i + 1]) << 4) | hexVal(input[i + 2]);
      i += 2;
    }
  }
  return j === input.length ? output : output.subarray(0, j);
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function forgivingBase64(data) {
  data = data.replace(ASCII_WHITESPACE_REPLACE_REGEX, '');
  let dataLength = data.length;
  if (dataLength % 4 === 0 && data.charCodeAt(dataLength - 1) === 61) {
    --dataLength;
    if (data.charCodeAt(dataLength - 1) === 61) --dataLength;
  }
  if (dataLength % 4 === 1) return 'failure';
  const body = data.length === dataLength ? data : data.substring(0, dataLength);
  if (/[^+/0-9A-Za-z]/.test(body)) return 'failure';
  const out = new Uint8Array(Math.floor((dataLength * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < dataLength; i++) {
    acc = (acc << 6) | base64Alphabet.indexOf(body[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xFF;
    }
  }
  return out.subarray(0, o);
}

function dataURLProcessor(dataURL) {
  let input = URLSerializer(dataURL, true).slice(5);
  const position = { position: 0 };
  let mimeType = collectASequenceOfCodePointsFast(',', input, position);
  const mimeTypeLength = mimeType.length;
  mimeType = removeChars(mimeType, true, true, isASCIIWhitespace);
  if (position.position >= input.length) return 'failure';
  position.position++;
  const encodedBody = input.slice(mimeTypeLength + 1);
  let body = percentDecode(textEncoder.encode(encodedBody));
  if (/;(\u0020){0,}base64$/i.test(mimeType)) {
    body = forgivingBase64(isomorphicDecode(body));
    if (body === 'failure') return 'failure';
    mimeType = mimeType.slice(0, -6).replace(/(\u0020)+$/, '').slice(0, -1);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  let mimeTypeRecord = parseMIMEType(mimeType);
  if (mimeTypeRecord === 'failure') mimeTypeRecord = parseMIMEType('text/plain;charset=US-ASCII');
  input = null;
  return { mimeType: mimeTypeRecord, body };
}

// ===========================================================================
// Iterators (webidl "pair iterator" as undici's iteratorMixin)

const esIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function createIterator(name, kInternalIterator, keyIndex, valueIndex) {
  class FastIterableIterator {
    #target;
    #kind;
    #index;

    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
      this.#index = 0;
    }

    next() {
      if (typeof this !== 'object' || this === null || !(#target in this)) {
        throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
      }
      const index = this.#index;
      const values = this.#target[kInternalIterator];
      if (index >= values.length) return { value: undefined, done: true };
      const { [keyIndex]: key, [valueIndex]: value } = values[index];
      this.#index = index + 1;
      let result;
      switch (this.#kind) {
        case 'key': result = key; break;
        case 'value': result = value; break;
        default: result = [key, value]; break;
      }
      return { value: result, done: false };
    }
  }
  delete FastIterableIterator.prototype.constructor;
  Object.setPrototypeOf(FastIterableIterator.prototype, esIteratorPrototype);
  Object.defineProperties(FastIterableIterator.prototype, {
    [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: `${name} Iterator` },
    next: { writable: true, enumerable: true, configurable: true },
  });
  return (target, kind) => new FastIterableIterator(target, kind);
}

function iteratorMixin(name, object, kInternalIterator, keyIndex = 0, valueIndex = 1) {
  const makeIterator = createIterator(name, kInternalIterator, keyIndex, valueIndex);
  const properties = {
    keys: {
      writable: true, enumerable: true, configurable: true,
      value: { keys() { webidl.brandCheck(this, object); return makeIterator(this, 'key'); } }.keys,
    },
    values: {
      writable: true, enumerable: true, configurable: true,
      value: { values() { webidl.brandCheck(this, object); return makeIterator(this, 'value'); } }.values,
    },
    entries: {
      writable: true, enumerable: true, configurable: true,
      value: { entries() { webidl.brandCheck(this, object); return makeIterator(this, 'key+value'); } }.entries,
    },
    forEach: {
      writable: true, enumerable: true, configurable: true,
      value: {
        forEach(callbackfn, thisArg = globalThis) {
          webidl.brandCheck(this, object);
          webidl.argumentLengthCheck(arguments, 1, `${name}.forEach`);
          if (typeof callbackfn !== 'function') {
            throw new TypeError(`Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`);
          }
          for (const { 0: key, 1: value } of makeIterator(this, 'key+value')) {
            callbackfn.call(thisArg, value, key, this);
          }
        },
      }.forEach,
    },
  };
  Object.defineProperties(object.prototype, {
    ...properties,
    [Symbol.iterator]: { writable: true, enumerable: false, configurable: true, value: properties.entries.value },
  });
}

// ===========================================================================
// Headers

function headerValueNormalize(potentialValue) {
  let i = 0;
  let j = potentialValue.length;
  while (j > i && isHTTPWhiteSpace(potentialValue.charCodeAt(j - 1))) --j;
  while (j > i && isHTTPWhiteSpace(potentialValue.charCodeAt(i))) ++i;
  return i === 0 && j === potentialValue.length ? potentialValue : potentialValue.substring(i, j);
}

function fill(headers, object) {
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; ++i) {
      const header = object[i];
      if (header.length !== 2) {
        throw webidl.errors.exception({
          header: 'Headers constructor',
          message: `expected name/value pair to be length 2, found ${header.length}.`,
        });
      }
      appendHeader(headers, header[0], header[1]);
    }
  } else if (typeof object === 'object' && object !== null) {
    const keys = Object.keys(object);
    for (let i = 0; i < keys.length; ++i) appendHeader(headers, keys[i], object[keys[i]]);
  } else {
    throw webidl.errors.conversionFailed({
      prefix: 'Headers constructor',
      argument: 'Argument 1',
      types: ['sequence<sequence<ByteString>>', 'record<ByteString, ByteString>'],
    });
  }
}

function appendHeader(headers, name, value) {
  value = headerValueNormalize(value);
  if (!isValidHeaderName(name)) {
    throw webidl.errors.invalidArgument({ prefix: 'Headers.append', value: name, type: 'header name' });
  } else if (!isValidHeaderValue(value)) {
    throw webidl.errors.invalidArgument({ prefix: 'Headers.append', value, type: 'header value' });
  }
  if (getHeadersGuard(headers) === 'immutable') throw new TypeError('immutable');
  return getHeadersList(headers).append(name, value, false);
}

function compareHeaderName(a, b) {
  return a[0] < b[0] ? -1 : 1;
}

export class HeadersList {
  cookies = null;

  constructor(init) {
    if (init instanceof HeadersList) {
      this[kHeadersMap] = new Map(init[kHeadersMap]);
      this[kHeadersSortedMap] = init[kHeadersSortedMap];
      this.cookies = init.cookies === null ? null : [...init.cookies];
    } else {
      this[kHeadersMap] = new Map(init);
      this[kHeadersSortedMap] = null;
    }
  }

  contains(name, isLowerCase) {
    return this[kHeadersMap].has(isLowerCase ? name : name.toLowerCase());
  }

  clear() {
    this[kHeadersMap].clear();
    this[kHeadersSortedMap] = null;
    this.cookies = null;
  }

  append(name, value, isLowerCase) {
    this[kHeadersSortedMap] = null;
    const lowercaseName = isLowerCase ? name : name.toLowerCase();
    const exists = this[kHeadersMap].get(lowercaseName);
    if (exists) {
      const delimiter = lowercaseName === 'cookie' ? '; ' : ', ';
      this[kHeadersMap].set(lowercaseName, { name: exists.name, value: `${exists.value}${delimiter}${value}` });
    } else {
      this[kHeadersMap].set(lowercaseName, { name, value });
    }
    if (lowercaseName === 'set-cookie') (this.cookies ??= []).push(value);
  }

  set(name, value, isLowerCase) {
    this[kHeadersSortedMap] = null;
    const lowercaseName = isLowerCase ? name : name.toLowerCase();
    if (lowercaseName === 'set-cookie') this.cookies = [value];
    this[kHeadersMap].set(lowercaseName, { name, value });
  }

  delete(name, isLowerCase) {
    this[kHeadersSortedMap] = null;
    if (!isLowerCase) name = name.toLowerCase();
    if (name === 'set-cookie') this.cookies = null;
    this[kHeadersMap].delete(name);
  }

  get(name, isLowerCase) {
    return this[kHeadersMap].get(isLowerCase ? name : name.toLowerCase())?.value ?? null;
  }

  * [Symbol.iterator]() {
    for (const { 0: name, 1: { value } } of this[kHeadersMap]) yield [name, value];
  }

  get entries() {
    const headers = {};
    if (this[kHeadersMap].size !== 0) {
      for (const { name, value } of this[kHeadersMap].values()) headers[name] = value;
    }
    return headers;
  }

  rawValues() {
    return this[kHeadersMap].values();
  }

  get entriesList() {
    const headers = [];
    if (this[kHeadersMap].size !== 0) {
      for (const { 0: lowerName, 1: { name, value } } of this[kHeadersMap]) {
        if (lowerName === 'set-cookie') {
          for (const cookie of this.cookies) headers.push([name, cookie]);
        } else {
          headers.push([name, value]);
        }
      }
    }
    return headers;
  }

  toSortedArray() {
    const array = [];
    for (const { 0: name, 1: { value } } of this[kHeadersMap]) array.push([name, value]);
    return array.sort(compareHeaderName);
  }
}

export class Headers {
  #guard;
  #headersList;

  constructor(init = undefined) {
    if (init === kConstruct) return;
    this.#headersList = new HeadersList();
    this.#guard = 'none';
    if (init !== undefined) {
      init = webidl.converters.HeadersInit(init, 'Headers contructor', 'init');
      fill(this, init);
    }
  }

  append(name, value) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments, 2, 'Headers.append');
    const prefix = 'Headers.append';
    name = webidl.converters.ByteString(name, prefix, 'name');
    value = webidl.converters.ByteString(value, prefix, 'value');
    return appendHeader(this, name, value);
  }

  delete(name) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments, 1, 'Headers.delete');
    const prefix = 'Headers.delete';
    name = webidl.converters.ByteString(name, prefix, 'name');
    if (!isValidHeaderName(name)) {
      throw webidl.errors.invalidArgument({ prefix: 'Headers.delete', value: name, type: 'header name' });
    }
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    if (!this.#headersList.contains(name, false)) return;
    this.#headersList.delete(name, false);
  }

  get(name) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments, 1, 'Headers.get');
    const prefix = 'Headers.get';
    name = webidl.converters.ByteString(name, prefix, 'name');
    if (!isValidHeaderName(name)) {
      throw webidl.errors.invalidArgument({ prefix, value: name, type: 'header name' });
    }
    return this.#headersList.get(name, false);
  }

  has(name) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments, 1, 'Headers.has');
    const prefix = 'Headers.has';
    name = webidl.converters.ByteString(name, prefix, 'name');
    if (!isValidHeaderName(name)) {
      throw webidl.errors.invalidArgument({ prefix, value: name, type: 'header name' });
    }
    return this.#headersList.contains(name, false);
  }

  set(name, value) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments, 2, 'Headers.set');
    const prefix = 'Headers.set';
    name = webidl.converters.ByteString(name, prefix, 'name');
    value = webidl.converters.ByteString(value, prefix, 'value');
    value = headerValueNormalize(value);
    if (!isValidHeaderName(name)) {
      throw webidl.errors.invalidArgument({ prefix, value: name, type: 'header name' });
    } else if (!isValidHeaderValue(value)) {
      throw webidl.errors.invalidArgument({ prefix, value, type: 'header value' });
    }
    if (this.#guard === 'immutable') throw new TypeError('immutable');
    this.#headersList.set(name, value, false);
  }

  getSetCookie() {
    webidl.brandCheck(this, Headers);
    const list = this.#headersList.cookies;
    return list ? [...list] : [];
  }

  get [kHeadersSortedMap]() {
    if (this.#headersList[kHeadersSortedMap]) return this.#headersList[kHeadersSortedMap];
    const headers = [];
    const names = this.#headersList.toSortedArray();
    const { cookies } = this.#headersList;
    if (cookies === null || cookies.length === 1) {
      this.#headersList[kHeadersSortedMap] = names;
      return names;
    }
    for (let i = 0; i < names.length; ++i) {
      const { 0: name, 1: value } = names[i];
      if (name === 'set-cookie') {
        for (let j = 0; j < cookies.length; ++j) headers.push([name, cookies[j]]);
      } else {
        headers.push([name, value]);
      }
    }
    this.#headersList[kHeadersSortedMap] = headers;
    return headers;
  }

  [kInspect](depth, options, inspect = defaultInspect) {
    options.depth ??= depth;
    return `Headers ${inspect(this.#headersList.entries, options)}`;
  }

  static getHeadersGuard(o) { return o.#guard; }

  static setHeadersGuard(o, guard) { o.#guard = guard; }

  static getHeadersList(o) { return o.#headersList; }

  static setHeadersList(o, list) { o.#headersList = list; }
}

const { getHeadersGuard, setHeadersGuard, getHeadersList, setHeadersList } = Headers;
delete Headers.getHeadersGuard;
delete Headers.setHeadersGuard;
delete Headers.getHeadersList;
delete Headers.setHeadersList;

iteratorMixin('Headers', Headers, kHeadersSortedMap, 0, 1);
Object.defineProperties(Headers.prototype, {
  append: kEnumerableProperty,
  delete: kEnumerableProperty,
  get: kEnumerableProperty,
  has: kEnumerableProperty,
  set: kEnumerableProperty,
  getSetCookie: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'Headers', configurable: true },
  [kInspect]: { enumerable: false },
});

webidl.converters.HeadersInit = (V, prefix, argument) => {
  if (webidl.util.Type(V) === 'Object') {
    const iterator = Reflect.get(V, Symbol.iterator);
    if (iterator === Headers.prototype.entries) {
      try {
        return getHeadersList(V).entriesList;
      } catch {
        // fall through to the generic conversion
      }
    }
    if (typeof iterator === 'function') {
      return webidl.converters['sequence<sequence<ByteString>>'](V, prefix, argument, iterator.bind(V));
    }
    return webidl.converters['record<ByteString, ByteString>'](V, prefix, argument);
  }
  throw webidl.errors.conversionFailed({
    prefix: 'Headers constructor',
    argument: 'Argument 1',
    types: ['sequence<sequence<ByteString>>', 'record<ByteString, ByteString>'],
  });
};

// ===========================================================================
// FormData

function isBlobLike(object) {
  if (object === null) return false;
  if (isBlob(object) || object instanceof Blob) return true;
  if (typeof object !== 'object') return false;
  const sTag = object[Symbol.toStringTag];
  return (sTag === 'Blob' || sTag === 'File') &&
    (('stream' in object && typeof object.stream === 'function') ||
     ('arrayBuffer' in object && typeof object.arrayBuffer === 'function'));
}

function isFileLike(object) {
  return object instanceof File || (object && (typeof object.stream === 'function' ||
    typeof object.arrayBuffer === 'function') && object[Symbol.toStringTag] === 'File');
}

// A File view of a Blob-like object that is not one of our Blobs.
class FileLike {
  constructor(blobLike, fileName, options = {}) {
    this[kState] = {
      blobLike,
      name: fileName,
      type: options.type,
      lastModified: options.lastModified ?? Date.now(),
    };
  }

  stream(...args) { webidl.brandCheck(this, FileLike); return this[kState].blobLike.stream(...args); }

  arrayBuffer(...args) { webidl.brandCheck(this, FileLike); return this[kState].blobLike.arrayBuffer(...args); }

  slice(...args) { webidl.brandCheck(this, FileLike); return this[kState].blobLike.slice(...args); }

  text(...args) { webidl.brandCheck(this, FileLike); return this[kState].blobLike.text(...args); }

  get size() { webidl.brandCheck(this, FileLike); return this[kState].blobLike.size; }

  get type() { webidl.brandCheck(this, FileLike); return this[kState].blobLike.type; }

  get name() { webidl.brandCheck(this, FileLike); return this[kState].name; }

  get lastModified() { webidl.brandCheck(this, FileLike); return this[kState].lastModified; }

  get [Symbol.toStringTag]() { return 'File'; }
}

function makeEntry(name, value, filename) {
  if (typeof value !== 'string') {
    if (!isFileLike(value)) {
      value = isBlob(value) ?
        new File([value], 'blob', { type: value.type }) :
        new FileLike(value, 'blob', { type: value.type });
    }
    if (filename !== undefined) {
      const options = { type: value.type, lastModified: value.lastModified };
      value = value instanceof File ? new File([value], filename, options) : new FileLike(value, filename, options);
    }
  }
  return { name, value };
}

export class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw webidl.errors.conversionFailed({
        prefix: 'FormData constructor', argument: 'Argument 1', types: ['undefined'],
      });
    }
    this[kState] = [];
  }

  append(name, value, filename = undefined) {
    webidl.brandCheck(this, FormData);
    const prefix = 'FormData.append';
    webidl.argumentLengthCheck(arguments, 2, prefix);
    if (arguments.length === 3 && !isBlobLike(value)) {
      throw new TypeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    name = webidl.converters.USVString(name, prefix, 'name');
    value = isBlobLike(value) ? value : webidl.converters.USVString(value, prefix, 'value');
    filename = arguments.length === 3 ? webidl.converters.USVString(filename, prefix, 'filename') : undefined;
    this[kState].push(makeEntry(name, value, filename));
  }

  delete(name) {
    webidl.brandCheck(this, FormData);
    const prefix = 'FormData.delete';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    name = webidl.converters.USVString(name, prefix, 'name');
    this[kState] = this[kState].filter((entry) => entry.name !== name);
  }

  get(name) {
    webidl.brandCheck(this, FormData);
    const prefix = 'FormData.get';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    name = webidl.converters.USVString(name, prefix, 'name');
    const idx = this[kState].findIndex((entry) => entry.name === name);
    return idx === -1 ? null : this[kState][idx].value;
  }

  getAll(name) {
    webidl.brandCheck(this, FormData);
    const prefix = 'FormData.getAll';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    name = webidl.converters.USVString(name, prefix, 'name');
    return this[kState].filter((entry) => entry.name === name).map((entry) => entry.value);
  }

  has(name) {
    webidl.brandCheck(this, FormData);
    const prefix = 'FormData.has';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    name = webidl.converters.USVString(name, prefix, 'name');
    return this[kState].findIndex((entry) => entry.name === name) !== -1;
  }

  set(name, value, filename = undefined) {
    webidl.brandCheck(this, FormData);
    const prefix = 'FormData.set';
    webidl.argumentLengthCheck(arguments, 2, prefix);
    if (arguments.length === 3 && !isBlobLike(value)) {
      throw new TypeError("Failed to execute 'set' on 'FormData': parameter 2 is not of type 'Blob'");
    }
    name = webidl.converters.USVString(name, prefix, 'name');
    value = isBlobLike(value) ? value : webidl.converters.USVString(value, prefix, 'name');
    filename = arguments.length === 3 ? webidl.converters.USVString(filename, prefix, 'name') : undefined;
    const entry = makeEntry(name, value, filename);
    const idx = this[kState].findIndex((e) => e.name === name);
    if (idx !== -1) {
      this[kState] = [
        ...this[kState].slice(0, idx),
        entry,
        ...this[kState].slice(idx + 1).filter((e) => e.name !== name),
      ];
    } else {
      this[kState].push(entry);
    }
  }

  [kInspect](depth, options, inspect = defaultInspect) {
    const state = this[kState].reduce((a, b) => {
      if (a[b.name]) {
        if (Array.isArray(a[b.name])) a[b.name].push(b.value);
        else a[b.name] = [a[b.name], b.value];
      } else {
        a[b.name] = b.value;
      }
      return a;
    }, { __proto__: null });
    options.depth ??= depth;
    options.colors ??= true;
    const output = inspect(state, options);
    return `FormData ${output.slice(output.indexOf(']') + 2)}`;
  }
}

iteratorMixin('FormData', FormData, kState, 'name', 'value');
Object.defineProperties(FormData.prototype, {
  append: kEnumerableProperty,
  delete: kEnumerableProperty,
  get: kEnumerableProperty,
  getAll: kEnumerableProperty,
  has: kEnumerableProperty,
  set: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'FormData', configurable: true },
});

function isFormDataLike(object) {
  return object instanceof FormData || (object != null && typeof object === 'object' &&
    object[Symbol.toStringTag] === 'FormData' && typeof object.append === 'function' &&
    typeof object.delete === 'function' && typeof object.get === 'function' &&
    typeof object.getAll === 'function' && typeof object.has === 'function' &&
    typeof object.set === 'function' && typeof object.entries === 'function' &&
    typeof object.keys === 'function' && typeof object.values === 'function' &&
    typeof object.forEach === 'function');
}

// ---- multipart/form-data parsing (formdata-parser.js)

const encodeAscii = (s) => textEncoder.encode(s);
const formDataNameBuffer = encodeAscii('form-data; name="');
const filenameBuffer = encodeAscii('; filename');
const ddBuffer = encodeAscii('--');
const ddcrlfBuffer = encodeAscii('--\r\n');

function bytesEqualAt(buffer, start, position) {
  if (buffer.length < start.length) return false;
  for (let i = 0; i < start.length; i++) {
    if (start[i] !== buffer[position.position + i]) return false;
  }
  return true;
}

function bytesIndexOf(haystack, needle, from) {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function isAsciiString(chars) {
  for (let i = 0; i < chars.length; ++i) {
    if ((chars.charCodeAt(i) & ~127) !== 0) return false;
  }
  return true;
}

function collectBytes(condition, input, position) {
  let start = position.position;
  while (start < input.length && condition(input[start])) ++start;
  const out = input.subarray(position.position, start);
  position.position = start;
  return out;
}

function removeBytes(buf, leading, trailing, predicate) {
  let lead = 0;
  let trail = buf.length - 1;
  if (leading) while (lead < buf.length && predicate(buf[lead])) lead++;
  if (trailing) while (trail > 0 && predicate(buf[trail])) trail--;
  return lead === 0 && trail === buf.length - 1 ? buf : buf.subarray(lead, trail + 1);
}

function parseMultipartFormDataName(input, position) {
  let name = collectBytes((c) => c !== 10 && c !== 13 && c !== 34, input, position);
  if (input[position.position] !== 34) return null;
  position.position++;
  textDecoder ??= new TextDecoder();
  name = textDecoder.decode(name).replace(/%0A/ig, '\n').replace(/%0D/ig, '\r').replace(/%22/g, '"');
  return name;
}

function parseMultipartFormDataHeaders(input, position) {
  let name = null;
  let filename = null;
  let contentType = null;
  let encoding = null;
  for (;;) {
    if (input[position.position] === 13 && input[position.position + 1] === 10) {
      if (name === null) return 'failure';
      return { name, filename, contentType, encoding };
    }
    let headerName = collectBytes((c) => c !== 10 && c !== 13 && c !== 58, input, position);
    headerName = removeBytes(headerName, true, true, (c) => c === 9 || c === 32);
    if (!HTTP_TOKEN_CODEPOINTS.test(isomorphicDecode(headerName))) return 'failure';
    if (input[position.position] !== 58) return 'failure';
    position.position++;
    collectBytes((c) => c === 32 || c === 9, input, position);
    switch (isomorphicDecode(headerName).toLowerCase()) {
      case 'content-disposition': {
        name = null;
        filename = null;
        if (!bytesEqualAt(input, formDataNameBuffer, position)) return 'failure';
        position.position += 17;
        name = parseMultipartFormDataName(input, position);
        if (name === null) return 'failure';
        if (bytesEqualAt(input, filenameBuffer, position)) {
          let check = position.position + filenameBuffer.length;
          if (input[check] === 42) {
            position.position += 1;
            check += 1;
          }
          if (input[check] !== 61 || input[check + 1] !== 34) return 'failure';
          position.position += 12;
          filename = parseMultipartFormDataName(input, position);
          if (filename === null) return 'failure';
        }
        break;
      }
      case 'content-type': {
        let headerValue = collectBytes((c) => c !== 10 && c !== 13, input, position);
        headerValue = removeBytes(headerValue, false, true, (c) => c === 9 || c === 32);
        contentType = isomorphicDecode(headerValue);
        break;
      }
      case 'content-transfer-encoding': {
        let headerValue = collectBytes((c) => c !== 10 && c !== 13, input, position);
        headerValue = removeBytes(headerValue, false, true, (c) => c === 9 || c === 32);
        encoding = isomorphicDecode(headerValue);
        break;
      }
      default:
        collectBytes((c) => c !== 10 && c !== 13, input, position);
    }
    if (input[position.position] !== 13 && input[position.position + 1] !== 10) return 'failure';
    position.position += 2;
  }
}

function multipartFormDataParser(input, mimeType) {
  const boundaryString = mimeType.parameters.get('boundary');
  if (boundaryString === undefined) return 'failure';
  const boundary = textEncoder.encode(`--${boundaryString}`);
  const entryList = [];
  const position = { position: 0 };
  while (input[position.position] === 13 && input[position.position + 1] === 10) position.position += 2;
  let trailing = input.length;
  while (input[trailing - 1] === 10 && input[trailing - 2] === 13) trailing -= 2;
  if (trailing !== input.length) input = input.subarray(0, trailing);
  for (;;) {
    if (input.length >= position.position + boundary.length && bytesEqualAt(input, boundary, position)) {
      position.position += boundary.length;
    } else {
      return 'failure';
    }
    if ((position.position === input.length - 2 && bytesEqualAt(input, ddBuffer, position)) ||
        (position.position === input.length - 4 && bytesEqualAt(input, ddcrlfBuffer, position))) {
      return entryList;
    }
    if (input[position.position] !== 13 || input[position.position + 1] !== 10) return 'failure';
    position.position += 2;
    const result = parseMultipartFormDataHeaders(input, position);
    if (result === 'failure') return 'failure';
    let { contentType } = result;
    const { name, filename, encoding } = result;
    position.position += 2;
    let body;
    {
      const boundaryIndex = bytesIndexOf(input, boundary.subarray(2), position.position);
      if (boundaryIndex === -1) return 'failure';
      body = input.subarray(position.position, boundaryIndex - 4);
      position.position += body.length;
      if (encoding === 'base64') {
        const decoded = forgivingBase64(isomorphicDecode(body));
        body = decoded === 'failure' ? new Uint8Array(0) : decoded;
      }
    }
    if (input[position.position] !== 13 || input[position.position + 1] !== 10) return 'failure';
    position.position += 2;
    let value;
    if (filename !== null) {
      contentType ??= 'text/plain';
      if (!isAsciiString(contentType)) contentType = '';
      value = new File([body], filename, { type: contentType });
    } else {
      value = utf8DecodeBytes(new Uint8Array(body));
    }
    entryList.push(makeEntry(name, value, filename));
  }
}

// ===========================================================================
// Bodies (body.js)

function readableStreamClose(controller) {
  try {
    controller.close();
    controller.byobRequest?.respond(0);
  } catch (err) {
    if (!err.message.includes('Controller is already closed') &&
        !err.message.includes('ReadableStream is already closed')) {
      throw err;
    }
  }
}

function ReadableStreamFrom(iterable) {
  let iterator;
  return new ReadableStream({
    async start() {
      iterator = iterable[Symbol.asyncIterator]();
    },
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) {
        queueMicrotask(() => {
          controller.close();
          controller.byobRequest?.respond(0);
        });
      } else {
        const buf = typeof value === 'string' ? textEncoder.encode(value) :
          ArrayBuffer.isView(value) ? new Uint8Array(viewBuffer(value), viewByteOffset(value), viewByteLength(value)) :
            new Uint8Array(value);
        if (buf.byteLength) controller.enqueue(new Uint8Array(buf));
      }
      return controller.desiredSize > 0;
    },
    async cancel() {
      await iterator.return();
    },
    type: 'bytes',
  });
}

function isDisturbed(stream) {
  return isReadableStream(stream) && isReadableStreamDisturbed(stream);
}

function isErrored(stream) {
  return isReadableStream(stream) && readableStreamState(stream) === 'errored';
}

function isReadable(stream) {
  return isReadableStream(stream) && readableStreamState(stream) === 'readable';
}

function extractBody(object, keepalive = false) {
  let stream = null;
  let source = null;
  let length = null;
  let type = null;
  let action = null;

  if (isReadableStream(object)) {
    stream = object;
  } else if (isBlobLike(object)) {
    stream = object.stream();
  } else {
    stream = new ReadableStream({
      async pull(controller) {
        const buffer = typeof source === 'string' ? textEncoder.encode(source) : source;
        if (buffer.byteLength) controller.enqueue(buffer);
        queueMicrotask(() => readableStreamClose(controller));
      },
      start() {},
      type: 'bytes',
    });
  }

  if (typeof object === 'string') {
    source = object;
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = object.toString();
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isArrayBuffer(object)) {
    source = new Uint8Array(object.slice());
  } else if (ArrayBuffer.isView(object)) {
    const buffer = viewBuffer(object);
    const offset = viewByteOffset(object);
    source = new Uint8Array(buffer.slice(offset, offset + viewByteLength(object)));
  } else if (isFormDataLike(object)) {
    const boundary = `----formdata-undici-0${`${randomInt(1e11)}`.padStart(11, '0')}`;
    const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
    const escape = (str) => str.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
    const normalizeLinefeeds = (value) => value.replace(/\r?\n|\r/g, '\r\n');
    const blobParts = [];
    const rn = new Uint8Array([13, 10]);
    length = 0;
    let hasUnknownSizeValue = false;
    for (const [name, value] of object) {
      if (typeof value === 'string') {
        const chunk = textEncoder.encode(`${prefix}; name="${escape(normalizeLinefeeds(name))}"\r\n\r\n` +
          `${normalizeLinefeeds(value)}\r\n`);
        blobParts.push(chunk);
        length += chunk.byteLength;
      } else {
        const chunk = textEncoder.encode(`${prefix}; name="${escape(normalizeLinefeeds(name))}"` +
          `${value.name ? `; filename="${escape(value.name)}"` : ''}\r\n` +
          `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
        blobParts.push(chunk, value, rn);
        if (typeof value.size === 'number') length += chunk.byteLength + value.size + rn.byteLength;
        else hasUnknownSizeValue = true;
      }
    }
    const chunk = textEncoder.encode(`--${boundary}--\r\n`);
    blobParts.push(chunk);
    length += chunk.byteLength;
    if (hasUnknownSizeValue) length = null;
    source = object;
    action = async function* formDataParts() {
      for (const part of blobParts) {
        if (part.stream) yield* part.stream();
        else yield part;
      }
    };
    type = `multipart/form-data; boundary=${boundary}`;
  } else if (isBlobLike(object)) {
    source = object;
    length = object.size;
    if (object.type) type = object.type;
  } else if (typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    if (isDisturbed(object) || object.locked) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = isReadableStream(object) ? object : ReadableStreamFrom(object);
  }

  if (typeof source === 'string') length = textEncoder.encode(source).byteLength;
  else if (isUint8Array(source)) length = source.byteLength;

  if (action != null) {
    let iterator;
    stream = new ReadableStream({
      async start() {
        iterator = action(object)[Symbol.asyncIterator]();
      },
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) {
          queueMicrotask(() => {
            controller.close();
            controller.byobRequest?.respond(0);
          });
        } else if (!isErrored(stream)) {
          const buffer = new Uint8Array(value);
          if (buffer.byteLength) controller.enqueue(buffer);
        }
        return controller.desiredSize > 0;
      },
      async cancel() {
        await iterator.return();
      },
      type: 'bytes',
    });
  }
  return [{ stream, source, length }, type];
}

function safelyExtractBody(object, keepalive = false) {
  return extractBody(object, keepalive);
}

function cloneBody(body) {
  const [out1, out2] = body.stream.tee();
  body.stream = out1;
  return { stream: out2, length: body.length, source: body.source };
}

function bodyUnusable(object) {
  const { body } = object[kState];
  return body != null && (body.stream.locked || isDisturbed(body.stream));
}

async function readAllBytes(reader) {
  const bytes = [];
  let byteLength = 0;
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) {
      const out = new Uint8Array(byteLength);
      let o = 0;
      for (const b of bytes) {
        out.set(b, o);
        o += b.length;
      }
      return out;
    }
    if (!isUint8Array(chunk)) throw new TypeError('Received non-Uint8Array chunk');
    bytes.push(chunk);
    byteLength += chunk.length;
  }
}

async function fullyReadBody(body, processBody, processBodyError) {
  let reader;
  try {
    reader = body.stream.getReader();
  } catch (e) {
    processBodyError(e);
    return;
  }
  try {
    processBody(await readAllBytes(reader));
  } catch (e) {
    processBodyError(e);
  }
}

function bodyMimeType(requestOrResponse) {
  const mimeType = extractMimeType(requestOrResponse[kState].headersList);
  return mimeType === 'failure' ? null : mimeType;
}

async function consumeBody(object, convertBytesToJSValue, instance) {
  webidl.brandCheck(object, instance);
  if (bodyUnusable(object)) throw new TypeError('Body is unusable: Body has already been read');
  if (object[kState].aborted) throw new DOMException('The operation was aborted.', 'AbortError');
  const promise = createDeferred();
  const errorSteps = (error) => promise.reject(error);
  const successSteps = (data) => {
    try {
      promise.resolve(convertBytesToJSValue(data));
    } catch (e) {
      errorSteps(e);
    }
  };
  if (object[kState].body == null) {
    successSteps(new Uint8Array(0));
    return promise.promise;
  }
  await fullyReadBody(object[kState].body, successSteps, errorSteps);
  return promise.promise;
}

function bodyMixinMethods(instance) {
  return {
    blob() {
      return consumeBody(this, (bytes) => {
        let mimeType = bodyMimeType(this);
        if (mimeType === null) mimeType = '';
        else if (mimeType) mimeType = serializeAMimeType(mimeType);
        return new Blob([bytes], { type: mimeType });
      }, instance);
    },
    arrayBuffer() {
      return consumeBody(this, (bytes) => new Uint8Array(bytes).buffer, instance);
    },
    text() {
      return consumeBody(this, utf8DecodeBytes, instance);
    },
    json() {
      return consumeBody(this, (bytes) => JSON.parse(utf8DecodeBytes(bytes)), instance);
    },
    formData() {
      return consumeBody(this, (value) => {
        const mimeType = bodyMimeType(this);
        if (mimeType !== null) {
          switch (mimeType.essence) {
            case 'multipart/form-data': {
              const parsed = multipartFormDataParser(value, mimeType);
              if (parsed === 'failure') throw new TypeError('Failed to parse body as FormData.');
              const fd = new FormData();
              fd[kState] = parsed;
              return fd;
            }
            case 'application/x-www-form-urlencoded': {
              textDecoder ??= new TextDecoder();
              const entries = new URLSearchParams(textDecoder.decode(value));
              const fd = new FormData();
              for (const [name, v] of entries) fd.append(name, v);
              return fd;
            }
            default:
              break;
          }
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      }, instance);
    },
    bytes() {
      return consumeBody(this, (bytes) => new Uint8Array(bytes), instance);
    },
  };
}

function mixinBody(klass) {
  Object.assign(klass.prototype, bodyMixinMethods(klass));
}

webidl.converters.XMLHttpRequestBodyInit = (V, prefix, name) => {
  if (typeof V === 'string') return webidl.converters.USVString(V, prefix, name);
  if (isBlobLike(V)) return V;
  if (ArrayBuffer.isView(V) || isArrayBuffer(V)) return webidl.converters.BufferSource(V, prefix, name);
  if (isFormDataLike(V)) return V;
  if (V instanceof URLSearchParams) return V;
  return webidl.converters.DOMString(V, prefix, name);
};

webidl.converters.BodyInit = (V, prefix, argument) => {
  if (isReadableStream(V)) return V;
  if (V?.[Symbol.asyncIterator]) return V;
  return webidl.converters.XMLHttpRequestBodyInit(V, prefix, argument);
};

// ===========================================================================
// Response

function makeResponse(init) {
  return {
    aborted: false,
    rangeRequested: false,
    timingAllowPassed: false,
    requestIncludesCredentials: false,
    type: 'default',
    status: 200,
    timingInfo: null,
    cacheState: '',
    statusText: '',
    ...init,
    headersList: init?.headersList ? new HeadersList(init?.headersList) : new HeadersList(),
    urlList: init?.urlList ? [...init.urlList] : [],
  };
}

function isErrorLike(object) {
  return object instanceof Error ||
    (object?.constructor?.name === 'Error' || object?.constructor?.name === 'DOMException');
}

function makeNetworkError(reason) {
  const isError = isErrorLike(reason);
  return makeResponse({
    type: 'error',
    status: 0,
    // eslint-disable-next-line no-nested-ternary
    error: isError ? reason : new Error(reason ? String(reason) : reason),
    aborted: reason && reason.name === 'AbortError',
  });
}

function makeFilteredResponse(response, state) {
  state = { internalResponse: response, ...state };
  return new Proxy(response, {
    get(target, p) {
      return p in state ? state[p] : target[p];
    },
    set(target, p, value) {
      target[p] = value;
      return true;
    },
  });
}

function filterResponse(response, type) {
  if (type === 'basic') return makeFilteredResponse(response, { type: 'basic', headersList: response.headersList });
  if (type === 'cors') return makeFilteredResponse(response, { type: 'cors', headersList: response.headersList });
  if (type === 'opaque') {
    return makeFilteredResponse(response, {
      type: 'opaque', urlList: Object.freeze([]), status: 0, statusText: '', body: null,
    });
  }
  return makeFilteredResponse(response, {
    type: 'opaqueredirect', status: 0, statusText: '', headersList: [], body: null,
  });
}

function cloneResponse(response) {
  if (response.internalResponse) {
    return filterResponse(cloneResponse(response.internalResponse), response.type);
  }
  const newResponse = makeResponse({ ...response, body: null });
  if (response.body != null) newResponse.body = cloneBody(response.body);
  return newResponse;
}

function initializeResponse(response, init, body) {
  if (init.status !== null && (init.status < 200 || init.status > 599)) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if ('statusText' in init && init.statusText != null) {
    if (!isValidReasonPhrase(String(init.statusText))) throw new TypeError('Invalid statusText');
  }
  if ('status' in init && init.status != null) response[kState].status = init.status;
  if ('statusText' in init && init.statusText != null) response[kState].statusText = init.statusText;
  if ('headers' in init && init.headers != null) fill(response[kHeaders], init.headers);
  if (body) {
    if (nullBodyStatus.includes(response.status)) {
      throw webidl.errors.exception({
        header: 'Response constructor',
        message: `Invalid response status code ${response.status}`,
      });
    }
    response[kState].body = body.body;
    if (body.type != null && !response[kState].headersList.contains('content-type', true)) {
      response[kState].headersList.append('content-type', body.type, true);
    }
  }
}

export class Response {
  static error() {
    return fromInnerResponse(makeNetworkError(), 'immutable');
  }

  static json(data, init = {}) {
    webidl.argumentLengthCheck(arguments, 1, 'Response.json');
    if (init !== null) init = webidl.converters.ResponseInit(init);
    const result = JSON.stringify(data);
    if (result === undefined) throw new TypeError('Value is not JSON serializable');
    const bytes = textEncoder.encode(result);
    const body = extractBody(bytes);
    const responseObject = fromInnerResponse(makeResponse({}), 'response');
    initializeResponse(responseObject, init, { body: body[0], type: 'application/json' });
    return responseObject;
  }

  static redirect(url, status = 302) {
    webidl.argumentLengthCheck(arguments, 1, 'Response.redirect');
    url = webidl.converters.USVString(url);
    status = webidl.converters['unsigned short'](status);
    let parsedURL;
    try {
      parsedURL = new URL(url, getGlobalOrigin());
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    if (!redirectStatusSet.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const responseObject = fromInnerResponse(makeResponse({}), 'immutable');
    responseObject[kState].status = status;
    responseObject[kState].headersList.append('location', URLSerializer(parsedURL), true);
    return responseObject;
  }

  constructor(body = null, init = {}) {
    if (body === kConstruct) return;
    if (body !== null) body = webidl.converters.BodyInit(body);
    init = webidl.converters.ResponseInit(init);
    this[kState] = makeResponse({});
    this[kHeaders] = new Headers(kConstruct);
    setHeadersGuard(this[kHeaders], 'response');
    setHeadersList(this[kHeaders], this[kState].headersList);
    let bodyWithType = null;
    if (body != null) {
      const [extractedBody, type] = extractBody(body);
      bodyWithType = { body: extractedBody, type };
    }
    initializeResponse(this, init, bodyWithType);
  }

  get type() {
    webidl.brandCheck(this, Response);
    return this[kState].type;
  }

  get url() {
    webidl.brandCheck(this, Response);
    const { urlList } = this[kState];
    const url = urlList[urlList.length - 1] ?? null;
    return url === null ? '' : URLSerializer(url, true);
  }

  get redirected() {
    webidl.brandCheck(this, Response);
    return this[kState].urlList.length > 1;
  }

  get status() {
    webidl.brandCheck(this, Response);
    return this[kState].status;
  }

  get ok() {
    webidl.brandCheck(this, Response);
    return this[kState].status >= 200 && this[kState].status <= 299;
  }

  get statusText() {
    webidl.brandCheck(this, Response);
    return this[kState].statusText;
  }

  get headers() {
    webidl.brandCheck(this, Response);
    return this[kHeaders];
  }

  get body() {
    webidl.brandCheck(this, Response);
    return this[kState].body ? this[kState].body.stream : null;
  }

  get bodyUsed() {
    webidl.brandCheck(this, Response);
    return !!this[kState].body && isDisturbed(this[kState].body.stream);
  }

  clone() {
    webidl.brandCheck(this, Response);
    if (bodyUnusable(this)) {
      throw webidl.errors.exception({ header: 'Response.clone', message: 'Body has already been consumed.' });
    }
    const clonedResponse = cloneResponse(this[kState]);
    return fromInnerResponse(clonedResponse, getHeadersGuard(this[kHeaders]));
  }

  [kInspect](depth, options, inspect = defaultInspect) {
    if (options.depth === null) options.depth = 2;
    options.colors ??= true;
    const properties = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(properties, options)}`;
  }
}

mixinBody(Response);
Object.defineProperties(Response.prototype, {
  type: kEnumerableProperty,
  url: kEnumerableProperty,
  status: kEnumerableProperty,
  ok: kEnumerableProperty,
  redirected: kEnumerableProperty,
  statusText: kEnumerableProperty,
  headers: kEnumerableProperty,
  clone: kEnumerableProperty,
  body: kEnumerableProperty,
  bodyUsed: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'Response', configurable: true },
});
Object.defineProperties(Response, {
  json: kEnumerableProperty,
  redirect: kEnumerableProperty,
  error: kEnumerableProperty,
});

function fromInnerResponse(innerResponse, guard) {
  const response = new Response(kConstruct);
  response[kState] = innerResponse;
  response[kHeaders] = new Headers(kConstruct);
  setHeadersList(response[kHeaders], innerResponse.headersList);
  setHeadersGuard(response[kHeaders], guard);
  return response;
}

webidl.converters.ResponseInit = webidl.dictionaryConverter([
  { key: 'status', converter: webidl.converters['unsigned short'], defaultValue: () => 200 },
  { key: 'statusText', converter: webidl.converters.ByteString, defaultValue: () => '' },
  { key: 'headers', converter: webidl.converters.HeadersInit },
]);

// ===========================================================================
// Request

function addAbortListener(signal, listener) {
  if (signal.aborted) {
    queueMicrotask(() => listener());
    return () => {};
  }
  signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
  return () => signal.removeEventListener('abort', listener);
}

const dependentControllerMap = new WeakMap();

function buildAbort(acRef) {
  return function abort() {
    const ac = acRef.deref();
    if (ac !== undefined) {
      this.removeEventListener('abort', abort);
      ac.abort(this.reason);
      const controllerList = dependentControllerMap.get(ac.signal);
      if (controllerList !== undefined) {
        for (const ref of controllerList) ref.deref()?.abort(this.reason);
        controllerList.clear();
        dependentControllerMap.delete(ac.signal);
      }
    }
  };
}

let patchMethodWarning = false;

function makeRequest(init) {
  return {
    method: init.method ?? 'GET',
    localURLsOnly: init.localURLsOnly ?? false,
    unsafeRequest: init.unsafeRequest ?? false,
    body: init.body ?? null,
    client: init.client ?? null,
    reservedClient: init.reservedClient ?? null,
    replacesClientId: init.replacesClientId ?? '',
    window: init.window ?? 'client',
    keepalive: init.keepalive ?? false,
    serviceWorkers: init.serviceWorkers ?? 'all',
    initiator: init.initiator ?? '',
    destination: init.destination ?? '',
    priority: init.priority ?? null,
    origin: init.origin ?? 'client',
    policyContainer: init.policyContainer ?? 'client',
    referrer: init.referrer ?? 'client',
    referrerPolicy: init.referrerPolicy ?? '',
    mode: init.mode ?? 'no-cors',
    useCORSPreflightFlag: init.useCORSPreflightFlag ?? false,
    credentials: init.credentials ?? 'same-origin',
    useCredentials: init.useCredentials ?? false,
    cache: init.cache ?? 'default',
    redirect: init.redirect ?? 'follow',
    integrity: init.integrity ?? '',
    cryptoGraphicsNonceMetadata: init.cryptoGraphicsNonceMetadata ?? '',
    parserMetadata: init.parserMetadata ?? '',
    reloadNavigation: init.reloadNavigation ?? false,
    historyNavigation: init.historyNavigation ?? false,
    userActivation: init.userActivation ?? false,
    taintedOrigin: init.taintedOrigin ?? false,
    redirectCount: init.redirectCount ?? 0,
    responseTainting: init.responseTainting ?? 'basic',
    preventNoCacheCacheControlHeaderModification: init.preventNoCacheCacheControlHeaderModification ?? false,
    done: init.done ?? false,
    timingAllowFailed: init.timingAllowFailed ?? false,
    urlList: init.urlList,
    url: init.urlList[0],
    headersList: init.headersList ? new HeadersList(init.headersList) : new HeadersList(),
  };
}

function cloneRequest(request) {
  const newRequest = makeRequest({ ...request, body: null });
  if (request.body != null) newRequest.body = cloneBody(request.body);
  return newRequest;
}

export class Request {
  constructor(input, init = {}) {
    if (input === kConstruct) return;
    const prefix = 'Request constructor';
    webidl.argumentLengthCheck(arguments, 1, prefix);
    input = webidl.converters.RequestInfo(input, prefix, 'input');
    init = webidl.converters.RequestInit(init, prefix, 'init');

    let request = null;
    let fallbackMode = null;
    const baseUrl = getGlobalOrigin();
    let signal = null;

    if (typeof input === 'string') {
      let parsedURL;
      try {
        parsedURL = new URL(input, baseUrl);
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (parsedURL.username || parsedURL.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      request = makeRequest({ urlList: [parsedURL] });
      fallbackMode = 'cors';
    } else {
      request = input[kState];
      signal = input[kSignal];
    }

    const origin = baseUrl?.origin;
    let window = 'client';
    if (init.window != null) throw new TypeError(`'window' option '${window}' must be null`);
    if ('window' in init) window = 'no-window';

    request = makeRequest({
      method: request.method,
      headersList: request.headersList,
      unsafeRequest: request.unsafeRequest,
      client: null,
      window,
      priority: request.priority,
      origin: request.origin,
      referrer: request.referrer,
      referrerPolicy: request.referrerPolicy,
      mode: request.mode,
      credentials: request.credentials,
      cache: request.cache,
      redirect: request.redirect,
      integrity: request.integrity,
      keepalive: request.keepalive,
      reloadNavigation: request.reloadNavigation,
      historyNavigation: request.historyNavigation,
      urlList: [...request.urlList],
    });

    const initHasKey = Object.keys(init).length !== 0;
    if (initHasKey) {
      if (request.mode === 'navigate') request.mode = 'same-origin';
      request.reloadNavigation = false;
      request.historyNavigation = false;
      request.origin = 'client';
      request.referrer = 'client';
      request.referrerPolicy = '';
      request.url = request.urlList[request.urlList.length - 1];
      request.urlList = [request.url];
    }

    if (init.referrer !== undefined) {
      const { referrer } = init;
      if (referrer === '') {
        request.referrer = 'no-referrer';
      } else {
        let parsedReferrer;
        try {
          parsedReferrer = new URL(referrer, baseUrl);
        } catch (err) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: err });
        }
        if ((parsedReferrer.protocol === 'about:' && parsedReferrer.hostname === 'client') ||
            (origin && !sameOrigin(parsedReferrer, baseUrl))) {
          request.referrer = 'client';
        } else {
          request.referrer = parsedReferrer;
        }
      }
    }
    if (init.referrerPolicy !== undefined) request.referrerPolicy = init.referrerPolicy;

    const mode = init.mode !== undefined ? init.mode : fallbackMode;
    if (mode === 'navigate') {
      throw webidl.errors.exception({ header: 'Request constructor', message: 'invalid request mode navigate.' });
    }
    if (mode != null) request.mode = mode;
    if (init.credentials !== undefined) request.credentials = init.credentials;
    if (init.cache !== undefined) request.cache = init.cache;
    if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (init.redirect !== undefined) request.redirect = init.redirect;
    if (init.integrity != null) request.integrity = String(init.integrity);
    if (init.keepalive !== undefined) request.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) {
      let { method } = init;
      const mayBeNormalized = normalizedMethodRecords[method];
      if (mayBeNormalized !== undefined) {
        request.method = mayBeNormalized;
      } else {
        if (!isValidHTTPToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
        const upperCase = method.toUpperCase();
        if (forbiddenMethodsSet.has(upperCase)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
        method = normalizedMethodRecordsBase[upperCase] ?? method;
        request.method = method;
      }
      if (!patchMethodWarning && request.method === 'patch') {
        emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
          '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
        patchMethodWarning = true;
      }
    }
    if (init.signal !== undefined) signal = init.signal;

    this[kState] = request;
    const ac = new AbortController();
    this[kSignal] = ac.signal;
    if (signal != null) {
      if (!signal || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      if (signal.aborted) {
        ac.abort(signal.reason);
      } else {
        this[kAbortController] = ac;
        const acRef = new WeakRef(ac);
        addAbortListener(signal, buildAbort(acRef));
      }
    }

    this[kHeaders] = new Headers(kConstruct);
    setHeadersList(this[kHeaders], request.headersList);
    setHeadersGuard(this[kHeaders], 'request');
    if (mode === 'no-cors') {
      if (!corsSafeListedMethodsSet.has(request.method)) {
        throw new TypeError(`'${request.method} is unsupported in no-cors mode.`);
      }
      setHeadersGuard(this[kHeaders], 'request-no-cors');
    }
    if (initHasKey) {
      const headersList = getHeadersList(this[kHeaders]);
      const headers = init.headers !== undefined ? init.headers : new HeadersList(headersList);
      headersList.clear();
      if (headers instanceof HeadersList) {
        for (const { name, value } of headers.rawValues()) headersList.append(name, value, false);
        headersList.cookies = headers.cookies;
      } else {
        fill(this[kHeaders], headers);
      }
    }

    const inputBody = input instanceof Request ? input[kState].body : null;
    if ((init.body != null || inputBody != null) && (request.method === 'GET' || request.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (init.body != null) {
      const [extractedBody, contentType] = extractBody(init.body, request.keepalive);
      initBody = extractedBody;
      if (contentType && !getHeadersList(this[kHeaders]).contains('content-type', true)) {
        this[kHeaders].append('content-type', contentType);
      }
    }
    const inputOrInitBody = initBody ?? inputBody;
    if (inputOrInitBody != null && inputOrInitBody.source == null) {
      if (initBody != null && init.duplex == null) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (request.mode !== 'same-origin' && request.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
      request.useCORSPreflightFlag = true;
    }
    let finalBody = inputOrInitBody;
    if (initBody == null && inputBody != null) {
      if (bodyUnusable(input)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      const identityTransform = new TransformStream();
      inputBody.stream.pipeThrough(identityTransform);
      finalBody = { source: inputBody.source, length: inputBody.length, stream: identityTransform.readable };
    }
    this[kState].body = finalBody;
  }

  get method() { webidl.brandCheck(this, Request); return this[kState].method; }

  get url() { webidl.brandCheck(this, Request); return URLSerializer(this[kState].url); }

  get headers() { webidl.brandCheck(this, Request); return this[kHeaders]; }

  get destination() { webidl.brandCheck(this, Request); return this[kState].destination; }

  get referrer() {
    webidl.brandCheck(this, Request);
    if (this[kState].referrer === 'no-referrer') return '';
    if (this[kState].referrer === 'client') return 'about:client';
    return this[kState].referrer.toString();
  }

  get referrerPolicy() { webidl.brandCheck(this, Request); return this[kState].referrerPolicy; }

  get mode() { webidl.brandCheck(this, Request); return this[kState].mode; }

  get credentials() { return this[kState].credentials; }

  get cache() { webidl.brandCheck(this, Request); return this[kState].cache; }

  get redirect() { webidl.brandCheck(this, Request); return this[kState].redirect; }

  get integrity() { webidl.brandCheck(this, Request); return this[kState].integrity; }

  get keepalive() { webidl.brandCheck(this, Request); return this[kState].keepalive; }

  get isReloadNavigation() { webidl.brandCheck(this, Request); return this[kState].reloadNavigation; }

  get isHistoryNavigation() { webidl.brandCheck(this, Request); return this[kState].historyNavigation; }

  get signal() { webidl.brandCheck(this, Request); return this[kSignal]; }

  get body() {
    webidl.brandCheck(this, Request);
    return this[kState].body ? this[kState].body.stream : null;
  }

  get bodyUsed() {
    webidl.brandCheck(this, Request);
    return !!this[kState].body && isDisturbed(this[kState].body.stream);
  }

  get duplex() { webidl.brandCheck(this, Request); return 'half'; }

  clone() {
    webidl.brandCheck(this, Request);
    if (bodyUnusable(this)) throw new TypeError('unusable');
    const clonedRequest = cloneRequest(this[kState]);
    const ac = new AbortController();
    if (this.signal.aborted) {
      ac.abort(this.signal.reason);
    } else {
      let list = dependentControllerMap.get(this.signal);
      if (list === undefined) {
        list = new Set();
        dependentControllerMap.set(this.signal, list);
      }
      const acRef = new WeakRef(ac);
      list.add(acRef);
      addAbortListener(ac.signal, buildAbort(acRef));
    }
    return fromInnerRequest(clonedRequest, ac.signal, getHeadersGuard(this[kHeaders]));
  }

  [kInspect](depth, options, inspect = defaultInspect) {
    if (options.depth === null) options.depth = 2;
    options.colors ??= true;
    const properties = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(properties, options)}`;
  }
}

mixinBody(Request);

function fromInnerRequest(innerRequest, signal, guard) {
  const request = new Request(kConstruct);
  request[kState] = innerRequest;
  request[kSignal] = signal;
  request[kHeaders] = new Headers(kConstruct);
  setHeadersList(request[kHeaders], innerRequest.headersList);
  setHeadersGuard(request[kHeaders], guard);
  return request;
}

Object.defineProperties(Request.prototype, {
  method: kEnumerableProperty,
  url: kEnumerableProperty,
  headers: kEnumerableProperty,
  redirect: kEnumerableProperty,
  clone: kEnumerableProperty,
  signal: kEnumerableProperty,
  duplex: kEnumerableProperty,
  destination: kEnumerableProperty,
  body: kEnumerableProperty,
  bodyUsed: kEnumerableProperty,
  isHistoryNavigation: kEnumerableProperty,
  isReloadNavigation: kEnumerableProperty,
  keepalive: kEnumerableProperty,
  integrity: kEnumerableProperty,
  cache: kEnumerableProperty,
  credentials: kEnumerableProperty,
  attribute: kEnumerableProperty,
  referrerPolicy: kEnumerableProperty,
  referrer: kEnumerableProperty,
  mode: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'Request', configurable: true },
});

webidl.converters.RequestInfo = (V, prefix, argument) => {
  if (typeof V === 'string') return webidl.converters.USVString(V, prefix, argument);
  if (V instanceof Request) return V;
  return webidl.converters.USVString(V, prefix, argument);
};

webidl.converters.RequestInit = webidl.dictionaryConverter([
  { key: 'method', converter: webidl.converters.ByteString },
  { key: 'headers', converter: webidl.converters.HeadersInit },
  { key: 'body', converter: webidl.nullableConverter(webidl.converters.BodyInit) },
  { key: 'referrer', converter: webidl.converters.USVString },
  { key: 'referrerPolicy', converter: webidl.converters.DOMString, allowedValues: referrerPolicy },
  { key: 'mode', converter: webidl.converters.DOMString, allowedValues: requestMode },
  { key: 'credentials', converter: webidl.converters.DOMString, allowedValues: requestCredentials },
  { key: 'cache', converter: webidl.converters.DOMString, allowedValues: requestCache },
  { key: 'redirect', converter: webidl.converters.DOMString, allowedValues: requestRedirect },
  { key: 'integrity', converter: webidl.converters.DOMString },
  { key: 'keepalive', converter: webidl.converters.boolean },
  { key: 'signal', converter: webidl.nullableConverter((signal) => signal) },
  { key: 'window', converter: webidl.converters.any },
  { key: 'duplex', converter: webidl.converters.DOMString, allowedValues: requestDuplex },
  { key: 'dispatcher', converter: webidl.converters.any },
]);

// ===========================================================================
// fetch()

function defaultTransport(request) {
  const err = makeNodeError(Error, 'ERR_ACCESS_DENIED',
    `Network access is not available in this runtime: fetch ${request.method} ${request.url} was refused`);
  return Promise.reject(err);
}

let fetchTransport = defaultTransport;

// Plugs in the network: fn(request) -> Promise<response> (see the top of
// this file); null restores the default, which refuses.
export function setFetchTransport(fn) {
  if (fn !== null && typeof fn !== 'function') throw new TypeError('setFetchTransport expects a function or null');
  fetchTransport = fn ?? defaultTransport;
}

function requestCurrentURL(request) {
  return request.urlList[request.urlList.length - 1];
}

function urlIsHttpHttpsScheme(url) {
  const { protocol } = url;
  return protocol === 'http:' || protocol === 'https:';
}

function abortFetch(p, request, responseObject, error) {
  if (p) p.reject(error);
  if (request.body != null && isReadable(request.body?.stream)) {
    request.body.stream.cancel(error).catch((err) => {
      if (err.code === 'ERR_INVALID_STATE') return;
      throw err;
    });
  }
  if (responseObject == null) return;
  const response = responseObject[kState];
  if (response.body != null && isReadable(response.body?.stream)) {
    response.body.stream.cancel(error).catch((err) => {
      if (err.code === 'ERR_INVALID_STATE') return;
      throw err;
    });
  }
}

function blobSchemeFetch(request) {
  const blobURLEntry = requestCurrentURL(request);
  if (blobURLEntry.search.length !== 0) return makeNetworkError('NetworkError when attempting to fetch resource.');
  const blob = resolveObjectURL(blobURLEntry.toString());
  if (request.method !== 'GET' || !isBlobLike(blob)) return makeNetworkError('invalid method');
  const response = makeResponse();
  const fullLength = blob.size;
  const { type } = blob;
  if (request.headersList.contains('range', true)) {
    // Ranged blob: fetches are not supported here.
    return makeNetworkError('failed to fetch the data URL');
  }
  const bodyWithType = extractBody(blob);
  response.statusText = 'OK';
  response.body = bodyWithType[0];
  response.headersList.set('content-length', `${fullLength}`, true);
  response.headersList.set('content-type', type, true);
  return response;
}

function dataSchemeFetch(request) {
  const dataURLStruct = dataURLProcessor(requestCurrentURL(request));
  if (dataURLStruct === 'failure') return makeNetworkError('failed to fetch the data URL');
  const mimeType = serializeAMimeType(dataURLStruct.mimeType);
  return makeResponse({
    statusText: 'OK',
    headersList: [['content-type', { name: 'Content-Type', value: mimeType }]],
    body: safelyExtractBody(dataURLStruct.body)[0],
  });
}

function toBodyStream(body) {
  if (body == null) return null;
  if (isReadableStream(body)) return body;
  if (typeof body === 'string' || ArrayBuffer.isView(body) || isArrayBuffer(body)) return extractBody(body)[0].stream;
  if (typeof body[Symbol.asyncIterator] === 'function') return ReadableStreamFrom(body);
  throw new TypeError('fetch transport returned an unsupported body');
}

function decodeContentEncoding(stream, headersList) {
  const codings = (headersList.get('content-encoding', true) ?? '')
    .toLowerCase().split(',').map((x) => x.trim()).filter(Boolean);
  if (codings.length === 0 || codings.length > 5) return stream;
  for (let i = codings.length - 1; i >= 0; --i) {
    const coding = codings[i];
    if (coding === 'x-gzip' || coding === 'gzip') stream = stream.pipeThrough(new DecompressionStream('gzip'));
    else if (coding === 'deflate') stream = stream.pipeThrough(new DecompressionStream('deflate'));
    else return stream;
  }
  return stream;
}

async function httpNetworkFetch(request, controller) {
  const headers = [];
  const list = new HeadersList(request.headersList);
  if (request.body != null && request.body.length != null && !list.contains('content-length', true)) {
    list.append('content-length', `${request.body.length}`, true);
  }
  if (!list.contains('user-agent', true)) list.append('user-agent', 'node', true);
  if (!list.contains('accept-encoding', true)) list.append('accept-encoding', 'gzip, deflate', true);
  if (!list.contains('sec-fetch-mode', true)) list.append('sec-fetch-mode', request.mode, true);
  for (const entry of list.entriesList) headers.push(entry);
  const result = await fetchTransport({
    url: URLSerializer(requestCurrentURL(request), true),
    method: request.method,
    headers,
    body: request.body ? request.body.stream : null,
    signal: controller.signal,
    redirect: request.redirect,
    keepalive: request.keepalive,
  });
  if (result === null || typeof result !== 'object') throw new TypeError('fetch transport returned no response');
  const headersList = new HeadersList();
  for (const [name, value] of result.headers ?? []) headersList.append(`${name}`, `${value}`, false);
  const status = Number(result.status) || 0;
  const response = makeResponse({
    status,
    statusText: result.statusText ?? '',
    headersList,
  });
  let stream = toBodyStream(result.body);
  if (stream !== null && request.method !== 'HEAD' && request.method !== 'CONNECT' &&
      !nullBodyStatus.includes(status)) {
    stream = decodeContentEncoding(stream, headersList);
    response.body = { stream, source: null, length: null };
  } else if (stream !== null) {
    stream.cancel().catch(() => {});
  }
  return response;
}

async function httpFetch(request, controller) {
  for (;;) {
    const response = await httpNetworkFetch(request, controller);
    if (!redirectStatusSet.has(response.status) || request.redirect === 'manual') return response;
    const location = response.headersList.get('location', true);
    if (location === null) return response;
    if (request.redirect === 'error') return makeNetworkError('unexpected redirect');
    let locationURL;
    try {
      locationURL = new URL(location, requestCurrentURL(request));
    } catch (err) {
      return makeNetworkError(err);
    }
    if (!urlIsHttpHttpsScheme(locationURL)) return makeNetworkError('URL scheme must be a HTTP(S) scheme');
    if (request.redirectCount === 20) return makeNetworkError('redirect count exceeded');
    request.redirectCount += 1;
    response.body?.stream.cancel().catch(() => {});
    if (request.body != null && request.body.source == null && response.status !== 303) {
      return makeNetworkError();
    }
    if (((response.status === 301 || response.status === 302) && request.method === 'POST') ||
        (response.status === 303 && !['GET', 'HEAD'].includes(request.method))) {
      request.method = 'GET';
      request.body = null;
      for (const headerName of requestBodyHeader) request.headersList.delete(headerName, true);
    }
    if (!sameOrigin(requestCurrentURL(request), locationURL)) {
      request.headersList.delete('authorization', true);
      request.headersList.delete('proxy-authorization', true);
      request.headersList.delete('cookie', true);
      request.headersList.delete('host', true);
    }
    if (request.body != null) request.body = safelyExtractBody(request.body.source)[0];
    request.urlList.push(locationURL);
  }
}

async function mainFetch(request, controller) {
  const currentURL = requestCurrentURL(request);
  if (urlIsHttpHttpsScheme(currentURL) && badPortsSet.has(currentURL.port)) return makeNetworkError('bad port');
  if (request.mode === 'same-origin' && !sameOrigin(currentURL, request.url)) {
    return makeNetworkError('request mode cannot be "same-origin"');
  }
  let response;
  switch (currentURL.protocol) {
    case 'about:':
      return makeNetworkError('about scheme is not supported');
    case 'blob:':
      response = blobSchemeFetch(request);
      break;
    case 'data:':
      response = dataSchemeFetch(request);
      break;
    case 'file:':
      return makeNetworkError('not implemented... yet...');
    case 'http:':
    case 'https:':
      try {
        response = await httpFetch(request, controller);
      } catch (err) {
        return makeNetworkError(err);
      }
      break;
    default:
      return makeNetworkError('unknown scheme');
  }
  if (response.status === 0) return response;
  response = filterResponse(response, 'basic');
  const internalResponse = response.internalResponse;
  if (internalResponse.urlList.length === 0) internalResponse.urlList.push(...request.urlList);
  if (request.method === 'HEAD' || request.method === 'CONNECT' || nullBodyStatus.includes(internalResponse.status)) {
    internalResponse.body = null;
  }
  return response;
}

function fetchImpl(input, init = undefined) {
  webidl.argumentLengthCheck(arguments, 1, 'globalThis.fetch');
  let p = createDeferred();
  let requestObject;
  try {
    requestObject = new Request(input, init);
  } catch (e) {
    p.reject(e);
    return p.promise;
  }
  const request = requestObject[kState];
  if (requestObject.signal.aborted) {
    abortFetch(p, request, null, requestObject.signal.reason);
    return p.promise;
  }
  let responseObject = null;
  let locallyAborted = false;
  const controller = new AbortController();
  addAbortListener(requestObject.signal, () => {
    locallyAborted = true;
    controller.abort(requestObject.signal.reason);
    const realResponse = responseObject?.deref();
    abortFetch(p, request, realResponse, requestObject.signal.reason);
  });
  if (!request.headersList.contains('accept', true)) request.headersList.append('accept', '*/*', true);
  if (!request.headersList.contains('accept-language', true)) request.headersList.append('accept-language', '*', true);

  mainFetch(request, controller.signal).then((response) => {
    queueMicrotask(() => {
      if (locallyAborted || p === null) return;
      if (response.type === 'error') {
        p.reject(new TypeError('fetch failed', { cause: response.error }));
        return;
      }
      responseObject = new WeakRef(fromInnerResponse(response, 'immutable'));
      p.resolve(responseObject.deref());
      p = null;
    });
  }, (err) => {
    if (p !== null && !locallyAborted) p.reject(new TypeError('fetch failed', { cause: err }));
  });
  return p.promise;
}

// The global: like Node's, a wrapper that always passes both arguments,
// so fetch() rejects with "Failed to parse URL from undefined".
export function fetch(input, init = undefined) {
  return fetchImpl(input, init);
}

export {
  webidl as fetchWebidl, kState as kFetchState, isBlobLike, extractBody, makeNetworkError,
  Blob, File, AbortSignal,
};

setNames({ Headers, HeadersList, Response, Request, FormData, FileLike });
