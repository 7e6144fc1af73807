// fs.watchFile / fs.watch / fsPromises.watch, by polling in the guest (no
// inotify in the sandbox). watchFile is libuv's fs_poll: a stat every
// `interval` ms, 'change'(curr, prev) when ctime/mtime/birthtime/size/mode/
// uid/gid/ino/dev differ or the stat starts or stops failing. fs.watch
// compares snapshots every 50 ms (more for big trees) and emits what
// inotify would: 'rename' for entries that appear or disappear, 'change'
// for modified ones, with the entry's name (the file's own name when
// watching a file; paths relative to the root with `recursive`). Timers are ref'd unless
// `persistent: false`; every stat goes through the binding's thread pool.
import EventEmitter from '../events.js';
import { setTimeout, clearTimeout } from '../../bootstrap/timers.js';
import pathModule from '../path.js';
import {
  Buffer, fsb, toNative, nodeError, withPath, argValueError, getValidatedPath, getStatsFromBinding,
  validateUint32, validateObject, validateBoolean, validateInteger, validateOneOf, validateAbortSignal,
  AbortError, nextTick, isFileType, S_IFDIR, S_IFMT,
} from './fs-utils.js';

const kWatchInterval = 50;
const kMaxWatchInterval = 1000;

export const kFSWatchStart = Symbol('kFSWatchStart');
export const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const KFSStatWatcherRefCount = Symbol('KFSStatWatcherRefCount');
const KFSStatWatcherMaxRefCount = Symbol('KFSStatWatcherMaxRefCount');
export const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');

const zeroStats = new Float64Array(18);

// Fields libuv's statbuf_eq() compares.
function sameStat(a, b) {
  for (const i of [14, 15, 12, 13, 16, 17, 8, 1, 3, 4, 7, 0]) if (a[i] !== b[i]) return false;
  return true;
}

// A repeating poll: fn(done) runs now, then `interval` ms after each done().
class Poller {
  constructor(interval, fn) {
    this.interval = interval;
    this.fn = fn;
    this.timer = null;
    this.ref = true;
    this.closed = false;
    this.busy = false;
  }

  start() {
    this.run();
  }

  run() {
    if (this.closed) return;
    this.busy = true;
    this.fn(() => {
      this.busy = false;
      if (this.closed) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.run();
      }, this.interval);
      if (!this.ref) this.timer.unref();
    });
  }

  setRef(ref) {
    this.ref = ref;
    if (this.timer) {
      if (ref) this.timer.ref();
      else this.timer.unref();
    }
  }

  close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

// ---------------------------------------------------------------------------
// StatWatcher (fs.watchFile)

export function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[KFSStatWatcherRefCount] = 1;
  this[KFSStatWatcherMaxRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

function onStatChange(self, newStatus, curr, prev) {
  if (self[kOldStatus] === -1 && newStatus === -1 && curr[2] === prev[2]) return;
  self[kOldStatus] = newStatus;
  self.emit('change', getStatsFromBinding(curr, self[kUseBigint]), getStatsFromBinding(prev, self[kUseBigint]));
}

StatWatcher.prototype[kFSStatWatcherStart] = function (filename, persistent, interval) {
  if (this._handle !== null) return;
  filename = getValidatedPath(filename, 'filename');
  validateUint32(interval, 'interval');
  const path = toNative(filename);
  // libuv fs_poll state: busy 0 (first poll), 1 (ok) or the error.
  let busy = 0;
  let statbuf = zeroStats;
  const poller = new Poller(interval, (done) => {
    fsb().stat(path, (err, st) => {
      if (poller.closed) return done();
      if (err) {
        if (busy !== err.errno) {
          busy = err.errno;
          onStatChange(this, err.errno, zeroStats, statbuf);
        }
        return done();
      }
      if (busy !== 0 && (busy < 0 || !sameStat(statbuf, st))) onStatChange(this, 0, st, statbuf);
      statbuf = st;
      busy = 1;
      return done();
    });
  });
  this._handle = poller;
  if (!persistent) this.unref();
  this[kOldStatus] = -1;
  poller.start();
};

StatWatcher.prototype.start = () => {};

StatWatcher.prototype.stop = function () {
  if (this._handle === null) return;
  nextTick(() => this.emit('stop'));
  this._handle.close();
  this._handle = null;
};

StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function (operate) {
  if (operate === 'add') {
    this[KFSStatWatcherRefCount]++;
    this[KFSStatWatcherMaxRefCount]++;
  } else if (operate === 'clean') {
    this[KFSStatWatcherMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[KFSStatWatcherMaxRefCount] = 0;
    this[KFSStatWatcherRefCount] = 0;
    this._handle?.setRef(false);
  }
};

StatWatcher.prototype.ref = function () {
  if (this[KFSStatWatcherRefCount] === this[KFSStatWatcherMaxRefCount]) return this;
  if (this._handle && this[KFSStatWatcherRefCount]++ === 0) this._handle.setRef(true);
  return this;
};

StatWatcher.prototype.unref = function () {
  if (this[KFSStatWatcherRefCount] === 0) return this;
  if (this._handle && --this[KFSStatWatcherRefCount] === 0) this._handle.setRef(false);
  return this;
};

// ---------------------------------------------------------------------------
// The fs.watch poller ("FSEvent")

// What counts as a change of an entry: inotify's IN_MODIFY/IN_ATTRIB. A
// directory's own size/times change with its contents, which inotify does
// not report on the parent.
function signature(st) {
  const isDir = (st[1] & S_IFMT) === S_IFDIR;
  const base = `${st[1]}:${st[3]}:${st[4]}:${st[7]}:${st[0]}`;
  if (isDir) return base;
  return `${base}:${st[8]}:${st[12]}.${st[13]}:${st[14]}.${st[15]}`;
}

function encodeFilename(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// Snapshot of a path: Map(relative name -> signature), '' for the root.
function snapshot(root, recursive, cb) {
  const map = new Map();
  let pending = 0;
  let finished = false;
  const finish = () => {
    if (pending === 0 && !finished) {
      finished = true;
      cb(map);
    }
  };
  const visitDir = (dir, rel) => {
    pending++;
    fsb().readdir(dir, false, (err, names) => {
      if (!err) {
        for (const name of names) {
          const relName = rel ? `${rel}/${name}` : name;
          const full = `${dir}/${name}`;
          pending++;
          fsb().lstat(full, (e2, st) => {
            if (!e2) {
              map.set(relName, signature(st));
              if (recursive && isFileType(st, S_IFDIR)) visitDir(full, relName);
            }
            pending--;
            finish();
          });
        }
      }
      pending--;
      finish();
    });
  };
  pending++;
  fsb().stat(root, (err, st) => {
    if (!err) {
      map.set('', signature(st));
      if (isFileType(st, S_IFDIR)) visitDir(root, '');
    }
    pending--;
    finish();
  });
}

class FSEvent {
  constructor() {
    this.onchange = null;
    this.initialized = false;
    this.poller = null;
  }

  // Returns an error, or undefined once watching.
  start(filename, persistent, recursive, encoding) {
    const path = toNative(filename);
    let st;
    try {
      st = fsb().stat(path);
    } catch (e) {
      return e;
    }
    this.initialized = true;
    const isDir = isFileType(st, S_IFDIR);
    const rootName = pathModule.basename(path);
    let prev = null;
    const emit = (type, name) => {
      if (this.onchange) this.onchange(0, type, encodeFilename(name, encoding));
    };
    this.poller = new Poller(kWatchInterval, (done) => {
      snapshot(path, recursive && isDir, (cur) => {
        if (this.poller === null || this.poller.closed) return done();
        if (prev !== null) diff(prev, cur, isDir, rootName, emit);
        prev = cur;
        // Big trees are polled less often (a stat per entry per poll).
        this.poller.interval = Math.min(kMaxWatchInterval, Math.max(kWatchInterval, Math.ceil(cur.size / 20)));
        return done();
      });
    });
    if (!persistent) this.poller.setRef(false);
    this.poller.start();
    return undefined;
  }

  close() {
    if (this.poller) this.poller.close();
    this.poller = null;
  }

  ref() {
    this.poller?.setRef(true);
  }

  unref() {
    this.poller?.setRef(false);
  }
}

function diff(prev, cur, isDir, rootName, emit) {
  const rootBefore = prev.get('');
  const rootNow = cur.get('');
  if (!isDir) {
    if (rootBefore === undefined && rootNow === undefined) return;
    if (rootBefore === undefined || rootNow === undefined) emit('rename', rootName);
    else if (rootBefore.split(':')[3] !== rootNow.split(':')[3]) emit('rename', rootName);
    else if (rootBefore !== rootNow) emit('change', rootName);
    return;
  }
  if (rootBefore !== undefined && rootNow === undefined) {
    for (const name of prev.keys()) if (name !== '') emit('rename', name);
    emit('rename', rootName);
    return;
  }
  for (const [name, sig] of prev) {
    if (name === '') continue;
    const now = cur.get(name);
    if (now === undefined) emit('rename', name);
    else if (now.split(':')[3] !== sig.split(':')[3]) emit('rename', name);
    else if (now !== sig) emit('change', name);
  }
  for (const name of cur.keys()) {
    if (name !== '' && !prev.has(name)) emit('rename', name);
  }
  if (rootBefore !== undefined && rootNow !== undefined && rootBefore !== rootNow &&
      rootBefore.split(':').slice(0, 3).join(':') !== rootNow.split(':').slice(0, 3).join(':')) {
    emit('change', rootName);
  }
}

function watchError(err, filename) {
  const error = withPath(err, 'watch', filename);
  error.filename = filename;
  return error;
}

// ---------------------------------------------------------------------------
// FSWatcher (fs.watch)

export function FSWatcher() {
  EventEmitter.call(this);
  this._handle = new FSEvent();
  this._handle.onchange = (status, eventType, filename) => {
    if (status < 0) {
      if (this._handle !== null) {
        this._handle.close();
        this._handle = null;
      }
      this.emit('error', eventType);
    } else {
      this.emit('change', eventType, filename);
    }
  };
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype[kFSWatchStart] = function (filename, persistent, recursive, encoding) {
  if (this._handle === null) return;
  if (this._handle.initialized) return;
  filename = getValidatedPath(filename, 'filename');
  const err = this._handle.start(filename, persistent, recursive, encoding);
  if (err) throw watchError(err, filename);
};

FSWatcher.prototype.start = () => {};

FSWatcher.prototype.close = function () {
  if (this._handle === null) return;
  if (!this._handle.initialized) return;
  this._handle.close();
  this._handle = null;
  nextTick(() => this.emit('close'));
};

FSWatcher.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  return this;
};

// ---------------------------------------------------------------------------
// fsPromises.watch

export async function* watch(filename, options = {}) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    maxQueue = 2048,
    overflow = 'ignore',
    signal,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw argValueError(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const handle = new FSEvent();
  let resolve;
  let promise = new Promise((r) => { resolve = r; });
  const queue = [];
  const oncancel = () => {
    handle.close();
    resolve();
  };
  try {
    if (signal) signal.addEventListener('abort', oncancel, { once: true });
    handle.onchange = (status, eventType, name) => {
      if (queue.length < maxQueue) {
        queue.push({ eventType, filename: name });
        resolve();
      } else if (overflow === 'error') {
        queue.length = 0;
        queue.push(nodeError(Error, 'ERR_FS_WATCH_QUEUE_OVERFLOW', `fs.watch() queued more than ${maxQueue} events`));
        resolve();
      } else {
        globalThis.process.emitWarning('fs.watch maxQueue exceeded');
      }
    };
    const err = handle.start(path, persistent, recursive, encoding);
    if (err) {
      handle.close();
      throw watchError(err, path);
    }
    while (!signal?.aborted) {
      await promise;
      while (queue.length) {
        const item = queue.shift();
        if (item instanceof Error) throw item;
        yield item;
      }
      promise = new Promise((r) => { resolve = r; });
    }
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    handle.close();
    signal?.removeEventListener('abort', oncancel);
  }
}
