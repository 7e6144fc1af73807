// The `module` builtin: Node's Module with its statics.
import { Module, createRequire } from './cjs.js';
import { notImplemented } from '../errors.js';

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.SourceMap = class SourceMap {
  constructor() { throw notImplemented('module.SourceMap'); }
};
Module.register = function register() { throw notImplemented('module.register()'); };
Module.runMain = function runMain() { throw notImplemented('module.runMain()'); };
Module._initPaths = function initPaths() {};
Module._preloadModules = function preloadModules() {};
Module.constants = Object.freeze({
  compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
// The compile cache is not available: report it as Node does when disabled.
Module.enableCompileCache = function enableCompileCache() {
  return { status: Module.constants.compileCacheStatus.DISABLED, message: 'Disabled by secexec' };
};
Module.getCompileCacheDir = function getCompileCacheDir() { return undefined; };
Module.flushCompileCache = function flushCompileCache() {};
Module.createRequire = createRequire;
Module._debug = function debug() {};
Module._findPath = function findPath() { throw notImplemented('module._findPath()'); };
Module._resolveLookupPaths = function resolveLookupPaths() { throw notImplemented('module._resolveLookupPaths()'); };
Module.registerHooks = function registerHooks() { throw notImplemented('module.registerHooks()'); };
Module.findPackageJSON = function findPackageJSON() { throw notImplemented('module.findPackageJSON()'); };
Module.stripTypeScriptTypes = function stripTypeScriptTypes() { throw notImplemented('module.stripTypeScriptTypes()'); };
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { enabled: false, nodeModules: false, generatedCode: false };
};
Module.setSourceMapsSupport = function setSourceMapsSupport() { throw notImplemented('module.setSourceMapsSupport()'); };

export default Module;
