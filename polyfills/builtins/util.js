// node:util — Node 22's surface.  inspect/format/formatWithOptions/
// stripVTControlCharacters are the bootstrap's faithful ones; `types` calls
// V8's predicates through the binding; isDeepStrictEqual is the assert
// package's comparison (with our types); the `util` package provides only
// what it matches Node in (inherits' shape, _extend); everything else —
// promisify/callbackify/deprecate/debuglog, parseArgs, parseEnv, styleText,
// MIMEType/MIMEParams, getSystemError*, getCallSites, diff — follows Node 22.
import utilPkg from './internal/util-pkg.js';
import comparisons from 'assert/build/internal/util/comparisons.js';
import { inspect, format, formatWithOptions, stripVTControlCharacters } from '../bootstrap/inspect.js';
import { TextEncoder, TextDecoder } from '../bootstrap/encoding.js';
import { aborted, AbortController, AbortSignal } from '../bootstrap/event-target.js';
import bufferModule from './buffer.js';
import types from './util__types.js';
import { uvErrorMap } from './internal/uv-errors.js';
import {
  invalidArgType, invalidArgValue, makeNodeError, outOfRange, validateArray, validateBoolean,
  validateFunction, validateNumber, validateObject, validateString,
} from './internal/validators.js';

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

// ---------------------------------------------------------------------------
// promisify / callbackify

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
        return undefined;
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    Object.setPrototypeOf(propertiesValues[i], null);
  }
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => globalThis.process.nextTick(cb, null, ret),
      (rej) => globalThis.process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) Object.setPrototypeOf(propertiesValues[i], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// deprecate / debuglog

const codesWarned = new Set();

function deprecate(fn, msg, code, useEmitSync) { // eslint-disable-line no-unused-vars
  if (code !== undefined) validateString(code, 'code');
  const proc = globalThis.process;
  if (proc && proc.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    const p = globalThis.process;
    if (!warned && !(p && p.noDeprecation === true)) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          p.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        p.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

let debugImpls;
let testEnabled;

function initializeDebugEnv() {
  debugImpls = { __proto__: null };
  const debugEnv = globalThis.process?.env?.NODE_DEBUG;
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
    const debugEnvRegex = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (str) => debugEnvRegex.test(str);
  } else {
    testEnabled = () => false;
  }
}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = globalThis.process.pid;
      debugImpls[set] = function debug(...args) {
        const msg = formatWithOptions({ colors: false }, ...args);
        globalThis.process.stderr.write(`${set} ${pid}: ${msg}\n`);
      };
    } else {
      debugImpls[set] = () => {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  function init() {
    if (debugImpls === undefined) initializeDebugEnv();
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    switch (args.length) {
      case 1: return debug(args[0]);
      case 2: return debug(args[0], args[1]);
      default: return debug(...args);
    }
  };
  let enabled;
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => {
    switch (args.length) {
      case 1: return debug(args[0]);
      case 2: return debug(args[0], args[1]);
      default: return debug(...args);
    }
  };
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); }, configurable: true, enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// inherits / _extend / legacy predicates / log

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

function log(...args) {
  globalThis.console.log('%s - %s', timestamp(), format(...args));
}

const isPrimitive = (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function');

// ---------------------------------------------------------------------------
// System errors

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw outOfRange('err', 'a negative integer', err);
  const entry = uvErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw outOfRange('err', 'a negative integer', err);
  const entry = uvErrorMap().get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(uvErrorMap());
}

function _errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// ---------------------------------------------------------------------------
// Call sites

function getCallSites(frameCount = 10, options = undefined) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) validateObject(options, 'options');
  validateNumber(frameCount, 'frameCount', 1, 200);
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.stackTraceLimit = frameCount + 1;
    Error.prepareStackTrace = (_, s) => s;
    const holder = {};
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return [];
  return sites.slice(0, frameCount).map((s) => ({
    functionName: s.getFunctionName() ?? '',
    scriptId: String(s.getScriptId?.() ?? 0),
    scriptName: s.getFileName() ?? '',
    scriptNameOrSourceURL: s.getScriptNameOrSourceURL?.() ?? s.getFileName() ?? '',
    lineNumber: s.getLineNumber() ?? 0,
    columnNumber: s.getColumnNumber() ?? 0,
    column: s.getColumnNumber() ?? 0,
  }));
}

const getCallSite = deprecateLater(getCallSites, 'The `util.getCallSite` API has been renamed to `util.getCallSites()`.', 'ExperimentalWarning');
function deprecateLater(fn, msg, type) {
  let warned = false;
  return function getCallSite(...args) {
    if (!warned) {
      warned = true;
      globalThis.process?.emitWarning(msg, type);
    }
    return Reflect.apply(fn, this, args);
  };
}

// ---------------------------------------------------------------------------
// styleText

function shouldColorize(stream) {
  const env = globalThis.process?.env ?? {};
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return Boolean(stream?.isTTY) && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function styleText(format, text, { validateStream = true, stream = globalThis.process?.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize;
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.on !== 'function' && typeof stream.getReader !== 'function')) {
      throw invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formatArray = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formatArray) {
    if (key === 'none') continue;
    const style = inspect.colors[key];
    if (style === undefined) {
      throw invalidArgValue('format', key, `must be one of: ${Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ')}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${style[0]}m`;
    right = `\u001b[${style[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// ---------------------------------------------------------------------------
// MIMEType / MIMEParams (WHATWG MIME type parsing, as lib/internal/mime.js)

const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/;

function mimeSyntax(production, str, invalidIndex) {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return makeNodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX', `The MIME syntax for a ${production} in "${str}" is invalid${msg}`);
}

const searchIndex = (str, re) => {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
};

function toASCIILower(str) {
  return str.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function parseTypeAndSubtype(str) {
  let position = searchIndex(str, /[^\r\n\t ]|$/);
  const typeEnd = str.indexOf('/', position);
  const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidTypeIndex = searchIndex(trimmedType, NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
    throw mimeSyntax('type', str, invalidTypeIndex);
  }
  position = typeEnd + 1;
  const type = toASCIILower(trimmedType);
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const trimmedSubtype = rawSubtype.slice(0, searchIndex(rawSubtype, /[\r\n\t ]*$/));
  const invalidSubtypeIndex = searchIndex(trimmedSubtype, NOT_HTTP_TOKEN_CODE_POINT);
  if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
    throw mimeSyntax('subtype', str, invalidSubtypeIndex);
  }
  return { type, subtype: toASCIILower(trimmedSubtype), parametersStringIndex: position };
}

function encodeParamValue(value) {
  if (value.length === 0) return '""';
  if (searchIndex(value, NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const kMimeParamsData = Symbol('data');

class MIMEParams {
  constructor() {
    this[kMimeParamsData] = new Map();
  }

  delete(name) {
    this[kMimeParamsData].delete(name);
  }

  get(name) {
    const data = this[kMimeParamsData];
    if (data.has(name)) return data.get(name);
    return null;
  }

  has(name) {
    return this[kMimeParamsData].has(name);
  }

  set(name, value) {
    const data = this[kMimeParamsData];
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = searchIndex(name, NOT_HTTP_TOKEN_CODE_POINT);
    if (name.length === 0 || invalidNameIndex !== -1) throw mimeSyntax('parameter name', name, invalidNameIndex);
    const invalidValueIndex = searchIndex(value, NOT_HTTP_QUOTED_STRING_CODE_POINT);
    if (invalidValueIndex !== -1) throw mimeSyntax('parameter value', value, invalidValueIndex);
    data.set(name, value);
  }

  * entries() {
    yield* this[kMimeParamsData].entries();
  }

  * keys() {
    yield* this[kMimeParamsData].keys();
  }

  * values() {
    yield* this[kMimeParamsData].values();
  }

  toString() {
    let ret = '';
    for (const { 0: key, 1: value } of this[kMimeParamsData]) {
      const encoded = encodeParamValue(value);
      if (ret.length) ret += ';';
      ret += `${key}=${encoded}`;
    }
    return ret;
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
MIMEParams.prototype.toJSON = MIMEParams.prototype.toString;

function parseMimeParams(str, position, params) {
  const paramsMap = params[kMimeParamsData];
  const len = str.length;
  while (position < len) {
    if (str[position] === ';') position += 1;
    while (position < len && /[\r\n\t ]/.test(str[position])) position += 1;
    let nameEnd = position;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd += 1;
    const name = toASCIILower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < len) {
      if (str[position] === ';') continue;
      position += 1; // '='
    }
    if (position >= len) break;
    let value;
    if (str[position] === '"') {
      position += 1;
      value = '';
      while (position < len) {
        const c = str[position];
        if (c === '\\') {
          position += 1;
          if (position >= len) {
            value += '\\';
            break;
          }
          value += str[position];
          position += 1;
        } else if (c === '"') {
          position += 1;
          break;
        } else {
          value += c;
          position += 1;
        }
      }
      while (position < len && str[position] !== ';') position += 1;
    } else {
      let end = position;
      while (end < len && str[end] !== ';') end += 1;
      value = str.slice(position, end).replace(/[\r\n\t ]+$/, '');
      position = end;
      if (value === '') continue;
    }
    if (name !== '' && searchIndex(name, NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
        searchIndex(value, NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && !paramsMap.has(name)) {
      paramsMap.set(name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const data = parseTypeAndSubtype(string);
    this.#type = data.type;
    this.#subtype = data.subtype;
    this.#parameters = new MIMEParams();
    parseMimeParams(string, data.parametersStringIndex, this.#parameters);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalidTypeIndex = searchIndex(v, NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidTypeIndex !== -1) throw mimeSyntax('type', v, invalidTypeIndex);
    this.#type = toASCIILower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalidSubtypeIndex = searchIndex(v, NOT_HTTP_TOKEN_CODE_POINT);
    if (v.length === 0 || invalidSubtypeIndex !== -1) throw mimeSyntax('subtype', v, invalidSubtypeIndex);
    this.#subtype = toASCIILower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    let ret = `${this.#type}/${this.#subtype}`;
    const paramStr = this.#parameters.toString();
    if (paramStr.length) ret += `;${paramStr}`;
    return ret;
  }
}
MIMEType.prototype.toJSON = MIMEType.prototype.toString;
for (const k of ['type', 'subtype', 'essence', 'params', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(MIMEType.prototype, k);
  d.enumerable = true;
  Object.defineProperty(MIMEType.prototype, k, d);
}

// ---------------------------------------------------------------------------
// parseArgs (lib/internal/util/parse_args)

function parseArgsError(code, message, Base = TypeError) {
  return makeNodeError(Base, code, message);
}

const objectGetOwn = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop) ? obj[prop] : undefined);
const optionsGetOwn = (options, longOption, prop) => (
  Object.prototype.hasOwnProperty.call(options, longOption) ? objectGetOwn(options[longOption], prop) : undefined);

function findLongOptionForShort(shortOption, options) {
  const entry = Object.entries(options).find(([, config]) => objectGetOwn(config, 'short') === shortOption);
  return entry?.[0] ?? shortOption;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function getMainArgs() {
  const p = globalThis.process;
  const execArgv = p.execArgv ?? [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') || execArgv.includes('-p') || execArgv.includes('--print')) {
    return p.argv.slice(1);
  }
  return p.argv.slice(2);
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    const arg = remainingArgs.shift();
    const nextArg = remainingArgs[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const a of remainingArgs) tokens.push({ kind: 'positional', index: ++index, value: a });
      break;
    }
    if (isLoneShortOption(arg)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remainingArgs.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      const value = arg.slice(2);
      tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value, inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      const value = arg.slice(equalIndex + 1);
      tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value, inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const errorMessage = `Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`;
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', errorMessage);
  }
}

function checkOptionUsage(config, token) {
  let tokenName = token.name;
  if (!Object.prototype.hasOwnProperty.call(config.options, tokenName)) {
    if (config.allowNegative && tokenName.startsWith('no-')) {
      tokenName = tokenName.slice(3);
      if (!Object.prototype.hasOwnProperty.call(config.options, tokenName) ||
          optionsGetOwn(config.options, tokenName, 'type') !== 'boolean') {
        throw unknownOption(token.rawName, config.allowPositionals);
      }
    } else {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, tokenName, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${tokenName}`;
  const type = optionsGetOwn(config.options, tokenName, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
  }
}

function unknownOption(option, allowPositionals) {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${suggestDashDash}`);
}

// Returns the name stored under: a negated boolean (--no-foo) is 'foo',
// which is also the name its token reports, as in Node.
function storeOption(longOption, optionValue, options, values, allowNegative) {
  if (longOption === '__proto__') return longOption;
  let newValue = optionValue ?? true;
  if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
    const name = longOption.slice(3);
    if (optionsGetOwn(options, name, 'type') === 'boolean') {
      longOption = name;
      newValue = false;
    }
  }
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
  return longOption;
}

function parseArgs(config = { __proto__: null }) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const { 0: longOption, 1: optionConfig } of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    if (optionType !== 'string' && optionType !== 'boolean') {
      throw invalidArgType(`options.${longOption}.type`, "('string|boolean')", optionType);
    }
    if (Object.prototype.hasOwnProperty.call(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw invalidArgValue(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (Object.prototype.hasOwnProperty.call(optionConfig, 'multiple')) {
      validateBoolean(multipleOption, `options.${longOption}.multiple`);
    }
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      switch (optionType) {
        case 'string':
          validator = multipleOption ? validateStringArray : validateString;
          break;
        case 'boolean':
          validator = multipleOption ? validateBooleanArray : validateBoolean;
          break;
        default:
          break;
      }
      validator(defaultValue, `options.${longOption}.default`);
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      token.name = storeOption(token.name, token.value, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const { 0: longOption, 1: optionConfig } of Object.entries(options)) {
    if (objectGetOwn(optionConfig, 'default') !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = objectGetOwn(optionConfig, 'default');
    }
  }
  return result;
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

// ---------------------------------------------------------------------------
// parseEnv (dotenv format, as src/node_dotenv.cc)

function parseEnv(content) {
  validateString(content, 'content');
  const store = {};
  const src = content.replace(/\r\n?/g, '\n');
  const len = src.length;
  let pos = 0;
  while (pos < len) {
    let lineEnd = src.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = len;
    let line = src.slice(pos, lineEnd).trim();
    const next = lineEnd + 1;
    if (line === '' || line[0] === '#') {
      pos = next;
      continue;
    }
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq === -1) {
      pos = next;
      continue;
    }
    const key = line.slice(0, eq).trim();
    // The value starts right after '=' in the source (it may span lines).
    const eqInSrc = src.indexOf('=', pos);
    let vStart = eqInSrc + 1;
    while (vStart < len && (src[vStart] === ' ' || src[vStart] === '\t')) vStart++;
    const q = src[vStart];
    if ((q === '"' || q === "'" || q === '`') && vStart < len) {
      const close = src.indexOf(q, vStart + 1);
      if (close !== -1) {
        let value = src.slice(vStart + 1, close);
        if (q === '"') value = value.replace(/\\n/g, '\n');
        if (key !== '') store[key] = value;
        const after = src.indexOf('\n', close);
        pos = after === -1 ? len : after + 1;
        continue;
      }
    }
    let value = line.slice(eq + 1);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    value = value.trim();
    if (key !== '') store[key] = value;
    pos = next;
  }
  return store;
}

// ---------------------------------------------------------------------------
// diff (Myers' algorithm, as lib/internal/assert/myers_diff.js)

function diff(actual, expected) {
  if (actual === expected) return [];
  const actualIsString = typeof actual === 'string';
  if (!actualIsString && !Array.isArray(actual)) {
    throw invalidArgType('actual', 'of type string or an instance of Array', actual);
  }
  const expectedIsString = typeof expected === 'string';
  if (!expectedIsString && !Array.isArray(expected)) {
    throw invalidArgType('expected', 'of type string or an instance of Array', expected);
  }
  const a = actual;
  const b = expected;
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  for (let diffLevel = 0; diffLevel <= max; diffLevel++) {
    trace.push(v.slice());
    for (let k = -diffLevel; k <= diffLevel; k += 2) {
      const offset = k + max;
      let x;
      if (k === -diffLevel || (k !== diffLevel && v[offset - 1] < v[offset + 1])) x = v[offset + 1];
      else x = v[offset - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b);
    }
  }
  return [];
}

function backtrack(trace, actual, expected) {
  const actualLength = actual.length;
  const expectedLength = expected.length;
  const max = actualLength + expectedLength;
  let x = actualLength;
  let y = expectedLength;
  const result = [];
  for (let diffLevel = trace.length - 1; diffLevel >= 0; diffLevel--) {
    const v = trace[diffLevel];
    const k = x - y;
    const offset = k + max;
    let prevK;
    if (k === -diffLevel || (k !== diffLevel && v[offset - 1] < v[offset + 1])) prevK = k + 1;
    else prevK = k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      result.push([0, actual[x - 1]]);
      x--;
      y--;
    }
    // As Node reports them: 1 for what only `actual` has, -1 for `expected`.
    if (diffLevel > 0) {
      if (x > prevX) {
        result.push([1, actual[x - 1]]);
        x--;
      } else {
        result.push([-1, expected[y - 1]]);
        y--;
      }
    }
  }
  return result.reverse();
}

// ---------------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  return comparisons.isDeepStrictEqual(a, b);
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

function transferableAbortSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
    throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

let traceSigInt = false;
function setTraceSigInt(enable) {
  validateBoolean(enable, 'enable');
  // No SIGINT reaches a secexec guest's JavaScript: nothing to trace.
  traceSigInt = enable;
  return undefined;
}
void traceSigInt;

const util = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSite,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isBoolean: deprecate((arg) => typeof arg === 'boolean', 'The `util.isBoolean` API is deprecated. Please use `typeof arg === "boolean"` instead.', 'DEP0045'),
  isBuffer: deprecate((arg) => bufferModule.Buffer.isBuffer(arg), 'The `util.isBuffer` API is deprecated. Please use `Buffer.isBuffer()` instead.', 'DEP0046'),
  isDeepStrictEqual,
  isNull: deprecate((arg) => arg === null, 'The `util.isNull` API is deprecated. Please use `arg === null` instead.', 'DEP0050'),
  isNullOrUndefined: deprecate((arg) => arg === null || arg === undefined, 'The `util.isNullOrUndefined` API is deprecated. Please use `arg === null || arg === undefined` instead.', 'DEP0051'),
  isNumber: deprecate((arg) => typeof arg === 'number', 'The `util.isNumber` API is deprecated. Please use `typeof arg === "number"` instead.', 'DEP0052'),
  isString: deprecate((arg) => typeof arg === 'string', 'The `util.isString` API is deprecated. Please use `typeof arg === "string"` instead.', 'DEP0056'),
  isSymbol: deprecate((arg) => typeof arg === 'symbol', 'The `util.isSymbol` API is deprecated. Please use `arg === "symbol"` instead.', 'DEP0057'),
  isUndefined: deprecate((arg) => arg === undefined, 'The `util.isUndefined` API is deprecated. Please use `arg === undefined` instead.', 'DEP0058'),
  isRegExp: deprecate((arg) => types.isRegExp(arg), 'The `util.isRegExp` API is deprecated. Please use `arg instanceof RegExp` instead.', 'DEP0055'),
  isObject: deprecate((arg) => arg !== null && typeof arg === 'object', 'The `util.isObject` API is deprecated. Please use `arg !== null && typeof arg === "object"` instead.', 'DEP0053'),
  isDate: deprecate((arg) => types.isDate(arg), 'The `util.isDate` API is deprecated. Please use `arg instanceof Date` instead.', 'DEP0047'),
  isError: deprecate((e) => types.isNativeError(e) || e instanceof Error, 'The `util.isError` API is deprecated. Please use `ObjectPrototypeToString(e) === "[object Error]" || e instanceof Error` instead.', 'DEP0048'),
  isFunction: deprecate((arg) => typeof arg === 'function', 'The `util.isFunction` API is deprecated. Please use `typeof arg === "function"` instead.', 'DEP0049'),
  isPrimitive: deprecate(isPrimitive, 'The `util.isPrimitive` API is deprecated. Please use `arg === null || (typeof arg !== "object" && typeof arg !== "function")` instead.', 'DEP0054'),
  log: deprecate(log, 'The `util.log` API is deprecated. Please use console.log() with a custom formatter or a third-party logger instead.', 'DEP0059'),
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  TextDecoder,
  TextEncoder,
  MIMEType,
  MIMEParams,
  diff,
  setTraceSigInt,
};
void utilPkg;

export default util;
