// Argument validation across node:fs and node:fs/promises: the error
// class, code and message Node 22 gives for wrong types, out-of-range
// numbers, bad flags/modes/encodings/options, missing callbacks, bad paths
// (null bytes, URLs of other schemes or with hosts) and bad descriptors.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
fs.writeFileSync(p('f'), 'x');
const noop = () => {};
const buf = Buffer.alloc(4);

const cases = {
  'closeSync("x")': () => fs.closeSync('x'),
  'closeSync(-1)': () => fs.closeSync(-1),
  'closeSync(1.5)': () => fs.closeSync(1.5),
  'closeSync(2**31)': () => fs.closeSync(2 ** 31),
  'closeSync(-0) ok->EBADF?': () => fs.fstatSync(-0).isCharacterDevice !== undefined,
  'close(fd, 5)': () => fs.close(99, 5),
  'writeSync("x", "a")': () => fs.writeSync('x', 'a'),
  'writeSync(1, 5)': () => fs.writeSync(1, 5),
  'writeSync(1, {})': () => fs.writeSync(1, {}),
  'writeSync hex odd': () => fs.writeSync(1, 'abc', 0, 'hex'),
  'writeSync offset -1': () => fs.writeSync(1, buf, -1),
  'writeSync offset 1.5': () => fs.writeSync(1, buf, 1.5),
  'writeSync length 5': () => fs.writeSync(1, buf, 0, 5),
  'writeSync length -1': () => fs.writeSync(1, buf, 0, -1),
  'write(1, buf) no cb': () => fs.write(1, buf),
  'write("1", buf, cb)': () => fs.write('1', buf, noop),
  'readSync(0, "x")': () => fs.readSync(0, 'x'),
  'readSync offset -1': () => fs.readSync(0, buf, -1, 1, 0),
  'readSync offset "1"': () => fs.readSync(0, buf, '1', 1, 0),
  'readSync length 5': () => fs.readSync(0, buf, 0, 5, 0),
  'readSync length -1': () => fs.readSync(0, buf, 0, -1, 0),
  'readSync position "x"': () => fs.readSync(0, buf, 0, 1, 'x'),
  'readSync position -2': () => fs.readSync(0, buf, 0, 1, -2),
  'readSync position 1.5': () => fs.readSync(0, buf, 0, 1, 1.5),
  'readSync position huge bigint': () => fs.readSync(0, buf, 0, 1, 2n ** 63n),
  'readSync empty buffer': () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0),
  'readSync options not object': () => fs.readSync(0, buf, 'x'),
  'read(fd) no cb': () => fs.read(0, buf, 0, 1, 0),
  'read options null buffer': () => fs.read(0, { buffer: null }, noop),
  'fstatSync("x")': () => fs.fstatSync('x'),
  'fsyncSync(null)': () => fs.fsyncSync(null),
  'fdatasyncSync({})': () => fs.fdatasyncSync({}),
  'ftruncateSync(1, "x")': () => fs.ftruncateSync(1, 'x'),
  'ftruncateSync(1, 1.5)': () => fs.ftruncateSync(1, 1.5),
  'truncateSync(path, 2**60)': () => fs.truncateSync(p('f'), 2 ** 60),
  'accessSync mode "x"': () => fs.accessSync('/', 'x'),
  'accessSync mode 9': () => fs.accessSync('/', 9),
  'accessSync mode -1': () => fs.accessSync('/', -1),
  'accessSync mode 1.5': () => fs.accessSync('/', 1.5),
  'copyFileSync mode 9': () => fs.copyFileSync(p('f'), p('g'), 9),
  'copyFileSync mode "x"': () => fs.copyFileSync(p('f'), p('g'), 'x'),
  'openSync flags "q"': () => fs.openSync(p('f'), 'q'),
  'openSync flags {}': () => fs.openSync(p('f'), {}),
  'openSync flags 1.5': () => fs.openSync(p('f'), 1.5),
  'openSync flags 2**31': () => fs.openSync(p('f'), 2 ** 31),
  'openSync mode "z"': () => fs.openSync(p('f'), 'r', 'z'),
  'openSync mode -1': () => fs.openSync(p('f'), 'r', -1),
  'openSync mode 2**32': () => fs.openSync(p('f'), 'r', 2 ** 32),
  'openSync mode 1.5': () => fs.openSync(p('f'), 'r', 1.5),
  'open no cb': () => fs.open(p('f'), 'r', 0o666),
  'statSync(5)': () => fs.statSync(5),
  'statSync({})': () => fs.statSync({}),
  'statSync(null)': () => fs.statSync(null),
  'statSync nul byte': () => fs.statSync('a\0b'),
  'statSync nul byte Buffer': () => fs.statSync(Buffer.from('a\0b')),
  'statSync long string': () => fs.statSync(`${'x'.repeat(40)}\0`),
  'statSync http URL': () => fs.statSync(new URL('http://example.com/')),
  'statSync file URL with host': () => fs.statSync(new URL('file://host/x')),
  'statSync file URL %2f': () => fs.statSync(new URL('file:///a%2fb')),
  'statSync URL string ok': () => fs.statSync('file:///').isFile(),
  'stat no cb': () => fs.stat('/'),
  'stat cb string': () => fs.stat('/', 'x'),
  'lstat options callback order': () => fs.lstat('/', {}, 'cb'),
  'mkdirSync mode "zz"': () => fs.mkdirSync(p('m'), { mode: 'zz' }),
  'mkdirSync recursive 1': () => fs.mkdirSync(p('m'), { recursive: 1 }),
  'mkdirSync options true': () => fs.mkdirSync(p('m2'), true),
  'rmdirSync maxRetries -1': () => fs.rmdirSync(p('none'), { maxRetries: -1 }),
  'rmdirSync recursive "yes"': () => fs.rmdirSync(p('none'), { recursive: 'yes' }),
  'rmSync options null': () => fs.rmSync(p('none'), null),
  'rmSync retryDelay 1.5': () => fs.rmSync(p('none'), { retryDelay: 1.5 }),
  'chownSync uid "a"': () => fs.chownSync('/', 'a', 0),
  'chownSync uid -2': () => fs.chownSync('/', -2, 0),
  'chownSync gid 2**32': () => fs.chownSync('/', 0, 2 ** 32),
  'chmodSync mode null': () => fs.chmodSync(p('f'), null),
  'chmodSync mode "8"': () => fs.chmodSync(p('f'), '8'),
  'utimesSync atime "x"': () => fs.utimesSync('/', 'x', 0),
  'utimesSync atime {}': () => fs.utimesSync('/', {}, 0),
  'futimesSync atime undefined': () => fs.futimesSync(0, undefined, 0),
  'futimesSync mtime Infinity': () => fs.futimesSync(0, 0, Infinity),
  'readdirSync options 5': () => fs.readdirSync('/', 5),
  'readdirSync encoding bogus': () => fs.readdirSync('/', 'bogus'),
  'readdirSync recursive 1': () => fs.readdirSync('/', { recursive: 1 }),
  'readdir no cb': () => fs.readdir('/'),
  'symlinkSync type "bogus"': () => fs.symlinkSync('/a', p('l'), 'bogus'),
  'symlinkSync type number ignored': () => fs.symlinkSync('/a', p('l2'), 5),
  'rmSync force 1': () => fs.rmSync(p('x'), { force: 1 }),
  'writeFileSync data 5': () => fs.writeFileSync(p('w'), 5),
  'writeFileSync data null': () => fs.writeFileSync(p('w'), null),
  'writeFileSync flush 1': () => fs.writeFileSync(p('w'), 'a', { flush: 1 }),
  'writeFileSync mode "x"': () => fs.writeFileSync(p('w'), 'a', { mode: 'x' }),
  'writeFileSync flag "bogus"': () => fs.writeFileSync(p('w'), 'a', { flag: 'bogus' }),
  'writeFileSync encoding bogus': () => fs.writeFileSync(p('w'), 'a', 'bogus'),
  'appendFileSync data {}': () => fs.appendFileSync(p('w'), {}),
  'readvSync [1]': () => fs.readvSync(0, [1]),
  'readvSync "x"': () => fs.readvSync(0, 'x'),
  'writevSync [{}]': () => fs.writevSync(1, [{}]),
  'writev no cb': () => fs.writev(1, [buf]),
  'cpSync recursive 1': () => fs.cpSync('/a', '/b', { recursive: 1 }),
  'cpSync filter 1': () => fs.cpSync('/a', '/b', { filter: 1 }),
  'watchFile no listener': () => fs.watchFile(p('f')),
  'watchFile interval "x"': () => fs.watchFile(p('f'), { interval: 'x' }, noop),
  'unwatchFile bad path': () => fs.unwatchFile(5),
  'watch options 5': () => fs.watch(p('f'), 5),
  'createReadStream start -1': () => fs.createReadStream(p('f'), { start: -1 }),
  'createReadStream end 1.5': () => fs.createReadStream(p('f'), { end: 1.5 }),
  'createReadStream fd "x"': () => fs.createReadStream(null, { fd: 'x' }),
  'createReadStream fd -1': () => fs.createReadStream(null, { fd: -1 }),
  'createReadStream highWaterMark "x"': () => fs.createReadStream(p('f'), { highWaterMark: 'x' }),
  'createReadStream fs.open not fn': () => fs.createReadStream(p('f'), { fs: { open: 1 } }),
  'createWriteStream fs.write missing': () => fs.createWriteStream(p('f'), { fs: { open: noop, close: noop } }),
  'mkdtempSync 5': () => fs.mkdtempSync(5),
  'mkdtempSync options 5': () => fs.mkdtempSync(p('t'), 5),
  'readFileSync flag bogus': () => fs.readFileSync(p('f'), { flag: 'bogus' }),
  'readFileSync options 5': () => fs.readFileSync(p('f'), 5),
  'readFileSync options true': () => fs.readFileSync(p('f'), true),
  'readFile signal {}': () => fs.readFile(p('f'), { signal: {} }, noop),
  'existsSync 5': () => fs.existsSync(5),
  'opendirSync bufferSize 0': () => fs.opendirSync('/', { bufferSize: 0 }),
  'opendirSync bufferSize "1"': () => fs.opendirSync('/', { bufferSize: '1' }),
  'realpathSync nul': () => fs.realpathSync('a\0'),
  'realpathSync number': () => fs.realpathSync(5),
  'realpathSync.native number': () => fs.realpathSync.native(5),
  'linkSync existingPath': () => fs.linkSync(1, 'x'),
  'renameSync newPath': () => fs.renameSync('x', null),
  'openAsBlob options': () => fs.openAsBlob(p('f'), 5),
  'openAsBlob type': () => fs.openAsBlob(p('f'), { type: 5 }),
};
for (const [label, fn] of Object.entries(cases)) {
  try {
    const r = fn();
    console.log(label, '->', typeof r === 'object' && r !== null ? r.constructor.name : rel(String(r)));
  } catch (e) {
    console.log(label, '->', e.name, e.code, rel(e.message));
  }
}

(async () => {
  const fh = await fsp.open(p('f'), 'r+');
  const pcases = {
    'fsp.open flags': () => fsp.open(p('f'), 'q'),
    'fsp.open mode': () => fsp.open(p('f'), 'r', 'x'),
    'fsp.readFile options 5': () => fsp.readFile(p('f'), 5),
    'fsp.readFile signal': () => fsp.readFile(p('f'), { signal: 'x' }),
    'fsp.writeFile data 5': () => fsp.writeFile(p('f'), 5),
    'fsp.writeFile flush': () => fsp.writeFile(p('f'), 'a', { flush: 'x' }),
    'fsp.mkdir recursive': () => fsp.mkdir(p('m'), { recursive: 1 }),
    'fsp.mkdir mode': () => fsp.mkdir(p('m'), 'x'),
    'fsp.rm options': () => fsp.rm(p('f'), { force: 'x' }),
    'fsp.rmdir options': () => fsp.rmdir(p('m'), { maxRetries: 'x' }),
    'fsp.access mode': () => fsp.access('/', 'x'),
    'fsp.copyFile mode': () => fsp.copyFile(p('f'), p('g'), 10),
    'fsp.chown uid': () => fsp.chown(p('f'), 'x', 0),
    'fsp.chmod mode': () => fsp.chmod(p('f'), 'rwx'),
    'fsp.utimes atime': () => fsp.utimes(p('f'), 'later', 0),
    'fsp.readdir options': () => fsp.readdir('/', 5),
    'fsp.stat path': () => fsp.stat(5),
    'fsp.symlink type': () => fsp.symlink('a', p('s'), 'sideways'),
    'fsp.cp options': () => fsp.cp(p('f'), p('g'), { filter: 'x' }),
    'fsp.watch options': () => fsp.watch(p('f'), 5).next(),
    'fsp.mkdtemp prefix': () => fsp.mkdtemp({}),
    'fh.read buffer': () => fh.read('x'),
    'fh.read position': () => fh.read(buf, 0, 1, -5),
    'fh.read length': () => fh.read(buf, 0, 9, 0),
    'fh.write buffer': () => fh.write(5),
    'fh.write offset': () => fh.write(buf, 9),
    'fh.readv': () => fh.readv([5]),
    'fh.writev': () => fh.writev('x'),
    'fh.truncate': () => fh.truncate(1.5),
    'fh.chmod': () => fh.chmod(-1),
    'fh.chown': () => fh.chown(0, 'x'),
    'fh.utimes': () => fh.utimes({}, 0),
    'fh.writeFile data': () => fh.writeFile(5),
    'fh.readFile options': () => fh.readFile(5),
    'fh.readableWebStream options': () => fh.readableWebStream({ autoClose: 'x' }),
  };
  for (const [label, fn] of Object.entries(pcases)) {
    let result;
    try {
      const promise = fn();
      result = promise instanceof Promise ? 'rejects ' : 'returns ';
      await promise;
      result += 'ok';
    } catch (e) {
      if (result === undefined) result = 'throws synchronously ';
      result += `${e.name} ${e.code} ${rel(e.message)}`;
    }
    console.log(label, '->', result);
  }
  await fh.close();
})();
// filter: ^\(node:PID\) \[DEP0147\] DeprecationWarning
// filter: ^\(Use `node --trace-
