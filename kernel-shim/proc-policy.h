/* What of /proc a guest may open. The runtime's /proc is its pid
 * namespace's, but much of it is a window onto the runtime process itself
 * (/proc/self/mem, /proc/self/fd, environ…), so a guest may open only an
 * allow-list of read-only files, whatever path or symlink led there. */
#pragma once

/* 0 when `fd` (just opened) is not on procfs or is an allowed file opened
 * for reading; -EACCES otherwise. */
int ks_proc_policy_check(int fd, int for_writing);
