// node:vm — compatibility shim: code runs in the guest's own context
// (Script#runInThisContext, runInThisContext, compileFunction, through the
// native binding); separate contexts (createContext, runInContext,
// runInNewContext) are not available yet and throw ERR_NOT_IMPLEMENTED.
// Known gap: a Script's syntax errors surface when it runs, not when it is
// constructed.
import { binding } from '../bootstrap/native.js';
import { notImplemented } from '../bootstrap/errors.js';
import { stubFn, stubAsync } from './internal/stub.js';
import { validateArray, validateObject, validateString } from './internal/validators.js';

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

class Script {
  #code;
  #filename;

  constructor(code, options = {}) {
    code = `${code}`;
    options = scriptOptions(options);
    const { filename = 'evalmachine.<anonymous>', cachedData, produceCachedData } = options;
    validateString(filename, 'options.filename');
    if (cachedData !== undefined || produceCachedData) throw notImplemented('vm.Script with cachedData');
    this.#code = code;
    this.#filename = filename;
    this.cachedDataRejected = false;
    this.sourceMapURL = undefined;
  }

  runInThisContext(options) {
    if (options !== undefined) validateObject(options, 'options');
    return binding.runScript(this.#code, this.#filename);
  }

  runInContext() {
    throw notImplemented('vm.Script.prototype.runInContext');
  }

  runInNewContext() {
    throw notImplemented('vm.Script.prototype.runInNewContext');
  }

  createCachedData() {
    throw notImplemented('vm.Script.prototype.createCachedData');
  }
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateArray(params, 'params');
  validateObject(options, 'options');
  const { filename = '', parsingContext, contextExtensions } = options;
  validateString(filename, 'options.filename');
  if (parsingContext !== undefined) throw notImplemented('vm.compileFunction with options.parsingContext');
  if (contextExtensions !== undefined && contextExtensions.length > 0) {
    throw notImplemented('vm.compileFunction with options.contextExtensions');
  }
  const names = params === undefined ? [] : params.map((p, i) => {
    validateString(p, `params[${i}]`);
    return p;
  });
  return binding.compileFunction(code, filename, names);
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return false;
}

export default {
  Script,
  createContext: stubFn('vm.createContext', 0),
  createScript(code, options) {
    return new Script(code, options);
  },
  runInContext: stubFn('vm.runInContext', 3),
  runInNewContext: stubFn('vm.runInNewContext', 3),
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory: stubAsync('vm.measureMemory', 0),
  constants: Object.freeze({
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
};
