// fs callback API: open/read/write/readv/writev/close/fstat/ftruncate/
// fsync/fdatasync/truncate, util.promisify shapes, callback validation,
// and that callbacks are asynchronous.
'use strict';
const fs = require('fs');
const util = require('util');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall}: ${e.message}`);
const step = (fn) => new Promise((resolve) => fn(resolve));

function syncThrow(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, 'threw', errStr(e));
  }
}

(async () => {
  let sync = true;
  const fd = await step((done) => fs.open(p('f.txt'), 'w+', 0o644, (err, fd) => {
    console.log('open err', err, 'async', !sync, typeof fd);
    done(fd);
  }));
  sync = false;
  await step((done) => fs.write(fd, Buffer.from('abcdef'), 0, 6, 0, (err, n, b) => {
    console.log('write', err, n, b.toString());
    done();
  }));
  await step((done) => fs.write(fd, 'XYZ', 1, 'utf8', (err, n, s) => {
    console.log('write string pos enc', err, n, s);
    done();
  }));
  await step((done) => fs.write(fd, '!', (err, n) => {
    console.log('write string cb only', err, n);
    done();
  }));
  await step((done) => fs.write(fd, '414243', 10, 'hex', (err, n) => {
    console.log('write hex', err, n);
    done();
  }));
  await step((done) => fs.write(fd, Buffer.from('qq'), (err, n) => {
    console.log('write buffer cb only', err, n);
    done();
  }));
  await step((done) => fs.write(fd, Buffer.from('0123'), { offset: 1, length: 2, position: 20 }, (err, n) => {
    console.log('write options', err, n);
    done();
  }));
  const buf = Buffer.alloc(32);
  await step((done) => fs.read(fd, buf, 0, 32, 0, (err, n, b) => {
    console.log('read', err, n, JSON.stringify(b.toString('latin1', 0, n)), b === buf);
    done();
  }));
  await step((done) => fs.read(fd, { buffer: buf, position: 1, length: 3 }, (err, n, b) => {
    console.log('read params', err, n, b.toString('utf8', 0, 3));
    done();
  }));
  await step((done) => fs.read(fd, buf, { position: 2n, length: 2 }, (err, n, b) => {
    console.log('read buf options', err, n, b.toString('utf8', 0, 2));
    done();
  }));
  await step((done) => fs.read(fd, (err, n, b) => {
    console.log('read default buffer', err, n, b.length);
    done();
  }));
  await step((done) => fs.read(fd, buf, 0, 0, 0, (err, n) => {
    console.log('read length 0', err, n);
    done();
  }));
  await step((done) => fs.writev(fd, [Buffer.from('v1'), Buffer.from('v2')], 0, (err, n, bufs) => {
    console.log('writev', err, n, bufs.length);
    done();
  }));
  await step((done) => fs.readv(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0, (err, n, bufs) => {
    console.log('readv', err, n, bufs.map(String));
    done();
  }));
  await step((done) => fs.writev(fd, [], (err, n) => {
    console.log('writev empty', err, n);
    done();
  }));
  await step((done) => fs.fstat(fd, (err, st) => {
    console.log('fstat', err, st.isFile(), st.size);
    done();
  }));
  await step((done) => fs.fstat(fd, { bigint: true }, (err, st) => {
    console.log('fstat bigint', err, typeof st.size, st.size);
    done();
  }));
  await step((done) => fs.ftruncate(fd, 4, (err) => {
    console.log('ftruncate', err, fs.readFileSync(p('f.txt'), 'utf8'));
    done();
  }));
  await step((done) => fs.ftruncate(fd, (err) => {
    console.log('ftruncate default', err, fs.statSync(p('f.txt')).size);
    done();
  }));
  await step((done) => fs.fsync(fd, (err) => {
    console.log('fsync', err);
    done();
  }));
  await step((done) => fs.fdatasync(fd, (err) => {
    console.log('fdatasync', err);
    done();
  }));
  await step((done) => fs.close(fd, (err) => {
    console.log('close', err, arguments.length);
    done();
  }));
  await step((done) => fs.close(fd, (err) => {
    console.log('close again', errStr(err));
    done();
  }));
  await step((done) => fs.read(fd, buf, 0, 1, 0, (err, n) => {
    console.log('read closed', errStr(err), n);
    done();
  }));
  await step((done) => fs.fstat(fd, (err, st) => {
    console.log('fstat closed', errStr(err), st);
    done();
  }));
  await step((done) => fs.open(p('nope/x'), (err, fd2) => {
    console.log('open missing', errStr(err), fd2);
    done();
  }));
  fs.writeFileSync(p('t.txt'), '0123456789');
  await step((done) => fs.truncate(p('t.txt'), 3, (err) => {
    console.log('truncate', err, fs.readFileSync(p('t.txt'), 'utf8'));
    done();
  }));
  await step((done) => fs.truncate(p('t.txt'), (err) => {
    console.log('truncate default', err, fs.statSync(p('t.txt')).size);
    done();
  }));
  await step((done) => fs.truncate(p('none'), 1, (err) => {
    console.log('truncate missing', errStr(err));
    done();
  }));
  fs.writeFileSync(p('t.txt'), '0123456789');
  fs.truncateSync(p('t.txt'), 2);
  console.log('truncateSync', fs.readFileSync(p('t.txt'), 'utf8'));
  fs.truncateSync(p('t.txt'));
  console.log('truncateSync default', fs.readFileSync(p('t.txt'), 'utf8').length);

  // promisify
  const fd2 = await util.promisify(fs.open)(p('f.txt'), 'r+');
  const w = await util.promisify(fs.write)(fd2, Buffer.from('pq'), 0, 2, 0);
  console.log('promisified write', Object.keys(w), w.bytesWritten, String(w.buffer));
  const r = await util.promisify(fs.read)(fd2, Buffer.alloc(4), 0, 4, 0);
  console.log('promisified read', Object.keys(r), r.bytesRead, String(r.buffer));
  const rv = await util.promisify(fs.readv)(fd2, [Buffer.alloc(2)], 0);
  console.log('promisified readv', Object.keys(rv), rv.bytesRead);
  const wv = await util.promisify(fs.writev)(fd2, [Buffer.from('z')], 0);
  console.log('promisified writev', Object.keys(wv), wv.bytesWritten);
  await util.promisify(fs.close)(fd2);
  console.log('promisified exists', await util.promisify(fs.exists)(p('f.txt')), await util.promisify(fs.exists)(p('zz')));

  // callback validation and synchronous argument errors
  syncThrow('open no cb', () => fs.open(p('f.txt'), 'r'));
  syncThrow('read no cb', () => fs.read(0, Buffer.alloc(1), 0, 1, 0));
  syncThrow('write no cb', () => fs.write(1, 'x'));
  syncThrow('fstat cb not fn', () => fs.fstat(0, {}, 'x'));
  syncThrow('close cb not fn', () => fs.close(99, 5));
  syncThrow('fsync bad fd', () => fs.fsync('1', () => {}));
  syncThrow('read bad fd', () => fs.read(-1, Buffer.alloc(1), 0, 1, 0, () => {}));
  syncThrow('read empty buffer', () => fs.read(0, Buffer.alloc(0), 0, 1, 0, () => {}));
  syncThrow('write offset too big', () => fs.write(1, Buffer.alloc(2), 3, () => {}));
  syncThrow('ftruncate bad len', () => fs.ftruncate(1, 'x', () => {}));
  syncThrow('truncate bad len', () => fs.truncate(p('f.txt'), 1.5, () => {}));
  syncThrow('readv bad cb', () => fs.readv(0, [], 0, 0));
  await step((done) => fs.exists(p('f.txt'), (ok) => {
    console.log('exists', ok);
    done();
  }));
  await step((done) => fs.exists(123, (ok) => {
    console.log('exists bad path', ok);
    done();
  }));
  syncThrow('exists no cb', () => fs.exists(p('f.txt')));
  console.log('done');
})();
