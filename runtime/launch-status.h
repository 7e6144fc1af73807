/* The hand-over between the CLI and the runtime's init.
 *
 * The CLI passes the launch config on fd LAUNCH_CONFIG_FD (a sealed memfd)
 * and a pipe on LAUNCH_STATUS_FD. The init writes exactly one record there
 * before any guest code runs: "ok" once the sandbox is complete, or
 * "error <exit> <message>" when setting it up failed. The CLI prints the
 * message; the init never prints its own setup errors. */
#pragma once

#include <stddef.h>

#define LAUNCH_CONFIG_FD 3
#define LAUNCH_STATUS_FD 4
/* Detached, id-mapped copies of the host trees the runtime exposes, made by
 * the CLI (see container.c); absent (closed) when the CLI could not make
 * them, and the init then captures plain copies itself. */
#define LAUNCH_APP_TREE_FD 5
#define LAUNCH_ROOTFS_TREE_FD 6
#define LAUNCH_MOUNT_TREE_FD 7 /* + index, one per --mount */
#define LAUNCH_STATUS_MAX 4096

/* Init side: write the record (best effort; the fd is closed afterwards). */
void launch_status_ok(int fd);
void launch_status_error(int fd, int exit_code, const char *msg);

/* CLI side: parses a record read from the pipe. Returns 1 for "ok", 0 for an
 * error (exit code and message filled in), -EINVAL when malformed or empty. */
int launch_status_parse(const char *buf, size_t len, int *ret_exit, char *msg, size_t msg_size);
