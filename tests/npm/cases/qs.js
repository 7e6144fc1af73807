// qs: nested query strings, arrays, encoders.
const qs = require('qs');

const parsed = qs.parse('a[b][c]=d&list[]=1&list[]=2&x=%E2%9C%93&deep[0][k]=v&flag&empty=');
console.log(parsed);
console.log(qs.parse('?utm=1&utm=2', { ignoreQueryPrefix: true }));
console.log(qs.parse('a.b.c=1&n=10', { allowDots: true, decoder: (s, d, cs, type) => (type === 'value' && /^\d+$/.test(s) ? Number(s) : d(s)) }));
const obj = { user: { name: 'Zoë', tags: ['a', 'b c'] }, page: 2, when: new Date(Date.UTC(2024, 1, 29)) };
console.log(qs.stringify(obj));
console.log(qs.stringify(obj, { encodeValuesOnly: true, arrayFormat: 'brackets' }));
console.log(qs.stringify({ a: ['x', 'y'] }, { arrayFormat: 'comma' }), qs.stringify({ a: null, b: undefined, c: '' }, { strictNullHandling: true }));
console.log(qs.parse('a[21]=x&a[1]=y'), qs.parse('__proto__[polluted]=1'), {}.polluted);
