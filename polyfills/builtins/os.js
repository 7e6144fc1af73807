// node:os — VM-scoped values.  What needs no kernel is implemented here
// (EOL, devNull, constants, platform/type/arch/machine/endianness, tmpdir,
// homedir from $HOME); what asks the kernel (cpus, memory, hostname,
// interfaces, uptime, uname, priorities, user info) throws
// ERR_NOT_IMPLEMENTED until the bridge provides it.
import { osConstants } from './internal/constants-data.js';
import { stubFn } from './internal/stub.js';
import { notImplemented } from '../bootstrap/errors.js';

const proc = () => globalThis.process;

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

const os = {
  arch() { return proc().arch; },
  availableParallelism: stubFn('os.availableParallelism', 0),
  cpus: stubFn('os.cpus', 0),
  endianness() { return 'LE'; },
  freemem: stubFn('os.freemem', 0),
  getPriority: stubFn('os.getPriority', 0),
  homedir() {
    const home = proc().env.HOME;
    if (typeof home === 'string' && home !== '') return home;
    throw notImplemented('os.homedir');
  },
  hostname: stubFn('os.hostname', 0),
  loadavg: stubFn('os.loadavg', 0),
  networkInterfaces: stubFn('os.networkInterfaces', 0),
  platform() { return proc().platform; },
  release: stubFn('os.release', 0),
  setPriority: stubFn('os.setPriority', 2),
  tmpdir() {
    const env = proc().env;
    let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return path;
  },
  totalmem: stubFn('os.totalmem', 0),
  type() { return 'Linux'; },
  userInfo: stubFn('os.userInfo', 0),
  uptime: stubFn('os.uptime', 0),
  version: stubFn('os.version', 0),
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
