// The loader of one guest process: one resolver (with its package.json
// and stat caches) over the shim, shared by CommonJS and ES modules.
import { binding } from '../native.js';
import { createResolver } from './resolve.js';
import { setCjsDeps } from './cjs.js';
import * as esm from './esm.js';
import { isBuiltin } from './builtins.js';

export function createLoader() {
  const fsi = {
    stat(path) {
      const r = binding.statKind(path);
      return r < 0 ? -1 : r;
    },
    readFile(path) {
      try {
        return binding.readFileUtf8(path);
      } catch {
        return undefined;
      }
    },
    realpath: (path) => binding.realpath(path),
    cwd: () => binding.cwd(),
    isBuiltin,
  };
  const resolver = createResolver(fsi);
  setCjsDeps(resolver, esm);
  esm.setEsmDeps(resolver);
  return resolver;
}
