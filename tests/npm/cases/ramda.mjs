// ramda@0.30 from ESM (conditional exports to its es/ build).
import * as R from 'ramda';
import { pipe, map, filter, sortBy, prop, groupBy, curry } from 'ramda';

const people = [{ n: 'ann', age: 31 }, { n: 'bob', age: 25 }, { n: 'cy', age: 47 }];
console.log(pipe(filter((p) => p.age > 26), sortBy(prop('age')), map(prop('n')))(people));
console.log(groupBy((p) => (p.age > 30 ? 'old' : 'young'), people));
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, R.__, 3)(2), R.lensPath(['a', 'b']) && R.set(R.lensPath(['a', 'b']), 9, { a: { b: 1, c: 2 } }));
console.log(R.uniqBy(Math.abs, [-1, 1, 2, -2, 3]), R.zipObj(['a', 'b'], [1, 2]), R.evolve({ n: R.toUpper }, { n: 'x', k: 1 }));
console.log(R.equals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), R.range(0, 5), R.splitEvery(2, 'abcde'), R.mergeDeepRight({ a: { b: 1 } }, { a: { c: 2 } }));
console.log(Object.keys(R).length > 250, typeof R.default);
