/* Dropping every capability (libcap): bounding set, ambient, inheritable,
 * permitted and effective, so nothing can be regained later, not even by an
 * exec (which seccomp forbids anyway). */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/capability.h>
#include <sys/prctl.h>

#include "sandbox.h"

int caps_drop_all(secexec_error_t **err) {
  for (cap_value_t c = 0; c <= CAP_LAST_CAP; c++)
    if (cap_drop_bound(c) < 0 && errno != EINVAL)
      return error_set(err, errno, "drop capability %d from the bounding set", (int)c);
  if (cap_reset_ambient() < 0 && errno != EINVAL)
    return error_set(err, errno, "clear ambient capabilities");
  cap_t empty = cap_init();
  if (!empty)
    return error_set(err, errno, "cap_init");
  int r = cap_set_proc(empty);
  int e = errno;
  cap_free(empty);
  if (r < 0)
    return error_set(err, e, "drop capabilities");
  return 0;
}

/* In the freshly cloned child, before it execs the init: the init runs with
 * a uid that is not root in its user namespace (it switches to the mapped
 * root only after capturing host trees with the caller's credentials), so
 * exec would clear its capabilities. Raising them as ambient keeps them
 * across that one exec. They are capabilities over the new user namespace
 * only, which owns nothing of the host; the init drops them all
 * (caps_drop_all) before any guest code runs. */
int caps_keep_across_exec(void) {
  cap_t c = cap_get_proc();
  if (!c)
    return -errno;
  int n = cap_max_bits();
  for (cap_value_t v = 0; v < n; v++)
    if (cap_set_flag(c, CAP_INHERITABLE, 1, &v, CAP_SET) < 0) {
      cap_free(c);
      return -EINVAL;
    }
  int r = cap_set_proc(c);
  int e = errno;
  cap_free(c);
  if (r < 0)
    return -e;
  for (cap_value_t v = 0; v < n; v++)
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, v, 0, 0) < 0)
      return -errno;
  return 0;
}
