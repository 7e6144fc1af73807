/* The memory budget of a runtime: the size syntax of --memory, the V8 heap
 * limit derived from it, and the per-runtime cgroup that enforces it.
 *
 * The CLI creates one cgroup per runtime under its own cgroup (the memory
 * hierarchy of cgroup v1 on hybrid hosts, else the unified v2 tree), moves
 * the runtime's process in before releasing it, and removes the cgroup once
 * the runtime has been reaped. It never changes the CLI's own cgroup: on v2
 * the memory controller must already be delegated to its children. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "error.h"

/* The default --memory, and the smallest one accepted: an idle runtime
 * already holds some 45 MiB (V8, libnode, the snapshot). */
#define MEMORY_DEFAULT (512ull << 20)
#define MEMORY_MIN (64ull << 20)
/* Larger limits are no limit a host could honour; refusing them keeps the
 * arithmetic far from overflow. */
#define MEMORY_MAX (1ull << 50)

/* "N", "Nk", "Nm", "Ng" (either case) in bytes; "0" and "max" give 0, no
 * limit. -EINVAL when malformed, -ERANGE when it does not fit. */
int memory_size_parse(const char *s, uint64_t *ret_bytes);

/* The shortest exact spelling ("512m", "1g", "1000"), for messages. */
void memory_size_format(uint64_t bytes, char *buf, size_t size);

/* The V8 heap limit for a runtime of `limit` bytes (0: none, V8's own
 * default): what is left after a reserve for code, stacks and buffers, so a
 * JavaScript allocation bomb meets V8's heap limit before the cgroup's. */
uint64_t memory_heap_limit(uint64_t limit);

/* The path of the cgroup of `controller` ("memory"; NULL for the v2 "0::"
 * entry) in the text of /proc/self/cgroup. -ENOENT when absent. */
int cgroup_path_from_proc(const char *text, const char *controller, char **ret_path);

/* For one /proc/self/mountinfo line: when it mounts the v1 hierarchy holding
 * `controller` (or, with NULL, the v2 tree), the mount point and the
 * hierarchy path mounted there (octal escapes decoded). 0 when it does not
 * match, 1 when it does, -errno on failure. */
int cgroup_mount_from_mountinfo(const char *line, const char *controller, char **ret_mountpoint,
                                char **ret_root);

typedef struct cgroup cgroup_t;

/* Creates the runtime's cgroup `name` under the CLI's own and sets its
 * memory limit (swap included). -ENODEV when no memory controller can be
 * used here (none mounted, not delegated, read-only or not permitted):
 * the caller may go on without one. */
int cgroup_create(const char *name, uint64_t limit, cgroup_t **ret, secexec_error_t **err);

/* Moving a running process costs the kernel an RCU grace period (some
 * 20 ms), so a new runtime joins as it starts instead: on v2 clone3 puts
 * it there (CLONE_INTO_CGROUP with cgroup_clone_fd); on v1 the freshly
 * cloned, still single-threaded child moves its only thread itself with
 * cgroup_join_self on cgroup_tasks_fd, which needs no global lock. Each
 * fd is -1 on the other version. */
int cgroup_clone_fd(const cgroup_t *cg);
int cgroup_tasks_fd(const cgroup_t *cg);
/* In the child, between clone and exec: async-signal-safe. 0 or -errno. */
int cgroup_join_self(int tasks_fd);

/* Moves a process (all its threads) into the cgroup: the slow way, for a
 * kernel without CLONE_INTO_CGROUP. */
int cgroup_add_pid(cgroup_t *cg, pid_t pid, secexec_error_t **err);

/* Whether the kernel's OOM killer killed a process of the cgroup. */
bool cgroup_oom_killed(const cgroup_t *cg);

/* The cgroup's directory, for tests and messages. */
const char *cgroup_dir(const cgroup_t *cg);

/* Removes the cgroup (it must hold no process any more) and frees it.
 * Accepts NULL; returns NULL. */
cgroup_t *cgroup_destroy(cgroup_t *cg);
