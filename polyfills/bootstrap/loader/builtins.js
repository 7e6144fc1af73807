// The guest's builtin modules, as the registry (registry/builtins.json)
// describes them: loadBuiltin() gives a module's exports, evaluating it on
// first use; a denied one, or one narrowed away by --allow-builtins, throws
// ERR_ACCESS_DENIED.
import { builtinTable, builtinNames } from 'secexec-builtins';
import { makeNodeError } from '../errors.js';

const cache = new Map();
let allowed = null; // null: all; else a Set of names the runtime allows

export function setAllowedBuiltins(list) {
  allowed = list ? new Set(list) : null;
}

// The name without `node:`, if `id` names a builtin as Node accepts it.
export function builtinName(id) {
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return Object.prototype.hasOwnProperty.call(builtinTable, name) ? name : undefined;
  }
  const entry = Object.prototype.hasOwnProperty.call(builtinTable, id) ? builtinTable[id] : undefined;
  return entry && !entry.prefixOnly ? id : undefined;
}

export function isBuiltin(id) {
  return typeof id === 'string' && builtinName(id) !== undefined;
}

export function isDenied(name) {
  const entry = builtinTable[name];
  return entry.kind === 'denied' || (allowed !== null && !allowed.has(name));
}

export function loadBuiltin(name) {
  if (isDenied(name)) {
    const why = builtinTable[name].kind === 'denied' ? 'is not available in secexec' : 'is not allowed in this runtime';
    throw makeNodeError(Error, 'ERR_ACCESS_DENIED', `Access to the builtin module 'node:${name}' is denied: it ${why}`);
  }
  let m = cache.get(name);
  if (m === undefined) {
    m = builtinTable[name].load();
    cache.set(name, m);
  }
  return m;
}

export function builtinKind(name) {
  return builtinTable[name] && builtinTable[name].kind;
}

// Node 22's module.builtinModules: every requirable name (node:-only ones
// excluded), whatever the narrowing.
export const builtinModules = builtinNames.filter((n) => !builtinTable[n].prefixOnly);
