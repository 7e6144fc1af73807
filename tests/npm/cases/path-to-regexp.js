// path-to-regexp@8 at the top level, and express's own nested path-to-regexp@0.1
// (node_modules/express/node_modules/...): two versions of one package.
const { match, compile, parse, pathToRegexp } = require('path-to-regexp');
const path = require('path');

const m = match('/users/:id/files/*rest');
console.log(m('/users/42/files/a/b.txt'), m('/nope'));
const opt = match('/blog{/:year}{/:month}', { decode: decodeURIComponent });
console.log(opt('/blog'), opt('/blog/2024'), opt('/blog/2024/caf%C3%A9'));
console.log(compile('/users/:id{.:format}')({ id: '7', format: 'json' }), compile('/p/*path')({ path: ['a', 'b c'] }));
console.log(pathToRegexp('/a/:b').regexp.source, JSON.stringify(parse('/x/:y{-:z}').tokens));
try { match('/bad/:'); } catch (e) { console.log(e.constructor.name, e.message.split(';')[0]); }

const oldPtr = require(require.resolve('path-to-regexp', { paths: [path.dirname(require.resolve('express'))] }));
const keys = [];
const re = oldPtr('/old/:name/:rest*', keys);
console.log(path.relative(process.cwd(), require.resolve('path-to-regexp', { paths: [path.dirname(require.resolve('express'))] })));
console.log(re.source, keys.map((k) => k.name), re.exec('/old/x/y/z').slice(1));
