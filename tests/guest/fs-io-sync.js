// fs sync I/O: open/close/read/write/readv/writev (positional and at the
// file position), flags, string encodings, fd-based readFileSync/
// writeFileSync/appendFileSync, fstat/ftruncate/fsync/fdatasync.
'use strict';
const fs = require('fs');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `<Buffer ${r.toString('hex')}>` : rel(JSON.stringify(r)));
  } catch (e) {
    console.log(label, 'threw', rel(`${e.name} ${e.code} ${e.errno} ${e.syscall}: ${e.message}`));
  }
}

// open + write + read with positions
let fd = fs.openSync(p('a.bin'), 'w+');
console.log('fd is a number:', typeof fd === 'number' && fd > 2);
show('writeSync buffer', () => fs.writeSync(fd, Buffer.from('hello world')));
show('writeSync string pos', () => fs.writeSync(fd, 'HELLO', 0));
show('writeSync string latin1', () => fs.writeSync(fd, 'é!', 11, 'latin1'));
show('writeSync hex', () => fs.writeSync(fd, 'cafe', 13, 'hex'));
show('writeSync utf16le', () => fs.writeSync(fd, 'ab', 15, 'utf16le'));
show('writeSync base64', () => fs.writeSync(fd, 'QUJD', null, 'base64'));
show('writeSync bogus encoding = utf8', () => fs.writeSync(fd, 'xy', undefined, 'bogus'));
show('writeSync offset/length', () => fs.writeSync(fd, Buffer.from('0123456789'), 2, 3, 30));
show('writeSync options object', () => fs.writeSync(fd, Buffer.from('abcdef'), { offset: 1, length: 2, position: 40 }));
show('writeSync Uint16Array', () => fs.writeSync(fd, new Uint16Array([0x4142]), 0, 2, 50));
show('writeSync DataView', () => fs.writeSync(fd, new DataView(new Uint8Array([0x7a, 0x7b]).buffer), 0, 2, 52));
show('fstat size', () => fs.fstatSync(fd).size);
const buf = Buffer.alloc(64);
show('readSync pos 0', () => [fs.readSync(fd, buf, 0, 11, 0), buf.toString('latin1', 0, 11)]);
show('readSync at position (EOF)', () => fs.readSync(fd, buf, 0, 10, null));
show('readSync bigint position', () => [fs.readSync(fd, buf, 0, 5, 6n), buf.toString('utf8', 0, 5)]);
show('readSync options', () => [fs.readSync(fd, buf, { offset: 2, length: 3, position: 30 }), buf.toString('utf8', 2, 5)]);
show('readSync no options', () => fs.readSync(fd, Buffer.alloc(100)));
show('readSync length 0', () => fs.readSync(fd, buf, 0, 0, 0));
show('readSync past EOF', () => fs.readSync(fd, buf, 0, 10, 1000));
show('readSync into Float64Array', () => { const f = new Float64Array(1); return [fs.readSync(fd, f, 0, 8, 0), Buffer.from(f.buffer).toString('latin1')]; });
show('whole file', () => fs.readFileSync(p('a.bin')));
fs.closeSync(fd);
show('closeSync twice', () => fs.closeSync(fd));

// readv / writev
fd = fs.openSync(p('v.txt'), 'w+');
show('writevSync', () => fs.writevSync(fd, [Buffer.from('ab'), Buffer.from(''), new Uint8Array([99, 100])]));
show('writevSync at position', () => fs.writevSync(fd, [Buffer.from('XY'), Buffer.from('Z')], 1));
show('writevSync empty', () => fs.writevSync(fd, []));
const b1 = Buffer.alloc(2);
const b2 = Buffer.alloc(5);
show('readvSync position 0', () => [fs.readvSync(fd, [b1, b2], 0), b1.toString(), b2.toString('utf8', 0, 2)]);
show('readvSync current position', () => fs.readvSync(fd, [b1], null));
show('readvSync bad buffers', () => fs.readvSync(fd, [b1, 'x']));
show('writevSync bad buffers', () => fs.writevSync(fd, 'x'));
fs.closeSync(fd);

// flags
show('open r missing', () => fs.openSync(p('missing'), 'r'));
show('open wx existing', () => fs.openSync(p('v.txt'), 'wx'));
show('open ax existing', () => fs.openSync(p('v.txt'), 'ax'));
fd = fs.openSync(p('v.txt'), 'a');
show('append mode ignores position', () => fs.writeSync(fd, '!', 0));
fs.closeSync(fd);
show('after append', () => fs.readFileSync(p('v.txt'), 'utf8'));
fd = fs.openSync(p('v.txt'), 'r+');
show('r+ write', () => fs.writeSync(fd, '_'));
fs.closeSync(fd);
show('after r+', () => fs.readFileSync(p('v.txt'), 'utf8'));
fd = fs.openSync(p('v.txt'), fs.constants.O_RDONLY);
show('numeric flags read', () => fs.readFileSync(fd, 'utf8'));
show('write on O_RDONLY fd', () => fs.writeSync(fd, 'x'));
fs.closeSync(fd);
fd = fs.openSync(p('new.txt'), 'wx', 0o600);
show('mode 0o600', () => (fs.fstatSync(fd).mode & 0o777).toString(8));
fs.closeSync(fd);
fd = fs.openSync(p('new2.txt'), 'w', '640');
show('mode "640"', () => (fs.fstatSync(fd).mode & 0o777).toString(8));
fs.closeSync(fd);
for (const f of ['rs', 'sr', 'rs+', 'w+', 'a+', 'as', 'as+', 'xw', 'xa+']) {
  show(`flag ${f}`, () => {
    const x = fs.openSync(p('v.txt'), f);
    fs.closeSync(x);
    return 'opened';
  });
}

// fd-based whole-file helpers
fd = fs.openSync(p('fdfile.txt'), 'w+');
fs.writeFileSync(fd, 'first;');
fs.writeFileSync(fd, 'second;');
fs.appendFileSync(fd, Buffer.from('third;'));
show('readFileSync(fd) at position', () => fs.readFileSync(fd, 'utf8'));
show('readFileSync(fd) from 0 via pread', () => { const b = Buffer.alloc(64); return b.toString('utf8', 0, fs.readSync(fd, b, 0, 64, 0)); });
show('ftruncateSync', () => { fs.ftruncateSync(fd, 5); return fs.fstatSync(fd).size; });
show('ftruncateSync negative -> 0', () => { fs.ftruncateSync(fd, -3); return fs.fstatSync(fd).size; });
show('ftruncateSync grow', () => { fs.ftruncateSync(fd, 4); return fs.readFileSync(p('fdfile.txt')); });
show('fsyncSync', () => fs.fsyncSync(fd));
show('fdatasyncSync', () => fs.fdatasyncSync(fd));
fs.closeSync(fd);
show('fsyncSync closed', () => fs.fsyncSync(fd));
show('fstatSync closed', () => fs.fstatSync(fd));
show('ftruncateSync closed', () => fs.ftruncateSync(fd));

// /dev/fd and stdio
show('write to fd 1', () => fs.writeSync(1, 'to stdout\n'));
show('readFileSync /dev/null', () => fs.readFileSync('/dev/null', 'utf8'));
