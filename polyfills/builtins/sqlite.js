// node:sqlite (node:-only) over SQLite through binding.sqlite
// (init/v8-sqlite.cc): DatabaseSync, StatementSync, user functions and
// aggregates, sessions and changesets, backup(). Database files are guest
// paths: the native side opens them only through the shim's "secexec"
// SQLite VFS (kernel-shim/sqlite-vfs.c).
//
// Node implements this module in C++; its checks and errors are
// reproduced here (plain errors with a `code` property, as Node's C++
// layer throws them, not the "[CODE]" errors of its JS layer). Loading
// extensions is refused: an extension is native code.
import { binding } from '../bootstrap/native.js';
import { sqliteConstants } from './internal/constants-data.js';

globalThis.process?.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');

const native = () => binding.sqlite;

const kReadBigInts = 1;
const kReturnArrays = 2;
const kAllowBare = 4;
const kAllowUnknown = 8;

const kSqliteType = Symbol.for('sqlite-type');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const isUint8Array = (v) => typedArrayTag.call(v) === 'Uint8Array';
const isObject = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

function cxxError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}
const argType = (message) => cxxError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
const invalidState = (message) => cxxError(Error, 'ERR_INVALID_STATE', message);
const illegalInvocation = () => new TypeError('Illegal invocation');

function checkBoolean(value, name) {
  if (typeof value !== 'boolean') throw argType(`The "${name}" argument must be a boolean.`);
  return value;
}

// An optional boolean option: undefined keeps the default.
function optBoolean(options, key, fallback, prefix = 'options.') {
  const v = options[key];
  return v === undefined ? fallback : checkBoolean(v, `${prefix}${key}`);
}

// A string, Uint8Array or file: URL without NUL bytes, as a file name.
function databasePath(path, field) {
  if (typeof path === 'string') {
    if (!path.includes('\0')) return path;
  } else if (isUint8Array(path)) {
    if (!path.includes(0)) return new TextDecoder().decode(path);
  } else if (isObject(path)) {
    const href = path.href;
    if (typeof href === 'string' && !href.includes('\0')) {
      if (!href.startsWith('file:')) throw cxxError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file:');
      return href;
    }
  }
  throw argType(`The "${field}" argument must be a string, Uint8Array, or URL without null bytes.`);
}

// Node's instance accessors are unnamed functions.
function anonymous(fn) {
  Object.defineProperty(fn, 'name', { value: '' });
  return fn;
}

// Enumerable methods, then `constructor` last, in Node's order.
function defineMethods(target, methods) {
  const ctor = Object.getOwnPropertyDescriptor(target, 'constructor');
  if (ctor) delete target.constructor;
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(target, key, {
      value: methods[key], writable: true, enumerable: true, configurable: true,
    });
  }
  if (ctor) Object.defineProperty(target, 'constructor', ctor);
}

// ---------------------------------------------------------------------------
// DatabaseSync

const databases = new WeakMap();

function dbOf(self) {
  const s = databases.get(self);
  if (!s) throw illegalInvocation();
  return s;
}

function openDbOf(self) {
  const s = dbOf(self);
  if (s.handle === null) throw invalidState('database is not open');
  return s;
}

function openNow(s) {
  if (s.handle !== null) throw invalidState('database is already open');
  s.handle = native().open(s.location, s.readOnly, s.enableDqs, s.enableForeignKeys, s.timeout);
}

const isOpenGetter = anonymous(function () { return dbOf(this).handle !== null; });
const isTransactionGetter = anonymous(function () { return native().isTransaction(openDbOf(this).handle); });

function DatabaseSync(...args) {
  if (new.target === undefined) {
    throw cxxError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  const s = {
    handle: null,
    location: databasePath(args[0], 'path'),
    readOnly: false,
    enableForeignKeys: true,
    enableDqs: false,
    allowExtension: false,
    extensionEnabled: false,
    timeout: 0,
    readBigInts: false,
    returnArrays: false,
    allowBare: true,
    allowUnknown: false,
  };
  let open = true;
  if (args.length > 1) {
    const options = args[1];
    if (!isObject(options)) throw argType('The "options" argument must be an object.');
    open = optBoolean(options, 'open', true);
    s.readOnly = optBoolean(options, 'readOnly', false);
    s.enableForeignKeys = optBoolean(options, 'enableForeignKeyConstraints', true);
    s.enableDqs = optBoolean(options, 'enableDoubleQuotedStringLiterals', false);
    s.allowExtension = optBoolean(options, 'allowExtension', false);
    const timeout = options.timeout;
    if (timeout !== undefined) {
      if (timeout !== (timeout | 0) || Object.is(timeout, -0)) {
        throw argType('The "options.timeout" argument must be an integer.');
      }
      s.timeout = timeout;
    }
    s.readBigInts = optBoolean(options, 'readBigInts', false);
    s.returnArrays = optBoolean(options, 'returnArrays', false);
    s.allowBare = optBoolean(options, 'allowBareNamedParameters', true);
    s.allowUnknown = optBoolean(options, 'allowUnknownNamedParameters', false);
  }
  s.extensionEnabled = s.allowExtension;
  Object.defineProperty(this, 'isOpen', { get: isOpenGetter, enumerable: true, configurable: false });
  Object.defineProperty(this, 'isTransaction', { get: isTransactionGetter, enumerable: true, configurable: false });
  this[kSqliteType] = 'node:sqlite';
  databases.set(this, s);
  if (open) openNow(s);
}

function validateSql(sql) {
  if (typeof sql !== 'string') throw argType('The "sql" argument must be a string.');
}

defineMethods(DatabaseSync.prototype, {
  open() {
    openNow(dbOf(this));
  },
  close() {
    const s = openDbOf(this);
    native().close(s.handle);
    s.handle = null;
  },
  prepare(...args) {
    const [sql] = args;
    const s = openDbOf(this);
    validateSql(sql);
    const handle = native().prepare(s.handle, sql);
    let flags = 0;
    if (s.readBigInts) flags |= kReadBigInts;
    if (s.returnArrays) flags |= kReturnArrays;
    if (s.allowBare) flags |= kAllowBare;
    if (s.allowUnknown) flags |= kAllowUnknown;
    return newStatement(handle, this, flags);
  },
  exec(...args) {
    const [sql] = args;
    const s = openDbOf(this);
    validateSql(sql);
    native().exec(s.handle, sql);
  },
  function(...args) {
    let [name, options, fn] = args;
    const s = openDbOf(this);
    if (typeof name !== 'string') throw argType('The "name" argument must be a string.');
    let useBigInts = false;
    let varargs = false;
    let deterministic = false;
    let directOnly = false;
    if (args.length >= 3) {
      if (!isObject(options)) throw argType('The "options" argument must be an object.');
      useBigInts = optBoolean(options, 'useBigIntArguments', false);
      varargs = optBoolean(options, 'varargs', false);
      deterministic = optBoolean(options, 'deterministic', false);
      directOnly = optBoolean(options, 'directOnly', false);
    } else {
      fn = options;
    }
    if (typeof fn !== 'function') throw argType('The "function" argument must be a function.');
    native().createFunction(s.handle, name, fn, varargs ? -1 : fn.length, deterministic, directOnly, useBigInts);
  },
  location(...args) {
    const [dbName] = args;
    const s = openDbOf(this);
    if (dbName !== undefined && typeof dbName !== 'string') throw argType('The "dbName" argument must be a string.');
    return native().location(s.handle, dbName === undefined ? 'main' : dbName);
  },
  aggregate(...args) {
    let [name, options] = args;
    const s = openDbOf(this);
    name = String(name);
    const start = options.start;
    if (start === undefined) {
      throw argType('The "options.start" argument must be a function or a primitive value.');
    }
    const step = options.step;
    if (typeof step !== 'function') throw argType('The "options.step" argument must be a function.');
    const result = options.result;
    const useBigInts = optBoolean(options, 'useBigIntArguments', false);
    const varargs = optBoolean(options, 'varargs', false);
    const directOnly = optBoolean(options, 'directOnly', false);
    const inverse = options.inverse;
    if (inverse !== undefined && typeof inverse !== 'function') {
      throw argType('The "options.inverse" argument must be a function.');
    }
    // The accumulator is the first argument of step and inverse.
    const argc = varargs ? -1
      : Math.max(step.length - 1, (inverse === undefined ? step.length : inverse.length) - 1, 0);
    native().createAggregate(s.handle, name, argc, directOnly, useBigInts, start, step,
      inverse, typeof result === 'function' ? result : undefined);
  },
  createSession(...args) {
    const [options] = args;
    let table = null;
    let db = 'main';
    if (args.length > 0) {
      if (!isObject(options)) throw argType('The "options" argument must be an object.');
      if (Object.prototype.hasOwnProperty.call(options, 'table')) {
        table = options.table;
        if (typeof table !== 'string') throw argType('The "options.table" argument must be a string.');
      }
      if (Object.prototype.hasOwnProperty.call(options, 'db')) {
        db = options.db;
        if (typeof db !== 'string') throw argType('The "options.db" argument must be a string.');
      }
    }
    const s = openDbOf(this);
    const session = Object.create(Session.prototype);
    sessions.set(session, { handle: native().sessionCreate(s.handle, table, db), db: this });
    return session;
  },
  applyChangeset(...args) {
    const [changeset, options] = args;
    const s = openDbOf(this);
    if (!isUint8Array(changeset)) throw argType('The "changeset" argument must be a Uint8Array.');
    let onConflict;
    let filter;
    if (args.length > 1 && options !== undefined) {
      if (!isObject(options)) throw argType('The "options" argument must be an object.');
      onConflict = options.onConflict;
      if (onConflict !== undefined && typeof onConflict !== 'function') {
        throw argType('The "options.onConflict" argument must be a function.');
      }
      if (Object.prototype.hasOwnProperty.call(options, 'filter')) {
        filter = options.filter;
        if (typeof filter !== 'function') throw argType('The "options.filter" argument must be a function.');
      }
    }
    return native().applyChangeset(s.handle, changeset, onConflict, filter);
  },
  enableLoadExtension(...args) {
    const [allow] = args;
    const s = openDbOf(this);
    checkBoolean(allow, 'allow');
    if (!s.allowExtension && allow) {
      throw invalidState('Cannot enable extension loading because it was disabled at database creation.');
    }
    s.extensionEnabled = allow;
  },
  loadExtension(...args) {
    const [path] = args;
    const s = openDbOf(this);
    if (!s.allowExtension || !s.extensionEnabled) throw invalidState('extension loading is not allowed');
    if (typeof path !== 'string') throw argType('The "path" argument must be a string.');
    // An extension is a shared library: native code the sandbox never runs.
    throw cxxError(Error, 'ERR_LOAD_SQLITE_EXTENSION',
      `Cannot load SQLite extension '${path}': native extensions are not allowed in secexec.`);
  },
});
{
  const dispose = function () {
    const s = dbOf(this);
    if (s.handle !== null) {
      try {
        native().close(s.handle);
      } catch {
        // As Node: disposing never throws.
      }
      s.handle = null;
    }
  };
  defineMethods(DatabaseSync.prototype, { [Symbol.dispose]: anonymous(dispose) });
}

// ---------------------------------------------------------------------------
// StatementSync

const statements = new WeakMap();

function StatementSync() {
  throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function stmtOf(self) {
  const s = statements.get(self);
  if (!s) throw illegalInvocation();
  if (s.handle === null) throw invalidState('statement has been finalized');
  return s;
}

const sourceSQLGetter = anonymous(function () { return native().sourceSQL(stmtOf(this).handle); });
const expandedSQLGetter = anonymous(function () { return native().expandedSQL(stmtOf(this).handle); });

function newStatement(handle, db, flags) {
  const stmt = Object.create(StatementSync.prototype);
  Object.defineProperty(stmt, 'sourceSQL', { get: sourceSQLGetter, enumerable: true, configurable: false });
  Object.defineProperty(stmt, 'expandedSQL', { get: expandedSQLGetter, enumerable: true, configurable: false });
  // `db` keeps the connection alive while its statement is.
  statements.set(stmt, { handle, db, flags });
  return stmt;
}

function setFlag(s, flag, on) {
  s.flags = on ? s.flags | flag : s.flags & ~flag;
}

defineMethods(StatementSync.prototype, {
  iterate(...args) {
    const s = stmtOf(this);
    native().iterate(s.handle, args, s.flags);
    const it = Object.create(StatementSyncIterator.prototype);
    iterators.set(it, { stmt: s, done: false });
    return it;
  },
  all(...args) {
    const s = stmtOf(this);
    return native().all(s.handle, args, s.flags);
  },
  get(...args) {
    const s = stmtOf(this);
    return native().get(s.handle, args, s.flags);
  },
  run(...args) {
    const s = stmtOf(this);
    return native().run(s.handle, args, s.flags);
  },
  columns() {
    return native().columns(stmtOf(this).handle);
  },
  setAllowBareNamedParameters(...args) {
    const [enabled] = args;
    setFlag(stmtOf(this), kAllowBare, checkBoolean(enabled, 'allowBareNamedParameters'));
  },
  setAllowUnknownNamedParameters(...args) {
    const [enabled] = args;
    setFlag(stmtOf(this), kAllowUnknown, checkBoolean(enabled, 'enabled'));
  },
  setReadBigInts(...args) {
    const [readBigInts] = args;
    setFlag(stmtOf(this), kReadBigInts, checkBoolean(readBigInts, 'readBigInts'));
  },
  setReturnArrays(...args) {
    const [returnArrays] = args;
    setFlag(stmtOf(this), kReturnArrays, checkBoolean(returnArrays, 'returnArrays'));
  },
});

// ---------------------------------------------------------------------------
// StatementSyncIterator (not exported): what iterate() returns.

const iterators = new WeakMap();

function StatementSyncIterator() {
  throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
Object.setPrototypeOf(StatementSyncIterator.prototype, IteratorPrototype);

function iterResult(done, value) {
  return { __proto__: null, done, value };
}

function iteratorOf(self) {
  const it = iterators.get(self);
  if (!it) throw illegalInvocation();
  if (it.stmt.handle === null || native().isFinalized(it.stmt.handle)) {
    throw invalidState('statement has been finalized');
  }
  return it;
}

defineMethods(StatementSyncIterator.prototype, {
  next() {
    const it = iteratorOf(this);
    if (it.done) return iterResult(true, null);
    // As Node 22: the end resets the statement without ending the
    // iterator, so a further next() starts over; only return() ends it.
    const row = native().step(it.stmt.handle, it.stmt.flags);
    return row === null ? iterResult(true, null) : iterResult(false, row);
  },
  return() {
    const it = iteratorOf(this);
    native().reset(it.stmt.handle);
    it.done = true;
    return iterResult(true, null);
  },
});

// ---------------------------------------------------------------------------
// Session (not exported): what createSession() returns.

const sessions = new WeakMap();

function Session() {
  throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function sessionOf(self) {
  const s = sessions.get(self);
  if (!s) throw illegalInvocation();
  return s;
}

defineMethods(Session.prototype, {
  changeset() {
    return native().sessionChangeset(sessionOf(this).handle, false);
  },
  patchset() {
    return native().sessionChangeset(sessionOf(this).handle, true);
  },
  close() {
    native().sessionClose(sessionOf(this).handle);
  },
});

// ---------------------------------------------------------------------------
// backup(sourceDb, path[, options]): page steps on the guest's loop, one
// per turn, as Node's run on its thread pool.

function backup(sourceDb, path, ...rest) {
  if (!isObject(sourceDb)) throw argType('The "sourceDb" argument must be an object.');
  const s = openDbOf(sourceDb);
  const dest = databasePath(path, 'path');
  let rate = 100;
  let source = 'main';
  let target = 'main';
  let progress;
  if (rest.length > 0) {
    const options = rest[0];
    if (!isObject(options)) throw argType('The "options" argument must be an object.');
    const r = options.rate;
    if (r !== undefined) {
      if (r !== (r | 0) || Object.is(r, -0)) throw argType('The "options.rate" argument must be an integer.');
      if (r <= 0) {
        throw cxxError(RangeError, 'ERR_OUT_OF_RANGE', 'The "options.rate" argument must be a positive integer.');
      }
      rate = r;
    }
    if (options.source !== undefined) {
      if (typeof options.source !== 'string') throw argType('The "options.source" argument must be a string.');
      source = options.source;
    }
    if (options.target !== undefined) {
      if (typeof options.target !== 'string') throw argType('The "options.target" argument must be a string.');
      target = options.target;
    }
    progress = options.progress;
    if (progress !== undefined && typeof progress !== 'function') {
      throw argType('The "options.progress" argument must be a function.');
    }
  }
  return new Promise((resolve, reject) => {
    let job;
    try {
      job = native().backupInit(s.handle, dest, source, target);
    } catch (err) {
      reject(err);
      return;
    }
    const step = () => {
      let done;
      let remainingPages;
      let totalPages;
      try {
        [done, remainingPages, totalPages] = native().backupStep(job, rate);
        if (remainingPages !== 0 && progress) progress({ totalPages, remainingPages });
      } catch (err) {
        native().backupClose(job);
        reject(err);
        return;
      }
      if (done) resolve(totalPages);
      else setImmediate(step);
    };
    setImmediate(step);
  });
}

export default {
  DatabaseSync,
  StatementSync,
  constants: { ...sqliteConstants },
  backup,
};
