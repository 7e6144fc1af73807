/* The C interface of the V8 layer: everything else in init/ is C.
 *
 * An engine is one guest process: an isolate deserialised from the startup
 * snapshot, one context, its event loop, and the kernel-shim process state
 * its bridges use. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct engine engine_t;

typedef struct engine_start {
  const char *exec_path;     /* process.execPath / argv[0] */
  const char *script;        /* guest path of the main script, or NULL */
  const char *eval;          /* -e code, or NULL */
  const char *const *args;   /* guest arguments, NULL-terminated */
  const char *const *env;    /* "K=V", NULL-terminated */
  const char *const *allow_builtins; /* NULL-terminated, or NULL for all */
  unsigned fd_limit;         /* 0: the shim's default */
  uint64_t memory_limit;     /* the runtime's memory budget in bytes, 0: none */
  uint64_t heap_limit;       /* V8 heap limit in bytes, 0: V8's default */
  const char *cwd;
  const char *hostname;
  int pid;
  int ppid;
} engine_start_t;

/* Once per OS process, before any engine. */
int engine_platform_init(void);

/* Runs the guest to completion and returns its exit code. The snapshot blob
 * must outlive the call. */
int engine_run(const void *snapshot, size_t snapshot_len, const engine_start_t *start);

/* Build time: runs `bootstrap` (JS source) and writes a startup snapshot.
 * Returns 0, or prints why it failed and returns -1. */
int engine_make_snapshot(const char *bootstrap, size_t len, const char *out_path);

#ifdef __cplusplus
}
#endif
