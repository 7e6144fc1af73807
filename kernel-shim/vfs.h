/* The guest's filesystem operations. Paths are the guest's: relative ones
 * are taken from the process's cwd, and every resolution happens beneath
 * the guest root with openat2(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS), so
 * neither "..", nor an absolute or chained symlink, nor /proc's magic links
 * can lead outside it. The runtime's mount namespace is the mount table:
 * the root (tmpfs from the template, or --rootfs), /app, --mount binds
 * (read-only ones give EROFS), /dev nodes, /proc. Files under /proc are
 * readable only where proc-policy.c allows. /dev/fd/N and /dev/std{in,out,
 * err} name the guest's own fds. All functions return >= 0 or -errno. */
#pragma once

#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/types.h>

#include "shim.h"

/* The path a guest string names, as the kernel should see it: cwd-joined,
 * not otherwise normalised (the kernel resolves ".." physically, as Node's
 * syscalls do). */
int ks_vfs_path(const ks_proc_t *p, const char *path, char *ret, size_t size);

/* A host fd for a guest path, policy-checked but not in the fd table: for
 * the runtime's own short reads (module source, whole-file helpers). */
int ks_vfs_open_host(const ks_proc_t *p, const char *path, int flags, unsigned mode);

int ks_fs_open(ks_proc_t *p, const char *path, int flags, unsigned mode);
int ks_fs_close(ks_proc_t *p, int fd);
/* pos < 0: at and advancing the file position. */
ssize_t ks_fs_read(ks_proc_t *p, int fd, void *buf, size_t len, int64_t pos);
ssize_t ks_fs_write(ks_proc_t *p, int fd, const void *buf, size_t len, int64_t pos);

int ks_fs_stat(ks_proc_t *p, const char *path, int follow, struct statx *ret);
int ks_fs_fstat(ks_proc_t *p, int fd, struct statx *ret);
int ks_fs_statfs(ks_proc_t *p, const char *path, struct statfs *ret);
int ks_fs_access(ks_proc_t *p, const char *path, int mode);

int ks_fs_mkdir(ks_proc_t *p, const char *path, unsigned mode);
int ks_fs_rmdir(ks_proc_t *p, const char *path);
int ks_fs_unlink(ks_proc_t *p, const char *path);
int ks_fs_rename(ks_proc_t *p, const char *from, const char *to);
int ks_fs_link(ks_proc_t *p, const char *existing, const char *newpath);
int ks_fs_symlink(ks_proc_t *p, const char *target, const char *path);
/* *ret is malloc'd. */
int ks_fs_readlink(ks_proc_t *p, const char *path, char **ret);
int ks_fs_realpath(ks_proc_t *p, const char *path, char **ret);

typedef struct ks_dirent {
  char *name;
  unsigned char type; /* DT_* */
} ks_dirent_t;
/* *ret is a malloc'd array of *ret_n entries (names malloc'd too), in
 * directory order, without "." and "..". */
int ks_fs_readdir(ks_proc_t *p, const char *path, ks_dirent_t **ret, size_t *ret_n);
void ks_dirents_free(ks_dirent_t *d, size_t n);

int ks_fs_truncate(ks_proc_t *p, const char *path, int64_t len);
int ks_fs_ftruncate(ks_proc_t *p, int fd, int64_t len);
int ks_fs_chmod(ks_proc_t *p, const char *path, unsigned mode);
int ks_fs_fchmod(ks_proc_t *p, int fd, unsigned mode);
int ks_fs_chown(ks_proc_t *p, const char *path, uid_t uid, gid_t gid, int follow);
int ks_fs_fchown(ks_proc_t *p, int fd, uid_t uid, gid_t gid);
/* Times in nanoseconds since the epoch. */
int ks_fs_utimes(ks_proc_t *p, const char *path, int64_t atime_ns, int64_t mtime_ns, int follow);
int ks_fs_futimes(ks_proc_t *p, int fd, int64_t atime_ns, int64_t mtime_ns);
int ks_fs_fsync(ks_proc_t *p, int fd, int datasync);
/* flags: Node's COPYFILE_EXCL (1) and COPYFILE_FICLONE(_FORCE) (2, 4). */
int ks_fs_copyfile(ks_proc_t *p, const char *src, const char *dst, int flags);
/* prefix + six random characters; *ret is malloc'd. */
int ks_fs_mkdtemp(ks_proc_t *p, const char *prefix, char **ret);
