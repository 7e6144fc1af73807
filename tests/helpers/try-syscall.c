/* try-syscall PROFILE.bpf NAME...
 * try-syscall --no-filter NAME...
 *
 * Test helper: sets no_new_privs, installs the compiled seccomp program the
 * way the runtime does (seccomp_install_bpf), then makes each named syscall
 * with harmless arguments — arguments that fail early or do nothing if the
 * filter lets the call through — and prints one line per call:
 *   NAME ok            the call succeeded
 *   NAME errno=EPERM   the call failed with that errno
 * An errno other than the filter's (EBADF for read(-1), ENOENT for a path
 * that does not exist…) shows that the call reached the kernel. A syscall
 * the filter kills ends the helper with SIGSYS before its line is printed;
 * the caller sees the signal (status 159 in a shell).
 * NAME is a syscall name, or one of the variants listed by --list (such as
 * clone_thread, clone_ns, ioctl_tiocsti).
 * --no-filter runs the same calls unfiltered, to check the cases themselves.
 * Exit status: 0, 1 when the program cannot be installed, 2 on misuse. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/membarrier.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "../../kernel-shim/cleanup.h"
#include "../../runtime/seccomp-profile.h"

/* A path that exists nowhere: calls that get through fail with ENOENT. */
#define NOWHERE "/nonexistent-secexec-try-syscall"

static const char *errno_name(int e) {
  const char *n = strerrorname_np(e);
  return n ? n : "unknown";
}

/* Reaps a child that a fork-like call created when it was let through. */
static long reap(long pid) {
  if (pid == 0)
    _exit(0);
  if (pid > 0) {
    int status;
    while (waitpid((pid_t)pid, &status, __WALL) < 0 && errno == EINTR)
      ;
  }
  return pid;
}

static volatile int thread_ran;

static int thread_fn(void *arg) {
  (void)arg;
  thread_ran = 1;
  return 0; /* glibc's clone() then calls exit(2) for this thread alone */
}

/* A bare thread through the clone syscall, with the flags glibc uses. */
static long try_clone_thread(void) {
  const size_t size = 256 * 1024;
  void *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
  if (stack == MAP_FAILED)
    return -1;
  static pid_t tid; /* set by the kernel at creation, cleared at exit */
  tid = 0;
  int r = clone(thread_fn, (char *)stack + size,
                CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
                    CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID,
                NULL, &tid, NULL, &tid);
  if (r < 0) {
    int e = errno;
    munmap(stack, size);
    errno = e;
    return -1;
  }
  for (pid_t t; (t = __atomic_load_n(&tid, __ATOMIC_ACQUIRE)) != 0;)
    syscall(SYS_futex, &tid, FUTEX_WAIT, t, NULL, NULL, 0);
  munmap(stack, size);
  if (!thread_ran) {
    errno = ESRCH;
    return -1;
  }
  return 0;
}

static void *pthread_fn(void *arg) {
  return arg;
}

/* What V8 and libuv do: glibc tries clone3, gets ENOSYS, uses clone. */
static long try_pthread(void) {
  pthread_t t;
  int e = pthread_create(&t, NULL, pthread_fn, NULL);
  if (e == 0)
    e = pthread_join(t, NULL);
  errno = e;
  return e ? -1 : 0;
}

/* A thread that also asks for a namespace: the mask must refuse it. The
 * kernel refuses CLONE_NEWUSER with CLONE_THREAD too (EINVAL), so a filter
 * that let it through shows as EINVAL instead of a thread on our stack. */
static long try_clone_thread_newuser(void) {
  return syscall(SYS_clone, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_NEWUSER, 0,
                 NULL, NULL, 0);
}

static long try_clone_ns(void) {
  fflush(stdout);
  return reap(syscall(SYS_clone, CLONE_NEWNS | SIGCHLD, 0, NULL, NULL, 0));
}

static long try_clone_fork(void) {
  fflush(stdout);
  return reap(syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, 0));
}

static long try_fork(void) {
  fflush(stdout);
  return reap(fork());
}

static long try_vfork(void) {
  fflush(stdout);
  pid_t pid = vfork();
  if (pid == 0)
    _exit(0);
  return reap(pid);
}

static long try_clone3(void) {
  /* struct clone_args, first version (64 bytes): a plain fork */
  uint64_t args[8] = {0};
  args[4] = SIGCHLD; /* exit_signal */
  fflush(stdout);
  return reap(syscall(SYS_clone3, args, sizeof(args)));
}

static long try_mmap(void) {
  void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  munmap(p, 4096);
  return 0;
}

/* What the JIT does: write code, then make the page executable. */
static long try_mprotect(void) {
  void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  long r = mprotect(p, 4096, PROT_READ | PROT_EXEC);
  int e = errno;
  munmap(p, 4096);
  errno = e;
  return r;
}

static long try_madvise(void) {
  void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  long r = madvise(p, 4096, MADV_DONTNEED);
  int e = errno;
  munmap(p, 4096);
  errno = e;
  return r;
}

static long try_mremap(void) {
  void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  void *q = mremap(p, 4096, 8192, MREMAP_MAYMOVE);
  if (q == MAP_FAILED) {
    int e = errno;
    munmap(p, 4096);
    errno = e;
    return -1;
  }
  munmap(q, 8192);
  return 0;
}

static long try_munmap(void) {
  void *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? -1 : syscall(SYS_munmap, p, 4096);
}

static long try_futex(void) {
  static int word;
  return syscall(SYS_futex, &word, FUTEX_WAKE, 1, NULL, NULL, 0);
}

static long close_result(long fd) {
  if (fd >= 0)
    close((int)fd);
  return fd;
}

static long try_pipe2(void) {
  int p[2];
  long r = pipe2(p, O_CLOEXEC);
  if (r == 0) {
    close(p[0]);
    close(p[1]);
  }
  return r;
}

static long try_socketpair(void) {
  int p[2];
  long r = socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, p);
  if (r == 0) {
    close(p[0]);
    close(p[1]);
  }
  return r;
}

static long try_ioctl_fionread(void) {
  int p[2], n = 0;
  if (pipe2(p, O_CLOEXEC) < 0)
    return -1;
  long r = ioctl(p[0], FIONREAD, &n);
  int e = errno;
  close(p[0]);
  close(p[1]);
  errno = e;
  return r;
}

static long try_signalfd4(void) {
  sigset_t set;
  sigemptyset(&set);
  return close_result(syscall(SYS_signalfd4, -1, &set, sizeof(uint64_t), O_CLOEXEC));
}

static long try_prlimit64(void) {
  struct rlimit rl;
  return syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl);
}

static long try_prlimit64_set(void) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
    return -1;
  return syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl, NULL); /* the same limit again */
}

static long try_execve(void) {
  char *const argv[] = {(char *)NOWHERE, NULL};
  char *const envp[] = {NULL};
  return syscall(SYS_execve, NOWHERE, argv, envp);
}

static long try_sched_getaffinity(void) {
  cpu_set_t set;
  return syscall(SYS_sched_getaffinity, 0, sizeof(set), &set);
}

static long try_getrandom(void) {
  char buf[16];
  return syscall(SYS_getrandom, buf, sizeof(buf), 0);
}

static long try_clock_gettime(void) {
  struct timespec ts;
  return syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
}

static long try_clock_nanosleep(void) {
  struct timespec ts = {0, 1000};
  return syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL);
}

static long try_nanosleep(void) {
  struct timespec ts = {0, 1000};
  return syscall(SYS_nanosleep, &ts, NULL);
}

static long try_rt_sigaction(void) {
  struct sigaction sa;
  return sigaction(SIGUSR1, NULL, &sa); /* query only */
}

static long try_rt_sigprocmask(void) {
  sigset_t set;
  return sigprocmask(SIG_BLOCK, NULL, &set); /* query only */
}

static long try_sigaltstack(void) {
  stack_t ss;
  return sigaltstack(NULL, &ss); /* query only */
}

static long try_uname(void) {
  struct utsname u;
  return syscall(SYS_uname, &u);
}

static long try_sysinfo(void) {
  char buf[256]; /* struct sysinfo and then some */
  return syscall(SYS_sysinfo, buf);
}

static long try_newfstatat(void) {
  struct stat st;
  return syscall(SYS_newfstatat, AT_FDCWD, "/", &st, 0);
}

static long try_statx(void) {
  struct statx stx;
  return syscall(SYS_statx, AT_FDCWD, "/", 0, STATX_BASIC_STATS, &stx);
}

static long try_getcwd(void) {
  char buf[4096];
  return syscall(SYS_getcwd, buf, sizeof(buf));
}

static long try_personality_set(void) {
  long old = syscall(SYS_personality, 0xffffffffUL);
  long r = syscall(SYS_personality, 0x0008UL /* PER_LINUX32 */);
  if (r >= 0 && old >= 0)
    syscall(SYS_personality, (unsigned long)old);
  return r;
}

static long try_getxattr(void) {
  char buf[64];
  return syscall(SYS_getxattr, "/", "user.secexec-try-syscall", buf, sizeof(buf));
}

static long try_mlock(void) {
  static char page[4096] __attribute__((aligned(4096)));
  long r = syscall(SYS_mlock, page, sizeof(page));
  if (r == 0)
    munlock(page, sizeof(page));
  return r;
}

static long try_modify_ldt(void) {
  char buf[16];
  return syscall(SYS_modify_ldt, 0 /* read */, buf, sizeof(buf));
}

static long try_adjtimex(void) {
  struct timex tx = {.modes = 0}; /* read-only */
  return syscall(SYS_adjtimex, &tx);
}

static long try_clock_adjtime(void) {
  struct timex tx = {.modes = 0}; /* read-only */
  return syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
}

static long try_clock_settime(void) {
  struct timespec ts = {0, 0};
  return syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts); /* never settable */
}

static long try_seccomp(void) {
  uint32_t action = SECCOMP_RET_KILL_PROCESS;
  return syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action); /* a query */
}

static long try_process_vm_readv(void) {
  return syscall(SYS_process_vm_readv, getpid(), NULL, 0, NULL, 0, 0); /* nothing to copy */
}

static long try_process_vm_writev(void) {
  return syscall(SYS_process_vm_writev, getpid(), NULL, 0, NULL, 0, 0); /* nothing to copy */
}

/* Calls that are a single expression. */
#define TRY(id, expr)                                                                                                  \
  static long try_##id(void) {                                                                                        \
    return (long)(expr);                                                                                               \
  }

TRY(getpid, syscall(SYS_getpid))
TRY(getppid, syscall(SYS_getppid))
TRY(gettid, syscall(SYS_gettid))
TRY(getuid, syscall(SYS_getuid))
TRY(read, syscall(SYS_read, -1, NULL, 0))
TRY(write, syscall(SYS_write, -1, NULL, 0))
TRY(close, syscall(SYS_close, -1))
TRY(openat, close_result(syscall(SYS_openat, AT_FDCWD, NOWHERE, O_RDONLY | O_CLOEXEC)))
TRY(openat_root, close_result(syscall(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC)))
TRY(getdents64, syscall(SYS_getdents64, -1, NULL, 0))
TRY(mkdirat, syscall(SYS_mkdirat, AT_FDCWD, NOWHERE "/d", 0700))
TRY(unlinkat, syscall(SYS_unlinkat, AT_FDCWD, NOWHERE "/f", 0))
TRY(renameat2, syscall(SYS_renameat2, AT_FDCWD, NOWHERE "/a", AT_FDCWD, NOWHERE "/b", 0))
TRY(readlinkat, syscall(SYS_readlinkat, AT_FDCWD, NOWHERE, (char[64]){0}, 64))
TRY(fcntl, syscall(SYS_fcntl, -1, F_GETFD))
TRY(dup, syscall(SYS_dup, -1))
TRY(lseek, syscall(SYS_lseek, -1, 0, SEEK_SET))
TRY(ioctl_tcgets, syscall(SYS_ioctl, -1, TCGETS, NULL))
TRY(ioctl_tiocgwinsz, syscall(SYS_ioctl, -1, TIOCGWINSZ, NULL))
TRY(ioctl_fionbio, syscall(SYS_ioctl, -1, FIONBIO, NULL))
TRY(ioctl_tiocsti, syscall(SYS_ioctl, -1, TIOCSTI, "x"))
TRY(ioctl_ficlone, syscall(SYS_ioctl, -1, 0x40049409UL /* FICLONE */, -1))
TRY(socket, close_result(syscall(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)))
TRY(connect, syscall(SYS_connect, -1, NULL, 0))
TRY(accept4, syscall(SYS_accept4, -1, NULL, NULL, 0))
TRY(epoll_create1, close_result(syscall(SYS_epoll_create1, EPOLL_CLOEXEC)))
TRY(eventfd2, close_result(syscall(SYS_eventfd2, 0, O_CLOEXEC)))
TRY(timerfd_create, close_result(syscall(SYS_timerfd_create, CLOCK_MONOTONIC, O_CLOEXEC)))
TRY(wait4, syscall(SYS_wait4, -1, NULL, WNOHANG, NULL))
TRY(kill, syscall(SYS_kill, getpid(), 0))
TRY(tgkill, syscall(SYS_tgkill, getpid(), gettid(), 0))
TRY(tkill, syscall(SYS_tkill, gettid(), 0))
TRY(sched_yield, syscall(SYS_sched_yield))
TRY(membarrier, syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0))
TRY(pkey_alloc, syscall(SYS_pkey_alloc, 0, 0)) /* ENOSPC/EINVAL without PKU: still let through */
TRY(rseq, syscall(SYS_rseq, NULL, 0, 0, 0))   /* EINVAL: let through, registers nothing */
TRY(set_robust_list, syscall(SYS_set_robust_list, NULL, 0))
TRY(prctl, syscall(SYS_prctl, PR_SET_NAME, "try-syscall", 0, 0, 0))
TRY(umask, syscall(SYS_umask, 022))
TRY(chdir, syscall(SYS_chdir, "/"))
TRY(personality, syscall(SYS_personality, 0xffffffffUL)) /* query */
TRY(io_uring_setup, syscall(SYS_io_uring_setup, 0, NULL))
TRY(memfd_create, close_result(syscall(SYS_memfd_create, "try-syscall", MFD_CLOEXEC)))
TRY(setuid, syscall(SYS_setuid, getuid()))
TRY(setsid, syscall(SYS_setsid))
TRY(mknodat, syscall(SYS_mknodat, AT_FDCWD, NOWHERE "/fifo", S_IFIFO | 0600, 0))
TRY(fanotify_init, close_result(syscall(SYS_fanotify_init, 0, 0)))
/* the killed set */
TRY(ptrace, syscall(SYS_ptrace, 16 /* PTRACE_ATTACH */, 0 /* no such pid */, NULL, NULL))
TRY(kcmp, syscall(SYS_kcmp, getpid(), getpid(), 0 /* KCMP_FILE */, 0, 0))
TRY(pidfd_getfd, syscall(SYS_pidfd_getfd, -1, 0, 0))
TRY(mount, syscall(SYS_mount, "none", NOWHERE, "tmpfs", 0UL, NULL))
TRY(umount2, syscall(SYS_umount2, NOWHERE, 0))
TRY(pivot_root, syscall(SYS_pivot_root, NOWHERE, NOWHERE))
TRY(chroot, syscall(SYS_chroot, NOWHERE))
TRY(fsopen, close_result(syscall(SYS_fsopen, NULL, 0)))
TRY(fsconfig, syscall(SYS_fsconfig, -1, 0, NULL, NULL, 0))
TRY(fsmount, close_result(syscall(SYS_fsmount, -1, 0, 0)))
TRY(fspick, close_result(syscall(SYS_fspick, -1, "", 0)))
TRY(move_mount, syscall(SYS_move_mount, -1, "", -1, "", 0))
TRY(open_tree, close_result(syscall(SYS_open_tree, -1, NOWHERE, 0)))
TRY(mount_setattr, syscall(SYS_mount_setattr, -1, "", 0, NULL, 0))
TRY(unshare, syscall(SYS_unshare, CLONE_NEWUSER))
TRY(setns, syscall(SYS_setns, -1, 0))
TRY(bpf, syscall(SYS_bpf, -1, NULL, 0))
TRY(perf_event_open, close_result(syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0)))
TRY(userfaultfd, close_result(syscall(SYS_userfaultfd, 0x7fff0000 /* invalid flags */)))
TRY(keyctl, syscall(SYS_keyctl, -1, 0, 0, 0, 0))
TRY(add_key, syscall(SYS_add_key, NULL, NULL, NULL, 0, 0))
TRY(request_key, syscall(SYS_request_key, NULL, NULL, NULL, 0))
TRY(init_module, syscall(SYS_init_module, NULL, 0, ""))
TRY(finit_module, syscall(SYS_finit_module, -1, "", 0))
TRY(delete_module, syscall(SYS_delete_module, "secexec_try_syscall_none", O_NONBLOCK))
TRY(create_module, syscall(SYS_create_module, NULL, 0))
TRY(get_kernel_syms, syscall(SYS_get_kernel_syms, NULL))
TRY(query_module, syscall(SYS_query_module, NULL, 0, NULL, 0, NULL))
TRY(kexec_load, syscall(SYS_kexec_load, 0, 0, NULL, 0xffff0000UL /* invalid arch */))
TRY(kexec_file_load, syscall(SYS_kexec_file_load, -1, -1, 0, NULL, 0xffffUL /* invalid flags */))
TRY(reboot, syscall(SYS_reboot, 0, 0, 0, NULL)) /* bad magic: EINVAL */
TRY(swapon, syscall(SYS_swapon, NULL, 0))
TRY(swapoff, syscall(SYS_swapoff, NULL))
TRY(acct, syscall(SYS_acct, NOWHERE))
TRY(quotactl, syscall(SYS_quotactl, 0, NULL, 0, NULL))
TRY(quotactl_fd, syscall(SYS_quotactl_fd, -1, 0, 0, NULL))
TRY(open_by_handle_at, syscall(SYS_open_by_handle_at, -1, NULL, 0))
TRY(name_to_handle_at, syscall(SYS_name_to_handle_at, AT_FDCWD, "/", NULL, NULL, 0))
TRY(iopl, syscall(SYS_iopl, 0))
TRY(ioperm, syscall(SYS_ioperm, 0, 0, 0)) /* an empty range: EINVAL */
TRY(settimeofday, syscall(SYS_settimeofday, NULL, NULL)) /* sets nothing */
TRY(syslog, syscall(SYS_syslog, 10 /* SYSLOG_ACTION_SIZE_BUFFER */, NULL, 0))
TRY(vhangup, syscall(SYS_vhangup)) /* main() dropped the controlling terminal */
TRY(lookup_dcookie, syscall(SYS_lookup_dcookie, 0, NULL, 0))
TRY(nfsservctl, syscall(SYS_nfsservctl, 0, NULL, NULL))
TRY(uselib, syscall(SYS_uselib, NULL))
TRY(_sysctl, syscall(SYS__sysctl, NULL))
TRY(execveat, syscall(SYS_execveat, -1, "", NULL, NULL, AT_EMPTY_PATH))

#define ENTRY(id) {#id, try_##id}

static const struct {
  const char *name;
  long (*fn)(void);
} cases[] = {
    ENTRY(getpid), ENTRY(getppid), ENTRY(gettid), ENTRY(getuid), ENTRY(read), ENTRY(write), ENTRY(close),
    ENTRY(openat), ENTRY(openat_root), ENTRY(newfstatat), ENTRY(statx), ENTRY(getdents64), ENTRY(mkdirat),
    ENTRY(unlinkat), ENTRY(renameat2), ENTRY(readlinkat), ENTRY(fcntl), ENTRY(dup), ENTRY(lseek), ENTRY(getcwd),
    ENTRY(chdir), ENTRY(umask), ENTRY(mmap), ENTRY(mprotect), ENTRY(madvise), ENTRY(mremap), ENTRY(munmap),
    ENTRY(futex), ENTRY(membarrier), ENTRY(pkey_alloc), ENTRY(rseq), ENTRY(set_robust_list), ENTRY(prctl),
    ENTRY(clone_thread), ENTRY(pthread), ENTRY(clone_thread_newuser), ENTRY(clone_ns), ENTRY(clone_fork),
    ENTRY(fork), ENTRY(vfork), ENTRY(clone3), ENTRY(ioctl_tcgets), ENTRY(ioctl_tiocgwinsz), ENTRY(ioctl_fionbio),
    ENTRY(ioctl_fionread), ENTRY(ioctl_tiocsti), ENTRY(ioctl_ficlone), ENTRY(pipe2), ENTRY(socket),
    ENTRY(socketpair), ENTRY(connect), ENTRY(accept4), ENTRY(epoll_create1), ENTRY(eventfd2), ENTRY(timerfd_create),
    ENTRY(signalfd4), ENTRY(wait4), ENTRY(kill), ENTRY(tgkill), ENTRY(tkill), ENTRY(sched_yield),
    ENTRY(sched_getaffinity), ENTRY(getrandom), ENTRY(clock_gettime), ENTRY(clock_nanosleep), ENTRY(nanosleep),
    ENTRY(rt_sigaction), ENTRY(rt_sigprocmask), ENTRY(sigaltstack), ENTRY(uname), ENTRY(sysinfo), ENTRY(prlimit64),
    ENTRY(prlimit64_set), ENTRY(personality), ENTRY(personality_set), ENTRY(io_uring_setup), ENTRY(memfd_create),
    ENTRY(setuid), ENTRY(setsid), ENTRY(mknodat), ENTRY(fanotify_init), ENTRY(getxattr), ENTRY(mlock),
    /* the killed set */
    ENTRY(execve), ENTRY(execveat), ENTRY(ptrace), ENTRY(process_vm_readv), ENTRY(process_vm_writev),
    ENTRY(pidfd_getfd), ENTRY(kcmp), ENTRY(mount), ENTRY(umount2), ENTRY(pivot_root), ENTRY(chroot), ENTRY(fsopen),
    ENTRY(fsconfig), ENTRY(fsmount), ENTRY(fspick), ENTRY(move_mount), ENTRY(open_tree), ENTRY(mount_setattr),
    ENTRY(unshare), ENTRY(setns), ENTRY(bpf), ENTRY(perf_event_open), ENTRY(userfaultfd), ENTRY(keyctl),
    ENTRY(add_key), ENTRY(request_key), ENTRY(init_module), ENTRY(finit_module), ENTRY(delete_module),
    ENTRY(create_module), ENTRY(get_kernel_syms), ENTRY(query_module), ENTRY(kexec_load), ENTRY(kexec_file_load),
    ENTRY(reboot), ENTRY(swapon), ENTRY(swapoff), ENTRY(acct), ENTRY(quotactl), ENTRY(quotactl_fd),
    ENTRY(open_by_handle_at), ENTRY(name_to_handle_at), ENTRY(iopl), ENTRY(ioperm), ENTRY(modify_ldt),
    ENTRY(settimeofday), ENTRY(clock_settime), ENTRY(clock_adjtime), ENTRY(adjtimex), ENTRY(syslog),
    ENTRY(vhangup), ENTRY(lookup_dcookie), ENTRY(nfsservctl), ENTRY(uselib), ENTRY(_sysctl), ENTRY(seccomp),
};

static int read_program(const char *path, char **ret_buf, size_t *ret_len) {
  _cleanup_close_ int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -errno;
  const size_t max = BPF_MAXINSNS * sizeof(struct sock_filter);
  _cleanup_free_ char *buf = malloc(max + 1);
  if (!buf)
    return -ENOMEM;
  size_t len = 0;
  for (;;) {
    ssize_t n = read(fd, buf + len, max + 1 - len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -errno;
    }
    if (n == 0)
      break;
    len += (size_t)n;
    if (len > max)
      return -EFBIG;
  }
  *ret_buf = TAKE_PTR(buf);
  *ret_len = len;
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--list") == 0) {
    for (size_t i = 0; i < ELEMENTSOF(cases); i++)
      puts(cases[i].name);
    return 0;
  }
  if (argc < 3) {
    fprintf(stderr, "usage: %s PROFILE.bpf|--no-filter NAME...\n       %s --list\n", argv[0], argv[0]);
    return 2;
  }
  for (int i = 2; i < argc; i++) {
    size_t k = 0;
    while (k < ELEMENTSOF(cases) && strcmp(cases[k].name, argv[i]) != 0)
      k++;
    if (k == ELEMENTSOF(cases)) {
      fprintf(stderr, "try-syscall: unknown syscall case \"%s\" (see --list)\n", argv[i]);
      return 2;
    }
  }

  _cleanup_free_ char *bpf = NULL;
  size_t len = 0;
  bool filter = strcmp(argv[1], "--no-filter") != 0;
  if (filter) {
    int r = read_program(argv[1], &bpf, &len);
    if (r < 0) {
      fprintf(stderr, "try-syscall: cannot read %s: %s\n", argv[1], strerror(-r));
      return 1;
    }
  }

  /* Everything that must not need a syscall later is done now. A killed
   * helper must not leave a core dump behind; vhangup must find no
   * controlling terminal to hang up if the filter ever let it through. */
  setvbuf(stdout, NULL, _IOLBF, 0);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  int tty = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (tty >= 0) {
    if (getsid(0) != getpid())
      ioctl(tty, TIOCNOTTY);
    close(tty);
  }

  if (filter) {
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) {
      fprintf(stderr, "try-syscall: cannot set no_new_privs: %m\n");
      return 1;
    }
    int r = seccomp_install_bpf(bpf, len);
    if (r < 0) {
      fprintf(stderr, "try-syscall: cannot install %s: %s\n", argv[1], strerror(-r));
      return 1;
    }
  }

  for (int i = 2; i < argc; i++) {
    size_t k = 0;
    while (strcmp(cases[k].name, argv[i]) != 0)
      k++;
    errno = 0;
    long r = cases[k].fn();
    int e = errno;
    if (r >= 0)
      printf("%s ok\n", argv[i]);
    else
      printf("%s errno=%s\n", argv[i], errno_name(e));
  }
  return 0;
}
