// supports-color@9 (ESM only): colour support from TTY state and the environment.
import supportsColor, { createSupportsColor } from 'supports-color';
import tty from 'node:tty';

const show = (v) => JSON.stringify(v);
console.log('stdout isatty', tty.isatty(1), 'stderr isatty', tty.isatty(2));
console.log('default', show(supportsColor));
console.log('stream without TTY', show(createSupportsColor({ isTTY: false })));
console.log('TTY, no TERM', show(createSupportsColor({ isTTY: true })));
console.log('sniffFlags false', show(createSupportsColor({ isTTY: true }, { sniffFlags: false })));
for (const [k, v] of [['TERM', 'xterm-256color'], ['COLORTERM', 'truecolor'], ['TERM', 'dumb'], ['CI', 'true'], ['FORCE_COLOR', '0'], ['FORCE_COLOR', '2'], ['FORCE_COLOR', 'true']]) {
  process.env[k] = v;
  console.log(`${k}=${v}`, 'tty:', show(createSupportsColor({ isTTY: true })), 'non-tty:', show(createSupportsColor({ isTTY: false })));
  delete process.env[k];
}
