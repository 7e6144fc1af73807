// fs.cp / fs.cpSync / fsPromises.cp as Node 22 does them. The async form
// is lib/internal/fs/cp/cp.js (over fs/promises, SystemError messages);
// cpSync is lib/internal/fs/cp/cp-sync.js, whose C++ helpers
// (cpSyncCheckPaths, cpSyncOverrideFile, cpSyncCopyDir) are reproduced
// here with their checks, messages and quirks.
import pathModule from '../path.js';
import {
  fsb, fsRef, nodeError, systemError, withPath, validateObject, validateBoolean,
  validateFunction, validateInteger, S_IFDIR, S_IFLNK, S_IFREG, S_IFIFO, S_IFSOCK, S_IFMT,
} from './fs-utils.js';

const { dirname, isAbsolute, join, resolve, sep, parse } = pathModule;

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

export function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  // (lib/internal/fs/utils.js getValidMode: validateInteger, unlike the
  // C++ check copyFile() itself makes.)
  if (options.mode == null) options.mode = 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw nodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
      'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const isPromise = (v) => v instanceof Promise ||
  (v !== null && typeof v === 'object' && Object.prototype.toString.call(v) === '[object Promise]');

function invalidReturn(value) {
  const type = value && value.constructor && value.constructor.name ? `an instance of ${value.constructor.name}` : typeof value;
  return nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    `Expected boolean to be returned from the "filter" function but got ${type}.`);
}

// Errors the C++ helpers throw: plain Errors with a code.
function cppError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

export function isSrcSubdir(src, dest) {
  const srcArr = resolve(src).split(sep).filter(Boolean);
  const destArr = resolve(dest).split(sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

// ---------------------------------------------------------------------------
// cpSync

const tryStat = (op, p) => {
  try {
    return fsb()[op](p);
  } catch {
    return null;
  }
};
const typeOf = (st) => st[1] & S_IFMT;
const sameFile = (a, b) => a && b && a[0] === b[0] && a[7] === b[7];

// std::filesystem::path::parent_path().
function parentPath(p) {
  const i = p.lastIndexOf('/');
  if (i === -1) return '';
  if (i === 0) return p.length > 1 ? '/' : '/';
  let j = i;
  while (j > 0 && p[j - 1] === '/') j--;
  return j === 0 ? '/' : p.slice(0, j);
}

function mkdirp(p) {
  try {
    fsRef.fs.mkdirSync(p, { recursive: true });
  } catch {
    // create_directories(error_code): ignored
  }
}

function cpSyncCheckPaths(src, dest, dereference, recursive) {
  // (Node's C++ swaps the two: without dereference the source is followed.)
  let srcSt;
  try {
    srcSt = fsb()[dereference ? 'lstat' : 'stat'](src);
  } catch (e) {
    throw withPath(e, dereference ? 'stat' : 'lstat', src);
  }
  const destSt = tryStat(dereference ? 'stat' : 'lstat', dest);
  const srcIsDir = typeOf(srcSt) === S_IFDIR || (dereference && typeOf(srcSt) === S_IFLNK);
  if (destSt) {
    if (sameFile(tryStat('stat', src), tryStat('stat', dest))) {
      throw cppError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
    }
    const destIsDir = typeOf(destSt) === S_IFDIR;
    if (srcIsDir && !destIsDir) {
      throw cppError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (!srcIsDir && destIsDir) {
      throw cppError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  const srcStr = src.endsWith('/') ? src : `${src}/`;
  if (srcIsDir && dest.startsWith(srcStr)) {
    throw cppError('ERR_FS_CP_EINVAL', `Cannot copy ${srcStr} to a subdirectory of self ${dest}`);
  }
  let destParent = parentPath(dest);
  const srcParent = parentPath(src);
  while (srcParent !== destParent && destParent !== '' && parentPath(destParent) !== destParent) {
    const a = tryStat('stat', src);
    const b = tryStat('stat', parentPath(dest));
    if (a && b && sameFile(a, b)) {
      throw cppError('ERR_FS_CP_EINVAL', `Cannot copy ${srcStr} to a subdirectory of self ${dest}`);
    }
    if (!a || !b) break;
    destParent = parentPath(destParent);
  }
  if (srcIsDir && !recursive) {
    throw cppError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${srcStr}`);
  }
  switch (typeOf(srcSt)) {
    case S_IFSOCK: throw cppError('ERR_FS_CP_SOCKET', `Cannot copy a socket file: ${dest}`);
    case S_IFIFO: throw cppError('ERR_FS_CP_FIFO_PIPE', `Cannot copy a FIFO pipe: ${dest}`);
    default: break;
  }
  const parent = parentPath(dest);
  if (parent !== '' && (!destSt || !tryStat('stat', parent))) mkdirp(parent);
}

export function cpSyncFn(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = opts.filter(src, dest);
    if (isPromise(shouldCopy)) throw invalidReturn(shouldCopy);
    if (!shouldCopy) return undefined;
  }
  cpSyncCheckPaths(src, dest, opts.dereference, opts.recursive);
  return getStatsSync(src, dest, opts);
}

function getStatsSync(src, dest, opts) {
  const fs = fsRef.fs;
  const srcStat = (opts.dereference ? fs.statSync : fs.lstatSync)(src);
  const destStat = (opts.dereference ? fs.statSync : fs.lstatSync)(dest, { bigint: true, throwIfNoEntry: false });
  if (srcStat.isDirectory() && opts.recursive) return onDirSync(srcStat, destStat, src, dest, opts);
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFileSync(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return onLinkSync(destStat, src, dest, opts.verbatimSymlinks);
  throw nodeError(Error, 'ERR_INTERNAL_ASSERTION', 'Unreachable code');
}

function onFileSync(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyFileSync(srcStat, src, dest, opts);
  if (opts.force) return overrideFile(src, dest, opts.mode, opts.preserveTimestamps);
  if (opts.errorOnExist) {
    throw systemError('ERR_FS_CP_EEXIST', {
      message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST',
    });
  }
  return undefined;
}

function copyUtimes(src, dest) {
  const st = fsRef.fs.statSync(src);
  fsRef.fs.utimesSync(dest, st.atime, st.mtime);
}

function overrideFile(src, dest, mode, preserveTimestamps) {
  try {
    fsb().unlink(dest);
  } catch (e) {
    if (e.code !== 'ENOENT') throw withPath(e, 'cp', dest);
  }
  fsb().copyFile(src, dest, mode);
  if (preserveTimestamps) copyUtimes(src, dest);
}

function copyFileSync(srcStat, src, dest, opts) {
  const fs = fsRef.fs;
  fs.copyFileSync(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    if ((srcStat.mode & 0o200) === 0) fs.chmodSync(dest, srcStat.mode | 0o200);
    const updated = fs.statSync(src);
    fs.utimesSync(dest, updated.atime, updated.mtime);
  }
  return fs.chmodSync(dest, srcStat.mode);
}

function onDirSync(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyDirSync(src, dest, opts, true, srcStat.mode);
  return copyDirSync(src, dest, opts);
}

function copyDirSync(src, dest, opts, mkDir, srcMode) {
  const fs = fsRef.fs;
  if (!opts.filter) {
    return cpSyncCopyDir(src, dest, opts);
  }
  if (mkDir) fs.mkdirSync(dest);
  const dir = fs.opendirSync(src);
  try {
    let dirent;
    while ((dirent = dir.readSync()) !== null) {
      const { name } = dirent;
      const srcItem = join(src, name);
      const destItem = join(dest, name);
      const shouldCopy = opts.filter(srcItem, destItem);
      if (isPromise(shouldCopy)) throw invalidReturn(shouldCopy);
      if (shouldCopy) getStatsSync(srcItem, destItem, opts);
    }
  } finally {
    dir.closeSync();
    if (srcMode !== undefined) fs.chmodSync(dest, srcMode);
  }
  return undefined;
}

function existsFollow(p) {
  return tryStat('stat', p) !== null;
}

// weakly_canonical(): the real path of the longest existing prefix, the
// rest appended lexically.
function weaklyCanonical(p) {
  const parts = [];
  let cur = resolve(p);
  for (;;) {
    try {
      const real = fsb().realpath(cur);
      return parts.length ? join(real, ...parts.reverse()) : real;
    } catch {
      if (cur === '/') return resolve(p);
      parts.push(pathModule.basename(cur));
      cur = dirname(cur);
    }
  }
}

function eexistStd(path) {
  return withPath(Object.assign(new Error('EEXIST: File exists, cp'), {
    code: 'EEXIST', errno: -17, syscall: 'cp',
  }), 'cp', path);
}

function cpSyncCopyDir(src, dest, opts) {
  mkdirp(dest);
  const copyContents = (from, to) => {
    let names;
    try {
      names = fsb().readdir(from, false);
    } catch (e) {
      throw withPath(e, 'cp', from);
    }
    for (const name of names) {
      const srcItem = `${from.endsWith('/') ? from : `${from}/`}${name}`;
      const destItem = `${to.endsWith('/') ? to : `${to}/`}${name}`;
      const lst = tryStat('lstat', srcItem);
      if (!lst) continue;
      if (typeOf(lst) === S_IFLNK) {
        const target = fsb().readlink(srcItem);
        if (opts.verbatimSymlinks) {
          try {
            fsb().symlink(target, destItem);
          } catch (e) {
            throw withPath(e, 'cp', to);
          }
          continue;
        }
        const destL = tryStat('lstat', destItem);
        if (destL && existsFollow(destItem)) {
          if (typeOf(destL) === S_IFLNK) {
            const cur = fsb().readlink(destItem);
            if (!opts.dereference && tryStat('stat', target) && typeOf(tryStat('stat', target)) === S_IFDIR &&
                isSrcSubdir(target, cur)) {
              throw cppError('ERR_FS_CP_EINVAL', `Cannot copy ${target} to a subdirectory of self ${cur}`);
            }
            const destIsDir = tryStat('stat', destItem);
            if (destIsDir && typeOf(destIsDir) === S_IFDIR && isSrcSubdir(cur, target)) {
              throw cppError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${cur} with ${target}`);
            }
            fsb().unlink(destItem);
          } else if (typeOf(destL) === S_IFREG) {
            if (!opts.dereference || (!opts.force && opts.errorOnExist)) throw eexistStd(destItem);
          }
        }
        const absolute = isAbsolute(target) ? target : weaklyCanonical(join(from, target));
        try {
          fsb().symlink(absolute, destItem);
        } catch (e) {
          throw withPath(e, 'cp', to);
        }
      } else if (typeOf(lst) === S_IFDIR) {
        try {
          fsb().mkdir(destItem, 0o777);
        } catch (e) {
          if (e.code !== 'EEXIST') throw withPath(e, 'cp', destItem);
        }
        copyContents(srcItem, destItem);
      } else if (typeOf(lst) === S_IFREG) {
        if (tryStat('lstat', destItem)) {
          if (opts.force) {
            fsb().unlink(destItem);
          } else if (opts.errorOnExist) {
            throw cppError('ERR_FS_CP_EEXIST',
              `[ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (${destItem} already exists)`);
          } else {
            continue;
          }
        }
        try {
          fsb().copyFile(srcItem, destItem, 0);
        } catch (e) {
          throw withPath(e, 'cp', destItem);
        }
        if (opts.preserveTimestamps) copyUtimes(srcItem, destItem);
      }
    }
  };
  copyContents(src, dest);
}

function onLinkSync(destStat, src, dest, verbatimSymlinks) {
  const fs = fsRef.fs;
  let resolvedSrc = fs.readlinkSync(src);
  if (!verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
  if (!destStat) return fs.symlinkSync(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = fs.readlinkSync(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest);
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw systemError('ERR_FS_CP_EINVAL', {
      message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
      path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  if (fs.statSync(dest).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw systemError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', {
      message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
      path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  fs.unlinkSync(dest);
  return fs.symlinkSync(resolvedSrc, dest);
}

// ---------------------------------------------------------------------------
// cp (async)

const P = () => fsRef.promises;

export async function cpFn(src, dest, opts) {
  const stats = await checkPaths(src, dest, opts);
  const { srcStat, destStat, skipped } = stats;
  if (skipped) return undefined;
  await checkParentPaths(src, srcStat, dest);
  return checkParentDir(destStat, src, dest, opts);
}

async function checkPaths(src, dest, opts) {
  if (opts.filter && !(await opts.filter(src, dest))) return { skipped: true };
  const [srcStat, destStat] = await getStats(src, dest, opts);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw systemError('ERR_FS_CP_EINVAL', {
        message: 'src and dest cannot be the same', path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
      });
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw systemError('ERR_FS_CP_DIR_TO_NON_DIR', {
        message: `cannot overwrite non-directory ${dest} with directory ${src}`,
        path: dest, syscall: 'cp', errno: 21, code: 'EISDIR',
      });
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw systemError('ERR_FS_CP_NON_DIR_TO_DIR', {
        message: `cannot overwrite directory ${dest} with non-directory ${src}`,
        path: dest, syscall: 'cp', errno: 20, code: 'ENOTDIR',
      });
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw systemError('ERR_FS_CP_EINVAL', {
      message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  return { srcStat, destStat, skipped: false };
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function getStats(src, dest, opts) {
  const statFunc = opts.dereference ? (file) => P().stat(file, { bigint: true }) : (file) => P().lstat(file, { bigint: true });
  return Promise.all([
    statFunc(src),
    statFunc(dest).then(undefined, (err) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    }),
  ]);
}

async function checkParentDir(destStat, src, dest, opts) {
  const destParent = dirname(dest);
  const dirExists = await pathExists(destParent);
  if (dirExists) return getStatsForCopy(destStat, src, dest, opts);
  await P().mkdir(destParent, { recursive: true });
  return getStatsForCopy(destStat, src, dest, opts);
}

function pathExists(dest) {
  return P().stat(dest).then(() => true, (err) => (err.code === 'ENOENT' ? false : Promise.reject(err)));
}

async function checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return undefined;
  let destStat;
  try {
    destStat = await P().stat(destParent, { bigint: true });
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) {
    throw systemError('ERR_FS_CP_EINVAL', {
      message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  return checkParentPaths(src, srcStat, destParent);
}

async function getStatsForCopy(destStat, src, dest, opts) {
  const statFn = opts.dereference ? P().stat : P().lstat;
  const srcStat = await statFn(src);
  if (srcStat.isDirectory() && opts.recursive) return onDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) {
    throw systemError('ERR_FS_EISDIR', {
      message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: 21, code: 'EISDIR',
    });
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return onLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) {
    throw systemError('ERR_FS_CP_SOCKET', {
      message: `cannot copy a socket file: ${dest}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  if (srcStat.isFIFO()) {
    throw systemError('ERR_FS_CP_FIFO_PIPE', {
      message: `cannot copy a FIFO pipe: ${dest}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  throw systemError('ERR_FS_CP_UNKNOWN', {
    message: `cannot copy an unknown file type: ${dest}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
  });
}

function onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return _copyFile(srcStat, src, dest, opts);
  return mayCopyFile(srcStat, src, dest, opts);
}

async function mayCopyFile(srcStat, src, dest, opts) {
  if (opts.force) {
    await P().unlink(dest);
    return _copyFile(srcStat, src, dest, opts);
  }
  if (opts.errorOnExist) {
    throw systemError('ERR_FS_CP_EEXIST', {
      message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST',
    });
  }
  return undefined;
}

async function _copyFile(srcStat, src, dest, opts) {
  await P().copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    if ((srcStat.mode & 0o200) === 0) await P().chmod(dest, srcStat.mode | 0o200);
    const updated = await P().stat(src);
    await P().utimes(dest, updated.atime, updated.mtime);
  }
  return P().chmod(dest, srcStat.mode);
}

async function onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    await P().mkdir(dest);
    await copyDir(src, dest, opts);
    return P().chmod(dest, srcStat.mode);
  }
  if (opts.errorOnExist && !opts.force) {
    throw systemError('ERR_FS_CP_EEXIST', {
      message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST',
    });
  }
  return copyDir(src, dest, opts);
}

async function copyDir(src, dest, opts) {
  const dir = await P().opendir(src);
  for await (const { name } of dir) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = await checkPaths(srcItem, destItem, opts);
    if (!skipped) await getStatsForCopy(destStat, srcItem, destItem, opts);
  }
}

async function onLink(destStat, src, dest, opts) {
  let resolvedSrc = await P().readlink(src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
  if (!destStat) return P().symlink(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = await P().readlink(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return P().symlink(resolvedSrc, dest);
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw systemError('ERR_FS_CP_EINVAL', {
      message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
      path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  const srcStat = await P().stat(src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw systemError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', {
      message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, path: dest, syscall: 'cp', errno: 22, code: 'EINVAL',
    });
  }
  await P().unlink(dest);
  return P().symlink(resolvedSrc, dest);
}

