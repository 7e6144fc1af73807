/* TAP test of the seccomp profile compiler and of the default profile.
 *
 *   test-seccomp-profile PATH/TO/seccomp-profiles/default.json
 *
 * Checks that the default profile loads and exports, holds one commented
 * entry per syscall and keeps its security-critical rules (dangerous set
 * killed, clone threads-only, clone3 ENOSYS); that malformed profiles are
 * refused with -EINVAL and a message naming the culprit; and, in forked
 * children, that the exported blob really installs and filters. */
#define _GNU_SOURCE
#include <errno.h>
#include <jansson.h>
#include <linux/filter.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../kernel-shim/cleanup.h"
#include "../../runtime/seccomp-profile.h"
#include "tap.h"

static void seccomp_releasep(scmp_filter_ctx *ctx) {
  if (*ctx)
    seccomp_release(*ctx);
}

static char *read_all(const char *path, size_t *ret_len) {
  FILE *f = fopen(path, "re");
  if (!f)
    return NULL;
  char *buf = NULL;
  size_t cap = 0;
  ssize_t n = getdelim(&buf, &cap, '\0', f);
  fclose(f);
  if (n < 0) {
    free(buf);
    return NULL;
  }
  *ret_len = (size_t)n;
  return buf;
}

/* Loads json and expects -EINVAL with a message containing every needle. */
static void expect_invalid(const char *what, const char *json, const char *needle1, const char *needle2) {
  _cleanup_(seccomp_releasep) scmp_filter_ctx ctx = NULL;
  _cleanup_free_ char *msg = NULL;
  int r = seccomp_profile_load(json, strlen(json), &ctx, &msg);
  bool refused = r == -EINVAL && !ctx && msg && strstr(msg, needle1) && (!needle2 || strstr(msg, needle2));
  if (!ok(refused, "rejects %s", what))
    printf("# r=%d msg=%s (wanted \"%s\"%s%s%s)\n", r, msg ? msg : "(null)", needle1, needle2 ? " and \"" : "",
           needle2 ? needle2 : "", needle2 ? "\"" : "");
}

static int load_ok(const char *json) {
  _cleanup_(seccomp_releasep) scmp_filter_ctx ctx = NULL;
  _cleanup_free_ char *msg = NULL;
  int r = seccomp_profile_load(json, strlen(json), &ctx, &msg);
  if (r < 0)
    printf("# r=%d msg=%s\n", r, msg ? msg : "(null)");
  return r;
}

static json_t *entry_for(json_t *syscalls, const char *name) {
  for (size_t i = 0; i < json_array_size(syscalls); i++) {
    json_t *e = json_array_get(syscalls, i);
    json_t *names = json_object_get(e, "names");
    for (size_t j = 0; j < json_array_size(names); j++) {
      const char *n = json_string_value(json_array_get(names, j));
      if (n && strcmp(n, name) == 0)
        return e;
    }
  }
  return NULL;
}

static const char *action_of(json_t *syscalls, const char *name) {
  json_t *e = entry_for(syscalls, name);
  return e ? json_string_value(json_object_get(e, "action")) : NULL;
}

static void test_profile_content(const char *text, size_t len) {
  json_error_t jerr;
  json_auto_t *root = json_loadb(text, len, 0, &jerr);
  json_t *syscalls = json_object_get(root, "syscalls");
  if (!ok(json_is_array(syscalls), "default profile has a syscalls array"))
    return;

  ok(strcmp(json_string_value(json_object_get(root, "defaultAction")) ?: "", "SCMP_ACT_ERRNO") == 0 &&
            json_integer_value(json_object_get(root, "defaultErrnoRet")) == EPERM,
        "default action is EPERM");

  size_t i;
  json_t *e;
  bool one_name = true, commented = true, unique = true;
  json_array_foreach(syscalls, i, e) {
    json_t *names = json_object_get(e, "names");
    const char *name = json_string_value(json_array_get(names, 0));
    if (json_array_size(names) != 1 || !name) {
      one_name = false;
      printf("# syscalls[%zu] does not list exactly one name\n", i);
      continue;
    }
    const char *c = json_string_value(json_object_get(e, "comment"));
    if (!c || !*c) {
      commented = false;
      printf("# %s has no comment\n", name);
    }
    for (size_t j = 0; j < i; j++)
      if (json_equal(json_array_get(json_object_get(json_array_get(syscalls, j), "names"), 0),
                     json_array_get(names, 0))) {
        unique = false;
        printf("# %s is listed twice\n", name);
      }
  }
  ok(one_name, "every entry names exactly one syscall");
  ok(commented, "every entry has a non-empty comment");
  ok(unique, "no syscall is listed twice");

  static const char *const killed[] = {
      "ptrace", "mount", "umount2", "pivot_root", "chroot", "unshare", "setns", "bpf", "kexec_load",
      "kexec_file_load", "init_module", "finit_module", "delete_module", "keyctl", "add_key", "request_key",
      "process_vm_readv", "process_vm_writev", "userfaultfd", "perf_event_open", "execve", "execveat",
      "open_by_handle_at", "name_to_handle_at", "fsopen", "fsmount", "fsconfig", "fspick", "move_mount",
      "open_tree", "swapon", "swapoff", "reboot", "acct", "iopl", "ioperm", "quotactl", "lookup_dcookie",
      "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "syslog", "vhangup", "nfsservctl", "uselib",
      "kcmp", "seccomp",
  };
  bool all_killed = true;
  for (size_t k = 0; k < ELEMENTSOF(killed); k++) {
    const char *a = action_of(syscalls, killed[k]);
    if (!a || strcmp(a, "SCMP_ACT_KILL_PROCESS") != 0 || json_object_get(entry_for(syscalls, killed[k]), "args")) {
      all_killed = false;
      printf("# %s is not unconditionally SCMP_ACT_KILL_PROCESS\n", killed[k]);
    }
  }
  ok(all_killed, "the dangerous set is killed (%zu syscalls)", ELEMENTSOF(killed));

  static const char *const allowed[] = {
      "read", "write", "openat", "close", "mmap", "munmap", "mprotect", "madvise", "mremap", "futex",
      "epoll_wait", "epoll_ctl", "epoll_create1", "eventfd2", "getrandom", "clock_gettime", "rt_sigreturn",
      "exit_group", "membarrier", "pkey_alloc", "rseq", "set_robust_list", "sched_getaffinity", "gettid", "tgkill",
  };
  bool all_allowed = true;
  for (size_t k = 0; k < ELEMENTSOF(allowed); k++) {
    const char *a = action_of(syscalls, allowed[k]);
    if (!a || strcmp(a, "SCMP_ACT_ALLOW") != 0 || json_object_get(entry_for(syscalls, allowed[k]), "args")) {
      all_allowed = false;
      printf("# %s is not unconditionally allowed\n", allowed[k]);
    }
  }
  ok(all_allowed, "what glibc, libuv and V8 cannot live without is allowed");

  json_t *clone3 = entry_for(syscalls, "clone3");
  ok(clone3 && strcmp(json_string_value(json_object_get(clone3, "action")) ?: "", "SCMP_ACT_ERRNO") == 0 &&
            json_integer_value(json_object_get(clone3, "errnoRet")) == ENOSYS,
        "clone3 fails with ENOSYS");

  /* The one rule must hold every CLONE_NEW* flag under its mask with 0
   * expected there, and CLONE_THREAD with 1 expected. */
  const uint64_t ns_flags = CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER |
                            CLONE_NEWPID | CLONE_NEWNET;
  json_t *clone = entry_for(syscalls, "clone");
  json_t *cargs = json_object_get(clone, "args");
  json_t *c0 = json_array_get(cargs, 0);
  uint64_t mask = (uint64_t)json_integer_value(json_object_get(c0, "value"));
  uint64_t want = (uint64_t)json_integer_value(json_object_get(c0, "valueTwo"));
  ok(clone && strcmp(json_string_value(json_object_get(clone, "action")) ?: "", "SCMP_ACT_ALLOW") == 0 &&
            json_array_size(cargs) == 1 && json_integer_value(json_object_get(c0, "index")) == 0 &&
            strcmp(json_string_value(json_object_get(c0, "op")) ?: "", "SCMP_CMP_MASKED_EQ") == 0 &&
            (mask & ns_flags) == ns_flags && (mask & CLONE_THREAD) && (want & ns_flags) == 0 &&
            (want & CLONE_THREAD),
        "clone is allowed only for threads without namespace flags");

  json_t *ioctl = entry_for(syscalls, "ioctl");
  json_t *iargs = json_object_get(ioctl, "args");
  bool ioctl_ok = json_array_size(iargs) > 0;
  json_t *a;
  json_array_foreach(iargs, i, a) {
    json_int_t v = json_integer_value(json_object_get(a, "value"));
    ioctl_ok = ioctl_ok && json_integer_value(json_object_get(a, "index")) == 1 &&
               strcmp(json_string_value(json_object_get(a, "op")) ?: "", "SCMP_CMP_EQ") == 0 &&
               (v == 0x5401 /* TCGETS */ || v == 0x5402 /* TCSETS */ || v == 0x5403 /* TCSETSW */ ||
                v == 0x5404 /* TCSETSF */ || v == 0x5413 /* TIOCGWINSZ */ || v == 0x541B /* FIONREAD */ ||
                v == 0x5421 /* FIONBIO */ || v == 0x5450 /* FIONCLEX */ || v == 0x5451 /* FIOCLEX */);
  }
  ok(ioctl_ok, "ioctl is limited to a few harmless requests");
}

static void test_malformed(void) {
  expect_invalid("bad JSON", "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [}", "invalid JSON", "line 1");
  expect_invalid("a non-object profile", "[]", "JSON object", NULL);
  expect_invalid("an empty profile", "", "empty", NULL);
  expect_invalid("duplicate keys", "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultAction\": \"SCMP_ACT_ALLOW\"}",
                 "invalid JSON", "defaultAction");
  expect_invalid("a missing defaultAction", "{\"syscalls\": []}", "defaultAction", NULL);
  expect_invalid("an unknown default action", "{\"defaultAction\": \"SCMP_ACT_NOPE\", \"syscalls\": []}",
                 "SCMP_ACT_NOPE", "defaultAction");
  expect_invalid("a missing syscalls array", "{\"defaultAction\": \"SCMP_ACT_ERRNO\"}", "syscalls", NULL);
  expect_invalid("syscalls of the wrong type", "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": {}}",
                 "syscalls", "array");
  expect_invalid("an unknown top-level key",
                 "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [], \"archMap\": []}", "archMap", NULL);
  expect_invalid("defaultErrnoRet with a non-errno action",
                 "{\"defaultAction\": \"SCMP_ACT_KILL_PROCESS\", \"defaultErrnoRet\": 1, \"syscalls\": []}",
                 "defaultErrnoRet", NULL);
  expect_invalid("an out-of-range defaultErrnoRet",
                 "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultErrnoRet\": 5000, \"syscalls\": []}",
                 "defaultErrnoRet", "5000");
  expect_invalid("an unknown architecture",
                 "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"architectures\": [\"SCMP_ARCH_VAX\"], \"syscalls\": []}",
                 "SCMP_ARCH_VAX", NULL);
  expect_invalid("an architecture listed twice",
                 "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"architectures\": [\"SCMP_ARCH_X86\", \"SCMP_ARCH_X86\"],"
                 " \"syscalls\": []}",
                 "SCMP_ARCH_X86", "twice");

#define P(entry) "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"getpid\"], \"action\": " \
                 "\"SCMP_ACT_ALLOW\"}, " entry "]}"
  expect_invalid("an unknown action", P("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_BOGUS\"}"), "SCMP_ACT_BOGUS",
                 "syscalls[1] (\"read\")");
  expect_invalid("a missing action", P("{\"names\": [\"read\"]}"), "action", "syscalls[1] (\"read\")");
  expect_invalid("a non-string action", P("{\"names\": [\"read\"], \"action\": 3}"), "action", "syscalls[1]");
  expect_invalid("SCMP_ACT_NOTIFY", P("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_NOTIFY\"}"), "SCMP_ACT_NOTIFY",
                 "syscalls[1]");
  expect_invalid("an unknown syscall", P("{\"names\": [\"read\", \"frobnicate\"], \"action\": \"SCMP_ACT_ALLOW\"}"),
                 "frobnicate", "syscalls[1] (\"read\")");
  expect_invalid("a syscall missing on the native architecture",
                 P("{\"names\": [\"socketcall\"], \"action\": \"SCMP_ACT_ALLOW\"}"), "socketcall", "native");
  expect_invalid("missing names", P("{\"action\": \"SCMP_ACT_ALLOW\"}"), "names", "syscalls[1]");
  expect_invalid("empty names", P("{\"names\": [], \"action\": \"SCMP_ACT_ALLOW\"}"), "names", "empty");
  expect_invalid("names that are not an array", P("{\"names\": \"read\", \"action\": \"SCMP_ACT_ALLOW\"}"), "names",
                 "syscalls[1]");
  expect_invalid("non-string names", P("{\"names\": [\"read\", 7], \"action\": \"SCMP_ACT_ALLOW\"}"), "names[1]",
                 "syscalls[1] (\"read\")");
  expect_invalid("an entry that is not an object", P("\"read\""), "syscalls[1]", "object");
  expect_invalid("Docker's includes (a condition that would be lost)",
                 P("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"caps\": [\"X\"]}}"),
                 "includes", "syscalls[1] (\"read\")");
  expect_invalid("errnoRet with ALLOW", P("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\", \"errnoRet\": 1}"),
                 "errnoRet", "syscalls[1]");
  expect_invalid("a non-integer errnoRet",
                 P("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ERRNO\", \"errnoRet\": \"EPERM\"}"), "errnoRet",
                 "integer");
  expect_invalid("a comment that is not a string",
                 P("{\"names\": [\"read\"], \"action\": \"SCMP_ACT_KILL\", \"comment\": 1}"), "comment",
                 "syscalls[1]");
  expect_invalid("a bad op",
                 P("{\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 1, \"value\": 1,"
                   " \"op\": \"SCMP_CMP_SIMILAR\"}]}"),
                 "SCMP_CMP_SIMILAR", "syscalls[1] (\"ioctl\"): args[0]");
  expect_invalid("a missing op",
                 P("{\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 1, \"value\": 1}]}"),
                 "op", "args[0]");
  expect_invalid("an argument index out of range",
                 P("{\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 6, \"value\": 1,"
                   " \"op\": \"SCMP_CMP_EQ\"}]}"),
                 "index", "args[0]");
  expect_invalid("a negative value",
                 P("{\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 1, \"value\": -1,"
                   " \"op\": \"SCMP_CMP_EQ\"}]}"),
                 "value", "args[0]");
  expect_invalid("a value of the wrong type",
                 P("{\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 1, \"value\": 1.5,"
                   " \"op\": \"SCMP_CMP_EQ\"}]}"),
                 "value", "integer");
  expect_invalid("args that are not an array",
                 P("{\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": {\"index\": 1}}"), "args",
                 "array");
  expect_invalid("a masked value outside its mask",
                 P("{\"names\": [\"clone\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 0, \"value\": 1,"
                   " \"valueTwo\": 2, \"op\": \"SCMP_CMP_MASKED_EQ\"}]}"),
                 "mask", "syscalls[1] (\"clone\")");
  expect_invalid("valueTwo with a plain comparison",
                 P("{\"names\": [\"clone\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 0, \"value\": 1,"
                   " \"valueTwo\": 2, \"op\": \"SCMP_CMP_EQ\"}]}"),
                 "valueTwo", "args[0]");
  expect_invalid("an unknown key in args",
                 P("{\"names\": [\"clone\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 0, \"value\": 1,"
                   " \"op\": \"SCMP_CMP_EQ\", \"valueThree\": 0}]}"),
                 "valueThree", "args[0]");
#undef P

  /* libseccomp would silently drop the high half for the 32-bit ABIs. */
  expect_invalid("a 64-bit value when a 32-bit ABI is filtered",
                 "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"architectures\": [\"SCMP_ARCH_X86_64\", \"SCMP_ARCH_X86\"],"
                 " \"syscalls\": [{\"names\": [\"mmap\"], \"action\": \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 1,"
                 " \"value\": 4294967296, \"op\": \"SCMP_CMP_LT\"}]}]}",
                 "32 bits", "syscalls[0] (\"mmap\")");
}

static void test_accepted(void) {
  ok(load_ok("{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"mmap\"], \"action\":"
                " \"SCMP_ACT_ALLOW\", \"args\": [{\"index\": 1, \"value\": 4294967296, \"op\": \"SCMP_CMP_LT\"}]}]}") ==
            0,
        "accepts a 64-bit value when only the native ABI is filtered");
  ok(load_ok("{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"getpid\"], \"action\":"
                " \"SCMP_ACT_ERRNO\"}, {\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\"}]}") == 0,
        "accepts (and skips) a rule equal to the default action");
  ok(load_ok("{\"defaultAction\": \"SCMP_ACT_ALLOW\", \"syscalls\": [{\"names\": [\"ptrace\", \"bpf\"], \"action\":"
                " \"SCMP_ACT_KILL\"}, {\"names\": [\"ioctl\"], \"action\": \"SCMP_ACT_ERRNO\", \"errnoRet\": 25,"
                " \"args\": [{\"index\": 1, \"value\": 21522, \"op\": \"SCMP_CMP_EQ\"}, {\"index\": 1, \"value\": 21505,"
                " \"op\": \"SCMP_CMP_EQ\"}]}, {\"names\": [\"socket\"], \"action\": \"SCMP_ACT_LOG\", \"args\":"
                " [{\"index\": 0, \"value\": 16, \"op\": \"SCMP_CMP_NE\"}, {\"index\": 1, \"value\": 3, \"op\":"
                " \"SCMP_CMP_EQ\"}]}]}") == 0,
        "accepts a deny-list profile with repeated and distinct argument indexes");

  const char *json = "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"nope\"], \"action\":"
                     " \"SCMP_ACT_ALLOW\"}]}";
  _cleanup_(seccomp_releasep) scmp_filter_ctx ctx = NULL;
  ok(seccomp_profile_load(json, strlen(json), &ctx, NULL) == -EINVAL && !ctx,
        "ret_errmsg may be NULL");
}

/* Runs fn in a child that can make itself non-dumpable and filtered
 * without touching this process; returns its wait status. */
static int in_child(int (*fn)(const void *, size_t), const void *bpf, size_t len) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); /* a SIGSYS kill must not dump core */
    _exit(fn(bpf, len));
  }
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      return -1;
  return status;
}

static int child_without_nnp(const void *bpf, size_t len) {
  if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1)
    return 77; /* already set by whoever runs us: nothing to test */
  return seccomp_install_bpf(bpf, len) == -EPERM ? 0 : 1;
}

static int child_filtered(const void *bpf, size_t len) {
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 || seccomp_install_bpf(bpf, len) < 0)
    return 10;
  if (getppid() <= 0)
    return 11;
  if (read(-1, NULL, 0) != -1 || errno != EBADF)
    return 12;
  if (syscall(SYS_clone3, NULL, 0) != -1 || errno != ENOSYS)
    return 13;
  if (syscall(SYS_io_uring_setup, 0, NULL) != -1 || errno != EPERM) /* not listed */
    return 14;
  if (syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0) != -1 || errno != EPERM)
    return 15;
  return 0;
}

static int child_killed(const void *bpf, size_t len) {
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 || seccomp_install_bpf(bpf, len) < 0)
    return 10;
  syscall(SYS_ptrace, 0 /* PTRACE_TRACEME */, 0, 0, 0);
  return 0;
}

static void test_export_and_install(const char *text, size_t len) {
  _cleanup_(seccomp_releasep) scmp_filter_ctx ctx = NULL;
  _cleanup_free_ char *msg = NULL;
  int r = seccomp_profile_load(text, len, &ctx, &msg);
  if (!ok(r == 0 && ctx && !msg, "default profile loads"))
    printf("# r=%d msg=%s\n", r, msg ? msg : "(null)");
  if (!ctx)
    return;

  _cleanup_close_ int fd = memfd_create("bpf", MFD_CLOEXEC);
  r = fd < 0 ? -errno : seccomp_profile_export_bpf(ctx, fd);
  struct stat st = {0};
  if (r == 0 && fstat(fd, &st) < 0)
    r = -errno;
  size_t size = (size_t)st.st_size;
  if (!ok(r == 0 && size > 0 && size % sizeof(struct sock_filter) == 0 &&
                 size / sizeof(struct sock_filter) <= BPF_MAXINSNS,
             "default profile exports a non-empty BPF program (%zu instructions)",
             size / sizeof(struct sock_filter)))
    printf("# r=%d size=%zu\n", r, size);
  ok(seccomp_profile_export_bpf(ctx, -1) == -EINVAL, "export refuses a bad fd");

  _cleanup_free_ char *bpf = malloc(size ? size : 1);
  if (!bpf || pread(fd, bpf, size, 0) != (ssize_t)size) {
    ok(false, "read the exported program back");
    return;
  }

  ok(seccomp_install_bpf(bpf, 0) == -EINVAL && seccomp_install_bpf(bpf, size - 1) == -EINVAL &&
            seccomp_install_bpf(NULL, size) == -EINVAL,
        "install refuses an empty or ragged program");

  int status = in_child(child_without_nnp, bpf, size);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
    printf("ok %d - install refuses to run without no_new_privs # SKIP no_new_privs is already set\n", ++tap_count);
  else
    ok(WIFEXITED(status) && WEXITSTATUS(status) == 0, "install refuses to run without no_new_privs");

  status = in_child(child_filtered, bpf, size);
  if (!ok(WIFEXITED(status) && WEXITSTATUS(status) == 0,
             "installed filter: allowed works, clone3 ENOSYS, unlisted and namespace clone EPERM"))
    printf("# status=0x%x\n", (unsigned)status);

  status = in_child(child_killed, bpf, size);
  if (!ok(WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS, "installed filter: ptrace kills with SIGSYS"))
    printf("# status=0x%x\n", (unsigned)status);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    printf("Bail out! usage: %s seccomp-profiles/default.json\n", argc > 0 ? argv[0] : "test-seccomp-profile");
    return 2;
  }
  size_t len = 0;
  _cleanup_free_ char *text = read_all(argv[1], &len);
  if (!text) {
    printf("Bail out! cannot read %s: %m\n", argv[1]);
    return 2;
  }

  test_export_and_install(text, len);
  test_profile_content(text, len);
  test_malformed();
  test_accepted();

  return tap_done();
}
