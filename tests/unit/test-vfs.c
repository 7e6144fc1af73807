/* Unit tests of the VFS path resolver and the fd table (kernel-shim/vfs.c,
 * fdtable.c) on a scratch root: hostile symlinks and ".." stay beneath the
 * root, loops and long names fail as Linux says, fds are bounded. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../kernel-shim/vfs.h"
#include "tap.h"

static char root[] = "/tmp/secexec-vfs-XXXXXX";

static void put(const char *rel, const char *text) {
  char path[512];
  snprintf(path, sizeof(path), "%s/%s", root, rel);
  FILE *f = fopen(path, "w");
  fputs(text, f);
  fclose(f);
}

static void link_to(const char *target, const char *rel) {
  char path[512];
  snprintf(path, sizeof(path), "%s/%s", root, rel);
  if (symlink(target, path) < 0)
    perror("symlink");
}

static int read_guest(ks_proc_t *p, const char *path, char *out, size_t size) {
  int fd = ks_fs_open(p, path, O_RDONLY, 0);
  if (fd < 0)
    return fd;
  ssize_t n = ks_fs_read(p, fd, out, size - 1, -1);
  ks_fs_close(p, fd);
  if (n < 0)
    return (int)n;
  out[n] = '\0';
  return 0;
}

int main(void) {
  if (!mkdtemp(root))
    return 1;
  char path[512];
  snprintf(path, sizeof(path), "%s/etc", root);
  mkdir(path, 0755);
  snprintf(path, sizeof(path), "%s/dir", root);
  mkdir(path, 0755);
  put("etc/passwd", "guest passwd");
  put("file", "plain");
  /* A host file outside the root that no guest path may reach. */
  char outside[512];
  snprintf(outside, sizeof(outside), "%s-outside", root);
  FILE *f = fopen(outside, "w");
  fputs("HOST SECRET", f);
  fclose(f);
  link_to("/etc/passwd", "abs");
  link_to("../../../../../etc/passwd", "dir/up");
  link_to(outside, "host-abs");
  link_to("loop2", "loop1");
  link_to("loop1", "loop2");
  link_to("/proc/self/root/etc/hostname", "magic");
  for (int i = 0; i < 41; i++) {
    char name[32], target[32];
    snprintf(name, sizeof(name), "chain%d", i);
    snprintf(target, sizeof(target), i == 40 ? "file" : "chain%d", i + 1);
    link_to(target, name);
  }

  ks_proc_t p;
  ok(ks_proc_init(&p, "/", 1, 0) == 0 && ks_proc_set_root(&p, root) == 0, "process rooted at a scratch directory");
  char buf[256];
  ok(read_guest(&p, "/etc/passwd", buf, sizeof(buf)) == 0 && strcmp(buf, "guest passwd") == 0, "/etc/passwd is the root's own");
  ok(read_guest(&p, "/abs", buf, sizeof(buf)) == 0 && strcmp(buf, "guest passwd") == 0,
     "an absolute symlink resolves beneath the root");
  ok(read_guest(&p, "/dir/up", buf, sizeof(buf)) == 0 && strcmp(buf, "guest passwd") == 0,
     "a symlink climbing with .. stops at the root");
  ok(read_guest(&p, "/../../../etc/passwd", buf, sizeof(buf)) == 0 && strcmp(buf, "guest passwd") == 0,
     "a path climbing with .. stops at the root");
  ok(read_guest(&p, "/host-abs", buf, sizeof(buf)) == -ENOENT, "a symlink to a host path outside finds nothing");
  ok(read_guest(&p, "/magic", buf, sizeof(buf)) < 0, "a symlink through /proc/self/root does not lead out");
  ok(read_guest(&p, "/loop1", buf, sizeof(buf)) == -ELOOP, "a symlink loop is ELOOP");
  ok(read_guest(&p, "/chain0", buf, sizeof(buf)) == -ELOOP, "41 chained symlinks are ELOOP (the limit is 40)");
  ok(read_guest(&p, "/chain1", buf, sizeof(buf)) == 0 && strcmp(buf, "plain") == 0, "40 chained symlinks resolve");
  ok(read_guest(&p, "/file/x", buf, sizeof(buf)) == -ENOTDIR, "a file used as a directory is ENOTDIR");
  char longname[300];
  memset(longname, 'n', sizeof(longname) - 1);
  longname[0] = '/';
  longname[sizeof(longname) - 1] = '\0';
  ok(read_guest(&p, longname, buf, sizeof(buf)) == -ENAMETOOLONG, "a component over 255 bytes is ENAMETOOLONG");
  char *huge = malloc(PATH_MAX + 16);
  memset(huge, 'a', PATH_MAX + 15);
  huge[0] = '/';
  huge[PATH_MAX + 15] = '\0';
  ok(read_guest(&p, huge, buf, sizeof(buf)) == -ENAMETOOLONG, "a path over PATH_MAX is ENAMETOOLONG");
  free(huge);

  struct statx st;
  ok(ks_fs_stat(&p, "/abs", 0, &st) == 0 && S_ISLNK(st.stx_mode), "lstat sees the symlink itself");
  ok(ks_fs_stat(&p, "/abs", 1, &st) == 0 && S_ISREG(st.stx_mode), "stat follows it, beneath the root");
  char *real = NULL;
  ok(ks_fs_realpath(&p, "/dir/up", &real) == 0 && strstr(real, "/etc/passwd") != NULL, "realpath resolves beneath the root");
  free(real);
  ok(ks_fs_mkdir(&p, "/dir/new", 0755) == 0 && ks_fs_mkdir(&p, "/dir/new", 0755) == -EEXIST, "mkdir, then EEXIST");
  ok(ks_fs_rmdir(&p, "/dir") == -ENOTEMPTY, "rmdir of a non-empty directory is ENOTEMPTY");
  ok(ks_fs_unlink(&p, "/file/") == -ENOTDIR, "unlink of file/ keeps the trailing slash: ENOTDIR");
  ok(ks_fs_symlink(&p, "/etc/passwd", "/host-abs") == -EEXIST, "symlink over an existing name is EEXIST");
  ok(ks_fs_rename(&p, "/dir/new", "/dir/renamed") == 0 && ks_fs_access(&p, "/dir/renamed", F_OK) == 0, "rename");
  ks_dirent_t *ents = NULL;
  size_t n = 0;
  ok(ks_fs_readdir(&p, "/dir", &ents, &n) == 0 && n == 2, "readdir lists the entries without . and ..");
  ks_dirents_free(ents, n);
  char *tmp = NULL;
  ok(ks_fs_mkdtemp(&p, "/dir/t-", &tmp) == 0 && strncmp(tmp, "/dir/t-", 7) == 0 && strlen(tmp) == 13, "mkdtemp");
  free(tmp);

  /* The fd table. */
  p.fds.limit = 6; /* stdio + 3 */
  int a = ks_fs_open(&p, "/file", O_RDONLY, 0), b = ks_fs_open(&p, "/file", O_RDONLY, 0);
  int c = ks_fs_open(&p, "/file", O_RDONLY, 0), d = ks_fs_open(&p, "/file", O_RDONLY, 0);
  ok(a == 3 && b == 4 && c == 5, "guest fds start at 3");
  ok(d == -EMFILE, "past the limit: EMFILE");
  ok(ks_fs_close(&p, b) == 0 && ks_fs_open(&p, "/file", O_RDONLY, 0) == 4, "the lowest free fd is reused");
  ok(ks_fs_read(&p, 99, buf, 1, -1) == -EBADF && ks_fs_close(&p, 99) == -EBADF, "an unknown fd is EBADF");
  ok(ks_fs_close(&p, a) == 0 && ks_fs_read(&p, a, buf, 1, -1) == -EBADF, "a closed fd is EBADF");
  ok(ks_fs_open(&p, "/dev/fd/5", O_RDONLY, 0) == 3, "/dev/fd/N opens the guest's own fd N");
  ok(ks_fs_open(&p, "/dev/fd/42", O_RDONLY, 0) == -ENOENT, "/dev/fd/N of a closed fd is ENOENT");

  ks_proc_done(&p);
  unlink(outside);
  char cmd[600];
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
  if (system(cmd) != 0)
    return 1;
  return tap_done();
}
