// Resolution failures the way packages and users see them: error codes and
// messages (the host path of this project is normalised to /app by the runner).
const attempts = [
  () => require('no-such-package-xyz'),
  () => require('./no-such-file'),
  () => require('chalk/source/vendor/ansi-styles/index.js'),
  () => require('uuid/dist/esm-node/index.js'),
  () => require('date-fns/nonexistent-subpath'),
  () => require('#not-mapped'),
  () => require.resolve('zod/package.json'),
  () => require.resolve('nanoid/package.json'),
  () => require('node:no-such-builtin'),
];
for (const fn of attempts) {
  try {
    const r = fn();
    console.log('ok', typeof r === 'string' ? require('path').relative(process.cwd(), r) : typeof r);
  } catch (e) {
    console.log(e.code, '|', e.message.split('\n')[0]);
    if (e.requireStack) console.log('  requireStack', e.requireStack.map((p) => require('path').relative(process.cwd(), p)));
  }
}
