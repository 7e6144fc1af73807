// node:fs/promises over the kernel VFS bridge (lib/internal/fs/promises.js):
// every operation runs on the binding's thread pool; FileHandle wraps a
// descriptor (refcounted while operations run, 'close' event, async
// dispose, read/write streams, readLines).
import { binding } from '../bootstrap/native.js';
import EventEmitter from './events.js';
import pathModule from './path.js';
import {
  Buffer, constants, fsRef, AbortError, kIoMaxLength, kReadFileBufferLength, kReadFileUnknownBufferLength,
  kWriteFileMaxChunkSize, kMaxUserId, kFileHandle, kRef, kUnref,
  argValueError, aggregateTwoErrors, nodeError, withPath,
  validateBoolean, validateInteger, validateObject, validateBuffer, validateEncoding, validateAbortSignal,
  kValidateObjectAllowNullable, parseFileMode, isArrayBufferView, getValidatedPath, getValidatedFd, toNative, getOptions,
  copyObject, stringToFlags, stringToSymlinkType, toUnixTimestamp, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateBufferArray, validateStringAfterArrayBufferView,
  getValidMode, warnOnNonPortableTemplate, emitRecursiveRmdirWarning, encodeResult, compareNames,
  Dirent, DirentFromStats, direntType, UV_DIRENT_UNKNOWN, getStatsFromBinding, getStatFsFromBinding,
  isFileType, S_IFREG, S_IFDIR, callPromise, uvError, decodeBuffer, mkdtempErrorPath,
} from './internal/fs-utils.js';
import { ReadStream, WriteStream } from './internal/fs-streams.js';
import { opendirPromise } from './internal/fs-dir.js';
import { rimrafPromises, validateRmOptions, validateRmdirOptions } from './internal/fs-rimraf.js';
import { cpFn, validateCpOptions } from './internal/fs-cp.js';
import { watch as watchImpl } from './internal/fs-watchers.js';
import { promisesGlob } from './internal/fs-glob.js';
import { createLineReader } from './internal/fs-lines.js';

const { F_OK } = constants;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kLocked = Symbol('kLocked');

// Node's C++ validates descriptors (a closed FileHandle's fd is -1).
const fdOps = new Set(['close', 'read', 'write', 'fstat', 'ftruncate', 'fsync', 'fdatasync', 'fchmod', 'fchown', 'futimes']);
function op(name, ...args) {
  if (fdOps.has(name)) getValidatedFd(args[0]);
  return callPromise(name, ...args);
}

function closeFd(fd) {
  return op('close', fd);
}

export class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd === undefined ? -1 : fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    // `close` is an own property in Node (an arrow function field).
    this.close = () => {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosePromise]) return this[kClosePromise];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        const fdToClose = this[kFd];
        this[kFd] = -1;
        this[kClosePromise] = closeFd(fdToClose).finally(() => {
          this[kClosePromise] = undefined;
        });
      } else {
        this[kClosePromise] = new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }).finally(() => {
          this[kClosePromise] = undefined;
          this[kCloseReject] = undefined;
          this[kCloseResolve] = undefined;
        });
      }
      this.emit('close');
      return this[kClosePromise];
    };
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFile, this, options);
  }

  readLines(options = undefined) {
    return createLineReader(this.createReadStream(options));
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw nodeError(Error, 'ERR_INVALID_STATE', 'Invalid state: The FileHandle is closed');
    if (this[kClosePromise]) throw nodeError(Error, 'ERR_INVALID_STATE', 'Invalid state: The FileHandle is closing');
    if (this[kLocked]) throw nodeError(Error, 'ERR_INVALID_STATE', 'Invalid state: The FileHandle is locked');
    this[kLocked] = true;
    validateObject(options, 'options');
    const { type = 'bytes', autoClose = false } = options;
    validateBoolean(autoClose, 'options.autoClose');
    if (type !== 'bytes') {
      globalThis.process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is ' +
        'always created.', 'ExperimentalWarning');
    }
    const ondone = async () => {
      this[kUnref]();
      if (autoClose) await this.close();
    };
    const handle = this;
    const { ReadableStream } = globalThis;
    const readable = new ReadableStream({
      async pull(controller) {
        const buffer = new Uint8Array(16384);
        const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength);
        if (bytesRead === 0) {
          controller.close();
          await ondone();
          return;
        }
        controller.enqueue(buffer.subarray(0, bytesRead));
      },
      async cancel() {
        await ondone();
      },
    });
    this[kRef]();
    this.once('close', () => {
      readable.cancel().catch(() => {});
    });
    return readable;
  }

  createReadStream(options = undefined) {
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fdToClose = this[kFd];
      this[kFd] = -1;
      closeFd(fdToClose).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}
Object.defineProperty(FileHandle.prototype, kFileHandle, { value: true });

async function fsCall(fn, handle, ...args) {
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function handleFdClose(fileOpPromise, closeFunc) {
  return fileOpPromise.then(
    (result) => closeFunc().then(() => result),
    (opError) => closeFunc().then(
      () => Promise.reject(opError),
      (closeError) => Promise.reject(aggregateTwoErrors(closeError, opError)),
    ),
  );
}

function handleFdSync(fileOpPromise, handle) {
  return fileOpPromise.then((result) => handle.sync().then(() => result));
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function');
}

function isCustomIterable(obj) {
  return isIterable(obj) && !isArrayBufferView(obj) && typeof obj !== 'string';
}

async function writeFileHandle(filehandle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const buf of data) {
      checkAborted(signal);
      const toWrite = isArrayBufferView(buf) ? buf : Buffer.from(buf, encoding || 'utf8');
      let remaining = toWrite.byteLength;
      while (remaining > 0) {
        const writeSize = Math.min(kWriteFileMaxChunkSize, remaining);
        const { bytesWritten } = await write(filehandle, toWrite, toWrite.byteLength - remaining, writeSize);
        remaining -= bytesWritten;
        checkAborted(signal);
      }
    }
    return;
  }
  data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let remaining = data.byteLength;
  if (remaining === 0) return;
  do {
    checkAborted(signal);
    const { bytesWritten } = await write(filehandle, data, 0, Math.min(kWriteFileMaxChunkSize, data.byteLength));
    remaining -= bytesWritten;
    data = new Uint8Array(data.buffer, data.byteOffset + bytesWritten, data.byteLength - bytesWritten);
  } while (remaining > 0);
}

async function readFileHandle(filehandle, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const statFields = await op('fstat', filehandle.fd);
  checkAborted(signal);
  let size = 0;
  if (isFileType(statFields, S_IFREG)) size = statFields[8];
  if (size > kIoMaxLength) {
    throw nodeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${size}) is greater than 2 GiB`);
  }
  const chunks = [];
  let totalRead = 0;
  if (size > 0) {
    const buffer = Buffer.allocUnsafeSlow(size);
    while (totalRead < size) {
      checkAborted(signal);
      const length = Math.min(size - totalRead, kReadFileBufferLength);
      const bytesRead = (await op('read', filehandle.fd, buffer, totalRead, length, -1)) || 0;
      if (bytesRead === 0) break;
      totalRead += bytesRead;
    }
    const out = totalRead === size ? buffer : buffer.subarray(0, totalRead);
    return encoding ? decodeBuffer(out, encoding) : out;
  }
  for (;;) {
    checkAborted(signal);
    const buffer = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
    const bytesRead = (await op('read', filehandle.fd, buffer, 0, kReadFileUnknownBufferLength, -1)) || 0;
    if (bytesRead === 0) break;
    chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    totalRead += bytesRead;
  }
  const out = Buffer.concat(chunks, totalRead);
  return encoding ? decodeBuffer(out, encoding) : out;
}

// ---------------------------------------------------------------------------

async function access(path, mode = F_OK) {
  return op('access', toNative(getValidatedPath(path)), getValidMode(mode, 'access')).then(() => undefined);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = toNative(getValidatedPath(src, 'src'));
  dest = toNative(getValidatedPath(dest, 'dest'));
  return cpFn(src, dest, options);
}

async function copyFile(src, dest, mode) {
  await op('copyFile', toNative(getValidatedPath(src, 'src')), toNative(getValidatedPath(dest, 'dest')),
    getValidMode(mode, 'copyFile'));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await op('open', toNative(path), flagsNumber, mode));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? {});
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { bytesRead: length, buffer };
  if (buffer.byteLength === 0) throw argValueError('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const bytesRead = (await op('read', handle.fd, buffer, offset, length, position)) || 0;
  return { bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  let bytesRead = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = await op('read', handle.fd, b, 0, b.byteLength, position ?? -1);
    bytesRead += n;
    if (position !== null) position += n;
    if (n < b.byteLength) break;
  }
  return { bytesRead, buffers };
}

const safePos = (p) => (Number.isSafeInteger(p) ? p : -1);

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await op('write', handle.fd, buffer, offset, length, safePos(position))) || 0;
    return { bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  let bytesWritten;
  if (length != null && Buffer.isEncoding(length) && !/^utf-?8$/i.test(length)) {
    const bytes = Buffer.from(buffer, length);
    bytesWritten = await op('write', handle.fd, bytes, 0, bytes.byteLength, safePos(offset));
  } else {
    bytesWritten = await op('write', handle.fd, buffer, safePos(offset));
  }
  return { bytesWritten: bytesWritten || 0, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { bytesWritten: 0, buffers };
  let bytesWritten = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = await op('write', handle.fd, b, 0, b.byteLength, position ?? -1);
    bytesWritten += n;
    if (position !== null) position += n;
    if (n < b.byteLength) break;
  }
  return { bytesWritten, buffers };
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await op('rename', toNative(oldPath), toNative(newPath));
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleFdClose(ftruncate(fd, len), fd.close);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  await op('ftruncate', handle.fd, len);
}

function validateRmOptionsPromise(path, options, expectDir) {
  return new Promise((resolve, reject) => {
    validateRmOptions(path, options, expectDir, (err, opts) => (err ? reject(err) : resolve(opts)));
  });
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = await validateRmOptionsPromise(path, options, false);
  return rimrafPromises(path, options);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) return rimrafPromises(path, options);
  }
  await op('rmdir', toNative(path));
  return undefined;
}

async function fdatasync(handle) {
  await op('fdatasync', handle.fd);
}

async function fsync(handle) {
  await op('fsync', handle.fd);
}

async function mkdirp(path, mode) {
  const paths = [path];
  let first;
  while (paths.length > 0) {
    const next = paths.pop();
    let err = null;
    try {
      await op('mkdir', next, mode);
    } catch (e) {
      err = e;
    }
    if (!err) {
      if (first === undefined) first = next;
      continue;
    }
    if (['EACCES', 'ENOSPC', 'ENOTDIR', 'EPERM'].includes(err.code)) throw withPath(err, 'mkdir', path);
    if (err.code === 'ENOENT') {
      const dirname = next.slice(0, next.lastIndexOf('/'));
      if (dirname !== next && next.includes('/')) {
        paths.push(next, dirname);
        continue;
      }
      throw withPath(err, 'mkdir', path);
    }
    let st;
    try {
      st = await op('stat', next);
    } catch (e) {
      throw withPath(e, 'mkdir', path);
    }
    if (!isFileType(st, S_IFDIR)) {
      throw uvError(err.code === 'EEXIST' && paths.length > 0 ? 'ENOTDIR' : 'EEXIST', 'mkdir', path);
    }
  }
  return first;
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  const { recursive = false, mode = 0o777 } = options || {};
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const m = parseFileMode(mode, 'mode', 0o777);
  if (recursive) return mkdirp(toNative(path), m);
  await op('mkdir', toNative(path), m);
  return undefined;
}

async function readdirRaw(path, withTypes, encoding) {
  const result = await op('readdir', toNative(path), withTypes);
  const enc = (names) => (encoding && encoding !== 'utf8' && encoding !== 'utf-8'
    ? names.map((n) => encodeResult(n, encoding)) : names);
  if (!withTypes) return enc(result.sort(compareNames));
  const [names, types] = result;
  const idx = names.map((_, i) => i).sort((a, b) => compareNames(names[a], names[b]));
  return [enc(idx.map((i) => names[i])), idx.map((i) => types[i])];
}

async function getDirents(path, names, types) {
  const out = [];
  for (let i = 0; i < names.length; i++) {
    const type = direntType(types[i]);
    if (type === UV_DIRENT_UNKNOWN) {
      const st = await lstat(typeof path === 'string' ? pathModule.join(path, String(names[i]))
        : Buffer.concat([Buffer.from(path), Buffer.from('/'), Buffer.from(names[i])]));
      out.push(new DirentFromStats(names[i], st, path));
    } else {
      out.push(new Dirent(names[i], type, path));
    }
  }
  return out;
}

async function isDirFollow(p) {
  try {
    return isFileType(await op('stat', toNative(p)), S_IFDIR);
  } catch {
    return false;
  }
}

async function readdirRecursive(originalPath, options) {
  const result = [];
  const queue = [[originalPath, await readdirRaw(originalPath, !!options.withFileTypes, options.encoding)]];
  if (options.withFileTypes) {
    while (queue.length > 0) {
      const [path, entries] = queue.pop();
      for (const dirent of await getDirents(path, entries[0], entries[1])) {
        result.push(dirent);
        if (dirent.isDirectory()) {
          const direntPath = pathModule.join(path, dirent.name);
          queue.push([direntPath, await readdirRaw(direntPath, true, options.encoding)]);
        }
      }
    }
  } else {
    while (queue.length > 0) {
      const [path, entries] = queue.pop();
      for (const ent of entries) {
        const direntPath = pathModule.join(path, ent);
        result.push(pathModule.relative(originalPath, direntPath));
        if (await isDirFollow(direntPath)) {
          queue.push([direntPath, await readdirRaw(direntPath, false, options.encoding)]);
        }
      }
    }
  }
  return result;
}

async function readdir(path, options) {
  options = getOptions(options);
  options = copyObject(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursive(path, options);
  const withTypes = !!options.withFileTypes;
  const result = await readdirRaw(path, withTypes, options.encoding);
  return withTypes ? getDirents(path, result[0], result[1]) : result;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(await op('readlink', toNative(path)), options.encoding);
}

async function symlink(target, path, type_) {
  const type = (typeof type_ === 'string' ? type_ : null);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  stringToSymlinkType(type);
  await op('symlink', toNative(target), toNative(path));
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await op('fstat', handle.fd), options.bigint);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await op('lstat', toNative(path)), options.bigint);
}

async function stat(path, options = { bigint: false }) {
  return getStatsFromBinding(await op('stat', toNative(getValidatedPath(path))), options.bigint);
}

async function statfs(path, options = { bigint: false }) {
  return getStatFsFromBinding(await op('statfs', toNative(getValidatedPath(path))), options.bigint);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await op('link', toNative(existingPath), toNative(newPath));
}

async function unlink(path) {
  await op('unlink', toNative(getValidatedPath(path)));
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  await op('fchmod', handle.fd, mode);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  await op('chmod', toNative(path), mode);
}

async function lchmod(path, mode) { // eslint-disable-line no-unused-vars
  throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  await op('lchown', toNative(path), uid >>> 0, gid >>> 0);
}

async function fchown(handle, uid, gid) {
  validateIds(uid, gid);
  await op('fchown', handle.fd, uid >>> 0, gid >>> 0);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  await op('chown', toNative(path), uid >>> 0, gid >>> 0);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await op('utimes', toNative(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  await op('futimes', handle.fd, atime, mtime);
}

async function lutimes(path, atime, mtime) {
  await op('lutimes', toNative(getValidatedPath(path)), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  return encodeResult(await op('realpath', toNative(getValidatedPath(path))), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  let path;
  try {
    path = await op('mkdtemp', toNative(prefix));
  } catch (e) {
    throw withPath(e, 'mkdtemp', mkdtempErrorPath(toNative(prefix)));
  }
  return encodeResult(path, options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options.signal, options.encoding);
  checkAborted(options.signal);
  const fd = await open(path, flag, options.mode);
  let writeOp = writeFileHandle(fd, data, options.signal, options.encoding);
  if (flush) writeOp = handleFdSync(writeOp, fd);
  return handleFdClose(writeOp, fd.close);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  const fd = await open(path, flag, 0o666);
  return handleFdClose(readFileHandle(fd, options), fd.close);
}

async function* _watch(filename, options = {}) {
  validateObject(options, 'options');
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  yield* watchImpl(filename, options);
}

const opendir = opendirPromise;
Object.defineProperty(opendir, 'name', { value: 'opendir' });

const fsPromises = {
  access,
  copyFile,
  cp,
  glob: promisesGlob,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch: _watch,
  constants,
};

fsRef.promises = fsPromises;
void binding;

export default fsPromises;
