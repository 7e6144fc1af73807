// Whether the code that required a builtin lives in a node_modules folder,
// as Node's isInsideNodeModules() decides for its deprecation warnings: the
// first stack frame outside our own bundle is the caller.
export function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const files = [];
  for (const line of stack.split('\n').slice(1)) {
    const m = /\((.*):\d+:\d+\)$/.exec(line) || /at (?:async )?(.*):\d+:\d+$/.exec(line);
    if (m) files.push(m[1]);
  }
  if (files.length === 0) return false;
  const ours = files[0];
  for (const f of files) {
    if (f === ours || f.startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(f);
  }
  return false;
}
