/* `secexec run FILE.js|-e CODE [ARGS...]`: a one-shot runtime whose exit
 * status mirrors the guest's. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../kernel-shim/cleanup.h"
#include "commands.h"
#include "container.h"
#include "options.h"

static const char run_usage[] =
    "Usage: secexec run [OPTIONS] FILE.js [ARGS...]\n"
    "       secexec run [OPTIONS] -e CODE [ARGS...]\n"
    "\n"
    "Run JavaScript as Node.js in a fresh, confined runtime.\n"
    "\n"
    "FILE's project directory (the nearest ancestor holding a package.json,\n"
    "else FILE's own directory) is visible read-only at /app, the guest's cwd.\n"
    "\n"
    "Options:\n"
    "  -e, --eval CODE       run CODE instead of a file\n"
    "      --workdir DIR     expose DIR at /app instead (FILE must be inside it)\n"
    "      --env NAME=VALUE  set a guest environment variable (repeatable)\n"
    "      --env-file FILE   read NAME=VALUE lines from FILE\n"
    "      --hostname NAME   the runtime's hostname (default: secexec)\n"
    "      --allow-builtins LIST\n"
    "                        only these builtin modules (comma-separated, e.g.\n"
    "                        fs,path,events); every other one is denied\n"
    "      --mount SRC:DST[:ro]\n"
    "                        bind host path SRC at DST in the runtime\n"
    "                        (repeatable; read-only with :ro)\n"
    "      --root-size SIZE  size of the in-memory root (default 256m)\n"
    "      --rootfs DIR      use host directory DIR as the root filesystem\n"
    "                        instead of the embedded default\n"
    "      --read-only       mount the root filesystem read-only\n"
    "      --fd-limit N      open files per guest process (default 1024;\n"
    "                        EMFILE past it)\n"
    "      --memory SIZE     memory of the whole runtime, in bytes or with k, m\n"
    "                        or g (default 512m; 0 or max: no limit); past it\n"
    "                        the runtime is killed (exit 137)\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: the guest's; 125 secexec failed, 126 cannot invoke,\n"
    "127 script not found.\n";

/* The nearest ancestor of `dir` (itself included) holding a package.json,
 * else `dir`. */
static char *project_dir(const char *dir) {
  char *cur = strdup(dir);
  while (cur) {
    char probe[PATH_MAX];
    snprintf(probe, sizeof(probe), "%s/package.json", strcmp(cur, "/") == 0 ? "" : cur);
    if (access(probe, F_OK) == 0)
      return cur;
    char *slash = strrchr(cur, '/');
    if (!slash || strcmp(cur, "/") == 0)
      break;
    if (slash == cur)
      slash[1] = '\0';
    else
      *slash = '\0';
  }
  free(cur);
  return strdup(dir);
}

static int resolve_dir(const char *path, char **ret, secexec_error_t **err) {
  char *real = realpath(path, NULL);
  if (!real)
    return error_set(err, errno, "--workdir `%s`", path);
  struct stat st;
  if (stat(real, &st) < 0 || !S_ISDIR(st.st_mode)) {
    free(real);
    return error_set(err, ENOTDIR, "--workdir `%s`", path);
  }
  *ret = real;
  return 0;
}

/* Fills app_dir and the guest path of the script. */
static int place_script(const run_options_t *o, launch_config_t *c, secexec_error_t **err) {
  int r;
  if (o->workdir && (r = resolve_dir(o->workdir, &c->app_dir, err)) < 0)
    return r;
  if (!o->script)
    return 0;
  _cleanup_free_ char *real = realpath(o->script, NULL);
  if (!real)
    return error_set_exit(err, errno == ENOENT ? 127 : 126, errno, "cannot find script `%s`", o->script);
  struct stat st;
  if (stat(real, &st) < 0 || !S_ISREG(st.st_mode))
    return error_set_exit(err, 126, EINVAL, "script `%s` is not a regular file", o->script);
  if (access(real, R_OK) < 0)
    return error_set_exit(err, 126, errno, "cannot read script `%s`", o->script);
  if (!c->app_dir) {
    _cleanup_free_ char *dir = strdup(real);
    if (!dir)
      return error_set(err, ENOMEM, "script path");
    *strrchr(dir, '/') = '\0';
    c->app_dir = project_dir(*dir ? dir : "/");
  }
  size_t n = strlen(c->app_dir);
  bool at_root = strcmp(c->app_dir, "/") == 0;
  if (!at_root && (strncmp(real, c->app_dir, n) != 0 || real[n] != '/'))
    return error_set(err, 0, "script `%s` is outside the exposed directory `%s`", o->script, c->app_dir);
  if (asprintf(&c->script, "/app%s", real + (at_root ? 0 : n)) < 0)
    return error_set(err, ENOMEM, "script path");
  return 0;
}

/* SRC:DST[:ro|:rw] → a resolved host path and a checked guest path. */
static int parse_mounts(const run_options_t *o, launch_config_t *c, secexec_error_t **err) {
  if (o->n_mounts > LAUNCH_MOUNTS_MAX)
    return error_set(err, 0, "at most %d --mount options", LAUNCH_MOUNTS_MAX);
  if (o->n_mounts && !(c->mounts = calloc(o->n_mounts, sizeof(*c->mounts))))
    return error_set(err, ENOMEM, "--mount");
  for (size_t i = 0; i < o->n_mounts; i++) {
    _cleanup_free_ char *spec = strdup(o->mounts[i]);
    if (!spec)
      return error_set(err, ENOMEM, "--mount");
    int ro = 0;
    size_t n = strlen(spec);
    if (n > 3 && (strcmp(spec + n - 3, ":ro") == 0 || strcmp(spec + n - 3, ":rw") == 0)) {
      ro = spec[n - 2] == 'r' && spec[n - 1] == 'o';
      spec[n - 3] = '\0';
    }
    char *colon = strrchr(spec, ':');
    if (!colon || colon == spec)
      return error_set(err, 0, "invalid --mount `%s`: expected SRC:DST[:ro]", o->mounts[i]);
    *colon = '\0';
    const char *dst = colon + 1;
    if (!launch_mount_dst_valid(dst))
      return error_set(err, 0, "invalid --mount destination `%s`: an absolute, normalised path outside /proc and /dev", dst);
    char *src = realpath(spec, NULL);
    if (!src)
      return error_set(err, errno, "--mount source `%s`", spec);
    c->mounts[i].src = src;
    if (!(c->mounts[i].dst = strdup(dst)))
      return error_set(err, ENOMEM, "--mount");
    c->mounts[i].ro = ro;
    c->n_mounts = i + 1;
  }
  return 0;
}

int cmd_run(int argc, char **argv, secexec_error_t **err) {
  run_options_t o;
  int r = run_options_parse(argc, argv, &o, err);
  if (r < 0)
    return r;
  if (o.help) {
    fputs(run_usage, stdout);
    run_options_done(&o);
    return 0;
  }
  launch_config_t c = {0};
  _cleanup_free_ char *init_path = NULL;
  int status = 125;
  r = place_script(&o, &c, err);
  if (r == 0 && o.rootfs) {
    struct stat st;
    if (stat(o.rootfs, &st) < 0)
      r = error_set(err, errno, "unusable rootfs `%s`", o.rootfs);
    else if (!S_ISDIR(st.st_mode))
      r = error_set(err, ENOTDIR, "unusable rootfs `%s`", o.rootfs);
    else if (!(c.rootfs = realpath(o.rootfs, NULL)))
      r = error_set(err, errno, "unusable rootfs `%s`", o.rootfs);
  }
  if (r == 0) {
    c.hostname = strdup(o.hostname ? o.hostname : "secexec");
    c.eval = o.eval ? strdup(o.eval) : NULL;
    /* Ownership of the argument and environment vectors moves to c. */
    c.args = o.args ? TAKE_PTR(o.args) : calloc(1, sizeof(char *));
    c.n_args = o.n_args;
    c.env = o.env ? TAKE_PTR(o.env) : calloc(1, sizeof(char *));
    c.n_env = o.n_env;
    c.read_only = o.read_only;
    c.fd_limit = o.fd_limit;
    c.memory_limit = o.memory;
    if (o.root_size && !(c.root_size = strdup(o.root_size)))
      r = error_set(err, ENOMEM, "run");
    if (r == 0)
      r = parse_mounts(&o, &c, err);
    c.allow_builtins = TAKE_PTR(o.allow_builtins);
    c.n_allow_builtins = o.n_allow_builtins;
    o.n_args = o.n_env = o.n_allow_builtins = 0;
    if (!c.hostname || !c.args || !c.env || (o.eval && !c.eval))
      r = error_set(err, ENOMEM, "run");
  }
  if (r == 0)
    r = container_find_init(&init_path, err);
  if (r == 0)
    r = container_run(&c, init_path, o.memory_set, &status, err);
  launch_config_done(&c);
  run_options_done(&o);
  return r < 0 ? r : status;
}
