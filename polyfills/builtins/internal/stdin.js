// process.stdin: the caller's standard input as Node builds it. A regular
// file is an fs.ReadStream on fd 0; a pipe or a terminal is read by a
// libuv stream (binding.tty.stdinOpen) that reads only while the stream
// wants data, so a paused or unused stdin never keeps the process alive.
import stream from '../stream.js';
import bufferModule from '../buffer.js';
import { binding } from '../../bootstrap/native.js';
import { ReadStream as TtyReadStream } from '../tty.js';

const { Readable } = stream;
const { Buffer } = bufferModule;
const kHandle = Symbol('kHandle');
const kReading = Symbol('kReading');

function setReading(s, on) {
  if (s[kReading] === on || !s[kHandle]) return;
  s[kReading] = on;
  binding.tty.stdinRead(s[kHandle], on);
}

// The pipe/terminal reader shared by StdinPipe and tty.ReadStream.
export function attachStdinReader(s) {
  s[kReading] = false;
  s[kHandle] = binding.tty.stdinOpen((chunk) => {
    if (chunk === null) {
      s[kReading] = false;
      s.push(null);
    } else if (chunk instanceof Error) {
      s[kReading] = false;
      s.destroy(chunk);
    } else if (!s.push(Buffer.from(chunk))) {
      setReading(s, false);
    }
  });
  // Node stops reading a paused stdin so the process can exit.
  s.on('pause', () => nextTickStop(s));
}

function nextTickStop(s) {
  globalThis.process.nextTick(() => {
    if (s.isPaused() || s.readableFlowing === false) setReading(s, false);
  });
}

export function setRawModeOf(s, flag) {
  binding.tty.setRawMode(s[kHandle], flag);
}

export function stdinRead() {
  setReading(this, true);
}

export function stdinDestroy(err, cb) {
  const h = this[kHandle];
  this[kHandle] = null;
  if (h) binding.tty.stdinClose(h);
  cb(err);
}

class StdinPipe extends Readable {
  constructor() {
    super({ highWaterMark: 0, autoDestroy: true });
    this.fd = 0;
    attachStdinReader(this);
  }
}
StdinPipe.prototype._read = stdinRead;
StdinPipe.prototype._destroy = stdinDestroy;

export function createStdin() {
  let s;
  switch (binding.tty.stdinKind()) {
    case 'TTY':
      s = new TtyReadStream(0);
      break;
    case 'FILE':
      // fs's own module, so that its stream functions are set up (it is
      // loaded here even when the guest may not require it).
      s = new (require('../fs.js').default.ReadStream)(null, { fd: 0, autoClose: false });
      break;
    default:
      s = new StdinPipe();
  }
  s.fd = 0;
  return s;
}
