/* Parsing of `secexec run` options; see options.h. */
#define _GNU_SOURCE
#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kernel-shim/cleanup.h"
#include "cgroup.h"

static bool valid_env_name(const char *s, size_t n) {
  if (n == 0)
    return false;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\0' || s[i] == '=')
      return false;
  return true;
}

int run_options_add_env(run_options_t *o, const char *kv, secexec_error_t **err) {
  const char *eq = strchr(kv, '=');
  if (!eq || !valid_env_name(kv, (size_t)(eq - kv)))
    return error_set(err, 0, "invalid --env `%s`: expected NAME=VALUE", kv);
  size_t klen = (size_t)(eq - kv) + 1;
  char *copy = strdup(kv);
  if (!copy)
    return error_set(err, ENOMEM, "--env");
  for (size_t i = 0; i < o->n_env; i++)
    if (strncmp(o->env[i], kv, klen) == 0) {
      free(o->env[i]);
      o->env[i] = copy;
      return 0;
    }
  char **grown = realloc(o->env, (o->n_env + 2) * sizeof(char *));
  if (!grown) {
    free(copy);
    return error_set(err, ENOMEM, "--env");
  }
  o->env = grown;
  o->env[o->n_env++] = copy;
  o->env[o->n_env] = NULL;
  return 0;
}

static char *strip(char *s) {
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
    s[--n] = '\0';
  return s;
}

int run_options_add_env_file(run_options_t *o, const char *path, secexec_error_t **err) {
  FILE *f = fopen(path, "re");
  if (!f)
    return error_set(err, errno, "cannot read --env-file `%s`", path);
  _cleanup_free_ char *line = NULL;
  size_t cap = 0;
  unsigned lineno = 0;
  int r = 0;
  while (getline(&line, &cap, f) >= 0) {
    lineno++;
    char *s = strip(line);
    if (*s == '\0' || *s == '#')
      continue;
    if (strncmp(s, "export ", 7) == 0)
      s = strip(s + 7);
    char *eq = strchr(s, '=');
    if (!eq) {
      r = error_set(err, 0, "%s:%u: expected NAME=VALUE", path, lineno);
      break;
    }
    *eq = '\0';
    char *name = strip(s), *value = strip(eq + 1);
    size_t vlen = strlen(value);
    if (vlen >= 2 && (value[0] == '"' || value[0] == '\'') && value[vlen - 1] == value[0]) {
      value[vlen - 1] = '\0';
      value++;
    }
    _cleanup_free_ char *kv = NULL;
    if (asprintf(&kv, "%s=%s", name, value) < 0) {
      r = error_set(err, ENOMEM, "--env-file");
      break;
    }
    r = run_options_add_env(o, kv, err);
    if (r < 0) {
      error_wrap(err, "%s:%u", path, lineno);
      break;
    }
  }
  fclose(f);
  return r;
}

/* Matches "--name=value", "--name value" and, when short is set, "-x value". */
static int take_value(int argc, char *const *argv, int *i, const char *name, char shortopt,
                      const char **ret, secexec_error_t **err) {
  const char *a = argv[*i];
  size_t n = strlen(name);
  bool is_long = strncmp(a, "--", 2) == 0 && strncmp(a + 2, name, n) == 0;
  bool is_short = shortopt && a[0] == '-' && a[1] == shortopt && a[2] == '\0';
  if (is_long && a[2 + n] == '=') {
    *ret = a + 3 + n;
    return 1;
  }
  if ((is_long && a[2 + n] == '\0') || is_short) {
    if (*i + 1 >= argc)
      return error_set(err, 0, "option `%s` needs a value", a);
    *ret = argv[++*i];
    return 1;
  }
  return 0;
}

/* "fs,path,node:events": names as Node spells them, "node:" optional. */
static int parse_builtin_list(run_options_t *o, const char *list, secexec_error_t **err) {
  _cleanup_free_ char *copy = strdup(list);
  if (!copy)
    return error_set(err, ENOMEM, "--allow-builtins");
  char *rest = copy;
  for (char *tok; (tok = strsep(&rest, ",")) != NULL;) {
    if (strncmp(tok, "node:", 5) == 0)
      tok += 5;
    for (const char *c = tok; *c; c++)
      if (!(*c >= 'a' && *c <= 'z') && !(*c >= '0' && *c <= '9') && *c != '_' && *c != '/')
        return error_set(err, 0, "invalid builtin name `%s` in --allow-builtins", tok);
    if (!*tok)
      return error_set(err, 0, "empty name in --allow-builtins `%s`", list);
    char **grown = realloc(o->allow_builtins, (o->n_allow_builtins + 2) * sizeof(char *));
    if (!grown)
      return error_set(err, ENOMEM, "--allow-builtins");
    o->allow_builtins = grown;
    if (!(grown[o->n_allow_builtins] = strdup(tok)))
      return error_set(err, ENOMEM, "--allow-builtins");
    grown[++o->n_allow_builtins] = NULL;
  }
  if (o->n_allow_builtins == 0)
    return error_set(err, 0, "--allow-builtins needs at least one name");
  return 0;
}

static int set_string(char **slot, const char *v, secexec_error_t **err) {
  char *copy = strdup(v);
  if (!copy)
    return error_set(err, ENOMEM, "options");
  free(*slot);
  *slot = copy;
  return 0;
}

int run_options_parse(int argc, char *const *argv, run_options_t *ret, secexec_error_t **err) {
  run_options_t o = {.memory = MEMORY_DEFAULT};
  int r = 0, i;
  const char *v;

  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[0] != '-' || a[1] == '\0')
      break;
    if (strcmp(a, "--read-only") == 0) {
      o.read_only = true;
      continue;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      o.help = true;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "eval", 'e', &v, err)) != 0) {
      if (r < 0 || (r = set_string(&o.eval, v, err)) < 0)
        goto fail;
      i++;
      break; /* everything after CODE belongs to the guest */
    }
    if ((r = take_value(argc, argv, &i, "workdir", 0, &v, err)) != 0) {
      if (r < 0 || (r = set_string(&o.workdir, v, err)) < 0)
        goto fail;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "rootfs", 0, &v, err)) != 0) {
      if (r < 0 || (r = set_string(&o.rootfs, v, err)) < 0)
        goto fail;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "hostname", 0, &v, err)) != 0) {
      if (r < 0)
        goto fail;
      size_t n = strlen(v);
      if (n == 0 || n > 64) {
        r = error_set(err, 0, "invalid --hostname `%s`: 1 to 64 characters", v);
        goto fail;
      }
      if ((r = set_string(&o.hostname, v, err)) < 0)
        goto fail;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "allow-builtins", 0, &v, err)) != 0) {
      if (r < 0 || (r = parse_builtin_list(&o, v, err)) < 0)
        goto fail;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "mount", 0, &v, err)) != 0) {
      char **grown = r < 0 ? NULL : realloc(o.mounts, (o.n_mounts + 2) * sizeof(char *));
      if (r < 0 || !grown || !(grown[o.n_mounts] = strdup(v))) {
        if (grown)
          o.mounts = grown;
        r = r < 0 ? r : error_set(err, ENOMEM, "--mount");
        goto fail;
      }
      o.mounts = grown;
      o.mounts[++o.n_mounts] = NULL;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "fd-limit", 0, &v, err)) != 0) {
      char *end;
      errno = 0;
      unsigned long n = r < 0 ? 0 : strtoul(v, &end, 10);
      if (r < 0)
        goto fail;
      if (errno || *end || end == v || n < 8 || n > 65536) {
        r = error_set(err, 0, "invalid --fd-limit `%s`: a number from 8 to 65536", v);
        goto fail;
      }
      o.fd_limit = (unsigned)n;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "root-size", 0, &v, err)) != 0) {
      size_t n = strlen(v), digits = strspn(v, "0123456789");
      if (r < 0)
        goto fail;
      if (digits == 0 || digits < n - 1 || (digits == n - 1 && !strchr("kmgKMG", v[n - 1]))) {
        r = error_set(err, 0, "invalid --root-size `%s`: a number of bytes, or with k, m or g", v);
        goto fail;
      }
      if ((r = set_string(&o.root_size, v, err)) < 0)
        goto fail;
      for (char *c = o.root_size; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
          *c = (char)(*c - 'A' + 'a');
      continue;
    }
    if ((r = take_value(argc, argv, &i, "memory", 0, &v, err)) != 0) {
      if (r < 0)
        goto fail;
      uint64_t bytes;
      char min[32];
      memory_size_format(MEMORY_MIN, min, sizeof(min));
      if (memory_size_parse(v, &bytes) < 0) {
        r = error_set(err, 0, "invalid --memory `%s`: a number of bytes, or with k, m or g; 0 or max for no limit", v);
        goto fail;
      }
      if (bytes != 0 && bytes < MEMORY_MIN) {
        r = error_set(err, 0, "invalid --memory `%s`: at least %s (or 0 for no limit)", v, min);
        goto fail;
      }
      o.memory = bytes;
      o.memory_set = true;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "env-file", 0, &v, err)) != 0) {
      if (r < 0 || (r = run_options_add_env_file(&o, v, err)) < 0)
        goto fail;
      continue;
    }
    if ((r = take_value(argc, argv, &i, "env", 0, &v, err)) != 0) {
      if (r < 0 || (r = run_options_add_env(&o, v, err)) < 0)
        goto fail;
      continue;
    }
    r = error_set(err, 0, "unknown option `%s` for `run` (see `secexec run --help`)", a);
    goto fail;
  }

  if (!o.eval && !o.help) {
    if (i >= argc) {
      r = error_set(err, 0, "`run` needs a script FILE.js or -e CODE (see `secexec run --help`)");
      goto fail;
    }
    if ((r = set_string(&o.script, argv[i++], err)) < 0)
      goto fail;
  }
  for (; i < argc; i++) {
    char **grown = realloc(o.args, (o.n_args + 2) * sizeof(char *));
    if (!grown || !(grown[o.n_args] = strdup(argv[i]))) {
      if (grown)
        o.args = grown;
      r = error_set(err, ENOMEM, "options");
      goto fail;
    }
    o.args = grown;
    o.args[++o.n_args] = NULL;
  }
  *ret = o;
  return 0;
fail:
  run_options_done(&o);
  return r;
}

static void free_strv(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

void run_options_done(run_options_t *o) {
  free(o->script);
  free(o->eval);
  free(o->workdir);
  free(o->rootfs);
  free(o->hostname);
  free_strv(o->env, o->n_env);
  free_strv(o->args, o->n_args);
  free_strv(o->allow_builtins, o->n_allow_builtins);
  free_strv(o->mounts, o->n_mounts);
  free(o->root_size);
  *o = (run_options_t){0};
}
