/* Serialisation of launch_config_t; see launch-config.h. */
#define _GNU_SOURCE
#include "launch-config.h"

#include <errno.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "cgroup.h"

static int put_str(json_t *o, const char *key, const char *v) {
  return json_object_set_new(o, key, v ? json_string(v) : json_null());
}

static json_t *strv_to_json(char *const *v, size_t n) {
  json_t *a = json_array();
  for (size_t i = 0; a && i < n; i++)
    if (json_array_append_new(a, json_string(v[i])) < 0) {
      json_decref(a);
      return NULL;
    }
  return a;
}

int launch_mount_dst_valid(const char *dst) {
  if (!dst || dst[0] != '/' || strcmp(dst, "/") == 0 || strlen(dst) >= 4096)
    return 0;
  if (strncmp(dst, "/proc", 5) == 0 && (dst[5] == '\0' || dst[5] == '/'))
    return 0;
  if (strncmp(dst, "/dev", 4) == 0 && (dst[4] == '\0' || dst[4] == '/'))
    return 0;
  for (const char *c = dst; *c; c++) {
    if (c[0] == '/' && (c[1] == '/' || c[1] == '\0'))
      return 0;
    if (c[0] == '/' && c[1] == '.' && (c[2] == '/' || c[2] == '\0' || (c[2] == '.' && (c[3] == '/' || c[3] == '\0'))))
      return 0;
  }
  return 1;
}

static json_t *mounts_to_json(const launch_mount_t *m, size_t n) {
  json_t *a = json_array();
  for (size_t i = 0; a && i < n; i++)
    if (json_array_append_new(a, json_pack("{s:s,s:s,s:b}", "src", m[i].src, "dst", m[i].dst, "ro", m[i].ro)) < 0) {
      json_decref(a);
      return NULL;
    }
  return a;
}

int launch_config_to_json(const launch_config_t *c, char **ret_text, secexec_error_t **err) {
  json_t *o = json_object();
  if (!o || put_str(o, "hostname", c->hostname) < 0 || put_str(o, "rootfs", c->rootfs) < 0 ||
      put_str(o, "app_dir", c->app_dir) < 0 || put_str(o, "script", c->script) < 0 ||
      put_str(o, "eval", c->eval) < 0 ||
      json_object_set_new(o, "args", strv_to_json(c->args, c->n_args)) < 0 ||
      json_object_set_new(o, "env", strv_to_json(c->env, c->n_env)) < 0 ||
      json_object_set_new(o, "allow_builtins",
                          c->allow_builtins ? strv_to_json(c->allow_builtins, c->n_allow_builtins) : json_null()) < 0 ||
      json_object_set_new(o, "mounts", mounts_to_json(c->mounts, c->n_mounts)) < 0 ||
      put_str(o, "root_size", c->root_size) < 0 ||
      json_object_set_new(o, "read_only", json_boolean(c->read_only)) < 0 ||
      json_object_set_new(o, "fd_limit", json_integer(c->fd_limit)) < 0 ||
      json_object_set_new(o, "memory_limit", json_integer((json_int_t)c->memory_limit)) < 0) {
    json_decref(o);
    return error_set(err, ENOMEM, "launch config");
  }
  char *text = json_dumps(o, JSON_COMPACT);
  json_decref(o);
  if (!text)
    return error_set(err, EINVAL, "launch config: a string is not valid UTF-8");
  *ret_text = text;
  return 0;
}

static int get_str(json_t *o, const char *key, bool nullable, char **slot, secexec_error_t **err) {
  json_t *v = json_object_get(o, key);
  if ((!v || json_is_null(v)) && nullable)
    return 0;
  if (!json_is_string(v))
    return error_set(err, EINVAL, "launch config: `%s` must be a string", key);
  const char *s = json_string_value(v);
  if (strlen(s) != json_string_length(v))
    return error_set(err, EINVAL, "launch config: `%s` holds a NUL byte", key);
  if (!(*slot = strdup(s)))
    return error_set(err, ENOMEM, "launch config");
  return 0;
}

static int get_strv(json_t *o, const char *key, char ***slot, size_t *n, secexec_error_t **err) {
  json_t *a = json_object_get(o, key);
  if (!json_is_array(a))
    return error_set(err, EINVAL, "launch config: `%s` must be an array", key);
  size_t len = json_array_size(a);
  char **v = calloc(len + 1, sizeof(char *));
  if (!v)
    return error_set(err, ENOMEM, "launch config");
  *slot = v;
  for (size_t i = 0; i < len; i++) {
    json_t *e = json_array_get(a, i);
    if (!json_is_string(e) || strlen(json_string_value(e)) != json_string_length(e))
      return error_set(err, EINVAL, "launch config: `%s[%zu]` must be a string without NUL", key, i);
    if (!(v[i] = strdup(json_string_value(e))))
      return error_set(err, ENOMEM, "launch config");
    *n = i + 1;
  }
  return 0;
}

int launch_config_from_json(const char *text, size_t len, launch_config_t *ret, secexec_error_t **err) {
  if (len > LAUNCH_CONFIG_MAX)
    return error_set(err, E2BIG, "launch config larger than %u bytes", LAUNCH_CONFIG_MAX);
  json_error_t jerr;
  json_t *o = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!o)
    return error_set(err, EINVAL, "launch config: %s at line %d", jerr.text, jerr.line);
  launch_config_t c = {0};
  int r = 0;
  if (!json_is_object(o))
    r = error_set(err, EINVAL, "launch config: not an object");
  if (r == 0)
    r = get_str(o, "hostname", false, &c.hostname, err);
  if (r == 0)
    r = get_str(o, "rootfs", true, &c.rootfs, err);
  if (r == 0)
    r = get_str(o, "app_dir", true, &c.app_dir, err);
  if (r == 0)
    r = get_str(o, "script", true, &c.script, err);
  if (r == 0)
    r = get_str(o, "eval", true, &c.eval, err);
  if (r == 0)
    r = get_strv(o, "args", &c.args, &c.n_args, err);
  if (r == 0)
    r = get_strv(o, "env", &c.env, &c.n_env, err);
  if (r == 0 && !json_is_null(json_object_get(o, "allow_builtins")) && json_object_get(o, "allow_builtins"))
    r = get_strv(o, "allow_builtins", &c.allow_builtins, &c.n_allow_builtins, err);
  if (r == 0)
    r = get_str(o, "root_size", true, &c.root_size, err);
  json_t *read_only = json_object_get(o, "read_only");
  if (r == 0 && read_only && !json_is_boolean(read_only))
    r = error_set(err, EINVAL, "launch config: `read_only` must be a boolean");
  c.read_only = read_only && json_is_true(read_only);
  json_t *fd_limit = json_object_get(o, "fd_limit");
  if (r == 0 && fd_limit && (!json_is_integer(fd_limit) || json_integer_value(fd_limit) < 0 ||
                             json_integer_value(fd_limit) > 65536))
    r = error_set(err, EINVAL, "launch config: bad `fd_limit`");
  if (r == 0 && fd_limit)
    c.fd_limit = (unsigned)json_integer_value(fd_limit);
  json_t *memory = json_object_get(o, "memory_limit");
  json_int_t memory_v = memory && json_is_integer(memory) ? json_integer_value(memory) : -1;
  if (r == 0 && memory && (memory_v < 0 || (memory_v > 0 && (uint64_t)memory_v < MEMORY_MIN) ||
                           (uint64_t)memory_v > MEMORY_MAX))
    r = error_set(err, EINVAL, "launch config: bad `memory_limit`");
  if (r == 0 && memory)
    c.memory_limit = (uint64_t)memory_v;
  if (r == 0 && c.root_size) {
    size_t n = strlen(c.root_size), digits = strspn(c.root_size, "0123456789");
    if (digits == 0 || digits < n - 1 || (digits == n - 1 && !strchr("kmg", c.root_size[n - 1])))
      r = error_set(err, EINVAL, "launch config: bad root_size `%s`", c.root_size);
  }
  json_t *mounts = json_object_get(o, "mounts");
  if (r == 0 && mounts && !json_is_null(mounts)) {
    if (!json_is_array(mounts) || json_array_size(mounts) > LAUNCH_MOUNTS_MAX)
      r = error_set(err, EINVAL, "launch config: `mounts` must be an array of at most %d", LAUNCH_MOUNTS_MAX);
    else if (json_array_size(mounts) > 0 && !(c.mounts = calloc(json_array_size(mounts), sizeof(*c.mounts))))
      r = error_set(err, ENOMEM, "launch config");
    for (size_t i = 0; r == 0 && i < json_array_size(mounts); i++) {
      json_t *m = json_array_get(mounts, i);
      const char *src = NULL, *dst = NULL;
      int ro = 0;
      if (json_unpack(m, "{s:s,s:s,s:b!}", "src", &src, "dst", &dst, "ro", &ro) < 0 || src[0] != '/' ||
          !launch_mount_dst_valid(dst))
        r = error_set(err, EINVAL, "launch config: bad mount %zu", i);
      else if (!(c.mounts[i].src = strdup(src)) || !(c.mounts[i].dst = strdup(dst)))
        r = error_set(err, ENOMEM, "launch config");
      else {
        c.mounts[i].ro = ro;
        c.n_mounts = i + 1;
      }
    }
  }
  if (r == 0 && !c.script == !c.eval)
    r = error_set(err, EINVAL, "launch config: exactly one of `script` and `eval` is needed");
  if (r == 0 && (strlen(c.hostname) == 0 || strlen(c.hostname) > 64))
    r = error_set(err, EINVAL, "launch config: bad hostname");
  for (size_t i = 0; r == 0 && i < c.n_env; i++)
    if (!strchr(c.env[i], '=') || c.env[i][0] == '=')
      r = error_set(err, EINVAL, "launch config: env entry %zu is not NAME=VALUE", i);
  json_decref(o);
  if (r < 0) {
    launch_config_done(&c);
    return r;
  }
  *ret = c;
  return 0;
}

static void free_strv(char **v) {
  for (size_t i = 0; v && v[i]; i++)
    free(v[i]);
  free(v);
}

void launch_config_done(launch_config_t *c) {
  free(c->hostname);
  free(c->rootfs);
  free(c->app_dir);
  free(c->script);
  free(c->eval);
  free_strv(c->args);
  free_strv(c->env);
  free_strv(c->allow_builtins);
  for (size_t i = 0; i < c->n_mounts; i++) {
    free(c->mounts[i].src);
    free(c->mounts[i].dst);
  }
  free(c->mounts);
  free(c->root_size);
  *c = (launch_config_t){0};
}
