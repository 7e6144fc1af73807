/* The syscall filter: a Docker/OCI-format JSON profile compiled to classic
 * BPF at build time (tools/seccomp-compile), and the blob installed at run
 * time.
 *
 * Build time (links libseccomp and jansson):
 *   seccomp_profile_load() parses and validates the profile and builds a
 *   libseccomp filter; seccomp_profile_export_bpf() writes its BPF program.
 * Run time (links neither):
 *   seccomp_install_bpf() hands the blob to the kernel. Compile this file
 *   with -DSECCOMP_PROFILE_INSTALL_ONLY to get just that function, so that
 *   the runtime never carries a JSON parser or libseccomp.
 *
 * Profile format (the subset of Docker's that means the same everywhere):
 *   {
 *     "defaultAction": "SCMP_ACT_ERRNO",      required
 *     "defaultErrnoRet": 1,                   optional, ERRNO/TRACE only
 *     "architectures": ["SCMP_ARCH_X86_64"],  optional; the native
 *                                             architecture is always added
 *     "syscalls": [                           required (may be empty)
 *       {"names": ["read"],                   required, non-empty
 *        "action": "SCMP_ACT_ALLOW",          required
 *        "errnoRet": 38,                      optional, ERRNO/TRACE only
 *        "args": [{"index": 0, "value": M, "valueTwo": V,
 *                  "op": "SCMP_CMP_MASKED_EQ"}],   optional
 *        "comment": "why"}                    optional
 *     ],
 *     "comment": "..."                        optional
 *   }
 * Actions: SCMP_ACT_ALLOW, SCMP_ACT_ERRNO, SCMP_ACT_KILL (= KILL_THREAD),
 * SCMP_ACT_KILL_THREAD, SCMP_ACT_KILL_PROCESS, SCMP_ACT_TRAP, SCMP_ACT_TRACE,
 * SCMP_ACT_LOG. ERRNO without errnoRet means EPERM, as in Docker.
 * Ops: SCMP_CMP_NE, _LT, _LE, _EQ, _GE, _GT, _MASKED_EQ; for MASKED_EQ
 * "value" is the mask and "valueTwo" the value expected under it.
 * Args semantics follow Docker/runc: when every condition names a different
 * argument index they are ANDed into one rule; when an index repeats, each
 * condition becomes a rule of its own (so they are ORed) — libseccomp cannot
 * compare one argument twice in a rule, and profiles rely on this to list
 * alternative values (e.g. several ioctl requests).
 * A rule whose action equals the default action is validated and then
 * skipped: it changes nothing and libseccomp refuses it.
 * Anything else — an unknown key (Docker's "includes"/"excludes", "archMap",
 * "flags", "listenerPath" included, since silently ignoring a condition
 * would widen the filter), SCMP_ACT_NOTIFY (needs a listener the blob cannot
 * carry), a syscall unknown on the native architecture, an argument value
 * above 32 bits when a 32-bit ABI is filtered (libseccomp would truncate
 * it) — is refused with -EINVAL and a message naming the entry. */
#pragma once

#include <seccomp.h>
#include <stddef.h>

/* Parses and validates the profile in json_text[0..len) and builds the
 * filter. On success *ret_ctx owns a filter (release with seccomp_release())
 * and *ret_errmsg (when ret_errmsg is not NULL) is set to NULL. On failure
 * returns -EINVAL for a bad profile, -ENOMEM, or a libseccomp error, and
 * *ret_errmsg receives a malloc'd message naming the culprit (or NULL when
 * even that could not be allocated). */
int seccomp_profile_load(const char *json_text, size_t len, scmp_filter_ctx *ret_ctx, char **ret_errmsg);

/* Writes the filter's classic-BPF program (every architecture of the
 * filter) to fd. Returns -E2BIG when the program is longer than the kernel
 * accepts (BPF_MAXINSNS), so that the mistake shows at build time. */
int seccomp_profile_export_bpf(scmp_filter_ctx ctx, int fd);

/* Installs a BPF program produced by seccomp_profile_export_bpf() on every
 * thread of the process (SECCOMP_FILTER_FLAG_TSYNC). The caller must have
 * set no_new_privs already: returns -EPERM when it is not set. Returns
 * -EINVAL for a blob that is not a whole, non-empty number of instructions
 * or is too long, -EBUSY when another thread could not be synchronised
 * (it runs under a filter of its own). On a kernel without seccomp(2)
 * (before 3.17) it falls back to prctl(PR_SET_SECCOMP), which filters only
 * the calling thread: call it before starting threads on such kernels. */
int seccomp_install_bpf(const void *bpf, size_t len);
