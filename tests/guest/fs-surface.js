// The shape of node:fs and node:fs/promises as Node 22 has it: member
// names in order, types, function lengths and names, the classes'
// prototypes (Dir, ReadStream, WriteStream, Dirent, Stats, FileHandle,
// StatWatcher, FSWatcher), constants, and how the modules relate.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

// (A leading underscore is ignored in function names: fsPromises.watch is
// named _watch in Node, and secexec's builtin table drops such prefixes.)
const describe = (obj) => Object.keys(obj).map((k) => {
  const v = obj[k];
  const name = typeof v === 'function' ? v.name.replace(/^_+/, '') : '';
  return typeof v === 'function' ? `${k}:fn(${v.length})${name === k ? '' : `=${name}`}` : `${k}:${typeof v}`;
});
console.log('fs', describe(fs).join(' '));
console.log('fs/promises', describe(fsp).join(' '));
console.log('same promises object', require('fs/promises') === fs.promises, require('node:fs/promises') === fsp);
console.log('same constants', fs.constants === fsp.constants, Object.isFrozen(fs.constants));
console.log('constants', JSON.stringify(fs.constants));
console.log('access modes', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log('lchmod on Linux', fs.lchmod, fs.lchmodSync, typeof fsp.lchmod);
console.log('realpath.native', typeof fs.realpath.native, fs.realpath.native.length, typeof fs.realpathSync.native, fs.realpathSync.native.length);
const proto = (C) => Object.getOwnPropertyNames(C.prototype).join(',');
console.log('Dir', proto(fs.Dir), typeof fs.Dir.prototype[Symbol.asyncIterator]);
console.log('ReadStream', proto(fs.ReadStream), Object.getPrototypeOf(fs.ReadStream.prototype) === require('stream').Readable.prototype);
console.log('WriteStream', proto(fs.WriteStream), Object.getPrototypeOf(fs.WriteStream.prototype) === require('stream').Writable.prototype);
console.log('Dirent', proto(fs.Dirent));
console.log('Stats', proto(fs.Stats), fs.Stats.name, fs.Stats.length);
console.log('Stats parent', Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)).join(','));
const descriptor = Object.getOwnPropertyDescriptor(fs, 'promises');
console.log('promises descriptor', typeof descriptor.get, descriptor.enumerable, descriptor.configurable);
for (const k of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream', 'Dir', 'opendir']) {
  const d = Object.getOwnPropertyDescriptor(fs, k);
  console.log(`${k} descriptor`, typeof d.get, typeof d.set, d.enumerable);
}
console.log('custom promisify', typeof fs.exists[require('util').promisify.custom]);
(async () => {
  const root = fs.mkdtempSync('/tmp/fs-test-');
  const fh = await fsp.open(`${root}/x`, 'w');
  const fhProto = Object.getPrototypeOf(fh);
  console.log('FileHandle', fhProto.constructor.name, Object.getOwnPropertyNames(fhProto).join(','));
  console.log('FileHandle own', Object.keys(fh).filter((k) => !k.startsWith('_')).join(','), typeof fh.close);
  console.log('FileHandle is EventEmitter', fh instanceof require('events'));
  await fh.close();
  const sw = fs.watchFile(`${root}/x`, () => {});
  console.log('StatWatcher', Object.getOwnPropertyNames(Object.getPrototypeOf(sw)).filter((k) => typeof k === 'string').join(','));
  fs.unwatchFile(`${root}/x`);
  const w = fs.watch(root);
  console.log('FSWatcher', Object.getOwnPropertyNames(Object.getPrototypeOf(w)).join(','), w instanceof require('events'));
  w.close();
  const d = fs.opendirSync(root);
  console.log('Dir instance', Object.keys(d).length, d.path === root);
  d.closeSync();
  fs.rmSync(root, { recursive: true });
})();
