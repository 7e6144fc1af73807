// node:readline/promises — waits for the bridge: the Interface and
// Readline classes and createInterface throw ERR_NOT_IMPLEMENTED.
import events from './events.js';
import { stubFn, stubClass } from './internal/stub.js';

export default {
  Interface: stubClass('readlinePromises.Interface', {
    base: events.EventEmitter, protoMethods: ['close', 'pause', 'resume', 'prompt', 'question', 'setPrompt', 'getPrompt', 'write'], length: 4,
  }),
  Readline: stubClass('readlinePromises.Readline', {
    protoMethods: ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'commit', 'rollback'], length: 1,
  }),
  createInterface: stubFn('readlinePromises.createInterface', 4),
};
