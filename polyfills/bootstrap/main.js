// Running the guest's entry point as Node 22 does: FILE as CommonJS or as
// an ES module (by extension, package type, or detected module syntax), or
// the `-e` code.
import { binding, bootInfo } from './native.js';
import { createLoader } from './loader/index.js';
import { runCjsMain, makeRequire, Module } from './loader/cjs.js';
import { runEsmMain, mainStillPending, getMainUrl } from './loader/esm.js';
import { looksLikeEsm } from './loader/detect.js';

let resolver = null;

export function loaderResolver() {
  return resolver;
}

function mainFormat(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  const scope = resolver.readPackageScope(filename.slice(0, filename.lastIndexOf('/')) || '/');
  const type = scope ? scope.type : undefined;
  if (type === 'module') return 'module';
  if (type === 'commonjs') return 'commonjs';
  if (!looksLikeEsm(filename)) return 'commonjs';
  if (scope && scope.path) {
    globalThis.process.emitWarning(
      `Module type of ${resolver.pathToFileURL(filename)} is not specified and it doesn't parse as CommonJS.\n` +
      'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
      `To eliminate this warning, add "type": "module" to ${scope.path}.`,
      { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
  }
  return 'module';
}

export function runMain() {
  resolver = createLoader();
  const info = bootInfo;
  if (info.eval !== null) {
    const module = new Module('[eval]');
    module.filename = `${binding.cwd()}/[eval]`;
    module.paths = resolver.nodeModulePaths(binding.cwd());
    globalThis.module = module;
    globalThis.exports = module.exports;
    globalThis.require = makeRequire(module);
    globalThis.__filename = '[eval]';
    globalThis.__dirname = '.';
    binding.runScript(info.eval, '[eval]');
    return;
  }
  const filename = info.script;
  if (mainFormat(filename) === 'module') runEsmMain(filename);
  else runCjsMain(filename);
}

// Node exits with 13 when the ES main still awaits something nothing will
// settle once the loop is empty.
export function unsettledTopLevelAwait() {
  if (!mainStillPending()) return false;
  binding.write(2, `Warning: Detected unsettled top-level await at ${getMainUrl()}\n\n\n\n`);
  return true;
}
