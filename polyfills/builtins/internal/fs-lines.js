// FileHandle.readLines(): Node returns readline.Interface({ input, crlfDelay:
// Infinity }). When the guest's readline has a real Interface it is used;
// until then this small line reader gives the same 'line' / 'close' events
// and async iteration.
import EventEmitter from '../events.js';
import readline from '../readline.js';
import stringDecoder from '../string_decoder.js';

const { StringDecoder } = stringDecoder;

class LineReader extends EventEmitter {
  constructor(input) {
    super();
    this.input = input;
    this.closed = false;
    this.terminal = false;
    this.line = '';
    this.crlfDelay = Infinity;
    this.history = [];
    this._rest = '';
    this._decoder = new StringDecoder('utf8');
    this._paused = false;
    this._onData = (chunk) => this._write(typeof chunk === 'string' ? chunk : this._decoder.write(chunk));
    this._onEnd = () => {
      const tail = this._rest + this._decoder.end();
      this._rest = '';
      if (tail.length > 0) this.emit('line', tail);
      this.close();
    };
    input.on('data', this._onData);
    input.on('end', this._onEnd);
    input.on('error', (err) => this.emit('error', err));
    input.resume();
  }

  _write(s) {
    let text = this._rest + s;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && i + 1 === text.length) {
          // A CR at the end: wait for a possible LF.
          break;
        }
        this.emit('line', text.slice(start, i));
        if (this.closed) return;
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    text = text.slice(start);
    this._rest = text;
  }

  pause() {
    if (this._paused) return this;
    this._paused = true;
    this.input.pause();
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this._paused) return this;
    this._paused = false;
    this.input.resume();
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.input.removeListener('data', this._onData);
    this.input.removeListener('end', this._onEnd);
    this.pause();
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    const lines = [];
    const waiters = [];
    let done = false;
    let error = null;
    const settle = () => {
      while (waiters.length > 0 && (lines.length > 0 || done || error)) {
        const w = waiters.shift();
        if (lines.length > 0) w.resolve({ value: lines.shift(), done: false });
        else if (error) w.reject(error);
        else w.resolve({ value: undefined, done: true });
      }
    };
    this.on('line', (l) => {
      lines.push(l);
      settle();
    });
    this.on('close', () => {
      done = true;
      settle();
    });
    this.on('error', (e) => {
      error = e;
      settle();
    });
    const self = this;
    return {
      next() {
        if (lines.length > 0) return Promise.resolve({ value: lines.shift(), done: false });
        if (error) return Promise.reject(error);
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
      },
      return() {
        self.close();
        done = true;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

export function createLineReader(input) {
  const I = readline.Interface;
  if (typeof I === 'function' && !I[Symbol.for('secexec.notImplemented')]) {
    return new I({ input, crlfDelay: Infinity });
  }
  return new LineReader(input);
}
