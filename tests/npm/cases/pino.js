// pino@9 (sonic-boom writing to fd 1, fast-redact, quick-format-unescaped, ...):
// JSON logs with pid, hostname and time switched off so lines are deterministic.
const pino = require('pino');

const logger = pino({
  base: undefined,
  timestamp: false,
  level: 'debug',
  redact: { paths: ['password', 'user.card.number', 'headers["x-secret"]'], censor: '[REDACTED]' },
  serializers: { err: pino.stdSerializers.err, user: (u) => ({ id: u.id, card: u.card }) },
  formatters: { level: (label, number) => ({ level: label, n: number }) },
}, pino.destination({ dest: 1, sync: true }));

logger.info('hello %s, you are %d', 'world', 42);
logger.debug({ password: 'hunter2', user: { id: 7, name: 'x', card: { number: '4111', exp: '12/30' } }, headers: { 'x-secret': 's', ok: 1 } }, 'redacted fields');
logger.trace('not printed at debug level');
const child = logger.child({ module: 'db', reqId: 'r-1' }, { level: 'warn' });
child.info('filtered by child level');
child.warn({ rows: 3 }, 'slow query');
const err = new Error('boom');
err.stack = 'Error: boom\n    at fixed (stack.js:1:1)';
err.code = 'E_BOOM';
logger.error({ err }, 'failed');
const te = new TypeError('direct error without message override');
te.stack = te.stack.split('\n')[0];
logger.error(te);
console.log('levels', logger.level, logger.isLevelEnabled('trace'), child.level, Object.keys(pino.levels.values).join(','));
logger.flush();
console.log('version looks right', /^9\./.test(pino.version));
