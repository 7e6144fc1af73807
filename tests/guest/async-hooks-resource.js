// AsyncResource, executionAsyncId/triggerAsyncId/executionAsyncResource and
// createHook, printed as shapes and relations (ids differ between runtimes).
const ah = require('node:async_hooks');
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, executionAsyncResource } = ah;

console.log('top', executionAsyncId(), triggerAsyncId(), typeof executionAsyncResource());
console.log('surface', Object.getOwnPropertyNames(AsyncResource.prototype), Object.getOwnPropertyNames(AsyncResource),
  AsyncResource.length, Object.keys(ah));
console.log('providers', ah.asyncWrapProviders.TIMERWRAP, ah.asyncWrapProviders.FSREQCALLBACK, ah.asyncWrapProviders.PROMISE);

const r = new AsyncResource('MyResource');
console.log('ids', r.asyncId() > 1, r.triggerAsyncId() === 1, typeof r.asyncId());
const r2 = new AsyncResource('Other', { triggerAsyncId: r.asyncId() });
console.log('trigger option', r2.triggerAsyncId() === r.asyncId(), new AsyncResource('N', 7).triggerAsyncId());
console.log('runInAsyncScope', r.runInAsyncScope(function (a, b) {
  return [executionAsyncId() === r.asyncId(), triggerAsyncId() === r.triggerAsyncId(), executionAsyncResource() === r,
    this.tag, a + b];
}, { tag: 'this' }, 1, 2));
console.log('restored', executionAsyncId(), executionAsyncResource() === r);
console.log('emitDestroy', r.emitDestroy() === r);

// the resource's context is the one it was created in
const als = new AsyncLocalStorage();
const res = als.run('created', () => new AsyncResource('Ctx'));
als.run('calling', () => console.log('resource store', res.runInAsyncScope(() => als.getStore()), als.getStore()));
const b = res.bind(function (x) { return [x, als.getStore(), this === undefined || this === globalThis]; });
console.log('bind', b.name, b.length, Object.keys(b), b('arg'));
const b2 = res.bind(function () { return this.v; }, { v: 'thisArg' });
console.log('bind thisArg', b2.name, b2());
const sb = AsyncResource.bind(function named(a, b) { return als.getStore(); });
console.log('static bind', sb.name, sb.length, sb());

// errors
for (const f of [() => new AsyncResource(), () => new AsyncResource(1), () => new AsyncResource('x', -2),
  () => new AsyncResource('x', { triggerAsyncId: 1.5 }), () => r.bind(1), () => AsyncResource.bind(null),
  () => ah.createHook({ init: 1 }), () => ah.createHook({ destroy: 'x' })]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}

// ids in callbacks
const top = executionAsyncId();
setTimeout(() => {
  const timerId = executionAsyncId();
  console.log('timeout', timerId > top, triggerAsyncId() === top, executionAsyncResource().constructor.name);
  process.nextTick(() => {
    console.log('nextTick', executionAsyncId() > timerId, triggerAsyncId() === timerId);
  });
  setImmediate(() => {
    console.log('immediate', executionAsyncId() > timerId, triggerAsyncId() === timerId,
      executionAsyncResource().constructor.name);
    hooks();
  });
  queueMicrotask(() => {
    console.log('queueMicrotask', executionAsyncId() > timerId, triggerAsyncId() === timerId,
      executionAsyncResource() instanceof AsyncResource);
  });
}, 1);

// createHook: init/before/after/destroy for timers, immediates, ticks and
// AsyncResource; only our own types are printed.
function hooks() {
  const seen = [];
  const types = new Set(['Timeout', 'Immediate', 'TickObject', 'Mine']);
  const ids = new Map();
  const hook = ah.createHook({
    init(id, type, trigger, resource) {
      if (types.has(type)) { ids.set(id, type); seen.push(`init ${type} ${typeof resource}`); }
    },
    before(id) { if (ids.has(id)) seen.push(`before ${ids.get(id)}`); },
    after(id) { if (ids.has(id)) seen.push(`after ${ids.get(id)}`); },
    destroy(id) { if (ids.has(id)) seen.push(`destroy ${ids.get(id)}`); },
  });
  console.log('hook', hook.constructor.name, hook.enable() === hook, Object.getOwnPropertyNames(Object.getPrototypeOf(hook)));
  const mine = new AsyncResource('Mine');
  mine.runInAsyncScope(() => {});
  setTimeout(() => {
    hook.disable();
    setTimeout(() => {}, 1);
    mine.emitDestroy();
    console.log(seen.filter((s) => !s.startsWith('destroy')).join('\n'));
  }, 1);
}
