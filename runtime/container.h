/* Starting a runtime process from the CLI: clone into fresh namespaces, map
 * ids, hand over the launch config, exec the init, and wait for it.
 *
 * The init is exec'd while the child still holds the caller's host
 * credentials (before it switches to its mapped root), so it can reach its
 * own binary and libraries wherever they live; it confines itself afterwards
 * (see sandbox.h). */
#pragma once

#include <stdbool.h>
#include <sys/types.h>

#include "error.h"
#include "launch-config.h"

/* Runs the runtime to completion. *ret_status is the exit status the CLI
 * should return: the guest's code, or 128+signal when it was killed. Setup
 * failures inside the runtime come back as an error with their exit code.
 *
 * With cfg->memory_limit set, the runtime runs in a cgroup of its own with
 * that limit (see cgroup.h); where no cgroup can be had, `memory_required`
 * makes that an error, else the runtime goes on with the V8 heap limit
 * alone. A runtime the kernel's OOM killer ended is reported as an error
 * with exit status 137. */
int container_run(const launch_config_t *cfg, const char *init_path, bool memory_required, int *ret_status,
                  secexec_error_t **err);

/* Path of secexec-init: beside the running secexec binary. */
int container_find_init(char **ret_path, secexec_error_t **err);
