// cookie@1: parse and serialize HTTP cookie headers.
const cookie = require('cookie');

console.log(cookie.parse('foo=bar; equation=E%3Dmc%5E2; dup=1; dup=2; quoted="q v"; bad=%E0%A4%A'));
console.log(cookie.serialize('session', 'a b;c', {
  httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 3600, domain: 'example.test', priority: 'high', partitioned: true,
  expires: new Date(Date.UTC(2030, 0, 1)),
}));
console.log(cookie.serialize('x', 'y', { encode: (v) => v.toUpperCase() }), cookie.parse('a=1', { decode: (v) => `<${v}>` }));
try { cookie.serialize('bad name', 'v'); } catch (e) { console.log(e.constructor.name, e.message); }
