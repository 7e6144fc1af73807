// atob / btoa for the secexec guest bootstrap (HTML "forgiving-base64"),
// with Node 22's argument handling and error messages.
//
// Node 22 decodes with simdutf, which reports failures in a fixed order; the
// checks in atob below follow that order so the DOMException message matches:
//   1. a character outside the base64 alphabet / ASCII whitespace, or data
//      after '=' padding                        -> "Invalid character"
//   2. more than two '=' padding characters      -> "Invalid character"
//   3. the data length modulo 4 is 1            -> "The string to be decoded
//                                                   is not correctly encoded."
//   4. padding that does not complete a quantum -> "Invalid character"

import { DOMException } from './dom-exception.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

const kWhitespace = -2;
const kPad = -3;
DECODE[0x09] = kWhitespace;
DECODE[0x0A] = kWhitespace;
DECODE[0x0C] = kWhitespace;
DECODE[0x0D] = kWhitespace;
DECODE[0x20] = kWhitespace;
DECODE[0x3D] = kPad;

// Same shape as Node's internal NodeError for ERR_MISSING_ARGS.
class NodeTypeError extends TypeError {
  constructor(code, message) {
    super(message);
    this.code = code;
    const stack = this.stack;
    if (typeof stack === 'string' && stack.startsWith('TypeError: ')) {
      this.stack = `TypeError [${code}]: ${stack.slice(11)}`;
    }
  }
  get ['constructor']() { return TypeError; }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}

function missingArgs() {
  return new NodeTypeError('ERR_MISSING_ARGS', 'The "input" argument must be specified');
}

function invalidCharacter() {
  return new DOMException('Invalid character', 'InvalidCharacterError');
}

// Builds a string from the first n char codes of a typed array, in bounded
// chunks (Function.prototype.apply has an argument limit).
function fromCodes(codes, n) {
  const CHUNK = 0x2000;
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n));
  let s = '';
  for (let i = 0; i < n; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, n)));
  }
  return s;
}

export function atob(input) {
  if (arguments.length === 0) throw missingArgs();
  const str = `${input}`;
  const len = str.length;

  // Pass 1: validate and collect the 6-bit values.
  const values = new Uint8Array(len);
  let n = 0;
  let pad = 0;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    const v = c < 256 ? DECODE[c] : -1;
    if (v >= 0) {
      if (pad > 0) throw invalidCharacter();
      values[n++] = v;
    } else if (v === kPad) {
      pad++;
    } else if (v !== kWhitespace) {
      throw invalidCharacter();
    }
  }
  if (pad > 2) throw invalidCharacter();
  if (n % 4 === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  if (pad > 0 && (n + pad) % 4 !== 0) throw invalidCharacter();

  // Pass 2: decode.
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const bits = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3];
    out[o++] = bits >> 16;
    out[o++] = (bits >> 8) & 0xFF;
    out[o++] = bits & 0xFF;
  }
  const rest = n - i;
  if (rest === 2) {
    out[o++] = ((values[i] << 2) | (values[i + 1] >> 4)) & 0xFF;
  } else if (rest === 3) {
    const bits = (values[i] << 10) | (values[i + 1] << 4) | (values[i + 2] >> 2);
    out[o++] = (bits >> 8) & 0xFF;
    out[o++] = bits & 0xFF;
  }
  return fromCodes(out, o);
}

export function btoa(input) {
  if (arguments.length === 0) throw missingArgs();
  const str = `${input}`;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    if (str.charCodeAt(i) > 0xFF) throw invalidCharacter();
  }
  let out = '';
  let i = 0;
  for (; i + 3 <= len; i += 3) {
    const bits = (str.charCodeAt(i) << 16) | (str.charCodeAt(i + 1) << 8) | str.charCodeAt(i + 2);
    out += ALPHABET[bits >> 18] + ALPHABET[(bits >> 12) & 63] +
      ALPHABET[(bits >> 6) & 63] + ALPHABET[bits & 63];
  }
  const rest = len - i;
  if (rest === 1) {
    const bits = str.charCodeAt(i) << 16;
    out += `${ALPHABET[bits >> 18]}${ALPHABET[(bits >> 12) & 63]}==`;
  } else if (rest === 2) {
    const bits = (str.charCodeAt(i) << 16) | (str.charCodeAt(i + 1) << 8);
    out += `${ALPHABET[bits >> 18]}${ALPHABET[(bits >> 12) & 63]}${ALPHABET[(bits >> 6) & 63]}=`;
  }
  return out;
}
