/* The embedded default root filesystem: a table generated at build time
 * from rootfs-template/ (tools/embed-tree.py). Parents precede children. */
#pragma once

#include <stddef.h>

typedef struct rootfs_entry {
  char type;         /* 'd' directory, 'f' regular file, 'l' symlink */
  const char *path;  /* relative, no leading '/', never containing ".." */
  unsigned mode;
  const char *data;  /* file contents or symlink target */
  size_t len;
} rootfs_entry_t;

extern const rootfs_entry_t rootfs_template_entries[];
extern const size_t rootfs_template_count;
