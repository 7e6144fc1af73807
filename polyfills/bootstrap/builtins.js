// The builtins this step provides to `require` (the full registry-driven
// loader is a later step). Each entry is built on first use.
import { binding } from './native.js';
import { EventEmitter } from './event-emitter.js';
import { invalidArgType, notImplemented } from './errors.js';
import { inspect, format, formatWithOptions, stripVTControlCharacters } from './inspect.js';
import * as timers from './timers.js';

const cache = new Map();

function fsModule() {
  const enc = (options) => (typeof options === 'string' ? options : options && options.encoding);
  const decoder = new TextDecoder();
  const checkPath = (path) => {
    if (typeof path !== 'string' && !(path instanceof URL)) {
      throw invalidArgType('path', 'of type string or an instance of Buffer or URL', path);
    }
    return path instanceof URL ? decodeURIComponent(path.pathname) : path;
  };
  const fs = {
    readFileSync(path, options) {
      const bytes = binding.readFile(checkPath(path));
      const e = enc(options);
      if (e === 'utf8' || e === 'utf-8') return decoder.decode(bytes);
      if (e) throw notImplemented(`fs.readFileSync with encoding '${e}'`);
      return bytes;
    },
    writeFileSync(path, data, options) {
      const mode = options && typeof options === 'object' && options.mode !== undefined ? options.mode : 0o666;
      binding.writeFile(checkPath(path), typeof data === 'string' ? data : data, false, mode);
    },
    appendFileSync(path, data, options) {
      const mode = options && typeof options === 'object' && options.mode !== undefined ? options.mode : 0o666;
      binding.writeFile(checkPath(path), data, true, mode);
    },
    existsSync(path) {
      try {
        binding.access(checkPath(path), 0);
        return true;
      } catch {
        return false;
      }
    },
  };
  return new Proxy(fs, {
    get(target, key) {
      if (key in target || typeof key === 'symbol') return target[key];
      return () => { throw notImplemented(`fs.${String(key)}()`); };
    },
  });
}

const factories = {
  util: () => ({
    inspect, format, formatWithOptions, stripVTControlCharacters, types: binding.types,
    inherits(ctor, superCtor) {
      Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
      Object.setPrototypeOf(ctor, superCtor);
      Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    },
    isDeepStrictEqual: () => { throw notImplemented('util.isDeepStrictEqual()'); },
  }),
  events: () => {
    const m = EventEmitter;
    m.EventEmitter = EventEmitter;
    return m;
  },
  timers: () => ({
    setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval, clearInterval: timers.clearInterval,
    setImmediate: timers.setImmediate, clearImmediate: timers.clearImmediate,
  }),
  console: () => globalThis.console,
  process: () => globalThis.process,
  fs: fsModule,
};

export function builtin(id) {
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (!Object.prototype.hasOwnProperty.call(factories, name)) return undefined;
  let m = cache.get(name);
  if (m === undefined) {
    m = factories[name]();
    cache.set(name, m);
  }
  return m;
}
