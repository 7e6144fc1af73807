// readline's Interface: lines from a readable stream. Without a terminal
// (pipes, files, streams) input is split on \n, \r\n and \r, as Node does,
// with `crlfDelay` joining a \r and a \n that arrive in separate chunks.
// On a terminal (output.isTTY) keys are decoded and the line is edited in
// place: printable text, backspace/delete, left/right/home/end, history
// up/down, Enter, Ctrl-C (SIGINT or close), Ctrl-D (close on an empty line),
// Ctrl-U/K/W/A/E. Tab completion calls `completer` and prints the
// candidates; Node's multi-column layout is simplified to one line.
import events from '../events.js';
import stringDecoder from '../string_decoder.js';
import { makeNodeError, invalidArgType, invalidArgValue, validateInteger, validateAbortSignal } from './validators.js';
import { emitKeypressEvents } from './readline-keys.js';
import { clearLine, cursorTo, moveCursor } from './readline-cursor.js';

const { StringDecoder } = stringDecoder;
const { EventEmitter } = events;
const kQuestionCallback = Symbol('kQuestionCallback');
const kPrompt = Symbol('kPrompt');
const kOldPrompt = Symbol('kOldPrompt');
const kDecoder = Symbol('kDecoder');
const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kPaused = Symbol('kPaused');
const kOnData = Symbol('kOnData');
const kOnEnd = Symbol('kOnEnd');
const kOnKeypress = Symbol('kOnKeypress');
const kHistoryIndex = Symbol('kHistoryIndex');
const kAbort = Symbol('kAbort');
export const kQuestion = Symbol('kQuestion');
const lineEnding = /\r?\n|\r(?!\n)/g;

export function useAfterClose() {
  return makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

export function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  let escapeCodeTimeout = 500;
  if (input && input.input) {
    const opts = input;
    output = opts.output;
    completer = opts.completer;
    terminal = opts.terminal;
    history = opts.history;
    historySize = opts.historySize;
    signal = opts.signal;
    if (opts.tabSize !== undefined) {
      validateInteger(opts.tabSize, 'tabSize', 1, 4294967295);
      tabSize = opts.tabSize;
    }
    removeHistoryDuplicates = opts.removeHistoryDuplicates;
    if (opts.prompt !== undefined) prompt = opts.prompt;
    if (opts.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(opts.escapeCodeTimeout)) {
        // Node reports the value in effect, not the one given.
        throw invalidArgValue('input.escapeCodeTimeout', escapeCodeTimeout);
      }
      escapeCodeTimeout = opts.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = opts.crlfDelay;
    input = opts.input;
  }
  if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw invalidArgType('history', 'an instance of Array', history);
  if (historySize === undefined) historySize = 30;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "historySize" is out of range. It must be >= 0. Received ${historySize}`);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = escapeCodeTimeout;
  this.tabSize = tabSize;
  EventEmitter.call(this);
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.completer = completer;
  this.terminal = !!terminal;
  this[kPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = '';
  this[kSawReturnAt] = 0;
  this[kPaused] = false;
  this[kHistoryIndex] = -1;
  this[kDecoder] = new StringDecoder('utf8');

  this[kOnData] = (data) => this._normalWrite(data);
  this[kOnEnd] = () => {
    if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) {
      const rest = this[kLineBuffer];
      this[kLineBuffer] = '';
      this._onLine(rest);
    }
    this.close();
  };
  if (this.terminal) {
    this.cursor = 0;
    emitKeypressEvents(input, this);
    this[kOnKeypress] = (s, key) => this._ttyWrite(s, key);
    input.on('keypress', this[kOnKeypress]);
    input.on('end', this[kOnEnd]);
    if (typeof input.setRawMode === 'function') input.setRawMode(true);
  } else {
    input.on('data', this[kOnData]);
    input.on('end', this[kOnEnd]);
  }
  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      globalThis.process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (typeof s !== 'string') {
    throw invalidArgType('stringToWrite', 'of type string', s);
  }
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this[kPaused]) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this[kPrompt]);
  }
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const callback = cb;
    cb = (answer) => {
      options.signal.removeEventListener('abort', onAbort);
      callback(answer);
    };
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Interface.prototype[kQuestion] = function (query, cb) {
  if (this.closed) throw useAfterClose();
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }
};

const kQuestionCancel = Symbol('kQuestionCancel');
export { kQuestionCancel };
Interface.prototype[kQuestionCancel] = function () {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    // Node ends the abandoned question's line, terminal or not.
    this.line = '';
    if (this.terminal) this.cursor = 0;
    this._writeToOutput('\r\n');
  }
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let string = typeof b === 'string' ? b : this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  const newPartContainsEnding = lineEnding.test(string);
  lineEnding.lastIndex = 0;
  if (this[kLineBuffer].length > 0) {
    string = this[kLineBuffer] + string;
    this[kLineBuffer] = '';
  }
  if (newPartContainsEnding) {
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const lines = string.split(lineEnding);
    this[kLineBuffer] = lines.pop();
    for (const line of lines) {
      this._onLine(line);
      if (this.closed) return;
    }
  } else if (string) {
    this[kLineBuffer] = string;
  }
};

Interface.prototype.pause = function pause() {
  if (this[kPaused]) return;
  this.input.pause();
  this[kPaused] = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this[kPaused]) return;
  this.input.resume();
  this[kPaused] = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function write(d, key) {
  if (this[kPaused]) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) {
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(false);
    this.input.removeListener('keypress', this[kOnKeypress]);
  } else {
    this.input.removeListener('data', this[kOnData]);
  }
  this.input.removeListener('end', this[kOnEnd]);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const text = this[kPrompt] + this.line.slice(0, this.cursor || 0);
  const cols = this.columns;
  if (!Number.isFinite(cols)) return { rows: 0, cols: text.length };
  return { rows: Math.floor(text.length / cols), cols: text.length % cols };
};

// --- terminal editing --------------------------------------------------

Interface.prototype._refreshLine = function _refreshLine() {
  if (!this.output) return;
  cursorTo(this.output, 0);
  clearLine(this.output, 0);
  this._writeToOutput(this[kPrompt] + this.line);
  cursorTo(this.output, this[kPrompt].length + this.cursor);
};

Interface.prototype._insertString = function _insertString(c) {
  this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
  this.cursor += c.length;
  if (this.cursor === this.line.length) this._writeToOutput(c);
  else this._refreshLine();
};

Interface.prototype._addHistory = function _addHistory() {
  if (this.line.length === 0 || this.historySize === 0) return this.line;
  if (this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this.removeHistoryDuplicates) {
      const i = this.history.indexOf(this.line);
      if (i !== -1) this.history.splice(i, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this[kHistoryIndex] = -1;
  this.emit('history', this.history);
  return this.history[0];
};

Interface.prototype._historyMove = function _historyMove(dir) {
  const next = this[kHistoryIndex] + dir;
  if (next < -1 || next >= this.history.length) return;
  this[kHistoryIndex] = next;
  this.line = next === -1 ? '' : this.history[next];
  this.cursor = this.line.length;
  this._refreshLine();
};

Interface.prototype._complete = function _complete() {
  const done = (err, result) => {
    if (err || !result) return;
    const [completions, completeOn] = result;
    if (!completions || completions.length === 0) return;
    if (completions.length === 1) {
      this._insertString(completions[0].slice(completeOn.length));
      return;
    }
    this._writeToOutput('\r\n' + completions.join('  ') + '\r\n');
    let prefix = completions[0];
    for (const c of completions) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
    if (prefix.length > completeOn.length) this._insertString(prefix.slice(completeOn.length));
    this._refreshLine();
  };
  const line = this.line.slice(0, this.cursor);
  if (this.completer.length === 2) this.completer(line, done);
  else {
    try {
      done(null, this.completer(line));
    } catch (err) {
      this.emit('error', err);
    }
  }
};

Interface.prototype._ttyWrite = function _ttyWrite(s, key) {
  key = key || {};
  if (key.ctrl && key.name === 'c') {
    if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
    else this.close();
    return;
  }
  if (key.ctrl && key.name === 'd') {
    if (this.cursor === 0 && this.line.length === 0) this.close();
    else if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
      this._refreshLine();
    }
    return;
  }
  switch (key.name) {
    case 'return':
    case 'enter': {
      this[kSawReturnAt] = key.name === 'return' ? Date.now() : 0;
      const line = this._addHistory();
      this.line = '';
      this.cursor = 0;
      this._writeToOutput('\r\n');
      this._onLine(line);
      return;
    }
    case 'backspace':
      if (this.cursor > 0) {
        this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
        this.cursor--;
        this._refreshLine();
      }
      return;
    case 'delete':
      if (this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
        this._refreshLine();
      }
      return;
    case 'left':
      if (this.cursor > 0) {
        this.cursor--;
        moveCursor(this.output, -1, 0);
      }
      return;
    case 'right':
      if (this.cursor < this.line.length) {
        this.cursor++;
        moveCursor(this.output, 1, 0);
      }
      return;
    case 'home':
      this.cursor = 0;
      this._refreshLine();
      return;
    case 'end':
      this.cursor = this.line.length;
      this._refreshLine();
      return;
    case 'up':
      this._historyMove(1);
      return;
    case 'down':
      this._historyMove(-1);
      return;
    case 'tab':
      if (typeof this.completer === 'function' && this.isCompletionEnabled) {
        this._complete();
        return;
      }
      break;
    default:
      break;
  }
  if (key.ctrl) {
    switch (key.name) {
      case 'a': this.cursor = 0; this._refreshLine(); return;
      case 'e': this.cursor = this.line.length; this._refreshLine(); return;
      case 'u': this.line = this.line.slice(this.cursor); this.cursor = 0; this._refreshLine(); return;
      case 'k': this.line = this.line.slice(0, this.cursor); this._refreshLine(); return;
      case 'w': {
        const before = this.line.slice(0, this.cursor).replace(/\S+\s*$/, '');
        this.line = before + this.line.slice(this.cursor);
        this.cursor = before.length;
        this._refreshLine();
        return;
      }
      default: return;
    }
  }
  if (typeof s === 'string' && s && !key.meta) {
    const text = s.replace(/\r\n?/g, '\n');
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (parts[i]) this._insertString(parts[i]);
      if (i < parts.length - 1) this._ttyWrite('\r', { name: 'return' });
    }
  }
};

// Lines as an async iterator; input is paused while many lines wait.
Interface.prototype[Symbol.asyncIterator] = function () {
  const queue = [];
  const waiting = [];
  let finished = false;
  const onLine = (line) => {
    if (waiting.length) waiting.shift().resolve({ value: line, done: false });
    else {
      queue.push(line);
      if (queue.length >= 1024) this.pause();
    }
  };
  const onClose = () => {
    finished = true;
    this.removeListener('line', onLine);
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
  };
  this.on('line', onLine);
  if (this.closed) onClose();
  else this.once('close', onClose);
  const iterator = {
    next: () => {
      if (queue.length) {
        const value = queue.shift();
        if (queue.length < 1024 && !this.closed) this.resume();
        return Promise.resolve({ value, done: false });
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    // Leaving the loop stops listening; the interface stays open, as in Node.
    return: () => {
      onClose();
      this.removeListener('close', onClose);
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
};

