// Uncaught exceptions and unhandled rejections, reported as Node reports
// them: the source line with a caret, the inspected error, the version.
import { binding } from './native.js';
import { makeNodeError } from './errors.js';
import { inspect } from './inspect.js';
import { NODE_VERSION } from './process.js';

let proc = null;
let exitHook = null;

export function setFatalProcess(p, runExit) {
  proc = p;
  exitHook = runExit;
}

function printFatal(err, arrow) {
  // Node's three shapes: native errors print the arrow, a blank line and
  // the inspected error; other objects and primitives start with a blank
  // line, and primitives are printed as strings with a hint.
  let text;
  if (binding.types.isNativeError(err)) {
    text = `${arrow ? `${arrow}\n` : ''}${inspect(err)}\n`;
  } else if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    text = `\n${arrow || ''}${inspect(err)}\n`;
  } else {
    text = `\n${arrow || ''}${String(err)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  binding.write(2, `${text}\nNode.js ${NODE_VERSION}\n`);
}

// Called by the engine with the exception and its "file:line" arrow.
export function fatal(err, arrow, fromPromise = false) {
  if (proc && proc._uncaughtCapture) {
    proc._uncaughtCapture(err);
    return;
  }
  if (proc && proc.listenerCount('uncaughtException') > 0) {
    proc.emit('uncaughtException', err, fromPromise ? 'unhandledRejection' : 'uncaughtException');
    return;
  }
  // An error from vm code already carries the arrow in its stack.
  if (arrow && binding.vm.isDecorated(err)) arrow = '';
  printFatal(err, arrow);
  proc.exitCode = 1;
  exitHook(1);
}

export function onUnhandledRejection(reason, promise) {
  if (proc.emit('unhandledRejection', reason, promise)) return;
  let err = reason;
  let arrow = '';
  if (reason instanceof Error) {
    arrow = binding.errorSource(reason) || '';
  } else {
    err = makeNodeError(Error,
      'ERR_UNHANDLED_REJECTION',
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
      ` reason "${inspect(reason)}".`);
    err.name = 'UnhandledPromiseRejection';
    err.stack = `UnhandledPromiseRejection: ${err.message}`;
    arrow = 'node:internal/process/promises:392\n      new UnhandledPromiseRejection(reason);\n      ^\n';
  }
  fatal(err, arrow, true);
}
