// The bootstrap: evaluated once at build time inside the snapshot creator.
// It installs the web and Node globals that need no runtime, and leaves
// `__secexecBoot` for the snapshot, which the engine calls with the native
// binding and the start information of each guest process.
// Language features Node 22 code expects and V8 10.2 lacks: first, so
// everything after may use them.
import './language.js';
import { setNative, binding, bootInfo } from './native.js';
import { setInspectInternals, inspect } from './inspect.js';
import { createConsole } from './console.js';
import * as timers from './timers.js';
import { nextTick, queueMicrotask, runTicks, promiseReject, processRef } from './task-queue.js';
import { endTopLevel } from './async-context.js';
import { performance, now as performanceNow, startPerformance, markLoopStart } from './performance.js';
import { createProcess, setProcessHooks, writeStdio } from './process.js';
import { fatal, onUnhandledRejection, setFatalProcess } from './fatal.js';
import { runMain, unsettledTopLevelAwait } from './main.js';
import { importDynamic, initImportMeta, evaluateSynthetic } from './loader/esm.js';
import { TextEncoder, TextDecoder } from './encoding.js';
import { URL, URLSearchParams } from './url.js';
import { atob, btoa } from './base64.js';
import { DOMException } from './dom-exception.js';
import {
  Event, EventTarget, CustomEvent, AbortController, AbortSignal, setAbortTimers, setEventTargetHooks,
} from './event-target.js';
import { makeNodeError, notImplemented } from './errors.js';
import { setAllowedBuiltins, builtinName, loadBuiltin } from './loader/builtins.js';
import { installWebGlobals } from './web/index.js';

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "value" argument must be specified');
  }
  if (options != null && options.transfer != null && options.transfer.length > 0) {
    throw notImplemented('structuredClone with a transfer list');
  }
  try {
    return binding.deserialize(binding.serialize(value));
  } catch (e) {
    if (e && e.name === 'DataCloneError') throw new DOMException(e.message, 'DataCloneError');
    throw e;
  }
}


// The console writes through process.stdout/stderr once the guest has
// touched them (a test runner replacing their write() sees every line),
// and straight to the descriptor before that (writeStdio).
const stdio = {
  stdout: { write: (s) => writeStdio(1, s) },
  stderr: { write: (s) => writeStdio(2, s) },
};

setAbortTimers({ setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
installWebGlobals(globalThis);

defineGlobal('global', globalThis, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineGlobal('structuredClone', structuredClone, true);
defineGlobal('atob', atob, true);
defineGlobal('btoa', btoa, true);
// An accessor in Node 22; assigning replaces it with plain data.
Object.defineProperty(globalThis, 'performance', {
  ...Object.getOwnPropertyDescriptor({
    get performance() { return performance; },
    set performance(value) {
      Object.defineProperty(globalThis, 'performance', { value, writable: true, configurable: true, enumerable: true });
    },
  }, 'performance'),
  configurable: true,
  enumerable: true,
});
defineGlobal('TextEncoder', TextEncoder);
defineGlobal('TextDecoder', TextDecoder);
defineGlobal('URL', URL);
defineGlobal('URLSearchParams', URLSearchParams);
defineGlobal('DOMException', DOMException);
defineGlobal('Event', Event);
defineGlobal('EventTarget', EventTarget);
defineGlobal('CustomEvent', CustomEvent);
defineGlobal('AbortController', AbortController);
defineGlobal('AbortSignal', AbortSignal);
// Buffer is a global in Node; the buffer builtin is evaluated on first use
// (never while the snapshot is made), then the global becomes plain data.
Object.defineProperty(globalThis, 'Buffer', {
  configurable: true,
  enumerable: false,
  get() {
    const { Buffer } = loadBuiltin('buffer');
    Object.defineProperty(globalThis, 'Buffer', { value: Buffer, writable: true, configurable: true, enumerable: false });
    return Buffer;
  },
  set(value) {
    Object.defineProperty(globalThis, 'Buffer', { value, writable: true, configurable: true, enumerable: false });
  },
});

function boot(nativeBinding, info) {
  setNative(nativeBinding, info);
  setInspectInternals({
    ...nativeBinding,
    types: nativeBinding.types,
    kPending: 0,
    kFulfilled: 1,
    kRejected: 2,
    ALL_PROPERTIES: 0,
    ONLY_ENUMERABLE: 2,
    builtinModuleExists: (id) => builtinName(`node:${id}`) !== undefined,
    getCwd: () => nativeBinding.cwd(),
  });
  startPerformance();
  if (info.allowBuiltins) {
    for (const name of info.allowBuiltins) {
      if (builtinName(`node:${name}`) === undefined) throw new Error(`unknown builtin module '${name}' in --allow-builtins`);
    }
    setAllowedBuiltins(info.allowBuiltins);
  }

  const exitNow = (code) => {
    const p = globalThis.process;
    if (!p._exiting) {
      p._exiting = true;
      p.emit('exit', p.exitCode ?? code);
    }
    binding.reallyExit(p.exitCode ?? code);
  };
  setProcessHooks({
    runTicks,
    getBuiltin: (id) => {
      if (typeof id !== 'string') throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "id" argument must be of type string. Received ${typeof id}`);
      const name = builtinName(id);
      return name === undefined ? undefined : loadBuiltin(name);
    },
  });
  const process = createProcess((p) => exitNow(p.exitCode ?? 0));
  defineGlobal('process', process);
  processRef.process = process;
  processRef.onUnhandled = onUnhandledRejection;
  processRef.onUncaught = (err) => fatal(err, (err !== null && typeof err === 'object' && binding.errorSource(err)) || '');
  setFatalProcess(process, exitNow);
  timers.setTimerWarning((msg, type) => process.emitWarning(msg, type));
  // A listener's exception is an uncaught exception, as in Node.
  setEventTargetHooks({
    reportError: (err) => process.nextTick(() => { throw err; }),
    emitWarning: (...args) => process.emitWarning(...args),
    now: performanceNow,
  });

  const console = createConsole({
    stdout: stdio.stdout,
    stderr: stdio.stderr,
    now: performanceNow,
    emitWarning: (msg) => process.emitWarning(msg),
  });
  // Inspector-only members in Node; here inert, with Node's shapes.
  Object.defineProperty(console, 'context', {
    value: function context() { return console; }, writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(console, 'createTask', {
    value: function createTask() { return { run: (fn) => fn() }; }, writable: true, enumerable: true, configurable: true,
  });
  defineGlobal('console', console);

  return {
    runMain() {
      try {
        runMain();
      } finally {
        endTopLevel();
      }
      runTicks();
      markLoopStart();
    },
    runTicks,
    processTimers: timers.processTimers,
    processImmediate: timers.processImmediate,
    beforeExit() {
      if (!process._exiting) {
        process.emit('beforeExit', process.exitCode ?? 0);
        runTicks();
      }
    },
    exit() {
      if (!process._exiting && unsettledTopLevelAwait()) {
        process.exitCode = 13;
      }
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode ?? 0);
      }
      const code = process.exitCode ?? 0;
      return typeof code === 'number' ? code : Number(code) | 0;
    },
    fatal(err, arrow) {
      fatal(err, arrow);
    },
    promiseReject,
    importDynamic,
    initImportMeta,
    evaluateSynthetic,
  };
}

globalThis.__secexecBoot = boot;
