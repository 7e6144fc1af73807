// node:vm isolation: code in a new context sees V8's builtins and what its
// sandbox carries, nothing of the guest's (no require, process, module,
// timers, Buffer), cannot import modules, and contexts made in a loop are
// collected.
const vm = require('vm');
const v8 = require('v8');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); } };
const names = ['require', 'process', 'module', 'exports', '__filename', 'Buffer', 'setTimeout', 'setImmediate',
  'queueMicrotask', 'fetch', 'global', 'structuredClone', 'TextEncoder', 'URL', 'navigator', 'performance'];
t('host names', () => vm.runInNewContext(`${JSON.stringify(names)}.map((n) => n + ':' + typeof globalThis[n]).join()`));
t('host names in Function', () => vm.runInNewContext('Function("return typeof require + typeof process")()'));
t('globals', () => vm.runInNewContext('Object.getOwnPropertyNames(globalThis).filter((n) => !["Iterator"].includes(n)).sort().join()'));
t('own Object', () => vm.runInNewContext('Object') !== Object && vm.runInNewContext('Object.prototype') !== Object.prototype);
t('sandbox only', () => vm.runInNewContext('typeof a + typeof b', { a: 1 }));
t('frozen sandbox', () => { const o = Object.freeze({ k: 1 }); vm.runInNewContext('k = 2; var z = 3', o); return JSON.stringify(o); });
t('host prototypes intact', () => { vm.runInNewContext('Array.prototype.evil = 1; Object.prototype.evil2 = 2'); return [typeof [].evil, typeof ({}).evil2]; });
t('dynamic import', () => vm.runInNewContext('import("fs")').then(
  () => console.log('import resolved!'), (e) => console.log('import rejected', e.code, e instanceof TypeError)));
t('import promise realm', () => vm.runInNewContext('import("os")').catch(() => {}) instanceof Promise);
t('eval import', () => vm.runInNewContext('eval("import(\'child_process\')")').then(
  () => console.log('eval import resolved!'), (e) => console.log('eval import rejected', e.code)));
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
gc();
const before = v8.getHeapStatistics();
for (let i = 0; i < 2000; i++) {
  const c = vm.createContext({ i, big: new Array(1000).fill(i) });
  vm.runInContext('var x = big.length + i; function f() { return x }', c);
}
gc();
gc();
const after = v8.getHeapStatistics();
t('2000 contexts collected', () => [after.number_of_native_contexts - before.number_of_native_contexts <= 2,
  after.used_heap_size - before.used_heap_size < 16 * 1048576]);
