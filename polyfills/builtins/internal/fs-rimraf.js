// fs.rm / fs.rmdir({ recursive }) as Node 22 does them (lib/internal/fs/
// rimraf.js): lstat, then unlink or rmdir, emptying non-empty directories
// child by child; EBUSY/EMFILE/ENFILE/ENOTEMPTY/EPERM are retried
// maxRetries times, retryDelay ms apart (linearly growing).
import { setTimeout } from '../../bootstrap/timers.js';
import {
  fsb, toNative, isFileType, S_IFDIR, systemError, sleep, validateObject, validateBoolean,
  validateInt32, validateUint32,
} from './fs-utils.js';

const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

export function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function eisdir(path) {
  return systemError('ERR_FS_EISDIR', {
    code: 'EISDIR', message: 'is a directory', path: String(path), syscall: 'rm', errno: 21,
  });
}

// cb(null, options) | cb(err) | cb(false) (expectDir and not a directory)
export function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  fsb().lstat(toNative(path), (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    const isDir = isFileType(stats, S_IFDIR);
    if (expectDir && !isDir) return cb(false);
    if (isDir && !options.recursive) return cb(eisdir(path));
    return cb(null, options);
  });
}

export function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    let isDirectory;
    try {
      isDirectory = isFileType(fsb().lstat(toNative(path)), S_IFDIR);
    } catch (e) {
      if (options.force && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) isDirectory = undefined;
      else throw e;
    }
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) throw eisdir(path);
  }
  return options;
}

const join = (dir, name) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

// ---------------------------------------------------------------------------
// Callback form

export function rimraf(path, options, callback) {
  path = toNative(path);
  let retries = 0;
  _rimraf(path, options, function CB(err) {
    if (err) {
      if (retryErrorCodes.has(err.code) && retries < options.maxRetries) {
        retries++;
        const delay = retries * options.retryDelay;
        setTimeout(_rimraf, delay, path, options, CB);
        return;
      }
      if (err.code === 'ENOENT') err = null;
    }
    callback(err);
  });
}

function _rimraf(path, options, callback) {
  fsb().lstat(path, (err, stats) => {
    if (err) {
      if (err.code === 'ENOENT') return callback(null);
    } else if (isFileType(stats, S_IFDIR)) {
      return _rmdir(path, options, err, callback);
    }
    return fsb().unlink(path, (err2) => {
      if (err2) {
        if (err2.code === 'ENOENT') return callback(null);
        if (err2.code === 'EISDIR' || err2.code === 'EPERM') return _rmdir(path, options, err2, callback);
      }
      return callback(err2 || null);
    });
  });
}

function _rmdir(path, options, originalErr, callback) {
  fsb().rmdir(path, (err) => {
    if (err) {
      if (notEmptyErrorCodes.has(err.code)) return _rmchildren(path, options, callback);
      if (err.code === 'ENOTDIR') return callback(originalErr);
    }
    return callback(err || null);
  });
}

function _rmchildren(path, options, callback) {
  fsb().readdir(path, false, (err, files) => {
    if (err) return callback(err);
    let numFiles = files.length;
    if (numFiles === 0) return fsb().rmdir(path, (e) => callback(e || null));
    let done = false;
    for (const name of files) {
      rimraf(join(path, name), options, (err2) => {
        if (done) return;
        if (err2) {
          done = true;
          callback(err2);
          return;
        }
        numFiles--;
        if (numFiles === 0) fsb().rmdir(path, (e) => callback(e || null));
      });
    }
    return undefined;
  });
}

export function rimrafPromises(path, options) {
  return new Promise((resolve, reject) => {
    rimraf(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

// ---------------------------------------------------------------------------
// Sync form

export function rimrafSync(path, options) {
  path = toNative(path);
  let stats;
  try {
    stats = fsb().lstat(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
  }
  try {
    if (stats && isFileType(stats, S_IFDIR)) _rmdirSync(path, options, null);
    else _unlinkSync(path, options);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'EPERM') {
      _rmdirSync(path, options, err);
      return;
    }
    if (err.code !== 'EISDIR') throw err;
    _rmdirSync(path, options, err);
  }
}

function _unlinkSync(path, options) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      fsb().unlink(path);
      return;
    } catch (err) {
      if (retryErrorCodes.has(err.code) && i < tries && options.retryDelay > 0) {
        sleep(i * options.retryDelay);
      } else if (err.code === 'ENOENT') {
        return;
      } else if (i === tries) {
        throw err;
      }
    }
  }
}

function _rmdirSync(path, options, originalErr) {
  try {
    fsb().rmdir(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (notEmptyErrorCodes.has(err.code)) {
      for (const child of fsb().readdir(path, false)) rimrafSync(join(path, child), options);
      const tries = options.maxRetries + 1;
      for (let i = 1; i <= tries; i++) {
        try {
          fsb().rmdir(path);
          return;
        } catch (err2) {
          if (retryErrorCodes.has(err2.code) && i < tries && options.retryDelay > 0) {
            sleep(i * options.retryDelay);
          } else if (err2.code === 'ENOENT') {
            return;
          } else if (i === tries) {
            throw err2;
          }
        }
      }
    }
    throw originalErr || err;
  }
}
