// JSON through require(): package.json files, a package whose main is JSON
// data (mime-db via index.js), deep JSON files, and the project's own.
const path = require('path');
const pkg = require('../package.json');
console.log(pkg.name, pkg.private, Object.keys(pkg.dependencies).length >= 32);
const versions = {};
for (const name of ['express', 'typescript', 'react', 'zod', 'date-fns', 'yargs', 'ajv']) {
  versions[name] = require(`${name}/package.json`).version;
}
console.log(versions);
try { require('chalk/package.json'); } catch (e) { console.log('chalk does not export package.json:', e.code); }
const db = require('mime-db');
console.log(Object.keys(db).length > 2000, db['text/html'].extensions);
const codes = require('statuses/codes.json');
console.log(codes['418'], Object.keys(codes).length);
const tsPkg = require(path.join(__dirname, '..', 'node_modules', 'typescript', 'package.json'));
console.log(tsPkg.name, tsPkg.bin);
console.log(require('../package.json') === pkg, require.cache[require.resolve('../package.json')] !== undefined);
try { require('../fixtures/sample.csv'); console.log('csv loaded as js?'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
