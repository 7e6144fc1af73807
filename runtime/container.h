/* Starting a runtime process from the CLI: clone into fresh namespaces, map
 * ids, hand over the launch config, exec the init, and wait for it.
 *
 * The init is exec'd while the child still holds the caller's host
 * credentials (before it switches to its mapped root), so it can reach its
 * own binary and libraries wherever they live; it confines itself afterwards
 * (see sandbox.h). */
#pragma once

#include <sys/types.h>

#include "error.h"
#include "launch-config.h"

/* Runs the runtime to completion. *ret_status is the exit status the CLI
 * should return: the guest's code, or 128+signal when it was killed. Setup
 * failures inside the runtime come back as an error with their exit code. */
int container_run(const launch_config_t *cfg, const char *init_path, int *ret_status, secexec_error_t **err);

/* Path of secexec-init: beside the running secexec binary. */
int container_find_init(char **ret_path, secexec_error_t **err);
