/* See vfs.h. Every path is resolved with openat2 beneath the process's
 * root fd; operations on a last component work on the parent directory fd
 * (the *at calls), so only that component's own lookup is left to the
 * kernel, and it never follows a symlink there. Operations that must follow
 * a final symlink (stat, chmod, utimes, access…) open it first with openat2
 * (O_PATH) and act on the fd. */
#define _GNU_SOURCE
#include "vfs.h"

#include <dirent.h>
#include <errno.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "cleanup.h"
#include "proc-policy.h"
#include "proc-virtual.h"

#define RESOLVE_GUEST (RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS)

int ks_vfs_path(const ks_proc_t *p, const char *path, char *ret, size_t size) {
  if (!path || !*path)
    return -ENOENT;
  size_t n = strlen(path);
  if (n >= PATH_MAX)
    return -ENAMETOOLONG;
  int w = path[0] == '/' ? snprintf(ret, size, "%s", path)
                         : snprintf(ret, size, "%s/%s", strcmp(p->cwd, "/") == 0 ? "" : p->cwd, path);
  if (w < 0 || (size_t)w >= size || w >= PATH_MAX)
    return -ENAMETOOLONG;
  return 0;
}

static int guest_open(const ks_proc_t *p, const char *path, int flags, unsigned mode) {
  char abs[PATH_MAX];
  int r = ks_vfs_path(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  struct open_how how = {
      .flags = (uint64_t)(flags | O_CLOEXEC),
      .mode = (flags & (O_CREAT | __O_TMPFILE)) ? (mode & 07777) : 0,
      .resolve = RESOLVE_GUEST,
  };
  int fd = (int)syscall(SYS_openat2, p->root_fd, abs, &how, sizeof(how));
  return fd < 0 ? -errno : fd;
}

/* The parent directory of a guest path (an O_PATH fd beneath the root) and
 * its last component, trailing slashes kept (they mean "a directory"). */
static int open_parent(const ks_proc_t *p, const char *path, int *ret_dir, char *last, size_t last_size) {
  char abs[PATH_MAX];
  int r = ks_vfs_path(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  size_t end = strlen(abs);
  while (end > 1 && abs[end - 1] == '/')
    end--;
  size_t start = end;
  while (start > 0 && abs[start - 1] != '/')
    start--;
  if (start == end) { /* the root itself */
    snprintf(last, last_size, ".");
  } else {
    if (strlen(abs + start) + 1 > last_size)
      return -ENAMETOOLONG;
    strcpy(last, abs + start);
  }
  abs[start] = '\0';
  if (start == 0)
    strcpy(abs, "/");
  struct open_how how = {.flags = O_PATH | O_DIRECTORY | O_CLOEXEC, .resolve = RESOLVE_GUEST};
  int fd = (int)syscall(SYS_openat2, p->root_fd, abs, &how, sizeof(how));
  if (fd < 0)
    return -errno;
  *ret_dir = fd;
  return 0;
}

/* /dev/stdin, /dev/stdout, /dev/stderr and /dev/fd/N: the guest's own fds. */
static int own_fd_path(const ks_proc_t *p, const char *path) {
  char abs[PATH_MAX];
  if (ks_vfs_path(p, path, abs, sizeof(abs)) < 0)
    return -1;
  if (strcmp(abs, "/dev/stdin") == 0)
    return 0;
  if (strcmp(abs, "/dev/stdout") == 0)
    return 1;
  if (strcmp(abs, "/dev/stderr") == 0)
    return 2;
  if (strncmp(abs, "/dev/fd/", 8) == 0 && abs[8]) {
    char *end;
    long n = strtol(abs + 8, &end, 10);
    if (*end == '\0' && n >= 0 && n < INT32_MAX)
      return (int)n;
  }
  return -1;
}

int ks_vfs_open_host(const ks_proc_t *p, const char *path, int flags, unsigned mode) {
  flags &= ~(O_PATH | O_CLOEXEC);
  int fd = guest_open(p, path, flags | O_NOCTTY, mode);
  if (fd < 0)
    return fd;
  int r = ks_proc_policy_check(fd, (flags & O_ACCMODE) != O_RDONLY || (flags & (O_TRUNC | O_CREAT)));
  char procpath[PATH_MAX];
  int virt = -1;
  if (r == 0 && ks_proc_path(fd, procpath, sizeof(procpath)) > 0)
    r = ks_proc_virtual(p, procpath, &virt);
  if (r < 0) {
    close(fd);
    return r;
  }
  if (virt >= 0) { /* the runtime's own view replaces the kernel's */
    close(fd);
    return virt;
  }
  return fd;
}

int ks_fs_open(ks_proc_t *p, const char *path, int flags, unsigned mode) {
  int own = own_fd_path(p, path);
  if (own >= 0) {
    int h = ks_fd_dup(&p->fds, own);
    return h < 0 ? -ENOENT : ks_fd_install(&p->fds, h);
  }
  /* O_PATH stays the runtime's: a guest has no use for it. */
  int fd = ks_vfs_open_host(p, path, flags, mode);
  return fd < 0 ? fd : ks_fd_install(&p->fds, fd);
}

int ks_fs_close(ks_proc_t *p, int fd) {
  return ks_fd_close(&p->fds, fd);
}

ssize_t ks_fs_read(ks_proc_t *p, int fd, void *buf, size_t len, int64_t pos) {
  int h = ks_fd_dup(&p->fds, fd);
  if (h < 0)
    return h;
  ssize_t n;
  do
    n = pos < 0 ? read(h, buf, len) : pread(h, buf, len, pos);
  while (n < 0 && errno == EINTR);
  int e = errno;
  close(h);
  return n < 0 ? -e : n;
}

ssize_t ks_fs_write(ks_proc_t *p, int fd, const void *buf, size_t len, int64_t pos) {
  int h = ks_fd_dup(&p->fds, fd);
  if (h < 0)
    return h;
  ssize_t n;
  do
    n = pos < 0 ? write(h, buf, len) : pwrite(h, buf, len, pos);
  while (n < 0 && errno == EINTR);
  int e = errno;
  close(h);
  return n < 0 ? -e : n;
}

static int statx_fd(int fd, struct statx *ret) {
  return statx(fd, "", AT_EMPTY_PATH | AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS | STATX_BTIME, ret) < 0 ? -errno : 0;
}

int ks_fs_stat(ks_proc_t *p, const char *path, int follow, struct statx *ret) {
  _cleanup_close_ int fd = guest_open(p, path, O_PATH | (follow ? 0 : O_NOFOLLOW), 0);
  if (fd < 0)
    return fd;
  return statx_fd(fd, ret);
}

int ks_fs_fstat(ks_proc_t *p, int fd, struct statx *ret) {
  int h = ks_fd_get(&p->fds, fd);
  return h < 0 ? h : statx_fd(h, ret);
}

int ks_fs_statfs(ks_proc_t *p, const char *path, struct statfs *ret) {
  _cleanup_close_ int fd = guest_open(p, path, O_PATH, 0);
  if (fd < 0)
    return fd;
  return fstatfs(fd, ret) < 0 ? -errno : 0;
}

int ks_fs_access(ks_proc_t *p, const char *path, int mode) {
  _cleanup_close_ int fd = guest_open(p, path, O_PATH, 0);
  if (fd < 0)
    return fd;
  return faccessat(fd, "", mode, AT_EMPTY_PATH) < 0 ? -errno : 0;
}

#define WITH_PARENT(p, path, body)                                                                 \
  ({                                                                                               \
    int _dir = -1;                                                                                 \
    char last[NAME_MAX + 2];                                                                       \
    int _r = open_parent(p, path, &_dir, last, sizeof(last));                                      \
    if (_r == 0) {                                                                                 \
      _r = (body) < 0 ? -errno : 0;                                                                \
      close(_dir);                                                                                 \
    }                                                                                              \
    _r;                                                                                            \
  })

int ks_fs_mkdir(ks_proc_t *p, const char *path, unsigned mode) {
  return WITH_PARENT(p, path, mkdirat(_dir, last, mode & 07777));
}

int ks_fs_rmdir(ks_proc_t *p, const char *path) {
  return WITH_PARENT(p, path, unlinkat(_dir, last, AT_REMOVEDIR));
}

int ks_fs_unlink(ks_proc_t *p, const char *path) {
  return WITH_PARENT(p, path, unlinkat(_dir, last, 0));
}

int ks_fs_symlink(ks_proc_t *p, const char *target, const char *path) {
  return WITH_PARENT(p, path, symlinkat(target, _dir, last));
}

static int two_parents(ks_proc_t *p, const char *a, const char *b, int (*op)(int, const char *, int, const char *)) {
  int da = -1, db = -1;
  char la[NAME_MAX + 2], lb[NAME_MAX + 2];
  int r = open_parent(p, a, &da, la, sizeof(la));
  if (r < 0)
    return r;
  r = open_parent(p, b, &db, lb, sizeof(lb));
  if (r == 0) {
    r = op(da, la, db, lb) < 0 ? -errno : 0;
    close(db);
  }
  close(da);
  return r;
}

static int do_rename(int da, const char *la, int db, const char *lb) {
  return renameat(da, la, db, lb);
}

static int do_link(int da, const char *la, int db, const char *lb) {
  return linkat(da, la, db, lb, 0);
}

int ks_fs_rename(ks_proc_t *p, const char *from, const char *to) {
  return two_parents(p, from, to, do_rename);
}

int ks_fs_link(ks_proc_t *p, const char *existing, const char *newpath) {
  return two_parents(p, existing, newpath, do_link);
}

int ks_fs_readlink(ks_proc_t *p, const char *path, char **ret) {
  char buf[PATH_MAX];
  ssize_t n = 0;
  int r = WITH_PARENT(p, path, (n = readlinkat(_dir, last, buf, sizeof(buf) - 1)));
  if (r < 0)
    return r;
  buf[n] = '\0';
  return (*ret = strdup(buf)) ? 0 : -ENOMEM;
}

/* The path of an fd as the guest sees it: the runtime is pivot_rooted into
 * the guest's root, so the kernel's name for it is the guest path. */
static int fd_path(int fd, char **ret) {
  char link[64], buf[PATH_MAX];
  snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, buf, sizeof(buf) - 1);
  if (n < 0)
    return -errno;
  buf[n] = '\0';
  return (*ret = strdup(buf)) ? 0 : -ENOMEM;
}

int ks_fs_realpath(ks_proc_t *p, const char *path, char **ret) {
  _cleanup_close_ int fd = guest_open(p, path, O_PATH, 0);
  if (fd < 0)
    return fd;
  return fd_path(fd, ret);
}

void ks_dirents_free(ks_dirent_t *d, size_t n) {
  for (size_t i = 0; d && i < n; i++)
    free(d[i].name);
  free(d);
}

int ks_fs_readdir(ks_proc_t *p, const char *path, ks_dirent_t **ret, size_t *ret_n) {
  int fd = guest_open(p, path, O_RDONLY | O_DIRECTORY, 0);
  if (fd < 0)
    return fd;
  DIR *d = fdopendir(fd);
  if (!d) {
    int e = errno;
    close(fd);
    return -e;
  }
  ks_dirent_t *list = NULL;
  size_t n = 0, cap = 0;
  int r = 0;
  struct dirent *de;
  errno = 0;
  while ((de = readdir(d)) != NULL) {
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      ks_dirent_t *grown = realloc(list, cap * sizeof(*list));
      if (!grown) {
        r = -ENOMEM;
        break;
      }
      list = grown;
    }
    if (!(list[n].name = strdup(de->d_name))) {
      r = -ENOMEM;
      break;
    }
    list[n++].type = de->d_type;
    errno = 0;
  }
  if (r == 0 && errno)
    r = -errno;
  closedir(d);
  if (r < 0) {
    ks_dirents_free(list, n);
    return r;
  }
  *ret = list;
  *ret_n = n;
  return 0;
}

int ks_fs_ftruncate(ks_proc_t *p, int fd, int64_t len) {
  int h = ks_fd_get(&p->fds, fd);
  if (h < 0)
    return h;
  return ftruncate(h, len) < 0 ? -errno : 0;
}

int ks_fs_truncate(ks_proc_t *p, const char *path, int64_t len) {
  _cleanup_close_ int fd = guest_open(p, path, O_WRONLY, 0);
  if (fd < 0)
    return fd;
  return ftruncate(fd, len) < 0 ? -errno : 0;
}

/* chmod/chown/utimes through the fd's own name: it was opened beneath the
 * guest root, and the runtime's own /proc/self/fd link needs no lookup. */
static void self_fd_link(int fd, char *buf, size_t size) {
  snprintf(buf, size, "/proc/self/fd/%d", fd);
}

int ks_fs_chmod(ks_proc_t *p, const char *path, unsigned mode) {
  _cleanup_close_ int fd = guest_open(p, path, O_PATH, 0);
  if (fd < 0)
    return fd;
  char link[64];
  self_fd_link(fd, link, sizeof(link));
  return chmod(link, mode & 07777) < 0 ? -errno : 0;
}

int ks_fs_fchmod(ks_proc_t *p, int fd, unsigned mode) {
  int h = ks_fd_get(&p->fds, fd);
  if (h < 0)
    return h;
  return fchmod(h, mode & 07777) < 0 ? -errno : 0;
}

int ks_fs_chown(ks_proc_t *p, const char *path, uid_t uid, gid_t gid, int follow) {
  _cleanup_close_ int fd = guest_open(p, path, O_PATH | (follow ? 0 : O_NOFOLLOW), 0);
  if (fd < 0)
    return fd;
  return fchownat(fd, "", uid, gid, AT_EMPTY_PATH) < 0 ? -errno : 0;
}

int ks_fs_fchown(ks_proc_t *p, int fd, uid_t uid, gid_t gid) {
  int h = ks_fd_get(&p->fds, fd);
  if (h < 0)
    return h;
  return fchown(h, uid, gid) < 0 ? -errno : 0;
}

static void to_timespec(int64_t ns, struct timespec *ts) {
  ts->tv_sec = ns / 1000000000;
  ts->tv_nsec = ns % 1000000000;
  if (ts->tv_nsec < 0) {
    ts->tv_sec -= 1;
    ts->tv_nsec += 1000000000;
  }
}

int ks_fs_utimes(ks_proc_t *p, const char *path, int64_t atime_ns, int64_t mtime_ns, int follow) {
  struct timespec ts[2];
  to_timespec(atime_ns, &ts[0]);
  to_timespec(mtime_ns, &ts[1]);
  if (!follow)
    return WITH_PARENT(p, path, utimensat(_dir, last, ts, AT_SYMLINK_NOFOLLOW));
  _cleanup_close_ int fd = guest_open(p, path, O_PATH, 0);
  if (fd < 0)
    return fd;
  char link[64];
  self_fd_link(fd, link, sizeof(link));
  return utimensat(AT_FDCWD, link, ts, 0) < 0 ? -errno : 0;
}

int ks_fs_futimes(ks_proc_t *p, int fd, int64_t atime_ns, int64_t mtime_ns) {
  int h = ks_fd_get(&p->fds, fd);
  if (h < 0)
    return h;
  struct timespec ts[2];
  to_timespec(atime_ns, &ts[0]);
  to_timespec(mtime_ns, &ts[1]);
  return futimens(h, ts) < 0 ? -errno : 0;
}

int ks_fs_fsync(ks_proc_t *p, int fd, int datasync) {
  int h = ks_fd_get(&p->fds, fd);
  if (h < 0)
    return h;
  return (datasync ? fdatasync(h) : fsync(h)) < 0 ? -errno : 0;
}

int ks_fs_copyfile(ks_proc_t *p, const char *src, const char *dst, int flags) {
  if (flags & 4) /* COPYFILE_FICLONE_FORCE: no reflinks on the guest's filesystems */
    return -ENOTSUP;
  _cleanup_close_ int in = guest_open(p, src, O_RDONLY, 0);
  if (in < 0)
    return in;
  struct stat st;
  if (fstat(in, &st) < 0)
    return -errno;
  if (S_ISDIR(st.st_mode))
    return -EISDIR;
  _cleanup_close_ int out = guest_open(p, dst, O_WRONLY | O_CREAT | O_TRUNC | ((flags & 1) ? O_EXCL : 0), st.st_mode);
  if (out < 0)
    return out;
  for (;;) {
    ssize_t n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
    if (n == 0)
      break;
    if (n > 0)
      continue;
    if (errno == EINTR)
      continue;
    if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP)
      return -errno;
    char buf[1 << 16];
    ssize_t r;
    while ((r = read(in, buf, sizeof(buf))) > 0)
      for (ssize_t off = 0; off < r;) {
        ssize_t w = write(out, buf + off, (size_t)(r - off));
        if (w < 0 && errno != EINTR)
          return -errno;
        if (w > 0)
          off += w;
      }
    if (r < 0)
      return -errno;
    break;
  }
  return fchmod(out, st.st_mode & 07777) < 0 ? -errno : 0;
}

int ks_fs_mkdtemp(ks_proc_t *p, const char *prefix, char **ret) {
  static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  size_t n = strlen(prefix);
  if (n + 7 >= PATH_MAX)
    return -ENAMETOOLONG;
  for (int attempt = 0; attempt < 100; attempt++) {
    char path[PATH_MAX];
    unsigned char rnd[6];
    int r = ks_random(rnd, sizeof(rnd));
    if (r < 0)
      return r;
    memcpy(path, prefix, n);
    for (int i = 0; i < 6; i++)
      path[n + i] = chars[rnd[i] % (sizeof(chars) - 1)];
    path[n + 6] = '\0';
    r = ks_fs_mkdir(p, path, 0700);
    if (r == -EEXIST)
      continue;
    if (r < 0)
      return r;
    return (*ret = strdup(path)) ? 0 : -ENOMEM;
  }
  return -EEXIST;
}
