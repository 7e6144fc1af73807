/* Command-line options of `secexec run`, parsed into plain data.
 * Parsing never touches the filesystem except to read --env-file. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct run_options {
  char *script;   /* host path of FILE.js; NULL when `eval` is set */
  char *eval;     /* CODE of -e */
  char *workdir;  /* host directory exposed at /app */
  char *rootfs;   /* host directory used as root instead of the embedded one */
  char *hostname;
  char **env;     /* "K=V", in order; a later K replaces an earlier one */
  size_t n_env;
  char **allow_builtins; /* --allow-builtins=LIST, NULL-terminated; NULL: all */
  size_t n_allow_builtins;
  char **mounts;  /* --mount SRC:DST[:ro|:rw], as given */
  size_t n_mounts;
  char *root_size; /* --root-size */
  char **args;    /* guest arguments after FILE / CODE */
  size_t n_args;
  bool read_only; /* --read-only: the root filesystem cannot be written */
  unsigned fd_limit; /* --fd-limit: open files per guest process, 0 for the default */
  uint64_t memory;   /* --memory in bytes, 0 for no limit; MEMORY_DEFAULT unless given */
  bool memory_set;   /* --memory was given: a limit that cannot be enforced is an error */
  bool help;
} run_options_t;

/* argv[0] is the verb ("run"). On failure *err names the bad option and
 * carries exit status 125. */
int run_options_parse(int argc, char *const *argv, run_options_t *ret, secexec_error_t **err);

/* Adds or replaces one "K=V"; rejects an empty or '='-free entry. */
int run_options_add_env(run_options_t *o, const char *kv, secexec_error_t **err);

/* Reads a dotenv-style file: K=V lines, '#' comments, optional quotes. */
int run_options_add_env_file(run_options_t *o, const char *path, secexec_error_t **err);

void run_options_done(run_options_t *o);
