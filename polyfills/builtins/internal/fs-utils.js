// Shared pieces of node:fs and node:fs/promises: Node 22's argument
// validation (same codes and messages), flags/mode parsing, the Stats /
// BigIntStats / StatFs / Dirent classes built from the binding's arrays,
// and thin wrappers over binding.fs (sync, callback and promise forms).
import { binding } from '../../bootstrap/native.js';
import { fileURLToPath, isURL } from '../../bootstrap/url.js';
import { makeNodeError } from '../../bootstrap/errors.js';
import { inspect } from '../../bootstrap/inspect.js';
import { expectedTypesMessage, describeReceived, outOfRangeReceived } from '../../bootstrap/error-messages.js';
import { nextTick } from '../../bootstrap/task-queue.js';
import bufferModule from '../buffer.js';
import { fsConstants } from './constants-data.js';
import { AbortError } from './validators.js';

export { AbortError, nextTick };

const { Buffer } = bufferModule;
export { Buffer };

export const constants = { ...fsConstants };
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFBLK, S_IFCHR, S_IFLNK, S_IFIFO, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK, UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
} = fsConstants;

export const kIoMaxLength = 2 ** 31 - 1;
export const kReadFileUnknownBufferLength = 64 * 1024;
export const kReadFileBufferLength = 512 * 1024;
export const kWriteFileMaxChunkSize = 512 * 1024;
export const kMaxUserId = 2 ** 32 - 1;

// The fs module object, registered by fs.js (streams, cp and rimraf go
// through it, as Node's do, so monkey-patching fs affects them too).
export const fsRef = { fs: null, promises: null };

// FileHandle markers shared with the streams (no import cycle).
export const kFileHandle = Symbol('kFileHandle');
export const kRef = Symbol('kRef');
export const kUnref = Symbol('kUnref');

// ---------------------------------------------------------------------------
// Errors, with Node's messages (lib/internal/errors.js)

export function determineSpecificType(value) {
  return describeReceived(value, inspect);
}

// ERR_INVALID_ARG_TYPE(name, expected: string | string[], actual)
export function argTypeError(name, expected, actual) {
  let msg = expectedTypesMessage(name, expected);
  msg += `. Received ${determineSpecificType(actual)}`;
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

export function argValueError(name, value, reason = 'is invalid', Base = TypeError) {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(Base, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
}

export function outOfRangeError(name, range, input) {
  const received = outOfRangeReceived(input, inspect);
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

export function nodeError(Base, code, message) {
  return makeNodeError(Base, code, message);
}

// Node's SystemError (ERR_FS_CP_*, ERR_FS_EISDIR, ...):
// `${prefix}: ${syscall} returned ${code} (${message}) ${path}`.
export class SystemError extends Error {
  constructor(key, prefix, context) {
    super();
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperties(this, {
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', {
        get() { return context.path != null ? context.path.toString() : context.path; },
        set(value) { context.path = value ? Buffer.from(value.toString()) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', {
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set(value) { context.dest = value ? Buffer.from(value.toString()) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    if (typeof this.stack === 'string' && this.stack.startsWith('Error')) {
      const nl = this.stack.indexOf('\n');
      this.stack = `SystemError [${key}]: ${message}${nl === -1 ? '' : this.stack.slice(nl)}`;
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

const cpPrefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_SYSTEM_ERROR: 'A system error occurred',
};

export function systemError(key, context) {
  return new SystemError(key, cpPrefixes[key], context);
}

const uvMessages = {
  EACCES: [-13, 'permission denied'],
  EBADF: [-9, 'bad file descriptor'],
  EEXIST: [-17, 'file already exists'],
  EINVAL: [-22, 'invalid argument'],
  EISDIR: [-21, 'illegal operation on a directory'],
  ENOENT: [-2, 'no such file or directory'],
  ENOTDIR: [-20, 'not a directory'],
  ENOTEMPTY: [-39, 'directory not empty'],
  ELOOP: [-40, 'too many symbolic links encountered'],
  EPERM: [-1, 'operation not permitted'],
};

// A libuv-style error built in JS: "ENOENT: no such file or directory, open '/x'".
export function uvError(code, syscall, path, dest) {
  const [errno, text] = uvMessages[code] || [-4094, 'unknown error'];
  let message = `${code}: ${text}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// A binding error re-addressed: "CODE: text, syscall 'path'" (mkdir -p
// reports the path it was given, as Node's C++ does).
export function withPath(err, syscall, path) {
  if (!err || typeof err.code !== 'string' || typeof err.message !== 'string') return err;
  const head = `${err.code}: `;
  const at = err.message.lastIndexOf(`, ${err.syscall}`);
  const text = at > head.length ? err.message.slice(head.length, at) : err.message;
  const e = new Error(`${err.code}: ${text}, ${syscall} '${path}'`);
  e.errno = err.errno;
  e.code = err.code;
  e.syscall = syscall;
  e.path = path;
  return e;
}

// The name libuv's asynchronous mkdtemp() reports in errors: the template
// with its XXXXXX already replaced.
export function mkdtempErrorPath(prefix) {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = prefix;
  for (let i = 0; i < 6; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

// Renames the syscall of a binding error (opendir over readdir, ...).
export function renameSyscall(err, from, to) {
  if (err && err.syscall === from) {
    err.syscall = to;
    err.message = err.message.replace(`, ${from}`, `, ${to}`);
    if (typeof err.stack === 'string') err.stack = err.stack.replace(`, ${from}`, `, ${to}`);
  }
  return err;
}

export function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    // eslint-disable-next-line no-undef
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// ---------------------------------------------------------------------------
// Validators (lib/internal/validators.js)

export function validateFunction(value, name) {
  if (typeof value !== 'function') throw argTypeError(name, 'Function', value);
}

export function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw argTypeError(name, 'boolean', value);
}

export function validateString(value, name) {
  if (typeof value !== 'string') throw argTypeError(name, 'string', value);
}

export function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw argTypeError(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRangeError(name, 'an integer', value);
  if (value < min || value > max) throw outOfRangeError(name, `>= ${min} && <= ${max}`, value);
}

export function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw argTypeError(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRangeError(name, 'an integer', value);
  if (value < min || value > max) throw outOfRangeError(name, `>= ${min} && <= ${max}`, value);
}

export function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw argTypeError(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRangeError(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw outOfRangeError(name, `>= ${min} && <= ${max}`, value);
}

// validateObject(value, name, { allowArray, allowFunction, nullable })
export function validateObject(value, name, options = null) {
  if (options == null) {
    if (value === null || Array.isArray(value) || typeof value !== 'object') {
      throw argTypeError(name, 'Object', value);
    }
    return;
  }
  const { allowArray = false, allowFunction = false, nullable = false } = options;
  if ((!nullable && value === null) || (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw argTypeError(name, 'Object', value);
  }
}
export const kValidateObjectAllowNullable = { nullable: true };

export function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw argTypeError(name, 'AbortSignal', signal);
  }
}

export function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw argValueError(name, value, `must be one of: ${allowed}`);
  }
}

export function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw argTypeError(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

export function validateEncoding(data, encoding) {
  const enc = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  if (enc === 'hex' && data.length % 2 !== 0) {
    throw argValueError('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

export function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw argValueError(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

export function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) throw argValueError('encoding', encoding, 'is invalid encoding');
}

// ---------------------------------------------------------------------------
// lib/internal/fs/utils.js

export function isInt32(value) {
  return value === (value | 0);
}

export function isUint8Array(value) {
  return value instanceof Uint8Array;
}

export function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

export function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

export function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw argTypeError(propName, ['string', 'Buffer', 'URL'], path);
  }
  if ((typeof path === 'string' && path.includes('\u0000')) || (typeof path !== 'string' && path.includes(0))) {
    throw argValueError(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

export function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

// The binding takes strings: Buffer paths are decoded as UTF-8.
export function toNative(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
}

export function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

export function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw argTypeError('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

export function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

export function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
    default: break;
  }
  throw argValueError('flags', flags);
}

export function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': flags |= UV_FS_SYMLINK_DIR; break;
      case 'junction': flags |= UV_FS_SYMLINK_JUNCTION; break;
      case 'file': break;
      default:
        throw makeNodeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
          `Symlink type must be one of "dir", "file", or "junction". Received "${type}"`);
    }
  }
  return flags;
}

function isDate(value) {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (isDate(time)) return Date.prototype.getTime.call(time) / 1000;
  throw argTypeError(name, ['Date', 'Time in seconds'], time);
}

export function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw outOfRangeError('offset', '>= 0', offset);
  if (length < 0) throw outOfRangeError('length', '>= 0', length);
  if (offset + length > bufferLength) throw outOfRangeError('length', `<= ${bufferLength - offset}`, length);
}

export function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw outOfRangeError('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw outOfRangeError('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw outOfRangeError('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

export function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw outOfRangeError(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw argTypeError(name, ['integer', 'bigint'], position);
  }
}

export function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw argTypeError(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) throw argTypeError(propName, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

export function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') throw argTypeError(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

// The binding's C++ checks (GetValidFileMode): access and copyFile modes.
// (Numbers are truncated; NaN and infinities have their own message.)
export function getValidMode(mode, type) {
  const max = 7;
  if (mode == null) return 0;
  if (typeof mode !== 'number') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  const m = Math.trunc(mode);
  if (m < 0 || m > max) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  void type;
  return m === 0 ? 0 : m;
}

let nonPortableTemplateWarn = true;
export function warnOnNonPortableTemplate(template) {
  if (nonPortableTemplateWarn &&
      ((typeof template === 'string' && template.endsWith('X')) ||
       (typeof template !== 'string' && template[template.length - 1] === 0x58))) {
    globalThis.process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                                   'For details see: https://nodejs.org/api/fs.html');
    nonPortableTemplateWarn = false;
  }
}

let recursiveRmdirWarned;
export function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned === undefined) recursiveRmdirWarned = globalThis.process.noDeprecation;
  if (!recursiveRmdirWarned) {
    globalThis.process.emitWarning(
      'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
      'DeprecationWarning', 'DEP0147');
    recursiveRmdirWarned = true;
  }
}

// util.deprecate as Node's internals use it: warns once per code.
export function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!globalThis.process.noDeprecation && !warned) {
      warned = true;
      globalThis.process.emitWarning(msg, 'DeprecationWarning', code);
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  Object.defineProperty(deprecated, 'length', { ...Object.getOwnPropertyDescriptor(fn, 'length') });
  return deprecated;
}

// buf.toString(encoding) with Node's error for an unknown encoding
// ('buffer' reaches here: readFile(path, 'buffer') fails in Node too).
export function decodeBuffer(buf, encoding) {
  if (!Buffer.isEncoding(encoding)) {
    throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  return buf.toString(encoding);
}

// Encodes a name the binding returned as a string per options.encoding.
export function encodeResult(value, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return value;
  const buf = Buffer.from(value, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// libuv's scandir() sorts entries with strcmp(): byte order of the UTF-8
// names, i.e. code point order.
export function compareNames(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------------------
// Stats

const kType = Symbol('type');
const kStats = Symbol('stats');

export class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

export class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Reflect.ownKeys(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function () { return this[kStats][name](); };
}

// DT_* of the binding are UV_DIRENT_* on Linux: DT_REG 8 -> UV_DIRENT_FILE 1, ...
const dtToUv = new Map([[0, UV_DIRENT_UNKNOWN], [1, UV_DIRENT_FIFO], [2, UV_DIRENT_CHAR], [4, UV_DIRENT_DIR],
  [6, UV_DIRENT_BLOCK], [8, UV_DIRENT_FILE], [10, UV_DIRENT_LINK], [12, UV_DIRENT_SOCKET]]);
export function direntType(dt) {
  return dtToUv.get(dt) ?? UV_DIRENT_UNKNOWN;
}
export { UV_DIRENT_UNKNOWN, UV_DIRENT_DIR };

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
StatsBase.prototype.isDirectory = function isDirectory() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S_IFSOCK); };

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

const lazyDateFields = {};
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  lazyDateFields[name] = {
    enumerable: true,
    configurable: true,
    get() {
      const value = dateFromMs(this[`${name}Ms`]);
      Object.defineProperty(this, name, { value, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, name, { value, writable: true });
    },
  };
}

export function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
Object.defineProperties(BigIntStats.prototype, lazyDateFields);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

export function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperties(Stats.prototype, lazyDateFields);
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

// The binding's Float64Array(18): dev, mode, nlink, uid, gid, rdev, blksize,
// ino, size, blocks, then sec/nsec pairs of atime, mtime, ctime, birthtime.
export function getStatsFromBinding(a, bigint = false) {
  if (bigint) {
    const b = (i) => BigInt(a[i]);
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    return new BigIntStats(b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1000 + a[i + 1] / 1000000;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(10), ms(12), ms(14), ms(16));
}

export function isFileType(a, fileType) {
  return (a[1] & S_IFMT) === fileType;
}
export { S_IFREG, S_IFMT, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK };

export class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

export function getStatFsFromBinding(a, bigint = false) {
  const v = bigint ? Array.from(a, (x) => BigInt(x)) : a;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

// ---------------------------------------------------------------------------
// binding.fs wrappers

export function fsb() {
  return binding.fs;
}

// binding.fs.<op>(...args, cb), the callback run as given.
export function callAsync(op, args, cb) {
  binding.fs[op](...args, cb);
}

// binding.fs.<op>(...args) as a promise; the error gets the caller's stack
// the way Node's promise API recaptures it.
export function callPromise(op, ...args) {
  return new Promise((resolve, reject) => {
    binding.fs[op](...args, (err, result) => {
      if (err) reject(err);
      else resolve(result);
    });
  }).then(undefined, handleErrorFromBinding);
}

// The binding's error has no JS frames (it was made on the loop); recapture
// them here, where the awaiting async functions show, as Node does.
function handleErrorFromBinding(error) {
  if (error instanceof Error && typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(error, handleErrorFromBinding);
  }
  return Promise.reject(error);
}

export function callSync(op, ...args) {
  return binding.fs[op](...args);
}

// Sleeps the thread (rimraf's retry delay).
export function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
