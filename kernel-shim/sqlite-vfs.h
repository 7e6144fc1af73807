/* SQLite's file access for node:sqlite, resolved through the shim's VFS.
 *
 * The "secexec" SQLite VFS is the only one registered in the process: every
 * database, journal, WAL and shared-memory file SQLite opens (the main
 * database, ATTACH, VACUUM INTO, a URI's vfs= parameter included) is a guest
 * path resolved beneath the calling guest process's root, as fs does. */
#pragma once

#include "shim.h"

#define KS_SQLITE_VFS_NAME "secexec"

/* Registers the "secexec" VFS as SQLite's default and unregisters every
 * other VFS (unix, unix-*, memdb), once per OS process; later calls return
 * the first call's result. Returns 0 or -errno. */
int ks_sqlite_vfs_register(void);

/* Binds the guest process whose files SQLite reaches from the calling
 * thread, and returns the previous binding (restore it when done). SQLite
 * gives a VFS no per-connection context, so a guest's SQLite calls run
 * between ks_sqlite_vfs_bind(p) and ks_sqlite_vfs_bind(previous); with no
 * process bound every path is refused. */
ks_proc_t *ks_sqlite_vfs_bind(ks_proc_t *p);
