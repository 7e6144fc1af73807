/* The kernel shim's C API: the only code a guest's bridge functions call to
 * reach the system. Every function returns >= 0 or -errno, never sets errno
 * and never prints; the bridge turns -errno into Node's error.
 *
 * State is per guest process (ks_proc_t), never global, so guest processes
 * running on different threads cannot race on it. */
#pragma once

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "fdtable.h"

typedef struct ks_proc {
  char cwd[PATH_MAX]; /* absolute, normalised, no trailing '/' except "/" */
  int pid;            /* virtual pid */
  int ppid;
  int root_fd;        /* the guest's "/", every path resolves beneath it */
  uint64_t start_ns;  /* when the process started (ks_hrtime) */
  ks_fdtable_t fds;
} ks_proc_t;

/* Guest files larger than this are refused by ks_read_file (EFBIG). */
#define KS_READ_FILE_MAX (512u << 20)

int ks_proc_init(ks_proc_t *p, const char *cwd, int pid, int ppid);
void ks_proc_done(ks_proc_t *p);
/* Re-roots the process at a directory (tests; a later exec into a chroot). */
int ks_proc_set_root(ks_proc_t *p, const char *dir);

/* Lexically joins `path` to the process's cwd and removes ".", ".." and
 * repeated '/' ("/.." stays "/"). -ENAMETOOLONG past PATH_MAX, -ENOENT for "". */
int ks_path_resolve(const ks_proc_t *p, const char *path, char *ret, size_t size);

int ks_getcwd(const ks_proc_t *p, char *buf, size_t size);
int ks_chdir(ks_proc_t *p, const char *path);

/* Whole-file helpers for the first fs bridges; *ret_data is malloc'd and
 * owned by the caller. */
int ks_read_file(const ks_proc_t *p, const char *path, char **ret_data, size_t *ret_len);
int ks_write_file(const ks_proc_t *p, const char *path, const void *data, size_t len, int append, unsigned mode);
int ks_access(const ks_proc_t *p, const char *path, int mode);

/* Writes all of buf to the guest's stdio fd (1 or 2). */
ssize_t ks_write_stdio(int fd, const void *buf, size_t len);

/* Monotonic clock in nanoseconds. */
uint64_t ks_hrtime(void);

/* What a module loader needs to know of a path: 0 regular file, 1
 * directory, or -errno (as Node's internalModuleStat). */
int ks_stat_kind(const ks_proc_t *p, const char *path);

/* The canonical path, symlinks resolved. */
int ks_realpath(const ks_proc_t *p, const char *path, char *ret, size_t size);

/* Fills buf with host entropy. */
int ks_random(void *buf, size_t len);
