// fs.ReadStream / fs.WriteStream (lib/internal/fs/streams.js) over the
// streams package: the fd is opened in _construct ('open', 'ready'), a
// ReadStream reads highWaterMark-sized chunks with fs.read (thread pool),
// start/end/pos as Node keeps them, the fd is closed in _destroy once no
// I/O is in flight. `fd` may be a number or a FileHandle; `options.fs`
// overrides the fs functions used.
import stream from '../stream.js';
import destroyImpl from 'readable-stream/lib/internal/streams/destroy.js';
import {
  Buffer, fsRef, nodeError, argTypeError, outOfRangeError, copyObject, getOptions, getValidatedFd,
  toPathIfFileURL, validatePath, validateBoolean, validateFunction, validateInteger, deprecate,
  systemError, kFileHandle, kRef, kUnref, nextTick,
} from './fs-utils.js';

const { Readable, Writable, finished } = stream;
const { errorOrDestroy } = destroyImpl;

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function isFileHandle(value) {
  return typeof value === 'object' && value !== null && value[kFileHandle] === true;
}

function _construct(callback) {
  const s = this;
  if (typeof s.fd === 'number') {
    callback();
    return;
  }
  if (s.open !== openWriteFs && s.open !== openReadFs) {
    // Backwards compatibility with a monkey-patched open().
    const orgEmit = s.emit;
    s.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = orgEmit;
        callback();
        Reflect.apply(orgEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = orgEmit;
        callback(args[1]);
      } else {
        Reflect.apply(orgEmit, this, args);
      }
    };
    s.open();
  } else {
    s[kFs].open(s.path, s.flags, s.mode, (er, fd) => {
      if (er) {
        callback(er);
      } else {
        s.fd = fd;
        callback();
        s.emit('open', s.fd);
        s.emit('ready');
      }
    });
  }
}

function FileHandleOperations(handle) {
  return {
    open: () => {
      throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The open() method is not implemented');
    },
    close: (fd, cb) => {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    fsync: (fd, cb) => {
      handle.sync().then(() => cb(), cb);
    },
    read: (fd, buf, offset, length, pos, cb) => {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write: (fd, buf, offset, length, pos, cb) => {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev: (fd, buffers, pos, cb) => {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

function close(s, err, cb) {
  if (!s.fd) {
    cb(err);
  } else if (s.flush) {
    s[kFs].fsync(s.fd, (flushErr) => {
      _close(s, err || flushErr, cb);
    });
  } else {
    _close(s, err, cb);
  }
}

function _close(s, err, cb) {
  s[kFs].close(s.fd, (er) => {
    cb(er || err);
  });
  s.fd = null;
}

function importFd(s, options) {
  if (typeof options.fd === 'number') {
    s[kFs] = options.fs || fsRef.fs;
    return options.fd;
  }
  if (isFileHandle(options.fd)) {
    if (options.fs) {
      throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The FileHandle with fs method is not implemented');
    }
    s[kHandle] = options.fd;
    s[kFs] = FileHandleOperations(s[kHandle]);
    s[kHandle][kRef]();
    options.fd.on('close', s.close.bind(s));
    return options.fd.fd;
  }
  throw argTypeError('options.fd', ['number', 'FileHandle'], options.fd);
}

function validateThis(self, name) {
  if (typeof self !== 'object' || self === null || !(kFs in self)) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${name}`);
  }
}

// ---------------------------------------------------------------------------
// ReadStream

export function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fsRef.fs;
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRangeError('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() {
    validateThis(this, 'ReadStream');
    return this._readableState.autoDestroy;
  },
  set(val) {
    validateThis(this, 'ReadStream');
    this._readableState.autoDestroy = val;
  },
});

const openReadFs = deprecate(() => {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = _construct;

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, b) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let out = b;
      if (bytesRead !== out.length) {
        // Copy rather than slice, so small reads do not pin a large buffer.
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        out.copy(dst, 0, 0, bytesRead);
        out = dst;
      }
      this.push(out);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// ---------------------------------------------------------------------------
// WriteStream

export function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fsRef.fs;
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (!this[kFs].write && !this[kFs].writev) throw argTypeError('options.fs.write', 'function', this[kFs].write);
  if (this[kFs].write) validateFunction(this[kFs].write, 'options.fs.write');
  if (this[kFs].writev) validateFunction(this[kFs].writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }
  if (!this[kFs].write) this._write = null;
  if (!this[kFs].writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() {
    validateThis(this, 'WriteStream');
    return this._writableState.autoDestroy;
  },
  set(val) {
    validateThis(this, 'WriteStream');
    this._writableState.autoDestroy = val;
  },
});

const openWriteFs = deprecate(() => {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = _construct;

const destroyedError = (what) => nodeError(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${what} after a stream was destroyed`);
const writeFailed = (what) => systemError('ERR_SYSTEM_ERROR', { message: what, syscall: 'write', code: 'EIO', errno: -5 });

function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten, buffer) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      cb(er || destroyedError('write'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null) pos += bytesWritten;
    if (retries > 5) cb(writeFailed('write failed'));
    else if (size) writeAll.call(this, buffer.slice(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos, (er, bytesWritten, buffers) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      cb(er || destroyedError('writev'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null) pos += bytesWritten;
    if (retries > 5) cb(writeFailed('writev failed'));
    else if (size) writevAll.call(this, [Buffer.concat(buffers).slice(bytesWritten)], size, pos, cb, retries);
    else cb();
  });
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const { chunk } = data[i];
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});
