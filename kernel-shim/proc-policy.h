/* What of /proc a guest may open. The runtime's /proc is its pid
 * namespace's, but much of it is a window onto the runtime process itself
 * (/proc/self/mem, /proc/self/fd, environ…), so a guest may open only an
 * allow-list of read-only files, whatever path or symlink led there. */
#pragma once

#include <stddef.h>

/* 0 when `fd` (just opened) is not on procfs or is an allowed file opened
 * for reading; -EACCES otherwise. */
int ks_proc_policy_check(int fd, int for_writing);

/* The kernel's path of an fd on procfs ("/proc/…"), or 0 when the fd is
 * not on procfs; -errno on failure. */
int ks_proc_path(int fd, char *buf, size_t size);
