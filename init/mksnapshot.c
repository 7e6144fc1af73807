/* Build-time tool: bakes the bootstrap bundle into a V8 startup snapshot.
 * Usage: secexec-mksnapshot BOOTSTRAP.js OUT.bin */
#include <stdio.h>
#include <stdlib.h>

#include "engine.h"

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s BOOTSTRAP.js OUT.bin\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *src = malloc((size_t)len + 1);
  if (!src || fread(src, 1, (size_t)len, f) != (size_t)len) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  engine_platform_init();
  int r = engine_make_snapshot(src, (size_t)len, argv[2]);
  free(src);
  return r < 0 ? 1 : 0;
}
