// Node 22's module-syntax detection: a file whose format the package does
// not say (a .js without "type") is CommonJS unless parsing it as CommonJS
// fails on ES module syntax.
import { binding } from '../native.js';

const esmSyntaxMessages = [
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
  'await is only valid in async functions and the top level bodies of modules',
];

export const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// A "#!" line is a comment to Node; keep the line so positions stay right.
export function stripShebang(source) {
  return source.startsWith('#!') ? `//${source.slice(2)}` : source;
}

// The CommonJS wrapper function of `source`, or null when it is ES module
// syntax. Other syntax errors are thrown straight from V8 (compiling again
// outside any catch), so the report points at the error, not at a rethrow.
export function compileCjsOrDetect(source, filename) {
  const text = stripShebang(source);
  try {
    return binding.compileFunction(text, filename, wrapperParams);
  } catch (err) {
    if (err instanceof SyntaxError && esmSyntaxMessages.some((m) => err.message.includes(m))) return null;
  }
  return binding.compileFunction(text, filename, wrapperParams);
}

// The main script is detected before the loader runs it: the wrapper
// compiled for that is kept for the one load that follows, not compiled twice.
let kept = null;

export function looksLikeEsm(filename) {
  const fn = compileCjsOrDetect(binding.readFileUtf8(filename), filename);
  kept = fn === null ? null : { filename, fn };
  return fn === null;
}

export function takeCompiled(filename) {
  const k = kept;
  kept = null;
  return k !== null && k.filename === filename ? k.fn : null;
}
