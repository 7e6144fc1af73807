/* The guest's stdout and stderr: the runtime's own fds 1 and 2, which the
 * CLI passed through unchanged, so output order and separation are kept. */
#include <errno.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

#include "shim.h"

ssize_t ks_write_stdio(int fd, const void *buf, size_t len) {
  if (fd != 1 && fd != 2)
    return -EBADF;
  const char *p = buf;
  size_t left = len;
  while (left > 0) {
    ssize_t n = write(fd, p, left);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0 && errno == EAGAIN) {
      /* A non-blocking pipe the caller gave us: wait for room, keep order. */
      struct pollfd pfd = {.fd = fd, .events = POLLOUT};
      poll(&pfd, 1, -1);
      continue;
    }
    if (n < 0)
      return -errno;
    p += n;
    left -= (size_t)n;
  }
  return (ssize_t)len;
}

uint64_t ks_hrtime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
