// fs.createReadStream / fs.createWriteStream: event order (open, ready,
// data..., end, close / finish, close), start/end, highWaterMark chunking,
// encoding, fd (no open event), autoClose false, emitClose false, flags,
// mode, bytesRead/bytesWritten/pending/path, errors (ENOENT: error then
// close), destroy mid-read, pipe and pipeline, ReadStream/WriteStream
// classes.
'use strict';
const fs = require('fs');
const { pipeline } = require('stream/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall}: ${e.message}`);

const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = i % 251;
fs.writeFileSync(p('data.bin'), data);
fs.writeFileSync(p('text.txt'), 'héllo wörld\nline two\n');

function trace(stream, label, doneEvent = 'close') {
  const events = [];
  return new Promise((resolve) => {
    const chunks = [];
    if (doneEvent !== 'close') {
      stream.on(doneEvent, () => setTimeout(() => {
        console.log(label, events.join(' '), '(no close)');
        resolve(chunks);
      }, 20));
    }
    stream.on('open', (fd) => events.push(`open(${typeof fd})`));
    stream.on('ready', () => events.push('ready'));
    stream.on('data', (c) => { chunks.push(c); events.push(`data(${c.length})`); });
    stream.on('end', () => events.push('end'));
    stream.on('error', (e) => events.push(`error(${errStr(e)})`));
    stream.on('close', () => {
      events.push('close');
      console.log(label, events.join(' '));
      resolve(chunks);
    });
  });
}

(async () => {
  let rs = fs.createReadStream(p('data.bin'));
  console.log('ReadStream', rs instanceof fs.ReadStream, rs.constructor.name, rel(rs.path), rs.pending, rs.bytesRead, rs.flags, rs.mode.toString(8), rs.autoClose);
  let chunks = await trace(rs, 'default hwm');
  console.log('  same bytes', Buffer.concat(chunks).equals(data), 'bytesRead', rs.bytesRead, 'pending', rs.pending, 'fd', rs.fd);

  chunks = await trace(fs.createReadStream(p('data.bin'), { highWaterMark: 50000 }), 'hwm 50000');
  chunks = await trace(fs.createReadStream(p('data.bin'), { start: 10, end: 19 }), 'start 10 end 19');
  console.log('  bytes', Buffer.concat(chunks).toString('hex'));
  chunks = await trace(fs.createReadStream(p('data.bin'), { start: 199990 }), 'start near end');
  chunks = await trace(fs.createReadStream(p('data.bin'), { end: 0 }), 'end 0');
  chunks = await trace(fs.createReadStream(p('data.bin'), { start: 300000 }), 'start past EOF');
  chunks = await trace(fs.createReadStream(p('text.txt'), { encoding: 'utf8', highWaterMark: 4 }), 'utf8 hwm 4');
  console.log('  text', JSON.stringify(chunks.join('')), chunks.every((c) => typeof c === 'string'));
  chunks = await trace(fs.createReadStream(p('text.txt'), 'hex'), 'string options = encoding');
  console.log('  hex', chunks.join(''));
  await trace(fs.createReadStream(p('missing')), 'missing file');
  await trace(fs.createReadStream(root), 'directory');

  // fd given: no open/ready, autoClose
  let fd = fs.openSync(p('data.bin'), 'r');
  rs = fs.createReadStream(null, { fd, start: 0, end: 99 });
  console.log('fd stream pending', rs.pending, rs.path);
  await trace(rs, 'fd stream');
  try { fs.fstatSync(fd); console.log('  fd still open'); } catch (e) { console.log('  fd closed', e.code); }
  fd = fs.openSync(p('data.bin'), 'r');
  const ac = fs.createReadStream(null, { fd, autoClose: false, end: 9 });
  await trace(ac, 'autoClose false', 'end');
  console.log('  destroyed', ac.destroyed, 'autoClose', ac.autoClose);
  try { fs.fstatSync(fd); console.log('  fd still open'); } catch (e) { console.log('  fd closed', e.code); }
  fs.closeSync(fd);
  const noClose = fs.createReadStream(p('text.txt'), { emitClose: false });
  await new Promise((resolve) => {
    const ev = [];
    noClose.on('data', () => ev.push('data'));
    noClose.on('end', () => ev.push('end'));
    noClose.on('close', () => ev.push('close'));
    noClose.on('end', () => setTimeout(() => { console.log('emitClose false', ev.join(' ')); resolve(); }, 50));
  });

  // destroy / close in the middle
  rs = fs.createReadStream(p('data.bin'), { highWaterMark: 1000 });
  await new Promise((resolve) => {
    const ev = [];
    rs.once('data', (c) => { ev.push(`data(${c.length})`); rs.destroy(); });
    rs.on('end', () => ev.push('end'));
    rs.on('close', () => { ev.push('close'); console.log('destroy after first chunk', ev.join(' '), rs.destroyed); resolve(); });
  });
  rs = fs.createReadStream(p('data.bin'));
  await new Promise((resolve) => rs.close((err) => { console.log('close(cb) before open', err && err.code); resolve(); }));
  rs = fs.createReadStream(p('data.bin'));
  rs.destroy(new Error('boom'));
  await new Promise((resolve) => {
    rs.on('error', (e) => console.log('destroy(err)', e.message));
    rs.on('close', resolve);
  });

  // option validation
  for (const [label, fn] of [
    ['start negative', () => fs.createReadStream(p('data.bin'), { start: -1 })],
    ['start > end', () => fs.createReadStream(p('data.bin'), { start: 5, end: 1 })],
    ['end string', () => fs.createReadStream(p('data.bin'), { end: '9' })],
    ['bad fd', () => fs.createReadStream(null, { fd: 'x' })],
    ['bad path', () => fs.createReadStream(42)],
    ['bad encoding', () => fs.createReadStream(p('data.bin'), { encoding: 'nope' })],
    ['write start negative', () => fs.createWriteStream(p('w'), { start: -5 })],
    ['write bad flush', () => fs.createWriteStream(p('w'), { flush: 'yes' })],
  ]) {
    try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, errStr(e)); }
  }

  // write streams
  let ws = fs.createWriteStream(p('out.txt'));
  console.log('WriteStream', ws instanceof fs.WriteStream, ws.constructor.name, ws.pending, ws.bytesWritten, ws.flags);
  const wev = [];
  ['open', 'ready', 'finish', 'close'].forEach((e) => ws.on(e, () => wev.push(e)));
  ws.write('one,');
  ws.write(Buffer.from('two,'));
  ws.write('dHJlZSw=', 'base64');
  ws.end('four');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('write events', wev.join(' '), 'bytesWritten', ws.bytesWritten, fs.readFileSync(p('out.txt'), 'utf8'));
  ws = fs.createWriteStream(p('out.txt'), { flags: 'a' });
  ws.end('+appended');
  await new Promise((resolve) => ws.on('finish', resolve));
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('flags a', fs.readFileSync(p('out.txt'), 'utf8'));
  ws = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 4 });
  ws.end('TWO');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('start 4 r+', fs.readFileSync(p('out.txt'), 'utf8'));
  ws = fs.createWriteStream(p('mode.txt'), { mode: 0o600, encoding: 'hex' });
  ws.end('414243');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('mode + default encoding', (fs.statSync(p('mode.txt')).mode & 0o777).toString(8), fs.readFileSync(p('mode.txt'), 'utf8'));
  ws = fs.createWriteStream(p('nodir/x.txt'));
  await new Promise((resolve) => {
    const ev = [];
    ws.on('error', (e) => ev.push(`error(${errStr(e)})`));
    ws.on('close', () => { ev.push('close'); console.log('write to missing dir', ev.join(' ')); resolve(); });
    ws.write('x');
  });
  ws = fs.createWriteStream(p('wx.txt'), { flags: 'wx' });
  ws.end('first');
  await new Promise((resolve) => ws.on('close', resolve));
  ws = fs.createWriteStream(p('wx.txt'), { flags: 'wx' });
  await new Promise((resolve) => ws.on('error', (e) => { console.log('flags wx existing', errStr(e)); resolve(); }));
  fd = fs.openSync(p('fdout.txt'), 'w');
  ws = fs.createWriteStream(null, { fd, autoClose: false });
  ws.end('via fd');
  await new Promise((resolve) => ws.on('finish', resolve));
  console.log('fd write stream', fs.readFileSync(p('fdout.txt'), 'utf8'), (() => { try { fs.fstatSync(fd); return 'fd open'; } catch { return 'fd closed'; } })());
  fs.closeSync(fd);
  ws = fs.createWriteStream(p('close.txt'));
  ws.write('a');
  await new Promise((resolve) => ws.close((err) => { console.log('ws.close(cb)', err, fs.readFileSync(p('close.txt'), 'utf8')); resolve(); }));
  ws = fs.createWriteStream(p('flush.txt'), { flush: true });
  ws.end('flushed');
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('flush', fs.readFileSync(p('flush.txt'), 'utf8'));
  ws = fs.createWriteStream(p('many.txt'), { highWaterMark: 16 });
  let ok = true;
  for (let i = 0; i < 100; i++) ok = ws.write(`${i};`) && ok;
  console.log('backpressure signalled', ok === false, ws.writableLength > 0);
  ws.end();
  await new Promise((resolve) => ws.on('close', resolve));
  console.log('many writes', fs.readFileSync(p('many.txt'), 'utf8').split(';').length);

  // pipe and pipeline
  await new Promise((resolve) => {
    const w = fs.createWriteStream(p('piped.bin'));
    fs.createReadStream(p('data.bin'), { highWaterMark: 7000 }).pipe(w);
    w.on('close', resolve);
  });
  console.log('pipe', fs.readFileSync(p('piped.bin')).equals(data));
  await pipeline(fs.createReadStream(p('data.bin')), fs.createWriteStream(p('pipeline.bin')));
  console.log('pipeline', fs.readFileSync(p('pipeline.bin')).equals(data));
  try { await pipeline(fs.createReadStream(p('missing')), fs.createWriteStream(p('never.bin'))); } catch (e) { console.log('pipeline error', errStr(e)); }
  let text = '';
  for await (const chunk of fs.createReadStream(p('text.txt'), { encoding: 'utf8', highWaterMark: 5 })) text += chunk;
  console.log('async iteration', JSON.stringify(text));
  console.log('legacy names', fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream);
  const rs2 = fs.ReadStream(p('text.txt'));
  console.log('ReadStream without new', rs2 instanceof fs.ReadStream);
  rs2.destroy();
  await new Promise((resolve) => rs2.on('close', resolve));
})();
