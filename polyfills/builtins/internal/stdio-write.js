// process.stdout and process.stderr as Node makes them: a tty.WriteStream
// on a terminal, otherwise a Writable over the descriptor. Writes are
// synchronous (as Node's are for files and pipes on Linux), so nothing is
// left buffered at exit. end() or destroy() never close the descriptor.
import stream from '../stream.js';
import bufferModule from '../buffer.js';
import { binding } from '../../bootstrap/native.js';
import { WriteStream as TtyWriteStream } from '../tty.js';

const { Writable } = stream;
const { Buffer } = bufferModule;

function writeChunk(fd, chunk, encoding) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
    chunk = Buffer.from(chunk, encoding);
  }
  binding.write(fd, chunk);
}

class StdioWriteStream extends Writable {
  constructor(fd, type) {
    super({ decodeStrings: false });
    this.fd = fd;
    this._type = type;
  }

  _write(chunk, encoding, cb) {
    writeChunk(this.fd, chunk, encoding);
    cb();
  }

  _writev(chunks, cb) {
    for (const { chunk, encoding } of chunks) writeChunk(this.fd, chunk, encoding);
    cb();
  }
}

// Node keeps stdio open whatever the guest does with the stream: once
// ended or destroyed (pipeline ends its destination) it is reset, so later
// writes still reach the descriptor; 'close' is still seen by pipeline.
function keepOpen(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) globalThis.process.nextTick(() => this.emit('close'));
}

export function createWritableStdio(fd) {
  let s;
  if (binding.tty.isatty(fd)) {
    s = new TtyWriteStream(fd);
  } else {
    s = new StdioWriteStream(fd, 'pipe');
  }
  s.fd = fd;
  s._isStdio = true;
  s._destroy = keepOpen;
  s.destroySoon = s.destroy;
  return s;
}
