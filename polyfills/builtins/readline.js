// node:readline — the cursor helpers (clearLine, clearScreenDown,
// cursorTo, moveCursor) are implemented; Interface/createInterface and
// emitKeypressEvents wait for the bridge (ERR_NOT_IMPLEMENTED).
import events from './events.js';
import { stubFn, stubClass } from './internal/stub.js';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './internal/readline-cursor.js';
import promises from './readline__promises.js';

const interfaceMethods = ['close', 'pause', 'resume', 'prompt', 'question', 'setPrompt', 'getPrompt', 'write', 'getCursorPos'];

export default {
  Interface: stubClass('readline.Interface', { base: events.EventEmitter, protoMethods: interfaceMethods, length: 4 }),
  clearLine,
  clearScreenDown,
  createInterface: stubFn('readline.createInterface', 4),
  cursorTo,
  emitKeypressEvents: stubFn('readline.emitKeypressEvents', 1),
  moveCursor,
  promises,
};
