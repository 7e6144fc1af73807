/* Unit tests of the kernel shim pieces of this step: path resolution
 * against a per-process cwd and the errno table. */
#include <errno.h>
#include <string.h>

#include "../../kernel-shim/errno-map.h"
#include "../../kernel-shim/shim.h"
#include "tap.h"

static int resolves(const char *cwd, const char *path, const char *want) {
  ks_proc_t p;
  char out[PATH_MAX];
  if (ks_proc_init(&p, cwd, 1, 0) < 0 || ks_path_resolve(&p, path, out, sizeof(out)) < 0)
    return 0;
  if (strcmp(out, want) != 0) {
    printf("# %s + %s -> %s, want %s\n", cwd, path, out, want);
    return 0;
  }
  return 1;
}

int main(void) {
  ok(resolves("/app", "x.js", "/app/x.js"), "relative to cwd");
  ok(resolves("/app", "/etc/hosts", "/etc/hosts"), "absolute stays");
  ok(resolves("/app", "../../../..", "/"), "'..' never climbs above /");
  ok(resolves("/a/b", "./c/./d/../e", "/a/b/c/e"), "'.' and '..' removed");
  ok(resolves("/", "//x///y/", "/x/y"), "repeated and trailing slashes collapse");
  ok(resolves("/a", ".", "/a"), "'.' is the cwd");
  ks_proc_t p;
  char out[PATH_MAX];
  ks_proc_init(&p, "/", 1, 0);
  ok(ks_path_resolve(&p, "", out, sizeof(out)) == -ENOENT, "empty path is ENOENT, as in Node");
  char longp[PATH_MAX + 10];
  memset(longp, 'a', sizeof(longp) - 1);
  longp[sizeof(longp) - 1] = '\0';
  ok(ks_path_resolve(&p, longp, out, sizeof(out)) == -ENAMETOOLONG, "overlong path is ENAMETOOLONG");
  ok(ks_path_resolve(&p, "/a/b", out, 4) == -ENAMETOOLONG, "a result that does not fit is ENAMETOOLONG");
  ok(ks_chdir(&p, "/nonexistent-dir-for-test") == -ENOENT && strcmp(p.cwd, "/") == 0,
     "chdir to a missing directory fails and keeps the cwd");
  ok(ks_chdir(&p, "/etc/passwd") == -ENOTDIR, "chdir to a file is ENOTDIR");
  ok(ks_chdir(&p, "/tmp") == 0 && strcmp(p.cwd, "/tmp") == 0, "chdir to a directory moves the cwd");
  ok(strcmp(ks_errno_code(ENOENT), "ENOENT") == 0 && strcmp(ks_errno_message(ENOENT), "no such file or directory") == 0,
     "ENOENT maps to Node's code and message");
  ok(strcmp(ks_errno_message(EISDIR), "illegal operation on a directory") == 0, "EISDIR message as libuv's");
  ok(strcmp(ks_errno_code(9999), "UNKNOWN") == 0, "unknown errno maps to UNKNOWN");
  return tap_done();
}
