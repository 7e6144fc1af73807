// node:child_process — bridge to the kernel process table (a later step);
// every entry point throws ERR_NOT_IMPLEMENTED naming itself for now.
import events from './events.js';
import { stubFn, stubClass } from './internal/stub.js';

const ChildProcess = stubClass('child_process.ChildProcess', {
  base: events.EventEmitter, protoMethods: ['spawn', 'kill', 'send', 'disconnect', 'ref', 'unref'],
});

const s = (name, length) => stubFn(`child_process.${name}`, length);

const exec = s('exec', 3);
const execFile = s('execFile', 4);
Object.defineProperty(exec, Symbol.for('nodejs.util.promisify.custom'), {
  value: stubFn('child_process.exec[util.promisify.custom]', 2), configurable: true,
});
Object.defineProperty(execFile, Symbol.for('nodejs.util.promisify.custom'), {
  value: stubFn('child_process.execFile[util.promisify.custom]', 3), configurable: true,
});

export default {
  _forkChild: s('_forkChild', 2),
  ChildProcess,
  exec,
  execFile,
  execFileSync: s('execFileSync', 3),
  execSync: s('execSync', 2),
  fork: s('fork', 3),
  spawn: s('spawn', 3),
  spawnSync: s('spawnSync', 3),
};
