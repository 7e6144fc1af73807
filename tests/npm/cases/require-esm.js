// Node 22 can require() an ES module without top-level await (require(esm)):
// chalk, nanoid and p-limit are ESM-only packages.
const chalkNs = require('chalk');
const { nanoid, customAlphabet } = require('nanoid');
const pLimitNs = require('p-limit');
const camelCase = require('camelcase');

console.log(Object.keys(chalkNs).sort(), chalkNs.__esModule, typeof chalkNs.default);
console.log(JSON.stringify(new chalkNs.Chalk({ level: 1 }).red('r')), typeof nanoid, customAlphabet('ab', 4)().length);
console.log(Object.keys(pLimitNs), typeof pLimitNs.default, Object.keys(camelCase), camelCase.default('required-from-cjs'));
console.log(require('chalk') === chalkNs);
const util = require('#esm-scope/util.js');
console.log(util.kind, util.where, util.default('cjs'));
try {
  require('../fixtures/tla.mjs');
} catch (e) {
  console.log(e.code);
}
