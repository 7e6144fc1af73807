// node:tty — terminals are the caller's: isatty() is true only for the
// guest's descriptors 0-2 when the caller's stdio is a terminal.
// ReadStream is standard input on a terminal (raw mode through the
// bridge); WriteStream is standard output or error on one (its size, its
// colour depth from the environment as Node computes it).
import stream from './stream.js';
import { binding } from '../bootstrap/native.js';
import { validateInteger, makeNodeError } from './internal/validators.js';
import { attachStdinReader, stdinRead, stdinDestroy, setRawModeOf } from './internal/stdin.js';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './internal/readline-cursor.js';

const { Readable, Writable } = stream;

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.tty.isatty(fd);
}

function ttyCheck(fd) {
  validateInteger(fd, 'fd', 0, 2147483647);
  if (!isatty(fd)) {
    throw makeNodeError(Error, 'ERR_TTY_INIT_FAILED', 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
  }
}

export function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  ttyCheck(fd);
  Readable.call(this, { highWaterMark: 0, ...options });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
  attachStdinReader(this);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
ReadStream.prototype._read = stdinRead;
ReadStream.prototype._destroy = stdinDestroy;
ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  setRawModeOf(this, flag);
  this.isRaw = flag;
  return this;
};

// Node's colour-depth rules: FORCE_COLOR, then NO_COLOR/NODE_DISABLE_COLORS
// and dumb terminals, then CI services, then the terminal's name.
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;
const TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m, 'xterm-kitty': COLORS_16m,
};
const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];

export function getColorDepth(env = globalThis.process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return COLORS_16;
      case '2': return COLORS_256;
      case '3': return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'].some((s) => s in env) ||
        env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm': case 'MacTerm': return COLORS_16m;
    case 'Apple_Terminal': return COLORS_256;
    default: break;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (TERM_ENVS[term]) return TERM_ENVS[term];
    if (TERM_ENVS_REG_EXP.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// The methods a terminal WriteStream has; process.stdout/stderr get them
// too when they are terminals.
export const writeStreamMethods = {
  getColorDepth(env) {
    return getColorDepth(env);
  },
  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else {
      validateInteger(count, 'count', 2);
    }
    return count <= 2 ** getColorDepth(env);
  },
  getWindowSize() {
    return [this.columns, this.rows];
  },
  _refreshSize() {
    const size = binding.tty.getWindowSize(this.fd);
    if (!size) return;
    const changed = size[0] !== this.columns || size[1] !== this.rows;
    this.columns = size[0];
    this.rows = size[1];
    if (changed) this.emit('resize');
  },
  cursorTo(x, y, cb) {
    return cursorTo(this, x, y, cb);
  },
  moveCursor(dx, dy, cb) {
    return moveCursor(this, dx, dy, cb);
  },
  clearLine(dir, cb) {
    return clearLine(this, dir, cb);
  },
  clearScreenDown(cb) {
    return clearScreenDown(this, cb);
  },
};

export function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  ttyCheck(fd);
  Writable.call(this, { decodeStrings: false });
  this.fd = fd;
  this._type = 'tty';
  this.isTTY = true;
  const size = binding.tty.getWindowSize(fd);
  if (size) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
for (const [name, fn] of Object.entries(writeStreamMethods)) {
  Object.defineProperty(WriteStream.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
WriteStream.prototype.isTTY = true;
WriteStream.prototype._write = function _write(chunk, encoding, cb) {
  binding.write(this.fd, chunk);
  cb();
};

export default { isatty, ReadStream, WriteStream };
