/* Profile (JSON) → libseccomp filter → classic BPF, and BPF → kernel.
 * See seccomp-profile.h for the accepted format. */
#define _GNU_SOURCE
#include "seccomp-profile.h"

#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int seccomp_install_bpf(const void *bpf, size_t len) {
  if (!bpf || len == 0 || len % sizeof(struct sock_filter) != 0 ||
      len / sizeof(struct sock_filter) > BPF_MAXINSNS)
    return -EINVAL;

  /* Checked rather than trusted: with CAP_SYS_ADMIN the kernel would take
   * the filter without no_new_privs, and a later setuid execve could then
   * gain privileges under a filter it does not expect. */
  int nnp = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
  if (nnp < 0)
    return -errno;
  if (nnp != 1)
    return -EPERM;

  struct sock_fprog prog = {
      .len = (unsigned short)(len / sizeof(struct sock_filter)),
      /* The kernel copies the program and never writes to it; struct
       * sock_fprog just has no const member. */
      .filter = (struct sock_filter *)(uintptr_t)bpf,
  };

  /* TSYNC: V8 platform workers and the libuv pool may already run, and a
   * thread left unfiltered would be an open door. */
  long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &prog);
  if (r == 0)
    return 0;
  if (r > 0) /* the id of a thread that could not be synchronised */
    return -EBUSY;
  if (errno != ENOSYS)
    return -errno;

  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) < 0)
    return -errno;
  return 0;
}

#ifndef SECCOMP_PROFILE_INSTALL_ONLY

#include <inttypes.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "../kernel-shim/cleanup.h"

/* Bounds a profile may not exceed; they only stop absurd input. */
#define PROFILE_MAX_NAMES 1024u
#define PROFILE_MAX_ARGS 64u
#define SYSCALL_ARGS 6

static void seccomp_releasep(scmp_filter_ctx *ctx) {
  if (*ctx)
    seccomp_release(*ctx);
}

typedef struct arch_desc {
  const char *name;
  uint32_t token;
  /* libseccomp compares only the low 32 bits of arguments for this ABI */
  bool args_32bit;
} arch_desc_t;

static const arch_desc_t arch_table[] = {
    {"SCMP_ARCH_X86", SCMP_ARCH_X86, true},
    {"SCMP_ARCH_X86_64", SCMP_ARCH_X86_64, false},
    {"SCMP_ARCH_X32", SCMP_ARCH_X32, true},
    {"SCMP_ARCH_ARM", SCMP_ARCH_ARM, true},
    {"SCMP_ARCH_AARCH64", SCMP_ARCH_AARCH64, false},
    {"SCMP_ARCH_MIPS", SCMP_ARCH_MIPS, true},
    {"SCMP_ARCH_MIPS64", SCMP_ARCH_MIPS64, false},
    {"SCMP_ARCH_MIPS64N32", SCMP_ARCH_MIPS64N32, true},
    {"SCMP_ARCH_MIPSEL", SCMP_ARCH_MIPSEL, true},
    {"SCMP_ARCH_MIPSEL64", SCMP_ARCH_MIPSEL64, false},
    {"SCMP_ARCH_MIPSEL64N32", SCMP_ARCH_MIPSEL64N32, true},
    {"SCMP_ARCH_PPC", SCMP_ARCH_PPC, true},
    {"SCMP_ARCH_PPC64", SCMP_ARCH_PPC64, false},
    {"SCMP_ARCH_PPC64LE", SCMP_ARCH_PPC64LE, false},
    {"SCMP_ARCH_S390", SCMP_ARCH_S390, true},
    {"SCMP_ARCH_S390X", SCMP_ARCH_S390X, false},
    {"SCMP_ARCH_PARISC", SCMP_ARCH_PARISC, true},
    {"SCMP_ARCH_PARISC64", SCMP_ARCH_PARISC64, false},
    {"SCMP_ARCH_RISCV64", SCMP_ARCH_RISCV64, false},
};

static const struct {
  const char *name;
  enum scmp_compare op;
} op_table[] = {
    {"SCMP_CMP_NE", SCMP_CMP_NE}, {"SCMP_CMP_LT", SCMP_CMP_LT}, {"SCMP_CMP_LE", SCMP_CMP_LE},
    {"SCMP_CMP_EQ", SCMP_CMP_EQ}, {"SCMP_CMP_GE", SCMP_CMP_GE}, {"SCMP_CMP_GT", SCMP_CMP_GT},
    {"SCMP_CMP_MASKED_EQ", SCMP_CMP_MASKED_EQ},
};

typedef struct profile_parser {
  scmp_filter_ctx ctx;
  uint32_t default_action;
  bool args_32bit; /* some filtered ABI truncates argument values */
  char *errmsg;
} profile_parser_t;

static int fail(profile_parser_t *p, int r, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(profile_parser_t *p, int r, const char *fmt, ...) {
  char *msg = NULL;
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&msg, fmt, ap) < 0)
    msg = NULL;
  va_end(ap);
  free(p->errmsg);
  p->errmsg = msg;
  return r;
}

/* Every key of o must be in allowed[]: an ignored key could be a condition
 * (Docker's "includes", "excludes") whose loss widens the filter. */
static int check_keys(profile_parser_t *p, json_t *o, const char *where, const char *const *allowed,
                      size_t n_allowed) {
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    bool known = false;
    for (size_t i = 0; i < n_allowed && !known; i++)
      known = strcmp(key, allowed[i]) == 0;
    if (!known)
      return fail(p, -EINVAL, "%s: unknown key \"%s\"", where, key);
  }
  return 0;
}

/* errno_ret is the "errnoRet"/"defaultErrnoRet" value or NULL when absent;
 * key is its name, for messages. */
static int parse_action(profile_parser_t *p, const char *where, json_t *action, json_t *errno_ret,
                        const char *key, uint32_t *ret_action) {
  if (!action)
    return fail(p, -EINVAL, "%s: \"action\" is missing", where);
  if (!json_is_string(action))
    return fail(p, -EINVAL, "%s: the action must be a string", where);

  const char *name = json_string_value(action);
  uint32_t data_max = 0;
  uint32_t a;
  if (strcmp(name, "SCMP_ACT_ALLOW") == 0)
    a = SCMP_ACT_ALLOW;
  else if (strcmp(name, "SCMP_ACT_ERRNO") == 0)
    a = SCMP_ACT_ERRNO(0), data_max = 4095; /* beyond MAX_ERRNO it is no error */
  else if (strcmp(name, "SCMP_ACT_TRACE") == 0)
    a = SCMP_ACT_TRACE(0), data_max = 0xffff;
  else if (strcmp(name, "SCMP_ACT_KILL") == 0 || strcmp(name, "SCMP_ACT_KILL_THREAD") == 0)
    a = SCMP_ACT_KILL_THREAD;
  else if (strcmp(name, "SCMP_ACT_KILL_PROCESS") == 0)
    a = SCMP_ACT_KILL_PROCESS;
  else if (strcmp(name, "SCMP_ACT_TRAP") == 0)
    a = SCMP_ACT_TRAP;
  else if (strcmp(name, "SCMP_ACT_LOG") == 0)
    a = SCMP_ACT_LOG;
  else if (strcmp(name, "SCMP_ACT_NOTIFY") == 0)
    return fail(p, -EINVAL, "%s: SCMP_ACT_NOTIFY needs a listener, which a compiled filter cannot carry", where);
  else
    return fail(p, -EINVAL, "%s: unknown action \"%s\"", where, name);

  if (errno_ret && data_max == 0)
    return fail(p, -EINVAL, "%s: \"%s\" is only meaningful with SCMP_ACT_ERRNO or SCMP_ACT_TRACE", where, key);
  if (data_max > 0) {
    json_int_t data = EPERM; /* Docker's default for both */
    if (errno_ret) {
      if (!json_is_integer(errno_ret))
        return fail(p, -EINVAL, "%s: \"%s\" must be an integer", where, key);
      data = json_integer_value(errno_ret);
      if (data < 0 || data > (json_int_t)data_max)
        return fail(p, -EINVAL, "%s: \"%s\" %" JSON_INTEGER_FORMAT " is out of range 0..%u", where, key, data,
                    data_max);
    }
    a |= (uint32_t)data;
  }
  *ret_action = a;
  return 0;
}

static int parse_u64(profile_parser_t *p, const char *where, size_t i, json_t *o, const char *key, bool required,
                     uint64_t *ret) {
  json_t *v = json_object_get(o, key);
  if (!v) {
    if (required)
      return fail(p, -EINVAL, "%s: args[%zu]: \"%s\" is missing", where, i, key);
    *ret = 0;
    return 0;
  }
  /* jansson stores integers as signed 64 bits, so values of 2^63 and above
   * already fail to parse; a negative one is a mistake. */
  if (!json_is_integer(v) || json_integer_value(v) < 0)
    return fail(p, -EINVAL, "%s: args[%zu]: \"%s\" must be a non-negative integer", where, i, key);
  *ret = (uint64_t)json_integer_value(v);
  return 0;
}

static int parse_arg(profile_parser_t *p, const char *where, size_t i, json_t *arg, struct scmp_arg_cmp *ret) {
  static const char *const keys[] = {"index", "value", "valueTwo", "op"};
  char at[256];
  snprintf(at, sizeof(at), "%s: args[%zu]", where, i);

  if (!json_is_object(arg))
    return fail(p, -EINVAL, "%s must be an object", at);
  int r = check_keys(p, arg, at, keys, ELEMENTSOF(keys));
  if (r < 0)
    return r;

  json_t *index = json_object_get(arg, "index");
  if (!index)
    return fail(p, -EINVAL, "%s: \"index\" is missing", at);
  if (!json_is_integer(index) || json_integer_value(index) < 0 || json_integer_value(index) >= SYSCALL_ARGS)
    return fail(p, -EINVAL, "%s: \"index\" must be an integer in 0..%d", at, SYSCALL_ARGS - 1);

  json_t *op = json_object_get(arg, "op");
  if (!op)
    return fail(p, -EINVAL, "%s: \"op\" is missing", at);
  if (!json_is_string(op))
    return fail(p, -EINVAL, "%s: \"op\" must be a string", at);
  const char *op_name = json_string_value(op);
  size_t k = 0;
  while (k < ELEMENTSOF(op_table) && strcmp(op_table[k].name, op_name) != 0)
    k++;
  if (k == ELEMENTSOF(op_table))
    return fail(p, -EINVAL, "%s: unknown op \"%s\"", at, op_name);

  uint64_t value, value_two;
  r = parse_u64(p, where, i, arg, "value", true, &value);
  if (r < 0)
    return r;
  r = parse_u64(p, where, i, arg, "valueTwo", false, &value_two);
  if (r < 0)
    return r;

  if (op_table[k].op == SCMP_CMP_MASKED_EQ) {
    if (value_two & ~value)
      return fail(p, -EINVAL, "%s: valueTwo 0x%" PRIx64 " has bits outside the mask 0x%" PRIx64 ", so it never matches",
                  at, value_two, value);
  } else if (value_two != 0)
    return fail(p, -EINVAL, "%s: \"valueTwo\" is only meaningful with SCMP_CMP_MASKED_EQ", at);

  if (p->args_32bit && (value > UINT32_MAX || value_two > UINT32_MAX))
    return fail(p, -EINVAL, "%s: value above 32 bits, which libseccomp truncates for the 32-bit ABIs listed", at);

  *ret = (struct scmp_arg_cmp){
      .arg = (unsigned)json_integer_value(index),
      .op = op_table[k].op,
      .datum_a = value,
      .datum_b = value_two,
  };
  return 0;
}

static int parse_syscall(profile_parser_t *p, size_t idx, json_t *entry) {
  static const char *const keys[] = {"names", "action", "errnoRet", "args", "comment"};
  char where[128];

  snprintf(where, sizeof(where), "syscalls[%zu]", idx);
  if (!json_is_object(entry))
    return fail(p, -EINVAL, "%s must be an object", where);
  json_t *names = json_object_get(entry, "names");
  if (json_is_array(names) && json_array_size(names) > 0 && json_is_string(json_array_get(names, 0)))
    snprintf(where, sizeof(where), "syscalls[%zu] (\"%.64s\")", idx, json_string_value(json_array_get(names, 0)));

  int r = check_keys(p, entry, where, keys, ELEMENTSOF(keys));
  if (r < 0)
    return r;

  json_t *comment = json_object_get(entry, "comment");
  if (comment && !json_is_string(comment))
    return fail(p, -EINVAL, "%s: \"comment\" must be a string", where);

  if (!names)
    return fail(p, -EINVAL, "%s: \"names\" is missing", where);
  if (!json_is_array(names))
    return fail(p, -EINVAL, "%s: \"names\" must be an array of strings", where);
  size_t n_names = json_array_size(names);
  if (n_names == 0)
    return fail(p, -EINVAL, "%s: \"names\" is empty", where);
  if (n_names > PROFILE_MAX_NAMES)
    return fail(p, -EINVAL, "%s: more than %u names", where, PROFILE_MAX_NAMES);

  _cleanup_free_ int *nrs = calloc(n_names, sizeof(int));
  if (!nrs)
    return fail(p, -ENOMEM, "%s: out of memory", where);
  for (size_t i = 0; i < n_names; i++) {
    json_t *n = json_array_get(names, i);
    if (!json_is_string(n))
      return fail(p, -EINVAL, "%s: names[%zu] is not a string", where, i);
    const char *name = json_string_value(n);
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR)
      return fail(p, -EINVAL, "%s: unknown syscall \"%s\"", where, name);
    /* Other negative numbers are libseccomp's pseudo-syscalls (socketcall
     * on x86_64): the name exists elsewhere but not natively, and a rule
     * for it would not filter what its author meant on this machine. */
    if (nr < 0)
      return fail(p, -EINVAL, "%s: syscall \"%s\" does not exist on the native architecture", where, name);
    nrs[i] = nr;
  }

  uint32_t action;
  r = parse_action(p, where, json_object_get(entry, "action"), json_object_get(entry, "errnoRet"), "errnoRet",
                   &action);
  if (r < 0)
    return r;

  json_t *args = json_object_get(entry, "args");
  size_t n_args = 0;
  if (args && !json_is_null(args)) {
    if (!json_is_array(args))
      return fail(p, -EINVAL, "%s: \"args\" must be an array", where);
    n_args = json_array_size(args);
    if (n_args > PROFILE_MAX_ARGS)
      return fail(p, -EINVAL, "%s: more than %u args", where, PROFILE_MAX_ARGS);
  }
  struct scmp_arg_cmp cmps[PROFILE_MAX_ARGS];
  bool index_seen[SYSCALL_ARGS] = {false};
  bool index_repeats = false;
  for (size_t i = 0; i < n_args; i++) {
    r = parse_arg(p, where, i, json_array_get(args, i), &cmps[i]);
    if (r < 0)
      return r;
    index_repeats = index_repeats || index_seen[cmps[i].arg];
    index_seen[cmps[i].arg] = true;
  }

  /* Equal to the default: nothing to add, and libseccomp says -EACCES. */
  if (action == p->default_action)
    return 0;

  for (size_t i = 0; i < n_names; i++) {
    if (!index_repeats)
      r = seccomp_rule_add_array(p->ctx, action, nrs[i], (unsigned)n_args, n_args ? cmps : NULL);
    else /* Docker's rule: a repeated index means one rule per condition */
      for (size_t k = 0; k < n_args && r >= 0; k++)
        r = seccomp_rule_add_array(p->ctx, action, nrs[i], 1, &cmps[k]);
    if (r < 0)
      return fail(p, r == -ENOMEM ? r : -EINVAL, "%s: libseccomp refused the rule for \"%s\": %s", where,
                  json_string_value(json_array_get(names, i)), strerror(-r));
  }
  return 0;
}

static int parse_architectures(profile_parser_t *p, json_t *arches) {
  uint32_t native = seccomp_arch_native();
  for (size_t k = 0; k < ELEMENTSOF(arch_table); k++)
    if (arch_table[k].token == native)
      p->args_32bit = arch_table[k].args_32bit;

  if (!arches || json_is_null(arches))
    return 0;
  if (!json_is_array(arches))
    return fail(p, -EINVAL, "\"architectures\" must be an array of strings");

  for (size_t i = 0; i < json_array_size(arches); i++) {
    json_t *a = json_array_get(arches, i);
    if (!json_is_string(a))
      return fail(p, -EINVAL, "architectures[%zu] is not a string", i);
    const char *name = json_string_value(a);
    size_t k = 0;
    while (k < ELEMENTSOF(arch_table) && strcmp(arch_table[k].name, name) != 0)
      k++;
    if (k == ELEMENTSOF(arch_table))
      return fail(p, -EINVAL, "architectures[%zu]: unknown architecture \"%s\"", i, name);
    for (size_t j = 0; j < i; j++)
      if (json_equal(json_array_get(arches, j), a))
        return fail(p, -EINVAL, "architectures[%zu]: \"%s\" is listed twice", i, name);
    if (arch_table[k].token == native) /* seccomp_init() added it */
      continue;
    int r = seccomp_arch_add(p->ctx, arch_table[k].token);
    if (r < 0)
      return fail(p, r == -ENOMEM ? r : -EINVAL, "architectures[%zu]: libseccomp refused \"%s\": %s", i, name,
                  strerror(-r));
    p->args_32bit = p->args_32bit || arch_table[k].args_32bit;
  }
  return 0;
}

static int parse_profile(profile_parser_t *p, const char *json_text, size_t len) {
  static const char *const keys[] = {"defaultAction", "defaultErrnoRet", "architectures", "syscalls", "comment"};

  if (!json_text || len == 0)
    return fail(p, -EINVAL, "the profile is empty");

  json_error_t jerr;
  json_auto_t *root = json_loadb(json_text, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!root)
    return fail(p, -EINVAL, "invalid JSON at line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
  if (!json_is_object(root))
    return fail(p, -EINVAL, "the profile must be a JSON object");
  int r = check_keys(p, root, "profile", keys, ELEMENTSOF(keys));
  if (r < 0)
    return r;

  json_t *comment = json_object_get(root, "comment");
  if (comment && !json_is_string(comment))
    return fail(p, -EINVAL, "\"comment\" must be a string");

  json_t *def = json_object_get(root, "defaultAction");
  if (!def)
    return fail(p, -EINVAL, "\"defaultAction\" is missing");
  r = parse_action(p, "defaultAction", def, json_object_get(root, "defaultErrnoRet"), "defaultErrnoRet",
                   &p->default_action);
  if (r < 0)
    return r;

  json_t *syscalls = json_object_get(root, "syscalls");
  if (!syscalls)
    return fail(p, -EINVAL, "\"syscalls\" is missing");
  if (!json_is_array(syscalls))
    return fail(p, -EINVAL, "\"syscalls\" must be an array");

  p->ctx = seccomp_init(p->default_action);
  if (!p->ctx)
    return fail(p, -ENOMEM, "libseccomp could not create a filter");
  /* A syscall of an ABI the profile does not list must not reach the
   * kernel at all; libseccomp's default would kill only the thread. */
  r = seccomp_attr_set(p->ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  if (r < 0)
    return fail(p, r, "libseccomp: cannot set the bad-architecture action: %s", strerror(-r));
  /* A binary tree instead of a linear list: futex and mmap sit deep in a
   * list of some two hundred syscalls, and V8 issues them constantly. */
  r = seccomp_attr_set(p->ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
  if (r < 0)
    return fail(p, r, "libseccomp: cannot select the binary-tree layout: %s", strerror(-r));

  r = parse_architectures(p, json_object_get(root, "architectures"));
  if (r < 0)
    return r;

  for (size_t i = 0; i < json_array_size(syscalls); i++) {
    r = parse_syscall(p, i, json_array_get(syscalls, i));
    if (r < 0)
      return r;
  }
  return 0;
}

int seccomp_profile_load(const char *json_text, size_t len, scmp_filter_ctx *ret_ctx, char **ret_errmsg) {
  _cleanup_(seccomp_releasep) scmp_filter_ctx ctx = NULL;
  profile_parser_t p = {0};

  int r = parse_profile(&p, json_text, len);
  ctx = p.ctx;
  if (r < 0) {
    if (ret_errmsg)
      *ret_errmsg = p.errmsg;
    else
      free(p.errmsg);
    return r;
  }
  free(p.errmsg);
  if (ret_errmsg)
    *ret_errmsg = NULL;
  *ret_ctx = TAKE_PTR(ctx);
  return 0;
}

static int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -errno;
    }
    if (n == 0)
      return -EIO;
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

int seccomp_profile_export_bpf(scmp_filter_ctx ctx, int fd) {
  if (!ctx || fd < 0)
    return -EINVAL;

  /* Through a memfd, so that the length is checked before anything reaches
   * fd (which may be a pipe) and a program the kernel would refuse fails
   * the build instead of the sandbox. */
  _cleanup_close_ int mfd = memfd_create("seccomp-bpf", MFD_CLOEXEC);
  if (mfd < 0)
    return -errno;
  int r = seccomp_export_bpf(ctx, mfd);
  if (r < 0)
    return r;

  struct stat st;
  if (fstat(mfd, &st) < 0)
    return -errno;
  size_t len = (size_t)st.st_size;
  if (len == 0 || len % sizeof(struct sock_filter) != 0)
    return -EIO;
  if (len / sizeof(struct sock_filter) > BPF_MAXINSNS)
    return -E2BIG;

  _cleanup_free_ char *buf = malloc(len);
  if (!buf)
    return -ENOMEM;
  for (size_t off = 0; off < len;) {
    ssize_t n = pread(mfd, buf + off, len - off, (off_t)off);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return -errno;
    }
    if (n == 0)
      return -EIO;
    off += (size_t)n;
  }
  return write_all(fd, buf, len);
}

#endif /* SECCOMP_PROFILE_INSTALL_ONLY */
