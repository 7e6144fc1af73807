// node:fs — bridge to the kernel VFS.  Node 22's whole surface is here;
// implemented so far over the native binding (as polyfills/bootstrap/
// builtins.js did): readFileSync / writeFileSync / appendFileSync /
// existsSync / accessSync and their callback and promise forms, plus the
// data-only members (constants, Stats, Dirent, _toUnixTimestamp).  Every
// other function throws ERR_NOT_IMPLEMENTED naming itself.
import { binding } from '../bootstrap/native.js';
import { fileURLToPath, isURL } from '../bootstrap/url.js';
import { notImplemented } from '../bootstrap/errors.js';
import bufferModule from './buffer.js';
import stream from './stream.js';
import { fsConstants } from './internal/constants-data.js';
import { stubFn, stubClass } from './internal/stub.js';
import { invalidArgType, invalidArgValue, validateFunction } from './internal/validators.js';
import promises from './fs__promises.js';

const { Buffer } = bufferModule;
const constants = Object.freeze({ ...fsConstants });
const { F_OK, R_OK, W_OK, X_OK } = fsConstants;

// ---------------------------------------------------------------------------
// Arguments (lib/internal/fs/utils.js)

export function getValidatedPath(path, name = 'path') {
  if (isURL(path)) {
    if (path.protocol !== 'file:') {
      const err = new TypeError('The URL must be of scheme file');
      err.code = 'ERR_INVALID_URL_SCHEME';
      throw err;
    }
    path = fileURLToPath(path);
  } else if (path instanceof Uint8Array) {
    path = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  } else if (typeof path !== 'string') {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (path.includes('\u0000')) {
    throw invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

export function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', 'one of type string or an instance of Object', options);
  }
  if (options.encoding !== 'buffer' && options.encoding != null && !Buffer.isEncoding(options.encoding)) {
    throw invalidArgValue('encoding', options.encoding, 'is invalid encoding');
  }
  if (options.signal !== undefined && (options.signal === null || typeof options.signal !== 'object' || !('aborted' in options.signal))) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', options.signal);
  }
  return { ...defaults, ...options };
}

function rejectFd(path, what) {
  if (Number.isInteger(path) && path >= -(2 ** 31) && path < 2 ** 31) throw notImplemented(`${what} with a file descriptor`);
}

function validateData(data) {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) return;
  throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

function flagToAppend(flag, what) {
  if (flag === undefined || flag === 'w') return false;
  if (flag === 'a') return true;
  throw notImplemented(`${what} with flag '${flag}'`);
}

function encodeData(data, encoding) {
  if (typeof data === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    return Buffer.from(data, encoding);
  }
  return data;
}

// ---------------------------------------------------------------------------
// Implemented operations (synchronous cores)

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  rejectFd(path, 'fs.readFileSync');
  path = getValidatedPath(path);
  if (options.flag !== undefined && options.flag !== 'r') throw notImplemented(`fs.readFileSync with flag '${options.flag}'`);
  const enc = options.encoding;
  if (enc === 'utf8' || enc === 'utf-8') return binding.readFileUtf8(path);
  const bytes = binding.readFile(path);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return enc && enc !== 'buffer' ? buf.toString(enc) : buf;
}

function writeOrAppend(path, data, options, append, what) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: append ? 'a' : 'w' });
  rejectFd(path, what);
  path = getValidatedPath(path);
  validateData(data);
  const doAppend = flagToAppend(options.flag, what);
  const mode = options.mode === undefined ? 0o666 : options.mode;
  binding.writeFile(path, encodeData(data, options.encoding), doAppend, mode);
}

function writeFileSync(path, data, options) {
  writeOrAppend(path, data, options, false, 'fs.writeFileSync');
}

function appendFileSync(path, data, options) {
  writeOrAppend(path, data, options, true, 'fs.appendFileSync');
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function validateMode(mode) {
  if (mode === undefined) return F_OK;
  if (typeof mode !== 'number') throw invalidArgType('mode', 'of type number', mode);
  if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
    const err = new RangeError(`The value of "mode" is out of range. It must be an integer >= 0 && <= 7. Received ${mode}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, validateMode(mode));
}

// ---------------------------------------------------------------------------
// Callback forms: arguments are validated synchronously (as in Node), the
// result is delivered on a later tick.

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function defer(cb, fn) {
  let result;
  let error = null;
  try {
    result = fn();
  } catch (e) {
    error = e;
  }
  globalThis.setImmediate(() => (error ? cb(error) : cb(null, result)));
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  rejectFd(path, 'fs.readFile');
  path = getValidatedPath(path);
  defer(callback, () => readFileSync(path, options));
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  rejectFd(path, 'fs.writeFile');
  path = getValidatedPath(path);
  validateData(data);
  defer(callback, () => writeFileSync(path, data, options));
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  rejectFd(path, 'fs.appendFile');
  path = getValidatedPath(path);
  validateData(data);
  defer(callback, () => appendFileSync(path, data, options));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = validateMode(mode);
  callback = maybeCallback(callback);
  defer(callback, () => accessSync(path, mode));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let ok;
  try {
    ok = existsSync(path);
  } catch {
    ok = false;
  }
  globalThis.setImmediate(() => callback(ok));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) { // eslint-disable-line no-shadow
    return new Promise((resolve) => exists(path, resolve));
  },
});

// ---------------------------------------------------------------------------
// Data classes

const kType = Symbol('type');

export class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function msToDate(ms) {
  return new Date(Math.round(Number(ms)));
}

// Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
//       atimeMs, mtimeMs, ctimeMs, birthtimeMs), callable without `new`.
export function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  if (!(this instanceof Stats)) {
    return new Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs);
  }
  Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs });
}
for (const [name, t] of [['atime', 'atimeMs'], ['mtime', 'mtimeMs'], ['ctime', 'ctimeMs'], ['birthtime', 'birthtimeMs']]) {
  Object.defineProperty(Stats.prototype, name, {
    enumerable: false,
    configurable: true,
    get() { return msToDate(this[t]); },
    set(value) { Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true }); },
  });
}
const S_IFMT = fsConstants.S_IFMT;
const modeIs = (type) => function check() { return (this.mode & S_IFMT) === type; };
Object.assign(Stats.prototype, {
  isDirectory: modeIs(fsConstants.S_IFDIR),
  isFile: modeIs(fsConstants.S_IFREG),
  isBlockDevice: modeIs(fsConstants.S_IFBLK),
  isCharacterDevice: modeIs(fsConstants.S_IFCHR),
  isSymbolicLink: modeIs(fsConstants.S_IFLNK),
  isFIFO: modeIs(fsConstants.S_IFIFO),
  isSocket: modeIs(fsConstants.S_IFSOCK),
});

function _toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date || Object.prototype.toString.call(time) === '[object Date]') return time.getTime() / 1000;
  throw invalidArgType(name, 'of type number or an instance of Date', time);
}

// ---------------------------------------------------------------------------

const ReadStream = stubClass('fs.ReadStream', { base: stream.Readable, protoMethods: ['open', 'close'] });
const WriteStream = stubClass('fs.WriteStream', { base: stream.Writable, protoMethods: ['open', 'close', 'destroySoon'] });
const Dir = stubClass('fs.Dir', { protoMethods: ['read', 'readSync', 'close', 'closeSync', 'entries'] });

const s = (name, length) => stubFn(`fs.${name}`, length);

const fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown: s('chown', 4),
  chownSync: s('chownSync', 3),
  chmod: s('chmod', 3),
  chmodSync: s('chmodSync', 2),
  close: s('close', 2),
  closeSync: s('closeSync', 1),
  copyFile: s('copyFile', 4),
  copyFileSync: s('copyFileSync', 3),
  cp: s('cp', 4),
  cpSync: s('cpSync', 3),
  createReadStream: s('createReadStream', 2),
  createWriteStream: s('createWriteStream', 2),
  exists,
  existsSync,
  fchown: s('fchown', 4),
  fchownSync: s('fchownSync', 3),
  fchmod: s('fchmod', 3),
  fchmodSync: s('fchmodSync', 2),
  fdatasync: s('fdatasync', 2),
  fdatasyncSync: s('fdatasyncSync', 1),
  fstat: s('fstat', 3),
  fstatSync: s('fstatSync', 2),
  fsync: s('fsync', 2),
  fsyncSync: s('fsyncSync', 1),
  ftruncate: s('ftruncate', 3),
  ftruncateSync: s('ftruncateSync', 2),
  futimes: s('futimes', 4),
  futimesSync: s('futimesSync', 3),
  glob: s('glob', 3),
  globSync: s('globSync', 2),
  lchown: s('lchown', 4),
  lchownSync: s('lchownSync', 3),
  lchmod: undefined, // Linux: not available, as in Node
  lchmodSync: undefined,
  link: s('link', 3),
  linkSync: s('linkSync', 2),
  lstat: s('lstat', 3),
  lstatSync: s('lstatSync', 2),
  lutimes: s('lutimes', 4),
  lutimesSync: s('lutimesSync', 3),
  mkdir: s('mkdir', 3),
  mkdirSync: s('mkdirSync', 2),
  mkdtemp: s('mkdtemp', 3),
  mkdtempSync: s('mkdtempSync', 2),
  open: s('open', 4),
  openSync: s('openSync', 3),
  openAsBlob: s('openAsBlob', 2),
  readdir: s('readdir', 3),
  readdirSync: s('readdirSync', 2),
  read: s('read', 6),
  readSync: s('readSync', 5),
  readv: s('readv', 4),
  readvSync: s('readvSync', 3),
  readFile,
  readFileSync,
  readlink: s('readlink', 3),
  readlinkSync: s('readlinkSync', 2),
  realpath: s('realpath', 3),
  realpathSync: s('realpathSync', 2),
  rename: s('rename', 3),
  renameSync: s('renameSync', 2),
  rm: s('rm', 3),
  rmSync: s('rmSync', 2),
  rmdir: s('rmdir', 3),
  rmdirSync: s('rmdirSync', 2),
  stat: s('stat', 3),
  statfs: s('statfs', 3),
  statSync: s('statSync', 2),
  statfsSync: s('statfsSync', 2),
  symlink: s('symlink', 4),
  symlinkSync: s('symlinkSync', 3),
  truncate: s('truncate', 3),
  truncateSync: s('truncateSync', 2),
  unwatchFile: s('unwatchFile', 2),
  unlink: s('unlink', 2),
  unlinkSync: s('unlinkSync', 1),
  utimes: s('utimes', 4),
  utimesSync: s('utimesSync', 3),
  watch: s('watch', 3),
  watchFile: s('watchFile', 3),
  writeFile,
  writeFileSync,
  write: s('write', 6),
  writeSync: s('writeSync', 5),
  writev: s('writev', 4),
  writevSync: s('writevSync', 3),
  Dirent,
  Stats,
  ReadStream,
  WriteStream,
  FileReadStream: ReadStream,
  FileWriteStream: WriteStream,
  _toUnixTimestamp,
  Dir,
  opendir: s('opendir', 3),
  opendirSync: s('opendirSync', 2),
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
  promises,
};
fs.realpath.native = s('realpath.native', 3);
fs.realpathSync.native = s('realpathSync.native', 2);

export default fs;
