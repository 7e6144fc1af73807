/* Files of /proc a guest reads as the runtime's own, not the host's: the
 * runtime's uptime, its load (its own processes), and the CPUs it may run
 * on. They are produced on open as a sealed memfd with the same content
 * layout as the kernel's. */
#pragma once

#include "shim.h"

/* For an fd just opened on procfs whose kernel path is `path`: a new fd
 * with the runtime's view (the caller closes the original), 0 when the
 * file is not virtualised, or -errno. */
int ks_proc_virtual(const ks_proc_t *p, const char *path, int *ret_fd);
