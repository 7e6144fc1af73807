/* Whole-file reads and writes, directory changes and the module loader's
 * probes for guest processes, over the VFS (vfs.h): the same confinement
 * as every other guest path. Paths are resolved against the process's own
 * cwd (never the OS cwd, which all guest threads would share). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cleanup.h"
#include "shim.h"
#include "vfs.h"

int ks_chdir(ks_proc_t *p, const char *path) {
  struct statx st;
  int r = ks_fs_stat(p, path, 1, &st);
  if (r < 0)
    return r;
  if (!S_ISDIR(st.stx_mode))
    return -ENOTDIR;
  if ((r = ks_fs_access(p, path, X_OK)) < 0)
    return r;
  _cleanup_free_ char *real = NULL;
  if ((r = ks_fs_realpath(p, path, &real)) < 0)
    return r;
  if (strlen(real) >= sizeof(p->cwd))
    return -ENAMETOOLONG;
  strcpy(p->cwd, real);
  return 0;
}

int ks_access(const ks_proc_t *p, const char *path, int mode) {
  return ks_fs_access((ks_proc_t *)p, path, mode);
}

int ks_read_file(const ks_proc_t *p, const char *path, char **ret_data, size_t *ret_len) {
  _cleanup_close_ int fd = ks_vfs_open_host(p, path, O_RDONLY, 0);
  if (fd < 0)
    return fd;
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
  int flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC);
  _cleanup_close_ int fd = ks_vfs_open_host(p, path, flags, mode);
  if (fd < 0)
    return fd;
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
  struct statx st;
  int r = ks_fs_stat((ks_proc_t *)p, path, 1, &st);
  if (r < 0)
    return r;
  return S_ISDIR(st.stx_mode) ? 1 : 0;
}

int ks_realpath(const ks_proc_t *p, const char *path, char *ret, size_t size) {
  _cleanup_free_ char *real = NULL;
  int r = ks_fs_realpath((ks_proc_t *)p, path, &real);
  if (r < 0)
    return r;
  size_t n = strlen(real);
  if (n + 1 > size)
    return -ENAMETOOLONG;
  memcpy(ret, real, n + 1);
  return 0;
}
