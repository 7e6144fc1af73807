/* seccomp-compile PROFILE.json OUT.bpf
 *
 * Build-time compiler of a seccomp profile (see runtime/seccomp-profile.h)
 * into the classic-BPF blob the runtime installs, for the native
 * architecture plus every architecture the profile lists. A bad profile
 * fails the build with a message naming the entry; OUT.bpf is replaced
 * atomically, so a failed run never leaves a truncated blob behind for the
 * next build step to embed. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../kernel-shim/cleanup.h"
#include "../runtime/seccomp-profile.h"

/* Far above any real profile; only stops reading an unbounded file. */
#define PROFILE_MAX (16u << 20)

static void seccomp_releasep(scmp_filter_ctx *ctx) {
  if (*ctx)
    seccomp_release(*ctx);
}

static int read_file(const char *path, char **ret_text, size_t *ret_len) {
  _cleanup_close_ int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  struct stat st;
  if (fstat(fd, &st) < 0)
    return -errno;
  if (!S_ISREG(st.st_mode))
    return -EINVAL;
  if (st.st_size > (off_t)PROFILE_MAX)
    return -EFBIG;

  size_t cap = (size_t)st.st_size + 1, len = 0;
  _cleanup_free_ char *buf = malloc(cap);
  if (!buf)
    return -ENOMEM;
  for (;;) {
    if (len == cap) /* the file grew while being read */
      return -EFBIG;
    ssize_t n = read(fd, buf + len, cap - len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -errno;
    }
    if (n == 0)
      break;
    len += (size_t)n;
  }
  *ret_text = TAKE_PTR(buf);
  *ret_len = len;
  return 0;
}

static void unlinkp(char **path) {
  if (*path) {
    unlink(*path);
    free(*path);
  }
}

static int write_bpf(scmp_filter_ctx ctx, const char *out) {
  _cleanup_(unlinkp) char *tmp = NULL;
  if (asprintf(&tmp, "%s.XXXXXX", out) < 0) {
    tmp = NULL;
    return -ENOMEM;
  }
  _cleanup_close_ int fd = mkostemp(tmp, O_CLOEXEC);
  if (fd < 0) {
    int r = -errno;
    free(TAKE_PTR(tmp)); /* nothing was created */
    return r;
  }
  int r = seccomp_profile_export_bpf(ctx, fd);
  if (r < 0)
    return r;
  if (fchmod(fd, 0644) < 0)
    return -errno;
  if (close(TAKE_FD(fd)) < 0)
    return -errno;
  if (rename(tmp, out) < 0)
    return -errno;
  free(TAKE_PTR(tmp)); /* renamed: nothing left to unlink */
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s PROFILE.json OUT.bpf\n", argc > 0 ? argv[0] : "seccomp-compile");
    return 2;
  }
  const char *profile = argv[1], *out = argv[2];

  _cleanup_free_ char *text = NULL;
  size_t len = 0;
  int r = read_file(profile, &text, &len);
  if (r < 0) {
    fprintf(stderr, "seccomp-compile: cannot read %s: %s\n", profile, strerror(-r));
    return 1;
  }

  _cleanup_(seccomp_releasep) scmp_filter_ctx ctx = NULL;
  _cleanup_free_ char *errmsg = NULL;
  r = seccomp_profile_load(text, len, &ctx, &errmsg);
  if (r < 0) {
    fprintf(stderr, "seccomp-compile: %s: %s\n", profile, errmsg ? errmsg : strerror(-r));
    return 1;
  }

  r = write_bpf(ctx, out);
  if (r < 0) {
    fprintf(stderr, "seccomp-compile: cannot write %s: %s%s\n", out, strerror(-r),
            r == -E2BIG ? " (the program exceeds the kernel's BPF_MAXINSNS)" : "");
    return 1;
  }
  return 0;
}
