// System errors of the fs API, the same in the sync, callback and promise
// styles: ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, ELOOP, EBADF,
// EINVAL, EPERM (hard link to a directory), EACCES (X_OK without x bits),
// EXDEV (rename into /proc). Each error's class, own enumerable keys in
// order, code, errno, syscall, path, dest and message are checked.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const util = require('util');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;

fs.writeFileSync(p('file'), 'x');
fs.mkdirSync(p('dir'));
fs.writeFileSync(p('dir/inside'), 'y');
fs.mkdirSync(p('empty'));
fs.symlinkSync('loop2', p('loop1'));
fs.symlinkSync('loop1', p('loop2'));

function describe(e) {
  if (!(e instanceof Error)) return `not an Error: ${e}`;
  return rel(`${e.constructor.name} keys=${Object.keys(e).join(',')} code=${e.code} errno=${e.errno} ` +
    `syscall=${e.syscall} path=${e.path} dest=${e.dest} | ${e.message}`);
}

const scenarios = [
  ['ENOENT open', (cb) => fs.open(p('none'), 'r', cb), () => fs.openSync(p('none'), 'r'), () => fsp.open(p('none'))],
  ['ENOENT stat', (cb) => fs.stat(p('none/x'), cb), () => fs.statSync(p('none/x')), () => fsp.stat(p('none/x'))],
  ['ENOENT unlink', (cb) => fs.unlink(p('none'), cb), () => fs.unlinkSync(p('none')), () => fsp.unlink(p('none'))],
  ['ENOENT rename', (cb) => fs.rename(p('none'), p('n2'), cb), () => fs.renameSync(p('none'), p('n2')), () => fsp.rename(p('none'), p('n2'))],
  ['ENOENT readlink', (cb) => fs.readlink(p('none'), cb), () => fs.readlinkSync(p('none')), () => fsp.readlink(p('none'))],
  ['ENOENT chmod', (cb) => fs.chmod(p('none'), 0o644, cb), () => fs.chmodSync(p('none'), 0o644), () => fsp.chmod(p('none'), 0o644)],
  ['ENOENT utimes', (cb) => fs.utimes(p('none'), 1, 1, cb), () => fs.utimesSync(p('none'), 1, 1), () => fsp.utimes(p('none'), 1, 1)],
  ['EEXIST mkdir', (cb) => fs.mkdir(p('dir'), cb), () => fs.mkdirSync(p('dir')), () => fsp.mkdir(p('dir'))],
  ['EEXIST open wx', (cb) => fs.open(p('file'), 'wx', cb), () => fs.openSync(p('file'), 'wx'), () => fsp.open(p('file'), 'wx')],
  ['EEXIST symlink', (cb) => fs.symlink('x', p('file'), cb), () => fs.symlinkSync('x', p('file')), () => fsp.symlink('x', p('file'))],
  ['EEXIST link', (cb) => fs.link(p('file'), p('dir/inside'), cb), () => fs.linkSync(p('file'), p('dir/inside')), () => fsp.link(p('file'), p('dir/inside'))],
  ['ENOTDIR readdir', (cb) => fs.readdir(p('file'), cb), () => fs.readdirSync(p('file')), () => fsp.readdir(p('file'))],
  ['ENOTDIR open below file', (cb) => fs.open(p('file/x'), 'r', cb), () => fs.openSync(p('file/x'), 'r'), () => fsp.open(p('file/x'))],
  ['ENOTDIR rmdir file', (cb) => fs.rmdir(p('file'), cb), () => fs.rmdirSync(p('file')), () => fsp.rmdir(p('file'))],
  ['EISDIR open w', (cb) => fs.open(p('dir'), 'w', cb), () => fs.openSync(p('dir'), 'w'), () => fsp.open(p('dir'), 'w')],
  ['EISDIR unlink dir', (cb) => fs.unlink(p('dir'), cb), () => fs.unlinkSync(p('dir')), () => fsp.unlink(p('dir'))],
  ['EISDIR readFile dir', (cb) => fs.readFile(p('dir'), cb), () => fs.readFileSync(p('dir')), () => fsp.readFile(p('dir'))],
  ['EISDIR rm dir', (cb) => fs.rm(p('dir'), cb), () => fs.rmSync(p('dir')), () => fsp.rm(p('dir'))],
  ['ENOTEMPTY rmdir', (cb) => fs.rmdir(p('dir'), cb), () => fs.rmdirSync(p('dir')), () => fsp.rmdir(p('dir'))],
  ['ENOTEMPTY rename', (cb) => fs.rename(p('empty'), p('dir'), cb), () => fs.renameSync(p('empty'), p('dir')), () => fsp.rename(p('empty'), p('dir'))],
  ['ELOOP stat', (cb) => fs.stat(p('loop1'), cb), () => fs.statSync(p('loop1')), () => fsp.stat(p('loop1'))],
  ['ELOOP open', (cb) => fs.open(p('loop1'), 'r', cb), () => fs.openSync(p('loop1'), 'r'), () => fsp.open(p('loop1'))],
  ['ELOOP access', (cb) => fs.access(p('loop2'), cb), () => fs.accessSync(p('loop2')), () => fsp.access(p('loop2'))],
  ['EBADF fstat', (cb) => fs.fstat(1023, cb), () => fs.fstatSync(1023), null],
  ['EBADF close', (cb) => fs.close(1023, cb), () => fs.closeSync(1023), null],
  ['EBADF read', (cb) => fs.read(1023, Buffer.alloc(1), 0, 1, null, cb), () => fs.readSync(1023, Buffer.alloc(1)), null],
  ['EBADF write', (cb) => fs.write(1023, 'x', cb), () => fs.writeSync(1023, 'x'), null],
  ['EBADF ftruncate', (cb) => fs.ftruncate(1023, cb), () => fs.ftruncateSync(1023), null],
  ['EINVAL readlink file', (cb) => fs.readlink(p('file'), cb), () => fs.readlinkSync(p('file')), () => fsp.readlink(p('file'))],
  ['EINVAL rename into self', (cb) => fs.rename(p('dir'), p('dir/sub'), cb), () => fs.renameSync(p('dir'), p('dir/sub')), () => fsp.rename(p('dir'), p('dir/sub'))],
  ['EPERM link dir', (cb) => fs.link(p('dir'), p('dirlink'), cb), () => fs.linkSync(p('dir'), p('dirlink')), () => fsp.link(p('dir'), p('dirlink'))],
  ['EACCES access X_OK', (cb) => fs.access(p('file'), fs.constants.X_OK, cb), () => fs.accessSync(p('file'), fs.constants.X_OK), () => fsp.access(p('file'), fs.constants.X_OK)],
  ['EXDEV rename', (cb) => fs.rename(p('file'), '/proc/fs-xdev', cb), () => fs.renameSync(p('file'), '/proc/fs-xdev'), () => fsp.rename(p('file'), '/proc/fs-xdev')],
];

(async () => {
  for (const [label, callbackStyle, syncStyle, promiseStyle] of scenarios) {
    let syncErr;
    try { syncStyle(); } catch (e) { syncErr = e; }
    const cbErr = await new Promise((resolve) => callbackStyle((e) => resolve(e)));
    let promErr = null;
    if (promiseStyle) {
      try { await promiseStyle(); } catch (e) { promErr = e; }
    }
    const s = describe(syncErr);
    console.log(label, s);
    if (describe(cbErr) !== s) console.log('  callback differs:', describe(cbErr));
    if (promiseStyle && describe(promErr) !== s) console.log('  promise differs:', describe(promErr));
  }
  // util.inspect shows the properties after the stack
  let e;
  try { fs.readFileSync(p('none')); } catch (err) { e = err; }
  console.log(rel(util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n')));
  console.log('getSystemErrorName', util.getSystemErrorName(e.errno), e instanceof Error, e.name, typeof e.stack);
})();
