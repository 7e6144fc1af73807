/* Confining the runtime process, inside the namespaces it was cloned into.
 *
 * The order is the argument for its safety and never changes:
 *   host trees are captured (as detached mounts) while the process still
 *   holds the caller's credentials → switch to the mapped root → build the
 *   new root (tmpfs from the embedded template, or --rootfs) and mount /app,
 *   /dev nodes and /proc in it → pivot_root and detach the old root →
 *   hostname, loopback → drop every capability → no_new_privs → seccomp.
 * Nothing of the guest runs before sandbox_enter() returns 0. */
#pragma once

#include "error.h"
#include "launch-config.h"

int sandbox_enter(const launch_config_t *cfg, const void *seccomp_bpf, size_t seccomp_len, secexec_error_t **err);

/* Pieces, each usable and testable alone. */
int rootfs_populate_template(int root_fd, secexec_error_t **err);
int netns_loopback_up(secexec_error_t **err);
int caps_drop_all(secexec_error_t **err);
int caps_keep_across_exec(void);
