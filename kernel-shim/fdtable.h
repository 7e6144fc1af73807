/* A guest process's file descriptors: guest numbers mapped to the runtime's
 * own fds. 0, 1 and 2 are the process's stdio. The guest never sees or
 * names a host fd, so it can only use what it opened itself. The table is
 * shared by the process's JS thread and the thread-pool workers doing its
 * asynchronous I/O, hence the lock. */
#pragma once

#include <pthread.h>

#define KS_FD_LIMIT_DEFAULT 1024

typedef struct ks_fdtable {
  pthread_mutex_t lock;
  int *host;       /* host[guest] = host fd, or -1 */
  unsigned cap;
  unsigned used;   /* open guest fds, stdio included */
  unsigned limit;  /* EMFILE past this many */
} ks_fdtable_t;

int ks_fdtable_init(ks_fdtable_t *t, unsigned limit);
void ks_fdtable_done(ks_fdtable_t *t);

/* Takes ownership of host_fd; returns the new guest fd or -EMFILE/-ENOMEM
 * (host_fd is closed on failure). */
int ks_fd_install(ks_fdtable_t *t, int host_fd);

/* A dup of the host fd behind `fd` (the caller closes it), so an I/O in
 * flight is unaffected by a concurrent close. -EBADF if not open. */
int ks_fd_dup(ks_fdtable_t *t, int fd);

/* The host fd itself, for quick synchronous calls on the owning thread. */
int ks_fd_get(ks_fdtable_t *t, int fd);

int ks_fd_close(ks_fdtable_t *t, int fd);
