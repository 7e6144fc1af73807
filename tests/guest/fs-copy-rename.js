// copyFile (COPYFILE_EXCL -> EEXIST, COPYFILE_FICLONE falls back to a
// copy, COPYFILE_FICLONE_FORCE -> ENOTSUP, mode validation, mode bits
// kept) and rename (files, directories, over existing entries,
// ENOTEMPTY, EISDIR, ENOTDIR, EINVAL, EXDEV) in all three styles.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path} ${e.dest}: ${e.message}`);
const cb = (fn) => new Promise((resolve) => fn((err, v) => resolve([err, v])));
const tryIt = (label, fn) => {
  try { console.log(label, rel(JSON.stringify(fn()))); } catch (e) { console.log(label, 'threw', errStr(e)); }
};
const { COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;

(async () => {
  console.log('constants', COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE);
  fs.writeFileSync(p('src'), 'source data', { mode: 0o640 });
  fs.chmodSync(p('src'), 0o640);
  tryIt('copyFileSync', () => { fs.copyFileSync(p('src'), p('c1')); return [fs.readFileSync(p('c1'), 'utf8'), (fs.statSync(p('c1')).mode & 0o777).toString(8)]; });
  tryIt('copyFileSync overwrite', () => { fs.writeFileSync(p('c2'), 'old old old old old'); fs.copyFileSync(p('src'), p('c2')); return fs.readFileSync(p('c2'), 'utf8'); });
  tryIt('copyFileSync EXCL existing', () => fs.copyFileSync(p('src'), p('c1'), COPYFILE_EXCL));
  tryIt('copyFileSync EXCL new', () => { fs.copyFileSync(p('src'), p('c3'), COPYFILE_EXCL); return fs.existsSync(p('c3')); });
  tryIt('copyFileSync FICLONE', () => { fs.copyFileSync(p('src'), p('c4'), COPYFILE_FICLONE); return fs.readFileSync(p('c4'), 'utf8'); });
  tryIt('copyFileSync FICLONE_FORCE', () => fs.copyFileSync(p('src'), p('c5'), COPYFILE_FICLONE_FORCE));
  tryIt('copyFileSync EXCL|FICLONE', () => fs.copyFileSync(p('src'), p('c1'), COPYFILE_EXCL | COPYFILE_FICLONE));
  tryIt('copyFileSync bad mode', () => fs.copyFileSync(p('src'), p('c6'), 8));
  tryIt('copyFileSync mode string', () => fs.copyFileSync(p('src'), p('c6'), '1'));
  tryIt('copyFileSync missing', () => fs.copyFileSync(p('none'), p('c6')));
  tryIt('copyFileSync directory', () => fs.copyFileSync(root, p('c6')));
  tryIt('copyFileSync into missing dir', () => fs.copyFileSync(p('src'), p('no/c6')));
  tryIt('copyFileSync onto directory', () => { fs.mkdirSync(p('d0')); fs.copyFileSync(p('src'), p('d0')); });
  tryIt('copyFileSync bad dest', () => fs.copyFileSync(p('src'), 1));
  const big = Buffer.alloc(3 * 1024 * 1024 + 7);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 255;
  fs.writeFileSync(p('big'), big);
  tryIt('copyFileSync big', () => { fs.copyFileSync(p('big'), p('big2')); return fs.readFileSync(p('big2')).equals(big); });
  console.log('copyFile cb', (await cb((d) => fs.copyFile(p('src'), p('k1'), d)))[0], fs.readFileSync(p('k1'), 'utf8'));
  console.log('copyFile cb EXCL', errStr((await cb((d) => fs.copyFile(p('src'), p('k1'), COPYFILE_EXCL, d)))[0]));
  console.log('copyFile cb FICLONE_FORCE', errStr((await cb((d) => fs.copyFile(p('src'), p('k2'), COPYFILE_FICLONE_FORCE, d)))[0]));
  console.log('copyFile cb big', (await cb((d) => fs.copyFile(p('big'), p('big3'), d)))[0], fs.readFileSync(p('big3')).equals(big));
  try { fs.copyFile(p('src'), p('k3'), 9, () => {}); } catch (e) { console.log('copyFile cb bad mode throws', errStr(e)); }
  try { fs.copyFile(p('src'), p('k3')); } catch (e) { console.log('copyFile no cb', errStr(e)); }
  await fsp.copyFile(p('src'), p('q1'));
  console.log('fsp.copyFile', fs.readFileSync(p('q1'), 'utf8'));
  try { await fsp.copyFile(p('src'), p('q1'), COPYFILE_EXCL); } catch (e) { console.log('fsp.copyFile EXCL', errStr(e)); }
  try { await fsp.copyFile(p('none'), p('q2')); } catch (e) { console.log('fsp.copyFile missing', errStr(e)); }

  // rename
  tryIt('renameSync file', () => { fs.renameSync(p('c1'), p('r1')); return [fs.existsSync(p('c1')), fs.readFileSync(p('r1'), 'utf8')]; });
  tryIt('renameSync over file', () => { fs.renameSync(p('c2'), p('r1')); return fs.readdirSync(root).filter((n) => /^(c2|r1)$/.test(n)); });
  tryIt('renameSync same path', () => fs.renameSync(p('r1'), p('r1')));
  tryIt('renameSync missing', () => fs.renameSync(p('none'), p('r2')));
  fs.mkdirSync(p('da/inner'), { recursive: true });
  fs.mkdirSync(p('db'));
  fs.mkdirSync(p('dc/full'), { recursive: true });
  tryIt('renameSync dir', () => { fs.renameSync(p('da'), p('da2')); return fs.readdirSync(p('da2')); });
  tryIt('renameSync dir over empty dir', () => { fs.renameSync(p('da2'), p('db')); return fs.readdirSync(p('db')); });
  tryIt('renameSync dir over non-empty dir', () => fs.renameSync(p('db'), p('dc')));
  tryIt('renameSync file over dir', () => fs.renameSync(p('r1'), p('dc')));
  tryIt('renameSync dir over file', () => fs.renameSync(p('dc'), p('r1')));
  tryIt('renameSync dir into itself', () => fs.renameSync(p('dc'), p('dc/full/x')));
  tryIt('renameSync across devices (EXDEV)', () => fs.renameSync(p('r1'), '/proc/fs-test-xdev'));
  tryIt('renameSync bad oldPath', () => fs.renameSync(null, p('x')));
  tryIt('renameSync bad newPath', () => fs.renameSync(p('r1'), {}));
  console.log('rename cb', (await cb((d) => fs.rename(p('k1'), p('k9'), d)))[0], fs.existsSync(p('k9')));
  console.log('rename cb missing', errStr((await cb((d) => fs.rename(p('k1'), p('k9'), d)))[0]));
  console.log('rename cb ENOTEMPTY', errStr((await cb((d) => fs.rename(p('db'), p('dc'), d)))[0]));
  await fsp.rename(p('q1'), p('q9'));
  console.log('fsp.rename', fs.existsSync(p('q1')), fs.existsSync(p('q9')));
  try { await fsp.rename(p('q1'), p('q9')); } catch (e) { console.log('fsp.rename missing', errStr(e)); }
  try { await fsp.rename(p('q9'), '/proc/fs-test-xdev'); } catch (e) { console.log('fsp.rename EXDEV', errStr(e)); }
  console.log('final', fs.readdirSync(root));
})();
