/* See sqlite-vfs.h. The "secexec" VFS: SQLite's file access for node:sqlite
 * as guest file access.
 *
 * What it owns: turning SQLite's file operations into shim calls. Names are
 * resolved only by vfs.c (openat2 beneath the bound process's root with
 * RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS, relative names from its cwd), so
 * "..", symlinks and /proc's magic links cannot lead a database, journal,
 * WAL or -shm file out of the guest's filesystem. Once opened, a file is
 * plain fd I/O (pread/pwrite/fsync/ftruncate/fstat) on the shim's fd, which
 * stays the connection's own (it is not in the guest's fd table).
 *
 * Locks are open-file-description locks (F_OFD_SETLK): each connection has
 * its own description, so two connections of one process exclude each other
 * exactly as two processes do, and closing one never drops the other's
 * locks (the trap of POSIX record locks that the unix VFS works around with
 * a process-wide inode table). The byte ranges are SQLite's own (pending,
 * reserved, shared; the -shm lock slots and dead-man switch), so the locks
 * also exclude SQLite programs outside the runtime that share a file.
 *
 * What it must never do: open a name any other way, load native code
 * (xDlOpen always fails), or leave another VFS registered that a URI's
 * vfs= parameter could select. */
#define _GNU_SOURCE
#include "sqlite-vfs.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cleanup.h"
#include "vfs.h"

/* SQLite's lock bytes (os.h): they must match every other SQLite. */
#define PENDING_BYTE 0x40000000
#define RESERVED_BYTE (PENDING_BYTE + 1)
#define SHARED_FIRST (PENDING_BYTE + 2)
#define SHARED_SIZE 510
/* The -shm file's lock slots and dead-man switch, as the unix VFS has them. */
#define SHM_BASE ((22 + SQLITE_SHM_NLOCK) * 4)
#define SHM_DMS (SHM_BASE + SQLITE_SHM_NLOCK)

static __thread ks_proc_t *bound;

ks_proc_t *ks_sqlite_vfs_bind(ks_proc_t *p) {
  ks_proc_t *prev = bound;
  bound = p;
  return prev;
}

typedef struct shm {
  int fd;
  int readonly;
  int region_size;
  int n_regions;
  void **regions;
} shm_t;

typedef struct sqlfile {
  sqlite3_file base;
  int fd;
  int lock;        /* SQLITE_LOCK_* held */
  int readonly;
  int dirsync;     /* a new journal: sync its directory once */
  const char *name; /* the full guest path (SQLite keeps it alive), or NULL */
  shm_t *shm;
} sqlfile_t;

static int ofd_lock(int fd, short type, off_t start, off_t len) {
  struct flock fl = {.l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len};
  return fcntl(fd, F_OFD_SETLK, &fl) < 0 ? -errno : 0;
}

static int busy_or(int r, int ioerr) {
  if (r == -EAGAIN || r == -EACCES)
    return SQLITE_BUSY;
  return r < 0 ? ioerr : SQLITE_OK;
}

/* ---- paths ---- */

/* The guest's name of an fd opened beneath the root: the kernel's name with
 * the root's own name taken off (inside the runtime the root is "/"). */
static int guest_fd_path(const ks_proc_t *p, int fd, char *ret, size_t size) {
  char link[64], root[PATH_MAX], buf[PATH_MAX];
  snprintf(link, sizeof(link), "/proc/self/fd/%d", p->root_fd);
  ssize_t rn = readlink(link, root, sizeof(root) - 1);
  snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, buf, sizeof(buf) - 1);
  if (rn <= 0 || n <= 0)
    return -EIO;
  root[rn] = '\0';
  buf[n] = '\0';
  const char *rest = buf;
  if (strcmp(root, "/") != 0) {
    if (strncmp(buf, root, (size_t)rn) != 0 || (buf[rn] != '/' && buf[rn] != '\0'))
      return -EXDEV;
    rest = buf[rn] ? buf + rn : "/";
  }
  if (rest[0] != '/' || strlen(rest) >= size)
    return -ENAMETOOLONG;
  strcpy(ret, rest);
  return 0;
}

/* The canonical guest path of an existing file or directory. */
static int guest_realpath(const ks_proc_t *p, const char *path, int dir, char *ret, size_t size) {
  _cleanup_close_ int fd = ks_vfs_open_host(p, path, O_RDONLY | O_NONBLOCK | (dir ? O_DIRECTORY : 0), 0);
  if (fd < 0)
    return fd;
  return guest_fd_path(p, fd, ret, size);
}

/* As the unix VFS: absolute, symlinks resolved, so that "-journal" and
 * "-wal" sit beside the real file. A name that does not exist yet is
 * resolved through its directory, and a dangling symlink through its
 * target (at most 40 of them, as the kernel); failing that, lexically. */
static int full_path(const ks_proc_t *p, const char *name, char *ret, size_t size) {
  char joined[PATH_MAX], real[PATH_MAX], cand[PATH_MAX];
  if (ks_vfs_path(p, name, joined, sizeof(joined)) < 0)
    return ks_path_resolve(p, name, ret, size);
  for (int hops = 0; hops <= 40; hops++) {
    if (guest_realpath(p, joined, 0, ret, size) == 0)
      return 0;
    char *slash = strrchr(joined, '/');
    const char *last = slash ? slash + 1 : "";
    if (!slash || !*last || strcmp(last, ".") == 0 || strcmp(last, "..") == 0)
      break;
    *slash = '\0';
    if (guest_realpath(p, joined[0] ? joined : "/", 1, real, sizeof(real)) < 0)
      break;
    int w = snprintf(cand, sizeof(cand), "%s/%s", strcmp(real, "/") == 0 ? "" : real, last);
    if (w < 0 || (size_t)w >= sizeof(cand))
      return -ENAMETOOLONG;
    _cleanup_free_ char *target = NULL;
    if (ks_fs_readlink((ks_proc_t *)p, cand, &target) < 0) {
      if (strlen(cand) >= size)
        return -ENAMETOOLONG;
      strcpy(ret, cand);
      return 0;
    }
    w = target[0] == '/' ? snprintf(joined, sizeof(joined), "%s", target)
                         : snprintf(joined, sizeof(joined), "%s/%s", strcmp(real, "/") == 0 ? "" : real, target);
    if (w < 0 || (size_t)w >= sizeof(joined))
      return -ENAMETOOLONG;
  }
  return ks_path_resolve(p, name, ret, size);
}

static void sync_parent(const char *path) {
  char dir[PATH_MAX];
  if (!bound || !path || strlen(path) >= sizeof(dir))
    return;
  strcpy(dir, path);
  char *slash = strrchr(dir, '/');
  if (!slash)
    return;
  if (slash == dir)
    slash[1] = '\0';
  else
    *slash = '\0';
  _cleanup_close_ int fd = ks_vfs_open_host(bound, dir, O_RDONLY | O_DIRECTORY, 0);
  if (fd >= 0)
    (void)fsync(fd);
}

/* ---- the file ---- */

static void shm_free(shm_t *m) {
  if (!m)
    return;
  for (int i = 0; i < m->n_regions; i++)
    munmap(m->regions[i], (size_t)m->region_size);
  free(m->regions);
  if (m->fd >= 0)
    close(m->fd);
  free(m);
}

static int x_close(sqlite3_file *f) {
  sqlfile_t *s = (sqlfile_t *)f;
  shm_free(s->shm);
  s->shm = NULL;
  if (s->fd >= 0)
    close(s->fd);
  s->fd = -1;
  return SQLITE_OK;
}

static int x_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off) {
  sqlfile_t *s = (sqlfile_t *)f;
  char *p = buf;
  size_t got = 0;
  while (got < (size_t)amt) {
    ssize_t n = pread(s->fd, p + got, (size_t)amt - got, (off_t)(off + (sqlite3_int64)got));
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return SQLITE_IOERR_READ;
    if (n == 0)
      break;
    got += (size_t)n;
  }
  if (got < (size_t)amt) {
    memset(p + got, 0, (size_t)amt - got);
    return SQLITE_IOERR_SHORT_READ;
  }
  return SQLITE_OK;
}

static int x_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off) {
  sqlfile_t *s = (sqlfile_t *)f;
  const char *p = buf;
  size_t done = 0;
  while (done < (size_t)amt) {
    ssize_t n = pwrite(s->fd, p + done, (size_t)amt - done, (off_t)(off + (sqlite3_int64)done));
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return errno == ENOSPC || errno == EDQUOT ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    done += (size_t)n;
  }
  return SQLITE_OK;
}

static int x_truncate(sqlite3_file *f, sqlite3_int64 size) {
  sqlfile_t *s = (sqlfile_t *)f;
  return ftruncate(s->fd, (off_t)size) < 0 ? SQLITE_IOERR_TRUNCATE : SQLITE_OK;
}

static int x_sync(sqlite3_file *f, int flags) {
  sqlfile_t *s = (sqlfile_t *)f;
  int r = (flags & SQLITE_SYNC_DATAONLY) ? fdatasync(s->fd) : fsync(s->fd);
  if (r < 0)
    return SQLITE_IOERR_FSYNC;
  if (s->dirsync) {
    sync_parent(s->name);
    s->dirsync = 0;
  }
  return SQLITE_OK;
}

static int x_file_size(sqlite3_file *f, sqlite3_int64 *ret) {
  sqlfile_t *s = (sqlfile_t *)f;
  struct stat st;
  if (fstat(s->fd, &st) < 0)
    return SQLITE_IOERR_FSTAT;
  *ret = st.st_size;
  return SQLITE_OK;
}

static int x_lock(sqlite3_file *f, int level) {
  sqlfile_t *s = (sqlfile_t *)f;
  if (s->lock >= level)
    return SQLITE_OK;
  int r;
  if (level == SQLITE_LOCK_SHARED) {
    /* A read lock on the pending byte first: no new reader slips in while
     * a writer waits for the readers to leave. */
    if ((r = ofd_lock(s->fd, F_RDLCK, PENDING_BYTE, 1)) < 0)
      return busy_or(r, SQLITE_IOERR_LOCK);
    r = ofd_lock(s->fd, F_RDLCK, SHARED_FIRST, SHARED_SIZE);
    ofd_lock(s->fd, F_UNLCK, PENDING_BYTE, 1);
    if (r < 0)
      return busy_or(r, SQLITE_IOERR_LOCK);
    s->lock = SQLITE_LOCK_SHARED;
    return SQLITE_OK;
  }
  if (level == SQLITE_LOCK_RESERVED) {
    if ((r = ofd_lock(s->fd, F_WRLCK, RESERVED_BYTE, 1)) < 0)
      return busy_or(r, SQLITE_IOERR_LOCK);
    s->lock = SQLITE_LOCK_RESERVED;
    return SQLITE_OK;
  }
  /* EXCLUSIVE: take the pending byte, then wait (BUSY) for the readers. */
  if (s->lock < SQLITE_LOCK_PENDING) {
    if ((r = ofd_lock(s->fd, F_WRLCK, PENDING_BYTE, 1)) < 0)
      return busy_or(r, SQLITE_IOERR_LOCK);
    s->lock = SQLITE_LOCK_PENDING;
  }
  if ((r = ofd_lock(s->fd, F_WRLCK, SHARED_FIRST, SHARED_SIZE)) < 0)
    return busy_or(r, SQLITE_IOERR_LOCK);
  s->lock = SQLITE_LOCK_EXCLUSIVE;
  return SQLITE_OK;
}

static int x_unlock(sqlite3_file *f, int level) {
  sqlfile_t *s = (sqlfile_t *)f;
  if (s->lock <= level)
    return SQLITE_OK;
  if (level == SQLITE_LOCK_SHARED) {
    if (ofd_lock(s->fd, F_RDLCK, SHARED_FIRST, SHARED_SIZE) < 0)
      return SQLITE_IOERR_RDLOCK;
    if (ofd_lock(s->fd, F_UNLCK, PENDING_BYTE, 2) < 0)
      return SQLITE_IOERR_UNLOCK;
    s->lock = SQLITE_LOCK_SHARED;
    return SQLITE_OK;
  }
  if (ofd_lock(s->fd, F_UNLCK, 0, 0) < 0)
    return SQLITE_IOERR_UNLOCK;
  s->lock = SQLITE_LOCK_NONE;
  return SQLITE_OK;
}

static int x_check_reserved(sqlite3_file *f, int *ret) {
  sqlfile_t *s = (sqlfile_t *)f;
  if (s->lock >= SQLITE_LOCK_RESERVED) {
    *ret = 1;
    return SQLITE_OK;
  }
  struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = RESERVED_BYTE, .l_len = 1};
  if (fcntl(s->fd, F_OFD_GETLK, &fl) < 0)
    return SQLITE_IOERR_CHECKRESERVEDLOCK;
  *ret = fl.l_type != F_UNLCK;
  return SQLITE_OK;
}

static int x_file_control(sqlite3_file *f, int op, void *arg) {
  sqlfile_t *s = (sqlfile_t *)f;
  switch (op) {
  case SQLITE_FCNTL_LOCKSTATE:
    *(int *)arg = s->lock;
    return SQLITE_OK;
  case SQLITE_FCNTL_VFSNAME:
    *(char **)arg = sqlite3_mprintf("%s", KS_SQLITE_VFS_NAME);
    return SQLITE_OK;
  case SQLITE_FCNTL_HAS_MOVED: {
    struct stat st;
    *(int *)arg = fstat(s->fd, &st) == 0 && st.st_nlink == 0;
    return SQLITE_OK;
  }
  default:
    return SQLITE_NOTFOUND;
  }
}

static int x_sector_size(sqlite3_file *f) {
  (void)f;
  return 4096;
}

static int x_device_characteristics(sqlite3_file *f) {
  (void)f;
  return SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

/* ---- WAL shared memory: the "-shm" file beside the database ---- */

static int shm_attach(sqlfile_t *s) {
  char path[PATH_MAX + 8];
  if (!bound || !s->name)
    return SQLITE_IOERR_SHMOPEN;
  snprintf(path, sizeof(path), "%s-shm", s->name);
  shm_t *m = calloc(1, sizeof(*m));
  if (!m)
    return SQLITE_NOMEM;
  m->fd = ks_vfs_open_host(bound, path, O_RDWR | O_CREAT, 0644);
  if (m->fd < 0 && s->readonly) {
    m->fd = ks_vfs_open_host(bound, path, O_RDONLY, 0);
    m->readonly = 1;
  }
  if (m->fd < 0) {
    free(m);
    return SQLITE_CANTOPEN;
  }
  /* The first connection to map the file (none holds the dead-man switch)
   * starts it afresh; every connection then holds the switch shared. */
  if (!m->readonly && ofd_lock(m->fd, F_WRLCK, SHM_DMS, 1) == 0) {
    if (ftruncate(m->fd, 0) < 0) {
      shm_free(m);
      return SQLITE_IOERR_SHMOPEN;
    }
  }
  int r = ofd_lock(m->fd, F_RDLCK, SHM_DMS, 1);
  if (r < 0) {
    shm_free(m);
    return busy_or(r, SQLITE_IOERR_LOCK);
  }
  s->shm = m;
  return SQLITE_OK;
}

static int x_shm_map(sqlite3_file *f, int region, int size, int extend, void volatile **ret) {
  sqlfile_t *s = (sqlfile_t *)f;
  *ret = NULL;
  if (!s->shm) {
    int rc = shm_attach(s);
    if (rc != SQLITE_OK)
      return rc;
  }
  shm_t *m = s->shm;
  if (region < m->n_regions) {
    *ret = m->regions[region];
    return SQLITE_OK;
  }
  if (m->region_size && m->region_size != size)
    return SQLITE_IOERR_SHMMAP;
  m->region_size = size;
  struct stat st;
  if (fstat(m->fd, &st) < 0)
    return SQLITE_IOERR_SHMSIZE;
  off_t need = (off_t)(region + 1) * size;
  if (st.st_size < need) {
    if (!extend)
      return SQLITE_OK;
    if (m->readonly)
      return SQLITE_READONLY;
    if (ftruncate(m->fd, need) < 0)
      return SQLITE_IOERR_SHMSIZE;
  }
  void **grown = realloc(m->regions, sizeof(void *) * (size_t)(region + 1));
  if (!grown)
    return SQLITE_NOMEM;
  m->regions = grown;
  while (m->n_regions <= region) {
    void *a = mmap(NULL, (size_t)size, PROT_READ | (m->readonly ? 0 : PROT_WRITE), MAP_SHARED, m->fd,
                   (off_t)m->n_regions * size);
    if (a == MAP_FAILED)
      return SQLITE_IOERR_SHMMAP;
    m->regions[m->n_regions++] = a;
  }
  *ret = m->regions[region];
  return m->readonly ? SQLITE_READONLY : SQLITE_OK;
}

static int x_shm_lock(sqlite3_file *f, int offset, int n, int flags) {
  sqlfile_t *s = (sqlfile_t *)f;
  if (!s->shm)
    return SQLITE_IOERR_SHMLOCK;
  short type = (flags & SQLITE_SHM_UNLOCK) ? F_UNLCK : (flags & SQLITE_SHM_SHARED) ? F_RDLCK : F_WRLCK;
  return busy_or(ofd_lock(s->shm->fd, type, SHM_BASE + offset, n), SQLITE_IOERR_SHMLOCK);
}

static void x_shm_barrier(sqlite3_file *f) {
  (void)f;
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
}

static int x_shm_unmap(sqlite3_file *f, int delete_flag) {
  sqlfile_t *s = (sqlfile_t *)f;
  shm_free(s->shm);
  s->shm = NULL;
  if (delete_flag && bound && s->name) {
    char path[PATH_MAX + 8];
    snprintf(path, sizeof(path), "%s-shm", s->name);
    ks_fs_unlink(bound, path);
  }
  return SQLITE_OK;
}

static const sqlite3_io_methods io_methods = {
    .iVersion = 2,
    .xClose = x_close,
    .xRead = x_read,
    .xWrite = x_write,
    .xTruncate = x_truncate,
    .xSync = x_sync,
    .xFileSize = x_file_size,
    .xLock = x_lock,
    .xUnlock = x_unlock,
    .xCheckReservedLock = x_check_reserved,
    .xFileControl = x_file_control,
    .xSectorSize = x_sector_size,
    .xDeviceCharacteristics = x_device_characteristics,
    .xShmMap = x_shm_map,
    .xShmLock = x_shm_lock,
    .xShmBarrier = x_shm_barrier,
    .xShmUnmap = x_shm_unmap,
};

/* ---- the VFS ---- */

static int x_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *ret_flags) {
  (void)vfs;
  sqlfile_t *s = (sqlfile_t *)f;
  memset(s, 0, sizeof(*s));
  s->fd = -1;
  int fd;
  if (!name) {
    /* An unnamed temporary file (sorts, temp tables): anonymous memory,
     * no name anywhere. */
    fd = memfd_create("sqlite-temp", MFD_CLOEXEC);
    if (fd < 0)
      return SQLITE_CANTOPEN;
  } else {
    if (!bound)
      return SQLITE_CANTOPEN;
    int rw = (flags & SQLITE_OPEN_READWRITE) != 0;
    int oflags = (rw ? O_RDWR : O_RDONLY) | ((flags & SQLITE_OPEN_CREATE) ? O_CREAT : 0) |
                 ((flags & SQLITE_OPEN_EXCLUSIVE) ? O_EXCL : 0) | ((flags & SQLITE_OPEN_NOFOLLOW) ? O_NOFOLLOW : 0);
    fd = ks_vfs_open_host(bound, name, oflags, 0644);
    if (fd < 0 && fd != -EISDIR && rw && (flags & SQLITE_OPEN_MAIN_DB)) {
      /* As the unix VFS: a database the guest may only read opens read-only. */
      fd = ks_vfs_open_host(bound, name, O_RDONLY | ((flags & SQLITE_OPEN_NOFOLLOW) ? O_NOFOLLOW : 0), 0);
      if (fd >= 0)
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    if (fd < 0)
      return SQLITE_CANTOPEN;
    if (flags & SQLITE_OPEN_DELETEONCLOSE)
      ks_fs_unlink(bound, name);
    s->name = name;
    s->dirsync = (flags & SQLITE_OPEN_CREATE) &&
                 (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL));
  }
  s->fd = fd;
  s->readonly = (flags & SQLITE_OPEN_READONLY) != 0;
  s->base.pMethods = &io_methods;
  if (ret_flags)
    *ret_flags = flags;
  return SQLITE_OK;
}

static int x_delete(sqlite3_vfs *vfs, const char *name, int sync_dir) {
  (void)vfs;
  if (!bound)
    return SQLITE_IOERR_DELETE;
  int r = ks_fs_unlink(bound, name);
  if (r == -ENOENT)
    return SQLITE_IOERR_DELETE_NOENT;
  if (r < 0)
    return SQLITE_IOERR_DELETE;
  if (sync_dir)
    sync_parent(name);
  return SQLITE_OK;
}

static int x_access(sqlite3_vfs *vfs, const char *name, int flags, int *ret) {
  (void)vfs;
  *ret = 0;
  if (!bound)
    return SQLITE_OK;
  if (flags == SQLITE_ACCESS_EXISTS) {
    /* As the unix VFS: an empty regular file does not count. */
    struct statx st;
    *ret = ks_fs_stat(bound, name, 1, &st) == 0 && (!S_ISREG(st.stx_mode) || st.stx_size > 0);
  } else {
    *ret = ks_fs_access(bound, name, flags == SQLITE_ACCESS_READWRITE ? R_OK | W_OK : R_OK) == 0;
  }
  return SQLITE_OK;
}

static int x_full_pathname(sqlite3_vfs *vfs, const char *name, int size, char *ret) {
  (void)vfs;
  if (!bound)
    return SQLITE_CANTOPEN;
  return full_path(bound, name, ret, (size_t)size) < 0 ? SQLITE_CANTOPEN : SQLITE_OK;
}

static void *x_dlopen(sqlite3_vfs *vfs, const char *name) {
  (void)vfs;
  (void)name;
  return NULL;
}

static void x_dlerror(sqlite3_vfs *vfs, int n, char *msg) {
  (void)vfs;
  snprintf(msg, (size_t)n, "loading native extensions is not allowed in secexec");
}

static void (*x_dlsym(sqlite3_vfs *vfs, void *h, const char *sym))(void) {
  (void)vfs;
  (void)h;
  (void)sym;
  return NULL;
}

static void x_dlclose(sqlite3_vfs *vfs, void *h) {
  (void)vfs;
  (void)h;
}

static int x_randomness(sqlite3_vfs *vfs, int n, char *out) {
  (void)vfs;
  if (ks_random(out, (size_t)n) < 0)
    memset(out, 0, (size_t)n);
  return n;
}

static int x_sleep(sqlite3_vfs *vfs, int us) {
  (void)vfs;
  struct timespec ts = {.tv_sec = us / 1000000, .tv_nsec = (long)(us % 1000000) * 1000};
  while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
    ;
  return us;
}

static int x_current_time_int64(sqlite3_vfs *vfs, sqlite3_int64 *ret) {
  (void)vfs;
  /* Milliseconds since the Julian epoch. */
  static const sqlite3_int64 unix_epoch = 24405875 * (sqlite3_int64)8640000;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  *ret = unix_epoch + 1000 * (sqlite3_int64)ts.tv_sec + ts.tv_nsec / 1000000;
  return SQLITE_OK;
}

static int x_current_time(sqlite3_vfs *vfs, double *ret) {
  sqlite3_int64 ms;
  x_current_time_int64(vfs, &ms);
  *ret = (double)ms / 86400000.0;
  return SQLITE_OK;
}

static int x_get_last_error(sqlite3_vfs *vfs, int n, char *msg) {
  (void)vfs;
  if (n > 0)
    msg[0] = '\0';
  return 0;
}

static sqlite3_vfs secexec_vfs = {
    .iVersion = 2,
    .szOsFile = sizeof(sqlfile_t),
    .mxPathname = PATH_MAX,
    .zName = KS_SQLITE_VFS_NAME,
    .xOpen = x_open,
    .xDelete = x_delete,
    .xAccess = x_access,
    .xFullPathname = x_full_pathname,
    .xDlOpen = x_dlopen,
    .xDlError = x_dlerror,
    .xDlSym = x_dlsym,
    .xDlClose = x_dlclose,
    .xRandomness = x_randomness,
    .xSleep = x_sleep,
    .xCurrentTime = x_current_time,
    .xGetLastError = x_get_last_error,
    .xCurrentTimeInt64 = x_current_time_int64,
};

static pthread_once_t register_once = PTHREAD_ONCE_INIT;
static int register_result;

static void register_vfs(void) {
  if (sqlite3_initialize() != SQLITE_OK || sqlite3_vfs_register(&secexec_vfs, 1) != SQLITE_OK) {
    register_result = -ENOMEM;
    return;
  }
  /* Leave no other VFS a URI could name: the unix ones open host paths,
   * memdb hands its journals to them. */
  for (;;) {
    sqlite3_vfs *other = NULL;
    for (sqlite3_vfs *v = sqlite3_vfs_find(NULL); v && !other; v = v->pNext)
      if (v != &secexec_vfs)
        other = v;
    if (!other)
      break;
    sqlite3_vfs_unregister(other);
  }
  register_result = sqlite3_vfs_find(NULL) == &secexec_vfs ? 0 : -EPERM;
}

int ks_sqlite_vfs_register(void) {
  pthread_once(&register_once, register_vfs);
  return register_result;
}
