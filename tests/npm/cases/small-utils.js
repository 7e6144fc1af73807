// Tiny, very popular CJS utilities: fast-deep-equal, deepmerge, clsx (dual,
// required here), escape-string-regexp is ESM-only so it is loaded with import().
const equal = require('fast-deep-equal');
const equalEs6 = require('fast-deep-equal/es6');
const deepmerge = require('deepmerge');
const clsx = require('clsx');

console.log(equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), equal({ a: 1 }, { a: '1' }), equal(new Date(1), new Date(1)), equal(/x/g, /x/i));
console.log(equalEs6(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), equalEs6(new Set([1]), new Set([2])), equal(new Map([[1, 2]]), new Map()));
const x = { a: [1], b: { c: 1, d: [{ e: 1 }] } };
const y = { a: [2], b: { c: 2, d: [{ f: 2 }] }, z: true };
console.log(deepmerge(x, y));
console.log(deepmerge(x, y, { arrayMerge: (dst, src) => src }));
console.log(deepmerge.all([{ a: 1 }, { b: 2 }, { a: 3 }]));
console.log(clsx('a', { b: true, c: false }, ['d', ['e', { f: 1 }]], null, 0, 'g'), JSON.stringify(clsx()), typeof clsx.clsx);
import('escape-string-regexp').then(({ default: escapeStringRegexp }) => {
  const re = new RegExp(escapeStringRegexp('How much $ for a 🦄? (a.b)*[c]'));
  console.log(re.source, re.test('So: How much $ for a 🦄? (a.b)*[c]'));
});
