/* secexec: the CLI. A table of verbs, each in its own cmd-*.c file; this
 * file only dispatches and is the one place that prints errors. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "error.h"

#ifndef SECEXEC_VERSION
#define SECEXEC_VERSION "0.0.0"
#endif

static const struct command {
  const char *name;
  const char *summary;
  int (*run)(int argc, char **argv, secexec_error_t **err);
} commands[] = {
    {"run", "run a script in a fresh, confined runtime", cmd_run},
};

static void usage(FILE *out) {
  fputs("Usage: secexec [--help] [--version] COMMAND [ARGS...]\n\n"
        "An OS-level container runtime whose init is a JavaScript engine:\n"
        "untrusted code runs as Node.js in namespaces under seccomp.\n\n"
        "Commands:\n",
        out);
  for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
    fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
  fputs("\nRun `secexec COMMAND --help` for a command's options.\n", out);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return 125;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(stdout);
    return 0;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("secexec version %s\nguest node v22.0.0 (V8 10.2)\n", SECEXEC_VERSION);
    return 0;
  }
  for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
    if (strcmp(argv[1], commands[i].name) != 0)
      continue;
    secexec_error_t *err = NULL;
    int r = commands[i].run(argc - 1, argv + 1, &err);
    if (r >= 0)
      return r;
    error_print(err);
    r = err && err->exit_code ? err->exit_code : 125;
    error_free(err);
    return r;
  }
  fprintf(stderr, "secexec: unknown command `%s` (see `secexec --help`)\n", argv[1]);
  return 125;
}
