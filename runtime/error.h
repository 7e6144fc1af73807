/* Errors of the CLI side: an errno plus a message that names the thing.
 *
 * A function that can fail takes `secexec_error_t **err` last, creates the
 * error where it fails and returns -errno; callers may prefix context as it
 * travels up; only main() prints it. The exit status a user sees is chosen
 * by the code that knows which convention applies (125/126/127). */
#pragma once

#include <stdarg.h>

typedef struct secexec_error {
  int errnum;     /* positive errno, or 0 when not from a syscall */
  int exit_code;  /* 125 secexec failed, 126 cannot invoke, 127 not found */
  char *msg;
} secexec_error_t;

/* Creates *err (when err is not NULL) and returns -errnum (or -EINVAL when
 * errnum is 0), so a failing function can `return error_set(err, ...)`. */
int error_set(secexec_error_t **err, int errnum, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Same, with the exit status the CLI must use for it. */
int error_set_exit(secexec_error_t **err, int exit_code, int errnum, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Prefixes context: "<context>: <old message>". Returns -errnum. */
int error_wrap(secexec_error_t **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "secexec: <msg>[: <strerror>]" on stderr. */
void error_print(const secexec_error_t *err);

secexec_error_t *error_free(secexec_error_t *err);
void error_freep(secexec_error_t **err);
#define _cleanup_error_ __attribute__((cleanup(error_freep)))
