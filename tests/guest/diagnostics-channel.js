// diagnostics_channel: channels, subscribers, stores bound to
// AsyncLocalStorage, and tracing channels (sync, promise, callback).
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

console.log('exports', Object.keys(dc).sort());
const ch = dc.channel('my-channel');
console.log('channel', ch.constructor.name, ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'),
  dc.channel('my-channel') === ch);
const got = [];
const onMessage = (msg, name) => got.push([msg, name]);
dc.subscribe('my-channel', onMessage);
console.log('subscribed', ch.hasSubscribers, dc.hasSubscribers('my-channel'), ch.constructor.name);
ch.publish({ a: 1 });
console.log('got', got);
console.log('unsubscribe', dc.unsubscribe('my-channel', onMessage), dc.unsubscribe('my-channel', onMessage),
  ch.hasSubscribers);
ch.subscribe(onMessage);
ch.publish('direct');
console.log('channel.unsubscribe', ch.unsubscribe(onMessage), got.length);
const sym = Symbol('sym-channel');
console.log('symbol channel', dc.channel(sym).name === sym);
for (const f of [() => dc.channel(1), () => dc.subscribe('x', 1), () => dc.tracingChannel(1),
  () => ch.runStores({}, 1)]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}

// a subscriber's exception is re-thrown on a later tick, others still run
process.once('uncaughtException', (err) => console.log('uncaught from subscriber', err.message));
const boom = dc.channel('boom');
boom.subscribe(() => { throw new Error('subscriber failed'); });
boom.subscribe((m) => console.log('second subscriber', m));
boom.publish('msg');
console.log('publish returned');

// stores
const als = new AsyncLocalStorage();
const sc = dc.channel('stores');
sc.bindStore(als, (data) => ({ wrapped: data.id }));
console.log('bound', sc.hasSubscribers);
const r = sc.runStores({ id: 7 }, function (x) { return [als.getStore(), x, this.t]; }, { t: 'thisArg' }, 'arg');
console.log('runStores', JSON.stringify(r), als.getStore());
sc.runStores({ id: 8 }, () => {
  setTimeout(() => console.log('store in timer', JSON.stringify(als.getStore())), 1);
});
const als2 = new AsyncLocalStorage();
sc.bindStore(als2);
sc.runStores({ id: 9 }, () => console.log('two stores', JSON.stringify(als.getStore()), JSON.stringify(als2.getStore())));
console.log('unbindStore', sc.unbindStore(als2), sc.unbindStore(als2));

// tracing channels
const tc = dc.tracingChannel('op');
console.log('tracing', Object.keys(tc), tc.start.name, tc.asyncEnd.name, tc.hasSubscribers);
const events = [];
const handlers = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[ev] = (ctx) => events.push(`${ev}:${JSON.stringify({ ...ctx, error: ctx.error && ctx.error.message })}`);
}
tc.subscribe(handlers);
const tcStore = new AsyncLocalStorage();
tc.start.bindStore(tcStore, (ctx) => `store-${ctx.n}`);
console.log('traceSync', tc.traceSync(function (a) { return [a, tcStore.getStore(), this.me]; }, { n: 1 }, { me: 'this' }, 'x'));
try {
  tc.traceSync(() => { throw new Error('sync fail'); }, { n: 2 });
} catch (e) {
  console.log('traceSync threw', e.message);
}
(async () => {
  console.log('tracePromise', await tc.tracePromise(async (v) => { await null; return [v, tcStore.getStore()]; }, { n: 3 }, null, 'p'));
  try {
    await tc.tracePromise(async () => { throw new Error('async fail'); }, { n: 4 });
  } catch (e) {
    console.log('tracePromise rejected', e.message);
  }
  await new Promise((resolve) => {
    tc.traceCallback(function (arg, cb) { setTimeout(() => cb(null, arg + '!'), 1); }, 1, { n: 5 }, null, 'cbarg', (err, v) => {
      console.log('traceCallback', err, v, tcStore.getStore());
      resolve();
    });
  });
  await new Promise((resolve) => {
    tc.traceCallback((cb) => setImmediate(() => cb(new Error('cb fail'))), 0, { n: 6 }, null, (err) => {
      console.log('traceCallback error', err.message);
      resolve();
    });
  });
  try {
    tc.traceCallback(() => {}, 0, {}, null, 'not a function');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(events.join('\n'));
  console.log('unsubscribe tracing', tc.unsubscribe(handlers), tc.hasSubscribers);
})();
