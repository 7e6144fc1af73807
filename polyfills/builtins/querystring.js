// node:querystring — Node's algorithms: parse() returns a null-prototype
// object, escape/unescape/unescapeBuffer are exported and overridable (as
// in Node, stringify/parse use the module's current escape/unescape).
import bufferModule from './buffer.js';
import { makeNodeError } from './internal/validators.js';

const { Buffer } = bufferModule;

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw makeNodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }
}

const hexValue = (c) => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
};

function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let index = 0;
  let outIndex = 0;
  let currentChar;
  let nextChar;
  let hexHigh;
  let hexLow;
  const maxLength = s.length - 2;
  let hasHex = false;
  while (index < s.length) {
    currentChar = s.charCodeAt(index);
    if (currentChar === 43 /* '+' */ && decodeSpaces) {
      out[outIndex++] = 32;
      index++;
      continue;
    }
    if (currentChar === 37 /* '%' */ && index < maxLength) {
      currentChar = s.charCodeAt(++index);
      hexHigh = hexValue(currentChar);
      if (!(hexHigh >= 0)) {
        out[outIndex++] = 37;
        continue;
      } else {
        nextChar = s.charCodeAt(++index);
        hexLow = hexValue(nextChar);
        if (!(hexLow >= 0)) {
          out[outIndex++] = 37;
          index--;
        } else {
          hasHex = true;
          currentChar = hexHigh * 16 + hexLow;
        }
      }
    }
    out[outIndex++] = currentChar;
    index++;
  }
  void hasHex;
  return out.slice(0, outIndex);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return querystring.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj !== null && typeof obj === 'object') {
    const keys = Object.keys(obj);
    const len = keys.length;
    let fields = '';
    for (let i = 0; i < len; ++i) {
      const k = keys[i];
      const v = obj[k];
      let ks = encode(stringifyPrimitive(k));
      ks += eq;
      if (Array.isArray(v)) {
        const vlen = v.length;
        if (vlen === 0) continue;
        if (fields) fields += sep;
        for (let j = 0; j < vlen; ++j) {
          if (j) fields += sep;
          fields += ks;
          fields += encode(stringifyPrimitive(v[j]));
        }
      } else {
        if (fields) fields += sep;
        fields += ks;
        fields += encode(stringifyPrimitive(v));
      }
    }
    return fields;
  }
  return '';
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  let decode = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const decodeStr = (s) => {
    if (!/[%+]/.test(s)) return s;
    const plus = s.replace(/\+/g, ' ');
    try {
      return decode(plus, true);
    } catch {
      return querystring.unescape(plus, true);
    }
  };
  const segments = qs.split(sep);
  for (let i = 0; i < segments.length && pairs > 0; i++) {
    const seg = segments[i];
    if (seg.length === 0) continue;
    const idx = seg.indexOf(eq);
    const rawKey = idx >= 0 ? seg.slice(0, idx) : seg;
    const rawValue = idx >= 0 ? seg.slice(idx + eq.length) : '';
    if (rawKey.length === 0 && rawValue.length === 0) continue;
    pairs--;
    const key = decodeStr(rawKey);
    const value = decodeStr(rawValue);
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  }
  return obj;
}

const querystring = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

export default querystring;
