/* The one representation of CLI-side failures; see error.h. */
#define _GNU_SOURCE
#include "error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int error_vset(secexec_error_t **err, int exit_code, int errnum, const char *fmt, va_list ap) {
  int ret = errnum > 0 ? -errnum : -EINVAL;
  if (!err)
    return ret;
  secexec_error_t *e = calloc(1, sizeof(*e));
  if (!e)
    return ret;
  e->errnum = errnum;
  e->exit_code = exit_code;
  if (vasprintf(&e->msg, fmt, ap) < 0)
    e->msg = NULL;
  error_free(*err);
  *err = e;
  return ret;
}

int error_set(secexec_error_t **err, int errnum, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = error_vset(err, 125, errnum, fmt, ap);
  va_end(ap);
  return r;
}

int error_set_exit(secexec_error_t **err, int exit_code, int errnum, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = error_vset(err, exit_code, errnum, fmt, ap);
  va_end(ap);
  return r;
}

int error_wrap(secexec_error_t **err, const char *fmt, ...) {
  if (!err || !*err)
    return -EINVAL;
  secexec_error_t *e = *err;
  char *prefix = NULL, *joined = NULL;
  va_list ap;
  va_start(ap, fmt);
  int n = vasprintf(&prefix, fmt, ap);
  va_end(ap);
  if (n >= 0 && asprintf(&joined, "%s: %s", prefix, e->msg ? e->msg : "") >= 0) {
    free(e->msg);
    e->msg = joined;
  }
  free(prefix);
  return e->errnum > 0 ? -e->errnum : -EINVAL;
}

void error_print(const secexec_error_t *err) {
  if (!err)
    return;
  if (err->errnum > 0)
    fprintf(stderr, "secexec: %s: %s\n", err->msg ? err->msg : "error", strerror(err->errnum));
  else
    fprintf(stderr, "secexec: %s\n", err->msg ? err->msg : "error");
}

secexec_error_t *error_free(secexec_error_t *err) {
  if (err) {
    free(err->msg);
    free(err);
  }
  return NULL;
}

void error_freep(secexec_error_t **err) {
  *err = error_free(*err);
}
