// bluebird and async (v3, which ships an ESM build too): promise utilities.
const Promise = require('bluebird');
const async = require('async');

const delay = (ms, v) => Promise.delay(ms).then(() => v);
(async () => {
  console.log(await Promise.map([30, 10, 20], (ms) => delay(ms, ms * 2), { concurrency: 2 }));
  console.log(await Promise.props({ a: delay(5, 'A'), b: 'B', c: Promise.resolve('C') }));
  console.log(await Promise.reduce([1, 2, 3, 4], (acc, n) => delay(1, acc + n), 0));
  const settled = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no'))]);
  console.log(settled.map((s) => (s.isFulfilled() ? s.value() : s.reason().message)));
  try { await delay(200, 'late').timeout(10, 'too slow'); } catch (e) { console.log(e.name, e.message); }
  console.log(await Promise.any([Promise.reject(new Error('x')), delay(5, 'first ok')]), await Promise.some([Promise.reject(new Error('r')), delay(20, 'slow'), 'plain', Promise.resolve('resolved')], 2));
  const readFileAsync = Promise.promisify((p, cb) => setTimeout(() => cb(null, `contents of ${p}`), 1));
  console.log(await readFileAsync('a.txt'));
  const cb = await new Promise((resolve) => Promise.resolve(7).asCallback((err, v) => resolve([err, v])));
  console.log(cb, Promise.version);

  const order = [];
  await async.eachLimit([3, 1, 2], 1, async (n) => { await delay(n, null); order.push(n); });
  console.log('eachLimit', order);
  console.log(await async.mapSeries(['a', 'b'], async (s) => s.toUpperCase()));
  const w = await new Promise((resolve, reject) => async.waterfall([
    (next) => next(null, 1),
    (x, next) => next(null, x + 1, 'extra'),
    (x, e, next) => next(null, `${x}-${e}`),
  ], (err, r) => (err ? reject(err) : resolve(r))));
  console.log('waterfall', w);
  const auto = await async.auto({ a: async () => 1, b: ['a', async (r) => r.a + 1], c: ['a', 'b', async (r) => r.a + r.b] });
  console.log(auto);
  const q = async.queue(async (task) => { order.push(`q:${task}`); }, 2);
  q.push(['x', 'y', 'z']);
  await q.drain();
  console.log(order.slice(3));
  try { await async.retry({ times: 3, interval: 1 }, async () => { throw new Error('always'); }); } catch (e) { console.log('retry gave up:', e.message); }
})();
