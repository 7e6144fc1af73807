// The guest's `process`: what a Node program reads of its own process,
// all of it virtual — argv/env as the caller gave them, the runtime's pid,
// the shim's cwd — and nothing from the host.
import { binding, bootInfo } from './native.js';
import { EventEmitter } from './event-emitter.js';
import { invalidArgType, makeNodeError, validateInteger, notImplemented } from './errors.js';
import { nextTick } from './task-queue.js';

export const NODE_VERSION = 'v22.0.0';

function makeEnv(entries) {
  const store = {};
  for (const kv of entries) {
    const eq = kv.indexOf('=');
    store[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  // Values are strings, as in Node: assignment coerces, symbols are refused.
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      target[key] = String(value);
      return true;
    },
    defineProperty(target, key, desc) {
      if (!('value' in desc) || desc.get || desc.set) {
        throw makeNodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      target[key] = String(desc.value);
      return true;
    },
  });
}

function hrtime(prev) {
  const ns = binding.hrtime();
  const sec = Number(ns / 1000000000n);
  const nsec = Number(ns % 1000000000n);
  if (prev === undefined) return [sec, nsec];
  if (!Array.isArray(prev)) throw invalidArgType('time', 'an instance of Array', prev);
  if (prev.length !== 2) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "time" is out of range. It must be 2. Received ${prev.length}`);
  }
  let ds = sec - prev[0];
  let dn = nsec - prev[1];
  if (dn < 0) { ds -= 1; dn += 1e9; }
  return [ds, dn];
}
hrtime.bigint = () => binding.hrtime();

const kWarningShown = new Set();

let runTicksHook = () => {};
let getBuiltinHook = () => undefined;

export function setProcessHooks({ runTicks, getBuiltin }) {
  runTicksHook = runTicks;
  getBuiltinHook = getBuiltin;
}

// process.stdout/stderr once made. Until the guest touches one, the
// console writes to the descriptor itself: the same bytes, in the same
// order (stream writes are synchronous too), without loading the stream
// modules for a script that only logs.
const stdioStreams = [];

export function writeStdio(fd, chunk) {
  const stream = stdioStreams[fd];
  if (stream === undefined) binding.write(fd, chunk);
  else stream.write(chunk);
}

export function createProcess(onExit) {
  const process = new EventEmitter();
  const info = bootInfo;
  const startNs = binding.processStartNs();
  let exitCode;

  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  Object.assign(process, {
    title: 'node',
    version: NODE_VERSION,
    versions: {
      node: NODE_VERSION.slice(1),
      v8: '10.2.154.26-node.36',
      uv: '1.44.2',
      modules: '127',
    },
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node', lts: 'Jod' },
    argv: info.argv.slice(),
    argv0: 'node',
    execArgv: [],
    execPath: info.execPath,
    pid: info.pid,
    ppid: info.ppid,
    env: makeEnv(info.env),
    config: { target_defaults: {}, variables: {} },
    features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true, require_module: true, typescript: false },
    _exiting: false,
  });
  // Standard output and error are made on first use (the first
  // console.log, say), as in Node: Writable streams over fds 1 and 2.
  for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: true,
      get() {
        if (stdioStreams[fd] === undefined) {
          stdioStreams[fd] = require('../builtins/internal/stdio-write.js').createWritableStdio(fd);
        }
        return stdioStreams[fd];
      },
    });
  }
  // Standard input is made on first use, as in Node (reading it is what
  // keeps a process waiting for input).
  let stdin;
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: true,
    get() {
      if (stdin === undefined) stdin = require('../builtins/internal/stdin.js').createStdin();
      return stdin;
    },
  });

  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
  });

  process.cwd = () => binding.cwd();
  process.chdir = (dir) => {
    if (typeof dir !== 'string') throw invalidArgType('directory', 'of type string', dir);
    binding.chdir(dir);
  };
  process.hrtime = hrtime;
  process.uptime = () => Number(binding.hrtime() - startNs) / 1e9;
  process.memoryUsage = () => {
    const m = binding.memoryUsage();
    return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: m[3], arrayBuffers: m[4] };
  };
  process.memoryUsage.rss = () => binding.memoryUsage()[0];
  process.nextTick = nextTick;
  process.umask = (mask) => {
    if (mask !== undefined) throw notImplemented('process.umask(mask)');
    return 0o22;
  };
  process.getuid = () => 0;
  process.geteuid = () => 0;
  process.getgid = () => 0;
  process.getegid = () => 0;
  process.kill = () => { throw notImplemented('process.kill()'); };
  process.abort = () => binding.reallyExit(134);
  process.reallyExit = (code) => binding.reallyExit(code);

  // The rest of Node 22's process surface: what a sandbox can honestly
  // answer is answered; what would need a host facility says so.
  process._rawDebug = (...args) => binding.write(2, `${args.join(' ')}\n`);
  process.moduleLoadList = [];
  process.binding = (name) => { throw notImplemented(`process.binding('${name}')`); };
  process._linkedBinding = (name) => { throw notImplemented(`process._linkedBinding('${name}')`); };
  process.domain = null;
  process.dlopen = () => {
    throw makeNodeError(Error, 'ERR_DLOPEN_DISABLED', 'Cannot load native addon because loading addons is disabled.');
  };
  process._getActiveRequests = () => [];
  process._getActiveHandles = () => [];
  process.getActiveResourcesInfo = () => [];
  process._kill = () => { throw notImplemented('process._kill()'); };
  process.cpuUsage = (prev) => {
    const us = Math.round(Number(binding.hrtime() - startNs) / 1e3);
    const now = { user: us, system: 0 };
    return prev ? { user: now.user - prev.user, system: now.system - prev.system } : now;
  };
  process.threadCpuUsage = process.cpuUsage;
  process.resourceUsage = () => { throw notImplemented('process.resourceUsage()'); };
  // The runtime's --memory budget (0: none), and what is left of it — the
  // shim's /proc/meminfo shows the budget as the machine's memory.
  process.constrainedMemory = () => bootInfo.memoryLimit || 0;
  process.availableMemory = () => {
    let text = '';
    try {
      text = binding.readFileUtf8('/proc/meminfo');
    } catch {
      return 0;
    }
    const m = /^MemAvailable:\s+(\d+) kB/m.exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  };
  process.execve = () => { throw notImplemented('process.execve()'); };
  process.ref = (obj) => { if (obj && typeof obj.ref === 'function') obj.ref(); };
  process.unref = (obj) => { if (obj && typeof obj.unref === 'function') obj.unref(); };
  process.finalization = {
    register() { throw notImplemented('process.finalization.register()'); },
    registerBeforeExit() { throw notImplemented('process.finalization.registerBeforeExit()'); },
    unregister() {},
  };
  process.openStdin = () => { throw notImplemented('process.openStdin()'); };
  process.getgroups = () => [0];
  for (const name of ['initgroups', 'setgroups', 'setegid', 'seteuid', 'setgid', 'setuid']) {
    process[name] = () => { throw notImplemented(`process.${name}()`); };
  }
  process.allowedNodeEnvironmentFlags = new Set();
  process.assert = (value, message) => {
    if (!value) throw makeNodeError(Error, 'ERR_ASSERTION', message || 'assertion error');
  };
  process._tickCallback = () => runTicksHook();
  process._fatalException = () => { throw notImplemented('process._fatalException()'); };
  let captureCallback = null;
  process.setUncaughtExceptionCaptureCallback = (fn) => {
    if (fn !== null && typeof fn !== 'function') throw invalidArgType('fn', 'of type function or null', fn);
    if (fn !== null && captureCallback !== null) {
      throw makeNodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
        '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    }
    captureCallback = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = () => captureCallback !== null;
  Object.defineProperty(process, '_uncaughtCapture', { get: () => captureCallback });
  process.sourceMapsEnabled = false;
  process.setSourceMapsEnabled = (v) => { process.sourceMapsEnabled = Boolean(v); };
  process.getBuiltinModule = (id) => getBuiltinHook(id);
  process.loadEnvFile = () => { throw notImplemented('process.loadEnvFile()'); };
  process._debugProcess = () => { throw notImplemented('process._debugProcess()'); };
  process._debugEnd = () => {};
  process._startProfilerIdleNotifier = () => {};
  process._stopProfilerIdleNotifier = () => {};
  process.debugPort = 9229;
  process._preload_modules = [];
  process.report = {
    compact: false, directory: '', filename: '', reportOnFatalError: false, reportOnSignal: false,
    reportOnUncaughtException: false, signal: 'SIGUSR2', excludeNetwork: false,
    getReport() { throw notImplemented('process.report.getReport()'); },
    writeReport() { throw notImplemented('process.report.writeReport()'); },
  };

  process.exit = (code) => {
    if (code !== undefined) process.exitCode = code;
    onExit(process);
  };

  process.emitWarning = (warning, type, code, ctor) => {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ({ type, code, detail } = type);
    } else if (typeof type === 'function') {
      type = undefined;
    }
    if (typeof code === 'function') code = undefined;
    if (typeof warning === 'string') {
      const err = new Error(warning);
      err.name = String(type || 'Warning');
      if (code !== undefined) err.code = code;
      if (detail !== undefined) err.detail = detail;
      warning = err;
    } else if (!(warning instanceof Error)) {
      throw invalidArgType('warning', 'of type string or an instance of Error', warning);
    }
    if (warning.name === 'DeprecationWarning' && warning.code !== undefined) {
      if (kWarningShown.has(warning.code)) return;
      kWarningShown.add(warning.code);
    }
    nextTick(() => {
      process.emit('warning', warning);
    });
  };
  let firstWarning = true;
  process.on('warning', (warning) => {
    // Node's default printer, unless the guest has listeners of its own.
    if (process.listenerCount('warning') > 1) return;
    const code = warning.code ? `[${warning.code}] ` : '';
    let msg = `(node:${process.pid}) ${code}${warning.name}: ${warning.message}\n`;
    if (warning.detail) msg += `${warning.detail}\n`;
    if (firstWarning) {
      firstWarning = false;
      const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
      msg += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
    }
    binding.write(2, msg);
  });
  return process;
}
