#!/usr/bin/env bash
# TAP test of the compiled default seccomp profile, through the same
# installer the runtime uses. Each case runs tests/helpers/try-syscall in a
# fresh process: the helper sets no_new_privs, installs PROFILE_BPF and makes
# the call with harmless arguments. Expected outcomes:
#   allowed    "NAME ok", or an errno only the kernel gives (EBADF for fd -1,
#              ENOENT for a missing path…) — the call got through;
#   refused    "NAME errno=EPERM" — the default action (not listed), or an
#              argument filter (clone with namespace flags, ioctl TIOCSTI…);
#   ENOSYS     clone3, so that glibc falls back to the filtered clone;
#   killed     SIGSYS: bash reports status 159 (128 + 31) and no line.
#
# Environment: TRY_SYSCALL (the helper), PROFILE_BPF (the compiled profile).
set -u

if [ -z "${TRY_SYSCALL:-}" ] || [ -z "${PROFILE_BPF:-}" ]; then
  echo "Bail out! TRY_SYSCALL and PROFILE_BPF must be set"
  exit 1
fi
if [ ! -x "$TRY_SYSCALL" ] || [ ! -s "$PROFILE_BPF" ]; then
  echo "Bail out! missing $TRY_SYSCALL or $PROFILE_BPF"
  exit 1
fi

# A killed helper makes itself non-dumpable; this is a second guard against
# core files from the dozens of SIGSYS deaths below.
ulimit -c 0 2>/dev/null || true

n=0
failed=0
SIGSYS_STATUS=159

pass() {
  n=$((n + 1))
  echo "ok $n - $1"
}

fail() {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  shift
  # every line of the diagnostics, helper output included, as a TAP comment
  printf '%s\n' "$@" | sed 's/^/# /'
}

# try NAME...: runs the helper; sets $out and $status.
try() {
  out=$("$TRY_SYSCALL" "$PROFILE_BPF" "$@" 2>&1)
  status=$?
}

expect_ok() {
  try "$1"
  if [ "$status" = 0 ] && [ "$out" = "$1 ok" ]; then
    pass "$1 is allowed"
  else
    fail "$1 is allowed" "status=$status output: $out"
  fi
}

# expect_errno NAME ERRNO WHAT
expect_errno() {
  try "$1"
  if [ "$status" = 0 ] && [ "$out" = "$1 errno=$2" ]; then
    pass "$1 $3 ($2)"
  else
    fail "$1 $3 ($2)" "status=$status output: $out"
  fi
}

# The call got through whatever it returned, as long as the filter did not
# answer: results that depend on the CPU or kernel (pkeys, rseq…).
expect_through() {
  try "$1"
  case "$status:$out" in
    "0:$1 ok" | "0:$1 errno="*)
      if [ "$out" != "$1 errno=EPERM" ] && [ "$out" != "$1 errno=ENOSYS" ]; then
        pass "$1 reaches the kernel ($out)"
        return
      fi
      ;;
  esac
  fail "$1 reaches the kernel" "status=$status output: $out"
}

expect_killed() {
  try "$1"
  if [ "$status" = "$SIGSYS_STATUS" ] && [ -z "$out" ]; then
    pass "$1 kills the process with SIGSYS"
  else
    fail "$1 kills the process with SIGSYS" "status=$status (want $SIGSYS_STATUS) output: $out"
  fi
}

# --- allowed: what glibc, libuv, V8 and the kernel shim need
allowed_ok=(getpid getppid gettid getuid openat_root newfstatat statx getcwd chdir umask
            mmap mprotect madvise mremap munmap futex membarrier prctl
            clone_thread pthread pipe2 socket socketpair epoll_create1 eventfd2 timerfd_create signalfd4
            kill tgkill sched_yield sched_getaffinity getrandom clock_gettime clock_nanosleep nanosleep
            rt_sigaction rt_sigprocmask sigaltstack uname sysinfo prlimit64 personality ioctl_fionread
            memfd_create)
for name in "${allowed_ok[@]}"; do
  expect_ok "$name"
done

allowed_errno=(read:EBADF write:EBADF close:EBADF openat:ENOENT getdents64:EBADF mkdirat:ENOENT
               unlinkat:ENOENT renameat2:ENOENT readlinkat:ENOENT fcntl:EBADF dup:EBADF lseek:EBADF
               connect:EBADF accept4:EBADF wait4:ECHILD
               ioctl_tcgets:EBADF ioctl_tiocgwinsz:EBADF ioctl_fionbio:EBADF)
for pair in "${allowed_errno[@]}"; do
  expect_errno "${pair%%:*}" "${pair#*:}" "reaches the kernel"
done

for name in pkey_alloc rseq set_robust_list; do
  expect_through "$name"
done

# All of the above in one filtered process, as a real runtime makes them.
names=("${allowed_ok[@]}")
for pair in "${allowed_errno[@]}"; do
  names+=("${pair%%:*}")
done
try "${names[@]}"
lines=$(printf '%s\n' "$out" | grep -c -v -e ' errno=EPERM$' -e ' errno=ENOSYS$')
if [ "$status" = 0 ] && [ "$lines" = "${#names[@]}" ]; then
  pass "one process makes all ${#names[@]} allowed calls in a row"
else
  fail "one process makes all ${#names[@]} allowed calls in a row" "status=$status lines=$lines" "$out"
fi

# --- refused with EPERM: not listed, or outside an argument filter
for name in io_uring_setup setuid setsid mknodat fanotify_init getxattr mlock tkill; do
  expect_errno "$name" EPERM "is not listed: EPERM"
done
expect_errno prlimit64_set EPERM "that sets a limit is refused"
expect_errno personality_set EPERM "to another persona is refused"
expect_errno ioctl_tiocsti EPERM "outside the ioctl allowlist is refused"
expect_errno ioctl_ficlone EPERM "outside the ioctl allowlist is refused"
expect_errno clone_ns EPERM "with a namespace flag is refused"
expect_errno clone_thread_newuser EPERM "of a thread with a namespace flag is refused"
expect_errno clone_fork EPERM "without CLONE_THREAD (a new process) is refused"
expect_errno fork EPERM "is refused"
expect_errno vfork EPERM "is refused"

# --- clone3 must look absent, or glibc would not fall back to clone
expect_errno clone3 ENOSYS "is reported as absent"

# --- killed
killed=(execve execveat ptrace process_vm_readv process_vm_writev pidfd_getfd kcmp
        mount umount2 pivot_root chroot fsopen fsconfig fsmount fspick move_mount open_tree mount_setattr
        unshare setns bpf perf_event_open userfaultfd keyctl add_key request_key
        init_module finit_module delete_module create_module get_kernel_syms query_module
        kexec_load kexec_file_load reboot swapon swapoff acct quotactl quotactl_fd
        open_by_handle_at name_to_handle_at iopl ioperm modify_ldt
        settimeofday clock_settime clock_adjtime adjtimex syslog vhangup
        lookup_dcookie nfsservctl uselib _sysctl seccomp)
for name in "${killed[@]}"; do
  expect_killed "$name"
done

# A kill ends the process at once: nothing after it runs.
try getpid ptrace getppid
if [ "$status" = "$SIGSYS_STATUS" ] && [ "$out" = "getpid ok" ]; then
  pass "a killed call ends the process mid-sequence"
else
  fail "a killed call ends the process mid-sequence" "status=$status output: $out"
fi

# --- controls: without the filter the same calls neither die nor get the
# filter's answer, so the results above are the filter's doing. (clone3 is
# left out: an outer container runtime may itself answer it with ENOSYS.)
out=$("$TRY_SYSCALL" --no-filter mknodat ptrace 2>&1)
status=$?
want=$'mknodat errno=ENOENT\nptrace errno=ESRCH'
if [ "$status" = 0 ] && [ "$out" = "$want" ]; then
  pass "control: unfiltered, mknodat and ptrace reach the kernel"
else
  fail "control: unfiltered, mknodat and ptrace reach the kernel" "status=$status output: $out"
fi

"$TRY_SYSCALL" "$PROFILE_BPF" no_such_case >/dev/null 2>&1
status=$?
if [ "$status" = 2 ]; then
  pass "control: the helper refuses a case it does not know"
else
  fail "control: the helper refuses a case it does not know" "status=$status"
fi

echo "1..$n"
[ "$failed" = 0 ]
