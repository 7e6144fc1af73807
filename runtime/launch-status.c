/* See launch-status.h. */
#define _GNU_SOURCE
#include "launch-status.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void launch_status_ok(int fd) {
  (void)!write(fd, "ok", 2);
  close(fd);
}

void launch_status_error(int fd, int exit_code, const char *msg) {
  char buf[LAUNCH_STATUS_MAX];
  int n = snprintf(buf, sizeof(buf), "error %d %s", exit_code, msg);
  if (n > 0)
    (void)!write(fd, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
  close(fd);
}

int launch_status_parse(const char *buf, size_t len, int *ret_exit, char *msg, size_t msg_size) {
  if (len == 2 && memcmp(buf, "ok", 2) == 0)
    return 1;
  if (len < 8 || memcmp(buf, "error ", 6) != 0 || msg_size == 0)
    return -EINVAL;
  char num[8] = {0};
  size_t i = 6, j = 0;
  while (i < len && buf[i] != ' ' && j < sizeof(num) - 1)
    num[j++] = buf[i++];
  if (i >= len || buf[i] != ' ' || j == 0)
    return -EINVAL;
  char *end;
  long code = strtol(num, &end, 10);
  if (*end || code < 1 || code > 255)
    return -EINVAL;
  size_t mlen = len - i - 1;
  if (mlen >= msg_size)
    mlen = msg_size - 1;
  memcpy(msg, buf + i + 1, mlen);
  msg[mlen] = '\0';
  *ret_exit = (int)code;
  return 0;
}
