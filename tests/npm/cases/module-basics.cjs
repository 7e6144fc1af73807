// CommonJS module system details that packages rely on (a .cjs file).
const Module = require('module');
const path = require('path');

const rel = (p) => path.relative(process.cwd(), p);
console.log(rel(__filename), rel(__dirname), require.main === module, module.id, typeof module.parent);
console.log(module.paths.slice(0, 3).map(rel), Object.keys(require.extensions));
console.log(Module.wrap('x').replace(/\s+/g, ' '), typeof Module._load, typeof Module._resolveFilename, typeof Module.prototype.require);
const first = require('ms');
const key = require.resolve('ms');
console.log(rel(key), key in require.cache, require.cache[key].exports === first, require.cache[key].loaded);
delete require.cache[key];
const second = require('ms');
console.log('fresh instance after cache delete', first !== second, typeof second);
const lib = require('#fixture-lib');
console.log(lib.kind, lib.where, lib.add(2, 3), module.children.map((m) => rel(m.id)));
console.log(require('../package.json').imports['#fixture-lib'], require('./../fixtures/lib.cjs') === lib);
const m = new Module('virtual.js', module);
m._compile('module.exports = { answer: 6 * 7, dir: typeof __dirname };', path.join(__dirname, 'virtual.js'));
console.log(m.exports);
console.log(Module.builtinModules.filter((n) => ['fs', 'path', 'crypto', 'node:test', 'stream/web'].includes(n)));
