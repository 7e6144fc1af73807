// ES modules as Node 22 loads them, over V8 modules (init/v8-modules.cc):
// a module map by URL; source text modules for `module` format; synthetic
// modules for builtins, CommonJS (named exports found by cjs-module-lexer)
// and JSON; dynamic import(), import.meta, require(esm), and the ES main.
import { binding } from '../native.js';
import { makeNodeError } from '../errors.js';
import { builtinName, loadBuiltin } from './builtins.js';
import { Module } from './cjs.js';
import { fatal } from '../fatal.js';
import { looksLikeEsm } from './detect.js';
// The pure-JS build of the lexer (its `default` export condition): it
// needs no WebAssembly instance and no asynchronous init.
// eslint-disable-next-line no-undef
const { parse: cjsParse } = require('cjs-module-lexer');

let resolver = null;
const byUrl = new Map(); // url -> record
const byId = new Map(); // V8 module id -> record

export function setEsmDeps(r) {
  resolver = r;
}

// V8 10.2 parses import assertions (`assert {...}`), the earlier form of
// Node 22's import attributes (`with {...}`): rewrite the static form.
const attributesRe = /(\bfrom\s*(["'])[^"'\n]*\2\s*)with(\s*\{)/g;
const bareImportAttributesRe = /(\bimport\s*(["'])[^"'\n]*\2\s*)with(\s*\{)/g;
function toAssertions(source) {
  if (!source.includes('with')) return source;
  return source.replace(attributesRe, '$1assert$3').replace(bareImportAttributesRe, '$1assert$3');
}

function pathOf(url) {
  return url.startsWith('file:') ? resolver.fileURLToPath(url) : url;
}

function checkAttributes(url, format, attrs) {
  const type = attrs && attrs.type;
  if (format === 'json' && type !== 'json') {
    throw makeNodeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_MISSING',
      `Module "${url}" needs an import attribute of "type: json"`);
  }
  if (type !== undefined && type !== 'json') {
    throw makeNodeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
      `Import attribute "type" with value "${type}" is not supported`);
  }
  if (type === 'json' && format !== 'json') {
    throw makeNodeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
      `Module "${url}" is not of type "json"`);
  }
}

function synthetic(url, names, evaluate) {
  const unique = [...new Set(names)];
  const id = binding.createSyntheticModule(url, unique);
  const rec = { url, id, format: 'synthetic', evaluate, linked: true, children: [] };
  byId.set(id, rec);
  return rec;
}

function cjsExportNames(filename, seen = new Set()) {
  if (seen.has(filename)) return [];
  seen.add(filename);
  let source;
  try {
    source = binding.readFileUtf8(filename);
  } catch {
    return [];
  }
  let parsed;
  try {
    parsed = cjsParse(source);
  } catch {
    return [];
  }
  const names = [...parsed.exports];
  for (const re of parsed.reexports) {
    try {
      const target = Module._resolveFilename(re, { filename, id: filename, paths: resolver.nodeModulePaths(filename.slice(0, filename.lastIndexOf('/')) || '/') }, false);
      if (builtinName(target) !== undefined) {
        names.push(...Object.keys(loadBuiltin(builtinName(target))));
      } else {
        names.push(...cjsExportNames(target, seen));
      }
    } catch {
      // a re-export that does not resolve adds nothing, as in Node
    }
  }
  return names;
}

function createRecord(url, format) {
  if (format === 'builtin') {
    const name = builtinName(url);
    const mod = loadBuiltin(name);
    const names = ['default', ...Object.keys(mod)];
    return synthetic(url, names, () => {
      const out = { default: mod };
      for (const k of Object.keys(mod)) {
        if (k === 'default') continue;
        // A bridge's not-yet-implemented getter must not make the whole
        // module fail to import; the name is exported as undefined.
        try {
          out[k] = mod[k];
        } catch {
          out[k] = undefined;
        }
      }
      return out;
    });
  }
  const filename = pathOf(url);
  if (format === 'json') {
    return synthetic(url, ['default'], () => {
      const source = binding.readFileUtf8(filename);
      try {
        return { default: JSON.parse(source) };
      } catch (err) {
        err.message = `${filename}: ${err.message}`;
        throw err;
      }
    });
  }
  if (format === 'commonjs') {
    const names = cjsExportNames(filename).filter((n) => n !== 'default');
    const rec = synthetic(url, ['default', ...names], () => {
      const exports = Module._load(filename, undefined, false);
      const out = { default: exports };
      for (const n of names) {
        if (exports != null && Object.prototype.hasOwnProperty.call(Object(exports), n)) out[n] = exports[n];
      }
      return out;
    });
    rec.cjs = true;
    return rec;
  }
  if (format === 'module') {
    const source = binding.readFileUtf8(filename);
    const id = binding.compileModule(toAssertions(source), url);
    const rec = { url, id, format, linked: false, children: [] };
    byId.set(id, rec);
    return rec;
  }
  if (format === undefined && url.startsWith('file:')) {
    const ext = filename.slice(filename.lastIndexOf('/') + 1).match(/\.[^.]*$/);
    throw makeNodeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION',
      `Unknown file extension "${ext ? ext[0] : ''}" for ${filename}`);
  }
  throw makeNodeError(TypeError, 'ERR_UNKNOWN_MODULE_FORMAT', `Unknown module format: ${format} for URL ${url}`);
}

function getRecord(url, format, ambiguous) {
  let rec = byUrl.get(url);
  if (rec === undefined) {
    if (ambiguous && format === 'commonjs' && url.startsWith('file:') && looksLikeEsm(pathOf(url))) format = 'module';
    rec = createRecord(url, format);
    byUrl.set(url, rec);
  }
  return rec;
}

// Loads a whole static graph (synchronously: the shim's reads are sync)
// and records each module's resolved requests for V8's linker.
function loadGraph(rec) {
  if (rec.linked) return;
  rec.linked = true;
  const requests = binding.moduleRequests(rec.id);
  const childIds = [];
  rec.specifiers = requests.map((r) => r[0]);
  for (const [specifier, attrs] of requests) {
    const { url, format, ambiguous } = resolver.resolveEsm(specifier, rec.url);
    checkAttributes(url, format, attrs);
    const child = getRecord(url, format, ambiguous);
    childIds.push(child.id);
    rec.children.push(child);
    loadGraph(child);
  }
  binding.setModuleResolved(rec.id, childIds);
}

const missingExportRe = /^The requested module '([^']+)' does not provide an export named '([^']+)'$/;

// Node's wording when the missing export is a CommonJS module's.
function explainMissingExport(err, rec) {
  const m = err instanceof SyntaxError && missingExportRe.exec(err.message);
  if (!m) return err;
  const [, specifier, name] = m;
  const child = findChild(rec, specifier);
  if (!child || child.cjs !== true) return err;
  err.message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the ' +
    `default export, for example using:\n\nimport pkg from '${specifier}';\nconst { ${name} } = pkg;\n`;
  const frames = typeof err.stack === 'string' ? err.stack.split('\n').filter((l) => l.startsWith('    at ')) : [];
  err.stack = [`SyntaxError: ${err.message}`, ...frames].join('\n');
  return err;
}

function findChild(rec, specifier, seen = new Set()) {
  if (seen.has(rec)) return undefined;
  seen.add(rec);
  if (rec.specifiers) {
    const i = rec.specifiers.indexOf(specifier);
    if (i >= 0) return rec.children[i];
  }
  for (const c of rec.children) {
    const found = findChild(c, specifier, seen);
    if (found) return found;
  }
  return undefined;
}

function prepare(url, format, attrs, ambiguous) {
  checkAttributes(url, format, attrs);
  const rec = getRecord(url, format, ambiguous);
  loadGraph(rec);
  binding.instantiateModule(rec.id, (err) => explainMissingExport(err, rec));
  return rec;
}

export function evaluateSynthetic(id) {
  const rec = byId.get(id);
  return rec.evaluate();
}

function referrerUrl(referrer) {
  if (typeof referrer !== 'string' || referrer === '' || referrer.startsWith('[eval')) {
    return resolver.pathToFileURL(`${binding.cwd()}/[eval1]`);
  }
  if (referrer.startsWith('file:') || referrer.startsWith('node:') || referrer.startsWith('data:')) return referrer;
  if (referrer.startsWith('/')) return resolver.pathToFileURL(referrer);
  return resolver.pathToFileURL(`${binding.cwd()}/${referrer}`);
}

export function importDynamic(specifier, referrer, attrs) {
  try {
    const { url, format, ambiguous } = resolver.resolveEsm(specifier, referrerUrl(referrer));
    const rec = prepare(url, format, attrs, ambiguous);
    const evaluated = binding.evaluateModule(rec.id);
    return Promise.resolve(evaluated).then(() => binding.moduleNamespace(rec.id));
  } catch (err) {
    return Promise.reject(err);
  }
}

export function initImportMeta(id, meta) {
  const rec = byId.get(id);
  if (!rec) return;
  const url = rec.url;
  if (url.startsWith('file:')) {
    const filename = resolver.fileURLToPath(url);
    meta.dirname = filename.slice(0, filename.lastIndexOf('/')) || '/';
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    return resolver.resolveEsm(`${specifier}`, url).url;
  };
  meta.url = url;
  meta.main = url === mainUrl;
}

// require() of an ES module: only a graph without top-level await.
export function requireEsm(filename, parent) {
  const url = resolver.pathToFileURL(filename);
  const rec = prepare(url, 'module', undefined);
  const [, isAsync] = binding.moduleStatus(rec.id);
  if (isAsync) {
    let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
      'To see where the top-level await comes from, use --experimental-print-required-tla.';
    if (parent && parent.filename) msg += `\n  From ${parent.filename} `;
    msg += `\n  Requiring ${filename} `;
    throw makeNodeError(Error, 'ERR_REQUIRE_ASYNC_MODULE', msg);
  }
  binding.evaluateModule(rec.id);
  const [status, , exception] = binding.moduleStatus(rec.id);
  if (status === 5) throw exception; // kErrored
  const ns = binding.moduleNamespace(rec.id);
  if (Object.prototype.hasOwnProperty.call(ns, 'module.exports')) return ns['module.exports'];
  return withEsModuleMarker(rec, ns);
}

// Like Node 22, a required ES module with a default export comes back as a
// namespace that also says `__esModule: true`, for transpiled CommonJS.
function withEsModuleMarker(rec, ns) {
  if (!('default' in ns) || '__esModule' in ns) return ns;
  if (!rec.facade) {
    const names = Object.keys(ns);
    const facade = synthetic(`${rec.url}#require`, [...names, '__esModule'], () => {
      const out = { __esModule: true };
      for (const n of names) out[n] = ns[n];
      return out;
    });
    binding.instantiateModule(facade.id);
    binding.evaluateModule(facade.id);
    rec.facade = binding.moduleNamespace(facade.id);
  }
  return rec.facade;
}

let mainPromise = null;
let mainUrl = null;

export function runEsmMain(filename) {
  mainUrl = resolver.pathToFileURL(filename);
  const rec = prepare(mainUrl, 'module', undefined);
  const p = binding.evaluateModule(rec.id);
  mainPromise = { id: rec.id, promise: p };
  // A rejection of the main module is an uncaught exception, reported
  // with the place the error was made, as Node does.
  Promise.resolve(p).catch((err) => {
    fatal(err, (err !== null && typeof err === 'object' && binding.errorSource(err)) || '');
  });
}

// True while the ES main waits on a top-level await nothing will settle.
export function mainStillPending() {
  if (!mainPromise) return false;
  const [status] = binding.moduleStatus(mainPromise.id);
  return status === 4 && binding.getPromiseDetails(mainPromise.promise)[0] === 0; // evaluated, pending
}

export function getMainUrl() {
  return mainUrl;
}
