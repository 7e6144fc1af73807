/* See fdtable.h. */
#define _GNU_SOURCE
#include "fdtable.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int ks_fdtable_init(ks_fdtable_t *t, unsigned limit) {
  t->cap = 16;
  t->host = malloc(t->cap * sizeof(int));
  if (!t->host)
    return -ENOMEM;
  for (unsigned i = 0; i < t->cap; i++)
    t->host[i] = -1;
  for (int i = 0; i < 3; i++)
    t->host[i] = i;
  t->used = 3;
  t->limit = limit ? limit : KS_FD_LIMIT_DEFAULT;
  pthread_mutex_init(&t->lock, NULL);
  return 0;
}

void ks_fdtable_done(ks_fdtable_t *t) {
  for (unsigned i = 3; t->host && i < t->cap; i++)
    if (t->host[i] >= 0)
      close(t->host[i]);
  free(t->host);
  t->host = NULL;
  pthread_mutex_destroy(&t->lock);
}

int ks_fd_install(ks_fdtable_t *t, int host_fd) {
  pthread_mutex_lock(&t->lock);
  int r = -EMFILE;
  if (t->used < t->limit) {
    unsigned i = 3;
    while (i < t->cap && t->host[i] >= 0)
      i++;
    if (i == t->cap) {
      unsigned ncap = t->cap * 2;
      int *grown = realloc(t->host, ncap * sizeof(int));
      if (!grown) {
        r = -ENOMEM;
        goto out;
      }
      for (unsigned k = t->cap; k < ncap; k++)
        grown[k] = -1;
      t->host = grown;
      t->cap = ncap;
    }
    t->host[i] = host_fd;
    t->used++;
    r = (int)i;
  }
out:
  pthread_mutex_unlock(&t->lock);
  if (r < 0)
    close(host_fd);
  return r;
}

int ks_fd_get(ks_fdtable_t *t, int fd) {
  pthread_mutex_lock(&t->lock);
  int h = fd >= 0 && (unsigned)fd < t->cap ? t->host[fd] : -1;
  pthread_mutex_unlock(&t->lock);
  return h >= 0 ? h : -EBADF;
}

int ks_fd_dup(ks_fdtable_t *t, int fd) {
  pthread_mutex_lock(&t->lock);
  int h = fd >= 0 && (unsigned)fd < t->cap ? t->host[fd] : -1;
  int r = h >= 0 ? fcntl(h, F_DUPFD_CLOEXEC, 3) : -1;
  int e = errno;
  pthread_mutex_unlock(&t->lock);
  if (h < 0)
    return -EBADF;
  return r < 0 ? -e : r;
}

int ks_fd_close(ks_fdtable_t *t, int fd) {
  pthread_mutex_lock(&t->lock);
  int h = fd >= 0 && (unsigned)fd < t->cap ? t->host[fd] : -1;
  if (h >= 0) {
    t->host[fd] = -1;
    t->used--;
  }
  pthread_mutex_unlock(&t->lock);
  if (h < 0)
    return -EBADF;
  /* stdio stays open for the runtime: closing the guest's fd 1 only
   * forgets it, as the runtime's own stdout must keep working. */
  if (fd <= 2)
    return 0;
  return close(h) < 0 && errno != EINTR ? -errno : 0;
}
