// node:readline — Interface/createInterface over any readable stream
// (internal/readline-interface.js), keypress decoding
// (internal/readline-keys.js) and the ANSI cursor helpers.
import { Interface as InterfaceBase } from './internal/readline-interface.js';
import { emitKeypressEvents } from './internal/readline-keys.js';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './internal/readline-cursor.js';
import promises from './readline__promises.js';

// As in Node, readline.Interface and readline/promises' Interface are
// siblings over one implementation, not one another's subclass.
export function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  Reflect.apply(InterfaceBase, this, [input, output, completer, terminal]);
}
Object.setPrototypeOf(Interface.prototype, InterfaceBase.prototype);
Object.setPrototypeOf(Interface, InterfaceBase);

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

export default {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};
