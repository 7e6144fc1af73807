/* SQLite's file access for node:sqlite, through the shim: not implemented
 * yet (ks_sqlite_vfs_register reports -ENOSYS). */
#include <errno.h>

#include "sqlite-vfs.h"

int ks_sqlite_vfs_register(void) {
  return -ENOSYS;
}
