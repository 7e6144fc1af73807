// node:readline/promises — the Interface whose question() returns a
// promise (with an AbortSignal option), and Readline, which queues cursor
// actions and writes them on commit() (or at once with autoCommit).
import { Interface as BaseInterface, kQuestion, kQuestionCancel, useAfterClose } from './internal/readline-interface.js';
import { validateAbortSignal, validateInteger, invalidArgType } from './internal/validators.js';

const CSI = '\x1b[';

export class Interface extends BaseInterface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options !== null && typeof options === 'object' && options.signal) {
        const { signal } = options;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortError(signal.reason));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(abortError(signal.reason));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      if (this.closed) {
        reject(useAfterClose());
        return;
      }
      this[kQuestion](query, cb);
    });
  }
}

function abortError(cause) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (cause !== undefined) Object.defineProperty(err, 'cause', { value: cause, writable: true, configurable: true });
  return err;
}

const kStream = Symbol('kStream');
const kTodo = Symbol('kTodo');
const kAutoCommit = Symbol('kAutoCommit');

export class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw invalidArgType('stream', 'an instance of Writable', stream);
    }
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = !!(options && options.autoCommit);
  }

  [Symbol.for('secexec.readline.queue')](data) {
    if (this[kAutoCommit]) this[kStream].write(data);
    else this[kTodo].push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y !== undefined) validateInteger(y, 'y');
    return this[Symbol.for('secexec.readline.queue')](y === undefined ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `${CSI}${-dx}D`;
      else if (dx > 0) data += `${CSI}${dx}C`;
      if (dy < 0) data += `${CSI}${-dy}A`;
      else if (dy > 0) data += `${CSI}${dy}B`;
      this[Symbol.for('secexec.readline.queue')](data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this[Symbol.for('secexec.readline.queue')](dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
  }

  clearScreenDown() {
    return this[Symbol.for('secexec.readline.queue')](`${CSI}0J`);
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kTodo].join(''), resolve);
      this[kTodo] = [];
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

export function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

export default { Interface, Readline, createInterface };
