/* The ordered confinement of a runtime process; see sandbox.h for why the
 * order is what it is. Runs in the init, single-threaded, before V8 starts. */
#define _GNU_SOURCE
#include "sandbox.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/mount.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../kernel-shim/cleanup.h"
#include "launch-status.h"
#include "seccomp-profile.h"

/* Where the new root is assembled: a directory every host has. The mount
 * namespace is private, so covering it is invisible to the host. */
#define STAGING "/tmp"
#define ROOT_DEFAULT_SIZE "256m"

static const char *const device_nodes[] = {"null", "zero", "random", "urandom", "full"};

typedef struct host_trees {
  int app;
  int rootfs;
  int dev[ELEMENTSOF(device_nodes)];
  int mounts[LAUNCH_MOUNTS_MAX];
} host_trees_t;

static void host_trees_close(host_trees_t *t) {
  closep(&t->app);
  closep(&t->rootfs);
  for (size_t i = 0; i < ELEMENTSOF(device_nodes); i++)
    closep(&t->dev[i]);
  for (size_t i = 0; i < LAUNCH_MOUNTS_MAX; i++)
    closep(&t->mounts[i]);
}

/* Detached copies of host mounts, taken while the process still has the
 * caller's host credentials, so paths under a private home directory work.
 * They carry no access beyond what the caller already had. */
static int capture_host_trees(const launch_config_t *cfg, host_trees_t *t, secexec_error_t **err) {
  unsigned flags = OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC;
  /* Trees the CLI id-mapped for us come as fds; else plain copies. */
  if (cfg->app_dir) {
    t->app = fcntl(LAUNCH_APP_TREE_FD, F_DUPFD_CLOEXEC, 10);
    if (t->app < 0)
      t->app = open_tree(AT_FDCWD, cfg->app_dir, flags | AT_RECURSIVE);
    if (t->app < 0)
      return error_set(err, errno, "cannot expose `%s` at /app", cfg->app_dir);
  }
  if (cfg->rootfs) {
    t->rootfs = fcntl(LAUNCH_ROOTFS_TREE_FD, F_DUPFD_CLOEXEC, 10);
    if (t->rootfs < 0)
      t->rootfs = open_tree(AT_FDCWD, cfg->rootfs, flags | AT_RECURSIVE);
    if (t->rootfs < 0)
      return error_set_exit(err, 125, errno, "unusable rootfs `%s`", cfg->rootfs);
  }
  close(LAUNCH_APP_TREE_FD);
  close(LAUNCH_ROOTFS_TREE_FD);
  for (size_t i = 0; i < cfg->n_mounts; i++) {
    t->mounts[i] = fcntl(LAUNCH_MOUNT_TREE_FD + (int)i, F_DUPFD_CLOEXEC, 10);
    close(LAUNCH_MOUNT_TREE_FD + (int)i);
    if (t->mounts[i] < 0)
      t->mounts[i] = open_tree(AT_FDCWD, cfg->mounts[i].src, flags | AT_RECURSIVE);
    if (t->mounts[i] < 0)
      return error_set(err, errno, "cannot mount `%s`", cfg->mounts[i].src);
  }
  for (size_t i = 0; i < ELEMENTSOF(device_nodes); i++) {
    char path[32];
    snprintf(path, sizeof(path), "/dev/%s", device_nodes[i]);
    t->dev[i] = open_tree(AT_FDCWD, path, flags);
    if (t->dev[i] < 0)
      return error_set(err, errno, "capture `%s`", path);
  }
  return 0;
}

static int become_mapped_root(secexec_error_t **err) {
  if (setresgid(0, 0, 0) < 0)
    return error_set(err, errno, "setresgid(0) in the user namespace");
  /* Dropping host supplementary groups is refused (EPERM) only when
   * setgroups was denied for a rootless runtime, which never had others. */
  if (setgroups(0, NULL) < 0 && errno != EPERM)
    return error_set(err, errno, "setgroups");
  if (setresuid(0, 0, 0) < 0)
    return error_set(err, errno, "setresuid(0) in the user namespace");
  return 0;
}

static int attach_tree(int tree, int root_fd, const char *target, unsigned attrs, secexec_error_t **err) {
  struct mount_attr attr = {.attr_set = attrs};
  if (attrs && mount_setattr(tree, "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof(attr)) < 0)
    return error_set(err, errno, "set attributes of the mount for `/%s`", target);
  if (move_mount(tree, "", root_fd, target, MOVE_MOUNT_F_EMPTY_PATH) < 0)
    return error_set(err, errno, "mount `/%s` in the runtime's root", target);
  return 0;
}

/* Creates DST's missing parents and the mount point itself (a directory,
 * or an empty file for a file), beneath the new root, fd-relative. A user
 * --rootfs is never modified: its mount points must exist. */
static int make_mountpoint(int root, const char *dst, int is_dir, bool may_create, secexec_error_t **err) {
  _cleanup_free_ char *rel = strdup(dst + 1);
  if (!rel)
    return error_set(err, ENOMEM, "mount point");
  struct stat st;
  if (fstatat(root, rel, &st, AT_SYMLINK_NOFOLLOW) == 0) {
    if (S_ISLNK(st.st_mode))
      return error_set(err, ELOOP, "mount point `%s` is a symlink", dst);
    return 0;
  }
  if (!may_create)
    return error_set(err, ENOENT, "mount point `%s` does not exist in the rootfs", dst);
  for (char *c = rel; (c = strchr(c, '/')) != NULL; c++) {
    *c = '\0';
    if (mkdirat(root, rel, 0755) < 0 && errno != EEXIST)
      return error_set(err, errno, "create `/%s`", rel);
    if (fstatat(root, rel, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(st.st_mode))
      return error_set(err, ENOTDIR, "create mount point `%s`", dst);
    *c = '/';
  }
  if (is_dir ? mkdirat(root, rel, 0755) < 0 : mknodat(root, rel, S_IFREG | 0644, 0) < 0)
    return error_set(err, errno, "create mount point `%s`", dst);
  return 0;
}

static int attach_mount(int root, int tree, const launch_mount_t *m, bool user_rootfs, secexec_error_t **err) {
  struct stat st;
  if (fstat(tree, &st) < 0)
    return error_set(err, errno, "mount `%s`", m->src);
  int r = make_mountpoint(root, m->dst, S_ISDIR(st.st_mode), !user_rootfs, err);
  if (r < 0)
    return r;
  unsigned attrs = MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | (m->ro ? MOUNT_ATTR_RDONLY : 0);
  return attach_tree(tree, root, m->dst + 1, attrs, err);
}

static int build_root(const launch_config_t *cfg, host_trees_t *t, int *ret_root, secexec_error_t **err) {
  int r;
  if (cfg->rootfs) {
    if ((r = attach_tree(t->rootfs, AT_FDCWD, STAGING, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, err)) < 0)
      return r;
  } else {
    char opts[128];
    snprintf(opts, sizeof(opts), "mode=0755,size=%s,nr_inodes=65536", cfg->root_size ? cfg->root_size : ROOT_DEFAULT_SIZE);
    if (mount("secexec-root", STAGING, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0)
      return error_set(err, errno, "mount the runtime's root tmpfs");
  }

  _cleanup_close_ int root = open(STAGING, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (root < 0)
    return error_set(err, errno, "open the runtime's root");
  if (!cfg->rootfs) {
    if ((r = rootfs_populate_template(root, err)) < 0)
      return r;
    _cleanup_close_ int hfd = openat(root, "etc/hostname", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (hfd < 0 || dprintf(hfd, "%s\n", cfg->hostname) < 0)
      return error_set(err, errno, "write /etc/hostname");
  }

  if (t->app >= 0) {
    struct stat st;
    if (fstatat(root, "app", &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISDIR(st.st_mode))
      return error_set(err, ENOTDIR, "the runtime's root has no /app directory");
    if ((r = attach_tree(t->app, root, "app", MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, err)) < 0)
      return r;
  }
  for (size_t i = 0; i < ELEMENTSOF(device_nodes); i++) {
    char target[32];
    snprintf(target, sizeof(target), "dev/%s", device_nodes[i]);
    _cleanup_close_ int fd = openat(root, target, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0) {
      if (cfg->rootfs)
        continue; /* a user rootfs without /dev gets no device nodes */
      return error_set(err, errno, "create `/%s`", target);
    }
    if ((r = attach_tree(t->dev[i], root, target, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC, err)) < 0)
      return r;
  }
  for (size_t i = 0; i < cfg->n_mounts; i++)
    if ((r = attach_mount(root, t->mounts[i], &cfg->mounts[i], cfg->rootfs != NULL, err)) < 0)
      return r;
  /* Read-only last, after the template and the mount points are in. The
   * root is a mount of its own (tmpfs, or the attached --rootfs tree). */
  if (cfg->read_only && mount(NULL, STAGING, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) < 0)
    return error_set(err, errno, "make the root read-only");
  if (faccessat(root, "proc", F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
    /* This pid namespace's own /proc: the runtime's processes only. */
    _cleanup_close_ int fsfd = fsopen("proc", FSOPEN_CLOEXEC);
    if (fsfd < 0 || fsconfig(fsfd, FSCONFIG_SET_STRING, "hidepid", "invisible", 0) < 0 ||
        fsconfig(fsfd, FSCONFIG_CMD_CREATE, NULL, NULL, 0) < 0)
      return error_set(err, errno, "create /proc");
    _cleanup_close_ int mfd = fsmount(fsfd, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC);
    if (mfd < 0 || move_mount(mfd, "", root, "proc", MOVE_MOUNT_F_EMPTY_PATH) < 0)
      return error_set(err, errno, "mount /proc");
  }
  *ret_root = TAKE_FD(root);
  return 0;
}

static int enter_root(secexec_error_t **err) {
  if (chdir(STAGING) < 0)
    return error_set(err, errno, "chdir to the new root");
  /* pivot_root(".", ".") stacks the old root on top of the new one; lazily
   * detaching it leaves only the new root, with no path back to the host. */
  if (syscall(SYS_pivot_root, ".", ".") < 0)
    return error_set(err, errno, "pivot_root");
  if (umount2(".", MNT_DETACH) < 0)
    return error_set(err, errno, "detach the old root");
  if (chdir("/") < 0)
    return error_set(err, errno, "chdir /");
  return 0;
}

int sandbox_enter(const launch_config_t *cfg, const void *seccomp_bpf, size_t seccomp_len, secexec_error_t **err) {
  host_trees_t trees = {.app = -1, .rootfs = -1};
  for (size_t i = 0; i < ELEMENTSOF(device_nodes); i++)
    trees.dev[i] = -1;
  for (size_t i = 0; i < LAUNCH_MOUNTS_MAX; i++)
    trees.mounts[i] = -1;
  int r = 0, root = -1;

  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
    r = error_set(err, errno, "make mounts private");
  if (r == 0)
    r = capture_host_trees(cfg, &trees, err);
  if (r == 0)
    r = become_mapped_root(err);
  if (r == 0)
    r = build_root(cfg, &trees, &root, err);
  host_trees_close(&trees);
  closep(&root);
  if (r == 0)
    r = enter_root(err);
  if (r == 0 && sethostname(cfg->hostname, strlen(cfg->hostname)) < 0)
    r = error_set(err, errno, "sethostname `%s`", cfg->hostname);
  if (r == 0)
    r = netns_loopback_up(err);
  if (r == 0)
    r = caps_drop_all(err);
  if (r == 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
    r = error_set(err, errno, "set no_new_privs");
  if (r == 0 && seccomp_bpf) {
    int s = seccomp_install_bpf(seccomp_bpf, seccomp_len);
    if (s < 0)
      r = error_set(err, -s, "install the seccomp filter");
  }
  return r;
}
