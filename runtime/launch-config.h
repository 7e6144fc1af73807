/* What the CLI hands to the runtime's init: a small JSON document written to
 * a sealed memfd. The init trusts nothing in it blindly: every field is
 * type-checked and bounded on the way in. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* A host path bound into the runtime (--mount SRC:DST[:ro]). */
typedef struct launch_mount {
  char *src;   /* host path, absolute and resolved */
  char *dst;   /* guest path, absolute, no ".." */
  int ro;
} launch_mount_t;

#define LAUNCH_MOUNTS_MAX 32

typedef struct launch_config {
  char *hostname;  /* never NULL once parsed */
  char *rootfs;    /* host directory to use as root, or NULL for the embedded one */
  char *app_dir;   /* host directory bound read-only at /app, or NULL */
  char *script;    /* guest path of the main script, or NULL when eval is set */
  char *eval;      /* code given with -e */
  char **args;     /* guest arguments (after the script), NULL-terminated */
  size_t n_args;
  char **env;      /* "K=V", NULL-terminated */
  size_t n_env;
  char **allow_builtins; /* NULL-terminated, or NULL: every builtin the registry allows */
  size_t n_allow_builtins;
  launch_mount_t *mounts;
  size_t n_mounts;
  char *root_size;       /* tmpfs size of the embedded root ("256m"), or NULL for the default */
  int read_only;         /* the root is mounted read-only */
  unsigned fd_limit;     /* open files per guest process, 0 for the default */
  uint64_t memory_limit; /* bytes the runtime may use (--memory), 0 for no limit */
} launch_config_t;

#define LAUNCH_CONFIG_MAX (64u << 20)

int launch_config_to_json(const launch_config_t *c, char **ret_text, secexec_error_t **err);
/* A guest mount point a user may name: absolute, normalised, no "..",
 * not "/" and not under /proc or /dev. */
int launch_mount_dst_valid(const char *dst);

int launch_config_from_json(const char *text, size_t len, launch_config_t *ret, secexec_error_t **err);
void launch_config_done(launch_config_t *c);
