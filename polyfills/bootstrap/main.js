// Running the guest's entry point: a CommonJS main module (FILE) or the
// `-e` code, with the few builtins this step provides through `require`.
import { binding, bootInfo } from './native.js';
import { makeNodeError } from './errors.js';
import { builtin } from './builtins.js';

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

function dirname(p) {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function makeRequire(parentPath) {
  function require(id) {
    if (typeof id !== 'string') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "id" argument must be of type string. Received ${id === null ? 'null' : typeof id}`);
    }
    if (id === '') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'id' must be a non-empty string. Received ''");
    }
    const mod = builtin(id);
    if (mod !== undefined) return mod;
    const err = makeNodeError(Error, 'ERR_NOT_IMPLEMENTED',
      `Cannot load '${id}' from ${parentPath}: loading modules other than builtins is not implemented in secexec yet`);
    throw err;
  }
  require.cache = Object.create(null);
  require.main = undefined;
  return require;
}

export function runMain() {
  const info = bootInfo;
  if (info.eval !== null) {
    const module = { id: '[eval]', filename: '[eval]', path: '.', exports: {}, loaded: false, children: [], paths: [] };
    globalThis.module = module;
    globalThis.exports = module.exports;
    globalThis.require = makeRequire('[eval]');
    globalThis.__filename = '[eval]';
    globalThis.__dirname = '.';
    binding.runScript(info.eval, '[eval]');
    return;
  }
  const filename = info.script;
  let source = binding.readFileUtf8(filename);
  // A "#!" line is a comment to Node; keep the line so positions stay right.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const module = {
    id: '.', path: dirname(filename), exports: {}, filename, loaded: false, children: [], paths: [],
  };
  const require = makeRequire(filename);
  require.main = module;
  module.require = require;
  const fn = binding.compileFunction(source, filename, wrapperParams);
  Reflect.apply(fn, module.exports, [module.exports, require, module, filename, module.path]);
  module.loaded = true;
}
