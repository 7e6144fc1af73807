// Guest-side implementation of Node 22's `util.inspect`, `util.format`,
// `util.formatWithOptions` and `util.stripVTControlCharacters`.
//
// The output is meant to be byte-for-byte identical to Node 22. Everything
// that plain JavaScript cannot observe (promise state, proxy targets, iterator
// contents, exact brand checks, ...) is taken from an "internals" object that
// the embedder hands to `setInspectInternals()` before the first call.
//
// ---------------------------------------------------------------------------
// Internals contract (same semantics as Node 22's internalBinding('util') and
// internalBinding('types')):
//
//   Required:
//     kPending, kFulfilled, kRejected      numbers: 0, 1, 2 (promise states)
//     ALL_PROPERTIES, ONLY_ENUMERABLE      numbers: 0, 2 (property filters)
//     getPromiseDetails(promise)           -> [state, result]
//                                             (result absent while pending)
//     getProxyDetails(value, showProxy=true)
//                                          -> undefined if `value` is no proxy,
//                                             otherwise [target, handler] when
//                                             showProxy is true, else target.
//                                             A revoked proxy reports null
//                                             (or [null, null]).
//     previewEntries(obj, isIterator)      -> isIterator === true:
//                                               [entriesArray, isKeyValue]
//                                             otherwise entries array (for
//                                             Map/Set/WeakMap/WeakSet; maps are
//                                             flattened as [k1, v1, k2, v2 ...])
//     getConstructorName(obj)              -> string (V8's class name)
//     getOwnNonIndexProperties(obj, filter)-> own keys that are not array
//                                             indices (strings and symbols)
//     types                                -> Node's `util.types` predicates:
//        isAsyncFunction isGeneratorFunction isGeneratorObject isPromise
//        isMap isSet isMapIterator isSetIterator isWeakMap isWeakSet
//        isArrayBuffer isSharedArrayBuffer isAnyArrayBuffer isDataView
//        isArrayBufferView isTypedArray isUint8Array isUint8ClampedArray
//        isUint16Array isUint32Array isInt8Array isInt16Array isInt32Array
//        isFloat32Array isFloat64Array isBigInt64Array isBigUint64Array
//        isDate isRegExp isNativeError isBoxedPrimitive isNumberObject
//        isStringObject isBooleanObject isBigIntObject isSymbolObject
//        isArgumentsObject isProxy isExternal isModuleNamespaceObject
//
//   Optional (Node 22's inspect uses these too; defaults in parentheses):
//     getExternalValue(external)           -> bigint|number, the pointer shown
//                                             as `[External: <hex>]`
//                                             (default: prints `[External: 0]`)
//     builtinModuleExists(id)              -> boolean; with `colors: true`,
//                                             stack frames `at ... (node:<id>:L:C)`
//                                             of built-in modules are greyed
//                                             out (default: every id is built in)
//     getCwd()                             -> string|undefined; with
//                                             `colors: true`, the working
//                                             directory is greyed out in stack
//                                             frames (default: no highlighting)
//
// Besides the bindings, Node's inspect consults the set of global built-in
// constructor names (to tell built-in prototypes from user classes). It is
// captured from `globalThis` when `setInspectInternals()` runs, so call it
// before guest code can add globals.
// ---------------------------------------------------------------------------

/* eslint-disable no-control-regex */

// Captured built-ins, so that guest code that tampers with prototypes cannot
// break or observe the formatter.
const uncurry = Function.prototype.call.bind(Function.prototype.bind,
  Function.prototype.call);
const getterOf = (proto, name) =>
  uncurry(Object.getOwnPropertyDescriptor(proto, name).get);

const ArrayIsArray = Array.isArray;
const ArrayPrototypePush = uncurry(Array.prototype.push);
const ArrayPrototypePop = uncurry(Array.prototype.pop);
const ArrayPrototypeSort = uncurry(Array.prototype.sort);
const ArrayPrototypeSplice = uncurry(Array.prototype.splice);
const ArrayPrototypeSlice = uncurry(Array.prototype.slice);
const ArrayPrototypeIncludes = uncurry(Array.prototype.includes);
const ArrayPrototypeIndexOf = uncurry(Array.prototype.indexOf);
const ObjectKeys = Object.keys;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectAssign = Object.assign;
const ObjectIs = Object.is;
const ObjectSeal = Object.seal;
const ObjectPrototypeHasOwnProperty = uncurry(Object.prototype.hasOwnProperty);
const ObjectPrototypePropertyIsEnumerable =
  uncurry(Object.prototype.propertyIsEnumerable);
const ObjectPrototypeIsPrototypeOf = uncurry(Object.prototype.isPrototypeOf);
const ObjectPrototypeToString = uncurry(Object.prototype.toString);
const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const StringCtor = String;
const NumberCtor = Number;
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeLastIndexOf = uncurry(String.prototype.lastIndexOf);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurry(String.prototype.endsWith);
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = uncurry(String.prototype.codePointAt);
const StringPrototypePadStart = uncurry(String.prototype.padStart);
const StringPrototypePadEnd = uncurry(String.prototype.padEnd);
const StringPrototypeToLowerCase = uncurry(String.prototype.toLowerCase);
const StringPrototypeToUpperCase = uncurry(String.prototype.toUpperCase);
const StringPrototypeNormalize = uncurry(String.prototype.normalize);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const RegExpCtor = RegExp;
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const RegExpPrototypeToString = uncurry(RegExp.prototype.toString);
const RegExpPrototypeSymbolReplace = uncurry(RegExp.prototype[Symbol.replace]);
const RegExpPrototypeSymbolSplit = uncurry(RegExp.prototype[Symbol.split]);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const NumberPrototypeToString = uncurry(Number.prototype.toString);
const NumberIsNaN = Number.isNaN;
const NumberIsFinite = Number.isFinite;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const BigIntPrototypeToString = uncurry(BigInt.prototype.toString);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const DatePrototypeToISOString = uncurry(Date.prototype.toISOString);
const DatePrototypeToString = uncurry(Date.prototype.toString);
const ErrorPrototype = Error.prototype;
const ErrorPrototypeToString = uncurry(Error.prototype.toString);
const FunctionPrototypeToString = uncurry(Function.prototype.toString);
const JSONStringify = JSON.stringify;
const MathMin = Math.min;
const MathMax = Math.max;
const MathFloor = Math.floor;
const MathRound = Math.round;
const MathSqrt = Math.sqrt;
const MathTrunc = Math.trunc;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;
const MapCtor = Map;
const SetCtor = Set;
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeSet = uncurry(Map.prototype.set);
const MapPrototypeGetSize = getterOf(Map.prototype, 'size');
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const SetPrototypeValues = uncurry(Set.prototype.values);
const SetPrototypeGetSize = getterOf(Set.prototype, 'size');
const MapIteratorPrototypeNext =
  uncurry(ObjectGetPrototypeOf(new Map().entries()).next);
const SetIteratorPrototypeNext =
  uncurry(ObjectGetPrototypeOf(new Set().values()).next);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
const TypedArrayPrototypeGetSymbolToStringTag =
  getterOf(TypedArrayPrototype, SymbolToStringTag);
const Uint8ArrayCtor = Uint8Array;

export const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// Internals

let internals = null;
let types = null;
let builtInNames = null;

function missingInternals() {
  throw new Error('inspect: setInspectInternals() was not called');
}

const fallbackTypes = new Proxy({}, { get: () => missingInternals });

export function setInspectInternals(value) {
  if (value === null || typeof value !== 'object') {
    throw new TypeError('setInspectInternals() expects an object');
  }
  const required = ['getPromiseDetails', 'getProxyDetails', 'previewEntries',
    'getConstructorName', 'getOwnNonIndexProperties'];
  for (let i = 0; i < required.length; i++) {
    if (typeof value[required[i]] !== 'function') {
      throw new TypeError(`inspect internals: missing ${required[i]}()`);
    }
  }
  if (value.types === null || typeof value.types !== 'object') {
    throw new TypeError('inspect internals: missing types');
  }
  internals = {
    kPending: value.kPending ?? 0,
    kFulfilled: value.kFulfilled ?? 1,
    kRejected: value.kRejected ?? 2,
    ALL_PROPERTIES: value.ALL_PROPERTIES ?? 0,
    ONLY_ENUMERABLE: value.ONLY_ENUMERABLE ?? 2,
    getPromiseDetails: value.getPromiseDetails,
    getProxyDetails: value.getProxyDetails,
    previewEntries: value.previewEntries,
    getConstructorName: value.getConstructorName,
    getOwnNonIndexProperties: value.getOwnNonIndexProperties,
    getExternalValue: typeof value.getExternalValue === 'function' ?
      value.getExternalValue : () => 0,
    builtinModuleExists: typeof value.builtinModuleExists === 'function' ?
      value.builtinModuleExists : () => true,
    getCwd: typeof value.getCwd === 'function' ? value.getCwd : () => undefined,
  };
  types = value.types;
  captureBuiltInNames();
}

// Globals that Node 22's own list lacks (they are installed after its
// inspect module loads), so their prototypes count as user-defined there.
const notBuiltInNames = ['SharedArrayBuffer', 'Iterator', 'DOMException',
  'MessagePort', 'Navigator', 'Crypto', 'SubtleCrypto'];

function captureBuiltInNames() {
  builtInNames = { __proto__: null };
  const names = ObjectGetOwnPropertyNames(globalThis);
  for (let i = 0; i < names.length; i++) {
    if (RegExpPrototypeExec(/^[A-Z][a-zA-Z0-9]+$/, names[i]) !== null) {
      builtInNames[names[i]] = true;
    }
  }
  for (let i = 0; i < notBuiltInNames.length; i++) {
    delete builtInNames[notBuiltInNames[i]];
  }
}

function isBuiltInName(name) {
  if (builtInNames === null) captureBuiltInNames();
  return typeof name === 'string' && builtInNames[name] === true;
}

// For console.js: the internals and the `types` predicates.
export function getInspectInternals() {
  return { internals: B(), types: T() };
}

function T() {
  return types === null ? fallbackTypes : types;
}

function B() {
  if (internals === null) missingInternals();
  return internals;
}

// ---------------------------------------------------------------------------
// Small helpers

export function isError(value) {
  return T().isNativeError(value) ||
    (value !== null && typeof value === 'object' &&
     ObjectPrototypeIsPrototypeOf(ErrorPrototype, value));
}

// `document.all`-like objects report typeof 'undefined'.
function isUndetectableObject(value) {
  return typeof value === 'undefined' && value !== undefined;
}

function isInstanceOf(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

let stackOverflowSignature;
function isStackOverflowError(err) {
  if (stackOverflowSignature === undefined) {
    const recurse = () => recurse() + 1;
    try {
      recurse();
    } catch (e) {
      stackOverflowSignature = { name: e.name, message: e.message };
    }
  }
  return err != null &&
    err.name === stackOverflowSignature.name &&
    err.message === stackOverflowSignature.message;
}

function joinList(list, separator) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i !== 0) out += separator;
    out += list[i];
  }
  return out;
}

const colorCodeRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return RegExpPrototypeSymbolReplace(colorCodeRegExp, StringCtor(str), '');
}

// Terminal control sequences: an ESC or CSI introducer, then either an
// OSC-style string closed by BEL, ESC-backslash or ST, or CSI parameters and a final
// byte.
const vtParamChar = '[-a-zA-Z\\d\\/\\#&.:=?%@~_]';
const vtOscBody = `(?:(?:;${vtParamChar}+)*|[a-zA-Z\\d]+(?:;${vtParamChar}*)*)?`;
const vtOscEnd = '(?:\\u0007|\\u001B\\u005C|\\u009C)';
const vtCsiParams = '(?:\\d{1,4}(?:;\\d{0,4})*)?';
const vtCsiFinal = '[\\dA-PR-TZcf-ntqry=><~]';
const vtSequenceRegExp = new RegExpCtor(
  `[\\u001B\\u009B][[\\]()#;?]*(?:${vtOscBody}${vtOscEnd}|${vtCsiParams}${vtCsiFinal})`,
  'g');

export function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw invalidArgType('str', 'string', str);
  }
  return RegExpPrototypeSymbolReplace(vtSequenceRegExp, str, '');
}

// Column width of a string in a terminal (approximation of ICU's
// East-Asian-width based computation used by Node).
const zeroWidthRegExp =
  /^(?:\p{Cc}|\p{Cf}|\p{Mn}|\p{Me}|\p{Emoji_Modifier})$/u;
const emojiPresentationRegExp = /^\p{Emoji_Presentation}$/u;

function isWideCodePoint(code) {
  return (code >= 0x1100 && code <= 0x115f) ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x16fe4) ||
    (code >= 0x17000 && code <= 0x18cff) ||
    (code >= 0x1b000 && code <= 0x1b2ff) ||
    (code >= 0x1f200 && code <= 0x1f2ff) ||
    (code >= 0x20000 && code <= 0x3fffd);
}

export function getStringWidth(str, removeControlChars = true) {
  str = StringCtor(str);
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  let i = 0;
  // ASCII fast path.
  for (; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 127) break;
    if (code >= 32) width++;
  }
  if (i === str.length) return width;
  str = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
  for (let j = 0; j < str.length; j++) {
    const code = StringPrototypeCodePointAt(str, j);
    if (code > 0xffff) j++;
    const char = code > 0xffff ?
      StringPrototypeSlice(str, j - 1, j + 1) : str[j];
    if (isWideCodePoint(code) ||
        RegExpPrototypeExec(emojiPresentationRegExp, char) !== null) {
      width += 2;
    } else if (code === 0xad ||
               RegExpPrototypeExec(zeroWidthRegExp, char) === null) {
      width += 1;
    }
  }
  return width;
}

// Minimal version of Node's ERR_INVALID_ARG_TYPE.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') {
    return ` Received function ${value.name}`;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${StringPrototypeSlice(shown, 0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  const err = new TypeError(
    `The "${name}" argument must be of type ${expected}.` +
    describeReceived(value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// ---------------------------------------------------------------------------
// Options and styles

const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineLength = 16;

// How iterator-like entries are shown.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

const identifierKeyRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;

const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp =
  /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g;

const classBodyRegExp = /^(\s+[^(]*?)\s*{/;
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Escapes for characters below 0xa0 (only some are used).
const escapeTable = [];
for (let code = 0; code < 0xa0; code++) {
  let text = '';
  if (code < 0x20 || code >= 0x7f) {
    const hex = StringPrototypeToUpperCase(NumberPrototypeToString(code, 16));
    text = `\\x${hex.length === 1 ? '0' : ''}${hex}`;
  }
  escapeTable[code] = text;
}
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[39] = "\\'";
escapeTable[92] = '\\\\';

const loneSurrogate =
  '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const needsEscapeQuoted = new RegExpCtor(
  `[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${loneSurrogate}`);
const escapeAllQuoted = new RegExpCtor(
  `[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${loneSurrogate}`, 'g');
const needsEscapeOther = new RegExpCtor(
  `[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${loneSurrogate}`);
const escapeAllOther = new RegExpCtor(
  `[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${loneSurrogate}`, 'g');

function escapeChar(ch) {
  const code = StringPrototypeCharCodeAt(ch, 0);
  return code < escapeTable.length ?
    escapeTable[code] : `\\u${NumberPrototypeToString(code, 16)}`;
}

function quote(str, kind) {
  if (kind === '"') return `"${str}"`;
  if (kind === '`') return `\`${str}\``;
  return `'${str}'`;
}

// Picks the quote character like Node: single quotes unless the string
// contains one; then double quotes, then backticks, and only if all of them
// occur, escaped single quotes.
function strEscape(str) {
  let kind = "'";
  let testRe = needsEscapeQuoted;
  let replaceRe = escapeAllQuoted;
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) {
      kind = '"';
    } else if (!StringPrototypeIncludes(str, '`') &&
               !StringPrototypeIncludes(str, '${')) {
      kind = '`';
    }
    if (kind !== "'") {
      testRe = needsEscapeOther;
      replaceRe = escapeAllOther;
    }
  }
  if (str.length < 5000 && RegExpPrototypeExec(testRe, str) === null) {
    return quote(str, kind);
  }
  if (str.length > 100) {
    return quote(RegExpPrototypeSymbolReplace(replaceRe, str, escapeChar), kind);
  }
  const escapeQuote = kind === "'";
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if ((code === 39 && escapeQuote) || code === 92 || code < 32 ||
        (code > 126 && code < 160)) {
      result += StringPrototypeSlice(str, last, i) + escapeTable[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${StringPrototypeSlice(str, last, i)}\\u${
        NumberPrototypeToString(code, 16)}`;
      last = i + 1;
    }
  }
  if (last !== str.length) result += StringPrototypeSlice(str, last);
  return quote(result, kind);
}

function escapeKey(str) {
  return RegExpPrototypeSymbolReplace(escapeAllQuoted, str, escapeChar);
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Public entry points

export function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) {
        ctx.colors = arguments[3];
      }
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = ObjectKeys(opts);
      for (let i = 0; i < optKeys.length; i++) {
        const key = optKeys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) ||
            key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    return ObjectAssign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: true,
});

inspect.colors = ObjectAssign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

function defineColorAlias(target, alias) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// ---------------------------------------------------------------------------
// Core formatter

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // The receiver might live in another realm: hand it only primitives and
    // a prototype-less stylize wrapper.
    ObjectSetPrototypeOf(ret, null);
    const keys = ObjectKeys(ret);
    for (let i = 0; i < keys.length; i++) {
      const v = ret[keys[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
        delete ret[keys[i]];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((text, flavour) => {
      let out;
      try {
        out = `${ctx.stylize(text, flavour)}`;
      } catch {
        // Fall back to the plain text.
      }
      return typeof out === 'string' ? out : text;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function' &&
      !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  // Keep the original receiver (maybe a proxy) for custom inspect calls.
  const context = value;
  const proxy = B().getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = ReflectApply(maybeCustom, context,
        [depth, getUserOptions(ctx, isCrossContext), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return RegExpPrototypeSymbolReplace(/\n/g, ret,
          `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new MapCtor();
      MapPrototypeSet(ctx.circular, value, index);
    } else {
      index = MapPrototypeGet(ctx.circular, value);
      if (index === undefined) {
        index = MapPrototypeGetSize(ctx.circular) + 1;
        MapPrototypeSet(ctx.circular, value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'],
    kArrayExtrasType, recurseTimes);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag && !tagIsPartOfName(constructor, tag)) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// Node leaves out a tag that already reads as a word of the constructor name
// ("MyMap" with tag "Map"): the tag must occur in the name and be followed by
// the end of the name or by an upper-case character.
function tagIsPartOfName(name, tag) {
  const index = StringPrototypeIndexOf(name, tag);
  if (index === -1) return false;
  const next = name[index + tag.length];
  return next === undefined || StringPrototypeToLowerCase(next) !== next;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = B().getConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj || isUndetectableObject(obj)) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceOf(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes,
          protoProps);
      }
      return StringCtor(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const internalName = B().getConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${internalName} <Complex prototype>`;
  }
  const protoName =
    getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${internalName} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${internalName} <${protoName}>`;
}

// With `showHidden`, non-function properties of user-defined prototypes are
// listed too (at most three levels up).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let seenKeys;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      seenKeys = new SetCtor();
    } else {
      for (let i = 0; i < keys.length; i++) seenKeys.add(keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' ||
          ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const formatted = formatProperty(ctx, obj, recurseTimes, key,
        kObjectType, desc, main);
      ArrayPrototypePush(output,
        ctx.colors ? `\u001b[2m${formatted}\u001b[22m` : formatted);
    }
    ArrayPrototypePop(ctx.seen);
  } while (++depth !== 3);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(keys, symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Uninitialized module namespace bindings throw ReferenceErrors.
      if (!T().isModuleNamespaceObject(value)) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) {
        ArrayPrototypePush(keys, symbols[i]);
      }
    }
  }
  return keys;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function emptyOutput() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  const t = T();
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = value[SymbolToStringTag];
  // Only show the tag if it is not already printed as a regular property.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ?
         ObjectPrototypeHasOwnProperty :
         ObjectPrototypePropertyIsEnumerable)(value, SymbolToStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = emptyOutput;
  let braces;
  let noIterator = true;
  const filter = ctx.showHidden ? B().ALL_PROPERTIES : B().ONLY_ENUMERABLE;
  let extrasType = kObjectType;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = B().getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (t.isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(value, size, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (t.isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(value, size, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (t.isTypedArray(value)) {
      keys = B().getOwnNonIndexProperties(value, filter);
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = (c, v, r) => formatTypedArray(value, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (t.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      const b = braces;
      formatter = (c, v, r) => formatIterator(b, c, v, r);
    } else if (t.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      const b = braces;
      formatter = (c, v, r) => formatIterator(b, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (t.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (t.isRegExp(value)) {
      base = RegExpPrototypeToString(
        constructor !== null ? value : new RegExpCtor(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (t.isDate(value)) {
      if (NumberIsNaN(DatePrototypeGetTime(value))) {
        base = DatePrototypeToString(value);
      } else {
        base = DatePrototypeToISOString(value);
      }
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (t.isAnyArrayBuffer(value)) {
      const arrayType = t.isArrayBuffer(value) ? 'ArrayBuffer' :
        'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix +
          `{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      } else {
        formatter = (c, v, r) => [formatVirtualProperty(c, v, r, 'byteLength')];
      }
      braces[0] = `${prefix}{`;
    } else if (t.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      formatter = formatDataView;
    } else if (t.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (t.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (t.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (t.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(nsKeys, c, v, r);
    } else if (t.isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (t.isExternal(value)) {
          const address = B().getExternalValue(value);
          return ctx.stylize(`[External: ${
            typeof address === 'bigint' ? BigIntPrototypeToString(address, 16) :
              NumberPrototypeToString(NumberCtor(address), 16)}]`, 'special');
        }
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output,
        formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) {
        ArrayPrototypePush(output, protoProps[i]);
      }
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const name = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
    ArrayPrototypePop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${name}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]', 'special');
  }

  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      const start = output.length - keys.length;
      const sortedTail = ArrayPrototypeSort(
        ArrayPrototypeSlice(output, start), comparator);
      for (let i = 0; i < sortedTail.length; i++) {
        output[start + i] = sortedTail[i];
      }
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType,
    recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output becomes absurdly large.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (StringPrototypeStartsWith(source, 'class') &&
      StringPrototypeEndsWith(source, '}')) {
    const body = StringPrototypeSlice(source, 5, -1);
    const brace = StringPrototypeIndexOf(body, '{');
    if (brace !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
         RegExpPrototypeExec(classBodyRegExp,
           RegExpPrototypeSymbolReplace(commentsRegExp, body, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (T().isGeneratorFunction(value)) type = `Generator${type}`;
  if (T().isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  return base;
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  const t = T();
  let unbox;
  let type;
  if (t.isNumberObject(value)) {
    unbox = NumberPrototypeValueOf;
    type = 'Number';
  } else if (t.isStringObject(value)) {
    unbox = StringPrototypeValueOf;
    type = 'String';
    // The index properties only repeat the string contents.
    ArrayPrototypeSplice(keys, 0, value.length);
  } else if (t.isBooleanObject(value)) {
    unbox = BooleanPrototypeValueOf;
    type = 'Boolean';
  } else if (t.isBigIntObject(value)) {
    unbox = BigIntPrototypeValueOf;
    type = 'BigInt';
  } else {
    unbox = SymbolPrototypeValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, unbox(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

// ---------------------------------------------------------------------------
// Errors

// Reads a property, treating a throwing getter as `undefined`.
function readSafely(object, key) {
  try {
    return object[key];
  } catch {
    return undefined;
  }
}

function getStackString(ctx, error) {
  const stack = readSafely(error, 'stack');
  if (stack) {
    if (typeof stack === 'string') return stack;
    // A non-string stack is shown below the error's toString(), formatted
    // without a depth limit (Node calls formatValue without recurseTimes).
    ArrayPrototypePush(ctx.seen, error);
    ctx.indentationLvl += 4;
    const shown = formatValue(ctx, stack, undefined);
    ctx.indentationLvl -= 4;
    ArrayPrototypePop(ctx.seen);
    return `${ErrorPrototypeToString(error)}\n    ${shown}`;
  }
  return ErrorPrototypeToString(error);
}

// Returns [offset, length] of the longest run (> 3) of `a` found in `b`.
function findIdenticalRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [i, len];
      }
    }
  }
  return [0, 0];
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStart = StringPrototypeIndexOf(causeStack, '\n    at');
    if (causeStart !== -1) {
      const causeFrames = StringPrototypeSplit(
        StringPrototypeSlice(causeStack, causeStart + 1), '\n');
      const run = findIdenticalRun(frames, causeFrames);
      if (run[1] > 0) {
        const skipped = run[1] - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, run[0] + 1, skipped,
          ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  // A non-string `name` that the stack starts with gets the constructor
  // appended in brackets.
  if (typeof name !== 'string') {
    const nameText = `${name}`;
    if (StringPrototypeStartsWith(stack, nameText)) {
      const prefix = StringPrototypeSlice(getPrefix(constructor, tag, 'Error'), 0, -1);
      stack = `${nameText} [${prefix}]${StringPrototypeSlice(stack, nameText.length)}`;
    }
  }
  // Otherwise only touch stacks of errors that look "regular".
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') &&
       StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start =
        RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${StringPrototypeSlice(stack, len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ['name', 'message', 'stack'];
    for (let i = 0; i < names.length; i++) {
      const index = ArrayPrototypeIndexOf(keys, names[i]);
      if (index === -1) continue;
      let value;
      try {
        value = err[names[i]];
      } catch {
        continue; // Keep throwing accessors visible.
      }
      // Hide the property only if the stack already shows it.
      if (typeof value !== 'string' || StringPrototypeIncludes(stack, value)) {
        ArrayPrototypeSplice(keys, index, 1);
      }
    }
  }
}

function markNodeModules(ctx, line) {
  let out = '';
  let pos = 0;
  let match;
  nodeModulesRegExp.lastIndex = 0;
  while ((match = RegExpPrototypeExec(nodeModulesRegExp, line)) !== null) {
    // '/node_modules/'.length === 14
    out += StringPrototypeSlice(line, pos, match.index + 14);
    out += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  if (pos !== 0) line = out + StringPrototypeSlice(line, pos);
  return line;
}

function markCwd(ctx, line, cwd) {
  let start = StringPrototypeIndexOf(line, cwd);
  if (start === -1) return line;
  let cwdLength = cwd.length;
  if (StringPrototypeSlice(line, start - 7, start) === 'file://') {
    cwdLength += 7;
    start -= 7;
  }
  const from = line[start - 1] === '(' ? start - 1 : start;
  const to = from !== start && StringPrototypeEndsWith(line, ')') ?
    -1 : line.length;
  const cwdEnd = start + cwdLength + 1;
  let out = StringPrototypeSlice(line, 0, from);
  out += ctx.stylize(StringPrototypeSlice(line, from, cwdEnd), 'undefined');
  out += StringPrototypeSlice(line, cwdEnd, to);
  if (to === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function pathToFileHref(path) {
  return `file://${RegExpPrototypeSymbolReplace(/[%\\\n\r\t #?]/g, path,
    (c) => `%${NumberPrototypeToString(StringPrototypeCharCodeAt(c, 0), 16)
      .toUpperCase().padStart(2, '0')}`)}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const rawName = readSafely(err, 'name');
  const name = rawName != null ? rawName : 'Error';
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    // Neither `stack` nor Error.prototype.toString() work (e.g. a Symbol
    // name): show the plain object tag; the keys are printed as usual.
    return ObjectPrototypeToString(err);
  }
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    ArrayPrototypePush(keys, 'cause');
  }
  // AggregateError and friends.
  if (ArrayIsArray(readSafely(err, 'errors')) &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
    ArrayPrototypePush(keys, 'errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Skip the message when looking for the first stack frame.
  const message = readSafely(err, 'message');
  let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
  if (pos !== -1) pos += message.length;
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const frames = getStackFrames(ctx, err,
      StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) {
      let cwd;
      try {
        cwd = B().getCwd();
      } catch {
        cwd = undefined;
      }
      let cwdHref;
      for (let i = 0; i < frames.length; i++) {
        let line = frames[i];
        const core = RegExpPrototypeExec(coreFrameRegExp, line);
        if (core !== null && B().builtinModuleExists(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (typeof cwd === 'string') {
            let marked = markCwd(ctx, line, cwd);
            if (marked === line) {
              cwdHref ??= pathToFileHref(cwd);
              marked = markCwd(ctx, line, cwdHref);
            }
            line = marked;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${joinList(frames, '\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = RegExpPrototypeSymbolReplace(/\n/g, stack,
      `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Collection formatters

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valueLength = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valueLength);
  const remaining = valueLength - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) {
      return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    }
    ArrayPrototypePush(output,
      formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const numeric = +key;
    if (numeric > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(arrayIndexRegExp, key) === null) break;
      const holes = numeric - index;
      ArrayPrototypePush(output, ctx.stylize(
        `<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = numeric;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output,
      formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      ArrayPrototypePush(output, ctx.stylize(
        `<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function hexBytes(bytes, count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const b = bytes[i];
    if (i !== 0) out += ' ';
    out += (b < 16 ? '0' : '') + NumberPrototypeToString(b, 16);
  }
  return out;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8ArrayCtor(value);
  } catch {
    return [ctx.stylize('(detached)', 'special'),
      formatVirtualProperty(ctx, value, undefined, 'byteLength')];
  }
  const length = TypedArrayPrototypeGetLength(bytes);
  let str = hexBytes(bytes, MathMin(ctx.maxArrayLength, length));
  const remaining = length - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`,
    formatVirtualProperty(ctx, value, undefined, 'byteLength')];
}

// Accessor-backed "properties" (byteLength, buffer, ...) are shown as
// `[name]: value`, the name styled like a string.
function formatVirtualProperty(ctx, value, recurseTimes, key) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, value[key], recurseTimes);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${key}]`, 'string')}: ${str}`;
}

function formatDataView(ctx, value, recurseTimes) {
  return [
    formatVirtualProperty(ctx, value, recurseTimes, 'byteLength'),
    formatVirtualProperty(ctx, value, recurseTimes, 'byteOffset'),
    formatVirtualProperty(ctx, value, recurseTimes, 'buffer'),
  ];
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  const elementFormatter = length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; i++) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are prototype getters.
    ctx.indentationLvl += 2;
    const hidden = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset',
      'buffer'];
    for (let i = 0; i < hidden.length; i++) {
      const str = formatValue(ctx, value[hidden[i]], recurseTimes, true);
      ArrayPrototypePush(output,
        `${ctx.stylize(`[${hidden[i]}]`, 'string')}: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, size, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = SetPrototypeValues(set);
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorPrototypeNext(it);
    if (step.done) break;
    ArrayPrototypePush(output, formatValue(ctx, step.value, recurseTimes));
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, size, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const it = MapPrototypeEntries(map);
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorPrototypeNext(it);
    if (step.done) break;
    const entry = step.value;
    ArrayPrototypePush(output, `${formatValue(ctx, entry[0], recurseTimes)} => ${
      formatValue(ctx, entry[1], recurseTimes)}`);
  }
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak collections have no stable order; sort to be deterministic.
    ArrayPrototypeSort(output);
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // Entries are flattened: [key1, value1, key2, value2, ...]
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = [];
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) ArrayPrototypeSort(output);
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const pair = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'],
        kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, B().previewEntries(value), kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, B().previewEntries(value), kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = B().previewEntries(value, true);
  const entries = preview[0];
  if (preview[1]) {
    // Entry iterators yield [key, value] pairs.
    braces[0] = RegExpPrototypeSymbolReplace(/ Iterator] {$/, braces[0],
      ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = B().getPromiseDetails(value);
  const state = details[0];
  if (state === B().kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === B().kRejected ?
    `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = [];
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(T().isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // Binding in its temporal dead zone: reuse the property layout of a
      // placeholder and swap the value text.
      const placeholder = { [keys[i]]: '' };
      const text = formatProperty(ctx, placeholder, recurseTimes, keys[i],
        kObjectType);
      const pos = StringPrototypeLastIndexOf(text, ' ');
      output[i] = StringPrototypeSlice(text, 0, pos + 1) +
        ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; do not print them a second time.
  keys.length = 0;
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc,
  original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = ReflectApply(desc.get, original, []);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKey(SymbolPrototypeToString(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(key)}]`;
  } else if (RegExpPrototypeExec(identifierKeyRegExp, key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Line breaking

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry needs a separator: count it first.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Entries are not lined up after a multi-line `base`.
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" entry out of the computation.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = [];
  for (let i = 0; i < outputLength; i++) {
    // Terminal columns, not code units (colors are ignored too).
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) /
        biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      ArrayPrototypePush(maxLineLength, lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Account for invisible color codes when padding.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ?
          StringPrototypePadStart(`${output[j]}, `, padding, ' ') :
          StringPrototypePadEnd(`${output[j]}, `, padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] -
          separatorSpace;
        str += StringPrototypePadStart(output[j], padding, ' ');
      } else {
        str += output[j];
      }
      ArrayPrototypePush(tmp, str);
    }
    if (ctx.maxArrayLength < output.length) {
      ArrayPrototypePush(tmp, output[outputLength]);
    }
    output = tmp;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType,
  recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put everything on one line if it fits and the object is not nested
      // more than `compact` levels deep.
      if (ctx.currentDepth - recurseTimes < ctx.compact &&
          entries === output.length) {
        const start = output.length + ctx.indentationLvl +
          braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinList(output, ', ');
          if (!StringPrototypeIncludes(joined, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined}` +
              ` ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      joinList(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinList(output, ', ')} ` +
      braces[1];
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  // A long opening brace ("Set {") forces the first entry onto a new line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinList(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Primitives

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = StringPrototypeStartsWith(integerString, '-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${StringPrototypeSlice(integerString, i - 3, i)}${result}`;
  }
  return i === integerString.length ?
    integerString : `${StringPrototypeSlice(integerString, 0, i)}${result}`;
}

function addNumericSeparatorEnd(fractionString) {
  let result = '';
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) {
    result += `${StringPrototypeSlice(fractionString, i, i + 3)}_`;
  }
  return i === 0 ?
    fractionString : `${result}${StringPrototypeSlice(fractionString, i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const string = StringCtor(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(string, 'e')) {
      return fn(string, 'number');
    }
    return fn(addNumericSeparator(string), 'number');
  }
  if (NumberIsNaN(number)) return fn(string, 'number');
  // Split the decimal representation at the dot (Node does this even for
  // exponent notation, which yields odd but matching output).
  const full = StringCtor(number);
  const dot = StringPrototypeIndexOf(full, '.');
  return fn(`${addNumericSeparator(StringPrototypeSlice(full, 0, dot))}.${
    addNumericSeparatorEnd(StringPrototypeSlice(full, dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = StringCtor(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings are split after each line break.
      const lines = RegExpPrototypeSymbolSplit(/(?<=\n)/, value);
      let out = '';
      const sep = ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`;
      for (let i = 0; i < lines.length; i++) {
        if (i !== 0) out += sep;
        out += fn(strEscape(lines[i]), 'string');
      }
      return out + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') {
    return formatNumber(fn, value, ctx.numericSeparator);
  }
  if (typeof value === 'bigint') {
    return formatBigInt(fn, value, ctx.numericSeparator);
  }
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(SymbolPrototypeToString(value), 'symbol');
}

// ---------------------------------------------------------------------------
// format / formatWithOptions

function hasBuiltInToString(value) {
  // Proxies count as built-in objects (and are not touched further).
  const target = B().getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  // A Symbol.toPrimitive method that does not come from a built-in prototype
  // (Date's) decides the string form.
  if (typeof value[SymbolToPrimitive] === 'function') {
    let owner = value;
    while (owner !== null &&
           !ObjectPrototypeHasOwnProperty(owner, SymbolToPrimitive)) {
      owner = ObjectGetPrototypeOf(owner);
    }
    if (owner === null || !hasBuiltInConstructor(owner)) return false;
  }
  if (typeof value.toString !== 'function') return true;
  if (ObjectPrototypeHasOwnProperty(value, 'toString')) return false;
  // Find the prototype that owns `toString` and check its constructor.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!ObjectPrototypeHasOwnProperty(pointer, 'toString'));
  return hasBuiltInConstructor(pointer);
}

function hasBuiltInConstructor(object) {
  const descriptor = ObjectGetOwnPropertyDescriptor(object, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

let circularJSONMessage;
function firstLine(err) {
  const text = StringCtor(err.message);
  const nl = StringPrototypeIndexOf(text, '\n');
  return nl === -1 ? text : StringPrototypeSlice(text, 0, nl);
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularJSONMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularJSONMessage = firstLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstLine(err) === circularJSONMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    const separators = inspectOptions?.numericSeparator ??
      inspectDefaultOptions.numericSeparator;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) === 37) { // '%'
        const nextChar = StringPrototypeCharCodeAt(first, ++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const arg = args[++a];
              if (typeof arg === 'number') {
                tempStr = formatNumber(stylizeNoColor, arg, separators);
              } else if (typeof arg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, arg, separators);
              } else if (typeof arg !== 'object' || arg === null ||
                         !hasBuiltInToString(arg)) {
                tempStr = StringCtor(arg);
              } else {
                tempStr = inspect(arg, {
                  ...inspectOptions,
                  depth: 0,
                  colors: false,
                  compact: 3,
                });
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const arg = args[++a];
              if (typeof arg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, arg, separators);
              } else if (typeof arg === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, NumberCtor(arg), separators);
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], {
                ...inspectOptions,
                showHidden: true,
                showProxy: true,
                depth: 4,
              });
              break;
            case 105: { // 'i'
              const arg = args[++a];
              if (typeof arg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, arg, separators);
              } else if (typeof arg === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, NumberParseInt(arg), separators);
              }
              break;
            }
            case 102: { // 'f'
              const arg = args[++a];
              if (typeof arg === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, NumberParseFloat(arg), separators);
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += StringPrototypeSlice(first, lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) {
            str += StringPrototypeSlice(first, lastPos, i - 1);
          }
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += StringPrototypeSlice(first, lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

export function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

export function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null ||
      (typeof inspectOptions !== 'object' &&
       typeof inspectOptions !== 'function')) {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// Exposed for console.js.
export { formatWithOptionsInternal, removeColors };
