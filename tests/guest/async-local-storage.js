// AsyncLocalStorage: run/exit/getStore/enterWith/disable, snapshot, bind,
// and the store kept across every kind of async continuation.
const { AsyncLocalStorage } = require('node:async_hooks');
const EventEmitter = require('node:events');
const fs = require('node:fs');
const fsp = require('node:fs/promises');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const steps = [];
const log = (...a) => steps.push(a.join(' '));
const store = () => JSON.stringify(als.getStore());

async function main() {
  console.log('fresh', als.getStore(), Object.keys(als), als.enabled);
  // run: returns the callback's result, passes args, this is the global
  const r = als.run({ a: 1 }, function (x, y) {
    return [store(), x + y, this === globalThis];
  }, 2, 3);
  console.log('run', r, 'after', als.getStore());
  // nested runs, two instances
  als.run(1, () => {
    other.run('o', () => {
      als.run(2, () => console.log('nested', als.getStore(), other.getStore()));
      console.log('back', als.getStore(), other.getStore());
      als.exit(() => console.log('exit', als.getStore(), other.getStore()));
      console.log('after exit', als.getStore());
    });
  });
  // errors thrown from run restore the previous store
  try {
    als.run(5, () => { throw new Error('boom'); });
  } catch (e) {
    console.log('thrown', e.message, als.getStore());
  }
  // enterWith inside run stays inside run
  als.run('r', () => {
    als.enterWith('e');
    console.log('enterWith in run', als.getStore());
  });
  console.log('after run', als.getStore());
  // disable: getStore() undefined until run/enterWith again
  als.run('d', () => {
    als.disable();
    console.log('disabled', als.getStore(), als.enabled);
    als.run('d2', () => console.log('re-run', als.getStore()));
  });

  // continuations
  await als.run('await', async () => {
    await null;
    log('await', store());
    await Promise.resolve().then(() => log('then', store())).then(() => log('then2', store()));
    await new Promise((res) => setTimeout(() => { log('setTimeout', store()); res(); }, 1));
    await new Promise((res) => {
      let n = 0;
      const t = setInterval(() => {
        log('setInterval', n, store());
        if (++n === 2) { clearInterval(t); res(); }
      }, 1);
    });
    await new Promise((res) => setImmediate(() => { log('setImmediate', store()); res(); }));
    await new Promise((res) => process.nextTick(() => { log('nextTick', store()); res(); }));
    await new Promise((res) => queueMicrotask(() => { log('queueMicrotask', store()); res(); }));
    await new Promise((res) => fs.stat('/', (err) => { log('fs.stat cb', !err, store()); res(); }));
    await new Promise((res) => fs.readFile(__filename, (err, b) => { log('fs.readFile cb', b.length > 0, store()); res(); }));
    const names = await fsp.readdir('/');
    log('fs/promises', names.length > 0, store());
    await { then(res) { log('thenable then', store()); res(); } };
    log('after thenable', store());
    await Promise.resolve({ then(res) { log('resolved thenable', store()); res(); } });
    const ee = new EventEmitter();
    ee.on('x', () => log('listener', store()));
    als.run('emit', () => ee.emit('x'));
    ee.emit('x');
    const results = await Promise.all([1, 2].map(async (i) => { await null; return `${i}:${store()}`; }));
    log('Promise.all', results.join(','));
    await (async function* gen() { yield 1; })().next();
    log('async generator', store());
  });
  steps.forEach((s) => console.log(s));
  console.log('outside', als.getStore());

  // context captured when scheduled, not when run
  let resolve;
  const p = new Promise((r) => { resolve = r; });
  als.run('registered', () => p.then(() => console.log('then sees', store())));
  als.run('resolver', () => resolve());
  await p;
  await null;

  // snapshot and bind
  const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
  console.log('snapshot', snap.name, snap.length, snap((x) => `${x}:${store()}`, 'arg'), als.getStore());
  const bound = als.run('bound', () => AsyncLocalStorage.bind(function f(a, b) { return `${a}${b}:${store()}`; }));
  console.log('bind', bound.name, bound.length, bound('x', 'y'), als.getStore());

  // enterWith at top of a callback persists into what it schedules
  await new Promise((res) => setTimeout(() => {
    als.enterWith('entered');
    setTimeout(() => { console.log('enterWith timer', store()); res(); }, 1);
  }, 1));
  console.log('after enterWith timer', als.getStore());

  // errors
  for (const f of [() => als.run(1), () => AsyncLocalStorage.bind(1), () => als.exit()]) {
    try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}

main().then(() => setTimeout(() => console.log('final', als.getStore()), 1));
process.on('exit', () => console.log('exit event', als.getStore()));
