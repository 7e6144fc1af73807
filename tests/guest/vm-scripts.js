// node:vm scripts and functions: Node's decorated errors (the caret line in
// the stack), timeouts (also nested), option validation, cachedData,
// compileFunction with parsingContext and contextExtensions.
const vm = require('vm');
const head = (e) => String(e.stack).split('\n    at ')[0];
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
    console.log(JSON.stringify(head(e)));
  }
};
t('syntax', () => new vm.Script('let x = ;', { filename: 'foo.js' }));
t('syntax 2', () => vm.runInNewContext('\n  1 +* 2'));
t('throw', () => vm.runInNewContext('throw new Error("x")'));
t('throw plain', () => vm.runInNewContext('throw new Error("x")', {}, { displayErrors: false }));
t('type error', () => vm.runInNewContext('null.x', {}, 'file.vm'));
t('this ctx throw', () => vm.runInThisContext('undefinedThing', { filename: 'this.js' }));
t('throw primitive', () => vm.runInNewContext('throw 5'));
t('lineOffset', () => { try { vm.runInNewContext('\nthrow new Error("lo")', {}, { filename: 'lo.js', lineOffset: 10 }); } catch (e) { return e.stack.split('\n').slice(0, 6).join('|'); } });
t('timeout this', () => vm.runInThisContext('while(true){}', { timeout: 50 }));
t('timeout new', () => vm.runInNewContext('while(true){}', {}, { timeout: 30 }));
t('timeout 5', () => vm.runInNewContext('let i = 0; while(true){i++}', {}, { timeout: 5 }));
t('timeout 0', () => vm.runInNewContext('1+1', {}, { timeout: 0 }));
t('timeout -1', () => vm.runInNewContext('1+1', {}, { timeout: -1 }));
t('timeout 1.5', () => vm.runInNewContext('1+1', {}, { timeout: 1.5 }));
t('timeout str', () => vm.runInNewContext('1+1', {}, { timeout: '5' }));
t('displayErrors', () => vm.runInNewContext('1+1', {}, { displayErrors: 1 }));
t('after timeout', () => 'after ' + vm.runInThisContext('2+2', { timeout: 100 }));
const ctx = vm.createContext({ vm, inner: null });
t('outer fires', () => vm.runInContext(`try { vm.runInNewContext('while(true){}', {}, {timeout: 1000}); } catch (e) { inner = e.message }`, ctx, { timeout: 50 }));
console.log('inner', ctx.inner);
t('inner fires', () => vm.runInContext(`try { vm.runInNewContext('while(true){}', {}, {timeout: 20}); } catch (e) { inner = e.message + ' ' + (e instanceof Error) } 'done'`, ctx, { timeout: 5000 }));
console.log('inner', ctx.inner);
t('cf syntax', () => vm.compileFunction('return (', ['a'], { filename: 'cf.js' }));
t('cf params', () => vm.compileFunction('return 1', 'a'));
t('cf param', () => vm.compileFunction('return 1', [1]));
t('cf parsingContext', () => vm.compileFunction('return 1', [], { parsingContext: {} }));
t('cf ext', () => vm.compileFunction('return 1', [], { contextExtensions: [1] }));
t('cf exts', () => vm.compileFunction('return 1', [], { contextExtensions: {} }));
t('cf code', () => vm.compileFunction(1));
t('cf in context', () => vm.compileFunction('return typeof Array + String(Array === globalThis.Array) + y', [], { parsingContext: vm.createContext({ y: 'Y' }) })());
t('cf realm', () => vm.compileFunction('return [] instanceof Array', [], { parsingContext: vm.createContext({}) })() + ' ' +
  (vm.compileFunction('return []', [], { parsingContext: vm.createContext({}) })() instanceof Array));
t('cf extensions', () => vm.compileFunction('return a + b + x + y', ['a', 'b'], { contextExtensions: [{ x: 10 }, { y: 100 }] })(1, 2));
t('cf props', () => { const f = vm.compileFunction('return 1', [], { produceCachedData: true }); return [Object.getOwnPropertyNames(f).join(), f.cachedDataProduced, Buffer.isBuffer(f.cachedData)]; });
t('cf name', () => { const f = vm.compileFunction('return 1'); return [f.name, f.length, typeof f]; });
const p = (s) => [Object.getOwnPropertyNames(s).join(), s.sourceURL, s.sourceMapURL, s.cachedDataRejected, s.cachedDataProduced];
t('script props', () => p(new vm.Script('1')));
t('source urls', () => p(new vm.Script('1\n//# sourceURL=bar.js\n//# sourceMappingURL=foo.map')));
const a = new vm.Script('function f(a) { return a * 2 } f(21)', { produceCachedData: true });
t('produce', () => [p(a), Buffer.isBuffer(a.cachedData), a.cachedData.length > 0]);
t('consume', () => { const b = new vm.Script('function f(a) { return a * 2 } f(21)', { cachedData: a.cachedData }); return [p(b), b.runInThisContext()]; });
t('other source', () => p(new vm.Script('1 + 1', { cachedData: a.cachedData })));
t('createCachedData', () => { const cd = a.createCachedData(); const e = new vm.Script('function f(a) { return a * 2 } f(21)', { cachedData: new Uint8Array(cd) }); return [Buffer.isBuffer(cd), p(e)]; });
t('cachedData type', () => new vm.Script('1', { cachedData: 'x' }));
t('filename type', () => new vm.Script('1', { filename: 1 }));
t('lineOffset type', () => new vm.Script('1', { lineOffset: 1.5 }));
t('options type', () => new vm.Script('1', 5));
t('script proto', () => [Object.getOwnPropertyNames(vm.Script.prototype).join(), typeof vm.Script.prototype.createCachedData]);
t('createScript', () => vm.createScript('3 * 3').runInNewContext());
t('code coerced', () => new vm.Script({ toString() { return '7' } }).runInThisContext());
t('filename string', () => { try { vm.runInThisContext('throw new Error("f")', 'named.js'); } catch (e) { return head(e).split('\n')[0]; } });
t('import missing', () => vm.runInNewContext('import("fs")').catch((e) => console.log('import new', e.code, e.message)));
t('import this', () => vm.runInThisContext('import("fs")').catch((e) => console.log('import this', e.code, e.message)));
t('import main loader', () => vm.runInThisContext('import("fs")', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
  .then((m) => console.log('import main', typeof m.readFileSync)));
// Node settles measureMemory after a garbage collection of its choosing:
// only the promise and the validation are compared.
t('measureMemory', () => vm.measureMemory() instanceof Promise);
t('measureMemory mode', () => vm.measureMemory({ mode: 'x' }));
t('modules', () => [typeof vm.SourceTextModule, typeof vm.SyntheticModule, typeof vm.Module]);
t('constants', () => [Object.keys(vm.constants).join(), String(vm.constants.DONT_CONTEXTIFY), String(vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER)]);
t('surface', () => Object.keys(vm).join());
