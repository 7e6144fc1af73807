// node:os — runtime-scoped values: the runtime's hostname, its network
// namespace (loopback only), its users (/etc/passwd of its root), and the
// kernel facts the shim lets a guest read from /proc. Priorities are the
// runtime process's own (binding.os): other pids are ESRCH.
import { osConstants } from './internal/constants-data.js';
import { invalidArgType, outOfRange } from './internal/validators.js';
import { uvErrorMap } from './internal/uv-errors.js';
import { systemError } from './internal/fs-utils.js';
import { notImplemented } from '../bootstrap/errors.js';
import { binding, bootInfo } from '../bootstrap/native.js';

const proc = () => globalThis.process;

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function priorityError(errno, syscall) {
  const [code, message] = uvErrorMap().get(errno) || ['UNKNOWN', 'unknown error'];
  return systemError('ERR_SYSTEM_ERROR', { errno, code, message, syscall });
}

function deepFreeze(o) {
  for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}
const constants = deepFreeze(structuredCloneConstants(osConstants));
function structuredCloneConstants(c) {
  const out = {};
  for (const [k, v] of Object.entries(c)) out[k] = v && typeof v === 'object' ? structuredCloneConstants(v) : v;
  return out;
}

const machines = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', riscv64: 'riscv64', s390x: 's390x', ppc64: 'ppc64le' };

function readProc(name) {
  try {
    return binding.readFileUtf8(`/proc/${name}`);
  } catch {
    return '';
  }
}

function meminfo(key) {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readProc('meminfo'));
  return m ? Number(m[1]) * 1024 : 0;
}

function cpus() {
  const out = [];
  let model = 'unknown';
  let speed = 0;
  for (const line of readProc('cpuinfo').split('\n')) {
    const [k, v] = line.split(/\s*:\s*/);
    if (k === 'model name') model = v;
    if (k === 'cpu MHz') {
      speed = Math.floor(Number(v));
      out.push({ model, speed, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
    }
  }
  const n = binding.availableParallelism();
  while (out.length < n) out.push({ model, speed, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
  return out.slice(0, n);
}

function passwdEntry(uid) {
  let text = '';
  try {
    text = binding.readFileUtf8('/etc/passwd');
  } catch {
    return null;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length >= 7 && Number(f[2]) === uid) return f;
  }
  return null;
}

const os = {
  arch() { return proc().arch; },
  availableParallelism() { return binding.availableParallelism(); },
  cpus,
  endianness() { return 'LE'; },
  freemem() { return meminfo('MemAvailable'); },
  getPriority(pid = 0) {
    validateInt32(pid, 'pid');
    const [rc, prio] = binding.os.getPriority(pid);
    if (rc < 0) throw priorityError(rc, 'uv_os_getpriority');
    return prio;
  },
  homedir() {
    const home = proc().env.HOME;
    if (typeof home === 'string' && home !== '') return home;
    const pw = passwdEntry(proc().getuid());
    return pw ? pw[5] : '/';
  },
  hostname() { return readProc('sys/kernel/hostname').trim() || bootInfo.hostname; },
  loadavg() {
    const f = readProc('loadavg').split(' ');
    return [Number(f[0]) || 0, Number(f[1]) || 0, Number(f[2]) || 0];
  },
  // The runtime's network namespace holds loopback only.
  networkInterfaces() {
    return {
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
        { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
      ],
    };
  },
  platform() { return proc().platform; },
  release() { return readProc('sys/kernel/osrelease').trim(); },
  setPriority(pid, priority) {
    if (priority === undefined) {
      priority = pid;
      pid = 0;
    }
    validateInt32(pid, 'pid');
    validateInt32(priority, 'priority', -20, 19);
    const rc = binding.os.setPriority(pid, priority);
    if (rc < 0) throw priorityError(rc, 'uv_os_setpriority');
  },
  tmpdir() {
    const env = proc().env;
    let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return path;
  },
  totalmem() { return meminfo('MemTotal'); },
  type() { return 'Linux'; },
  userInfo(options) {
    const uid = proc().getuid();
    const pw = passwdEntry(uid);
    const info = {
      uid, gid: proc().getgid(), username: pw ? pw[0] : String(uid), homedir: pw ? pw[5] : '/', shell: pw ? pw[6] : null,
    };
    if (options && options.encoding === 'buffer') {
      const { Buffer } = globalThis;
      for (const k of ['username', 'homedir', 'shell']) if (info[k] !== null) info[k] = Buffer.from(info[k]);
    }
    return info;
  },
  uptime() { return Number(readProc('uptime').split(' ')[0]) || 0; },
  version() { return readProc('sys/kernel/version').trim(); },
  machine() { return machines[proc().arch] ?? proc().arch; },
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
for (const name of ['arch', 'endianness', 'freemem', 'homedir', 'hostname', 'platform', 'release', 'tmpdir',
  'totalmem', 'type', 'uptime', 'version', 'machine']) {
  const fn = os[name];
  fn[Symbol.toPrimitive] = () => fn();
}

export default os;
