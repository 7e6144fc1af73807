/* Unit tests of the memory budget's pure helpers (runtime/cgroup.c): the
 * --memory size syntax, the V8 heap share, and finding the CLI's cgroup in
 * /proc/self/cgroup and /proc/self/mountinfo text. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/cgroup.h"
#include "tap.h"

static int size_is(const char *s, uint64_t want) {
  uint64_t v = 12345;
  return memory_size_parse(s, &v) == 0 && v == want;
}

static int format_is(uint64_t bytes, const char *want) {
  char buf[32];
  memory_size_format(bytes, buf, sizeof(buf));
  return strcmp(buf, want) == 0;
}

static int path_is(const char *text, const char *controller, const char *want) {
  char *path = NULL;
  int r = cgroup_path_from_proc(text, controller, &path);
  int good = want ? r == 0 && strcmp(path, want) == 0 : r == -ENOENT;
  free(path);
  return good;
}

static int mount_is(const char *line, const char *controller, const char *want_mp, const char *want_root) {
  char *mp = NULL, *root = NULL;
  int r = cgroup_mount_from_mountinfo(line, controller, &mp, &root);
  int good = want_mp ? r == 1 && strcmp(mp, want_mp) == 0 && strcmp(root, want_root) == 0 : r == 0;
  free(mp);
  free(root);
  return good;
}

int main(void) {
  uint64_t v;
  ok(size_is("512m", 512ull << 20) && size_is("512M", 512ull << 20), "512m and 512M are 512 MiB");
  ok(size_is("1g", 1ull << 30) && size_is("64k", 64ull << 10) && size_is("1000", 1000), "g, k and plain bytes");
  ok(size_is("0", 0) && size_is("max", 0) && size_is("0m", 0), "0 and max mean no limit");
  ok(memory_size_parse("", &v) == -EINVAL && memory_size_parse("m", &v) == -EINVAL &&
         memory_size_parse("12q", &v) == -EINVAL && memory_size_parse("1mb", &v) == -EINVAL &&
         memory_size_parse("-1m", &v) == -EINVAL && memory_size_parse("1.5g", &v) == -EINVAL &&
         memory_size_parse(" 1m", &v) == -EINVAL && memory_size_parse("MAX", &v) == -EINVAL,
     "malformed sizes are -EINVAL");
  ok(memory_size_parse("99999999999999999999999", &v) == -ERANGE && memory_size_parse("2000000g", &v) == -ERANGE,
     "sizes past the maximum are -ERANGE, without overflow");
  ok(size_is("1048576g", MEMORY_MAX), "the maximum itself is accepted");

  ok(format_is(512ull << 20, "512m") && format_is(1ull << 30, "1g") && format_is(3ull << 10, "3k") &&
         format_is(1000, "1000") && format_is(1536ull << 20, "1536m") && format_is(0, "0"),
     "sizes format in their largest exact unit");

  ok(memory_heap_limit(0) == 0, "no limit: V8's own heap default");
  ok(memory_heap_limit(512ull << 20) == 384ull << 20, "512m: a 384 MiB heap (a quarter kept back)");
  ok(memory_heap_limit(128ull << 20) == 80ull << 20, "128m: 48 MiB kept back at least");
  ok(memory_heap_limit(MEMORY_MIN) == 16ull << 20, "the smallest budget still leaves a 16 MiB heap");
  ok(memory_heap_limit(1ull << 30) < 1ull << 30 && memory_heap_limit(MEMORY_MAX) < MEMORY_MAX,
     "the heap is always below the budget");

  const char *hybrid = "9:name=systemd:/\n8:pids:/\n4:memory:/jobs/a1\n2:cpu,cpuacct:/x\n0::/user.slice\n";
  ok(path_is(hybrid, "memory", "/jobs/a1"), "v1: the memory line of a hybrid host");
  ok(path_is(hybrid, "cpuacct", "/x") && path_is(hybrid, "cpu", "/x"), "v1: a controller in a joint list");
  ok(path_is(hybrid, NULL, "/user.slice"), "v2: the 0:: line");
  ok(path_is("0::/user.slice/session-1.scope", "memory", NULL), "pure v2: no memory line");
  ok(path_is("4:memoryx:/a\n5:xmemory:/b\n", "memory", NULL), "a controller name must match exactly");
  ok(path_is("4:memory:/last/line/no/newline", "memory", "/last/line/no/newline"), "a last line without newline");
  ok(path_is("garbage\n::\n4:memory:relative\n", "memory", NULL), "malformed lines are skipped");

  const char *v1 = "35 25 0:30 / /sys/fs/cgroup/memory rw,relatime shared:12 - cgroup cgroup rw,memory";
  const char *joint = "33 25 0:28 / /sys/fs/cgroup/cpu,cpuacct rw shared:10 - cgroup cgroup rw,cpu,cpuacct";
  const char *v2 = "40 25 0:35 / /sys/fs/cgroup/unified rw,nosuid - cgroup2 cgroup2 rw,nsdelegate";
  ok(mount_is(v1, "memory", "/sys/fs/cgroup/memory", "/"), "v1 memory mount found");
  ok(mount_is(joint, "cpuacct", "/sys/fs/cgroup/cpu,cpuacct", "/") && mount_is(joint, "memory", NULL, NULL),
     "controllers are read from the super options, not the mount point");
  ok(mount_is(v2, NULL, "/sys/fs/cgroup/unified", "/") && mount_is(v2, "memory", NULL, NULL) &&
         mount_is(v1, NULL, NULL, NULL),
     "v2 is the cgroup2 type, v1 the cgroup type");
  ok(mount_is("50 40 0:30 /jobs /mnt/my\\040cg rw - cgroup cgroup rw,memory", "memory", "/mnt/my cg", "/jobs"),
     "a mounted sub-tree: its root, and an escaped mount point");
  ok(mount_is("22 1 8:1 / / rw - ext4 /dev/sda1 rw", "memory", NULL, NULL) &&
         mount_is("broken line", "memory", NULL, NULL),
     "other and malformed lines do not match");
  return tap_done();
}
