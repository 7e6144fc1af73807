// stat / lstat / fstat / statfs in all three styles: the Stats and
// BigIntStats shapes (field names, types, Date fields, *Ms / *Ns
// consistency, is*() methods), throwIfNoEntry, errors, fs.Stats/Dirent
// classes. Values that depend on the host (inode, times, sizes of
// directories, block counts) are masked.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path}: ${e.message}`);

fs.writeFileSync(p('file'), 'twelve bytes');
fs.mkdirSync(p('dir'));
fs.symlinkSync('file', p('link'));
fs.symlinkSync('missing', p('dangling'));
// (Times with whole or half seconds: the binding passes seconds as a
// double and libuv truncates to microseconds, so other fractions differ
// in the last digits.)
fs.utimesSync(p('file'), 1000000000.5, new Date('2020-01-02T03:04:05.500Z'));

const kinds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
const kind = (st) => kinds.filter((k) => st[k]()).join(',');

function describe(st) {
  const keys = Object.keys(st);
  const types = keys.map((k) => `${k}:${typeof st[k]}`).join(' ');
  return types;
}

function check(label, st) {
  console.log(label, st.constructor.name, kind(st));
  console.log('  own keys', describe(st));
  const big = typeof st.size === 'bigint';
  const n = (v) => Number(v);
  console.log('  mode type bits', (n(st.mode) & fs.constants.S_IFMT).toString(8), 'perm', (n(st.mode) & 0o777).toString(8));
  console.log('  nlink', n(st.nlink), 'uid/gid match process', n(st.uid) === process.getuid() && n(st.gid) === process.getgid());
  console.log('  dates', st.atime instanceof Date, st.mtime instanceof Date, st.ctime instanceof Date, st.birthtime instanceof Date);
  console.log('  mtime/mtimeMs agree', Math.abs(st.mtime.getTime() - n(st.mtimeMs)) < 1);
  if (big) {
    console.log('  Ns/Ms agree', st.mtimeNs / 1000000n === st.mtimeMs, st.atimeNs / 1000000n === st.atimeMs);
  }
  console.log('  ino/dev/blksize positive', n(st.ino) > 0, n(st.dev) > 0, n(st.blksize) > 0);
  console.log('  keys of prototype chain', ['atime', 'mtime', 'ctime', 'birthtime'].map((k) => k in st).join(','));
}

const st = fs.statSync(p('file'));
check('statSync file', st);
console.log('  size', st.size, 'atimeMs', st.atimeMs, 'mtimeMs', st.mtimeMs, 'mtime', st.mtime.toISOString());
const bst = fs.statSync(p('file'), { bigint: true });
check('statSync bigint', bst);
console.log('  size', bst.size, 'atimeNs', bst.atimeNs, 'mtimeNs', bst.mtimeNs, 'mtimeMs', bst.mtimeMs);
check('statSync dir', fs.statSync(p('dir')));
check('statSync link (follows)', fs.statSync(p('link')));
check('lstatSync link', fs.lstatSync(p('link')));
console.log('lstat link size = target length', fs.lstatSync(p('link')).size);
check('lstatSync bigint link', fs.lstatSync(p('link'), { bigint: true }));
const fd = fs.openSync(p('file'), 'r');
check('fstatSync', fs.fstatSync(fd));
check('fstatSync bigint', fs.fstatSync(fd, { bigint: true }));
console.log('/dev/null', kind(fs.statSync('/dev/null')));
console.log('/dev/null rdev nonzero', fs.statSync('/dev/null').rdev > 0);

// Dates are cached and assignable
const s2 = fs.statSync(p('file'));
const d1 = s2.mtime;
console.log('mtime cached', d1 === s2.mtime, Object.keys(s2).includes('mtime'));
s2.atime = 'replaced';
console.log('atime assignable', s2.atime, Object.getOwnPropertyDescriptor(s2, 'atime').enumerable);

// throwIfNoEntry
console.log('statSync throwIfNoEntry false', fs.statSync(p('nope'), { throwIfNoEntry: false }));
console.log('lstatSync throwIfNoEntry false', fs.lstatSync(p('nope'), { throwIfNoEntry: false }));
console.log('ENOTDIR with throwIfNoEntry false', fs.statSync(p('file/x'), { throwIfNoEntry: false }));
for (const [label, fn] of [
  ['statSync missing', () => fs.statSync(p('nope'))],
  ['statSync dangling', () => fs.statSync(p('dangling'))],
  ['lstatSync dangling', () => kind(fs.lstatSync(p('dangling')))],
  ['statSync ENOTDIR', () => fs.statSync(p('file/x'))],
  ['statSync ENOTDIR throwIfNoEntry true', () => fs.statSync(p('file/x'), { throwIfNoEntry: true })],
  ['fstatSync bad fd', () => fs.fstatSync(12345)],
  ['fstatSync bad fd type', () => fs.fstatSync('1')],
  ['statSync bad path', () => fs.statSync(42)],
  ['statfsSync missing', () => fs.statfsSync(p('nope'))],
]) {
  try { console.log(label, 'ok', fn()); } catch (e) { console.log(label, errStr(e)); }
}

// statfs
const sfs = fs.statfsSync(root);
console.log('statfs', sfs.constructor.name, Object.keys(sfs).map((k) => `${k}:${typeof sfs[k]}`).join(' '));
console.log('statfs sane', sfs.bsize > 0, sfs.blocks >= sfs.bfree, sfs.bfree >= sfs.bavail, sfs.files >= sfs.ffree);
const sfsb = fs.statfsSync(root, { bigint: true });
console.log('statfs bigint', Object.keys(sfsb).map((k) => `${k}:${typeof sfsb[k]}`).join(' '));

// classes
console.log('instanceof fs.Stats', st instanceof fs.Stats, bst instanceof fs.Stats);
console.log('fs.Dirent', typeof fs.Dirent, fs.readdirSync(root, { withFileTypes: true })[0] instanceof fs.Dirent);

(async () => {
  const [e1, cs] = await new Promise((r) => fs.stat(p('file'), (e, s) => r([e, s])));
  console.log('stat cb', e1, kind(cs), cs.size, cs.mtimeMs === st.mtimeMs);
  const [, cb2] = await new Promise((r) => fs.stat(p('file'), { bigint: true }, (e, s) => r([e, s])));
  console.log('stat cb bigint', typeof cb2.size, cb2.mtimeNs === bst.mtimeNs);
  const [, cl] = await new Promise((r) => fs.lstat(p('link'), (e, s) => r([e, s])));
  console.log('lstat cb', kind(cl));
  const [ce] = await new Promise((r) => fs.stat(p('nope'), (e, s) => r([e, s])));
  console.log('stat cb missing', errStr(ce));
  const [, cf] = await new Promise((r) => fs.fstat(fd, (e, s) => r([e, s])));
  console.log('fstat cb', kind(cf));
  const [, sf] = await new Promise((r) => fs.statfs(root, (e, s) => r([e, s])));
  console.log('statfs cb', sf.constructor.name, sf.bsize === sfs.bsize);
  const [, sfb] = await new Promise((r) => fs.statfs(root, { bigint: true }, (e, s) => r([e, s])));
  console.log('statfs cb bigint', typeof sfb.blocks);
  const ps = await fsp.stat(p('file'));
  console.log('fsp.stat', kind(ps), ps.size, ps.mtime.getTime() === st.mtime.getTime());
  const pb = await fsp.lstat(p('link'), { bigint: true });
  console.log('fsp.lstat bigint', kind(pb), typeof pb.ino);
  try { await fsp.stat(p('dir/none')); } catch (e) { console.log('fsp.stat missing', errStr(e)); }
  try { await fsp.lstat(p('nope')); } catch (e) { console.log('fsp.lstat missing', errStr(e)); }
  const pf = await fsp.statfs(root);
  console.log('fsp.statfs', pf.constructor.name, pf.bsize === sfs.bsize);
  const fh = await fsp.open(p('file'));
  const hs = await fh.stat();
  console.log('filehandle.stat', kind(hs), hs.size);
  const hb = await fh.stat({ bigint: true });
  console.log('filehandle.stat bigint', typeof hb.size);
  await fh.close();
  fs.closeSync(fd);

  // fs.Stats constructor (deprecated)
  process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
  const made = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 2, 3, 8, 1000, 2000, 3000, 4000);
  console.log('new fs.Stats', made.isFile(), made.size, made.mtime.toISOString(), made instanceof fs.Stats);
  console.log('fs.Stats prototype', Object.getPrototypeOf(made) === fs.Stats.prototype, fs.Stats.length);
})();
// filter: ^\(node:PID\) \[DEP0180\]
// filter: ^\(Use `node --trace-
