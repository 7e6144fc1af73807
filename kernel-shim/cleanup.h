/* Scope-bound ownership helpers shared by every C module.
 *
 * A variable declared with one of these attributes owns its resource until
 * the end of its scope; TAKE_PTR / TAKE_FD hand ownership to someone else.
 * Every *_free() helper used here accepts NULL and returns NULL. */
#pragma once

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static inline void freep(void *p) {
  free(*(void **)p);
}

static inline void closep(int *fd) {
  if (*fd >= 0) {
    int saved = errno;
    close(*fd);
    errno = saved;
  }
}

#define _cleanup_(f) __attribute__((cleanup(f)))
#define _cleanup_free_ _cleanup_(freep)
#define _cleanup_close_ _cleanup_(closep)

#define TAKE_PTR(p)                                                           \
  ({                                                                          \
    __typeof__(p) _taken = (p);                                               \
    (p) = NULL;                                                               \
    _taken;                                                                   \
  })

#define TAKE_FD(fd)                                                           \
  ({                                                                          \
    int _taken = (fd);                                                        \
    (fd) = -1;                                                                \
    _taken;                                                                   \
  })

#define ELEMENTSOF(a) (sizeof(a) / sizeof((a)[0]))
