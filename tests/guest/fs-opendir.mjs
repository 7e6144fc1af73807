// fs.Dir: opendir / opendirSync / fsPromises.opendir, read() in callback
// and promise form, readSync, close / closeSync / ERR_DIR_CLOSED, async
// iteration (closes the handle), bufferSize, encoding, recursive, dirent
// types, Symbol.asyncDispose. Entries come in the kernel's order, so
// they are sorted before printing.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { Dir } from 'node:fs';

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path}: ${e.message}`);
const ent = (d) => `${d.name}:${d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link' : d.isFile() ? 'file' : '?'}:${rel(d.parentPath)}`;

for (const n of ['one', 'two', 'three', 'four', 'five']) fs.writeFileSync(p(n), n);
fs.mkdirSync(p('sub/inner'), { recursive: true });
fs.writeFileSync(p('sub/s1'), '');
fs.writeFileSync(p('sub/inner/i1'), '');
fs.symlinkSync('one', p('ln'));

// opendirSync + readSync
const d = fs.opendirSync(root);
console.log('Dir instance', d instanceof Dir, d.constructor.name, rel(d.path));
const got = [];
let e;
while ((e = d.readSync()) !== null) got.push(ent(e));
console.log('readSync', got.sort());
console.log('readSync at end', d.readSync());
d.closeSync();
try { d.readSync(); } catch (err) { console.log('readSync after close', errStr(err)); }
try { d.closeSync(); } catch (err) { console.log('closeSync twice', errStr(err)); }
try { await d.close(); } catch (err) { console.log('close() twice', errStr(err)); }
await new Promise((r) => d.close((err) => { console.log('close(cb) twice', errStr(err)); r(); }));
try { d.read(() => {}); } catch (err) { console.log('read after close', errStr(err)); }

// callback opendir + read(cb)
await new Promise((resolve) => {
  fs.opendir(p('sub'), (err, dir) => {
    console.log('opendir cb', err, rel(dir.path));
    const names = [];
    const next = () => dir.read((err2, dirent) => {
      if (err2) throw err2;
      if (dirent === null) {
        console.log('read(cb)', names.sort());
        dir.close((err3) => { console.log('close(cb)', err3); resolve(); });
        return;
      }
      names.push(ent(dirent));
      next();
    });
    next();
  });
});
await new Promise((r) => fs.opendir(p('nope'), (err) => { console.log('opendir cb missing', errStr(err)); r(); }));
await new Promise((r) => fs.opendir(p('one'), (err) => { console.log('opendir cb file', errStr(err)); r(); }));
try { fs.opendirSync(p('nope')); } catch (err) { console.log('opendirSync missing', errStr(err)); }
try { fs.opendir(p('sub')); } catch (err) { console.log('opendir no callback', errStr(err)); }
try { fs.opendirSync(p('sub'), { bufferSize: 0 }); } catch (err) { console.log('bufferSize 0', errStr(err)); }
try { fs.opendirSync(p('sub'), { encoding: 'nope' }); } catch (err) { console.log('bad encoding', errStr(err)); }

// promises
const pd = await fsp.opendir(root, { bufferSize: 2 });
const first = await pd.read();
console.log('promise read', first instanceof fs.Dirent);
const rest = [];
for await (const x of pd) rest.push(x.name);
console.log('async iteration continues', [first.name, ...rest].sort());
try { await pd.close(); } catch (err) { console.log('iteration closed the dir', errStr(err)); }
try { await fsp.opendir(p('nope')); } catch (err) { console.log('fsp.opendir missing', errStr(err)); }

// encodings
const bd = fs.opendirSync(p('sub'), { encoding: 'buffer' });
const bnames = [];
for (let x = bd.readSync(); x; x = bd.readSync()) bnames.push(Buffer.isBuffer(x.name) ? `buf:${x.name}` : x.name);
bd.closeSync();
console.log('encoding buffer', bnames.sort());
const hd = fs.opendirSync(p('sub'), 'hex');
const hnames = [];
for await (const x of hd) hnames.push(x.name);
console.log('encoding hex', hnames.sort());

// recursive
const rd = fs.opendirSync(root, { recursive: true });
const all = [];
for (let x = rd.readSync(); x; x = rd.readSync()) all.push(ent(x));
rd.closeSync();
console.log('recursive readSync', all.sort());
const rall = [];
for await (const x of await fsp.opendir(root, { recursive: true, bufferSize: 1 })) rall.push(ent(x));
console.log('recursive async', rall.sort().join() === all.join());

// concurrent operations: a read in flight blocks readSync
const cd = fs.opendirSync(p('sub'));
cd.read(() => {});
try { cd.readSync(); } catch (err) { console.log('concurrent readSync', errStr(err)); }
try { cd.closeSync(); } catch (err) { console.log('concurrent closeSync', errStr(err)); }
await new Promise((r) => cd.close(r));
console.log('queued close ran');

// explicit resource management
{
  const ad = await fsp.opendir(p('sub'));
  await ad[Symbol.asyncDispose]();
  try { ad.readSync(); } catch (err) { console.log('after asyncDispose', errStr(err)); }
  const sd = fs.opendirSync(p('sub'));
  sd[Symbol.dispose]();
  sd[Symbol.dispose]();
  console.log('dispose twice ok');
}
console.log('entries === asyncIterator', Dir.prototype.entries === Dir.prototype[Symbol.asyncIterator]);
