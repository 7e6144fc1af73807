// Node 22's module resolution (CommonJS `Module._resolveFilename` and the
// ESM `defaultResolve`), as a pure, synchronous library over an injected
// filesystem.  Written to behave like Node 22 (same results, same error codes,
// messages and stack headers); checked against the real Node 22 by
// tests/js-unit/resolve-vs-node.mjs.
//
//   const r = createResolver(fsi);
//
// The filesystem interface `fsi` (all paths absolute POSIX paths):
//   stat(path)     -> 0 (file) | 1 (directory) | -1 (missing or other);
//                     follows symlinks, like stat(2).
//   readFile(path) -> file contents as a (UTF-8 decoded) string, or undefined
//                     if it cannot be read.
//   realpath(path) -> canonical path with every symlink resolved (only called
//                     for paths that stat() reported as existing).
//   cwd()          -> the process's current directory.
//   isBuiltin(id)  -> Node's `module.isBuiltin(id)`: true for 'fs',
//                     'node:fs', 'node:test'; false for 'test', 'node:nope'.
//   globalPaths    -> optional array: Node's global folders (`modulePaths`:
//                     $NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries,
//                     <prefix>/lib/node) searched after parent.paths;
//                     default [].
//
// The resolver:
//   r.resolveCjs(request, parent, options?) -> absolute filename
//       Module._resolveFilename() for a request that is not a builtin (the
//       caller checks builtins first; a 'node:' request that gets here throws
//       ERR_UNKNOWN_BUILTIN_MODULE, as require() does).  Conditions: require,
//       node, node-addons, module-sync (Node 22 with require(esm)).
//       `parent` is `{ filename, paths?, id?, requireStack?, parent? }` or
//       null (relative requests then resolve against fsi.cwd(), bare ones
//       only in globalPaths, as in Node).  `paths` defaults to
//       nodeModulePaths(dirname(filename)); `id: '<repl>'` without a filename
//       is a REPL parent (cwd based).  The "Require stack" of MODULE_NOT_FOUND
//       errors is `parent.requireStack` when that is an array, else built like
//       Node: the `parent.parent` chain, each module's `filename || id`.
//       `options` is require.resolve()'s: `{ paths: [dir, ...] }`.
//       Deliberate difference: a resolution that ends at a native addon
//       (*.node) throws ERR_DLOPEN_DISABLED instead of returning it.
//   r.resolveEsm(specifier, parentURL?) -> { url, format, ambiguous? }
//       defaultResolve() with the conditions import, node, node-addons,
//       module-sync; `parentURL` undefined means the main entry (cwd).
//       `format` is what Node's resolve step reports: 'module' (.mjs; .js and
//       extensionless files under "type": "module"), 'commonjs' (.cjs; .js
//       and extensionless files under "type": "commonjs"), 'json', 'wasm'
//       (.wasm; extensionless files with the wasm magic under "type":
//       "module"), 'builtin', 'module-typescript'/'commonjs-typescript' (.mts,
//       .cts, .ts in a typed scope), or undefined for unknown extensions such
//       as .node or .txt (Node's load then fails with ERR_UNKNOWN_FILE_EXTENSION:
//       `Unknown file extension ".txt" for /path`).  Where Node's resolve step
//       gives no format (.js, .ts and extensionless files in a scope without
//       "type"), ours gives the CommonJS default ('commonjs' or
//       'commonjs-typescript') with `ambiguous: true`: Node 22 decides those
//       when loading, by syntax detection (ES module if the source only
//       parses as one: import/export statements, import.meta, top-level
//       await; for extensionless files the wasm magic first).
//       Builtins give { url: 'node:x', format: 'builtin' }; data: URLs resolve
//       to themselves, with the format of their MIME type (text/javascript ->
//       'module', application/json -> 'json', else null).  What Node refuses
//       only when loading is refused here already: unknown 'node:' builtins
//       (ERR_UNKNOWN_BUILTIN_MODULE) and other URL schemes
//       (ERR_UNSUPPORTED_ESM_URL_SCHEME).
//   r.nodeModulePaths(dir) -> Module._nodeModulePaths(dir)
//   r.readPackageScope(dir) -> { path, type, data } | undefined
//       The package.json governing directory `dir` for the CommonJS loader.
//   r.fileURLToPath(url), r.pathToFileURL(path) -> string (POSIX, as node:url)
//   r.clearCache()
//
// Caching: for its lifetime a resolver keeps successful stat() results,
// realpaths and scanned package.json files (as Node does, missing entries are
// looked up again); clearCache() drops everything.
//
// Errors are Node's: coded errors Node creates in JavaScript come from
// makeNodeError() ("TypeError [CODE]: ..." stacks); the ones Node creates in
// C++ or by hand (MODULE_NOT_FOUND, ERR_INVALID_PACKAGE_CONFIG for a
// malformed file, the ESM "legacy main" ERR_MODULE_NOT_FOUND, ERR_INVALID_URL)
// are plain errors with a `code` property and "Error: ..." stacks, as in Node.

import { makeNodeError } from '../errors.js';

// ---------------------------------------------------------------------------
// Errors

function defineOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// Errors Node creates in JavaScript: "TypeError [CODE]: message" stacks.
function nodeError(Base, code, message, props) {
  const err = makeNodeError(Base, code, message);
  if (props) for (const key of Object.keys(props)) defineOwn(err, key, props[key]);
  return err;
}

// Errors Node creates in C++ (package.json parsing, legacy "main" lookup) or
// by hand in the CommonJS loader: plain `Error: message` stacks, `code` as an
// ordinary property.
function plainError(code, message, props) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  err.code = code;
  if (props) for (const key of Object.keys(props)) err[key] = props[key];
  return err;
}

function errInvalidModuleSpecifier(request, reason, base) {
  return nodeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
    `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`);
}

function errInvalidPackageConfig(path, base, message) {
  return nodeError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`);
}

function errInvalidPackageTarget(pkgPath, key, target, isImport, base) {
  const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
  const where = `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${relError ? '; targets must start with "./"' : ''}`;
  if (key === '.') {
    return nodeError(Error, 'ERR_INVALID_PACKAGE_TARGET',
      `Invalid "exports" main target ${JSON.stringify(target)} defined ${where}`);
  }
  return nodeError(Error, 'ERR_INVALID_PACKAGE_TARGET',
    `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ${where}`);
}

function errPackagePathNotExported(pkgPath, subpath, base) {
  const tail = `${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  if (subpath === '.') {
    return nodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', `No "exports" main defined in ${tail}`);
  }
  return nodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    `Package subpath '${subpath}' is not defined by "exports" in ${tail}`);
}

function errPackageImportNotDefined(specifier, packagePath, base) {
  return nodeError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    `Package import specifier "${specifier}" is not defined${
      packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`);
}

function errModuleNotFound(path, base, exactUrl) {
  return nodeError(Error, 'ERR_MODULE_NOT_FOUND',
    `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`,
    exactUrl ? { url: `${exactUrl}` } : undefined);
}

function errUnknownBuiltin(id) {
  return nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${id}`);
}

// Thrown by Node's C++ URL parser: `TypeError: Invalid URL`.
function errInvalidUrl(input, base) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// CommonJS "Cannot find module" without a require stack.
function esmNotFoundForCjs(request, path) {
  return plainError('MODULE_NOT_FOUND', `Cannot find module '${request}'`, path ? { path } : undefined);
}

function errNativeAddon(filename) {
  return nodeError(Error, 'ERR_DLOPEN_DISABLED',
    `Cannot load native addon '${filename}': native addons are not supported in secexec`);
}

// ---------------------------------------------------------------------------
// POSIX paths

// path.posix.normalize() of an absolute path, without the trailing slash.
function normalizeAbsolute(p) {
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

function dirname(p) {
  if (p.length === 0) return '.';
  let end = p.length - 1;
  while (end > 0 && p[end] === '/') end--;
  const idx = p.lastIndexOf('/', end);
  if (idx === -1) return '.';
  if (idx === 0) return '/';
  let stop = idx;
  while (stop > 0 && p[stop - 1] === '/') stop--;
  return stop === 0 ? '/' : p.slice(0, stop);
}

// path.posix.normalize(p) for any p (used for the "..": insidePath check).
function normalizePath(p) {
  if (p === '') return '.';
  const absolute = p[0] === '/';
  const trailing = p[p.length - 1] === '/';
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(seg);
  }
  let res = out.join('/');
  if (res === '' && !absolute) res = '.';
  if (trailing && res !== '' && res !== '.') res += '/';
  else if (trailing && res === '.' ) res = './';
  return absolute ? `/${res}` : res;
}

// ---------------------------------------------------------------------------
// URLs (the parts of the WHATWG URL parser that module resolution needs:
// file: URLs in full, data: URLs, and "does it parse" for other schemes)

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

function makeSet(chars) {
  const set = new Uint8Array(128);
  for (let i = 0; i < 0x20; i++) set[i] = 1;
  set[0x7F] = 1;
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
}
const C0_SET = makeSet('');
const FRAGMENT_SET = makeSet(' "<>`');
const QUERY_SET = makeSet(' "#<>');
const SPECIAL_QUERY_SET = makeSet(' "#<>\'');
const PATH_SET = makeSet(' "#<>?`{}');

// Percent-encodes the code points of `str` in `set` (and all non-ASCII ones)
// as UTF-8; lone surrogates become U+FFFD like USVString conversion.
function percentEncode(str, set) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp < 0x80) {
      out += set[cp] === 1 ? HEX[cp] : str[i];
      continue;
    }
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (next - 0xDC00);
        i++;
      } else cp = 0xFFFD;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    for (const b of utf8Bytes(cp)) out += HEX[b];
  }
  return out;
}

const SPECIAL_SCHEMES = new Set(['ftp:', 'file:', 'http:', 'https:', 'ws:', 'wss:']);
const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const isSlash = (ch) => ch === '/' || ch === '\\';

function isSingleDot(seg) {
  return seg === '.' || seg.toLowerCase() === '%2e';
}
function isDoubleDot(seg) {
  switch (seg.length) {
    case 2: return seg === '..';
    case 4: { const s = seg.toLowerCase(); return s === '.%2e' || s === '%2e.'; }
    case 6: return seg.toLowerCase() === '%2e%2e';
    default: return false;
  }
}
const isDriveLetter = (seg) => seg.length === 2 && /^[A-Za-z][:|]$/.test(seg);
const isNormalizedDriveLetter = (seg) => seg.length === 2 && /^[A-Za-z]:$/.test(seg);

// Splits "path?query#fragment".
function splitRest(s) {
  let hash = null;
  let query = null;
  const h = s.indexOf('#');
  if (h !== -1) { hash = s.slice(h + 1); s = s.slice(0, h); }
  const q = s.indexOf('?');
  if (q !== -1) { query = s.slice(q + 1); s = s.slice(0, q); }
  return { path: s, query, hash };
}

// The path state of the URL parser for file: URLs; `segments` holds the base
// path to start from (mutated).
function parseFilePath(input, segments) {
  let start = 0;
  if (isSlash(input[0])) start = 1;
  const parts = [];
  let cur = '';
  for (let i = start; i <= input.length; i++) {
    if (i === input.length || isSlash(input[i])) {
      parts.push([cur, i === input.length]);
      cur = '';
    } else cur += input[i];
  }
  for (const [raw, atEnd] of parts) {
    if (isDoubleDot(raw)) {
      if (!(segments.length === 1 && isNormalizedDriveLetter(segments[0]))) segments.pop();
      if (atEnd) segments.push('');
    } else if (isSingleDot(raw)) {
      if (atEnd) segments.push('');
    } else {
      let seg = raw;
      if (segments.length === 0 && isDriveLetter(seg)) seg = `${seg[0]}:`;
      segments.push(percentEncode(seg, PATH_SET));
    }
  }
  return `/${segments.join('/')}`;
}

function baseSegments(pathname) {
  const segs = pathname.split('/').slice(1);
  return segs;
}

function shorten(segs) {
  if (segs.length === 1 && isNormalizedDriveLetter(segs[0])) return;
  segs.pop();
}

function fileRecord(host, pathname, query, hash) {
  return {
    protocol: 'file:',
    host,
    pathname,
    search: query === null || query === '' ? '' : `?${percentEncode(query, SPECIAL_QUERY_SET)}`,
    hash: hash === null || hash === '' ? '' : `#${percentEncode(hash, FRAGMENT_SET)}`,
    // Keep "?"/"#" with an empty query/fragment, as the URL serializer does.
    rawSearch: query,
    rawHash: hash,
  };
}

function hrefOf(rec) {
  if (rec.protocol !== 'file:') return rec.href;
  const search = rec.rawSearch === '' ? '?' : rec.search;
  const hash = rec.rawHash === '' ? '#' : rec.hash;
  return `file://${rec.host}${rec.pathname}${search}${hash}`;
}

const FORBIDDEN_HOST = /[\0\t\n\r #/:<>?@[\\\]^|%]/;

function parseFileHost(raw) {
  let host = raw;
  if (host === '') return '';
  if (/%/.test(host)) {
    try { host = decodeURIComponent(host); } catch { return null; }
  }
  host = host.toLowerCase();
  if (host.startsWith('[')) return host.endsWith(']') ? host : null;
  if (FORBIDDEN_HOST.test(host)) return null;
  if (host === 'localhost') return '';
  return host;
}

// Everything after "file:" (or a relative reference that starts with two
// slashes): the authority, then the path.
function parseFileAuthority(rest) {
  // `rest` starts right after the two slashes.
  let i = 0;
  while (i < rest.length && !isSlash(rest[i]) && rest[i] !== '?' && rest[i] !== '#') i++;
  const rawHost = rest.slice(0, i);
  const after = rest.slice(i);
  if (isDriveLetter(rawHost)) {
    // "file://C:/x" is a path, not a host.
    const { path, query, hash } = splitRest(rest);
    return fileRecord('', parseFilePath(`/${path}`, []), query, hash);
  }
  const host = parseFileHost(rawHost);
  if (host === null) return null;
  const { path, query, hash } = splitRest(after);
  return fileRecord(host, parseFilePath(path, []), query, hash);
}

function parseFileURL(rest, base) {
  if (isSlash(rest[0]) && isSlash(rest[1])) return parseFileAuthority(rest.slice(2));
  const { path, query, hash } = splitRest(rest);
  if (isSlash(rest[0])) {
    return fileRecord(base ? base.host : '', parseFilePath(path, []), query, hash);
  }
  if (base && base.protocol === 'file:') {
    if (rest === '') return fileRecord(base.host, base.pathname, base.rawSearch, null);
    if (path === '') {
      return fileRecord(base.host, base.pathname, query === null ? base.rawSearch : query,
        hash === null ? null : hash);
    }
    const segs = baseSegments(base.pathname);
    shorten(segs);
    return fileRecord(base.host, parseFilePath(path, segs), query, hash);
  }
  return fileRecord('', parseFilePath(path, []), query, hash);
}

// Non-file URLs: only what resolution looks at (protocol, href, "parses?").
function parseOtherURL(protocol, rest) {
  if (SPECIAL_SCHEMES.has(protocol)) {
    let i = 0;
    while (isSlash(rest[i])) i++;
    let end = i;
    while (end < rest.length && !isSlash(rest[end]) && rest[end] !== '?' && rest[end] !== '#') end++;
    let authority = rest.slice(i, end);
    const at = authority.lastIndexOf('@');
    if (at !== -1) authority = authority.slice(at + 1);
    let host = authority;
    const portMatch = /:(\d*)$/.exec(authority);
    if (portMatch && !authority.endsWith(']')) {
      host = authority.slice(0, portMatch.index);
      if (portMatch[1] !== '' && Number(portMatch[1]) > 65535) return null;
    } else if (/:[^\]]*$/.test(authority) && !authority.startsWith('[')) return null;
    if (host === '') return null;
    if (host.startsWith('[') ? !host.endsWith(']') : FORBIDDEN_HOST.test(host)) return null;
    return { protocol, href: `${protocol}${rest}` };
  }
  const { path, query, hash } = splitRest(rest);
  let href = `${protocol}${percentEncode(path, C0_SET)}`;
  if (query !== null) href += `?${percentEncode(query, QUERY_SET)}`;
  if (hash !== null) href += `#${percentEncode(hash, FRAGMENT_SET)}`;
  return { protocol, href, opaque: path[0] !== '/', pathname: path };
}

// new URL(input, base) -> record, or null when it throws.
function parseURL(input, base) {
  input = input.replace(/^[\0- ]+|[\0- ]+$/g, '').replace(/[\t\n\r]/g, '');
  const m = SCHEME_RE.exec(input);
  if (m) {
    const protocol = `${m[1].toLowerCase()}:`;
    const rest = input.slice(m[0].length);
    if (protocol === 'file:') return parseFileURL(rest, base);
    return parseOtherURL(protocol, rest);
  }
  if (!base) return null;
  if (base.protocol !== 'file:') return null; // opaque bases (data:) can't be relative to
  if (isSlash(input[0]) && isSlash(input[1])) return parseFileAuthority(input.slice(2));
  return parseFileURL(input, base);
}

function canParseURL(input) {
  return parseURL(input, null) !== null;
}

function fileURLToPathOf(rec) {
  if (rec.host !== '') {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = rec.pathname;
  if (/%2f/i.test(pathname)) {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters',
      { input: hrefOf(rec) });
  }
  return decodeURIComponent(pathname);
}

// Characters pathToFileURL() encodes itself before the URL parser sees the
// string (which then encodes the other C0 controls and non-ASCII).
const PATH_TO_URL_SET = makeSet('\0\t\n\r "#%<>?[\\]^`{|}~');

function encodePathForURL(resolved) {
  // The URL parser trims trailing C0 controls (the ones not escaped above).
  resolved = resolved.replace(/[\x01-\x08\x0B\x0C\x0E-\x1F]+$/, '');
  return percentEncode(resolved, PATH_TO_URL_SET);
}

// ---------------------------------------------------------------------------
// Package configs

const INVALID_SEGMENT_RE = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const DEPRECATED_INVALID_SEGMENT_RE = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const INVALID_PACKAGE_NAME_RE = /^\.|%|\\/;
const ENCODED_SEP_RE = /%2F|%5C/i;
const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function isArrayIndex(key) {
  const n = +key;
  if (`${n}` !== key) return false;
  return n >= 0 && n < 0xFFFFFFFF;
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Best pattern key ("./feat/*.js") of `map` matching `name`.
function findPatternMatch(map, name) {
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !name.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (name.length >= key.length && name.endsWith(trailer) &&
        patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === star) {
      bestMatch = key;
      bestMatchSubpath = name.slice(star, name.length - trailer.length);
    }
  }
  return bestMatch ? { key: bestMatch, subpath: bestMatchSubpath } : null;
}

function stripBOM(s) {
  return s.charCodeAt(0) === 0xFEFF ? s.slice(1) : s;
}

// ---------------------------------------------------------------------------
// package.json, read the way Node 22's C++ reader (simdjson "on demand") does:
// the document must tokenize (strings closed, no raw control characters in
// them), start with "{" and end with "}", and the top-level object must be
// well formed, but the values of fields other than the ones below are only
// skipped (by bracket depth), not validated.
//   name:  must be a string;  type: must be a string (kept if "module" or
//   "commonjs");  main: kept if a string;  exports / imports: kept if a
//   string, object or array (objects/arrays as raw JSON text, parsed with
//   JSON.parse when the package config is read: a SyntaxError then).
// Returns null if Node would report the file as an invalid package config.

const JSON_WS = (c) => c === 0x20 || c === 0x09 || c === 0x0A || c === 0x0D;
const JSON_STRUCT = (c) => c === 0x7B || c === 0x7D || c === 0x5B || c === 0x5D || c === 0x3A || c === 0x2C;

function tokenizeJSON(text) {
  const tokens = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (JSON_WS(c)) { i++; continue; }
    if (JSON_STRUCT(c)) { tokens.push({ t: text[i], start: i, end: i + 1 }); i++; continue; }
    if (c === 0x22) {
      let j = i + 1;
      for (;;) {
        if (j >= n) return null;
        const d = text.charCodeAt(j);
        if (d < 0x20) return null;
        if (d === 0x5C) { j += 2; continue; }
        if (d === 0x22) break;
        j++;
      }
      tokens.push({ t: 's', start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (JSON_WS(d) || JSON_STRUCT(d) || d === 0x22) break;
      j++;
    }
    tokens.push({ t: 'a', start: i, end: j });
    i = j;
  }
  return tokens;
}

function scanPackageJSON(text) {
  const tokens = tokenizeJSON(text);
  if (tokens === null || tokens.length === 0) return null;
  if (tokens[0].t !== '{' || tokens[tokens.length - 1].t !== '}') return null;
  const fields = { name: undefined, main: undefined, type: 'none', exports: undefined, imports: undefined };
  const decode = (tok) => {
    try {
      return JSON.parse(text.slice(tok.start, tok.end));
    } catch {
      return undefined;
    }
  };
  // Index of the token after the value starting at tokens[i], or -1.
  const skipValue = (i) => {
    const tok = tokens[i];
    if (!tok) return -1;
    if (tok.t === 's' || tok.t === 'a') return i + 1;
    if (tok.t !== '{' && tok.t !== '[') return -1;
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j].t;
      if (t === '{' || t === '[') depth++;
      else if (t === '}' || t === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  };
  let i = 1;
  if (tokens[i] && tokens[i].t === '}') return fields;
  for (;;) {
    const keyTok = tokens[i];
    if (!keyTok || keyTok.t !== 's') return null;
    if (!tokens[i + 1] || tokens[i + 1].t !== ':') return null;
    const valueIndex = i + 2;
    const next = skipValue(valueIndex);
    if (next === -1 || next >= tokens.length) return null;
    const valueTok = tokens[valueIndex];
    const key = text.slice(keyTok.start + 1, keyTok.end - 1);
    if (key === 'name' || key === 'type') {
      const v = valueTok.t === 's' ? decode(valueTok) : undefined;
      if (typeof v !== 'string') return null;
      if (key === 'name') fields.name = v;
      else if (v === 'module' || v === 'commonjs') fields.type = v;
    } else if (key === 'main') {
      if (valueTok.t === 's') {
        const v = decode(valueTok);
        if (typeof v === 'string') fields.main = v;
      }
    } else if (key === 'exports' || key === 'imports') {
      if (valueTok.t === 's') {
        const v = decode(valueTok);
        if (typeof v !== 'string') return null;
        fields[key] = { raw: v };
      } else if (valueTok.t === '{' || valueTok.t === '[') {
        // The raw text runs up to the next token, trailing whitespace included.
        fields[key] = { raw: text.slice(valueTok.start, tokens[next].start) };
      } else {
        fields[key] = undefined;
      }
    }
    const sep = tokens[next].t;
    if (sep === '}') return fields;
    if (sep !== ',') return null;
    i = next + 1;
  }
}

// Node parses a raw exports/imports value with JSON.parse when it starts
// with "[" or "{" (even if it was a JSON string).
function parseRawField(field) {
  if (field === undefined) return undefined;
  const raw = field.raw;
  if (raw[0] !== '[' && raw[0] !== '{') return raw;
  if (!('value' in field)) field.value = JSON.parse(raw);
  return field.value;
}

// ---------------------------------------------------------------------------

const CJS_CONDITIONS = new Set(['require', 'node', 'node-addons', 'module-sync']);
const ESM_CONDITIONS = new Set(['import', 'node', 'node-addons', 'module-sync']);

const EXTENSION_FORMATS = {
  __proto__: null,
  '.cjs': 'commonjs',
  '.js': 'module',
  '.json': 'json',
  '.mjs': 'module',
  '.wasm': 'wasm',
  '.cts': 'commonjs-typescript',
  '.mts': 'module-typescript',
};

const CJS_EXTENSIONS = ['.js', '.json', '.node'];

// Format of files Node 22 classifies by their syntax when loading.
const AMBIGUOUS = Symbol('ambiguous');

function mimeToFormat(mime) {
  if (mime == null) return null;
  if (/^\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?$/i.test(mime)) return 'module';
  if (mime === 'application/json') return 'json';
  if (mime === 'application/wasm') return 'wasm';
  return null;
}

export function createResolver(fsi) {
  const globalPaths = Array.isArray(fsi.globalPaths) ? fsi.globalPaths.slice() : [];
  const isBuiltin = typeof fsi.isBuiltin === 'function' ? (id) => !!fsi.isBuiltin(id) : () => false;
  // Builtins `require('x')` / `import 'x'` reach without the node: scheme.
  const canBeRequiredWithoutScheme = (id) => !id.startsWith('node:') && isBuiltin(id);

  let statCache = new Map();
  let realpathCache = new Map();
  let packageCache = new Map();

  function stat(path) {
    const hit = statCache.get(path);
    if (hit !== undefined) return hit;
    const rc = fsi.stat(path);
    if (rc === 0 || rc === 1) statCache.set(path, rc);
    return rc === 0 || rc === 1 ? rc : -1;
  }

  function realpath(path) {
    let real = realpathCache.get(path);
    if (real === undefined) {
      real = fsi.realpath(path);
      realpathCache.set(path, real);
    }
    return real;
  }

  function cwd() {
    return typeof fsi.cwd === 'function' ? fsi.cwd() : '/';
  }

  // path.posix.resolve(...parts)
  function resolvePath(...parts) {
    let joined = '';
    for (let i = parts.length - 1; i >= 0 && joined[0] !== '/'; i--) {
      const p = parts[i];
      if (p === '') continue;
      joined = joined === '' ? p : `${p}/${joined}`;
    }
    if (joined[0] !== '/') joined = joined === '' ? cwd() : `${cwd()}/${joined}`;
    return normalizeAbsolute(joined);
  }

  // pathToFileURL(path) as a record.
  function pathToFileRecord(path) {
    let resolved = resolvePath(path);
    if (path.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
    return fileRecord('', encodePathForURL(resolved), null, null);
  }

  function toFileURLRecord(url) {
    if (typeof url === 'string') {
      const rec = parseURL(url, null);
      if (rec === null) throw errInvalidUrl(url);
      return rec;
    }
    return url;
  }

  function fileURLToPath(url) {
    const rec = toFileURLRecord(url);
    if (rec.protocol !== 'file:') {
      throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    return fileURLToPathOf(rec);
  }

  // `new URL('.', url)` as a path with a trailing slash.
  function dirPathOf(rec) {
    return fileURLToPath(parseURL('.', rec));
  }

  // -- package.json ---------------------------------------------------------

  // Node's package.json reader: undefined if the file can't be read, else
  // { pjsonPath, exists: true, name, main, type, imports, exports, data }.
  // `errorContext` ({ specifier, base }) is given for ESM package lookups.
  // The scanned file is cached; "exports"/"imports" are parsed (and a
  // SyntaxError thrown for bad ones) on every read, like Node.
  function readPackage(pjsonPath, errorContext) {
    const entry = packageEntry(pjsonPath, errorContext);
    if (entry === undefined) return undefined;
    const { fields } = entry;
    return {
      pjsonPath,
      exists: true,
      name: fields.name,
      main: fields.main,
      type: fields.type,
      imports: parseRawField(fields.imports),
      exports: parseRawField(fields.exports),
      entry,
    };
  }

  function packageEntry(pjsonPath, errorContext) {
    let entry = packageCache.get(pjsonPath);
    if (entry === undefined) {
      const source = fsi.readFile(pjsonPath);
      if (source === undefined || source === null) return undefined;
      const text = stripBOM(String(source));
      const fields = scanPackageJSON(text);
      if (fields === null) {
        if (errorContext && errorContext.base) {
          throw plainError('ERR_INVALID_PACKAGE_CONFIG',
            `Invalid package config ${pjsonPath} while importing "${errorContext.specifier}" from ${
              fileURLToPath(errorContext.base)}.`);
        }
        throw plainError('ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${pjsonPath}.`);
      }
      entry = { pjsonPath, text, fields, data: undefined };
      packageCache.set(pjsonPath, entry);
    }
    return entry;
  }

  // The whole parsed package.json (or, for files Node reads but JSON.parse
  // rejects, the fields Node recognises).
  function packageData(entry) {
    if (entry.data === undefined) {
      try {
        entry.data = JSON.parse(entry.text);
      } catch {
        const { fields } = entry;
        const data = {};
        if (fields.name !== undefined) data.name = fields.name;
        if (fields.main !== undefined) data.main = fields.main;
        if (fields.type !== 'none') data.type = fields.type;
        for (const k of ['imports', 'exports']) {
          try {
            if (fields[k] !== undefined) data[k] = parseRawField(fields[k]);
          } catch { /* left out */ }
        }
        entry.data = data;
      }
    }
    return entry.data;
  }

  // The CommonJS package scope (Node's getNearestParentPackageJSON): from the
  // directory of `checkPath` (or `checkPath` itself if it ends with "/")
  // upwards, not looking at "/" itself and stopping at a directory named
  // node_modules.
  function nearestParentPackage(checkPath) {
    let dir = checkPath.endsWith('/') ? checkPath.slice(0, -1) || '/' : dirname(checkPath);
    for (;;) {
      if (dir === '/' || dir.endsWith('/node_modules')) return undefined;
      const pkg = readPackage(`${dir}/package.json`);
      if (pkg !== undefined) return pkg;
      dir = dirname(dir);
    }
  }

  // The ESM package scope of a file URL (Node's getPackageScopeConfig):
  // from the URL's directory up to and including "/", stopping below a
  // node_modules directory.
  function packageScopeConfig(urlRec) {
    let pjsonRec = parseURL('./package.json', urlRec);
    for (;;) {
      if (pjsonRec.pathname.endsWith('/node_modules/package.json')) break;
      const pkg = readPackage(fileURLToPath(pjsonRec), { specifier: hrefOf(urlRec) });
      if (pkg !== undefined) return pkg;
      const last = pjsonRec.pathname;
      pjsonRec = parseURL('../package.json', pjsonRec);
      if (pjsonRec.pathname === last) break;
    }
    return {
      pjsonPath: fileURLToPath(pjsonRec),
      exists: false,
      name: undefined,
      main: undefined,
      type: 'none',
      imports: undefined,
      exports: undefined,
    };
  }

  // The package.json that governs the files of directory `dir` for the
  // CommonJS loader ("type" of .js files): { path, type, data } or undefined.
  // Like Node: `dir` itself and its ancestors, not "/", and not past a
  // directory named node_modules.  Only a malformed file is an error
  // (ERR_INVALID_PACKAGE_CONFIG); "exports"/"imports" are not parsed.
  function readPackageScope(dir) {
    let cur = resolvePath(dir);
    for (;;) {
      if (cur === '/' || cur.endsWith('/node_modules')) return undefined;
      const entry = packageEntry(`${cur}/package.json`);
      if (entry !== undefined) return { path: entry.pjsonPath, type: entry.fields.type, data: packageData(entry) };
      cur = dirname(cur);
    }
  }

  // -- package "exports" / "imports" (shared by CJS and ESM) ---------------

  // `base`: the importing module's URL record, or undefined (CJS node_modules
  // lookups), used for messages only.
  const basePath = (base) => (base ? fileURLToPath(base) : undefined);

  function resolvePackageTargetString(target, subpath, match, pjsonRec, base, pattern, internal, conditions) {
    if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
      throw errInvalidPackageTarget(dirPathOf(pjsonRec), match, target, internal, basePath(base));
    }
    if (!target.startsWith('./')) {
      if (internal && !target.startsWith('../') && !target.startsWith('/')) {
        if (!canParseURL(target)) {
          const exportTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
          return packageResolve(exportTarget, pjsonRec, conditions);
        }
      }
      throw errInvalidPackageTarget(dirPathOf(pjsonRec), match, target, internal, basePath(base));
    }
    if (INVALID_SEGMENT_RE.test(target.slice(2))) {
      // Empty segments are only deprecated; ".", ".." and node_modules are errors.
      if (DEPRECATED_INVALID_SEGMENT_RE.test(target.slice(2))) {
        throw errInvalidPackageTarget(dirPathOf(pjsonRec), match, target, internal, basePath(base));
      }
    }
    const resolved = parseURL(target, pjsonRec);
    const packagePath = parseURL('.', pjsonRec).pathname;
    if (!resolved.pathname.startsWith(packagePath)) {
      throw errInvalidPackageTarget(dirPathOf(pjsonRec), match, target, internal, basePath(base));
    }
    if (subpath === '') return resolved;
    if (INVALID_SEGMENT_RE.test(subpath)) {
      const request = pattern ? match.replace('*', () => subpath) : match + subpath;
      if (DEPRECATED_INVALID_SEGMENT_RE.test(subpath)) {
        throw errInvalidModuleSpecifier(request,
          `request is not a valid match in pattern "${match}" for the "${internal ? 'imports' : 'exports'}" resolution of ${
            fileURLToPath(pjsonRec)}`, basePath(base));
      }
    }
    if (pattern) {
      const href = hrefOf(resolved).replace(/\*/g, () => subpath);
      const rec = parseURL(href, null);
      if (rec === null) throw errInvalidUrl(href);
      return rec;
    }
    return parseURL(subpath, resolved);
  }

  // Returns a URL record, null (explicitly excluded) or undefined (no match).
  function resolvePackageTarget(pjsonRec, target, subpath, packageSubpath, base, pattern, internal, conditions) {
    if (typeof target === 'string') {
      return resolvePackageTargetString(target, subpath, packageSubpath, pjsonRec, base, pattern, internal,
        conditions);
    }
    if (Array.isArray(target)) {
      if (target.length === 0) return null;
      let lastException;
      for (const item of target) {
        let result;
        try {
          result = resolvePackageTarget(pjsonRec, item, subpath, packageSubpath, base, pattern, internal,
            conditions);
        } catch (e) {
          lastException = e;
          if (e && e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
          throw e;
        }
        if (result === undefined) continue;
        if (result === null) {
          lastException = null;
          continue;
        }
        return result;
      }
      if (lastException == null) return lastException;
      throw lastException;
    }
    if (typeof target === 'object' && target !== null) {
      const keys = Object.getOwnPropertyNames(target);
      for (const key of keys) {
        if (isArrayIndex(key)) {
          throw errInvalidPackageConfig(fileURLToPath(pjsonRec), base && hrefOf(base),
            '"exports" cannot contain numeric property keys.');
        }
      }
      for (const key of keys) {
        if (key === 'default' || conditions.has(key)) {
          const result = resolvePackageTarget(pjsonRec, target[key], subpath, packageSubpath, base, pattern,
            internal, conditions);
          if (result === undefined) continue;
          return result;
        }
      }
      return undefined;
    }
    if (target === null) return null;
    throw errInvalidPackageTarget(dirPathOf(pjsonRec), packageSubpath,
      typeof target === 'object' ? JSON.stringify(target) : `${target}`, internal, basePath(base));
  }

  function isConditionalExportsMainSugar(exports, pjsonRec, base) {
    if (typeof exports === 'string' || Array.isArray(exports)) return true;
    if (typeof exports !== 'object' || exports === null) return false;
    let isSugar = false;
    let i = 0;
    for (const key of Object.getOwnPropertyNames(exports)) {
      const cur = key === '' || key[0] !== '.';
      if (i++ === 0) isSugar = cur;
      else if (isSugar !== cur) {
        throw errInvalidPackageConfig(fileURLToPath(pjsonRec), base && hrefOf(base),
          '"exports" cannot contain some keys starting with \'.\' and some not.' +
          ' The exports object must either be an object of package subpath keys' +
          ' or an object of main entry condition name keys only.');
      }
    }
    return isSugar;
  }

  function packageExportsResolve(pjsonRec, packageSubpath, packageConfig, base, conditions) {
    let exports = packageConfig.exports;
    if (isConditionalExportsMainSugar(exports, pjsonRec, base)) exports = { '.': exports };
    if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
        !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
      const result = resolvePackageTarget(pjsonRec, exports[packageSubpath], '', packageSubpath, base, false,
        false, conditions);
      if (result == null) throw errPackagePathNotExported(dirPathOf(pjsonRec), packageSubpath, basePath(base));
      return result;
    }
    const best = findPatternMatch(exports, packageSubpath);
    if (best) {
      const result = resolvePackageTarget(pjsonRec, exports[best.key], best.subpath, best.key, base, true, false,
        conditions);
      if (result == null) throw errPackagePathNotExported(dirPathOf(pjsonRec), packageSubpath, basePath(base));
      return result;
    }
    throw errPackagePathNotExported(dirPathOf(pjsonRec), packageSubpath, basePath(base));
  }

  function packageImportsResolve(name, base, conditions) {
    if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
      throw errInvalidModuleSpecifier(name, 'is not a valid internal imports specifier name', fileURLToPath(base));
    }
    let pjsonRec;
    const packageConfig = packageScopeConfig(base);
    if (packageConfig.exists) {
      pjsonRec = pathToFileRecord(packageConfig.pjsonPath);
      const imports = packageConfig.imports;
      if (imports) {
        if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
          const result = resolvePackageTarget(pjsonRec, imports[name], '', name, base, false, true, conditions);
          if (result != null) return result;
        } else {
          const best = findPatternMatch(imports, name);
          if (best) {
            const result = resolvePackageTarget(pjsonRec, imports[best.key], best.subpath, best.key, base, true,
              true, conditions);
            if (result != null) return result;
          }
        }
      }
    }
    throw errPackageImportNotDefined(name, pjsonRec && dirPathOf(pjsonRec), fileURLToPath(base));
  }

  function parsePackageName(specifier, base) {
    let separatorIndex = specifier.indexOf('/');
    let valid = true;
    let isScoped = false;
    if (specifier[0] === '@') {
      isScoped = true;
      if (separatorIndex === -1 || specifier.length === 0) valid = false;
      else separatorIndex = specifier.indexOf('/', separatorIndex + 1);
    }
    const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
    if (INVALID_PACKAGE_NAME_RE.test(packageName)) valid = false;
    if (!valid) throw errInvalidModuleSpecifier(specifier, 'is not a valid package name', fileURLToPath(base));
    const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
    return { packageName, packageSubpath, isScoped };
  }

  // Node's "legacy main" lookup for ESM packages without "exports" (path
  // based in Node 22: path.resolve(packageDir, main)).
  function legacyMainResolve(pjsonRec, packageConfig, base) {
    const pkgDir = dirname(fileURLToPath(pjsonRec));
    let initialFile;
    if (packageConfig.main !== undefined) {
      initialFile = resolvePath(pkgDir, packageConfig.main);
      for (const ext of ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node']) {
        if (stat(initialFile + ext) === 0) return pathToFileRecord(initialFile + ext);
      }
    }
    const index = resolvePath(pkgDir, 'index');
    for (const ext of ['.js', '.json', '.node']) {
      if (stat(index + ext) === 0) return pathToFileRecord(index + ext);
    }
    if (initialFile === undefined) initialFile = `${index}.js`;
    throw plainError('ERR_MODULE_NOT_FOUND',
      `Cannot find package '${initialFile}' imported from ${fileURLToPath(base)}`);
  }

  function packageResolve(specifier, base, conditions) {
    if (canBeRequiredWithoutScheme(specifier)) return { protocol: 'node:', href: `node:${specifier}` };
    const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);

    // Self-resolution.
    const scope = packageScopeConfig(base);
    if (scope.exists) {
      const pjsonRec = pathToFileRecord(scope.pjsonPath);
      if (scope.exports != null && scope.name === packageName) {
        return packageExportsResolve(pjsonRec, packageSubpath, scope, base, conditions);
      }
    }

    let pjsonRec = parseURL(`./node_modules/${packageName}/package.json`, base);
    let pjsonPath = fileURLToPath(pjsonRec);
    let lastPath;
    do {
      if (stat(pjsonPath.slice(0, pjsonPath.length - 13)) !== 1) {
        lastPath = pjsonPath;
        pjsonRec = parseURL(`${isScoped ? '../../../../node_modules/' : '../../../node_modules/'}${
          packageName}/package.json`, pjsonRec);
        pjsonPath = fileURLToPath(pjsonRec);
        continue;
      }
      const config = readPackage(pjsonPath, { specifier, base }) || {
        pjsonPath, exists: false, main: undefined, name: undefined, type: 'none', imports: undefined, exports: undefined,
      };
      if (config.exports != null) return packageExportsResolve(pjsonRec, packageSubpath, config, base, conditions);
      if (packageSubpath === '.') return legacyMainResolve(pjsonRec, config, base);
      return parseURL(packageSubpath, pjsonRec);
    } while (pjsonPath.length !== lastPath.length);

    throw errModuleNotFound(packageName, fileURLToPath(base), null);
  }

  // ---------------------------------------------------------------------------
  // CommonJS

  function nodeModulePaths(from) {
    from = resolvePath(from);
    if (from === '/') return ['/node_modules'];
    const paths = [];
    let end = from.length;
    for (let i = from.length - 1; i >= 0; i--) {
      if (from[i] !== '/') continue;
      if (from.slice(i + 1, end) !== 'node_modules') paths.push(`${from.slice(0, end)}/node_modules`);
      end = i;
    }
    paths.push('/node_modules');
    return paths;
  }

  function isRelative(request) {
    if (request[0] !== '.') return false;
    return request.length === 1 || request === '..' || request.startsWith('./') || request.startsWith('../');
  }

  function tryFile(requestPath) {
    if (stat(requestPath) !== 0) return undefined;
    return realpath(requestPath);
  }

  function tryExtensions(basePath) {
    for (const ext of CJS_EXTENSIONS) {
      const filename = tryFile(basePath + ext);
      if (filename) return filename;
    }
    return false;
  }

  function readPackageAt(requestPath) {
    return readPackage(resolvePath(requestPath, 'package.json'));
  }

  function tryPackage(requestPath, originalPath) {
    const pkg = readPackageAt(requestPath);
    const main = pkg && pkg.main;
    if (!main) return tryExtensions(resolvePath(requestPath, 'index'));
    const filename = resolvePath(requestPath, main);
    let actual = tryFile(filename) || tryExtensions(filename) || tryExtensions(resolvePath(filename, 'index'));
    if (actual === false) {
      actual = tryExtensions(resolvePath(requestPath, 'index'));
      if (!actual) {
        throw plainError('MODULE_NOT_FOUND',
          `Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`,
          { path: resolvePath(requestPath, 'package.json'), requestPath: originalPath });
      }
    }
    return actual;
  }

  function finalizeEsmResolution(resolved, parentPath, pkgPath) {
    if (ENCODED_SEP_RE.test(hrefOf(resolved))) {
      throw errInvalidModuleSpecifier(hrefOf(resolved), 'must not include encoded "/" or "\\" characters',
        parentPath);
    }
    const filename = fileURLToPath(resolved);
    const actual = tryFile(filename);
    if (actual) return actual;
    throw esmNotFoundForCjs(filename, pkgPath);
  }

  function resolveExports(nmPath, request, conditions) {
    const m = EXPORTS_PATTERN.exec(request);
    if (!m) return undefined;
    const name = m[1];
    const expansion = m[2] || '';
    const pkgPath = resolvePath(nmPath, name);
    const pkg = readPackageAt(pkgPath);
    if (pkg && pkg.exports != null) {
      try {
        return finalizeEsmResolution(packageExportsResolve(pathToFileRecord(`${pkgPath}/package.json`),
          `.${expansion}`, pkg, undefined, conditions), null, pkgPath);
      } catch (e) {
        if (e && e.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFoundForCjs(request, `${pkgPath}/package.json`);
        throw e;
      }
    }
    return undefined;
  }

  function trySelf(parentPath, request, conditions) {
    if (!parentPath) return false;
    const pkg = nearestParentPackage(parentPath);
    if (pkg === undefined || pkg.exports === undefined || pkg.name === undefined) return false;
    let expansion;
    if (request === pkg.name) expansion = '.';
    else if (request.startsWith(`${pkg.name}/`)) expansion = `.${request.slice(pkg.name.length)}`;
    else return false;
    try {
      return finalizeEsmResolution(packageExportsResolve(pathToFileRecord(pkg.pjsonPath), expansion, pkg,
        pathToFileRecord(parentPath), conditions), parentPath, pkg.pjsonPath);
    } catch (e) {
      if (e && e.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFoundForCjs(request, pkg.pjsonPath);
      throw e;
    }
  }

  function findPath(request, paths, conditions) {
    const absoluteRequest = request[0] === '/';
    if (absoluteRequest) paths = [''];
    else if (!paths || paths.length === 0) return false;

    const last = request.length - 1;
    const trailingSlash = request.length > 0 && (request[last] === '/' || (request[last] === '.' && (
      request.length === 1 || request[last - 1] === '/' ||
      (request[last - 1] === '.' && (request.length === 2 || request[last - 2] === '/')))));

    let insidePath = true;
    if (isRelative(request) && normalizePath(request).startsWith('..')) insidePath = false;

    for (const curPath of paths) {
      if (typeof curPath !== 'string') {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "paths" argument must be of type array of strings.');
      }
      if (insidePath && curPath && stat(resolvePath(curPath)) < 1) continue;
      if (!absoluteRequest) {
        const exportsResolved = resolveExports(curPath, request, conditions);
        if (exportsResolved) return exportsResolved;
      }
      const basePath = resolvePath(curPath, request);
      let filename;
      const rc = stat(basePath);
      if (!trailingSlash) {
        if (rc === 0) filename = realpath(basePath);
        if (!filename) filename = tryExtensions(basePath);
      }
      if (!filename && rc === 1) filename = tryPackage(basePath, request);
      if (filename) return filename;
    }
    return false;
  }

  function resolveLookupPaths(request, parent) {
    if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
      const parentPaths = parent && parentPathsOf(parent);
      const paths = parentPaths && parentPaths.length ? parentPaths.concat(globalPaths) : globalPaths;
      return paths.length > 0 ? paths : null;
    }
    if (!parent || !(parent.id ?? parent.filename) || !parent.filename) return ['.'];
    return [dirname(parent.filename)];
  }

  function parentPathsOf(parent) {
    if (Array.isArray(parent.paths)) return parent.paths;
    if (parent.filename) return nodeModulePaths(dirname(parent.filename));
    return undefined;
  }

  function trySelfParentPath(parent) {
    if (!parent) return false;
    if (parent.filename) return parent.filename;
    if (parent.id === '<repl>' || parent.id === 'internal/preload') return `${cwd()}/`;
    return undefined;
  }

  function requireStackOf(parent) {
    if (!parent) return [];
    if (Array.isArray(parent.requireStack)) return parent.requireStack.slice();
    const stack = [];
    const seen = new Set();
    for (let cursor = parent; cursor && !seen.has(cursor); cursor = cursor.parent) {
      seen.add(cursor);
      stack.push(cursor.filename || cursor.id);
    }
    return stack;
  }

  function cjsResolveFilename(request, parent, options) {
    const conditions = CJS_CONDITIONS;
    let paths;
    if (typeof options === 'object' && options !== null) {
      if (Array.isArray(options.paths)) {
        if (isRelative(request)) {
          paths = options.paths;
        } else {
          paths = [];
          for (const p of options.paths) {
            const lookupPaths = resolveLookupPaths(request, { filename: null, id: '', paths: nodeModulePaths(p) });
            for (const lp of lookupPaths || []) if (!paths.includes(lp)) paths.push(lp);
          }
        }
      } else if (options.paths === undefined) {
        paths = resolveLookupPaths(request, parent);
      } else {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The property 'options.paths' is invalid. Received ${String(options.paths)}`);
      }
    } else {
      paths = resolveLookupPaths(request, parent);
    }

    if (request[0] === '#' && parent && (parent.filename || parent.id === '<repl>')) {
      const parentPath = parent.filename || `${cwd()}/`;
      const pkg = nearestParentPackage(parentPath);
      if (pkg && pkg.imports != null) {
        try {
          return finalizeEsmResolution(packageImportsResolve(request, pathToFileRecord(parentPath), conditions),
            parentPath, pkg.pjsonPath);
        } catch (e) {
          if (e && e.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFoundForCjs(request);
          throw e;
        }
      }
    }

    const selfResolved = trySelf(trySelfParentPath(parent), request, conditions);
    if (selfResolved) return selfResolved;

    const filename = findPath(request, paths, conditions);
    if (filename) return filename;

    const requireStack = requireStackOf(parent);
    let message = `Cannot find module '${request}'`;
    if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
    throw plainError('MODULE_NOT_FOUND', message, { requireStack });
  }

  function resolveCjs(request, parent = null, options = undefined) {
    if (typeof request !== 'string') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "id" argument must be of type string. Received ${request === null ? 'null' : `type ${typeof request}`}`);
    }
    if (request.startsWith('node:')) throw errUnknownBuiltin(request);
    const filename = cjsResolveFilename(request, parent, options);
    if (filename.endsWith('.node')) throw errNativeAddon(filename);
    return filename;
  }

  // ---------------------------------------------------------------------------
  // ESM

  function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
    if (specifier === '') return false;
    if (specifier[0] === '/') return true;
    return isRelativeSpecifier(specifier);
  }

  function isRelativeSpecifier(specifier) {
    if (specifier[0] === '.') {
      if (specifier.length === 1 || specifier[1] === '/') return true;
      if (specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/')) return true;
    }
    return false;
  }

  function finalizeResolution(resolved, base) {
    if (ENCODED_SEP_RE.test(resolved.pathname)) {
      throw errInvalidModuleSpecifier(resolved.pathname, 'must not include encoded "/" or "\\" characters',
        fileURLToPath(base));
    }
    let path;
    try {
      path = fileURLToPath(resolved);
    } catch (err) {
      defineOwn(err, 'input', hrefOf(resolved));
      defineOwn(err, 'module', hrefOf(base));
      throw err;
    }
    const rc = stat(path.endsWith('/') ? path.slice(0, -1) : path);
    if (rc === 1) {
      throw nodeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
        `Directory import '${path}' is not supported resolving ES modules imported from ${fileURLToPath(base)}`,
        { url: hrefOf(resolved) });
    } else if (rc !== 0) {
      throw errModuleNotFound(path || resolved.pathname, base && fileURLToPath(base), hrefOf(resolved));
    }
    const real = realpath(path);
    const rec = pathToFileRecord(real + (path.endsWith('/') ? '/' : ''));
    // Like Node's `url.search = search; url.hash = hash` (an empty "?" or
    // "#" is dropped).
    rec.search = resolved.search;
    rec.rawSearch = resolved.search ? resolved.search.slice(1) : null;
    rec.hash = resolved.hash;
    rec.rawHash = resolved.hash ? resolved.hash.slice(1) : null;
    return rec;
  }

  function unsupportedResolveRequest(specifier, base, cause) {
    return nodeError(TypeError, 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
      `Failed to resolve module specifier "${specifier}" from "${hrefOf(base)}": ` +
      'Invalid relative URL or base scheme is not hierarchical.', { cause });
  }

  function moduleResolve(specifier, base) {
    const conditions = ESM_CONDITIONS;
    const isData = base.protocol === 'data:';
    let resolved;
    if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
      resolved = parseURL(specifier, base);
      if (resolved === null) throw unsupportedResolveRequest(specifier, base, errInvalidUrl(specifier, hrefOf(base)));
    } else if (base.protocol === 'file:' && specifier[0] === '#') {
      resolved = packageImportsResolve(specifier, base, conditions);
    } else {
      resolved = parseURL(specifier, null);
      if (resolved === null) {
        if (isData && !canBeRequiredWithoutScheme(specifier)) {
          throw unsupportedResolveRequest(specifier, base, errInvalidUrl(specifier));
        }
        resolved = packageResolve(specifier, base, conditions);
      }
    }
    if (resolved.protocol !== 'file:') return resolved;
    return finalizeResolution(resolved, base);
  }

  // What Node's CommonJS loader would have found, for the "Did you mean to
  // import ...?" hint.  Like Node, the lookup uses a parent module without a
  // filename, so relative requests are resolved against the cwd.
  function resolveAsCommonJS(specifier, parentRec) {
    try {
      const parent = fileURLToPath(parentRec);
      if (isBuiltin(specifier) && !specifier.startsWith('node:')) return specifier;
      if (specifier.startsWith('node:')) return isBuiltin(specifier) ? specifier : false;
      let found = cjsResolveFilename(specifier, { filename: null, id: parent, paths: nodeModulePaths(parent) });
      if (isRelativeSpecifier(specifier)) {
        const foundURL = pathToFileRecord(found).pathname;
        const parentHref = hrefOf(parentRec);
        found = posixRelative(parentHref.slice('file://'.length, parentHref.lastIndexOf('/')), foundURL);
        if (!found.startsWith('../')) found = `./${found}`;
      } else if (specifier[0] && specifier[0] !== '/' && specifier[0] !== '.') {
        const i = specifier.indexOf('/');
        const pkg = i === -1 ? specifier : specifier.slice(0, i);
        const needle = `/node_modules/${pkg}/`;
        const index = found.lastIndexOf(needle);
        if (index !== -1) {
          found = `${pkg}/${found.slice(index + needle.length).split('/').map(encodeURIComponent).join('/')}`;
        } else {
          found = hrefOf(pathToFileRecord(found));
        }
      }
      return found;
    } catch {
      return false;
    }
  }

  // path.posix.relative(from, to) (both resolved against the cwd).
  function posixRelative(from, to) {
    from = resolvePath(from);
    to = resolvePath(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    const up = f.slice(i).map(() => '..');
    return up.concat(t.slice(i)).join('/');
  }

  function decorateWithHint(error, specifier, parentRec) {
    const found = resolveAsCommonJS(specifier, parentRec);
    if (found && found !== specifier) {
      const hint = `Did you mean to import ${JSON.stringify(found)}?`;
      const stack = error.stack;
      if (typeof stack === 'string') {
        const eol = stack.indexOf('\n');
        error.stack = `${stack.slice(0, eol)}\n${hint}${stack.slice(eol)}`;
      }
      error.message += `\n${hint}`;
    }
  }

  function extnameOfURL(pathname) {
    for (let i = pathname.length - 1; i > 0; i--) {
      const ch = pathname[i];
      if (ch === '/') return '';
      if (ch === '.') return pathname[i - 1] === '/' ? '' : pathname.slice(i);
    }
    return '';
  }

  function formatOfExtensionless(rec) {
    let head;
    try {
      head = fsi.readFile(fileURLToPath(rec));
    } catch {
      head = undefined;
    }
    return typeof head === 'string' && head.startsWith('\0asm') ? 'wasm' : 'module';
  }

  // Node's defaultGetFormatWithoutErrors() for a resolved URL, at resolve
  // time (no source): AMBIGUOUS where Node says null ("no package type: the
  // format is detected from the syntax when loading"); undefined for an
  // unknown extension (the load fails with ERR_UNKNOWN_FILE_EXTENSION).
  function formatOf(rec) {
    if (rec.protocol === 'node:') return 'builtin';
    if (rec.protocol === 'data:') {
      const m = /^([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,/.exec(rec.pathname);
      return mimeToFormat(m ? m[1] : null);
    }
    if (rec.protocol !== 'file:') return null;
    const ext = extnameOfURL(rec.pathname);
    if (ext === '.js' || ext === '.ts') {
      const type = packageScopeConfig(rec).type;
      if (type === 'none') return AMBIGUOUS;
      return ext === '.ts' ? `${type}-typescript` : type;
    }
    if (ext === '') {
      const type = packageScopeConfig(rec).type;
      if (type === 'module') return formatOfExtensionless(rec);
      if (type !== 'none') return type;
      return AMBIGUOUS;
    }
    return EXTENSION_FORMATS[ext];
  }

  function resolveEsm(specifier, parentURL) {
    if (typeof specifier !== 'string') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "specifier" argument must be of type string.');
    }
    let parentRec;
    if (parentURL !== undefined && parentURL !== null) {
      parentRec = parseURL(String(parentURL), null);
      if (parentRec === null) throw errInvalidUrl(String(parentURL));
    }
    const parsed = shouldBeTreatedAsRelativeOrAbsolutePath(specifier) ?
      (parentRec ? parseURL(specifier, parentRec) : null) : parseURL(specifier, null);
    if (parsed) {
      if (parsed.protocol === 'data:') return { url: parsed.href, format: formatOf(parsed) };
      if (parsed.protocol === 'node:') {
        const id = `node:${specifier.slice(specifier.indexOf(':') + 1)}`;
        if (!isBuiltin(id)) throw errUnknownBuiltin(specifier);
        return { url: id, format: 'builtin' };
      }
    }
    if (!parentRec) parentRec = pathToFileRecord(`${cwd()}/`);
    let url;
    try {
      url = moduleResolve(specifier, parentRec);
    } catch (error) {
      if (error && (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ERR_UNSUPPORTED_DIR_IMPORT')) {
        let spec = specifier;
        if (spec.startsWith('file://')) {
          try { spec = fileURLToPath(spec); } catch { /* keep it */ }
        }
        decorateWithHint(error, spec, parentRec);
      }
      throw error;
    }
    if (url.protocol === 'node:') {
      if (!isBuiltin(url.href)) throw errUnknownBuiltin(url.href);
      return { url: url.href, format: 'builtin' };
    }
    if (url.protocol !== 'file:' && url.protocol !== 'data:') {
      // Node's load step: http(s) and other schemes are refused with
      // different lists of supported schemes.
      const schemes = url.protocol === 'http:' || url.protocol === 'https:' ? 'file and data' : 'file, data, and node';
      throw nodeError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
        `Only URLs with a scheme in: ${schemes} are supported by the default ESM loader. ` +
        `Received protocol '${url.protocol}'`);
    }
    const format = formatOf(url);
    if (format === AMBIGUOUS) {
      return {
        url: hrefOf(url),
        format: extnameOfURL(url.pathname) === '.ts' ? 'commonjs-typescript' : 'commonjs',
        ambiguous: true,
      };
    }
    return { url: hrefOf(url), format };
  }

  return {
    resolveCjs,
    resolveEsm,
    nodeModulePaths,
    readPackageScope,
    fileURLToPath: (url) => fileURLToPath(String(url)),
    pathToFileURL: (path) => hrefOf(pathToFileRecord(String(path))),
    clearCache() {
      statCache = new Map();
      realpathCache = new Map();
      packageCache = new Map();
    },
  };
}
