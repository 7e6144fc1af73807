/* errno → Node's error code and libuv's message text, as data.
 * X(errno constant, message) — the code is the constant's own name. */
#define KS_ERRNO_TABLE(X)                                                     \
  X(EPERM, "operation not permitted")                                         \
  X(ENOENT, "no such file or directory")                                      \
  X(ESRCH, "no such process")                                                 \
  X(EINTR, "interrupted system call")                                         \
  X(EIO, "i/o error")                                                         \
  X(ENXIO, "no such device or address")                                       \
  X(E2BIG, "argument list too long")                                          \
  X(EBADF, "bad file descriptor")                                             \
  X(EAGAIN, "resource temporarily unavailable")                               \
  X(ENOMEM, "not enough memory")                                              \
  X(EACCES, "permission denied")                                              \
  X(EFAULT, "bad address in system call argument")                            \
  X(EBUSY, "resource busy or locked")                                         \
  X(EEXIST, "file already exists")                                            \
  X(EXDEV, "cross-device link not permitted")                                 \
  X(ENODEV, "no such device")                                                 \
  X(ENOTDIR, "not a directory")                                               \
  X(EISDIR, "illegal operation on a directory")                               \
  X(EINVAL, "invalid argument")                                               \
  X(ENFILE, "file table overflow")                                            \
  X(EMFILE, "too many open files")                                            \
  X(ENOTTY, "inappropriate ioctl for device")                                 \
  X(ETXTBSY, "text file is busy")                                             \
  X(EFBIG, "file too large")                                                  \
  X(ENOSPC, "no space left on device")                                        \
  X(ESPIPE, "invalid seek")                                                   \
  X(EROFS, "read-only file system")                                           \
  X(EMLINK, "too many links")                                                 \
  X(EPIPE, "broken pipe")                                                     \
  X(ERANGE, "result too large")                                               \
  X(ENAMETOOLONG, "name too long")                                            \
  X(ENOSYS, "function not implemented")                                       \
  X(ENOTEMPTY, "directory not empty")                                         \
  X(ELOOP, "too many symbolic links encountered")                             \
  X(ENOTSUP, "operation not supported on socket")                             \
  X(EADDRINUSE, "address already in use")                                     \
  X(EADDRNOTAVAIL, "address not available")                                   \
  X(ENETDOWN, "network is down")                                              \
  X(ENETUNREACH, "network is unreachable")                                    \
  X(ECONNABORTED, "software caused connection abort")                         \
  X(ECONNRESET, "connection reset by peer")                                   \
  X(ENOBUFS, "no buffer space available")                                     \
  X(EISCONN, "socket is already connected")                                   \
  X(ENOTCONN, "socket is not connected")                                      \
  X(ETIMEDOUT, "connection timed out")                                        \
  X(ECONNREFUSED, "connection refused")                                       \
  X(EHOSTUNREACH, "host is unreachable")                                      \
  X(EALREADY, "connection already in progress")                               \
  X(ECANCELED, "operation canceled")
