// fs.Dir / opendir / opendirSync (lib/internal/fs/dir.js). A directory
// handle is the binding's listing of the directory (read when opened, in
// the kernel's order, as uv_fs_readdir gives it), handed out bufferSize
// entries at a time; `recursive` opens subdirectories as Node does.
import pathModule from '../path.js';
import {
  fsb, toNative, nodeError, getOptions, getValidatedPath, validateFunction, validateUint32,
  renameSyscall, encodeResult, Dirent, DirentFromStats, direntType, UV_DIRENT_UNKNOWN,
  getStatsFromBinding, nextTick,
} from './fs-utils.js';

const dirClosed = () => nodeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
const concurrent = () => nodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations');

// A directory "handle": its entries, read in batches.
class DirHandle {
  constructor(names, types) {
    this.names = names;
    this.types = types;
    this.pos = 0;
  }

  // [name, type, name, type, ...] or null at the end.
  read(encoding, bufferSize) {
    if (this.pos >= this.names.length) return null;
    const end = Math.min(this.names.length, this.pos + bufferSize);
    const out = [];
    for (; this.pos < end; this.pos++) {
      out.push(encodeResult(this.names[this.pos], encoding), this.types[this.pos]);
    }
    return out;
  }

  close() {
    this.names = [];
    this.types = [];
  }
}

function openHandleSync(path) {
  try {
    const [names, types] = fsb().readdir(toNative(path), true);
    return new DirHandle(names, types);
  } catch (e) {
    // Node's opendirSync() names no path in its errors.
    const err = renameSyscall(e, 'scandir', 'opendir');
    if (err && typeof err.path === 'string') {
      const quoted = ` '${err.path}'`;
      err.message = err.message.replace(quoted, '');
      if (typeof err.stack === 'string') err.stack = err.stack.replace(quoted, '');
      delete err.path;
    }
    throw err;
  }
}

function joinPath(path, name) {
  if (typeof path === 'string' && typeof name === 'string') return pathModule.join(path, name);
  return pathModule.join(String(path), String(name));
}

function getDirent(path, name, type) {
  type = direntType(type);
  if (type === UV_DIRENT_UNKNOWN) {
    const stats = getStatsFromBinding(fsb().lstat(toNative(joinPath(path, name))));
    return new DirentFromStats(name, stats, path);
  }
  return new Dirent(name, type, path);
}

export class Dir {
  #handle;
  #path;
  #bufferedEntries = [];
  #closed = false;
  #options;
  #operationQueue = null;
  #handlerQueue = [];

  constructor(handle, path, options) {
    if (handle == null) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "handle" argument must be specified');
    }
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    try {
      validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
    } catch (validationError) {
      this.#handle.close();
      throw validationError;
    }
  }

  get path() {
    if (!(#path in this)) throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Dir');
    return this.#path;
  }

  #processHandlerQueue() {
    while (this.#handlerQueue.length > 0) {
      const handler = this.#handlerQueue.shift();
      const { handle, path } = handler;
      const result = handle.read(this.#options.encoding, this.#options.bufferSize);
      if (result !== null) {
        this.processReadResult(path, result);
        if (result.length > 0) this.#handlerQueue.push(handler);
      } else {
        handle.close();
      }
      if (this.#bufferedEntries.length > 0) break;
    }
    return this.#bufferedEntries.length > 0;
  }

  read(callback) {
    if (arguments.length === 0 || callback === undefined) return this.#readPromise();
    return this.#readImpl(true, callback);
  }

  processReadResult(path, result) {
    for (let i = 0; i < result.length; i += 2) {
      this.#bufferedEntries.push(getDirent(path, result[i], result[i + 1]));
    }
  }

  readSyncRecursive(dirent) {
    const path = pathModule.join(String(dirent.parentPath), String(dirent.name));
    const handle = openHandleSync(path);
    this.#handlerQueue.push({ handle, path });
  }

  #shift() {
    const dirent = this.#bufferedEntries.shift();
    if (this.#options.recursive && dirent.isDirectory()) this.readSyncRecursive(dirent);
    return dirent;
  }

  #readPromise() {
    return new Promise((resolve, reject) => {
      this.#readImpl(false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
    });
  }

  #readImpl(maybeSync, callback) {
    if (this.#closed === true) throw dirClosed();
    validateFunction(callback, 'callback');
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.#readImpl(maybeSync, callback));
      return;
    }
    if (this.#processHandlerQueue()) {
      let dirent;
      try {
        dirent = this.#shift();
      } catch (error) {
        callback(error);
        return;
      }
      if (maybeSync) nextTick(callback, null, dirent);
      else callback(null, dirent);
      return;
    }
    // A batch from the directory itself: asynchronous, as in Node.
    this.#operationQueue = [];
    nextTick(() => {
      const result = this.#handle.read(this.#options.encoding, this.#options.bufferSize);
      nextTick(() => {
        const queue = this.#operationQueue;
        this.#operationQueue = null;
        for (const op of queue) op();
      });
      if (result === null) {
        callback(null, null);
        return;
      }
      try {
        this.processReadResult(this.#path, result);
        const dirent = this.#shift();
        callback(null, dirent);
      } catch (error) {
        callback(error);
      }
    });
  }

  readSync() {
    if (this.#closed === true) throw dirClosed();
    if (this.#operationQueue !== null) throw concurrent();
    if (this.#processHandlerQueue()) return this.#shift();
    const result = this.#handle.read(this.#options.encoding, this.#options.bufferSize);
    if (result === null) return result;
    this.processReadResult(this.#path, result);
    return this.#shift();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed === true) return Promise.reject(dirClosed());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed === true) {
      nextTick(callback, dirClosed());
      return undefined;
    }
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.close(callback));
      return undefined;
    }
    while (this.#handlerQueue.length > 0) this.#handlerQueue.shift().handle.close();
    this.#closed = true;
    this.#handle.close();
    nextTick(callback, null);
    return undefined;
  }

  closeSync() {
    if (this.#closed === true) throw dirClosed();
    if (this.#operationQueue !== null) throw concurrent();
    while (this.#handlerQueue.length > 0) this.#handlerQueue.shift().handle.close();
    this.#closed = true;
    this.#handle.close();
  }

  async* entries() {
    try {
      while (true) {
        const result = await this.#readPromise();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.dispose]() {
    if (this.#closed) return;
    this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (this.#closed) return;
    await this.close();
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  enumerable: false, writable: true, configurable: true, value: Dir.prototype.entries,
});

export function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  fsb().readdir(toNative(path), true, (error, result) => {
    if (error) {
      callback(renameSyscall(error, 'scandir', 'opendir'));
      return;
    }
    let dir;
    try {
      dir = new Dir(new DirHandle(result[0], result[1]), path, options);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, dir);
  });
}

export function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = openHandleSync(path);
  return new Dir(handle, path, options);
}

// promisify(opendir): its length is opendir's.
// eslint-disable-next-line no-unused-vars
export function opendirPromise(path, options, unused) {
  return new Promise((resolve, reject) => {
    opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}
