// immutable@4: persistent collections, structural sharing, records.
const { Map, List, Set, OrderedMap, Record, Seq, fromJS, is, Range } = require('immutable');

const m1 = Map({ a: 1, b: 2 });
const m2 = m1.set('b', 50);
console.log(m1.get('b'), m2.get('b'), m1 === m1.set('a', 1), is(Map({ x: List([1]) }), Map({ x: List([1]) })));
const deep = fromJS({ user: { name: 'ann', tags: ['x', 'y'] } });
const deep2 = deep.setIn(['user', 'tags', 1], 'z').updateIn(['user', 'name'], (n) => n.toUpperCase());
console.log(deep2.toJS(), deep.getIn(['user', 'tags']) === deep2.getIn(['user', 'tags']), deep.get('user') === deep2.get('user'));
console.log(List([3, 1, 2]).sort().push(4).map((x) => x * 2).toArray(), Set([1, 2, 2, 3]).union([4]).toArray());
const Point = Record({ x: 0, y: 0 }, 'Point');
const p = new Point({ x: 3 });
console.log(p.x, p.y, p.set('y', 4).toJSON(), String(p), Record.getDescriptiveName(p));
console.log(Seq(Range(1, Infinity)).filter((n) => n % 3 === 0).map((n) => n * n).take(4).toArray());
console.log(OrderedMap([['z', 1], ['a', 2]]).keySeq().toArray(), m2.toString(), List.of(1, 2).hashCode() === List.of(1, 2).hashCode());
console.log(Map({ a: 1, b: 2, c: 3 }).groupBy((v) => (v % 2 ? 'odd' : 'even')).toJS());
