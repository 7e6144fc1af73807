// import() from a CommonJS script: ESM-only packages, CJS packages (default =
// module.exports), relative files, builtins, and a module with top-level await.
(async () => {
  const { default: chalk, Chalk } = await import('chalk');
  console.log(typeof chalk, JSON.stringify(new Chalk({ level: 2 }).bgRed('x')));
  const lodash = await import('lodash');
  console.log(Object.keys(lodash), lodash.default.add(2, 3), lodash.default === require('lodash'));
  const esm = await import('../fixtures/esm-scope/util.js');
  console.log(esm.kind, esm.where, esm.default('import()'));
  const viaImports = await import('#fixture-lib');
  console.log(Object.keys(viaImports).sort(), viaImports.default.add(1, 2), viaImports.where);
  const self = await import('secexec-npm-fixtures/fixture-lib');
  const selfReq = require('secexec-npm-fixtures/fixture-lib');
  console.log('self reference', self.kind, selfReq.kind);
  const { value } = await import('../fixtures/tla.mjs');
  console.log(value);
  const fsp = await import('node:fs/promises');
  console.log(typeof fsp.readFile, typeof fsp.default.readFile);
  const [a, b] = await Promise.all([import('ms'), import('ms')]);
  console.log('cached namespace', a === b);
  const data = await import('../fixtures/esm-scope/util.js?query=1');
  console.log('query string makes a new instance', data !== esm, data.kind);
  try { await import('./does-not-exist.mjs'); } catch (e) { console.log(e.code); }
  try { await import('chalk/source/vendor/ansi-styles/index.js'); } catch (e) { console.log(e.code); }
})();
