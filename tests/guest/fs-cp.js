// fs.cp / fs.cpSync / fsPromises.cp: files and directory trees, recursive,
// filter (sync and async), force / errorOnExist, dereference,
// verbatimSymlinks, preserveTimestamps, mode, and the checks (same path,
// subdirectory of itself, dir over file, file over dir, options).
// Directory walks follow the kernel's order, so listings are sorted.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.realpathSync(fs.mkdtempSync('/tmp/fs-test-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path}: ${e.message}`);
const cb = (fn) => new Promise((resolve) => fn((err, v) => resolve([err, v])));
function tree(dir) {
  return fs.readdirSync(dir, { recursive: true }).sort().map((n) => {
    const full = `${dir}/${n}`;
    const st = fs.lstatSync(full);
    if (st.isSymbolicLink()) return `${n} -> ${rel(fs.readlinkSync(full))}`;
    if (st.isDirectory()) return `${n}/`;
    return `${n}=${fs.readFileSync(full, 'utf8')}`;
  });
}
const tryIt = (label, fn) => {
  try { const r = fn(); console.log(label, rel(JSON.stringify(r))); } catch (e) { console.log(label, 'threw', errStr(e)); }
};

fs.mkdirSync(p('src/sub/deep'), { recursive: true });
fs.writeFileSync(p('src/a.txt'), 'A');
fs.writeFileSync(p('src/sub/b.txt'), 'B');
fs.writeFileSync(p('src/sub/deep/c.txt'), 'C');
fs.symlinkSync('a.txt', p('src/rel-link'));
fs.symlinkSync(p('src/sub'), p('src/abs-link'));
fs.mkdirSync(p('plain/sub'), { recursive: true });
fs.writeFileSync(p('plain/a.txt'), 'A');
fs.writeFileSync(p('plain/sub/b.txt'), 'B');
fs.writeFileSync(p('file.txt'), 'F');
fs.chmodSync(p('file.txt'), 0o640);
fs.utimesSync(p('file.txt'), 1000, 2000);

(async () => {
  // cpSync
  tryIt('cpSync file', () => { fs.cpSync(p('file.txt'), p('s/f1.txt')); return [tree(p('s')), (fs.statSync(p('s/f1.txt')).mode & 0o777).toString(8)]; });
  tryIt('cpSync file preserveTimestamps', () => { fs.cpSync(p('file.txt'), p('s/f2.txt'), { preserveTimestamps: true }); return fs.statSync(p('s/f2.txt')).mtimeMs; });
  tryIt('cpSync file without preserveTimestamps', () => fs.statSync(p('s/f1.txt')).mtimeMs !== 2000000);
  tryIt('cpSync dir without recursive', () => fs.cpSync(p('src'), p('s/d0')));
  tryIt('cpSync dir', () => { fs.cpSync(p('src'), p('s/d1'), { recursive: true }); return tree(p('s/d1')); });
  tryIt('cpSync dir again over its links', () => fs.cpSync(p('src'), p('s/d1'), { recursive: true }));
  tryIt('cpSync plain dir', () => { fs.cpSync(p('plain'), p('s/p1'), { recursive: true }); return tree(p('s/p1')); });
  tryIt('cpSync plain dir again (force)', () => { fs.writeFileSync(p('s/p1/a.txt'), 'changed'); fs.cpSync(p('plain'), p('s/p1'), { recursive: true }); return fs.readFileSync(p('s/p1/a.txt'), 'utf8'); });
  tryIt('cpSync dir force:false keeps', () => { fs.writeFileSync(p('s/p1/a.txt'), 'kept'); fs.cpSync(p('plain'), p('s/p1'), { recursive: true, force: false }); return fs.readFileSync(p('s/p1/a.txt'), 'utf8'); });
  fs.mkdirSync(p('s/d2'));
  fs.writeFileSync(p('s/d2/a.txt'), 'existing');
  tryIt('cpSync errorOnExist', () => fs.cpSync(p('plain'), p('s/d2'), { recursive: true, force: false, errorOnExist: true }));
  tryIt('cpSync file errorOnExist', () => fs.cpSync(p('file.txt'), p('s/d2/a.txt'), { force: false, errorOnExist: true }));
  tryIt('cpSync file force:false', () => { fs.cpSync(p('file.txt'), p('s/d2/a.txt'), { force: false }); return fs.readFileSync(p('s/d2/a.txt'), 'utf8'); });
  tryIt('cpSync verbatimSymlinks', () => { fs.cpSync(p('src'), p('s/d3'), { recursive: true, verbatimSymlinks: true }); return tree(p('s/d3')); });
  const seen = [];
  tryIt('cpSync filter', () => {
    fs.cpSync(p('src'), p('s/d4'), { recursive: true, filter: (s, d) => { seen.push(`${rel(s)}=>${rel(d)}`); return !s.endsWith('b.txt'); } });
    return tree(p('s/d4'));
  });
  console.log('  filter calls', seen.sort());
  tryIt('cpSync filter false at top', () => { fs.cpSync(p('src'), p('s/d5'), { recursive: true, filter: () => false }); return fs.existsSync(p('s/d5')); });
  tryIt('cpSync async filter', () => fs.cpSync(p('src'), p('s/d6'), { recursive: true, filter: async () => true }));
  tryIt('cpSync symlink itself', () => { fs.cpSync(p('src/rel-link'), p('s/lnk')); return rel(fs.readlinkSync(p('s/lnk'))); });
  tryIt('cpSync same file', () => fs.cpSync(p('file.txt'), p('file.txt')));
  tryIt('cpSync into itself', () => fs.cpSync(p('src'), p('src/sub/inside'), { recursive: true }));
  tryIt('cpSync dir over file', () => fs.cpSync(p('src'), p('file.txt'), { recursive: true }));
  tryIt('cpSync file over dir', () => fs.cpSync(p('file.txt'), p('s/d1')));
  tryIt('cpSync missing', () => fs.cpSync(p('missing'), p('s/x')));
  tryIt('cpSync deep destination', () => { fs.cpSync(p('file.txt'), p('s/new/deeper/f.txt')); return tree(p('s/new')); });
  tryIt('cpSync mode EXCL', () => fs.cpSync(p('file.txt'), p('s/f1.txt'), { mode: fs.constants.COPYFILE_EXCL, force: false, errorOnExist: true }));
  tryIt('cpSync bad options', () => fs.cpSync(p('src'), p('s/x'), { recursive: 'yes' }));
  tryIt('cpSync options pair', () => fs.cpSync(p('src'), p('s/x'), { dereference: true, verbatimSymlinks: true }));
  tryIt('cpSync bad filter', () => fs.cpSync(p('src'), p('s/x'), { filter: 'x' }));
  tryIt('cpSync bad mode', () => fs.cpSync(p('src'), p('s/x'), { mode: 99 }));
  tryIt('cpSync options not object', () => fs.cpSync(p('src'), p('s/x'), 'recursive'));

  // fs.cp (callback)
  console.log('cp cb dir', (await cb((d) => fs.cp(p('src'), p('c/d1'), { recursive: true }, d)))[0], tree(p('c/d1')));
  console.log('cp cb dir without recursive', errStr((await cb((d) => fs.cp(p('src'), p('c/d0'), d)))[0]));
  console.log('cp cb file', (await cb((d) => fs.cp(p('file.txt'), p('c/f.txt'), d)))[0], fs.readFileSync(p('c/f.txt'), 'utf8'));
  console.log('cp cb same', errStr((await cb((d) => fs.cp(p('file.txt'), p('file.txt'), d)))[0]));
  console.log('cp cb into itself', errStr((await cb((d) => fs.cp(p('src'), p('src/sub/x'), { recursive: true }, d)))[0]));
  console.log('cp cb dir over file', errStr((await cb((d) => fs.cp(p('src'), p('file.txt'), { recursive: true }, d)))[0]));
  console.log('cp cb file over dir', errStr((await cb((d) => fs.cp(p('file.txt'), p('c/d1'), d)))[0]));
  console.log('cp cb missing', errStr((await cb((d) => fs.cp(p('missing'), p('c/x'), d)))[0]));
  try { fs.cp(p('src'), p('c/x'), { force: 1 }, () => {}); } catch (e) { console.log('cp cb bad option throws', errStr(e)); }
  try { fs.cp(p('src'), p('c/x')); } catch (e) { console.log('cp no cb', errStr(e)); }

  // fsPromises.cp
  await fsp.cp(p('src'), p('q/d1'), { recursive: true });
  console.log('fsp.cp dir', tree(p('q/d1')));
  await fsp.cp(p('src'), p('q/d2'), { recursive: true, verbatimSymlinks: true });
  console.log('fsp.cp verbatim', tree(p('q/d2')));
  await fsp.cp(p('src'), p('q/d3'), { recursive: true, dereference: true });
  console.log('fsp.cp dereference', tree(p('q/d3')));
  const calls = [];
  await fsp.cp(p('src'), p('q/d4'), { recursive: true, filter: async (s) => { calls.push(rel(s)); return !s.includes('deep'); } });
  console.log('fsp.cp async filter', tree(p('q/d4')), calls.sort());
  try { await fsp.cp(p('src'), p('q/d1'), { recursive: true }); } catch (e) { console.log('fsp.cp again over its links', e.code); }
  await fsp.cp(p('plain'), p('q/p1'), { recursive: true });
  fs.writeFileSync(p('q/p1/a.txt'), 'mine');
  await fsp.cp(p('plain'), p('q/p1'), { recursive: true, force: false });
  console.log('fsp.cp force:false', fs.readFileSync(p('q/p1/a.txt'), 'utf8'));
  try { await fsp.cp(p('plain'), p('q/p1'), { recursive: true, force: false, errorOnExist: true }); } catch (e) { console.log('fsp.cp errorOnExist', errStr(e)); }
  await fsp.cp(p('plain'), p('q/p1'), { recursive: true });
  console.log('fsp.cp force', fs.readFileSync(p('q/p1/a.txt'), 'utf8'));
  await fsp.cp(p('file.txt'), p('q/f.txt'), { preserveTimestamps: true });
  console.log('fsp.cp preserveTimestamps', fs.statSync(p('q/f.txt')).mtimeMs, (fs.statSync(p('q/f.txt')).mode & 0o777).toString(8));
  try { await fsp.cp(p('src'), p('q/x')); } catch (e) { console.log('fsp.cp dir without recursive', errStr(e)); }
  try { await fsp.cp(p('src'), p('src/sub/y'), { recursive: true }); } catch (e) { console.log('fsp.cp into itself', errStr(e)); }
  try { await fsp.cp(p('missing'), p('q/x')); } catch (e) { console.log('fsp.cp missing', errStr(e)); }
  try { await fsp.cp(p('src'), p('q/x'), { errorOnExist: 'no' }); } catch (e) { console.log('fsp.cp bad option', errStr(e)); }
  console.log('source untouched', tree(p('src')));
})();
