/* Whole-file reads and writes and directory changes for guest processes.
 * Paths are resolved against the process's own cwd (never the OS cwd,
 * which all guest threads would share). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cleanup.h"
#include "shim.h"

int ks_chdir(ks_proc_t *p, const char *path) {
  char abs[PATH_MAX];
  int r = ks_path_resolve(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  struct stat st;
  if (stat(abs, &st) < 0)
    return -errno;
  if (!S_ISDIR(st.st_mode))
    return -ENOTDIR;
  if (access(abs, X_OK) < 0)
    return -errno;
  strcpy(p->cwd, abs);
  return 0;
}

int ks_access(const ks_proc_t *p, const char *path, int mode) {
  char abs[PATH_MAX];
  int r = ks_path_resolve(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  return access(abs, mode) < 0 ? -errno : 0;
}

int ks_read_file(const ks_proc_t *p, const char *path, char **ret_data, size_t *ret_len) {
  char abs[PATH_MAX];
  int r = ks_path_resolve(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  _cleanup_close_ int fd = open(abs, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    return -errno;
  struct stat st;
  if (fstat(fd, &st) < 0)
    return -errno;
  if (S_ISDIR(st.st_mode))
    return -EISDIR;
  size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
  if (cap > KS_READ_FILE_MAX)
    return -EFBIG;
  _cleanup_free_ char *buf = malloc(cap);
  size_t len = 0;
  if (!buf)
    return -ENOMEM;
  for (;;) {
    if (len == cap) {
      if (cap >= KS_READ_FILE_MAX)
        return -EFBIG;
      cap *= 2;
      char *grown = realloc(buf, cap);
      if (!grown)
        return -ENOMEM;
      buf = grown;
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return -errno;
    if (n == 0)
      break;
    len += (size_t)n;
  }
  *ret_data = TAKE_PTR(buf);
  *ret_len = len;
  return 0;
}

int ks_write_file(const ks_proc_t *p, const char *path, const void *data, size_t len, int append, unsigned mode) {
  char abs[PATH_MAX];
  int r = ks_path_resolve(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOCTTY | (append ? O_APPEND : O_TRUNC);
  _cleanup_close_ int fd = open(abs, flags, mode & 07777);
  if (fd < 0)
    return -errno;
  const char *d = data;
  while (len > 0) {
    ssize_t n = write(fd, d, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return -errno;
    d += n;
    len -= (size_t)n;
  }
  return 0;
}

int ks_stat_kind(const ks_proc_t *p, const char *path) {
  char abs[PATH_MAX];
  int r = ks_path_resolve(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  struct stat st;
  if (stat(abs, &st) < 0)
    return -errno;
  return S_ISDIR(st.st_mode) ? 1 : 0;
}

int ks_realpath(const ks_proc_t *p, const char *path, char *ret, size_t size) {
  char abs[PATH_MAX], real[PATH_MAX];
  int r = ks_path_resolve(p, path, abs, sizeof(abs));
  if (r < 0)
    return r;
  if (!realpath(abs, real))
    return -errno;
  size_t n = strlen(real);
  if (n + 1 > size)
    return -ENAMETOOLONG;
  memcpy(ret, real, n + 1);
  return 0;
}
