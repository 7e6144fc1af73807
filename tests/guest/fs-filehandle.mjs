// fsPromises.open and FileHandle: fd, read (buffer/offset/length/
// position, options object, no arguments), write (buffers, strings with
// encodings, positions), readv/writev, readFile/writeFile/appendFile,
// stat, truncate, chmod, chown, utimes, sync, datasync, close ('close'
// event, idempotence, EBADF afterwards), readLines, createReadStream /
// createWriteStream (the handle closes with the stream), await using-style
// Symbol.asyncDispose, and the flags/mode/errors of open.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { once } from 'node:events';

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall}: ${e.message}`);
const attempt = async (label, fn) => {
  try { console.log(label, rel(JSON.stringify(await fn()))); } catch (e) { console.log(label, 'threw', errStr(e)); }
};

const fh = await fsp.open(p('a.txt'), 'w+');
console.log('FileHandle', fh.constructor.name, typeof fh.fd, fh.fd > 2, Object.getPrototypeOf(fh.constructor).name);
console.log('has methods', ['read', 'readv', 'write', 'writev', 'readFile', 'writeFile', 'appendFile', 'stat', 'truncate',
  'chmod', 'chown', 'utimes', 'sync', 'datasync', 'close', 'readLines', 'createReadStream', 'createWriteStream',
  'readableWebStream'].every((m) => typeof fh[m] === 'function'), typeof fh[Symbol.asyncDispose]);

await attempt('write buffer', async () => { const r = await fh.write(Buffer.from('hello world')); return [r.bytesWritten, Object.keys(r), String(r.buffer)]; });
await attempt('write at position', async () => (await fh.write(Buffer.from('HELLO'), 0, 5, 0)).bytesWritten);
await attempt('write options', async () => (await fh.write(Buffer.from('xyz!'), { offset: 3, length: 1, position: 11 })).bytesWritten);
await attempt('write string', async () => { const r = await fh.write(' and more', 12); return [r.bytesWritten, r.buffer]; });
await attempt('write string latin1', async () => (await fh.write('ÿ', null, 'latin1')).bytesWritten);
await attempt('write string hex', async () => (await fh.write('2a2a', undefined, 'hex')).bytesWritten);
await attempt('write empty', async () => (await fh.write(Buffer.alloc(0))).bytesWritten);
await attempt('write bad offset', () => fh.write(Buffer.from('ab'), 5));
await attempt('write bad data', () => fh.write(123));
await attempt('writev', async () => { const r = await fh.writev([Buffer.from('['), Buffer.from(']')], 30); return [r.bytesWritten, Object.keys(r)]; });
const buf = Buffer.alloc(40);
await attempt('read', async () => { const r = await fh.read(buf, 0, 40, 0); return [r.bytesRead, Object.keys(r), r.buffer === buf, buf.toString('latin1', 0, r.bytesRead)]; });
await attempt('read options object', async () => { const r = await fh.read({ buffer: Buffer.alloc(5), position: 6 }); return [r.bytesRead, String(r.buffer)]; });
await attempt('read buffer + options', async () => { const r = await fh.read(buf, { length: 3, position: 1n }); return [r.bytesRead, buf.toString('utf8', 0, 3)]; });
await attempt('read no args', async () => { const r = await fh.read(); return [r.bytesRead, r.buffer.length]; });
await attempt('read length 0', async () => (await fh.read(buf, 0, 0, 0)).bytesRead);
await attempt('read bad position', () => fh.read(buf, 0, 1, 'x'));
await attempt('read bad buffer', () => fh.read({ buffer: 'nope' }));
await attempt('readv', async () => { const a = Buffer.alloc(3); const b = Buffer.alloc(4); const r = await fh.readv([a, b], 0); return [r.bytesRead, String(a), String(b), Object.keys(r)]; });
await attempt('stat', async () => { const s = await fh.stat(); return [s.isFile(), s.size]; });
await attempt('stat bigint', async () => typeof (await fh.stat({ bigint: true })).size);
await attempt('truncate', async () => { await fh.truncate(5); return (await fh.stat()).size; });
await attempt('truncate default', async () => { await fh.truncate(); return (await fh.stat()).size; });
await attempt('truncate bad', () => fh.truncate('x'));
await attempt('writeFile', async () => { await fh.writeFile('written by writeFile'); return fs.readFileSync(p('a.txt'), 'utf8'); });
await attempt('appendFile', async () => { await fh.appendFile(Buffer.from('!')); return fs.readFileSync(p('a.txt'), 'utf8'); });
await attempt('readFile at end', () => fh.readFile('utf8'));
await attempt('readFile from 0', async () => { await fh.read(Buffer.alloc(1), 0, 1, null); return 'n/a'; });
await attempt('chmod', async () => { await fh.chmod(0o600); return (fs.statSync(p('a.txt')).mode & 0o777).toString(8); });
await attempt('chmod bad', () => fh.chmod('abc'));
await attempt('chown', async () => { const s = fs.statSync(p('a.txt')); await fh.chown(s.uid, s.gid); return 'ok'; });
await attempt('utimes', async () => { await fh.utimes(1000, new Date(2000000)); return fs.statSync(p('a.txt')).mtimeMs; });
await attempt('sync', () => fh.sync());
await attempt('datasync', () => fh.datasync());
let closed = 0;
fh.on('close', () => { closed++; });
const fd = fh.fd;
await attempt('close', () => fh.close());
console.log('close event', closed, 'fd now', fh.fd);
await attempt('close again', () => fh.close());
console.log('close events after second close', closed);
await attempt('read after close', () => fh.read(buf, 0, 1, 0));
await attempt('stat after close', () => fh.stat());
await attempt('write after close', () => fh.write('x'));
try { fs.fstatSync(fd); console.log('raw fd still open'); } catch (e) { console.log('raw fd closed', e.code); }

// open flags and modes
await attempt('open missing', () => fsp.open(p('missing')));
await attempt('open wx existing', () => fsp.open(p('a.txt'), 'wx'));
await attempt('open bad flags', () => fsp.open(p('a.txt'), 'zz'));
await attempt('open bad mode', () => fsp.open(p('a.txt'), 'r', 'rw'));
await attempt('open bad path', () => fsp.open(undefined));
await attempt('open mode', async () => { const h = await fsp.open(p('m.txt'), 'wx', 0o640); await h.close(); return (fs.statSync(p('m.txt')).mode & 0o777).toString(8); });
await attempt('open numeric flags', async () => { const h = await fsp.open(p('m.txt'), fs.constants.O_RDONLY); const r = await h.readFile('utf8'); await h.close(); return r; });
await attempt('open directory for read', async () => { const h = await fsp.open(root); try { return await h.readFile(); } finally { await h.close(); } });

// readLines
fs.writeFileSync(p('lines.txt'), 'alpha\nbeta\r\ngamma\n\ndelta');
{
  const h = await fsp.open(p('lines.txt'));
  const lines = [];
  for await (const line of h.readLines()) lines.push(line);
  console.log('readLines', JSON.stringify(lines), 'fd after', h.fd);
}
{
  const h = await fsp.open(p('lines.txt'));
  const rl = h.readLines({ start: 6 });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  await once(rl, 'close');
  console.log('readLines events start 6', JSON.stringify(lines));
  await h.close();
}

// streams from a FileHandle
{
  const h = await fsp.open(p('lines.txt'));
  const rs = h.createReadStream({ encoding: 'utf8', start: 0, end: 4 });
  const ev = [];
  rs.on('open', () => ev.push('open'));
  rs.on('data', (c) => ev.push(`data:${c}`));
  rs.on('end', () => ev.push('end'));
  await once(rs, 'close');
  console.log('fh.createReadStream', ev.join(' '), 'handle fd', h.fd);
}
{
  const h = await fsp.open(p('ws.txt'), 'w');
  const ws = h.createWriteStream();
  ws.write('via ');
  ws.end('handle stream');
  await once(ws, 'close');
  console.log('fh.createWriteStream', fs.readFileSync(p('ws.txt'), 'utf8'), 'handle fd', h.fd);
}
{
  const h = await fsp.open(p('lines.txt'));
  const rs = h.createReadStream({ autoClose: false });
  rs.resume();
  await once(rs, 'end');
  console.log('autoClose false keeps the handle', h.fd !== -1);
  await h.close();
}
{
  const h = await fsp.open(p('lines.txt'));
  const rs = h.createReadStream();
  const closing = once(rs, 'close');
  await h.close();
  await closing;
  console.log('closing the handle closes the stream', rs.destroyed, h.fd);
}

// asyncDispose
{
  const h = await fsp.open(p('lines.txt'));
  await h[Symbol.asyncDispose]();
  console.log('asyncDispose closes', h.fd);
}

// web stream
{
  const h = await fsp.open(p('lines.txt'));
  const chunks = [];
  for await (const c of h.readableWebStream()) chunks.push(Buffer.from(c));
  console.log('readableWebStream', JSON.stringify(Buffer.concat(chunks).toString()));
  await h.close();
}

// readFile/writeFile through the module functions with a FileHandle
{
  const h = await fsp.open(p('mod.txt'), 'w+');
  await fsp.writeFile(h, 'module writeFile');
  await fsp.appendFile(h, ' + appendFile');
  console.log('fsp.writeFile(fh)', fs.readFileSync(p('mod.txt'), 'utf8'));
  await h.close();
  await attempt('fsp.readFile closed fh', () => fsp.readFile(h));
}
