/* Unit tests of the "secexec" SQLite VFS (kernel-shim/sqlite-vfs.c) on a
 * scratch root: databases, journals and WAL files are created beneath the
 * root whatever the name ("..", symlinks to host paths, URIs naming another
 * VFS), two connections lock each other out, and nothing opens with no
 * guest process bound. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../kernel-shim/sqlite-vfs.h"
#include "../../kernel-shim/vfs.h"
#include "tap.h"

static char root[] = "/tmp/secexec-sqlvfs-XXXXXX";
static char outside[600];

__attribute__((format(printf, 1, 2))) static int exists(const char *fmt, ...) {
  char path[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(path, sizeof(path), fmt, ap);
  va_end(ap);
  struct stat st;
  return stat(path, &st) == 0;
}

static int exec(sqlite3 *db, const char *sql) {
  return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

static int open_db(const char *name, int flags, sqlite3 **ret) {
  int rc = sqlite3_open_v2(name, ret, flags | SQLITE_OPEN_URI, NULL);
  return rc;
}

static long long count(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st = NULL;
  long long n = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

int main(void) {
  if (!mkdtemp(root))
    return 1;
  snprintf(outside, sizeof(outside), "%s-outside", root);
  mkdir(outside, 0755);
  char path[1024];
  snprintf(path, sizeof(path), "%s/tmp", root);
  mkdir(path, 0755);
  snprintf(path, sizeof(path), "%s/app", root);
  mkdir(path, 0755);
  /* Hostile names: an absolute symlink to a host directory outside the
   * root, one climbing with "..", and a magic link. */
  char target[700];
  snprintf(path, sizeof(path), "%s/app/host.db", root);
  snprintf(target, sizeof(target), "%s/evil.db", outside);
  if (symlink(target, path) < 0)
    perror("symlink");
  snprintf(path, sizeof(path), "%s/app/up.db", root);
  if (symlink("../../../../../../tmp/up.db", path) < 0)
    perror("symlink");

  ok(ks_sqlite_vfs_register() == 0 && ks_sqlite_vfs_register() == 0, "the VFS registers (twice is the same)");
  ok(sqlite3_vfs_find(NULL) == sqlite3_vfs_find(KS_SQLITE_VFS_NAME) && !sqlite3_vfs_find("unix") &&
         !sqlite3_vfs_find("unix-dotfile") && !sqlite3_vfs_find("memdb"),
     "secexec is the default and the only VFS");

  sqlite3 *db = NULL;
  int rw = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  ok(open_db("/tmp/none.db", rw, &db) == SQLITE_CANTOPEN, "with no guest process bound nothing opens");
  sqlite3_close(db);

  ks_proc_t p;
  ok(ks_proc_init(&p, "/app", 1, 0) == 0 && ks_proc_set_root(&p, root) == 0, "process rooted at a scratch directory");
  ks_proc_t *prev = ks_sqlite_vfs_bind(&p);
  ok(prev == NULL, "binding returns the previous process");

  ok(open_db("rel.db", rw, &db) == SQLITE_OK && exec(db, "create table t(a); insert into t values (1),(2)") == SQLITE_OK,
     "a relative name creates a database in the cwd");
  ok(exists("%s/app/rel.db", root), "it is /app/rel.db beneath the root");
  const char *fn = sqlite3_db_filename(db, "main");
  ok(fn && strcmp(fn, "/app/rel.db") == 0, "its full name is the guest's (%s)", fn ? fn : "null");
  sqlite3_close(db);
  ok(open_db("/app/rel.db", rw, &db) == SQLITE_OK && count(db, "select count(*) from t") == 2, "it persists");
  sqlite3_close(db);

  ok(open_db("../../../../tmp/dots.db", rw, &db) == SQLITE_OK && exec(db, "create table t(a)") == SQLITE_OK &&
         exists("%s/tmp/dots.db", root),
     "a name climbing with .. stays beneath the root");
  sqlite3_close(db);

  ok(open_db("host.db", rw, &db) == SQLITE_CANTOPEN, "a symlink to a host path outside finds nothing (no such directory)");
  sqlite3_close(db);
  ok(!exists("%s/evil.db", outside), "and creates nothing outside the root");

  ok(open_db("up.db", rw, &db) == SQLITE_OK && exec(db, "create table t(a)") == SQLITE_OK &&
         exists("%s/tmp/up.db", root),
     "a symlink climbing with .. creates its target beneath the root");
  fn = sqlite3_db_filename(db, "main");
  ok(fn && strcmp(fn, "/tmp/up.db") == 0, "its full name has the symlink resolved (%s)", fn ? fn : "null");
  ok(exec(db, "begin; insert into t values (1);") == SQLITE_OK && exists("%s/tmp/up.db-journal", root),
     "the journal sits beside the real file");
  ok(exec(db, "commit") == SQLITE_OK && !exists("%s/tmp/up.db-journal", root), "and is deleted at commit");
  sqlite3_close(db);

  ok(open_db("file:uri.db?vfs=unix", rw, &db) == SQLITE_ERROR && strstr(sqlite3_errmsg(db), "no such vfs"),
     "a URI cannot select the unix VFS");
  sqlite3_close(db);
  ok(open_db("file:/tmp/uri.db?mode=rwc", rw, &db) == SQLITE_OK && exec(db, "create table t(a)") == SQLITE_OK &&
         exists("%s/tmp/uri.db", root),
     "a file: URI is a guest path");
  ok(exec(db, "attach '/../../../../tmp/att.db' as a; create table a.t(x)") == SQLITE_OK &&
         exists("%s/tmp/att.db", root),
     "ATTACH resolves beneath the root too");
  ok(exec(db, "attach 'file:x.db?vfs=unix' as b") == SQLITE_ERROR, "ATTACH cannot name the unix VFS");
  sqlite3_close(db);

  ok(open_db("/tmp/missing.db", SQLITE_OPEN_READONLY, &db) == SQLITE_CANTOPEN, "read-only open of a missing file fails");
  sqlite3_close(db);

  /* Two connections: locks exclude each other; WAL shares memory. */
  sqlite3 *a = NULL, *b = NULL;
  ok(open_db("/tmp/lock.db", rw, &a) == SQLITE_OK && open_db("/tmp/lock.db", rw, &b) == SQLITE_OK &&
         exec(a, "create table t(x)") == SQLITE_OK,
     "two connections to one file");
  ok(exec(a, "begin exclusive") == SQLITE_OK && exec(b, "select * from t") == SQLITE_BUSY, "an exclusive lock makes the other BUSY");
  ok(exec(a, "commit") == SQLITE_OK && exec(b, "select * from t") == SQLITE_OK, "and the commit frees it");
  ok(exec(a, "begin immediate") == SQLITE_OK && exec(b, "begin immediate") == SQLITE_BUSY && exec(a, "rollback") == SQLITE_OK,
     "a reserved lock excludes a second writer");
  sqlite3_stmt *st = NULL;
  ok(sqlite3_prepare_v2(a, "pragma journal_mode=wal", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
         strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0,
     "journal_mode=wal");
  sqlite3_finalize(st);
  ok(exec(a, "insert into t values (7)") == SQLITE_OK && exists("%s/tmp/lock.db-wal", root) &&
         exists("%s/tmp/lock.db-shm", root),
     "a WAL write creates -wal and -shm beside the database");
  ok(count(b, "select sum(x) from t") == 7, "the other connection reads through the shared index");
  ok(exec(b, "insert into t values (3)") == SQLITE_OK && count(a, "select sum(x) from t") == 10, "and writes back");
  sqlite3_close(b);
  sqlite3_close(a);
  ok(!exists("%s/tmp/lock.db-wal", root) && !exists("%s/tmp/lock.db-shm", root), "the last close checkpoints and removes them");

  ok(open_db(":memory:", rw, &db) == SQLITE_OK &&
         exec(db, "create temp table s(x); with recursive c(i) as (select 1 union all select i+1 from c where i<20000) "
                  "insert into s select randomblob(100) from c") == SQLITE_OK &&
         count(db, "select count(distinct x) from s") == 20000,
     "temporary files and randomness work");
  ok(count(db, "select julianday('now') > 2459000") == 1, "the clock is the wall clock");
  sqlite3_close(db);

  ok(ks_sqlite_vfs_bind(prev) == &p, "unbinding returns the bound process");
  ks_proc_done(&p);
  char cmd[1400];
  snprintf(cmd, sizeof(cmd), "rm -rf '%s' '%s'", root, outside);
  if (system(cmd) != 0)
    return 1;
  return tap_done();
}
