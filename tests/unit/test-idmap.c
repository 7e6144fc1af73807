/* Unit tests of id-map decisions (runtime/idmap.c). */
#include <string.h>

#include "../../runtime/idmap.h"
#include "tap.h"

int main(void) {
  unsigned long s = 0, c = 0;
  ok(idmap_parse_subid("alice:100000:65536\nroot:200000:1000\n", "root", &s, &c) == 1 && s == 200000 && c == 1000,
     "finds root's range among others");
  ok(idmap_parse_subid("rooty:1:2\n", "root", &s, &c) == 0, "a longer name that starts with it is not it");
  ok(idmap_parse_subid("", "root", &s, &c) == 0, "empty file has no range");
  ok(idmap_parse_subid("root:abc:1\n", "root", &s, &c) < 0, "non-numeric start is malformed");
  ok(idmap_parse_subid("root:100:0\n", "root", &s, &c) < 0, "zero count is malformed");
  ok(idmap_parse_subid("root:0:10\n", "root", &s, &c) < 0, "a range starting at host root is refused");
  idmap_t m;
  secexec_error_t *err = NULL;
  ok(idmap_choose(1000, 1000, &m, &err) == 0 && m.rootless && m.uid_base == 1000 && m.uid_count == 1,
     "a non-root caller maps only itself, rootless");
  ok(idmap_choose(0, 0, &m, &err) == 0 && !m.rootless && m.uid_base != 0 && m.gid_base != 0 && m.uid_count > 1,
     "root maps the runtime's root to an unprivileged range, never to host root");
  return tap_done();
}
