// debug reads DEBUG (and DEBUG_* options) from process.env when loaded, and
// checks whether stderr is a TTY. Here: first load with DEBUG unset, then set
// it in-script and re-enable. Output goes to stderr, without a date.
delete process.env.DEBUG;
process.env.DEBUG_HIDE_DATE = 'true';
const createDebug = require('debug');

const appLog = createDebug('app:main');
const dbLog = createDebug('db');
console.log('initially enabled', appLog.enabled, dbLog.enabled, JSON.stringify(createDebug.load()));
appLog('not printed');

process.env.DEBUG = 'app:*,-app:secret';
createDebug.enable(createDebug.load());
const secret = createDebug('app:secret');
console.log('now enabled', appLog.enabled, dbLog.enabled, secret.enabled, createDebug.enabled('app:other'));
console.log('useColors', appLog.useColors, 'inspectOpts', createDebug.inspectOpts);
appLog('hello %s, %d items, %j', 'world', 3, { a: [1, 2] });
appLog('object %o', { nested: { deep: { deeper: true } }, list: [1, 2, 3] });
appLog.extend('child')('from child namespace %O', new Map([['k', 'v']]));
secret('never shown');
const custom = createDebug('app:custom');
custom.log = (...args) => console.log('custom sink:', ...args);
custom('routed to stdout %s', 'ok');
console.log('disable returns', JSON.stringify(createDebug.disable()), appLog.enabled);
appLog('after disable');
