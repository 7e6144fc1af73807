// The `util` package (browserify's node-util), patched in place before the
// packages that read it at load time (assert, its comparisons) see it: its
// inspect/format and types become ours, so assertion messages and deep
// comparisons use the same inspect and V8's own type checks as node:util.
import utilPkg from 'util/';
import { inspect, format, formatWithOptions } from '../../bootstrap/inspect.js';
import types from '../util__types.js';

if (utilPkg.inspect !== inspect) {
  utilPkg.inspect = inspect;
  utilPkg.format = format;
  utilPkg.formatWithOptions = formatWithOptions;
  utilPkg.types = types;
}

export default utilPkg;
