/* See proc-virtual.h. */
#define _GNU_SOURCE
#include "proc-virtual.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "cleanup.h"

/* Written once before any thread exists (see the header), then read only. */
static uint64_t memory_limit;

void ks_proc_virtual_set_memory_limit(uint64_t bytes) {
  memory_limit = bytes;
}

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

/* What the runtime's cgroup is charged for, as far as the runtime can see
 * it: the process's resident pages and the files of an in-memory root. */
static uint64_t memory_used(const ks_proc_t *p, uint64_t *ret_shmem) {
  uint64_t rss = 0, shmem = 0;
  FILE *f = fopen("/proc/self/statm", "re");
  if (f) {
    unsigned long size, resident;
    if (fscanf(f, "%lu %lu", &size, &resident) == 2)
      rss = (uint64_t)resident * (uint64_t)sysconf(_SC_PAGESIZE);
    fclose(f);
  }
  struct statfs st;
  if (p->root_fd >= 0 && fstatfs(p->root_fd, &st) == 0 && st.f_type == TMPFS_MAGIC)
    shmem = (uint64_t)(st.f_blocks - st.f_bfree) * (uint64_t)st.f_bsize;
  *ret_shmem = shmem;
  return rss + shmem;
}

/* The kernel's layout ("Label:" padded to 16 columns, kB right-aligned in
 * 8), with the runtime's budget as the machine's memory and no swap. */
static int meminfo(const ks_proc_t *p, int *ret_fd) {
  uint64_t shmem, used = memory_used(p, &shmem);
  uint64_t total = memory_limit >> 10, free_kb = used < memory_limit ? (memory_limit - used) >> 10 : 0;
  const struct {
    const char *label;
    uint64_t kb;
  } rows[] = {
      {"MemTotal:", total}, {"MemFree:", free_kb}, {"MemAvailable:", free_kb}, {"Buffers:", 0},
      {"Cached:", shmem >> 10}, {"SwapCached:", 0}, {"SwapTotal:", 0}, {"SwapFree:", 0},
      {"Shmem:", shmem >> 10},
  };
  char text[1024];
  size_t n = 0;
  for (size_t i = 0; i < ELEMENTSOF(rows); i++)
    n += (size_t)snprintf(text + n, sizeof(text) - n, "%-16s%8llu kB\n", rows[i].label,
                          (unsigned long long)rows[i].kb);
  return memfd_with("meminfo", text, n, ret_fd);
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
  if (strcmp(path, "/proc/meminfo") == 0 && memory_limit)
    return meminfo(p, ret_fd);
  return 0;
}
