// node:punycode — punycode.js 2 (the library Node bundles), reporting
// Node 22's bundled version; deprecated (DEP0040): like Node 22, the warning
// is emitted on load unless the requiring code is inside node_modules.
import punycodePkg from 'punycode/';
import { isInsideNodeModules } from './internal/caller.js';

if (!isInsideNodeModules()) {
  globalThis.process?.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

const punycode = {
  version: '2.1.0',
  ucs2: punycodePkg.ucs2,
  decode: punycodePkg.decode,
  encode: punycodePkg.encode,
  toASCII: punycodePkg.toASCII,
  toUnicode: punycodePkg.toUnicode,
};

export default punycode;
