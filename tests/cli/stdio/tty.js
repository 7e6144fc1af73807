// On a terminal: isatty, the streams' isTTY, raw mode, colour depth from env.
const tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(3), tty.isatty(-1));
console.log(process.stdin.isTTY, process.stdin.isRaw, process.stdin instanceof tty.ReadStream, process.stdout.isTTY);
process.stdin.setRawMode(true);
console.log('raw', process.stdin.isRaw);
process.stdin.setRawMode(false);
console.log('cooked', process.stdin.isRaw);
console.log(typeof process.stdout.columns, typeof process.stdout.getWindowSize, process.stdout.getColorDepth({}),
  process.stdout.getColorDepth({ TERM: 'xterm-256color' }), process.stdout.getColorDepth({ COLORTERM: 'truecolor' }),
  process.stdout.hasColors(), process.stdout.hasColors(256, { TERM: 'xterm-256color' }));
process.stdin.pause();
