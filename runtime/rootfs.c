/* Writing the embedded template into a fresh root, fd-relative: every entry
 * is created under root_fd with openat-style calls, so nothing can land
 * outside it. The template is never modified: it is compiled-in data. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../kernel-shim/cleanup.h"
#include "rootfs-template.h"
#include "sandbox.h"

static int write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return -errno;
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

int rootfs_populate_template(int root_fd, secexec_error_t **err) {
  for (size_t i = 0; i < rootfs_template_count; i++) {
    const rootfs_entry_t *e = &rootfs_template_entries[i];
    int r = 0;
    switch (e->type) {
    case 'd':
      if (mkdirat(root_fd, e->path, 0700) < 0 && errno != EEXIST)
        r = -errno;
      else if (fchmodat(root_fd, e->path, e->mode, 0) < 0)
        r = -errno;
      break;
    case 'l':
      if (symlinkat(e->data, root_fd, e->path) < 0)
        r = -errno;
      break;
    case 'f': {
      _cleanup_close_ int fd =
          openat(root_fd, e->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, e->mode);
      if (fd < 0)
        r = -errno;
      else
        r = write_all(fd, e->data, e->len);
      break;
    }
    default:
      r = -EINVAL;
    }
    if (r < 0)
      return error_set(err, -r, "create `/%s` in the runtime's root", e->path);
  }
  return 0;
}
