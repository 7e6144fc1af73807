// p-limit@6 (ESM only, depends on yocto-queue): concurrency-limited promises.
// Jobs finish when the script releases them, so the order never depends on timers.
import pLimit from 'p-limit';

const limit = pLimit(2);
const events = [];
const gates = {};
const job = (name) => limit(async () => {
  events.push(`start ${name} (active ${limit.activeCount}, pending ${limit.pendingCount})`);
  await new Promise((resolve) => { gates[name] = resolve; });
  events.push(`end ${name}`);
  if (name === 'd') throw new Error('job d failed');
  return name.toUpperCase();
});
const settle = (ms) => new Promise((r) => setTimeout(r, ms));
const all = Promise.allSettled(['a', 'b', 'c', 'd', 'e'].map(job));
for (const name of ['b', 'c', 'd', 'e', 'a']) {
  await settle(1);
  events.push(`release ${name} (started: ${Object.keys(gates).join('')})`);
  gates[name]();
}
const results = await all;
console.log(events.join('\n'));
console.log(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason.message)));
console.log('after', limit.activeCount, limit.pendingCount, limit.concurrency);
const l2 = pLimit(1);
const order = [];
await Promise.all([3, 1, 2].map((n) => l2(async () => { await settle(4 - n); order.push(n); })));
console.log('serial order', order);
limit.concurrency = 5;
console.log('concurrency changed', limit.concurrency);
try { pLimit(0); } catch (e) { console.log(e.name, e.message); }
