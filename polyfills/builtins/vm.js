// node:vm — separate V8 contexts through the native binding (binding.vm):
// createContext contextifies a sandbox object (the new global reads from it
// and writes to it), Script compiles once and runs in any context, with
// Node's options (timeout, displayErrors, cachedData, microtaskMode).
// vm.SourceTextModule/SyntheticModule exist only behind Node's
// --experimental-vm-modules and are absent here as there.
// Known gaps: breakOnSigint is accepted and has no effect (a guest receives
// no SIGINT of its own); an importModuleDynamically callback makes import()
// reject with ERR_NOT_IMPLEMENTED; measureMemory estimates from the heap
// statistics of the whole isolate.
import { binding } from '../bootstrap/native.js';
import bufferModule from './buffer.js';
import {
  invalidArgType, validateArray, validateBoolean, validateInteger, validateObject, validateOneOf, validateString,
  validateUint32,
} from './internal/validators.js';

const USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');
const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
const kParsingContext = Symbol('script parsing context');

// binding.vm's import modes (v8-vm.cc).
const kImportMissing = 0;
const kImportMainLoader = 1;
const kImportCallback = 2;  // import() then rejects with ERR_NOT_IMPLEMENTED

const scriptHandles = new WeakMap();
let defaultContextNameIndex = 1;
let mainLoaderWarned = false;

function validateInt32(value, name) {
  validateInteger(value, name, -2147483648, 2147483647);
}

function validateBuffer(value, name) {
  if (!ArrayBuffer.isView(value)) throw invalidArgType(name, 'an instance of Buffer, TypedArray, or DataView', value);
}

function importMode(importModuleDynamically, name) {
  if (importModuleDynamically === undefined) return kImportMissing;
  if (importModuleDynamically === USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    if (!mainLoaderWarned) {
      mainLoaderWarned = true;
      globalThis.process.emitWarning(
        'vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and might change at any time',
        'ExperimentalWarning');
    }
    return kImportMainLoader;
  }
  if (typeof importModuleDynamically !== 'function') {
    throw invalidArgType(name, 'of type function or an instance of vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER',
      importModuleDynamically);
  }
  return kImportCallback;
}

function toBuffer(ab) {
  return bufferModule.Buffer.from(ab);
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return binding.vm.isContext(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) throw invalidArgType('contextifiedObject', 'an vm.Context', contextifiedObject);
}

function runOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout: timeout === undefined ? -1 : timeout, displayErrors };
}

class ContextifyScript {
  createCachedData() {
    return toBuffer(binding.vm.createCachedData(scriptHandles.get(this)));
  }
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    super();
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const mode = importMode(importModuleDynamically, 'options.importModuleDynamically');
    const [handle, rejected, produced, sourceMapURL, sourceURL] = binding.vm.compileScript(
      code, filename, lineOffset, columnOffset, mode, cachedData, produceCachedData);
    scriptHandles.set(this, handle);
    if (rejected !== undefined) this.cachedDataRejected = rejected;
    if (produceCachedData) {
      this.cachedData = toBuffer(produced);
      this.cachedDataProduced = produced.byteLength > 0;
    }
    this.sourceURL = sourceURL;
    this.sourceMapURL = sourceMapURL;
  }

  runInThisContext(options) {
    const { timeout, displayErrors } = runOptions(options);
    return binding.vm.runScript(scriptHandles.get(this), null, timeout, displayErrors);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors } = runOptions(options);
    return binding.vm.runScript(scriptHandles.get(this), contextifiedObject, timeout, displayErrors);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

// The context options of runInNewContext (contextName, contextOrigin, ...).
function contextOptions(options) {
  if (!options) return {};
  validateObject(options, 'options');
  const { contextName, contextOrigin, contextCodeGeneration, microtaskMode } = options;
  if (contextName !== undefined) validateString(contextName, 'options.contextName');
  if (contextOrigin !== undefined) validateString(contextOrigin, 'options.contextOrigin');
  if (contextCodeGeneration !== undefined) {
    validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  return {
    name: contextName,
    origin: contextOrigin,
    codeGeneration: contextCodeGeneration === undefined ? undefined : {
      strings: contextCodeGeneration.strings,
      wasm: contextCodeGeneration.wasm,
    },
    microtaskMode,
  };
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) ({ strings = true, wasm = true } = codeGeneration);
  validateBoolean(strings, 'options.codeGeneration.strings');
  validateBoolean(wasm, 'options.codeGeneration.wasm');
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  importMode(importModuleDynamically, 'options.importModuleDynamically');
  const sandbox = contextObject === DONT_CONTEXTIFY ? undefined : contextObject;
  return binding.vm.makeContext(sandbox, strings, wasm, microtaskMode === 'afterEvaluate');
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  validateObject(options, 'options');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((p, i) => validateString(p, `params[${i}]`));
  }
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw invalidArgType('options.parsingContext', 'an instance of Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true });
  });
  const mode = importMode(importModuleDynamically, 'options.importModuleDynamically');
  const [fn, rejected, produced] = binding.vm.compileFunction(code, filename, lineOffset, columnOffset, mode,
    cachedData, produceCachedData, params === undefined ? [] : params, parsingContext === undefined ? null : parsingContext,
    contextExtensions.filter((e) => e !== null));
  if (produceCachedData) fn.cachedDataProduced = produced.byteLength > 0;
  if (produced !== undefined) fn.cachedData = toBuffer(produced);
  if (rejected !== undefined) fn.cachedDataRejected = rejected;
  return fn;
}

let measureMemoryWarned = false;

// An estimate from the isolate's heap statistics: one isolate holds every
// context, so `current` and `total` are the same measurement.
function measureMemory(options = {}) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    globalThis.process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const stats = binding.v8.heapStatistics();
  const used = stats[4];
  const estimate = () => ({ jsMemoryEstimate: used, jsMemoryRange: [used, stats[0]] });
  const result = { total: estimate(), WebAssembly: { code: 0, metadata: 0 } };
  if (mode === 'detailed') {
    result.current = estimate();
    result.other = [];
  }
  return Promise.resolve(result);
}

export default {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants: Object.freeze({
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER,
    DONT_CONTEXTIFY,
  }),
};
