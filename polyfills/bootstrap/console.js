// Guest-side implementation of Node 22's `console` object and `Console` class.
//
//   createConsole({ stdout, stderr, now, emitWarning, colorMode,
//                   inspectOptions, groupIndentation, ignoreErrors })
//     -> the global `console` object (methods bound, plus `console.Console`)
//   Console                -> `new Console(stdout[, stderr[, ignoreErrors]])`
//                             or `new Console({ stdout, stderr, ... })`
//
// `stdout` / `stderr` only need a `write(string)` method. Optional hooks:
//   now()            -> milliseconds as a float (monotonic clock for time*);
//                       defaults to performance.now() or Date.now()
//   emitWarning(msg) -> receives process-warning messages such as
//                       "No such label 'x' for console.timeEnd()"
// Both given to createConsole() also become the defaults of consoles made
// later with `new console.Console(...)`.
//
// Formatting is done by ./inspect.js; setInspectInternals() must have run.

import {
  inspect,
  formatWithOptionsInternal,
  getStringWidth,
  getInspectInternals,
} from './inspect.js';

const uncurry = Function.prototype.call.bind(Function.prototype.bind,
  Function.prototype.call);
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ObjectKeys = Object.keys;
const ObjectDefineProperty = Object.defineProperty;
const ObjectPrototypeHasOwnProperty = uncurry(Object.prototype.hasOwnProperty);
const ArrayIsArray = Array.isArray;
const ArrayPrototypePush = uncurry(Array.prototype.push);
const ArrayPrototypeUnshift = uncurry(Array.prototype.unshift);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypePadStart = uncurry(String.prototype.padStart);
const RegExpPrototypeSymbolReplace = uncurry(RegExp.prototype[Symbol.replace]);
const NumberPrototypeToFixed = uncurry(Number.prototype.toFixed);
const FunctionPrototypeBind = uncurry(Function.prototype.bind);
const MapCtor = Map;
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeSet = uncurry(Map.prototype.set);
const MapPrototypeHas = uncurry(Map.prototype.has);
const MapPrototypeDelete = uncurry(Map.prototype.delete);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const SetPrototypeValues = uncurry(Set.prototype.values);
const MapIteratorNext = uncurry(Object.getPrototypeOf(new Map().entries()).next);
const SetIteratorNext = uncurry(Object.getPrototypeOf(new Set().values()).next);
const MathFloor = Math.floor;
const MathMax = Math.max;
const NumberCtor = Number;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const NumberIsInteger = Number.isInteger;

const kIsConsole = Symbol('kIsConsole');
const kState = Symbol('kConsoleState');
const kMaxGroupIndentation = 1000;

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function defaultNow() {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === 'function') return perf.now();
  return Date.now();
}

let envNow = defaultNow;
let envEmitWarning;

function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
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

// ---------------------------------------------------------------------------
// Time formatting (same as Node's console.time* output)

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad2(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

export function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms %= kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.');
    const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${lead}:${pad2(parts[0])}.${parts[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) {
    return `${NumberPrototypeToFixed(seconds, 3)}s`;
  }
  return `${NumberCtor(NumberPrototypeToFixed(ms, 3))}ms`;
}

// ---------------------------------------------------------------------------
// console.table rendering

const box = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, widths) {
  let out = box.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + StringPrototypeRepeat(' ', widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += box.middle;
  }
  return out + box.right;
}

function joinWith(list, sep) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i !== 0) out += sep;
    out += list[i];
  }
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const widths = [];
  let longest = 0;
  for (let i = 0; i < head.length; i++) {
    widths[i] = getStringWidth(head[i]);
  }
  for (let i = 0; i < columns.length; i++) {
    longest = MathMax(longest, columns[i].length);
  }
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] =
        ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      widths[i] = MathMax(widths[i] || 0, getStringWidth(value));
    }
  }
  const divider = [];
  for (let i = 0; i < widths.length; i++) {
    divider[i] = StringPrototypeRepeat(box.middleMiddle, widths[i] + 2);
  }
  let result = `${box.topLeft}${joinWith(divider, box.topMiddle)}${box.topRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${box.leftMiddle}${joinWith(divider, box.rowMiddle)}${box.rightMiddle}\n`;
  for (let i = 0; i < rows.length; i++) {
    result += `${renderRow(rows[i], widths)}\n`;
  }
  result += `${box.bottomLeft}${joinWith(divider, box.bottomMiddle)}${box.bottomRight}`;
  return result;
}

// ---------------------------------------------------------------------------
// Console

function shouldColorize(stream) {
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ?
      stream.getColorDepth() > 2 : true));
}

function initState(target, options) {
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
    now,
    emitWarning,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw codedTypeError('ERR_CONSOLE_WRITABLE_STREAM',
      'Console expects a writable stream instance for stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw codedTypeError('ERR_CONSOLE_WRITABLE_STREAM',
      'Console expects a writable stream instance for stderr');
  }
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    const err = new TypeError("The argument 'colorMode' must be one of: " +
      `'auto', true, false. Received ${inspect(colorMode)}`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw codedTypeError('ERR_INVALID_ARG_TYPE',
        'The "groupIndentation" argument must be of type number.' +
        describeReceived(groupIndentation));
    }
    if (!NumberIsInteger(groupIndentation) || groupIndentation < 0 ||
        groupIndentation > kMaxGroupIndentation) {
      const err = new RangeError('The value of "groupIndentation" is out of ' +
        `range. It must be ${NumberIsInteger(groupIndentation) ?
          `>= 0 && <= ${kMaxGroupIndentation}` : 'an integer'}. ` +
        `Received ${groupIndentation}`);
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object' ||
        ArrayIsArray(inspectOptions)) {
      throw codedTypeError('ERR_INVALID_ARG_TYPE',
        'The "options.inspectOptions" property must be of type object.' +
        describeReceived(inspectOptions));
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw codedTypeError('ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in ' +
        'combination with option "colorMode"');
    }
  }

  const state = {
    stdout,
    stderr,
    ignoreErrors: !!ignoreErrors,
    colorMode,
    inspectOptions,
    groupIndent: '',
    groupIndentationWidth: groupIndentation ?? 2,
    counts: new MapCtor(),
    times: new MapCtor(),
    now: typeof now === 'function' ? now : envNow,
    emitWarning: typeof emitWarning === 'function' ? emitWarning : envEmitWarning,
  };
  ObjectDefineProperty(target, kState, { __proto__: null, value: state });
  ObjectDefineProperty(target, kIsConsole, { __proto__: null, value: true });
  const hidden = { writable: true, enumerable: false, configurable: true };
  ObjectDefineProperty(target, '_stdout', { __proto__: null, ...hidden, value: stdout });
  ObjectDefineProperty(target, '_stderr', { __proto__: null, ...hidden, value: stderr });
  ObjectDefineProperty(target, '_ignoreErrors',
    { __proto__: null, ...hidden, value: !!ignoreErrors });
  ObjectDefineProperty(target, '_times',
    { __proto__: null, ...hidden, value: state.times });
  return state;
}

function stateOf(self) {
  const state = self != null ? self[kState] : undefined;
  if (state === undefined) {
    throw new TypeError('Illegal invocation: not a console');
  }
  return state;
}

function warn(state, message) {
  if (typeof state.emitWarning === 'function') {
    state.emitWarning(message);
    return;
  }
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message);
    return;
  }
  writeTo(state, false, `Warning: ${message}`);
}

function getInspectOptions(state, stream) {
  let color = state.colorMode;
  if (color === 'auto') color = shouldColorize(stream);
  const options = state.inspectOptions;
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function writeTo(state, useStdout, string) {
  const indent = state.groupIndent;
  if (indent.length !== 0) {
    if (StringPrototypeIncludes(string, '\n')) {
      string = RegExpPrototypeSymbolReplace(/\n/g, string, `\n${indent}`);
    }
    string = indent + string;
  }
  string += '\n';
  const stream = useStdout ? state.stdout : state.stderr;
  if (!state.ignoreErrors) {
    stream.write(string);
    return;
  }
  try {
    stream.write(string);
  } catch (err) {
    // Output errors are swallowed, except a blown stack.
    if (err instanceof RangeError &&
        err.message === 'Maximum call stack size exceeded') {
      throw err;
    }
  }
}

function formatFor(state, stream, args) {
  return formatWithOptionsInternal(getInspectOptions(state, stream), args);
}

function timeLogImpl(self, state, name, label, data) {
  const start = MapPrototypeGet(state.times, label);
  if (start === undefined) {
    warn(state, `No such label '${label}' for ${name}`);
    return false;
  }
  const formatted = formatTime(state.now() - start);
  const args = ['%s: %s', label, formatted];
  if (data !== undefined) {
    for (let i = 0; i < data.length; i++) ArrayPrototypePush(args, data[i]);
  }
  ReflectApply(self.log, self, args);
  return true;
}

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

// Methods, in the order Node defines them.
const consoleMethods = {
  log(...args) {
    const state = stateOf(this);
    writeTo(state, true, formatFor(state, state.stdout, args));
  },

  warn(...args) {
    const state = stateOf(this);
    writeTo(state, false, formatFor(state, state.stderr, args));
  },

  dir(object, options) {
    const state = stateOf(this);
    writeTo(state, true, inspect(object, {
      customInspect: false,
      ...getInspectOptions(state, state.stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    if (MapPrototypeHas(state.times, label)) {
      warn(state, `Label '${label}' already exists for console.time()`);
      return;
    }
    MapPrototypeSet(state.times, label, state.now());
  },

  timeEnd(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    if (timeLogImpl(this, state, 'console.timeEnd()', label)) {
      MapPrototypeDelete(state.times, label);
    }
  },

  timeLog(label = 'default', ...data) {
    const state = stateOf(this);
    label = `${label}`;
    timeLogImpl(this, state, 'console.timeLog()', label, data);
  },

  trace: function trace(...args) {
    const state = stateOf(this);
    const err = {
      name: 'Trace',
      message: formatFor(state, state.stderr, args),
    };
    if (typeof ErrorCaptureStackTrace === 'function') {
      ErrorCaptureStackTrace(err, trace);
    }
    if (typeof err.stack !== 'string') {
      err.stack = err.message === '' ? 'Trace' : `Trace: ${err.message}`;
    }
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (args.length !== 0 && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        ArrayPrototypeUnshift(args, 'Assertion failed');
      }
      ReflectApply(this.warn, this, args);
    }
  },

  clear() {
    const state = stateOf(this);
    const out = state.stdout;
    if (out.isTTY) {
      // Cursor to the top-left corner, then clear the screen below it.
      out.write('\u001b[1;1H');
      out.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    let count = MapPrototypeGet(state.counts, label);
    count = count === undefined ? 1 : count + 1;
    MapPrototypeSet(state.counts, label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const state = stateOf(this);
    // Like Node, the lookup uses the label as given (not stringified).
    if (!MapPrototypeHas(state.counts, label)) {
      warn(state, `Count for '${label}' does not exist`);
      return;
    }
    MapPrototypeDelete(state.counts, `${label}`);
  },

  group(...data) {
    const state = stateOf(this);
    if (data.length > 0) ReflectApply(this.log, this, data);
    state.groupIndent += StringPrototypeRepeat(' ', state.groupIndentationWidth);
  },

  groupEnd() {
    const state = stateOf(this);
    state.groupIndent = StringPrototypeSlice(state.groupIndent, 0,
      state.groupIndent.length - state.groupIndentationWidth);
  },

  table(tabularData, properties) {
    const state = stateOf(this);
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw codedTypeError('ERR_INVALID_ARG_TYPE',
        'The "properties" argument must be an instance of Array.' +
        describeReceived(properties));
    }
    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }
    const { internals, types } = getInspectInternals();
    const final = (k, v) => this.log(renderTable(k, v));

    const cellInspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !ArrayIsArray(v) &&
        ObjectKeys(v).length > 2 ? -1 : 0;
      return inspect(v, {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...getInspectOptions(state, state.stdout),
      });
    };
    const indexArray = (length) => {
      const out = [];
      for (let i = 0; i < length; i++) out[i] = cellInspect(i);
      return out;
    };

    const mapIter = types.isMapIterator(tabularData);
    let isKeyValue = false;
    if (mapIter) {
      const res = internals.previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }

    if (isKeyValue || types.isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (let i = 0; i < tabularData.length / 2; i++) {
          ArrayPrototypePush(keys, cellInspect(tabularData[i * 2]));
          ArrayPrototypePush(values, cellInspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        const it = MapPrototypeEntries(tabularData);
        for (let step = MapIteratorNext(it); !step.done; step = MapIteratorNext(it)) {
          ArrayPrototypePush(keys, cellInspect(step.value[0]));
          ArrayPrototypePush(values, cellInspect(step.value[1]));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey],
        [indexArray(length), keys, values]);
    }

    const setIter = types.isSetIterator(tabularData);
    if (setIter) tabularData = internals.previewEntries(tabularData);

    if (setIter || mapIter || types.isSet(tabularData)) {
      const values = [];
      let length = 0;
      if (ArrayIsArray(tabularData)) {
        for (let i = 0; i < tabularData.length; i++) {
          ArrayPrototypePush(values, cellInspect(tabularData[i]));
          length++;
        }
      } else {
        const it = SetPrototypeValues(tabularData);
        for (let step = SetIteratorNext(it); !step.done; step = SetIteratorNext(it)) {
          ArrayPrototypePush(values, cellInspect(step.value));
          length++;
        }
      }
      return final([iterKey, valuesKey], [indexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = ObjectKeys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null ||
        (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = cellInspect(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k];
          map[key] ??= [];
          if ((primitive && properties) ||
              !ObjectPrototypeHasOwnProperty(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = cellInspect(item[key]);
          }
        }
      }
    }
    const head = ObjectKeys(map);
    const columns = [];
    for (let i = 0; i < head.length; i++) columns[i] = map[head[i]];
    if (hasPrimitives) {
      ArrayPrototypePush(head, valuesKey);
      ArrayPrototypePush(columns, valuesKeyArray);
    }
    ArrayPrototypeUnshift(head, indexKey);
    ArrayPrototypeUnshift(columns, indexKeyArray);
    return final(head, columns);
  },
};

// Aliases, in Node's key order.
const methodOrder = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time',
  'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset',
  'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed'];
const aliasOf = {
  __proto__: null,
  info: 'log',
  debug: 'log',
  dirxml: 'log',
  error: 'warn',
  groupCollapsed: 'group',
};

export function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (new.target === undefined) {
    return ReflectConstruct(Console, arguments);
  }
  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }
  initState(this, options);
  // Bind the (possibly overridden) methods to this instance.
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    this[key] = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(this[key], 'name', { __proto__: null, value: key });
  }
}

for (let i = 0; i < methodOrder.length; i++) {
  const name = methodOrder[i];
  ObjectDefineProperty(Console.prototype, name, {
    __proto__: null,
    value: consoleMethods[aliasOf[name] || name],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

export function createConsole(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('createConsole() expects an options object');
  }
  if (typeof options.now === 'function') envNow = options.now;
  if (typeof options.emitWarning === 'function') {
    envEmitWarning = options.emitWarning;
  }
  const consoleObject = { __proto__: {} };
  initState(consoleObject, options);
  for (let i = 0; i < methodOrder.length; i++) {
    const name = methodOrder[i];
    const fn = FunctionPrototypeBind(Console.prototype[name], consoleObject);
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
    consoleObject[name] = fn;
  }
  consoleObject.Console = Console;
  // Inspector-only methods are accepted and ignored.
  const noop = () => {};
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    const fn = FunctionPrototypeBind(noop, null);
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
    consoleObject[name] = fn;
  }
  ObjectDefineProperty(consoleObject, Symbol.toStringTag, {
    __proto__: null,
    value: 'console',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return consoleObject;
}
