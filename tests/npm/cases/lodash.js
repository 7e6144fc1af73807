// lodash (CJS, UMD-style main) plus a deep file require of lodash/fp.
const _ = require('lodash');
const fp = require('lodash/fp');
const groupBy = require('lodash/groupBy');

const people = [
  { name: 'ann', age: 31, team: 'red' },
  { name: 'bob', age: 25, team: 'blue' },
  { name: 'cy', age: 47, team: 'red' },
  { name: 'dee', age: 25, team: 'green' },
];
console.log('version', _.VERSION);
console.log(_.chunk([1, 2, 3, 4, 5, 6, 7], 3));
console.log(groupBy(people, 'team'));
console.log(_.sortBy(people, ['age', 'name']).map((p) => p.name).join(','));
console.log(_.chain(people).filter((p) => p.age < 40).map('name').map(_.upperFirst).value());
console.log(_.get({ a: { b: [{ c: 42 }] } }, 'a.b[0].c'), _.set({}, 'x.y[1].z', 1));
console.log(_.merge({ a: [1, { b: 2 }] }, { a: [3, { c: 4 }] }));
console.log(_.cloneDeep(new Map([['k', { v: 1 }]])));
console.log(_.isEqual({ a: [1, 2, { b: new Date(0) }] }, { a: [1, 2, { b: new Date(0) }] }));
console.log(_.camelCase('Foo Bar-baz_qux'), _.kebabCase('fooBarBaz'), _.snakeCase('Hello World'));
console.log(_.template('hello <%= user %>! <% _.forEach(items, function(i) { %><li><%- i %></li><% }); %>')({ user: 'fred', items: ['<a>', 'b'] }));
console.log(_.range(0, 20, 5), _.zip(['a', 'b'], [1, 2], [true, false]));
console.log(_.debounce, typeof _.memoize(Math.sqrt));
const add3 = fp.flow(fp.map(fp.add(3)), fp.filter((n) => n % 2 === 0), fp.sum);
console.log('fp flow', add3([1, 2, 3, 4, 5]));
console.log(fp.getOr('dflt', 'a.missing')({ a: {} }), fp.sortBy('age')(people)[0].name);

let calls = 0;
const throttled = _.throttle(() => calls++, 50, { trailing: true });
throttled(); throttled(); throttled();
setTimeout(() => console.log('throttle calls', calls), 120);
