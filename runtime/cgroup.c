/* The memory budget of a runtime and its cgroup; see cgroup.h. */
#define _GNU_SOURCE
#include "cgroup.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../kernel-shim/cleanup.h"

int memory_size_parse(const char *s, uint64_t *ret_bytes) {
  if (!s || !*s)
    return -EINVAL;
  if (strcmp(s, "max") == 0) {
    *ret_bytes = 0;
    return 0;
  }
  size_t digits = strspn(s, "0123456789"), n = strlen(s);
  if (digits == 0 || n > digits + 1)
    return -EINVAL;
  unsigned shift = 0;
  if (n == digits + 1) {
    switch (s[digits]) {
    case 'k': case 'K': shift = 10; break;
    case 'm': case 'M': shift = 20; break;
    case 'g': case 'G': shift = 30; break;
    default: return -EINVAL;
    }
  }
  uint64_t v = 0;
  for (size_t i = 0; i < digits; i++) {
    v = v * 10 + (uint64_t)(s[i] - '0');
    if (v > MEMORY_MAX)
      return -ERANGE;
  }
  if (v > (MEMORY_MAX >> shift))
    return -ERANGE;
  *ret_bytes = v << shift;
  return 0;
}

void memory_size_format(uint64_t bytes, char *buf, size_t size) {
  static const struct { unsigned shift; char unit; } units[] = {{30, 'g'}, {20, 'm'}, {10, 'k'}};
  for (size_t i = 0; bytes && i < ELEMENTSOF(units); i++)
    if (bytes % (1ull << units[i].shift) == 0) {
      snprintf(buf, size, "%" PRIu64 "%c", bytes >> units[i].shift, units[i].unit);
      return;
    }
  snprintf(buf, size, "%" PRIu64, bytes);
}

uint64_t memory_heap_limit(uint64_t limit) {
  if (limit == 0)
    return 0;
  /* A quarter of the budget, and never less than 48 MiB, stays outside the
   * JavaScript heap: libnode's and V8's own pages, thread stacks, buffers. */
  uint64_t reserve = limit / 4 > (48ull << 20) ? limit / 4 : (48ull << 20);
  uint64_t floor = 16ull << 20;
  return limit > reserve + floor ? limit - reserve : floor;
}

int cgroup_path_from_proc(const char *text, const char *controller, char **ret_path) {
  /* Lines are "ID:CONTROLLERS:PATH"; v2's is "0::PATH". */
  size_t clen = controller ? strlen(controller) : 0;
  for (const char *line = text; line && *line;) {
    const char *end = strchr(line, '\n');
    size_t len = end ? (size_t)(end - line) : strlen(line);
    const char *c1 = memchr(line, ':', len);
    const char *c2 = c1 ? memchr(c1 + 1, ':', len - (size_t)(c1 + 1 - line)) : NULL;
    if (c2) {
      const char *list = c1 + 1;
      size_t list_len = (size_t)(c2 - list);
      bool match = false;
      if (!controller)
        match = list_len == 0 && c1 - line == 1 && line[0] == '0';
      for (const char *t = list; controller && t < c2;) {
        const char *comma = memchr(t, ',', (size_t)(c2 - t));
        size_t tlen = comma ? (size_t)(comma - t) : (size_t)(c2 - t);
        if (tlen == clen && memcmp(t, controller, clen) == 0)
          match = true;
        t += tlen + 1;
      }
      const char *path = c2 + 1;
      size_t plen = len - (size_t)(path - line);
      if (match && plen > 0 && path[0] == '/') {
        char *copy = strndup(path, plen);
        if (!copy)
          return -ENOMEM;
        *ret_path = copy;
        return 0;
      }
    }
    line = end ? end + 1 : NULL;
  }
  return -ENOENT;
}

/* mountinfo escapes space, tab, newline and backslash as \ooo. */
static char *unescape(const char *s, size_t n) {
  char *out = malloc(n + 1), *o = out;
  if (!out)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\' && i + 3 < n && s[i + 1] >= '0' && s[i + 1] <= '3' && s[i + 2] >= '0' &&
        s[i + 2] <= '7' && s[i + 3] >= '0' && s[i + 3] <= '7') {
      *o++ = (char)((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0'));
      i += 3;
    } else {
      *o++ = s[i];
    }
  }
  *o = '\0';
  return out;
}

/* The n-th space-separated field of s (from 0), with its length. */
static const char *field(const char *s, int n, size_t *ret_len) {
  for (int i = 0; s && i < n; i++) {
    s = strchr(s, ' ');
    if (s)
      s++;
  }
  if (!s)
    return NULL;
  *ret_len = strcspn(s, " \n");
  return s;
}

int cgroup_mount_from_mountinfo(const char *line, const char *controller, char **ret_mountpoint,
                                char **ret_root) {
  /* "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTS" */
  const char *sep = strstr(line, " - ");
  size_t root_len, mp_len, type_len, opts_len;
  const char *root = field(line, 3, &root_len), *mp = field(line, 4, &mp_len);
  if (!sep || !root || !mp || mp > sep)
    return 0;
  const char *type = field(sep + 3, 0, &type_len), *opts = field(sep + 3, 2, &opts_len);
  if (!type || !opts)
    return 0;
  bool match;
  if (!controller) {
    match = type_len == 7 && memcmp(type, "cgroup2", 7) == 0;
  } else {
    match = false;
    size_t clen = strlen(controller);
    if (type_len == 6 && memcmp(type, "cgroup", 6) == 0)
      for (const char *t = opts; t < opts + opts_len;) {
        size_t tlen = strcspn(t, ", \n");
        if (tlen == clen && memcmp(t, controller, clen) == 0)
          match = true;
        t += tlen + 1;
      }
  }
  if (!match)
    return 0;
  _cleanup_free_ char *m = unescape(mp, mp_len);
  char *r = unescape(root, root_len);
  if (!m || !r) {
    free(r);
    return -ENOMEM;
  }
  *ret_mountpoint = TAKE_PTR(m);
  *ret_root = r;
  return 1;
}

struct cgroup {
  int parent_fd; /* the CLI's own cgroup directory */
  int fd;        /* the runtime's (v2: also the fd for CLONE_INTO_CGROUP) */
  int tasks_fd;  /* v1: its `tasks` file, for cgroup_join_self */
  char *dir;     /* its path, for messages */
  char *name;
  bool v2;
};

static int read_small(int dirfd, const char *path, char *buf, size_t size) {
  _cleanup_close_ int fd = openat(dirfd, path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  size_t len = 0;
  while (len + 1 < size) {
    ssize_t n = read(fd, buf + len, size - 1 - len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return -errno;
    if (n == 0)
      break;
    len += (size_t)n;
  }
  buf[len] = '\0';
  return (int)len;
}

static int write_small(int dirfd, const char *name, const char *text) {
  _cleanup_close_ int fd = openat(dirfd, name, O_WRONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  size_t len = strlen(text);
  ssize_t n = write(fd, text, len);
  if (n < 0)
    return -errno;
  return (size_t)n == len ? 0 : -EIO;
}

static char *read_whole(const char *path) {
  FILE *f = fopen(path, "re");
  if (!f)
    return NULL;
  char *text = NULL;
  size_t size = 0;
  FILE *o = open_memstream(&text, &size);
  char chunk[4096];
  size_t n;
  while (o && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
    fwrite(chunk, 1, n, o);
  fclose(f);
  if (!o)
    return NULL;
  fclose(o);
  return text;
}

/* Where the CLI's own cgroup of the memory controller lives: the v1 memory
 * hierarchy when the host mounts one (hybrid hosts), else the v2 tree. */
static int locate(char **ret_dir, bool *ret_v2, secexec_error_t **err) {
  _cleanup_free_ char *self = read_whole("/proc/self/cgroup");
  _cleanup_free_ char *mounts = read_whole("/proc/self/mountinfo");
  if (!self || !mounts)
    return error_set(err, ENODEV, "cannot read /proc/self/cgroup or /proc/self/mountinfo");
  for (int v2 = 0; v2 <= 1; v2++) {
    const char *controller = v2 ? NULL : "memory";
    _cleanup_free_ char *path = NULL;
    int r = cgroup_path_from_proc(self, controller, &path);
    if (r == -ENOMEM)
      return error_set(err, ENOMEM, "cgroup");
    if (r < 0)
      continue;
    for (char *line = mounts; line && *line;) {
      char *nl = strchr(line, '\n');
      if (nl)
        *nl = '\0';
      _cleanup_free_ char *mp = NULL, *root = NULL;
      r = cgroup_mount_from_mountinfo(line, controller, &mp, &root);
      if (nl)
        *nl = '\n';
      line = nl ? nl + 1 : NULL;
      if (r < 0)
        return error_set(err, -r, "cgroup");
      if (r == 0)
        continue;
      /* The mount shows the hierarchy from `root` down: our cgroup must be
       * beneath it to be reachable here. */
      size_t rlen = strcmp(root, "/") == 0 ? 0 : strlen(root);
      if (strncmp(path, root, rlen) != 0 || (path[rlen] != '/' && path[rlen] != '\0'))
        continue;
      char *dir = NULL;
      if (asprintf(&dir, "%s%s", mp, path + rlen) < 0)
        return error_set(err, ENOMEM, "cgroup");
      size_t n = strlen(dir);
      while (n > 1 && dir[n - 1] == '/')
        dir[--n] = '\0';
      *ret_dir = dir;
      *ret_v2 = v2;
      return 0;
    }
  }
  return error_set(err, ENODEV, "no cgroup memory controller is mounted");
}

/* On v2 the memory controller of a child exists only when the parent
 * enables it for its subtree; the CLI's own cgroup usually holds processes,
 * so it cannot enable it itself — whoever started it must delegate it. */
static bool v2_memory_delegated(int dirfd) {
  char buf[1024];
  if (read_small(dirfd, "cgroup.subtree_control", buf, sizeof(buf)) < 0)
    return false;
  for (char *save = NULL, *t = strtok_r(buf, " \n", &save); t; t = strtok_r(NULL, " \n", &save))
    if (strcmp(t, "memory") == 0)
      return true;
  return false;
}

static bool unavailable(int e) {
  return e == EACCES || e == EPERM || e == EROFS || e == ENOENT || e == ENODEV || e == ENOTDIR;
}

static int set_limit(cgroup_t *cg, uint64_t limit, secexec_error_t **err) {
  char value[32];
  snprintf(value, sizeof(value), "%" PRIu64, limit);
  const char *mem = cg->v2 ? "memory.max" : "memory.limit_in_bytes";
  int r = write_small(cg->fd, mem, value);
  if (r < 0) {
    error_set(err, -r, "cannot set `%s/%s`", cg->dir, mem);
    return unavailable(-r) ? -ENODEV : r;
  }
  /* Swap counts against the same budget: v2 limits swap on its own (none
   * at all), v1 limits memory+swap together. Absent without swap
   * accounting, which is as good. */
  const char *swap = cg->v2 ? "memory.swap.max" : "memory.memsw.limit_in_bytes";
  r = write_small(cg->fd, swap, cg->v2 ? "0" : value);
  if (r < 0 && r != -ENOENT)
    return error_set(err, -r, "cannot set `%s/%s`", cg->dir, swap);
  return 0;
}

int cgroup_create(const char *name, uint64_t limit, cgroup_t **ret, secexec_error_t **err) {
  _cleanup_free_ char *parent = NULL;
  bool v2 = false;
  int r = locate(&parent, &v2, err);
  if (r < 0)
    return r == -ENOMEM ? r : -ENODEV;
  cgroup_t *cg = calloc(1, sizeof(*cg));
  if (!cg)
    return error_set(err, ENOMEM, "cgroup");
  cg->parent_fd = cg->fd = cg->tasks_fd = -1;
  cg->v2 = v2;
  if (!(cg->name = strdup(name)) || asprintf(&cg->dir, "%s/%s", parent, name) < 0) {
    cg->dir = NULL;
    cgroup_destroy(cg);
    return error_set(err, ENOMEM, "cgroup");
  }
  cg->parent_fd = open(parent, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (cg->parent_fd < 0) {
    int e = errno;
    cgroup_destroy(cg);
    error_set(err, e, "cannot open cgroup `%s`", parent);
    return unavailable(e) ? -ENODEV : -e;
  }
  if (v2 && !v2_memory_delegated(cg->parent_fd)) {
    cgroup_destroy(cg);
    error_set(err, 0, "cgroup v2: the memory controller is not delegated to `%s` (not in its cgroup.subtree_control)",
              parent);
    return -ENODEV;
  }
  r = mkdirat(cg->parent_fd, name, 0755) < 0 ? -errno : 0;
  /* A cgroup of this name left by a CLI that was killed: empty, reusable
   * only after removing it. */
  if (r == -EEXIST && unlinkat(cg->parent_fd, name, AT_REMOVEDIR) == 0)
    r = mkdirat(cg->parent_fd, name, 0755) < 0 ? -errno : 0;
  if (r < 0) {
    cg->name[0] = '\0'; /* nothing of ours to remove */
    error_set(err, -r, "cannot create cgroup `%s`", cg->dir);
    cgroup_destroy(cg);
    return unavailable(-r) ? -ENODEV : r;
  }
  /* Not O_PATH: clone3 takes only a real open directory. */
  cg->fd = openat(cg->parent_fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (cg->fd < 0 || (!v2 && (cg->tasks_fd = openat(cg->fd, "tasks", O_WRONLY | O_CLOEXEC)) < 0)) {
    r = error_set(err, errno, "cannot open cgroup `%s`", cg->dir);
    cgroup_destroy(cg);
    return r;
  }
  if ((r = set_limit(cg, limit, err)) < 0) {
    cgroup_destroy(cg);
    return r;
  }
  *ret = cg;
  return 0;
}

int cgroup_clone_fd(const cgroup_t *cg) {
  return cg->v2 ? cg->fd : -1;
}

int cgroup_tasks_fd(const cgroup_t *cg) {
  return cg->tasks_fd;
}

int cgroup_join_self(int tasks_fd) {
  /* "0" is the writer itself: a single thread, which is the whole process
   * while it has no other. */
  return write(tasks_fd, "0", 1) == 1 ? 0 : -errno;
}

int cgroup_add_pid(cgroup_t *cg, pid_t pid, secexec_error_t **err) {
  char value[32];
  snprintf(value, sizeof(value), "%d", (int)pid);
  int r = write_small(cg->fd, "cgroup.procs", value);
  if (r < 0)
    return error_set(err, -r, "cannot move the runtime into cgroup `%s`", cg->dir);
  return 0;
}

bool cgroup_oom_killed(const cgroup_t *cg) {
  char buf[1024];
  if (read_small(cg->fd, cg->v2 ? "memory.events" : "memory.oom_control", buf, sizeof(buf)) < 0)
    return false;
  const char *k = strstr(buf, "oom_kill ");
  return k && strtoull(k + 9, NULL, 10) > 0;
}

const char *cgroup_dir(const cgroup_t *cg) {
  return cg->dir;
}

cgroup_t *cgroup_destroy(cgroup_t *cg) {
  if (!cg)
    return NULL;
  closep(&cg->fd);
  closep(&cg->tasks_fd);
  if (cg->parent_fd >= 0 && cg->name && cg->name[0]) {
    /* The runtime has been reaped, but the kernel may take a moment to
     * let go of its last task; the wait is bounded (about 200 ms). */
    for (int i = 0; i < 100; i++) {
      if (unlinkat(cg->parent_fd, cg->name, AT_REMOVEDIR) == 0 || errno != EBUSY)
        break;
      nanosleep(&(struct timespec){.tv_nsec = 2 * 1000 * 1000}, NULL);
    }
  }
  closep(&cg->parent_fd);
  free(cg->name);
  free(cg->dir);
  free(cg);
  return NULL;
}
