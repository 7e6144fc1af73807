#define _GNU_SOURCE
/* Lexical path resolution against a guest process's cwd. Symlinks are the
 * real filesystem's business in this step (the runtime is pivot_rooted);
 * the VFS of a later step resolves them component by component. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "shim.h"

int ks_path_resolve(const ks_proc_t *p, const char *path, char *ret, size_t size) {
  if (!path || !*path)
    return -ENOENT;
  char buf[PATH_MAX * 2];
  size_t plen = strlen(path);
  if (plen >= PATH_MAX)
    return -ENAMETOOLONG;
  if (path[0] == '/')
    memcpy(buf, path, plen + 1);
  else {
    size_t clen = strlen(p->cwd);
    memcpy(buf, p->cwd, clen);
    buf[clen] = '/';
    memcpy(buf + clen + 1, path, plen + 1);
  }
  /* Rebuild component by component into ret. */
  size_t out = 0;
  char *save = NULL;
  if (size < 2)
    return -ENAMETOOLONG;
  for (char *c = strtok_r(buf, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
    if (strcmp(c, ".") == 0)
      continue;
    if (strcmp(c, "..") == 0) {
      while (out > 0 && ret[out - 1] != '/')
        out--;
      if (out > 0)
        out--;
      continue;
    }
    size_t n = strlen(c);
    if (out + 1 + n + 1 > size || out + 1 + n >= PATH_MAX)
      return -ENAMETOOLONG;
    ret[out++] = '/';
    memcpy(ret + out, c, n);
    out += n;
  }
  if (out == 0)
    ret[out++] = '/';
  ret[out] = '\0';
  return 0;
}

int ks_proc_init(ks_proc_t *p, const char *cwd, int pid, int ppid) {
  memset(p, 0, sizeof(*p));
  strcpy(p->cwd, "/");
  p->pid = pid;
  p->ppid = ppid;
  p->start_ns = ks_hrtime();
  p->root_fd = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (p->root_fd < 0)
    return -errno;
  int r = ks_fdtable_init(&p->fds, 0);
  if (r < 0) {
    close(p->root_fd);
    return r;
  }
  return ks_path_resolve(p, cwd, p->cwd, sizeof(p->cwd));
}

int ks_proc_set_root(ks_proc_t *p, const char *dir) {
  int fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  if (p->root_fd >= 0)
    close(p->root_fd);
  p->root_fd = fd;
  return 0;
}

void ks_proc_done(ks_proc_t *p) {
  ks_fdtable_done(&p->fds);
  if (p->root_fd >= 0)
    close(p->root_fd);
  p->root_fd = -1;
}

int ks_getcwd(const ks_proc_t *p, char *buf, size_t size) {
  size_t n = strlen(p->cwd);
  if (n + 1 > size)
    return -ERANGE;
  memcpy(buf, p->cwd, n + 1);
  return (int)n;
}
