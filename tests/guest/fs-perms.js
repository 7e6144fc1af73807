// Permissions and ownership: chmod / fchmod (numbers and octal strings),
// chown / fchown (to the current owner; -1 keeps), access / accessSync
// (F_OK, R_OK, W_OK, X_OK, their validation), exists/existsSync, utimes /
// futimes (numbers, numeric strings, Dates), EACCES.
//
// EACCES: under Node the reference runs as root (CAP_DAC_OVERRIDE), so
// reading a mode-000 file succeeds there; the secexec guest is root in
// its namespace without capabilities and gets EACCES. Both outcomes are
// accepted for that case (the error, when it happens, must be Node's);
// X_OK on a file without any x bit is EACCES for everyone and is exact.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path}: ${e.message}`);
const cb = (fn) => new Promise((resolve) => fn((err, v) => resolve([err, v])));
const mode = (f) => (fs.statSync(p(f)).mode & 0o7777).toString(8);
const tryIt = (label, fn) => {
  try { console.log(label, rel(JSON.stringify(fn()))); } catch (e) { console.log(label, 'threw', errStr(e)); }
};
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;

(async () => {
  fs.writeFileSync(p('f'), 'data');
  console.log('constants', F_OK, R_OK, W_OK, X_OK, fs.F_OK === F_OK, fs.X_OK === X_OK);

  tryIt('chmodSync 0o600', () => { fs.chmodSync(p('f'), 0o600); return mode('f'); });
  tryIt('chmodSync "755"', () => { fs.chmodSync(p('f'), '755'); return mode('f'); });
  tryIt('chmodSync setuid bits', () => { fs.chmodSync(p('f'), 0o4755); return mode('f'); });
  tryIt('chmodSync bad string', () => fs.chmodSync(p('f'), '0x1'));
  tryIt('chmodSync bad type', () => fs.chmodSync(p('f'), {}));
  tryIt('chmodSync missing', () => fs.chmodSync(p('none'), 0o644));
  console.log('chmod cb', (await cb((d) => fs.chmod(p('f'), 0o640, d)))[0], mode('f'));
  console.log('chmod cb missing', errStr((await cb((d) => fs.chmod(p('none'), 0o640, d)))[0]));
  await fsp.chmod(p('f'), 0o604);
  console.log('fsp.chmod', mode('f'));
  const fd = fs.openSync(p('f'), 'r+');
  tryIt('fchmodSync', () => { fs.fchmodSync(fd, 0o611); return mode('f'); });
  console.log('fchmod cb', (await cb((d) => fs.fchmod(fd, '644', d)))[0], mode('f'));
  tryIt('fchmodSync bad mode', () => fs.fchmodSync(fd, -5));
  tryIt('fchmodSync bad fd', () => fs.fchmodSync(9999, 0o644));

  const { uid, gid } = fs.statSync(p('f'));
  tryIt('chownSync same owner', () => fs.chownSync(p('f'), uid, gid));
  tryIt('chownSync -1 -1', () => fs.chownSync(p('f'), -1, -1));
  tryIt('chownSync bad uid', () => fs.chownSync(p('f'), 'root', 0));
  tryIt('chownSync uid out of range', () => fs.chownSync(p('f'), 2 ** 32, 0));
  tryIt('chownSync missing', () => fs.chownSync(p('none'), uid, gid));
  console.log('chown cb', (await cb((d) => fs.chown(p('f'), uid, gid, d)))[0]);
  console.log('fsp.chown', await fsp.chown(p('f'), uid, -1));
  tryIt('fchownSync', () => fs.fchownSync(fd, uid, gid));
  console.log('fchown cb', (await cb((d) => fs.fchown(fd, -1, gid, d)))[0]);
  tryIt('fchownSync bad gid', () => fs.fchownSync(fd, 0, 1.5));

  // access
  fs.chmodSync(p('f'), 0o644);
  tryIt('accessSync default', () => fs.accessSync(p('f')));
  tryIt('accessSync R|W', () => fs.accessSync(p('f'), R_OK | W_OK));
  tryIt('accessSync X_OK on 0644 (EACCES)', () => fs.accessSync(p('f'), X_OK));
  tryIt('accessSync missing', () => fs.accessSync(p('none'), F_OK));
  tryIt('accessSync mode 8', () => fs.accessSync(p('f'), 8));
  tryIt('accessSync mode string', () => fs.accessSync(p('f'), 'r'));
  tryIt('accessSync mode null', () => fs.accessSync(p('f'), null));
  console.log('access cb', await cb((d) => fs.access(p('f'), d)));
  console.log('access cb X_OK', errStr((await cb((d) => fs.access(p('f'), X_OK, d)))[0]));
  try { fs.access(p('f'), 99, () => {}); } catch (e) { console.log('access cb bad mode throws', errStr(e)); }
  console.log('fsp.access', await fsp.access(p('f'), R_OK));
  try { await fsp.access(p('none')); } catch (e) { console.log('fsp.access missing', errStr(e)); }
  try { await fsp.access(p('f'), X_OK); } catch (e) { console.log('fsp.access X_OK', errStr(e)); }
  try { await fsp.access(p('f'), -1); } catch (e) { console.log('fsp.access bad mode', errStr(e)); }
  fs.chmodSync(p('f'), 0o744);
  tryIt('accessSync X_OK after chmod u+x', () => fs.accessSync(p('f'), X_OK));
  console.log('existsSync', fs.existsSync(p('f')), fs.existsSync(p('none')), fs.existsSync(), fs.existsSync({}), fs.existsSync('a\0b'));
  console.log('existsSync dir/url/buffer', fs.existsSync(root), fs.existsSync(new URL(`file://${p('f')}`)), fs.existsSync(Buffer.from(p('f'))));

  // mode 000
  fs.writeFileSync(p('secret'), 'hidden');
  fs.chmodSync(p('secret'), 0);
  console.log('mode 000', mode('secret'));
  const outcome = (fn) => {
    try {
      const v = fn();
      return `allowed(privileged):${v === undefined ? 'ok' : v}`;
    } catch (e) {
      return e.code === 'EACCES' ? 'denied' : `unexpected ${errStr(e)}`;
    }
  };
  const accepted = (label, result, value, err) => {
    const ok = result === `allowed(privileged):${value}` || result === 'denied';
    console.log(label, ok ? 'EACCES or privileged read' : result);
    if (result === 'denied') {
      try { err(); } catch (e) { if (rel(e.message) !== `EACCES: permission denied, ${e.syscall} '<tmp>/secret'`) console.log('  bad message', errStr(e)); }
    }
  };
  accepted('readFileSync 000', outcome(() => fs.readFileSync(p('secret'), 'utf8')), 'hidden', () => fs.readFileSync(p('secret')));
  accepted('openSync r 000', outcome(() => { fs.closeSync(fs.openSync(p('secret'), 'r')); }), 'ok', () => fs.openSync(p('secret'), 'r'));
  accepted('accessSync R_OK 000', outcome(() => fs.accessSync(p('secret'), R_OK)), 'ok', () => fs.accessSync(p('secret'), R_OK));
  const [ce] = await cb((d) => fs.readFile(p('secret'), d));
  console.log('readFile cb 000', !ce || ce.code === 'EACCES' ? 'EACCES or privileged read' : errStr(ce));
  let pe = null;
  try { await fsp.readFile(p('secret')); } catch (e) { pe = e; }
  console.log('fsp.readFile 000', !pe || pe.code === 'EACCES' ? 'EACCES or privileged read' : errStr(pe));
  tryIt('accessSync X_OK 000', () => fs.accessSync(p('secret'), X_OK));
  fs.chmodSync(p('secret'), 0o600);
  tryIt('readable again', () => fs.readFileSync(p('secret'), 'utf8'));

  // utimes
  tryIt('utimesSync numbers', () => { fs.utimesSync(p('f'), 100, 200); const s = fs.statSync(p('f')); return [s.atimeMs, s.mtimeMs]; });
  tryIt('utimesSync strings', () => { fs.utimesSync(p('f'), '300', '400.5'); const s = fs.statSync(p('f')); return [s.atimeMs, s.mtimeMs]; });
  tryIt('utimesSync Dates', () => { fs.utimesSync(p('f'), new Date(5000), new Date('2001-02-03T04:05:06Z')); return fs.statSync(p('f')).mtime.toISOString(); });
  tryIt('utimesSync bigint stat', () => { fs.utimesSync(p('f'), 7, 8.5); return String(fs.statSync(p('f'), { bigint: true }).mtimeNs); });
  tryIt('utimesSync negative -> now', () => { fs.utimesSync(p('f'), -1, -1); return Math.abs(fs.statSync(p('f')).mtimeMs - Date.now()) < 60000; });
  tryIt('utimesSync bad time', () => fs.utimesSync(p('f'), 'soon', 0));
  tryIt('utimesSync NaN', () => fs.utimesSync(p('f'), NaN, 0));
  tryIt('utimesSync missing', () => fs.utimesSync(p('none'), 1, 1));
  console.log('utimes cb', (await cb((d) => fs.utimes(p('f'), 10, 20, d)))[0], fs.statSync(p('f')).mtimeMs);
  await fsp.utimes(p('f'), new Date(30000), 40);
  console.log('fsp.utimes', fs.statSync(p('f')).atimeMs, fs.statSync(p('f')).mtimeMs);
  tryIt('futimesSync', () => { fs.futimesSync(fd, 50, 60); return fs.fstatSync(fd).mtimeMs; });
  console.log('futimes cb', (await cb((d) => fs.futimes(fd, 70, new Date(80000), d)))[0], fs.fstatSync(fd).mtimeMs);
  tryIt('futimesSync bad atime', () => fs.futimesSync(fd, {}, 1));
  tryIt('futimesSync bad mtime', () => fs.futimesSync(fd, 1, []));
  fs.closeSync(fd);
  tryIt('futimesSync closed fd', () => fs.futimesSync(fd, 1, 1));
  console.log('_toUnixTimestamp', fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'), fs._toUnixTimestamp(3.25));
})();
