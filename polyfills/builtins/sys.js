// node:sys — deprecated alias of node:util (DEP0025, emitted on load as Node does).
import util from './util.js';

globalThis.process?.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');

export default util;
