/* See proc-policy.h. The check runs on the opened fd, so symlinks and
 * "/proc/1" spelled as "/proc/self" lead to the same decision. */
#define _GNU_SOURCE
#include "proc-policy.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#ifndef PROC_SUPER_MAGIC
#define PROC_SUPER_MAGIC 0x9fa0
#endif

/* Relative to /proc; "PID/" stands for any numeric directory. */
static const char *const allowed[] = {
    "cpuinfo", "meminfo", "uptime", "version", "loadavg", "stat", "filesystems",
    "sys/kernel/hostname", "sys/kernel/osrelease", "sys/kernel/ostype", "sys/kernel/version", "sys/kernel/pid_max",
    "PID/status", "PID/stat", "PID/statm", "PID/cmdline", "PID/comm", "PID/limits", "PID/cgroup",
    "PID/uid_map", "PID/gid_map", "PID/net/dev", "PID/net/tcp", "PID/net/tcp6", "PID/net/udp",
    "PID/net/udp6", "PID/net/unix", "PID/net/route", "PID/net/if_inet6",
};

static int matches(const char *rel, const char *pattern) {
  if (strncmp(pattern, "PID/", 4) == 0) {
    const char *p = rel;
    if (!(*p >= '0' && *p <= '9'))
      return 0;
    while (*p >= '0' && *p <= '9')
      p++;
    return *p == '/' && strcmp(p + 1, pattern + 4) == 0;
  }
  return strcmp(rel, pattern) == 0;
}

int ks_proc_path(int fd, char *buf, size_t size) {
  struct statfs sfs;
  if (fstatfs(fd, &sfs) < 0)
    return -errno;
  if (sfs.f_type != PROC_SUPER_MAGIC)
    return 0;
  char link[64];
  snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, buf, size - 1);
  if (n < 0)
    return -errno;
  buf[n] = '\0';
  return 1;
}

int ks_proc_policy_check(int fd, int for_writing) {
  struct statfs sfs;
  if (fstatfs(fd, &sfs) < 0)
    return -errno;
  if (sfs.f_type != PROC_SUPER_MAGIC)
    return 0;
  char link[64], path[4096];
  snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof(path) - 1);
  if (n < 0)
    return -EACCES;
  path[n] = '\0';
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
    return for_writing ? -EACCES : 0; /* listing is harmless */
  if (for_writing || strncmp(path, "/proc/", 6) != 0)
    return -EACCES;
  for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
    if (matches(path + 6, allowed[i]))
      return 0;
  return -EACCES;
}
