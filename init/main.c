/* secexec-init: the runtime process. Started by the CLI inside fresh
 * namespaces (see runtime/container.h), it reads its launch config, confines
 * itself (runtime/sandbox.h), reports "ok", and only then runs the guest in
 * V8. It must never run guest code before the sandbox is complete. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "../kernel-shim/cleanup.h"
#include "../kernel-shim/proc-virtual.h"
#include "../runtime/cgroup.h"
#include "../runtime/launch-config.h"
#include "../runtime/launch-status.h"
#include "../runtime/sandbox.h"
#include "embedded.h"
#include "engine.h"

#define GUEST_EXEC_PATH "/usr/local/bin/node"

static int read_config(launch_config_t *ret, secexec_error_t **err) {
  struct stat st;
  if (fstat(LAUNCH_CONFIG_FD, &st) < 0)
    return error_set(err, errno, "no launch config (secexec-init is started by `secexec`)");
  if (st.st_size <= 0 || st.st_size > LAUNCH_CONFIG_MAX)
    return error_set(err, EINVAL, "launch config of bad size");
  _cleanup_free_ char *buf = malloc((size_t)st.st_size);
  if (!buf)
    return error_set(err, ENOMEM, "launch config");
  ssize_t n = pread(LAUNCH_CONFIG_FD, buf, (size_t)st.st_size, 0);
  if (n != st.st_size)
    return error_set(err, n < 0 ? errno : EIO, "read launch config");
  close(LAUNCH_CONFIG_FD);
  return launch_config_from_json(buf, (size_t)n, ret, err);
}

int main(void) {
  _cleanup_error_ secexec_error_t *err = NULL;
  launch_config_t cfg = {0};
  if (read_config(&cfg, &err) < 0 ||
      sandbox_enter(&cfg, secexec_seccomp_bpf, secexec_seccomp_bpf_len, &err) < 0) {
    char msg[LAUNCH_STATUS_MAX];
    if (err->errnum > 0)
      snprintf(msg, sizeof(msg), "%s: %s", err->msg, strerror(err->errnum));
    else
      snprintf(msg, sizeof(msg), "%s", err->msg);
    launch_status_error(LAUNCH_STATUS_FD, err->exit_code ? err->exit_code : 125, msg);
    return 125;
  }
  launch_status_ok(LAUNCH_STATUS_FD);

  /* Before any thread exists: /proc/meminfo shows the runtime's budget. */
  ks_proc_virtual_set_memory_limit(cfg.memory_limit);
  engine_platform_init();
  engine_start_t start = {
      .exec_path = GUEST_EXEC_PATH,
      .script = cfg.script,
      .eval = cfg.eval,
      .args = (const char *const *)cfg.args,
      .env = (const char *const *)cfg.env,
      .allow_builtins = (const char *const *)cfg.allow_builtins,
      .fd_limit = cfg.fd_limit,
      .memory_limit = cfg.memory_limit,
      .heap_limit = memory_heap_limit(cfg.memory_limit),
      .cwd = "/app",
      .hostname = cfg.hostname,
      .pid = 1,
      .ppid = 0,
  };
  int code = engine_run(secexec_snapshot, secexec_snapshot_len, &start);
  /* V8's threads and heap are not torn down: the process ends here, with
   * the caller's terminal back in the mode it had (raw mode is the guest's). */
  uv_tty_reset_mode();
  _exit(code);
}
