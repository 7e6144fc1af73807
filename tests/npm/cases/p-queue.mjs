// p-queue@8 (ESM only; eventemitter3 and p-timeout): priorities, events, timeouts.
// Tasks only await microtasks, so the order is fixed by the queue alone.
import PQueue from 'p-queue';

const queue = new PQueue({ concurrency: 2, autoStart: false });
const log = [];
const ticks = async (n) => { for (let i = 0; i < n; i++) await Promise.resolve(); };
queue.on('active', () => log.push(`active size=${queue.size} pending=${queue.pending}`));
queue.on('completed', (r) => log.push(`completed ${r}`));
queue.on('error', (e) => log.push(`error ${e.message}`));
queue.on('idle', () => log.push('idle'));
for (const [name, prio, n] of [['low', 0, 1], ['high', 10, 30], ['mid', 5, 2], ['fail', 1, 3]]) {
  queue.add(async () => { await ticks(n); if (name === 'fail') throw new Error('nope'); return name; }, { priority: prio }).catch(() => {});
}
console.log('queued', queue.size, queue.isPaused);
queue.start();
await queue.onIdle();
console.log(log.join('\n'));
const timed = new PQueue({ timeout: 10, throwOnTimeout: true });
try { await timed.add(() => new Promise((r) => setTimeout(r, 200))); } catch (e) { console.log(e.name, e.message); }
const results = await new PQueue({ concurrency: 1 }).addAll([async () => 'x', async () => 'y']);
console.log(results);
