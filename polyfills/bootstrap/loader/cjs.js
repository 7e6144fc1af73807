// CommonJS as Node 22 runs it: Module, require, the cache, the extension
// handlers, require(esm) for synchronous ES module graphs. Resolution is
// resolve.js's; source comes through the shim (binding); ES modules
// through esm.js.
import { binding } from '../native.js';
import { makeNodeError, invalidArgType } from '../errors.js';
import { builtinName, loadBuiltin, isBuiltin, builtinModules } from './builtins.js';
import { compileCjsOrDetect, stripShebang, takeCompiled, wrapperParams } from './detect.js';

let resolver = null;
let esm = null; // set by esm.js (breaks the import cycle)
const parentOf = new WeakMap();

export function setCjsDeps(r, esmLoader) {
  resolver = r;
  esm = esmLoader;
}

function dirname(p) {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}


export function Module(id = '', parent) {
  this.id = id;
  this.path = dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  parentOf.set(this, parent);
  if (parent && parent.children && !parent.children.includes(this)) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Object.defineProperty(Module.prototype, 'parent', {
  get() { return parentOf.get(this); },
  set(v) { parentOf.set(this, v); },
  configurable: true,
});

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtinModules;
Module.isBuiltin = isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
Module.Module = Module;

Module._nodeModulePaths = (from) => resolver.nodeModulePaths(from);

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') throw invalidArgType('request', 'of type string', request);
  if (builtinName(request) !== undefined) return request;
  const from = parent ?
    { filename: parent.filename, id: parent.id, paths: parent.paths, requireStack: requireStack(parent) } : null;
  return resolver.resolveCjs(request, from, options);
};

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m; m = parentOf.get(m)) stack.push(m.filename || m.id);
  return stack;
}

Module._load = function load(request, parent, isMain) {
  if (request.startsWith('node:') && builtinName(request) === undefined) {
    throw makeNodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
  }
  const name = builtinName(request);
  if (name !== undefined) return loadBuiltin(name);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    if (!cached.loaded && cached[kEsmModule] === undefined) return cached.exports; // a cycle
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    globalThis.process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i >= 0) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

const kEsmModule = Symbol('kEsmModule');
let mainModule;

function extensionOf(filename) {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  let i = base.indexOf('.', 1);
  while (i !== -1) {
    const ext = base.slice(i);
    if (Module._extensions[ext]) return ext;
    i = base.indexOf('.', i + 1);
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = resolver.nodeModulePaths(dirname(filename));
  Module._extensions[extensionOf(filename)](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw invalidArgType('id', 'of type string', id);
  if (id === '') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'id' must be a non-empty string. Received ''");
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function compile(content, filename) {
  return runWrapper(this, binding.compileFunction(stripShebang(content), filename, wrapperParams), filename);
};

function runWrapper(module, fn, filename) {
  const require = makeRequire(module);
  return Reflect.apply(fn, module.exports, [module.exports, require, module, filename, dirname(filename)]);
}

Module._extensions['.js'] = function loadJs(module, filename) {
  // As Node: only a ".js" file takes its format from package.json "type";
  // an extensionless one is CommonJS (or detected ES module syntax).
  const type = filename.endsWith('.mjs') ? 'module' : filename.endsWith('.cjs') ? 'commonjs'
    : filename.endsWith('.js') ? packageType(filename) : undefined;
  if (type === 'module') {
    loadEsmFromCjs(module, filename);
    return;
  }
  const precompiled = takeCompiled(filename);
  if (precompiled !== null) {
    runWrapper(module, precompiled, filename);
    return;
  }
  const source = binding.readFileUtf8(filename);
  if (type === 'commonjs') {
    module._compile(source, filename);
    return;
  }
  // No "type": ES module syntax makes it an ES module, as in Node 22.
  const fn = compileCjsOrDetect(source, filename);
  if (fn === null) loadEsmFromCjs(module, filename);
  else runWrapper(module, fn, filename);
};

Module._extensions['.json'] = function loadJson(module, filename) {
  const source = binding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadNode(module, filename) {
  throw makeNodeError(Error, 'ERR_DLOPEN_DISABLED',
    `Cannot load native addon '${filename}': native addons are not supported in secexec`);
};

// 'module', 'commonjs', or undefined when no package.json says.
function packageType(filename) {
  const scope = resolver.readPackageScope(dirname(filename));
  const type = scope ? scope.type : undefined;
  return type === 'module' || type === 'commonjs' ? type : undefined;
}

// require(esm): a synchronous graph only (Node 22.12 behaviour).
function loadEsmFromCjs(module, filename) {
  const ns = esm.requireEsm(filename, module);
  module[kEsmModule] = true;
  module.exports = ns;
}

export function makeRequire(mod) {
  function require(path) {
    return mod.require(path);
  }
  function resolve(request, options) {
    if (typeof request !== 'string') throw invalidArgType('request', 'of type string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = (request) => {
    if (typeof request !== 'string') throw invalidArgType('request', 'of type string', request);
    if (builtinName(request) !== undefined) return null;
    if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
      return [mod.filename ? dirname(mod.filename) : binding.cwd()];
    }
    return resolver.nodeModulePaths(mod.filename ? dirname(mod.filename) : binding.cwd());
  };
  require.resolve = resolve;
  Object.defineProperty(require, 'main', { get: () => mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

export function createRequire(filename) {
  let path = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') path = filename.href;
  if (typeof path === 'string' && path.startsWith('file:')) path = resolver.fileURLToPath(path);
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${
        typeof filename === 'string' ? `'${filename}'` : String(filename)}`);
  }
  const trailing = path.endsWith('/');
  const proxyPath = trailing ? `${path}noop.js` : path;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = resolver.nodeModulePaths(m.path);
  return makeRequire(m);
}
Module.createRequire = createRequire;

export function runCjsMain(filename) {
  Module._load(filename, null, true);
}

export function getMainModule() {
  return mainModule;
}
