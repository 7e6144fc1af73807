/* Launching and waiting for a runtime process; see container.h. */
#define _GNU_SOURCE
#include "container.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/mount.h>
#include <linux/sched.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "../kernel-shim/cleanup.h"
#include "cgroup.h"
#include "idmap.h"
#include "launch-status.h"
#include "sandbox.h"

#define RUNTIME_NAMESPACES                                                                         \
  (CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWIPC |       \
   CLONE_NEWCGROUP)

int container_find_init(char **ret_path, secexec_error_t **err) {
  char self[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
  if (n < 0)
    return error_set(err, errno, "readlink `/proc/self/exe`");
  self[n] = '\0';
  char *path = NULL;
  if (asprintf(&path, "%s/secexec-init", dirname(self)) < 0)
    return error_set(err, ENOMEM, "init path");
  if (access(path, X_OK) < 0) {
    int e = errno;
    error_set_exit(err, 126, e, "cannot use the runtime init `%s`", path);
    free(path);
    return -e;
  }
  *ret_path = path;
  return 0;
}

static int config_memfd(const launch_config_t *cfg, int *ret_fd, secexec_error_t **err) {
  _cleanup_free_ char *text = NULL;
  int r = launch_config_to_json(cfg, &text, err);
  if (r < 0)
    return r;
  _cleanup_close_ int fd = memfd_create("secexec-launch", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0)
    return error_set(err, errno, "memfd_create");
  size_t len = strlen(text), off = 0;
  while (off < len) {
    ssize_t w = write(fd, text + off, len - off);
    if (w < 0 && errno == EINTR)
      continue;
    if (w < 0)
      return error_set(err, errno, "write launch config");
    off += (size_t)w;
  }
  /* Sealed: the init reads a config nobody can change under it. */
  if (fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0 ||
      lseek(fd, 0, SEEK_SET) < 0)
    return error_set(err, errno, "seal launch config");
  *ret_fd = TAKE_FD(fd);
  return 0;
}

/* In the child, between clone and exec: only async-signal-safe calls. */
static _Noreturn void child_exec(const char *init_path, int sync_sock, int config_fd, int status_wr, int tasks_fd) {
  /* cgroup v1: into the runtime's cgroup before anything is charged. */
  if (tasks_fd >= 0 && cgroup_join_self(tasks_fd) < 0) {
    launch_status_error(status_wr, 125, "cannot join the runtime's memory cgroup");
    _exit(125);
  }
  /* Wait until the parent has written our id maps (or died); it sends the
   * id-mapped host trees along: a tag byte per tree (app, rootfs, each
   * mount), and the fds of those tagged 1, in order. */
  enum { MAX_TREES = 2 + LAUNCH_MOUNTS_MAX };
  int trees[MAX_TREES];
  char tag[MAX_TREES];
  for (int i = 0; i < MAX_TREES; i++)
    trees[i] = -1;
  union {
    struct cmsghdr h;
    char buf[CMSG_SPACE(sizeof(trees))];
  } ctl;
  struct iovec iov = {.iov_base = tag, .iov_len = sizeof(tag)};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = sizeof(ctl.buf)};
  ssize_t got_tags;
  while ((got_tags = recvmsg(sync_sock, &m, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR)
    ;
  struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
  int got = 0;
  if (cm && cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS)
    got = (int)((cm->cmsg_len - CMSG_LEN(0)) / sizeof(int));
  int *fds = cm ? (int *)CMSG_DATA(cm) : NULL;
  for (int i = 0, k = 0; i < got_tags && i < MAX_TREES; i++)
    if (tag[i] && k < got)
      trees[i] = fcntl(fds[k++], F_DUPFD_CLOEXEC, LAUNCH_MOUNT_TREE_FD + MAX_TREES);
  /* Move both fds above the targets first so neither dup2 clobbers the
   * other, then onto their fixed numbers (dup2 clears close-on-exec). */
  int cfg = fcntl(config_fd, F_DUPFD_CLOEXEC, LAUNCH_MOUNT_TREE_FD + MAX_TREES);
  int st = fcntl(status_wr, F_DUPFD_CLOEXEC, LAUNCH_MOUNT_TREE_FD + MAX_TREES);
  if (cfg < 0 || st < 0 || dup2(cfg, LAUNCH_CONFIG_FD) < 0 || dup2(st, LAUNCH_STATUS_FD) < 0)
    _exit(125);
  for (int i = 0; i < MAX_TREES; i++) {
    int target = i == 0 ? LAUNCH_APP_TREE_FD : i == 1 ? LAUNCH_ROOTFS_TREE_FD : LAUNCH_MOUNT_TREE_FD + i - 2;
    if (trees[i] >= 0 && dup2(trees[i], target) < 0)
      _exit(125);
  }
  if (caps_keep_across_exec() < 0) {
    launch_status_error(LAUNCH_STATUS_FD, 125, "cannot keep capabilities for the runtime init");
    _exit(125);
  }
  /* Only stdio and the two launch fds survive exec. */
  close_range(LAUNCH_MOUNT_TREE_FD + LAUNCH_MOUNTS_MAX, ~0U, CLOSE_RANGE_CLOEXEC);
  char *const argv[] = {(char *)"secexec-init", NULL};
  char *const envp[] = {NULL};
  execve(init_path, argv, envp);
  launch_status_error(LAUNCH_STATUS_FD, 126, "cannot execute the runtime init");
  _exit(126);
}

/* A detached copy of a host tree, id-mapped through the runtime's user
 * namespace: a file the host's root owns is owned by the runtime's root,
 * a file of host uid 1000 by its uid 1000. Without it, a guest could use a
 * project directory only through its "other" permission bits. Only a
 * privileged caller can do this (rootless callers are root inside anyway);
 * a filesystem without idmapped-mount support gets -EINVAL and the plain
 * copy the init makes. */
static int idmapped_tree(const char *path, int userns_fd) {
  if (!path)
    return -1;
  _cleanup_close_ int tree = open_tree(AT_FDCWD, path, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
  if (tree < 0)
    return -1;
  struct mount_attr attr = {.attr_set = MOUNT_ATTR_IDMAP, .userns_fd = (uint64_t)userns_fd};
  if (mount_setattr(tree, "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof(attr)) < 0)
    return -1;
  return TAKE_FD(tree);
}

/* Releases the child: one message, with the id-mapped trees attached. */
static int release_child(pid_t pid, int sock, const launch_config_t *cfg, bool map_trees) {
  enum { MAX_TREES = 2 + LAUNCH_MOUNTS_MAX };
  int trees[MAX_TREES], fds[MAX_TREES], n = 0;
  char tag[MAX_TREES] = {0};
  size_t count = 2 + cfg->n_mounts;
  for (int i = 0; i < MAX_TREES; i++)
    trees[i] = -1;
  if (map_trees) {
    char path[64];
    snprintf(path, sizeof(path), "/proc/%d/ns/user", (int)pid);
    _cleanup_close_ int userns = open(path, O_RDONLY | O_CLOEXEC);
    if (userns >= 0) {
      trees[0] = idmapped_tree(cfg->app_dir, userns);
      trees[1] = idmapped_tree(cfg->rootfs, userns);
      for (size_t i = 0; i < cfg->n_mounts; i++)
        trees[2 + i] = idmapped_tree(cfg->mounts[i].src, userns);
    }
  }
  for (size_t i = 0; i < count; i++)
    if (trees[i] >= 0) {
      tag[i] = 1;
      fds[n++] = trees[i];
    }
  union {
    struct cmsghdr h;
    char buf[CMSG_SPACE(sizeof(fds))];
  } ctl;
  memset(&ctl, 0, sizeof(ctl));
  struct iovec iov = {.iov_base = tag, .iov_len = count};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1};
  if (n > 0) {
    m.msg_control = ctl.buf;
    m.msg_controllen = CMSG_SPACE(n * sizeof(int));
    struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(n * sizeof(int));
    memcpy(CMSG_DATA(cm), fds, n * sizeof(int));
  }
  int r = sendmsg(sock, &m, MSG_NOSIGNAL) < 0 ? -errno : 0;
  for (int i = 0; i < MAX_TREES; i++)
    closep(&trees[i]);
  return r;
}

static volatile sig_atomic_t forwarded_pid;

static void forward_signal(int sig) {
  /* The init is pid 1 of its namespace and ignores signals it has no
   * handler for; a user's Ctrl-C must still end the runtime. */
  (void)sig;
  if (forwarded_pid > 0)
    kill((pid_t)forwarded_pid, SIGKILL);
}

static int read_status(int fd, char *buf, size_t size, size_t *ret_len) {
  size_t len = 0;
  for (;;) {
    ssize_t n = read(fd, buf + len, size - len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    len += (size_t)n;
    if (len == size)
      break;
  }
  *ret_len = len;
  return 0;
}

/* A child in fresh namespaces; on cgroup v2 born in its cgroup. Returns
 * 0 in the child, as fork does. */
static pid_t clone_runtime(const cgroup_t *cg, bool *ret_in_cgroup) {
  int cgroup_fd = cg ? cgroup_clone_fd(cg) : -1;
  if (cgroup_fd >= 0) {
    struct clone_args args = {
        .flags = RUNTIME_NAMESPACES | CLONE_INTO_CGROUP,
        .exit_signal = SIGCHLD,
        .cgroup = (uint64_t)cgroup_fd,
    };
    pid_t pid = (pid_t)syscall(SYS_clone3, &args, sizeof(args));
    if (pid >= 0) {
      *ret_in_cgroup = true;
      return pid;
    }
    /* Older kernels: no clone3, or no CLONE_INTO_CGROUP. */
    if (errno != ENOSYS && errno != E2BIG && errno != EINVAL)
      return -1;
  }
  *ret_in_cgroup = false;
  return (pid_t)syscall(SYS_clone, RUNTIME_NAMESPACES | SIGCHLD, NULL, NULL, NULL, NULL);
}

static void cgroup_destroyp(cgroup_t **cg) {
  *cg = cgroup_destroy(*cg);
}

/* The runtime's cgroup, or NULL (*ret stays NULL) when none can be had and
 * the limit was not asked for explicitly. */
static int memory_cgroup(const launch_config_t *cfg, bool required, cgroup_t **ret, secexec_error_t **err) {
  char name[32], size[32];
  snprintf(name, sizeof(name), "secexec-%d", (int)getpid());
  memory_size_format(cfg->memory_limit, size, sizeof(size));
  secexec_error_t *why = NULL;
  int r = cgroup_create(name, cfg->memory_limit, ret, &why);
  if (r == 0)
    return 0;
  if (r == -ENODEV && !required) {
    /* The default limit is best effort: V8's heap limit still holds. */
    error_free(why);
    return 0;
  }
  if (err) {
    error_free(*err);
    *err = why;
  } else {
    error_free(why);
  }
  return error_wrap(err, "cannot enforce --memory %s", size);
}

int container_run(const launch_config_t *cfg, const char *init_path, bool memory_required, int *ret_status,
                  secexec_error_t **err) {
  idmap_t map;
  int r = idmap_choose(getuid(), getgid(), &map, err);
  if (r < 0)
    return r;
  _cleanup_(cgroup_destroyp) cgroup_t *cg = NULL;
  if (cfg->memory_limit && (r = memory_cgroup(cfg, memory_required, &cg, err)) < 0)
    return r;
  _cleanup_close_ int config_fd = -1;
  if ((r = config_memfd(cfg, &config_fd, err)) < 0)
    return r;
  int sync_pipe[2], status_pipe[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sync_pipe) < 0)
    return error_set(err, errno, "socketpair");
  if (pipe2(status_pipe, O_CLOEXEC) < 0) {
    close(sync_pipe[0]);
    close(sync_pipe[1]);
    return error_set(err, errno, "pipe");
  }
  _cleanup_close_ int sync_rd = sync_pipe[0], sync_wr = sync_pipe[1];
  _cleanup_close_ int status_rd = status_pipe[0], status_wr = status_pipe[1];

  /* A guest may put the caller's terminal in raw mode; whatever way the
   * runtime ends, the terminal gets its mode back. */
  struct termios tty_mode;
  bool tty_saved = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &tty_mode) == 0;

  bool in_cgroup = false;
  pid_t pid = clone_runtime(cg, &in_cgroup);
  if (pid < 0)
    return error_set(err, errno, "cannot create the runtime's namespaces (clone)");
  if (pid == 0)
    child_exec(init_path, sync_rd, config_fd, status_wr, cg ? cgroup_tasks_fd(cg) : -1);

  /* Into its cgroup before it is released, when clone3 could not put it
   * there: the init is charged from its first page. */
  if (cg && !in_cgroup && cgroup_tasks_fd(cg) < 0 && (r = cgroup_add_pid(cg, pid, err)) < 0) {
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return r;
  }

  forwarded_pid = pid;
  struct sigaction sa = {.sa_handler = forward_signal};
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  sigaction(SIGQUIT, &sa, NULL);

  r = idmap_apply(pid, &map, err);
  if (r < 0) {
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return error_wrap(err, "cannot map ids of the runtime");
  }
  if ((r = release_child(pid, sync_wr, cfg, !map.rootless)) < 0) {
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return error_set(err, -r, "cannot release the runtime");
  }
  close(TAKE_FD(status_wr));

  char buf[LAUNCH_STATUS_MAX + 1], msg[LAUNCH_STATUS_MAX];
  size_t len;
  read_status(status_rd, buf, LAUNCH_STATUS_MAX, &len);
  int setup_exit = 0;
  int ok = launch_status_parse(buf, len, &setup_exit, msg, sizeof(msg));

  int wstatus;
  while (waitpid(pid, &wstatus, 0) < 0)
    if (errno != EINTR)
      return error_set(err, errno, "waitpid");
  forwarded_pid = 0;
  if (tty_saved)
    tcsetattr(STDIN_FILENO, TCSADRAIN, &tty_mode);

  if (cg && WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL && cgroup_oom_killed(cg)) {
    char size[32];
    memory_size_format(cfg->memory_limit, size, sizeof(size));
    return error_set_exit(err, 128 + SIGKILL, 0, "the runtime was killed: it ran out of memory (--memory %s)", size);
  }
  if (ok == 0)
    return error_set_exit(err, setup_exit, 0, "%s", msg);
  if (ok < 0) {
    if (WIFSIGNALED(wstatus))
      return error_set(err, 0, "the runtime died during setup (signal %d)", WTERMSIG(wstatus));
    return error_set(err, 0, "the runtime exited during setup (status %d)", WEXITSTATUS(wstatus));
  }
  *ret_status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
  return 0;
}
