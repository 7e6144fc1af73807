// node:sqlite on in-memory databases: DatabaseSync / StatementSync, value
// mapping both ways, named and positional parameters, Node's errors (SQLite
// errors with errcode/errstr, ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE,
// ERR_OUT_OF_RANGE), iterate, columns, user functions and aggregates,
// sessions and changesets, extension loading refused, constants. The
// ExperimentalWarning goes to stderr once, as Node 22 prints it.
'use strict';
const sqlite = require('node:sqlite');
require('node:sqlite');
const { DatabaseSync, StatementSync, constants } = sqlite;

const show = (v) => {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Uint8Array) return `${v.constructor.name}[${Array.from(v).join(',')}]`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v && typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) === null ? 'null-proto ' : '';
    return `${proto}{${Object.keys(v).map((k) => `${k}: ${show(v[k])}`).join(', ')}}`;
  }
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
};
const errStr = (e) => `${e.name} ${e.code} errcode=${e.errcode} errstr=${e.errstr} keys=${Object.keys(e)}: ${e.message}`;
const t = (label, fn) => {
  try {
    console.log(label, show(fn()));
  } catch (e) {
    console.log(label, 'threw', errStr(e));
  }
};

console.log('exports', Object.keys(sqlite).join(','), typeof sqlite.backup, sqlite.backup.length);
console.log('constants', JSON.stringify(constants));
console.log('DatabaseSync', DatabaseSync.name, DatabaseSync.length, Object.keys(DatabaseSync.prototype).join(','));
console.log('StatementSync', StatementSync.name, Object.keys(StatementSync.prototype).join(','));
console.log('proto names', Object.getOwnPropertyNames(DatabaseSync.prototype).join(','));
console.log('method lengths', Object.getOwnPropertyNames(StatementSync.prototype).map((k) => StatementSync.prototype[k].length).join(''));
console.log('dispose', typeof DatabaseSync.prototype[Symbol.dispose]);

const db = new DatabaseSync(':memory:');
console.log('own', Object.keys(db).join(','), db[Symbol.for('sqlite-type')], db.isOpen, db.isTransaction);
console.log('location', db.location(), db.location('temp'));

t('construct call', () => DatabaseSync(':memory:'));
t('illegal constructor', () => new StatementSync());
t('illegal invocation', () => DatabaseSync.prototype.exec.call({}, 'select 1'));
t('path type', () => new DatabaseSync(42));
t('path nul', () => new DatabaseSync('a\0b'));
t('path url scheme', () => new DatabaseSync(new URL('http://example.com/x.db')));
t('options type', () => new DatabaseSync(':memory:', 'x'));
for (const k of ['open', 'readOnly', 'enableForeignKeyConstraints', 'enableDoubleQuotedStringLiterals', 'allowExtension',
  'readBigInts', 'returnArrays', 'allowBareNamedParameters', 'allowUnknownNamedParameters']) {
  t(`option ${k}`, () => new DatabaseSync(':memory:', { [k]: 1 }));
}
t('option timeout', () => new DatabaseSync(':memory:', { timeout: 1.5 }));

// exec, run, get, all
db.exec(`
  create table t(id integer primary key, name text, score real, data blob, big integer);
  insert into t(name, score) values ('a', 1.5), ('b', 2.25);
`);
const ins = db.prepare('insert into t(name, score, data, big) values (?, ?, ?, ?)');
t('run', () => ins.run('c', 3, new Uint8Array([1, 2, 3]), 42n));
t('run null', () => ins.run(null, null, null, null));
t('run dataview', () => ins.run('d', 0, new DataView(new Uint8Array([9, 8]).buffer), 2n ** 60n));
t('run uint16', () => ins.run('e', -0.5, new Uint16Array([258]), -(2n ** 63n)));
t('all', () => db.prepare('select id, name, score, data from t order by id').all());
t('get', () => db.prepare('select * from t where name = ?').get('c'));
t('get none', () => db.prepare('select * from t where name = ?').get('zz'));
t('get ddl', () => db.prepare('create table if not exists t(x)').get());
t('all ddl', () => db.prepare('create table if not exists t(x)').all());
t('unsafe integer', () => db.prepare('select big from t where name = ?').get('d'));
t('min int64', () => db.prepare('select big from t where name = ?').get('e'));
t('safe edge', () => db.prepare('select 9007199254740991 as a, -9007199254740991 as b').get());
t('unsafe edge', () => db.prepare('select 9007199254740992 as a').get());
const bigStmt = db.prepare('select big, id from t where name = ?');
bigStmt.setReadBigInts(true);
t('readBigInts', () => bigStmt.get('d'));
t('readBigInts run', () => {
  const s = db.prepare("insert into t(name) values ('f')");
  s.setReadBigInts(true);
  return s.run();
});
const arr = db.prepare('select id, name from t where id < 3 order by id');
arr.setReturnArrays(true);
t('returnArrays', () => [arr.get(), arr.all()]);
t('db option returnArrays', () => new DatabaseSync(':memory:', { returnArrays: true, readBigInts: true }).prepare('select 1 as a, 2.5 as b').get());
t('text/real/blob', () => db.prepare("select 'héllo ✓' as s, 0.1 + 0.2 as r, x'00ff' as b, null as n, 1e308 * 10 as inf").get());
t('duplicate columns', () => db.prepare('select 1 as a, 2 as a').get());
t('only first statement', () => db.prepare('select 1 as one; select 2 as two').all());

// parameters
t('named $ : @', () => db.prepare('select $a as a, :b as b, @c as c').get({ $a: 1, ':b': 'two', '@c': null }));
t('bare names', () => db.prepare('select $a as a, :b as b, @c as c').get({ a: 1, b: 2, c: 3 }));
t('named + positional', () => db.prepare('select $a as a, ? as b, ? as c').get({ a: 1 }, 2, 3));
t('numbered', () => db.prepare('select ?2 as x, ?1 as y').get('one', 'two'));
t('missing positional', () => db.prepare('select ? as x, ? as y').get(1));
t('too many positional', () => db.prepare('select ? as x').get(1, 2));
t('unknown named', () => db.prepare('select $a as a').get({ zz: 1 }));
t('conflicting bare', () => db.prepare('select $a as x, :a as y').get({ a: 1 }));
const noBare = db.prepare('select $a as a');
noBare.setAllowBareNamedParameters(false);
t('bare disallowed', () => noBare.get({ a: 1 }));
const unknownOk = db.prepare('select $a as a');
unknownOk.setAllowUnknownNamedParameters(true);
t('unknown allowed', () => unknownOk.get({ a: 1, b: 2 }));
for (const [name, v] of [['boolean', true], ['undefined', undefined], ['function', () => 1], ['symbol', Symbol('s')],
  ['ArrayBuffer second', [1, new ArrayBuffer(2)]]]) {
  t(`bind ${name}`, () => (Array.isArray(v) ? db.prepare('select ? as a, ? as b').get(...v) : db.prepare('select ? as a').get(v)));
}
t('bind ArrayBuffer first', () => db.prepare('select ? as a').get(new ArrayBuffer(2)));
t('bind bigint too large', () => db.prepare('select ? as a').get(2n ** 63n));
t('bind bigint', () => db.prepare('select ? as a').get(-(2n ** 40n)));
const ex = db.prepare('select * from t where name = ? and score > ?');
t('expandedSQL before', () => [ex.sourceSQL, ex.expandedSQL]);
ex.get('a', 1);
t('expandedSQL after', () => ex.expandedSQL);
for (const m of ['setReadBigInts', 'setReturnArrays', 'setAllowBareNamedParameters', 'setAllowUnknownNamedParameters']) {
  t(m, () => ex[m]('yes'));
}

// iterate
const it = db.prepare('select id, name from t where id <= 3 order by id').iterate();
const itProto = Object.getPrototypeOf(it);
console.log('iterator', itProto.constructor.name, Object.getOwnPropertyNames(itProto).join(','),
  Object.getPrototypeOf(itProto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
t('next', () => [it.next(), it.next(), it.next(), it.next()]);
t('spread', () => [...db.prepare('select name from t where id <= 2 order by id').iterate()]);
t('for-of break', () => {
  const seen = [];
  const stmt = db.prepare('select id from t order by id');
  for (const r of stmt.iterate()) {
    seen.push(r.id);
    if (seen.length === 2) break;
  }
  return [seen, stmt.get()];
});
const it2 = db.prepare('select id from t where id = ?').iterate(2);
t('return', () => [it2.return(), it2.next()]);

// columns
t('columns', () => db.prepare('select id, name as n, 1 + 1 as two from t').columns());

// errors from SQLite
t('no such table', () => db.exec('select * from nope'));
t('syntax', () => db.prepare('selec 1'));
t('incomplete', () => db.prepare('select'));
t('empty sql', () => db.prepare('').all());
t('sql type', () => db.exec(1));
t('prepare type', () => db.prepare(null));
db.exec('create table u(x unique not null)');
db.exec('insert into u values (1)');
t('constraint', () => db.prepare('insert into u values (?)').run(1));
t('not null', () => db.prepare('insert into u values (?)').run(null));
t('transaction', () => {
  db.exec('begin');
  const inside = db.isTransaction;
  db.exec('rollback');
  return [inside, db.isTransaction];
});
t('foreign keys on', () => db.prepare('pragma foreign_keys').get());
t('foreign keys off', () => new DatabaseSync(':memory:', { enableForeignKeyConstraints: false }).prepare('pragma foreign_keys').get());
t('double-quoted literal', () => new DatabaseSync(':memory:', { enableDoubleQuotedStringLiterals: true }).prepare('select "abc" as x').get());

// user functions
db.function('add2', (a, b) => a + b);
t('function', () => db.prepare('select add2(1, 2) as r, add2(\'a\', \'b\') as s').get());
t('function arity', () => db.prepare('select add2(1) as r').get());
db.function('count_args', { varargs: true, deterministic: true }, (...args) => args.length);
t('varargs', () => db.prepare('select count_args() as a, count_args(1, 2, 3) as b').get());
db.function('kind', { useBigIntArguments: true }, (v) => `${typeof v}:${show(v)}`);
t('bigint arguments', () => db.prepare("select kind(1) as a, kind(2.5) as b, kind('s') as c, kind(x'01') as d, kind(null) as e").get());
db.function('plain_kind', (v) => typeof v);
t('unsafe argument', () => db.prepare('select plain_kind(9007199254740993) as r').get());
const returns = [undefined, null, 7, 'str', new Uint8Array([5]), 3n, 2n ** 64n, true, {}, Promise.resolve(1),
  new ArrayBuffer(1), new Uint16Array([1])];
db.function('ret', (i) => returns[i]);
returns.forEach((_, i) => t(`return ${i}`, () => db.prepare('select ret(?) as r').get(i)));
db.function('boom', () => { throw new RangeError('boom in a function'); });
t('function throws', () => db.prepare('select boom() as r').get());
t('function throws in exec', () => db.exec('select boom()'));
t('after a throw', () => db.prepare('select 1 as ok').get());
t('function name type', () => db.function(1, () => 1));
t('function options type', () => db.function('x', 1, () => 1));
t('function fn type', () => db.function('x', {}, 1));
for (const k of ['useBigIntArguments', 'varargs', 'deterministic', 'directOnly']) {
  t(`function option ${k}`, () => db.function('x', { [k]: 'no' }, () => 1));
}

// aggregates
db.aggregate('sumx', { start: 0, step: (acc, v) => acc + v });
t('aggregate', () => db.prepare('select sumx(score) as s from t where score is not null').get());
db.aggregate('collect', { start: () => [], step: (acc, v) => { acc.push(v); return acc; }, result: (acc) => acc.join('|') });
t('aggregate result', () => db.prepare('select collect(name) as s from (select name from t where id <= 3 order by id)').get());
t('aggregate empty', () => db.prepare('select collect(name) as s from t where 0').get());
db.aggregate('win', { start: 0, step: (a, v) => a + v, inverse: (a, v) => a - v });
t('window', () => db.prepare('select win(v) over (order by v rows between 1 preceding and current row) as s from (select 1 v union all select 2 union all select 3)').all());
db.aggregate('agg_throw', { start: 0, step: (acc, v) => { throw new Error(`step ${v}`); } });
t('aggregate throws', () => db.prepare('select agg_throw(1) as s').get());
t('aggregate no start', () => db.aggregate('b', {}));
t('aggregate no step', () => db.aggregate('b', { start: 1 }));
t('aggregate inverse type', () => db.aggregate('b', { start: 1, step: () => 1, inverse: 1 }));
t('aggregate options missing', () => db.aggregate('b'));

// sessions and changesets
{
  const a = new DatabaseSync(':memory:');
  const b = new DatabaseSync(':memory:');
  a.exec('create table kv(k primary key, v)');
  b.exec('create table kv(k primary key, v)');
  const session = a.createSession({ table: 'kv' });
  console.log('session', session.constructor.name, Object.keys(Object.getPrototypeOf(session)).join(','));
  a.exec("insert into kv values ('x', 1), ('y', 2)");
  const changes = session.changeset();
  t('changeset', () => changes);
  t('patchset', () => session.patchset().length);
  t('apply', () => [b.applyChangeset(changes), b.prepare('select * from kv order by k').all()]);
  t('apply conflict replace', () => [b.applyChangeset(changes, { onConflict: (type) => { console.log('conflict', type); return constants.SQLITE_CHANGESET_REPLACE; } })]);
  t('apply conflict abort', () => b.applyChangeset(changes, { onConflict: () => constants.SQLITE_CHANGESET_ABORT }));
  t('apply conflict bad', () => b.applyChangeset(changes, { onConflict: () => 'nope' }));
  t('apply filter', () => b.applyChangeset(changes, { filter: (table) => { console.log('filter', table); return false; } }));
  t('apply garbage', () => b.applyChangeset(new Uint8Array([1, 2, 3])));
  t('apply type', () => b.applyChangeset('x'));
  t('session options', () => a.createSession({ table: 1 }));
  session.close();
  t('session closed', () => session.changeset());
  const s2 = a.createSession();
  a.close();
  t('session of closed db', () => s2.changeset());
}

// extensions are native code
t('enableLoadExtension', () => db.enableLoadExtension(true));
t('loadExtension', () => db.loadExtension('/x.so'));
const ext = new DatabaseSync(':memory:', { allowExtension: true });
t('enableLoadExtension allowed', () => [ext.enableLoadExtension(false), ext.enableLoadExtension(true)]);
t('loadExtension allowed', () => {
  try {
    ext.loadExtension('/nonexistent-extension');
  } catch (e) {
    return [e.name, e.code];
  }
  return 'loaded';
});

// closing
const stmt = db.prepare('select 1 as x');
t('close', () => db.close());
console.log('isOpen', db.isOpen);
for (const [name, fn] of [['isTransaction', () => db.isTransaction], ['close', () => db.close()], ['exec', () => db.exec('select 1')],
  ['prepare', () => db.prepare('select 1')], ['location', () => db.location()], ['function', () => db.function('f', () => 1)],
  ['statement get', () => stmt.get()], ['statement sourceSQL', () => stmt.sourceSQL], ['iterator', () => it.next()]]) {
  t(`closed ${name}`, fn);
}
t('reopen', () => { db.open(); return [db.isOpen, db.prepare('select count(*) as n from sqlite_master').get()]; });
t('open twice', () => db.open());
db[Symbol.dispose]();
db[Symbol.dispose]();
console.log('disposed', db.isOpen);
const lazy = new DatabaseSync(':memory:', { open: false });
t('open: false', () => [lazy.isOpen, (() => { lazy.open(); return lazy.isOpen; })()]);
