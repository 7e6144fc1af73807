// Links: link / symlink (relative, absolute, dangling, type argument) /
// readlink (encodings) / realpath (JS walk: lstat/readlink errors) /
// realpath.native / unlink / lchown / lutimes in the three styles, with
// ELOOP, EPERM (hard link to a directory), EEXIST, ENOENT, EINVAL.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.realpathSync(fs.mkdtempSync('/tmp/fs-test-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path} ${e.dest}: ${e.message}`);
const cb = (fn) => new Promise((resolve) => fn((err, v) => resolve([err, v])));
const tryIt = (label, fn) => {
  try { console.log(label, rel(JSON.stringify(fn()))); } catch (e) { console.log(label, 'threw', errStr(e)); }
};

(async () => {
  fs.writeFileSync(p('target'), 'T');
  fs.mkdirSync(p('dir/deeper'), { recursive: true });
  fs.writeFileSync(p('dir/deeper/f'), 'F');

  // hard links
  tryIt('linkSync', () => { fs.linkSync(p('target'), p('hard')); return fs.statSync(p('target')).nlink; });
  tryIt('linkSync existing', () => fs.linkSync(p('target'), p('hard')));
  tryIt('linkSync missing source', () => fs.linkSync(p('none'), p('hard2')));
  tryIt('linkSync directory (EPERM)', () => fs.linkSync(p('dir'), p('dirlink')));
  tryIt('linkSync bad arg', () => fs.linkSync(p('target'), 5));
  console.log('link cb', (await cb((d) => fs.link(p('target'), p('hard3'), d)))[0]);
  console.log('link cb existing', errStr((await cb((d) => fs.link(p('target'), p('hard3'), d)))[0]));
  await fsp.link(p('target'), p('hard4'));
  console.log('fsp.link nlink', fs.statSync(p('target')).nlink);
  try { await fsp.link(p('dir'), p('x')); } catch (e) { console.log('fsp.link dir', errStr(e)); }

  // symlinks
  tryIt('symlinkSync relative', () => { fs.symlinkSync('target', p('rl')); return fs.readlinkSync(p('rl')); });
  tryIt('symlinkSync absolute', () => { fs.symlinkSync(p('target'), p('al')); return fs.readlinkSync(p('al')); });
  tryIt('symlinkSync dangling', () => { fs.symlinkSync('nowhere', p('dl')); return fs.existsSync(p('dl')); });
  tryIt('symlinkSync dir type', () => { fs.symlinkSync('dir', p('dirl'), 'dir'); return fs.readdirSync(p('dirl')); });
  tryIt('symlinkSync junction type', () => { fs.symlinkSync('dir', p('jl'), 'junction'); return fs.statSync(p('jl')).isDirectory(); });
  tryIt('symlinkSync bad type', () => fs.symlinkSync('dir', p('bt'), 'folder'));
  tryIt('symlinkSync existing', () => fs.symlinkSync('x', p('rl')));
  tryIt('symlinkSync into missing dir', () => fs.symlinkSync('x', p('nodir/l')));
  tryIt('symlinkSync bad target', () => fs.symlinkSync(undefined, p('u')));
  console.log('symlink cb', (await cb((d) => fs.symlink('target', p('cl'), d)))[0]);
  console.log('symlink cb with type', (await cb((d) => fs.symlink('dir', p('cl2'), 'dir', d)))[0]);
  console.log('symlink cb existing', errStr((await cb((d) => fs.symlink('target', p('cl'), d)))[0]));
  await fsp.symlink('target', p('pl'));
  console.log('fsp.symlink', await fsp.readlink(p('pl')));
  try { await fsp.symlink('target', p('pl'), 'file'); } catch (e) { console.log('fsp.symlink existing', errStr(e)); }

  // readlink
  tryIt('readlinkSync buffer', () => fs.readlinkSync(p('rl'), 'buffer').toString('hex'));
  tryIt('readlinkSync base64', () => fs.readlinkSync(p('rl'), { encoding: 'base64' }));
  tryIt('readlinkSync not a link', () => fs.readlinkSync(p('target')));
  tryIt('readlinkSync missing', () => fs.readlinkSync(p('none')));
  console.log('readlink cb', await cb((d) => fs.readlink(p('rl'), d)));
  console.log('readlink cb buffer', (await cb((d) => fs.readlink(p('rl'), 'buffer', d)))[1]);
  console.log('readlink cb not a link', errStr((await cb((d) => fs.readlink(p('dir'), d)))[0]));
  try { await fsp.readlink(p('target')); } catch (e) { console.log('fsp.readlink not a link', errStr(e)); }
  console.log('fsp.readlink buffer', await fsp.readlink(p('rl'), { encoding: 'buffer' }));

  // realpath
  fs.symlinkSync('dirl/deeper', p('chain'));
  fs.symlinkSync('l2', p('l1'));
  fs.symlinkSync('l1', p('l2'));
  fs.symlinkSync('../target', p('dir/up'));
  for (const fn of ['realpathSync', 'realpathSync.native']) {
    const f = fn === 'realpathSync' ? fs.realpathSync : fs.realpathSync.native;
    tryIt(`${fn} plain`, () => f(p('target')));
    tryIt(`${fn} link chain`, () => f(p('chain/f')));
    tryIt(`${fn} dot-dot`, () => f(`${p('dir/deeper')}/../../rl`));
    tryIt(`${fn} relative link in subdir`, () => f(p('dir/up')));
    tryIt(`${fn} loop`, () => f(p('l1')));
    tryIt(`${fn} missing`, () => f(p('dir/missing')));
    tryIt(`${fn} dangling`, () => f(p('dl')));
    tryIt(`${fn} through file`, () => f(p('target/x')));
    tryIt(`${fn} buffer`, () => Buffer.isBuffer(f(p('rl'), 'buffer')));
    tryIt(`${fn} hex`, () => f('/', { encoding: 'hex' }));
    tryIt(`${fn} url`, () => f(new URL(`file://${p('rl')}`)));
  }
  const cwd = process.cwd();
  process.chdir(p('dir'));
  tryIt('realpathSync relative', () => fs.realpathSync('deeper/../up'));
  tryIt('realpathSync.native relative', () => fs.realpathSync.native('.'));
  process.chdir(cwd);
  console.log('realpath cb', rel(await cb((d) => fs.realpath(p('chain/f'), d))));
  console.log('realpath cb loop', errStr((await cb((d) => fs.realpath(p('l1'), d)))[0]));
  console.log('realpath cb missing', errStr((await cb((d) => fs.realpath(p('nope'), d)))[0]));
  console.log('realpath cb buffer', Buffer.isBuffer((await cb((d) => fs.realpath(p('rl'), 'buffer', d)))[1]));
  console.log('realpath.native cb', rel(await cb((d) => fs.realpath.native(p('chain/f'), d))));
  console.log('realpath.native cb missing', errStr((await cb((d) => fs.realpath.native(p('nope'), d)))[0]));
  console.log('fsp.realpath', rel(await fsp.realpath(p('chain/f'))));
  try { await fsp.realpath(p('l2')); } catch (e) { console.log('fsp.realpath loop', errStr(e)); }
  try { fs.realpath(p('rl')); } catch (e) { console.log('realpath no cb', errStr(e)); }

  // ELOOP elsewhere
  tryIt('statSync loop', () => fs.statSync(p('l1')));
  tryIt('readFileSync loop', () => fs.readFileSync(p('l1')));
  tryIt('lstatSync loop', () => fs.lstatSync(p('l1')).isSymbolicLink());
  tryIt('open O_NOFOLLOW on link', () => fs.openSync(p('rl'), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW));

  // lutimes / lchown act on the link itself
  fs.lutimesSync(p('rl'), 1000, 2000);
  console.log('lutimesSync', fs.lstatSync(p('rl')).mtimeMs, fs.statSync(p('rl')).mtimeMs !== 2000000);
  await cb((d) => fs.lutimes(p('al'), 3000, new Date(4000000), d));
  console.log('lutimes cb', fs.lstatSync(p('al')).mtimeMs);
  await fsp.lutimes(p('pl'), 5, 6);
  console.log('fsp.lutimes', fs.lstatSync(p('pl')).mtimeMs);
  tryIt('lutimesSync missing', () => fs.lutimesSync(p('none'), 1, 1));
  const { uid, gid } = fs.lstatSync(p('rl'));
  tryIt('lchownSync same owner', () => fs.lchownSync(p('rl'), uid, gid));
  tryIt('lchownSync -1', () => fs.lchownSync(p('dl'), -1, -1));
  console.log('lchown cb', (await cb((d) => fs.lchown(p('rl'), uid, gid, d)))[0]);
  console.log('fsp.lchown', await fsp.lchown(p('rl'), -1, gid));
  tryIt('lchownSync missing', () => fs.lchownSync(p('none'), 0, 0));
  console.log('fs.lchmod', typeof fs.lchmod, typeof fs.lchmodSync);
  try { await fsp.lchmod(p('rl'), 0o600); } catch (e) { console.log('fsp.lchmod', errStr(e)); }

  // unlink
  tryIt('unlinkSync link keeps target', () => { fs.unlinkSync(p('rl')); return fs.existsSync(p('target')); });
  tryIt('unlinkSync missing', () => fs.unlinkSync(p('rl')));
  tryIt('unlinkSync directory', () => fs.unlinkSync(p('dir')));
  tryIt('unlinkSync symlink to dir', () => fs.unlinkSync(p('dirl')));
  console.log('unlink cb', (await cb((d) => fs.unlink(p('al'), d)))[0]);
  console.log('unlink cb missing', errStr((await cb((d) => fs.unlink(p('al'), d)))[0]));
  await fsp.unlink(p('pl'));
  try { await fsp.unlink(p('pl')); } catch (e) { console.log('fsp.unlink missing', errStr(e)); }
  console.log('remaining', fs.readdirSync(root));
})();
