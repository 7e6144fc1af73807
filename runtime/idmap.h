/* Which host ids the runtime's user namespace maps.
 *
 * Started as root, the runtime's root must not be host root: it maps to a
 * subordinate range (root's line in /etc/subuid and /etc/subgid, else a
 * fixed default). Started by anyone else (rootless), the caller's own uid and
 * gid become root inside, and nothing else is mapped. */
#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include "error.h"

#define IDMAP_DEFAULT_BASE 100000u
#define IDMAP_DEFAULT_COUNT 65536u

typedef struct idmap {
  uid_t uid_base;   /* host uid of the runtime's uid 0 */
  unsigned uid_count;
  gid_t gid_base;
  unsigned gid_count;
  bool rootless;    /* setgroups must be denied before gid_map */
} idmap_t;

/* Finds `name`'s first range in a subuid/subgid-format text ("name:start:count"
 * lines). Returns 1 when found, 0 when not, -EINVAL on a malformed match. */
int idmap_parse_subid(const char *text, const char *name, unsigned long *ret_start, unsigned long *ret_count);

/* Decides the mapping for the calling user. */
int idmap_choose(uid_t uid, gid_t gid, idmap_t *ret, secexec_error_t **err);

/* Writes /proc/PID/{setgroups,uid_map,gid_map}. */
int idmap_apply(pid_t pid, const idmap_t *m, secexec_error_t **err);
