// node:sqlite database files, reached through the shim: a relative path
// and one under /tmp persist across two DatabaseSync opens; location()
// names the file with symlinks resolved; journals and WAL files appear
// beside it and go away; read-only opens of a missing file fail as Node
// says; names climbing with ".." or symlinks to paths that do not exist
// fail or stay where Linux puts them; a second connection sees committed
// data and is BUSY while the first holds a write lock; backup() copies.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { DatabaseSync, backup } = require('node:sqlite');

const root = fs.realpathSync(fs.mkdtempSync('/tmp/sqlite-test-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const errStr = (e) => `${e.name} ${e.code} errcode=${e.errcode} errstr=${e.errstr}: ${e.message}`;
const t = (label, fn) => {
  try {
    console.log(label, rel(JSON.stringify(fn(), (k, v) => (typeof v === 'bigint' ? `${v}n` : v))));
  } catch (e) {
    console.log(label, 'threw', rel(errStr(e)));
  }
};
const ls = () => fs.readdirSync(root).sort().join(',');

process.chdir(root);

// A relative path: created in the cwd, persists across opens.
{
  const db = new DatabaseSync('rel.db');
  db.exec('create table notes(id integer primary key, body text)');
  db.prepare('insert into notes(body) values (?)').run('first');
  t('relative location', () => db.location());
  db.close();
  const again = new DatabaseSync('./rel.db');
  t('relative reopened', () => again.prepare('select * from notes').all());
  again.prepare('insert into notes(body) values (?)').run('second');
  again.close();
  t('relative third open', () => new DatabaseSync(path.join(root, 'rel.db')).prepare('select count(*) as n from notes').get());
  t('file is there', () => [fs.statSync('rel.db').isFile(), fs.readFileSync('rel.db').subarray(0, 15).toString()]);
}

// /tmp, an absolute path, a file: URL and a Buffer path.
{
  const abs = `${root}/abs.db`;
  const db = new DatabaseSync(abs);
  db.exec("create table kv(k text primary key, v); insert into kv values ('a', 1)");
  db.close();
  t('absolute reopened', () => new DatabaseSync(abs).prepare('select * from kv').all());
  t('file URL', () => new DatabaseSync(new URL(`file://${abs}`)).prepare('select v from kv').get());
  t('Buffer path', () => new DatabaseSync(Buffer.from(abs)).location());
}

// Read-only.
t('readOnly missing', () => new DatabaseSync('missing.db', { readOnly: true }));
t('no file created', () => fs.existsSync('missing.db'));
t('readOnly existing', () => {
  const db = new DatabaseSync('rel.db', { readOnly: true });
  const n = db.prepare('select count(*) as n from notes').get();
  try {
    db.exec("insert into notes(body) values ('x')");
  } catch (e) {
    return [n, errStr(e)];
  }
  return [n, 'wrote'];
});
t('missing directory', () => new DatabaseSync('no/such/dir/x.db'));
t('directory as database', () => new DatabaseSync(root).exec('create table t(x)'));

// Journals beside the database: a rollback journal during a transaction,
// -wal and -shm in WAL mode, all gone after the last close.
{
  const db = new DatabaseSync('journal.db');
  db.exec('create table t(x)');
  db.exec('begin');
  db.exec('insert into t values (1)');
  t('journal during transaction', () => ls());
  db.exec('commit');
  t('journal after commit', () => ls());
  t('wal mode', () => db.prepare('pragma journal_mode = wal').get());
  db.exec('insert into t values (2)');
  t('wal files', () => ls());
  const other = new DatabaseSync('journal.db');
  t('second connection reads', () => other.prepare('select sum(x) as s from t').get());
  db.exec('begin immediate');
  t('second connection busy', () => other.exec('insert into t values (3)'));
  db.exec('commit');
  other.exec('insert into t values (3)');
  t('first sees second', () => db.prepare('select sum(x) as s from t').get());
  other.close();
  db.close();
  t('after last close', () => ls());
}

// Two connections in rollback mode: a write lock makes the other BUSY.
{
  const a = new DatabaseSync('locks.db');
  const b = new DatabaseSync('locks.db', { timeout: 0 });
  a.exec('create table t(x)');
  a.exec('begin exclusive');
  t('exclusive: other reads', () => b.prepare('select count(*) as n from t').get());
  a.exec('rollback');
  t('released', () => b.prepare('select count(*) as n from t').get());
  a.close();
  b.close();
}

// Names that climb or point elsewhere resolve as Linux resolves them: here
// the guest's /tmp holds the test directory, so they land inside it.
{
  const depth = root.split('/').length + 3;
  const climbing = `${'../'.repeat(depth)}${root.slice(1)}/climb.db`;
  const db = new DatabaseSync(climbing);
  db.exec('create table t(x)');
  t('climbing location', () => db.location());
  db.close();
  t('climbing created', () => fs.existsSync(`${root}/climb.db`));

  fs.symlinkSync(`${root}/rel.db`, 'link.db');
  const viaLink = new DatabaseSync('link.db');
  t('symlink location', () => viaLink.location());
  t('symlink reads target', () => viaLink.prepare('select count(*) as n from notes').get());
  viaLink.close();

  fs.symlinkSync('/nonexistent-sqlite-dir/escape.db', 'dangling.db');
  t('dangling symlink', () => new DatabaseSync('dangling.db'));
  t('dangling stays dangling', () => [fs.lstatSync('dangling.db').isSymbolicLink(), fs.existsSync('/nonexistent-sqlite-dir')]);

  fs.symlinkSync('target.db', 'fresh.db');
  const fresh = new DatabaseSync('fresh.db');
  fresh.exec('create table t(x)');
  t('symlink to a new file', () => [fresh.location(), fs.existsSync('target.db')]);
  fresh.close();
}

// VACUUM INTO and ATTACH open further files by name.
{
  const db = new DatabaseSync('rel.db');
  db.exec("vacuum into 'copy.db'");
  db.exec("attach database 'attached.db' as extra");
  db.exec('create table extra.t(x)');
  t('attached location', () => db.location('extra'));
  db.close();
  t('vacuum copy', () => new DatabaseSync('copy.db').prepare('select body from notes order by id').all());
}

// backup()
(async () => {
  const src = new DatabaseSync('rel.db');
  const pages = await backup(src, 'backup.db', { rate: 1, progress: (p) => console.log('progress', JSON.stringify(p)) });
  console.log('backup pages', pages);
  t('backup copy', () => new DatabaseSync('backup.db').prepare('select body from notes order by id').all());
  await backup(src, 'no/such/dir/b.db').then(() => console.log('backup: no error'), (e) => console.log('backup failed', errStr(e)));
  src.close();
  t('files', () => ls());
})();
