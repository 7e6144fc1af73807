/* User-namespace id mapping; see idmap.h. */
#define _GNU_SOURCE
#include "idmap.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kernel-shim/cleanup.h"

int idmap_parse_subid(const char *text, const char *name, unsigned long *ret_start, unsigned long *ret_count) {
  size_t nlen = strlen(name);
  for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
    if (strncmp(line, name, nlen) != 0 || line[nlen] != ':')
      continue;
    char *end;
    errno = 0;
    unsigned long start = strtoul(line + nlen + 1, &end, 10);
    if (errno || *end != ':')
      return -EINVAL;
    unsigned long count = strtoul(end + 1, &end, 10);
    if (errno || (*end != '\n' && *end != '\0') || count == 0 || start == 0)
      return -EINVAL;
    *ret_start = start;
    *ret_count = count;
    return 1;
  }
  return 0;
}

static int subid_range(const char *path, const char *name, unsigned long *start, unsigned long *count) {
  FILE *f = fopen(path, "re");
  if (!f)
    return 0;
  _cleanup_free_ char *text = calloc(1, 65537);
  size_t n = text ? fread(text, 1, 65536, f) : 0;
  fclose(f);
  if (!text)
    return -ENOMEM;
  text[n] = '\0';
  return idmap_parse_subid(text, name, start, count);
}

int idmap_choose(uid_t uid, gid_t gid, idmap_t *ret, secexec_error_t **err) {
  if (uid != 0) {
    *ret = (idmap_t){.uid_base = uid, .uid_count = 1, .gid_base = gid, .gid_count = 1, .rootless = true};
    return 0;
  }
  unsigned long us = IDMAP_DEFAULT_BASE, uc = IDMAP_DEFAULT_COUNT;
  unsigned long gs = IDMAP_DEFAULT_BASE, gc = IDMAP_DEFAULT_COUNT;
  if (subid_range("/etc/subuid", "root", &us, &uc) < 0)
    return error_set(err, EINVAL, "malformed root entry in /etc/subuid");
  if (subid_range("/etc/subgid", "root", &gs, &gc) < 0)
    return error_set(err, EINVAL, "malformed root entry in /etc/subgid");
  *ret = (idmap_t){.uid_base = (uid_t)us, .uid_count = (unsigned)(uc > 65536 ? 65536 : uc),
                   .gid_base = (gid_t)gs, .gid_count = (unsigned)(gc > 65536 ? 65536 : gc)};
  return 0;
}

static int write_proc(pid_t pid, const char *file, const char *text, secexec_error_t **err) {
  char path[64];
  snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, file);
  _cleanup_close_ int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0)
    return error_set(err, errno, "open `%s`", path);
  size_t len = strlen(text);
  if (write(fd, text, len) != (ssize_t)len)
    return error_set(err, errno, "write `%s` to `%s`", text, path);
  return 0;
}

int idmap_apply(pid_t pid, const idmap_t *m, secexec_error_t **err) {
  char line[64];
  int r;
  if (m->rootless && (r = write_proc(pid, "setgroups", "deny", err)) < 0)
    return r;
  snprintf(line, sizeof(line), "0 %u %u\n", (unsigned)m->uid_base, m->uid_count);
  if ((r = write_proc(pid, "uid_map", line, err)) < 0)
    return r;
  snprintf(line, sizeof(line), "0 %u %u\n", (unsigned)m->gid_base, m->gid_count);
  return write_proc(pid, "gid_map", line, err);
}
