/* SQLite's file access for node:sqlite, resolved through the shim's VFS. */
#pragma once

/* Registers the "secexec" SQLite VFS. Returns 0 or -errno. */
int ks_sqlite_vfs_register(void);
