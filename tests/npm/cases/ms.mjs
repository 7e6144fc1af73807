// ms is CommonJS: ESM default import gets module.exports.
import ms from 'ms';
import * as ns from 'ms';

console.log(Object.keys(ns), typeof ns.default);
for (const s of ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-1h', '-200', 'nonsense']) {
  console.log(JSON.stringify(s), ms(s));
}
for (const n of [60000, 2 * 60000, -3 * 60000, ms('10 hours'), 1, 1e12]) {
  console.log(n, ms(n), ms(n, { long: true }));
}
try { ms(''); } catch (e) { console.log(e.message); }
