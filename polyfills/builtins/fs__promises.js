// node:fs/promises — bridge to the kernel VFS: readFile / writeFile /
// appendFile / access are implemented over the native binding; the rest
// rejects with ERR_NOT_IMPLEMENTED naming itself.
import { binding } from '../bootstrap/native.js';
import { fileURLToPath, isURL } from '../bootstrap/url.js';
import { notImplemented } from '../bootstrap/errors.js';
import bufferModule from './buffer.js';
import { fsConstants } from './internal/constants-data.js';
import { stubAsync } from './internal/stub.js';
import { invalidArgType, invalidArgValue } from './internal/validators.js';

const { Buffer } = bufferModule;

function validatedPath(path) {
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
    throw invalidArgType('path', 'of type string or an instance of Buffer or URL', path);
  }
  if (path.includes('\u0000')) {
    throw invalidArgValue('path', path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function options(opts, defaults) {
  if (opts == null) return defaults;
  if (typeof opts === 'string') return { ...defaults, encoding: opts };
  if (typeof opts !== 'object') throw invalidArgType('options', 'one of type string or an instance of Object', opts);
  if (opts.encoding != null && opts.encoding !== 'buffer' && !Buffer.isEncoding(opts.encoding)) {
    throw invalidArgValue('encoding', opts.encoding, 'is invalid encoding');
  }
  return { ...defaults, ...opts };
}

function checkAborted(signal) {
  if (signal?.aborted) {
    const err = new Error('The operation was aborted');
    err.name = 'AbortError';
    err.code = 'ABORT_ERR';
    err.cause = signal.reason;
    throw err;
  }
}

async function readFile(path, opts) {
  opts = options(opts, { flag: 'r' });
  if (typeof path === 'number' || (path && typeof path === 'object' && typeof path.fd === 'number')) {
    throw notImplemented('fsPromises.readFile with a FileHandle');
  }
  path = validatedPath(path);
  checkAborted(opts.signal);
  if (opts.flag !== 'r') throw notImplemented(`fsPromises.readFile with flag '${opts.flag}'`);
  const enc = opts.encoding;
  if (enc === 'utf8' || enc === 'utf-8') return binding.readFileUtf8(path);
  const bytes = binding.readFile(path);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return enc && enc !== 'buffer' ? buf.toString(enc) : buf;
}

async function write(path, data, opts, append, what) {
  opts = options(opts, { encoding: 'utf8', mode: 0o666, flag: append ? 'a' : 'w' });
  if (typeof path === 'number' || (path && typeof path === 'object' && typeof path.fd === 'number')) {
    throw notImplemented(`${what} with a FileHandle`);
  }
  path = validatedPath(path);
  checkAborted(opts.signal);
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    if (data != null && (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function')) {
      throw notImplemented(`${what} with an iterable`);
    }
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, DataView, AsyncIterable, Iterable, or Stream', data);
  }
  let doAppend;
  if (opts.flag === 'w') doAppend = false;
  else if (opts.flag === 'a') doAppend = true;
  else throw notImplemented(`${what} with flag '${opts.flag}'`);
  if (typeof data === 'string' && opts.encoding && opts.encoding !== 'utf8' && opts.encoding !== 'utf-8') {
    data = Buffer.from(data, opts.encoding);
  }
  binding.writeFile(path, data, doAppend, opts.mode ?? 0o666);
}

function writeFile(path, data, opts) {
  return write(path, data, opts, false, 'fsPromises.writeFile');
}

function appendFile(path, data, opts) {
  return write(path, data, opts, true, 'fsPromises.appendFile');
}

async function access(path, mode = fsConstants.F_OK) {
  path = validatedPath(path);
  if (typeof mode !== 'number') throw invalidArgType('mode', 'of type number', mode);
  binding.access(path, mode);
}

const a = (name, length) => stubAsync(`fsPromises.${name}`, length);

const fsPromises = {
  access,
  copyFile: a('copyFile', 3),
  cp: a('cp', 3),
  glob: stubAsyncIterator('fsPromises.glob'),
  open: a('open', 3),
  opendir: a('opendir', 2),
  rename: a('rename', 2),
  truncate: a('truncate', 2),
  rm: a('rm', 2),
  rmdir: a('rmdir', 2),
  mkdir: a('mkdir', 2),
  readdir: a('readdir', 2),
  readlink: a('readlink', 2),
  symlink: a('symlink', 3),
  lstat: a('lstat', 2),
  stat: a('stat', 2),
  statfs: a('statfs', 2),
  link: a('link', 2),
  unlink: a('unlink', 1),
  chmod: a('chmod', 2),
  lchmod: a('lchmod', 2),
  lchown: a('lchown', 3),
  chown: a('chown', 3),
  utimes: a('utimes', 3),
  lutimes: a('lutimes', 3),
  realpath: a('realpath', 2),
  mkdtemp: a('mkdtemp', 2),
  writeFile,
  appendFile,
  readFile,
  watch: stubAsyncIterator('fsPromises.watch'),
  constants: Object.freeze({ ...fsConstants }),
};

// glob()/watch() return async iterators in Node; here they throw at once.
function stubAsyncIterator(qualified) {
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  const fn = { [name]() { throw notImplemented(qualified); } }[name];
  Object.defineProperty(fn, Symbol.for('secexec.notImplemented'), { value: qualified });
  return fn;
}

export default fsPromises;
