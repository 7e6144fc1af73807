/* See errno-map.h; the data lives in errno-table.h. */
#include "errno-map.h"

#include <errno.h>

#include "errno-table.h"

const char *ks_errno_code(int errnum) {
  switch (errnum) {
#define X(e, msg)                                                             \
  case e:                                                                     \
    return #e;
    KS_ERRNO_TABLE(X)
#undef X
  default:
    return "UNKNOWN";
  }
}

const char *ks_errno_message(int errnum) {
  switch (errnum) {
#define X(e, msg)                                                             \
  case e:                                                                     \
    return msg;
    KS_ERRNO_TABLE(X)
#undef X
  default:
    return "unknown error";
  }
}
