// node:tty — isatty() (a secexec guest's descriptors are never
// terminals: false) plus the ReadStream/WriteStream constructors, which
// throw ERR_NOT_IMPLEMENTED until the bridge provides terminals.
import net from './net.js';
import { stubClass } from './internal/stub.js';

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && false;
}

export default {
  isatty,
  ReadStream: stubClass('tty.ReadStream', { base: net.Socket, protoMethods: ['setRawMode'], length: 2 }),
  WriteStream: stubClass('tty.WriteStream', {
    base: net.Socket,
    protoMethods: ['getColorDepth', 'hasColors', 'getWindowSize', 'clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor'],
    length: 1,
  }),
};
