/* Files of /proc a guest reads as the runtime's own, not the host's: the
 * runtime's uptime, its load (its own processes), the CPUs it may run on,
 * and, when the runtime has a memory limit, its memory. They are produced
 * on open as a sealed memfd with the same content layout as the kernel's. */
#pragma once

#include <stdint.h>

#include "shim.h"

/* The runtime's memory budget in bytes (0: none, /proc/meminfo is the
 * host's). One value for the whole runtime process: set once by the init
 * before any thread exists, only read afterwards. */
void ks_proc_virtual_set_memory_limit(uint64_t bytes);

/* For an fd just opened on procfs whose kernel path is `path`: a new fd
 * with the runtime's view (the caller closes the original), 0 when the
 * file is not virtualised, or -errno. */
int ks_proc_virtual(const ks_proc_t *p, const char *path, int *ret_fd);
