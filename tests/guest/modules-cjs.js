// CommonJS loading, compared with Node 22.
const rel = (p) => String(p).split(process.cwd()).join('.');
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.code, rel(e.message).split('\n')[0]);
    if (e.requireStack) console.log('  requireStack', e.requireStack.map(rel));
  }
};
show('main field', () => require('cjs-main'));
show('exports require condition', () => require('exp-pkg'));
show('exports node condition', () => require('exp-pkg/feature'));
show('exports pattern', () => require('exp-pkg/utils/a'));
show('exports null target', () => require('exp-pkg/private/x'));
show('not exported subpath', () => require('exp-pkg/dist/feature.js'));
show('package.json export', () => require('exp-pkg/package.json').version);
show('self reference', () => require('self-ref'));
show('imports field', () => require('imports-pkg'));
show('missing package', () => require('no-such-package'));
show('missing relative', () => require('./nope'));
show('require.resolve', () => rel(require.resolve('exp-pkg')));
show('require.resolve paths option', () => rel(require.resolve('./modules-cjs', { paths: [__dirname] })));
show('require.resolve.paths', () => require.resolve.paths('x').slice(0, 1).map(rel));
show('require.resolve.paths of builtin', () => require.resolve.paths('fs'));
show('json', () => require('./mods/data.json'));
show('json cached identity', () => require('./mods/data.json') === require('./mods/data'));
show('cycle', () => require('./mods/cycle-a.cjs'));
show('require(esm) with default', () => require('esm-only'));
show('require(esm) async graph', () => require('./mods/tla.js'));
show('module.paths', () => module.paths.slice(0, 1).map(rel));
show('__filename', () => rel(__filename));
show('__dirname', () => rel(__dirname));
show('module identity', () => [require.main === module, module.id, module.loaded, typeof module.require]);
show('require.cache has me', () => Object.keys(require.cache).map(rel).includes('./modules-cjs.js'));
show('createRequire', () => require('module').createRequire(`${__dirname}/mods/`)('./data.json').answer);
show('isBuiltin', () => [require('module').isBuiltin('fs'), require('module').isBuiltin('node:test'), require('module').isBuiltin('test'), require('module').isBuiltin('nope')]);
show('node: scheme', () => typeof require('node:events'));
show('unknown node: builtin', () => require('node:nope'));
show('children', () => module.children.map((m) => rel(m.id)).slice(0, 3));
show('bad require arg', () => require(42));
show('empty require arg', () => require(''));
