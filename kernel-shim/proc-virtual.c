/* See proc-virtual.h. */
#define _GNU_SOURCE
#include "proc-virtual.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cleanup.h"

static int memfd_with(const char *name, const char *text, size_t len, int *ret_fd) {
  int fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0)
    return -errno;
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, text + off, len - off);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      int e = errno;
      close(fd);
      return -e;
    }
    off += (size_t)n;
  }
  if (lseek(fd, 0, SEEK_SET) < 0 ||
      fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0) {
    int e = errno;
    close(fd);
    return -e;
  }
  *ret_fd = fd;
  return 1;
}

/* The host's cpuinfo, keeping the blocks of CPUs this runtime may use,
 * renumbered from 0 as a guest sees them. */
static int cpuinfo(int *ret_fd) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) < 0)
    return -errno;
  FILE *in = fopen("/proc/cpuinfo", "re");
  if (!in)
    return -errno;
  _cleanup_free_ char *out = NULL, *line = NULL;
  size_t out_size = 0, cap = 0;
  FILE *o = open_memstream(&out, &out_size);
  if (!o) {
    fclose(in);
    return -ENOMEM;
  }
  int keep = 0, next = 0, cpu;
  while (getline(&line, &cap, in) >= 0) {
    if (sscanf(line, "processor : %d", &cpu) == 1) {
      keep = cpu >= 0 && cpu < CPU_SETSIZE && CPU_ISSET(cpu, &set);
      if (keep)
        fprintf(o, "processor\t: %d\n", next++);
      continue;
    }
    if (keep)
      fputs(line, o);
  }
  fclose(in);
  fclose(o);
  return memfd_with("cpuinfo", out, out_size, ret_fd);
}

int ks_proc_virtual(const ks_proc_t *p, const char *path, int *ret_fd) {
  char text[256];
  int n;
  if (strcmp(path, "/proc/uptime") == 0) {
    double up = (double)(ks_hrtime() - p->start_ns) / 1e9;
    n = snprintf(text, sizeof(text), "%.2f %.2f\n", up, 0.0);
    return memfd_with("uptime", text, (size_t)n, ret_fd);
  }
  if (strcmp(path, "/proc/loadavg") == 0) {
    /* One process runs in this runtime: the guest's. */
    n = snprintf(text, sizeof(text), "0.00 0.00 0.00 1/1 %d\n", p->pid);
    return memfd_with("loadavg", text, (size_t)n, ret_fd);
  }
  if (strcmp(path, "/proc/cpuinfo") == 0)
    return cpuinfo(ret_fd);
  return 0;
}
