// node:vm sandboxes of unusual shapes (proxies, arrays, null prototypes,
// accessors, read-only and throwing properties, the main global) and the
// engine's limits inside a context (stack overflow, timeouts through
// sandbox getters, wasm code generation switched off).
const vm = require('vm');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); } };
t('proxy', () => { const log = []; const p = new Proxy({ a: 1 }, { get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); } }); vm.createContext(p); return [vm.runInContext('a + 1', p), vm.runInContext('b = 2; typeof b', p), log.length > 0]; });
t('array', () => { const a = [1, 2]; vm.createContext(a); return vm.runInContext('this[0] + length', a); });
t('function', () => { const f = function named() {}; vm.createContext(f); return vm.runInContext('typeof name', f); });
t('main global', () => { vm.createContext(globalThis); return vm.runInContext('typeof require + typeof process', globalThis); });
t('nested ctx', () => { const c = vm.createContext({}); const g = vm.runInContext('this', c); vm.createContext(g); return vm.runInContext('1', g); });
t('throwing getter', () => { const o = {}; Object.defineProperty(o, 'boom', { get() { throw new Error('getter'); } }); vm.createContext(o); return vm.runInContext('boom', o); });
t('stack overflow', () => vm.runInNewContext('function r() { return r() } r()'));
t('deep timeout', () => vm.runInNewContext('function r() { return r() } try { r() } catch (e) {} while (true) {}', {}, { timeout: 20 }));
t('null proto', () => { const o = Object.create(null); o.q = 1; vm.createContext(o); return vm.runInContext('q + typeof Object + typeof toString', o); });
t('setter on sandbox', () => { let v; const o = { set s(x) { v = x; }, get s() { return v; } }; vm.createContext(o); vm.runInContext('s = 5', o); return [v, o.s]; });
t('readonly', () => { const o = {}; Object.defineProperty(o, 'ro', { value: 1, enumerable: true }); vm.createContext(o); return vm.runInContext('ro = 2; ro', o); });
t('strict readonly', () => { const o = {}; Object.defineProperty(o, 'ro', { value: 1, enumerable: true }); vm.createContext(o); return vm.runInContext('"use strict"; ro = 2; ro', o); });
t('Object.keys this', () => { const o = { a: 1, 3: 'x' }; vm.createContext(o); return vm.runInContext('JSON.stringify(Object.keys(this)) + JSON.stringify(Object.getOwnPropertyNames(this).filter(k => k === "a" || k === "3"))', o); });
t('getter loop timeout', () => { const o = { get g() { return 1; } }; vm.createContext(o); return vm.runInContext('let n = 0; while (true) { n += g }', o, { timeout: 30 }); });
t('getter loop timeout 2', () => { const o = { get g() { for (let i = 0; i < 1e6; i++); return 1; } }; vm.createContext(o); return vm.runInContext('let n = 0; while (true) { n += g }', o, { timeout: 30 }); });
t('alive', () => vm.runInNewContext('1 + 1'));
const mod = 'new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module';
t('wasm on', () => vm.runInNewContext(mod));
t('wasm off', () => vm.runInNewContext(mod, {}, { contextCodeGeneration: { wasm: false } }));
t('wasm main after', () => new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module);
