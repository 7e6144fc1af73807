// node:fs over the kernel VFS bridge (binding.fs, init/v8-fs.cc): Node 22's
// whole surface with its argument validation and error messages (checks
// Node makes in C++ included). Sync functions call the binding directly;
// callback functions use its thread-pool form, so timers keep firing while
// a disk is busy. Streams, Dir, rm/rimraf, cp and the (polling) watchers
// live in internal/fs-*.js. Not implemented yet: glob/globSync (they throw
// ERR_NOT_IMPLEMENTED).
import { binding } from '../bootstrap/native.js';
import pathModule from './path.js';
import promises from './fs__promises.js';
import {
  Buffer, constants, fsRef, nextTick, AbortError, kIoMaxLength, kReadFileBufferLength,
  kReadFileUnknownBufferLength, kMaxUserId,
  argValueError, aggregateTwoErrors, nodeError, uvError,
  validateFunction, validateBoolean, validateInteger, validateObject, validateBuffer,
  validateEncoding, kValidateObjectAllowNullable, parseFileMode, isInt32, isArrayBufferView,
  toPathIfFileURL, validatePath, getValidatedPath, toNative, getValidatedFd, getOptions, copyObject,
  stringToFlags, stringToSymlinkType, toUnixTimestamp, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateBufferArray, validateStringAfterArrayBufferView,
  getValidMode, warnOnNonPortableTemplate, emitRecursiveRmdirWarning, deprecate, encodeResult,
  compareNames, Dirent, DirentFromStats, direntType, UV_DIRENT_UNKNOWN, Stats as StatsImpl,
  decodeBuffer, mkdtempErrorPath, getStatsFromBinding, getStatFsFromBinding, isFileType, S_IFREG, S_IFLNK,
  S_IFIFO, S_IFSOCK, fsb, withPath,
} from './internal/fs-utils.js';
import { ReadStream, WriteStream } from './internal/fs-streams.js';
import { Dir, opendir, opendirSync } from './internal/fs-dir.js';
import {
  rimraf, rimrafSync, validateRmOptions, validateRmOptionsSync, validateRmdirOptions,
} from './internal/fs-rimraf.js';
import { cpFn, cpSyncFn, validateCpOptions } from './internal/fs-cp.js';
import { FSWatcher, StatWatcher, kFSWatchStart, kFSStatWatcherStart, kFSStatWatcherAddOrCleanRef } from './internal/fs-watchers.js';
import { glob, globSync } from './internal/fs-glob.js';
import { openAsBlob } from './internal/fs-blob.js';

const { F_OK, R_OK, W_OK, X_OK } = constants;
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// ---------------------------------------------------------------------------
// Helpers

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function makeStatsCallback(cb, bigint) {
  validateFunction(cb, 'cb');
  return (err, stats) => {
    if (err) return cb(err);
    return cb(err, getStatsFromBinding(stats, bigint));
  };
}

// A binding callback for ops without a result: cb(err) or cb(null).
function voidCb(cb) {
  return (err) => (err ? cb(err) : cb(null));
}

// Node validates file descriptors in C++, i.e. after the JS-side checks.
const fdArg = (fd) => getValidatedFd(fd);

const isFd = isInt32;

// ---------------------------------------------------------------------------
// access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  fsb().access(toNative(path), getValidMode(mode, 'access'), voidCb(callback));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  fsb().access(toNative(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
  return undefined;
}
Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  value: function exists(path) { // eslint-disable-line no-shadow
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    fsb().access(toNative(path), F_OK);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// readFile

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const ctx = {
    fd: undefined, isUserFd: isFd(path), size: 0, callback, buffers: null, buffer: null, pos: 0,
    encoding: options.encoding, err: null, signal: options.signal,
  };
  if (ctx.isUserFd) {
    nextTick(() => readFileAfterOpen(ctx, null, path));
    return;
  }
  if (options.signal?.aborted) {
    callback(new AbortError(undefined, { cause: options.signal.reason }));
    return;
  }
  const flags = stringToFlags(options.flag, 'options.flag');
  fsb().open(toNative(getValidatedPath(path)), flags, 0o666, (err, fd) => readFileAfterOpen(ctx, err, fd));
}

function readFileAfterOpen(ctx, err, fd) {
  if (err) {
    ctx.callback(err);
    return;
  }
  ctx.fd = fd;
  fsb().fstat(fd, (err2, stats) => {
    if (err2) return readFileClose(ctx, err2);
    const size = ctx.size = isFileType(stats, S_IFREG) ? stats[8] : 0;
    if (size > kIoMaxLength) {
      return readFileClose(ctx, nodeError(RangeError, 'ERR_FS_FILE_TOO_LARGE',
        `File size (${size}) is greater than 2 GiB`));
    }
    try {
      if (size === 0) ctx.buffers = [];
      else ctx.buffer = Buffer.allocUnsafeSlow(size);
    } catch (e) {
      return readFileClose(ctx, e);
    }
    return readFileRead(ctx);
  });
}

function readFileRead(ctx) {
  if (ctx.signal?.aborted) {
    readFileClose(ctx, new AbortError(undefined, { cause: ctx.signal.reason }));
    return;
  }
  let buffer;
  let offset;
  let length;
  if (ctx.size === 0) {
    buffer = ctx.buffer = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
    offset = 0;
    length = kReadFileUnknownBufferLength;
  } else {
    buffer = ctx.buffer;
    offset = ctx.pos;
    length = Math.min(kReadFileBufferLength, ctx.size - ctx.pos);
  }
  fsb().read(ctx.fd, buffer, offset, length, -1, (err, bytesRead) => {
    if (err) return readFileClose(ctx, err);
    ctx.pos += bytesRead;
    if (ctx.pos === ctx.size || bytesRead === 0) return readFileClose(ctx);
    if (ctx.size === 0) {
      ctx.buffers.push(bytesRead === kReadFileUnknownBufferLength ? ctx.buffer : ctx.buffer.slice(0, bytesRead));
    }
    return readFileRead(ctx);
  });
}

function readFileClose(ctx, err) {
  ctx.err = err || null;
  if (ctx.isUserFd) {
    nextTick(() => readFileAfterClose(ctx, null));
    return;
  }
  fsb().close(ctx.fd, (closeErr) => readFileAfterClose(ctx, closeErr));
}

function readFileAfterClose(ctx, err) {
  const { callback } = ctx;
  if (ctx.err || err) {
    callback(aggregateTwoErrors(err, ctx.err));
    return;
  }
  let buffer;
  try {
    if (ctx.size === 0) buffer = Buffer.concat(ctx.buffers, ctx.pos);
    else if (ctx.pos < ctx.size) buffer = ctx.buffer.slice(0, ctx.pos);
    else buffer = ctx.buffer;
    if (ctx.encoding) buffer = decodeBuffer(buffer, ctx.encoding);
  } catch (e) {
    callback(e);
    return;
  }
  callback(null, buffer);
}

function tryStatSync(fd, isUserFd) {
  try {
    return fsb().fstat(fd);
  } catch (e) {
    if (!isUserFd) fs.closeSync(fd);
    throw e;
  }
}

function tryCreateBuffer(size, fd, isUserFd) {
  let threw = true;
  let buffer;
  try {
    if (size > kIoMaxLength) {
      throw nodeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${size}) is greater than 2 GiB`);
    }
    buffer = Buffer.allocUnsafe(size);
    threw = false;
  } finally {
    if (threw && !isUserFd) fs.closeSync(fd);
  }
  return buffer;
}

function tryReadSync(fd, isUserFd, buffer, pos, len) {
  let threw = true;
  let bytesRead;
  try {
    bytesRead = fs.readSync(fd, buffer, pos, len);
    threw = false;
  } finally {
    if (threw && !isUserFd) fs.closeSync(fd);
  }
  return bytesRead;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  const flags = stringToFlags(options.flag);
  const enc = options.encoding;
  if (!isUserFd) path = getValidatedPath(path);
  // Fast path: a plain read of a whole file by name.
  if (!isUserFd && flags === constants.O_RDONLY && enc !== 'buffer') {
    let bytes = null;
    try {
      bytes = binding.readFile(toNative(path));
    } catch {
      // The slow path reports errors as Node does (a directory opens and
      // fails at read()) and reaches /dev/stdin & co.
    }
    if (bytes !== null) {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return enc ? buf.toString(enc) : buf;
    }
  }
  const fd = isUserFd ? path : fs.openSync(path, options.flag, 0o666);
  const stats = tryStatSync(fd, isUserFd);
  const size = isFileType(stats, S_IFREG) ? stats[8] : 0;
  let pos = 0;
  let buffer;
  let buffers;
  if (size === 0) buffers = [];
  else buffer = tryCreateBuffer(size, fd, isUserFd);
  let bytesRead;
  if (size !== 0) {
    do {
      bytesRead = tryReadSync(fd, isUserFd, buffer, pos, size - pos);
      pos += bytesRead;
    } while (bytesRead !== 0 && pos < size);
  } else {
    do {
      buffer = Buffer.allocUnsafe(8192);
      bytesRead = tryReadSync(fd, isUserFd, buffer, 0, 8192);
      if (bytesRead !== 0) buffers.push(buffer.slice(0, bytesRead));
      pos += bytesRead;
    } while (bytesRead !== 0);
  }
  if (!isUserFd) fs.closeSync(fd);
  if (size === 0) buffer = Buffer.concat(buffers, pos);
  else if (pos < size) buffer = buffer.slice(0, pos);
  if (enc) buffer = decodeBuffer(buffer, enc);
  return buffer;
}

// ---------------------------------------------------------------------------
// open / close

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  fsb().close(fdArg(fd), voidCb(callback));
}

function closeSync(fd) {
  fsb().close(fdArg(fd));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  fsb().open(toNative(path), flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return fsb().open(toNative(getValidatedPath(path)), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

// ---------------------------------------------------------------------------
// read / write

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? {});
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) throw argValueError('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  fsb().read(fd, buffer, offset, length, position, (err, bytesRead) => {
    callback(err, bytesRead || 0, buffer);
  });
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) throw argValueError('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  return fsb().read(fdArg(fd), buffer, offset, length, position);
}

// readv/writev: one read/write per buffer, stopping at a short transfer.
function nextPosition(position, n) {
  if (typeof position !== 'number') return position;
  return position + n;
}

function readvLoop(fd, buffers, position, callback) {
  let total = 0;
  let i = 0;
  const step = () => {
    while (i < buffers.length && buffers[i].byteLength === 0) i++;
    if (i >= buffers.length) return callback(null, total);
    const b = buffers[i];
    return fsb().read(fd, b, 0, b.byteLength, position ?? -1, (err, n) => {
      if (err) return callback(err);
      total += n;
      position = nextPosition(position, n);
      if (n < b.byteLength) return callback(null, total);
      i++;
      return step();
    });
  };
  step();
}

function readvSyncLoop(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = fsb().read(fd, b, 0, b.byteLength, position ?? -1);
    total += n;
    position = nextPosition(position, n);
    if (n < b.byteLength) break;
  }
  return total;
}

function writevLoop(fd, buffers, position, callback) {
  let total = 0;
  let i = 0;
  const step = () => {
    while (i < buffers.length && buffers[i].byteLength === 0) i++;
    if (i >= buffers.length) return callback(null, total);
    const b = buffers[i];
    return fsb().write(fd, b, 0, b.byteLength, position ?? -1, (err, n) => {
      if (err) return callback(err);
      total += n;
      position = nextPosition(position, n);
      if (n < b.byteLength) return callback(null, total);
      i++;
      return step();
    });
  };
  step();
}

function writevSyncLoop(fd, buffers, position) {
  let total = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = fsb().write(fd, b, 0, b.byteLength, position ?? -1);
    total += n;
    position = nextPosition(position, n);
    if (n < b.byteLength) break;
  }
  return total;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (typeof position !== 'number') position = null;
  readvLoop(fd, buffers, position, (err, n) => callback(err, n || 0, buffers));
}

function readvSync(fd, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return readvSyncLoop(fdArg(fd), buffers, position);
}

// write(fd, string, position) of the binding is UTF-8 only.
function stringToWrite(str, encoding) {
  if (encoding == null || !Buffer.isEncoding(encoding)) return null;
  const e = String(encoding).toLowerCase();
  if (e === 'utf8' || e === 'utf-8') return null;
  return Buffer.from(str, encoding);
}

function safePos(position) {
  return Number.isSafeInteger(position) ? position : -1;
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback ||= position || length || offset;
    validateFunction(callback, 'cb');
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    fsb().write(fd, buffer, offset, length, safePos(position), wrapper);
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = position;
  validateFunction(callback, 'cb');
  const bytes = stringToWrite(str, length);
  if (bytes) fsb().write(fd, bytes, 0, bytes.byteLength, safePos(offset), wrapper);
  else fsb().write(fd, str, safePos(offset), wrapper);
}

// writeSync's errors come from UVException(ctx) in Node: keys errno,
// syscall, code (the other sync calls throw errno, code, syscall).
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  try {
    return writeSyncImpl(fd, buffer, offsetOrOptions, length, position);
  } catch (e) {
    if (e instanceof Error && typeof e.errno === 'number' && typeof e.code === 'string' && 'syscall' in e) {
      const { code } = e;
      delete e.code;
      e.code = code;
      if ('path' in e) {
        const { path } = e;
        delete e.path;
        e.path = path;
      }
    }
    throw e;
  }
}

function writeSyncImpl(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? {});
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return fsb().write(fdArg(fd), buffer, offset, length, safePos(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  const bytes = stringToWrite(buffer, length);
  if (bytes) return fsb().write(fdArg(fd), bytes, 0, bytes.byteLength, safePos(offset));
  return fsb().write(fdArg(fd), buffer, safePos(offset));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (buffers.length === 0) {
    nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  writevLoop(fd, buffers, position, (err, n) => callback(err, n || 0, buffers));
}

function writevSync(fd, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return writevSyncLoop(fdArg(fd), buffers, position);
}

// util.promisify(fs.read) & co. resolve to { bytesRead, buffer } as in Node.
function promisifyArgs(fn, names) {
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: {
      [fn.name](...args) {
        return new Promise((resolve, reject) => {
          Reflect.apply(fn, this, [...args, (err, a, b) => {
            if (err) reject(err);
            else resolve({ [names[0]]: a, [names[1]]: b });
          }]);
        });
      },
    }[fn.name],
    enumerable: false,
    configurable: true,
  });
}
promisifyArgs(read, ['bytesRead', 'buffer']);
promisifyArgs(readv, ['bytesRead', 'buffers']);
promisifyArgs(write, ['bytesWritten', 'buffer']);
promisifyArgs(writev, ['bytesWritten', 'buffer']);

// ---------------------------------------------------------------------------
// rename / truncate / rm / rmdir / fsync

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  fsb().rename(toNative(getValidatedPath(oldPath, 'oldPath')), toNative(getValidatedPath(newPath, 'newPath')),
    voidCb(callback));
}

function renameSync(oldPath, newPath) {
  fsb().rename(toNative(getValidatedPath(oldPath, 'oldPath')), toNative(getValidatedPath(newPath, 'newPath')));
}

let truncateWarn = true;
function showTruncateDeprecation() {
  if (truncateWarn) {
    globalThis.process.emitWarning(
      'Using fs.truncate with a file descriptor is deprecated. Please use ' +
      'fs.ftruncate with a file descriptor instead.',
      'DeprecationWarning', 'DEP0081');
    truncateWarn = false;
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  validateFunction(callback, 'cb');
  fs.open(path, 'r+', (er, fd) => {
    if (er) return callback(er);
    return fsb().ftruncate(fd, len, (er1) => {
      fs.close(fd, (er2) => {
        callback(aggregateTwoErrors(er2, er1));
      });
    });
  });
  return undefined;
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
  return undefined;
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  fsb().ftruncate(fdArg(fd), len, voidCb(callback));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fsb().ftruncate(fdArg(fd), len < 0 ? 0 : len);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true, (err, opts) => {
      if (err === false) {
        fsb().rmdir(toNative(path), voidCb(callback));
        return;
      }
      if (err) {
        callback(err);
        return;
      }
      rimraf(path, opts, callback);
    });
  } else {
    validateRmdirOptions(options);
    fsb().rmdir(toNative(path), voidCb(callback));
  }
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (options !== false) return rimrafSync(path, options);
  } else {
    validateRmdirOptions(options);
  }
  fsb().rmdir(toNative(path));
  return undefined;
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, (err, opts) => {
    if (err) return callback(err);
    return rimraf(path, opts, callback);
  });
}

function rmSync(path, options) {
  return rimrafSync(getValidatedPath(path), validateRmOptionsSync(path, options, false));
}

function fdatasync(fd, callback) {
  fsb().fdatasync(fdArg(fd), voidCb(makeCallback(callback)));
}

function fdatasyncSync(fd) {
  fsb().fdatasync(fdArg(fd));
}

function fsync(fd, callback) {
  fsb().fsync(fdArg(fd), voidCb(makeCallback(callback)));
}

function fsyncSync(fd) {
  fsb().fsync(fdArg(fd));
}

// ---------------------------------------------------------------------------
// mkdir (recursive: libuv's MKDirp, reporting the first directory created)

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

const kNotDirErrors = new Set(['EACCES', 'ENOSPC', 'ENOTDIR', 'EPERM']);

// One step of MKDirp: returns 'again' to continue, or [err] / [null, first].
function mkdirpStep(state, err, next) {
  // err: the result of mkdir(next)
  if (!err) {
    if (state.first === undefined) state.first = next;
    return null;
  }
  if (kNotDirErrors.has(err.code)) return err;
  if (err.code === 'ENOENT') {
    const dirname = next.slice(0, next.lastIndexOf('/'));
    if (dirname !== next && next.includes('/')) {
      state.paths.push(next);
      state.paths.push(dirname);
      return null;
    }
    return err;
  }
  return 'stat';
}

function mkdirpSync(path, mode) {
  const state = { paths: [path], first: undefined };
  while (state.paths.length > 0) {
    const next = state.paths.pop();
    let err = null;
    try {
      fsb().mkdir(next, mode);
    } catch (e) {
      err = e;
    }
    const r = mkdirpStep(state, err, next);
    if (r === null) continue;
    if (r !== 'stat') throw withPath(r, 'mkdir', path);
    let st;
    try {
      st = fsb().stat(next);
    } catch (e) {
      throw withPath(e, 'mkdir', path);
    }
    if ((st[1] & constants.S_IFMT) !== constants.S_IFDIR) {
      const code = err.code === 'EEXIST' && state.paths.length > 0 ? 'ENOTDIR' : 'EEXIST';
      throw uvError(code, 'mkdir', path);
    }
  }
  return state.first;
}

function mkdirpAsync(path, mode, callback) {
  const state = { paths: [path], first: undefined };
  const loop = () => {
    if (state.paths.length === 0) return callback(null, state.first);
    const next = state.paths.pop();
    return fsb().mkdir(next, mode, (err) => {
      const r = mkdirpStep(state, err, next);
      if (r === null) return loop();
      if (r !== 'stat') return callback(withPath(r, 'mkdir', path));
      return fsb().stat(next, (e2, st) => {
        if (e2) return callback(withPath(e2, 'mkdir', path));
        if ((st[1] & constants.S_IFMT) !== constants.S_IFDIR) {
          const code = err.code === 'EEXIST' && state.paths.length > 0 ? 'ENOTDIR' : 'EEXIST';
          return callback(uvError(code, 'mkdir', path));
        }
        return loop();
      });
    });
  };
  loop();
}

function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') {
    callback = options;
  } else {
    ({ mode, recursive } = parseMkdirOptions(options));
  }
  callback = makeCallback(callback);
  path = toNative(getValidatedPath(path));
  if (recursive) mkdirpAsync(path, mode, callback);
  else fsb().mkdir(path, mode, voidCb(callback));
}

function mkdirSync(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  path = toNative(getValidatedPath(path));
  if (recursive) return mkdirpSync(path, mode);
  fsb().mkdir(path, mode);
  return undefined;
}

// ---------------------------------------------------------------------------
// readdir

// binding.fs.readdir(path, withTypes), sorted as libuv's scandir sorts.
function sortEntries(result, withTypes) {
  if (!withTypes) return result.sort(compareNames);
  const [names, types] = result;
  const idx = names.map((_, i) => i).sort((a, b) => compareNames(names[a], names[b]));
  return [idx.map((i) => names[i]), idx.map((i) => types[i])];
}

function encodeNames(names, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return names;
  return names.map((n) => encodeResult(n, encoding));
}

function joinPath(path, name) {
  if (typeof path === 'string' && typeof name === 'string') return pathModule.join(path, name);
  const p = typeof path === 'string' ? Buffer.from(path) : Buffer.from(path.buffer, path.byteOffset, path.byteLength);
  const n = typeof name === 'string' ? Buffer.from(name) : name;
  return Buffer.concat([p, Buffer.from('/'), n]);
}

// [names, types] -> Dirents; DT_UNKNOWN entries are lstat'ed.
export function getDirentsSync(path, names, types) {
  return names.map((name, i) => getDirentSync(path, name, direntType(types[i])));
}

function getDirentSync(path, name, type) {
  if (type === UV_DIRENT_UNKNOWN) {
    const stats = fs.lstatSync(joinPath(path, name));
    return new DirentFromStats(name, stats, path);
  }
  return new Dirent(name, type, path);
}

function getDirentsAsync(path, names, types, callback) {
  let toFinish = 0;
  let done = false;
  const out = new Array(names.length);
  const finish = (err) => {
    if (done) return;
    if (err) {
      done = true;
      callback(err);
      return;
    }
    if (toFinish === 0) {
      done = true;
      callback(null, out);
    }
  };
  for (let i = 0; i < names.length; i++) {
    const type = direntType(types[i]);
    const name = names[i];
    if (type === UV_DIRENT_UNKNOWN) {
      toFinish++;
      fs.lstat(joinPath(path, name), (err, stats) => {
        if (err) return finish(err);
        out[i] = new DirentFromStats(name, stats, path);
        toFinish--;
        return finish(null);
      });
    } else {
      out[i] = new Dirent(name, type, path);
    }
  }
  finish(null);
}

export function readdirRaw(path, withTypes, encoding) {
  const r = sortEntries(fsb().readdir(toNative(path), withTypes), withTypes);
  if (!withTypes) return encodeNames(r, encoding);
  return [encodeNames(r[0], encoding), r[1]];
}

function readdirRawAsync(path, withTypes, encoding, cb) {
  fsb().readdir(toNative(path), withTypes, (err, result) => {
    if (err) return cb(err);
    const r = sortEntries(result, withTypes);
    return cb(null, withTypes ? [encodeNames(r[0], encoding), r[1]] : encodeNames(r, encoding));
  });
}

// Directory test following links (the binding's internalModuleStat).
function isDirFollowSync(p) {
  try {
    return isFileType(fsb().stat(toNative(p)), constants.S_IFDIR);
  } catch {
    return false;
  }
}

function isDirFollowAsync(p, cb) {
  fsb().stat(toNative(p), (err, st) => cb(!err && isFileType(st, constants.S_IFDIR)));
}

function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    const r = readdirRaw(path, withFileTypes, options.encoding);
    if (withFileTypes) {
      const [names, types] = r;
      for (let k = 0; k < names.length; k++) {
        const fullPath = pathModule.join(path, names[k]);
        const dirent = getDirentSync(path, names[k], direntType(types[k]));
        results.push(dirent);
        if (dirent.isDirectory() || isDirFollowSync(fullPath)) queue.push(fullPath);
      }
    } else {
      for (const name of r) {
        const resultPath = pathModule.join(path, name);
        results.push(pathModule.relative(basePath, resultPath));
        if (isDirFollowSync(resultPath)) queue.push(resultPath);
      }
    }
  }
  return results;
}

function readdirRecursive(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const results = [];
  const queue = [basePath];
  let i = 0;
  const read = (path) => {
    readdirRawAsync(path, withFileTypes, options.encoding, (err, r) => {
      if (err) return callback(err);
      const entries = withFileTypes ? r[0].map((n, k) => [n, r[1][k]]) : r.map((n) => [n]);
      let k = 0;
      const next = () => {
        if (k >= entries.length) {
          if (i < queue.length) return read(queue[i++]);
          return callback(null, results);
        }
        const [name, type] = entries[k++];
        if (withFileTypes) {
          let dirent;
          try {
            dirent = getDirentSync(path, name, direntType(type));
          } catch (e) {
            return callback(e);
          }
          results.push(dirent);
          const fullPath = pathModule.join(path, name);
          if (dirent.isDirectory()) {
            queue.push(fullPath);
            return next();
          }
          return isDirFollowAsync(fullPath, (isDir) => {
            if (isDir) queue.push(fullPath);
            next();
          });
        }
        const resultPath = pathModule.join(path, name);
        results.push(pathModule.relative(basePath, resultPath));
        return isDirFollowAsync(resultPath, (isDir) => {
          if (isDir) queue.push(resultPath);
          next();
        });
      };
      return next();
    });
  };
  read(queue[i++]);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    readdirRecursive(path, copyObject(options), callback);
    return;
  }
  const withTypes = !!options.withFileTypes;
  readdirRawAsync(path, withTypes, options.encoding, (err, result) => {
    if (err) return callback(err);
    if (!withTypes) return callback(null, result);
    return getDirentsAsync(path, result[0], result[1], callback);
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirSyncRecursive(path, options);
  const withTypes = !!options.withFileTypes;
  const result = readdirRaw(path, withTypes, options.encoding);
  return withTypes ? getDirentsSync(path, result[0], result[1]) : result;
}

// ---------------------------------------------------------------------------
// stat family

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback, options.bigint);
  fsb().fstat(fdArg(fd), callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback, options.bigint);
  path = getValidatedPath(path);
  fsb().lstat(toNative(path), callback);
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback, options.bigint);
  fsb().stat(toNative(getValidatedPath(path)), callback);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  fsb().statfs(toNative(path), (err, stats) => {
    if (err) return callback(err);
    return callback(err, getStatFsFromBinding(stats, options.bigint));
  });
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(fsb().fstat(fdArg(fd)), options.bigint);
}

function statLike(op, path, options) {
  let a;
  try {
    a = fsb()[op](toNative(path));
  } catch (e) {
    if (options.throwIfNoEntry === false && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
  return getStatsFromBinding(a, options.bigint);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike('lstat', getValidatedPath(path), options);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike('stat', getValidatedPath(path), options);
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(fsb().statfs(toNative(getValidatedPath(path))), options.bigint);
}

// ---------------------------------------------------------------------------
// links

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  fsb().readlink(toNative(getValidatedPath(path)), (err, target) => {
    if (err) return callback(err);
    return callback(null, encodeResult(target, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeResult(fsb().readlink(toNative(getValidatedPath(path))), options.encoding);
}

function symlink(target, path, type_, callback_) {
  const type = (typeof type_ === 'string' ? type_ : null);
  const callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  stringToSymlinkType(type);
  fsb().symlink(toNative(target), toNative(path), voidCb(callback));
}

function symlinkSync(target, path, type) {
  type = (typeof type === 'string' ? type : null);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  stringToSymlinkType(type);
  fsb().symlink(toNative(target), toNative(path));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  fsb().link(toNative(existingPath), toNative(newPath), voidCb(callback));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  fsb().link(toNative(existingPath), toNative(newPath));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  fsb().unlink(toNative(getValidatedPath(path)), voidCb(callback));
}

function unlinkSync(path) {
  fsb().unlink(toNative(getValidatedPath(path)));
}

// ---------------------------------------------------------------------------
// chmod / chown / utimes

function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  fsb().fchmod(fdArg(fd), mode, voidCb(callback));
}

function fchmodSync(fd, mode) {
  fsb().fchmod(fdArg(fd), parseFileMode(mode, 'mode'));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  fsb().chmod(toNative(path), mode, voidCb(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  fsb().chmod(toNative(path), mode);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb().lchown(toNative(path), uid >>> 0, gid >>> 0, voidCb(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb().lchown(toNative(path), uid >>> 0, gid >>> 0);
}

function fchown(fd, uid, gid, callback) {
  validateIds(uid, gid);
  callback = makeCallback(callback);
  fsb().fchown(fdArg(fd), uid >>> 0, gid >>> 0, voidCb(callback));
}

function fchownSync(fd, uid, gid) {
  validateIds(uid, gid);
  fsb().fchown(fdArg(fd), uid >>> 0, gid >>> 0);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb().chown(toNative(path), uid >>> 0, gid >>> 0, voidCb(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb().chown(toNative(path), uid >>> 0, gid >>> 0);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  fsb().utimes(toNative(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), voidCb(callback));
}

function utimesSync(path, atime, mtime) {
  fsb().utimes(toNative(getValidatedPath(path)), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  fsb().futimes(fdArg(fd), atime, mtime, voidCb(callback));
}

function futimesSync(fd, atime, mtime) {
  fsb().futimes(fdArg(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  fsb().lutimes(toNative(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), voidCb(callback));
}

function lutimesSync(path, atime, mtime) {
  fsb().lutimes(toNative(getValidatedPath(path)), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// ---------------------------------------------------------------------------
// writeFile / appendFile

function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  if (signal?.aborted) {
    const abortError = new AbortError(undefined, { cause: signal.reason });
    if (isUserFd) {
      callback(abortError);
    } else {
      fs.close(fd, (err) => {
        callback(aggregateTwoErrors(err, abortError));
      });
    }
    return;
  }
  fs.write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) {
      if (isUserFd) {
        callback(writeErr);
      } else {
        fs.close(fd, (err) => {
          callback(aggregateTwoErrors(err, writeErr));
        });
      }
    } else if (written === length) {
      if (!flush) {
        if (isUserFd) callback(null);
        else fs.close(fd, callback);
      } else {
        fs.fsync(fd, (syncErr) => {
          if (syncErr) {
            if (isUserFd) {
              callback(syncErr);
            } else {
              fs.close(fd, (err) => {
                callback(aggregateTwoErrors(err, syncErr));
              });
            }
          } else if (isUserFd) {
            callback(null);
          } else {
            fs.close(fd, callback);
          }
        });
      }
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
    }
  });
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  if (isFd(path)) {
    writeAll(path, true, data, 0, data.byteLength, options.signal, flush, callback);
    return;
  }
  if (options.signal?.aborted) {
    callback(new AbortError(undefined, { cause: options.signal.reason }));
    return;
  }
  fs.open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) callback(openErr);
    else writeAll(fd, false, data, 0, data.byteLength, options.signal, flush, callback);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : fs.openSync(path, flag, options.mode);
  let offset = 0;
  let length = data.byteLength;
  try {
    while (length > 0) {
      const written = fs.writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
    if (flush) fs.fsyncSync(fd);
  } finally {
    if (!isUserFd) fs.closeSync(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFileSync(path, data, options);
}

// ---------------------------------------------------------------------------
// watch / watchFile

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  options = copyObject(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  const path = getValidatedPath(filename);
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort);
      watcher.once('close', () => {
        options.signal.removeEventListener('abort', onAbort);
      });
    }
  }
  return watcher;
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(toNative(filename));
  let st;
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  st = statWatchers.get(filename);
  if (st === undefined) {
    st = new StatWatcher(options.bigint);
    st[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, st);
  } else {
    st[kFSStatWatcherAddOrCleanRef]('add');
  }
  st.addListener('change', listener);
  return st;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(toNative(filename));
  const st = statWatchers.get(filename);
  if (st === undefined) return;
  if (typeof listener === 'function') {
    const before = st.listenerCount('change');
    st.removeListener('change', listener);
    if (st.listenerCount('change') < before) st[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    st.removeAllListeners('change');
    st[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (st.listenerCount('change') === 0) {
    st.stop();
    statWatchers.delete(filename);
  }
}

// ---------------------------------------------------------------------------
// realpath: Node's JS walk (lstat each component, readlink the links)

function splitRoot(str) {
  for (let i = 0; i < str.length; ++i) {
    if (str.charCodeAt(i) !== 47) return str.slice(0, i);
  }
  return str;
}

function encodeRealpathResult(result, options) {
  if (!options || !options.encoding || options.encoding === 'utf8') return result;
  const asBuffer = Buffer.from(result);
  if (options.encoding === 'buffer') return asBuffer;
  return asBuffer.toString(options.encoding);
}

function realpathArg(p) {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return pathModule.resolve(p);
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = realpathArg(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let pos;
  let current;
  let base;
  let previous;
  current = base = splitRoot(p);
  pos = current.length;
  while (pos < p.length) {
    const result = p.indexOf('/', pos);
    previous = current;
    if (result === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, result + 1);
      base = previous + p.slice(pos, result);
      pos = result + 1;
    }
    if (knownHard.has(base)) continue;
    const stats = fsb().lstat(base);
    if (!isFileType(stats, S_IFLNK)) {
      knownHard.add(base);
      if (isFileType(stats, S_IFIFO) || isFileType(stats, S_IFSOCK)) break;
      continue;
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    let linkTarget = null;
    if (seenLinks.has(id)) linkTarget = seenLinks.get(id);
    if (linkTarget === null) {
      fsb().stat(base);
      linkTarget = fsb().readlink(base);
    }
    const resolvedLink = pathModule.resolve(previous, linkTarget);
    seenLinks.set(id, linkTarget);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = base = splitRoot(p);
    pos = current.length;
  }
  return encodeRealpathResult(p, options);
}

realpathSync.native = (path, options) => {
  options = getOptions(options);
  return encodeResult(fsb().realpath(toNative(getValidatedPath(path))), options.encoding);
};

function realpath(p, options, callback) {
  if (typeof options === 'function') callback = options;
  else validateFunction(callback, 'cb');
  options = getOptions(options);
  p = realpathArg(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let pos;
  let current;
  let base;
  let previous;
  current = base = splitRoot(p);
  pos = current.length;

  function LOOP() {
    if (pos >= p.length) return callback(null, encodeRealpathResult(p, options));
    const result = p.indexOf('/', pos);
    previous = current;
    if (result === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, result + 1);
      base = previous + p.slice(pos, result);
      pos = result + 1;
    }
    if (knownHard.has(base)) return nextTick(LOOP);
    return fsb().lstat(base, gotStat);
  }

  function gotStat(err, stats) {
    if (err) return callback(err);
    if (!isFileType(stats, S_IFLNK)) {
      knownHard.add(base);
      if (isFileType(stats, S_IFIFO) || isFileType(stats, S_IFSOCK)) {
        return callback(null, encodeRealpathResult(p, options));
      }
      return nextTick(LOOP);
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    if (seenLinks.has(id)) return gotTarget(null, seenLinks.get(id));
    return fsb().stat(base, (err2) => {
      if (err2) return callback(err2);
      return fsb().readlink(base, (err3, target) => {
        seenLinks.set(id, target);
        gotTarget(err3, target);
      });
    });
  }

  function gotTarget(err, target) {
    if (err) return callback(err);
    const resolvedLink = pathModule.resolve(previous, target);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = base = splitRoot(p);
    pos = current.length;
    return nextTick(LOOP);
  }

  nextTick(LOOP);
}

realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  fsb().realpath(toNative(path), (err, result) => {
    if (err) return callback(err);
    return callback(null, encodeResult(result, options.encoding));
  });
};

// ---------------------------------------------------------------------------
// mkdtemp / copyFile / cp

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  fsb().mkdtemp(toNative(prefix), (err, path) => {
    if (err) return callback(withPath(err, 'mkdtemp', mkdtempErrorPath(toNative(prefix))));
    return callback(null, encodeResult(path, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  let path;
  try {
    path = fsb().mkdtemp(toNative(prefix));
  } catch (e) {
    throw withPath(e, 'mkdtemp', `${toNative(prefix)}XXXXXX`);
  }
  return encodeResult(path, options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  fsb().copyFile(toNative(src), toNative(dest), getValidMode(mode, 'copyFile'), voidCb(callback));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  fsb().copyFile(toNative(src), toNative(dest), getValidMode(mode, 'copyFile'));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = toNative(getValidatedPath(src, 'src'));
  dest = toNative(getValidatedPath(dest, 'dest'));
  cpFn(src, dest, options).then(() => nextTick(callback, null), (err) => {
    if (!err) {
      const e = nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
      e.reason = err;
      err = e;
    }
    nextTick(callback, err);
  });
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = toNative(getValidatedPath(src, 'src'));
  dest = toNative(getValidatedPath(dest, 'dest'));
  cpSyncFn(src, dest, options);
}

// ---------------------------------------------------------------------------
// Streams

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

// ---------------------------------------------------------------------------

const Stats = deprecate(StatsImpl, 'fs.Stats constructor is deprecated.', 'DEP0180');

let ReadStreamRef = ReadStream;
let WriteStreamRef = WriteStream;
let FileReadStream = ReadStream;
let FileWriteStream = WriteStream;

const fs = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  get ReadStream() { return ReadStreamRef; },
  set ReadStream(val) { ReadStreamRef = val; },
  get WriteStream() { return WriteStreamRef; },
  set WriteStream(val) { WriteStreamRef = val; },
  get FileReadStream() { return FileReadStream; },
  set FileReadStream(val) { FileReadStream = val; },
  get FileWriteStream() { return FileWriteStream; },
  set FileWriteStream(val) { FileWriteStream = val; },
  _toUnixTimestamp: toUnixTimestamp,
};

// Lazy properties in Node (defineLazyProperties): data properties once read.
for (const [name, value] of [['Dir', Dir], ['opendir', opendir], ['opendirSync', opendirSync]]) {
  const set = { [`set ${name}`](v) { Object.defineProperty(fs, name, { writable: true, value: v }); } }[`set ${name}`];
  const get = { [name]() { set(value); return value; } }[name];
  Object.defineProperty(fs, name, { configurable: true, enumerable: true, get, set });
}

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: F_OK },
  R_OK: { enumerable: true, value: R_OK },
  W_OK: { enumerable: true, value: W_OK },
  X_OK: { enumerable: true, value: X_OK },
  constants: { configurable: false, enumerable: true, value: constants },
  promises: { configurable: true, enumerable: true, get() { return promises; } },
});

fsRef.fs = fs;

export default fs;
