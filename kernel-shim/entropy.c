/* Host entropy for the guest (crypto.getRandomValues, randomBytes,
 * randomUUID): getrandom(2), which the seccomp profile allows and which
 * needs no file descriptor. */
#include <errno.h>
#include <sys/random.h>

#include "shim.h"

int ks_random(void *buf, size_t len) {
  char *p = buf;
  while (len > 0) {
    ssize_t n = getrandom(p, len, 0);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return -errno;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}
