// Directories: mkdir (mode, recursive -> first directory created),
// mkdtemp (encodings, the X warning), readdir (sorted, withFileTypes,
// recursive, encoding 'buffer'/'hex'), rmdir (recursive deprecation), rm
// (recursive, force, maxRetries/retryDelay validation) in the sync,
// callback and promise styles, with their errors.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path}: ${e.message}`);
const cb = (fn) => new Promise((resolve) => fn((err, v) => resolve([err, v])));
const show = (label, v) => console.log(label, rel(JSON.stringify(v)));
const tryIt = (label, fn) => {
  try { show(label, fn()); } catch (e) { console.log(label, 'threw', errStr(e)); }
};
process.on('warning', (w) => console.log('warning:', w.name, w.code || '', w.message));

(async () => {
  // mkdir
  tryIt('mkdirSync', () => fs.mkdirSync(p('a')));
  tryIt('mkdirSync existing', () => fs.mkdirSync(p('a')));
  tryIt('mkdirSync missing parent', () => fs.mkdirSync(p('x/y')));
  tryIt('mkdirSync recursive', () => fs.mkdirSync(p('r1/r2/r3'), { recursive: true }));
  tryIt('mkdirSync recursive existing', () => fs.mkdirSync(p('r1/r2'), { recursive: true }));
  tryIt('mkdirSync recursive partly existing', () => fs.mkdirSync(p('r1/n1/n2'), { recursive: true }));
  tryIt('mkdirSync recursive trailing slash', () => fs.mkdirSync(p('t1/t2/'), { recursive: true }));
  fs.writeFileSync(p('file'), '');
  tryIt('mkdirSync recursive over file', () => fs.mkdirSync(p('file'), { recursive: true }));
  tryIt('mkdirSync recursive under file', () => fs.mkdirSync(p('file/sub/deeper'), { recursive: true }));
  tryIt('mkdirSync mode', () => { fs.mkdirSync(p('m'), 0o700); return (fs.statSync(p('m')).mode & 0o777).toString(8); });
  tryIt('mkdirSync mode string', () => { fs.mkdirSync(p('m2'), { mode: '750' }); return (fs.statSync(p('m2')).mode & 0o777).toString(8); });
  tryIt('mkdirSync bad recursive', () => fs.mkdirSync(p('b'), { recursive: 'yes' }));
  tryIt('mkdirSync bad mode', () => fs.mkdirSync(p('b'), { mode: -1 }));
  console.log('mkdir cb', rel(await cb((d) => fs.mkdir(p('c1'), d))));
  console.log('mkdir cb existing', errStr((await cb((d) => fs.mkdir(p('c1'), d)))[0]));
  console.log('mkdir cb recursive', rel(await cb((d) => fs.mkdir(p('c2/c3'), { recursive: true }, d))));
  console.log('mkdir cb recursive existing', rel(await cb((d) => fs.mkdir(p('c2/c3'), { recursive: true }, d))));
  console.log('mkdir cb recursive under file', errStr((await cb((d) => fs.mkdir(p('file/q'), { recursive: true }, d)))[0]));
  console.log('mkdir promise', await fsp.mkdir(p('p1')));
  console.log('mkdir promise recursive', rel(await fsp.mkdir(p('p2/p3/p4'), { recursive: true })));
  try { await fsp.mkdir(p('p1')); } catch (e) { console.log('mkdir promise existing', errStr(e)); }
  try { await fsp.mkdir(p('file'), { recursive: true }); } catch (e) { console.log('mkdir promise recursive over file', errStr(e)); }

  // relative paths resolve against the cwd
  const cwd = process.cwd();
  process.chdir(root);
  tryIt('mkdirSync relative recursive', () => fs.mkdirSync('rel/one', { recursive: true }));
  tryIt('readdirSync relative', () => fs.readdirSync('rel'));
  console.log('mkdir cb relative', await cb((d) => fs.mkdir('rel/two', d)));
  tryIt('statSync relative', () => fs.statSync('./rel/two').isDirectory());
  process.chdir(cwd);

  // mkdtemp
  const t1 = fs.mkdtempSync(p('tmp-'));
  console.log('mkdtempSync', rel(t1).replace(/tmp-.{6}$/, 'tmp-XXXXXX'), fs.statSync(t1).isDirectory());
  const t2 = fs.mkdtempSync(p('tmpb-'), { encoding: 'buffer' });
  console.log('mkdtempSync buffer', Buffer.isBuffer(t2), t2.length === p('tmpb-').length + 6);
  const t3 = fs.mkdtempSync(p('tmph-'), 'hex');
  console.log('mkdtempSync hex', /^[0-9a-f]+$/.test(t3));
  const [e4, t4] = await cb((d) => fs.mkdtemp(p('tmpc-'), d));
  console.log('mkdtemp cb', e4, fs.existsSync(t4));
  const t5 = await fsp.mkdtemp(p('tmpp-'));
  console.log('mkdtemp promise', fs.existsSync(t5), t5.length - p('tmpp-').length);
  tryIt('mkdtempSync missing dir', () => fs.mkdtempSync(p('nodir/x-')));
  try { await fsp.mkdtemp(p('nodir/x-')); } catch (e) { console.log('mkdtemp promise missing', errStr(e).replace(/x-\w{6}'/g, "x-??????'").replace(/x-\w{6}:/g, 'x-??????:')); }
  const [e6] = await cb((d) => fs.mkdtemp(p('nodir/y-'), d));
  console.log('mkdtemp cb missing', errStr(e6).replace(/y-\w{6}/g, 'y-??????'));
  tryIt('mkdtempSync X warning', () => typeof fs.mkdtempSync(p('endsX')));
  tryIt('mkdtempSync bad prefix', () => fs.mkdtempSync(null));

  // readdir
  for (const n of ['b.txt', 'a.txt', 'C.txt', '_u', 'é.txt', '10', '9']) fs.writeFileSync(p(`rd/${n}`.replace('rd/', 'rd-')), '');
  fs.mkdirSync(p('rd'));
  for (const n of ['b.txt', 'a.txt', 'C.txt', '_u', 'é.txt', '10', '9']) fs.writeFileSync(p(`rd/${n}`), n);
  fs.mkdirSync(p('rd/sub/deep'), { recursive: true });
  fs.writeFileSync(p('rd/sub/deep/leaf'), '');
  fs.symlinkSync('sub', p('rd/linkdir'));
  fs.symlinkSync('a.txt', p('rd/linkfile'));
  tryIt('readdirSync sorted', () => fs.readdirSync(p('rd')));
  tryIt('readdirSync buffer', () => fs.readdirSync(p('rd'), 'buffer').map((b) => Buffer.isBuffer(b) && b.toString()));
  tryIt('readdirSync hex', () => fs.readdirSync(p('rd'), { encoding: 'hex' }).slice(0, 3));
  const types = (list) => list.map((d) => `${d.name}:${['isFile', 'isDirectory', 'isSymbolicLink'].filter((k) => d[k]()).join('')}:${rel(d.parentPath)}:${rel(d.path)}`);
  tryIt('readdirSync withFileTypes', () => types(fs.readdirSync(p('rd'), { withFileTypes: true })));
  tryIt('readdirSync recursive', () => fs.readdirSync(p('rd'), { recursive: true }));
  tryIt('readdirSync recursive withFileTypes', () => types(fs.readdirSync(p('rd'), { recursive: true, withFileTypes: true })));
  tryIt('readdirSync missing', () => fs.readdirSync(p('nope')));
  tryIt('readdirSync file', () => fs.readdirSync(p('file')));
  tryIt('readdirSync bad recursive', () => fs.readdirSync(p('rd'), { recursive: 1 }));
  tryIt('readdirSync url', () => fs.readdirSync(new URL(`file://${p('rd/sub')}`)));
  tryIt('readdirSync empty', () => fs.readdirSync(p('a')));
  console.log('readdir cb', (await cb((d) => fs.readdir(p('rd'), d)))[1]);
  console.log('readdir cb types', types((await cb((d) => fs.readdir(p('rd'), { withFileTypes: true }, d)))[1]));
  console.log('readdir cb recursive', (await cb((d) => fs.readdir(p('rd'), { recursive: true }, d)))[1]);
  console.log('readdir cb recursive types', types((await cb((d) => fs.readdir(p('rd'), { recursive: true, withFileTypes: true }, d)))[1]));
  console.log('readdir cb missing', errStr((await cb((d) => fs.readdir(p('nope'), d)))[0]));
  console.log('readdir cb buffer', (await cb((d) => fs.readdir(p('rd/sub'), 'buffer', d)))[1]);
  console.log('readdir promise', await fsp.readdir(p('rd')));
  console.log('readdir promise types', types(await fsp.readdir(p('rd'), { withFileTypes: true })));
  console.log('readdir promise recursive', await fsp.readdir(p('rd'), { recursive: true }));
  console.log('readdir promise recursive types', types(await fsp.readdir(p('rd'), { recursive: true, withFileTypes: true })));
  try { await fsp.readdir(p('file')); } catch (e) { console.log('readdir promise file', errStr(e)); }

  // rmdir
  tryIt('rmdirSync', () => fs.rmdirSync(p('a')));
  tryIt('rmdirSync missing', () => fs.rmdirSync(p('a')));
  tryIt('rmdirSync not empty', () => fs.rmdirSync(p('rd')));
  tryIt('rmdirSync file', () => fs.rmdirSync(p('file')));
  tryIt('rmdirSync bad options', () => fs.rmdirSync(p('m'), { maxRetries: -1 }));
  tryIt('rmdirSync options object', () => fs.rmdirSync(p('m'), { retryDelay: 10 }));
  console.log('rmdir cb', await cb((d) => fs.rmdir(p('c1'), d)));
  console.log('rmdir cb not empty', errStr((await cb((d) => fs.rmdir(p('c2'), d)))[0]));
  console.log('rmdir promise', await fsp.rmdir(p('p1')));
  try { await fsp.rmdir(p('p2')); } catch (e) { console.log('rmdir promise not empty', errStr(e)); }
  fs.cpSync(p('rd'), p('rd2'), { recursive: true });
  fs.cpSync(p('rd'), p('rd3'), { recursive: true });
  tryIt('rmdirSync recursive (deprecated)', () => fs.rmdirSync(p('rd2'), { recursive: true }));
  tryIt('rmdirSync recursive on file', () => fs.rmdirSync(p('file'), { recursive: true }));
  tryIt('rmdirSync recursive missing', () => fs.rmdirSync(p('gone'), { recursive: true }));
  console.log('rmdir cb recursive', await cb((d) => fs.rmdir(p('rd3'), { recursive: true }, d)));
  console.log('rmdir cb recursive missing', errStr((await cb((d) => fs.rmdir(p('gone'), { recursive: true }, d)))[0]));
  await fsp.rmdir(p('c2'), { recursive: true });
  console.log('rmdir promise recursive', fs.existsSync(p('c2')));

  // rm
  fs.cpSync(p('rd'), p('rm1'), { recursive: true });
  fs.cpSync(p('rd'), p('rm2'), { recursive: true });
  fs.cpSync(p('rd'), p('rm3'), { recursive: true });
  tryIt('rmSync file', () => fs.rmSync(p('rm1/a.txt')));
  tryIt('rmSync symlink to dir (not followed)', () => { fs.rmSync(p('rm1/linkdir')); return fs.existsSync(p('rm1/sub/deep/leaf')); });
  tryIt('rmSync dir without recursive', () => fs.rmSync(p('rm1')));
  tryIt('rmSync missing', () => fs.rmSync(p('rm-missing')));
  tryIt('rmSync missing force', () => fs.rmSync(p('rm-missing'), { force: true }));
  tryIt('rmSync missing recursive force', () => fs.rmSync(p('rm-missing/x'), { recursive: true, force: true }));
  tryIt('rmSync recursive', () => { fs.rmSync(p('rm1'), { recursive: true }); return fs.existsSync(p('rm1')); });
  tryIt('rmSync maxRetries', () => fs.rmSync(p('rm2'), { recursive: true, maxRetries: 3, retryDelay: 10 }));
  tryIt('rmSync bad force', () => fs.rmSync(p('x'), { force: 'yes' }));
  tryIt('rmSync bad maxRetries', () => fs.rmSync(p('x'), { maxRetries: 1.5 }));
  tryIt('rmSync bad retryDelay', () => fs.rmSync(p('x'), { retryDelay: -1 }));
  tryIt('rmSync bad options', () => fs.rmSync(p('x'), 'recursive'));
  console.log('rm cb dir without recursive', errStr((await cb((d) => fs.rm(p('rm3'), d)))[0]));
  console.log('rm cb missing', errStr((await cb((d) => fs.rm(p('nothing'), d)))[0]));
  console.log('rm cb missing force', await cb((d) => fs.rm(p('nothing'), { force: true }, d)));
  console.log('rm cb recursive', await cb((d) => fs.rm(p('rm3'), { recursive: true, maxRetries: 2 }, d)), fs.existsSync(p('rm3')));
  fs.cpSync(p('rd'), p('rm4'), { recursive: true });
  try { await fsp.rm(p('rm4')); } catch (e) { console.log('rm promise dir', errStr(e)); }
  console.log('rm promise recursive', await fsp.rm(p('rm4'), { recursive: true }), fs.existsSync(p('rm4')));
  try { await fsp.rm(p('rm4')); } catch (e) { console.log('rm promise missing', errStr(e)); }
  console.log('rm promise missing force', await fsp.rm(p('rm4'), { force: true }));
  console.log('left', fs.readdirSync(root).filter((n) => !n.startsWith('tmp') && !n.startsWith('endsX')));
})();
// filter: ^\(node:PID\) (\[DEP0147\] DeprecationWarning|Warning: mkdtemp)
// filter: ^\(Use `node --trace-
