// node:_stream_wrap — deprecated (DEP0125) internal module exporting
// JSStreamSocket, a net.Socket over any duplex stream; it needs the net
// bridge, so constructing one throws ERR_NOT_IMPLEMENTED.
import net from './net.js';
import { stubClass } from './internal/stub.js';

globalThis.process?.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');

export default stubClass('JSStreamSocket', { base: net.Socket, length: 1 });
