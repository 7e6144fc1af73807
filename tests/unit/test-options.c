/* Unit tests of `secexec run` option parsing (runtime/options.c). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../runtime/options.h"
#include "tap.h"

#define ARGV(...) ((char *const[]){__VA_ARGS__, NULL})
#define ARGC(...) ((int)(sizeof((char *[]){__VA_ARGS__}) / sizeof(char *)))
#define PARSE(o, err, ...) run_options_parse(ARGC(__VA_ARGS__), ARGV(__VA_ARGS__), (o), (err))

int main(void) {
  run_options_t o;
  secexec_error_t *err = NULL;

  ok(PARSE(&o, &err, "run", "app.js", "a", "--b") == 0, "file with guest args parses");
  ok(o.script && strcmp(o.script, "app.js") == 0, "script is the first non-option");
  ok(o.n_args == 2 && strcmp(o.args[0], "a") == 0 && strcmp(o.args[1], "--b") == 0,
     "arguments after the script belong to the guest, options included");
  run_options_done(&o);

  ok(PARSE(&o, &err, "run", "-e", "console.log(1)", "x") == 0 && o.eval && !o.script && o.n_args == 1,
     "-e CODE takes the code and leaves the rest as guest args");
  run_options_done(&o);

  ok(PARSE(&o, &err, "run", "--eval=1+1") == 0 && o.eval && strcmp(o.eval, "1+1") == 0, "--eval=CODE form");
  run_options_done(&o);

  ok(PARSE(&o, &err, "run", "--env", "A=1", "--env=B=x=y", "--env", "A=2", "--hostname", "box", "f.js") == 0,
     "env and hostname options parse");
  ok(o.n_env == 2 && strcmp(o.env[0], "A=2") == 0 && strcmp(o.env[1], "B=x=y") == 0,
     "a later --env replaces an earlier one of the same name; '=' in values kept");
  ok(strcmp(o.hostname, "box") == 0, "hostname stored");
  run_options_done(&o);

  ok(PARSE(&o, &err, "run", "--bogus", "f.js") < 0 && err && err->exit_code == 125 && strstr(err->msg, "--bogus"),
     "unknown option is an error naming it, exit 125");
  err = error_free(err);
  ok(PARSE(&o, &err, "run") < 0 && err && strstr(err->msg, "needs a script"), "missing script is an error");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--env", "NOEQUALS", "f.js") < 0 && err && strstr(err->msg, "NOEQUALS"),
     "--env without '=' is rejected");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--env", "=v", "f.js") < 0, "--env with an empty name is rejected");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--workdir") < 0 && err && strstr(err->msg, "needs a value"),
     "option without its value is an error");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--hostname", "", "f.js") < 0, "empty hostname is rejected");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--help") == 0 && o.help, "--help needs no script");
  run_options_done(&o);
  ok(PARSE(&o, &err, "run", "--", "-weird.js") == 0 && strcmp(o.script, "-weird.js") == 0,
     "-- ends the options");
  run_options_done(&o);

  ok(PARSE(&o, &err, "run", "--allow-builtins=fs,node:path,fs/promises", "f.js") == 0 && o.n_allow_builtins == 3 &&
         strcmp(o.allow_builtins[1], "path") == 0 && strcmp(o.allow_builtins[2], "fs/promises") == 0 &&
         o.allow_builtins[3] == NULL,
     "--allow-builtins splits names and drops node:");
  run_options_done(&o);
  ok(PARSE(&o, &err, "run", "--allow-builtins", "fs,,path", "f.js") < 0 && err && strstr(err->msg, "empty"),
     "--allow-builtins with an empty name is rejected");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--allow-builtins", "fs;rm -rf", "f.js") < 0 && err && strstr(err->msg, "invalid"),
     "--allow-builtins with a malformed name is rejected");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "f.js") == 0 && o.allow_builtins == NULL, "no --allow-builtins: every builtin");
  run_options_done(&o);

  ok(PARSE(&o, &err, "run", "f.js") == 0 && o.memory == 512ull << 20 && !o.memory_set,
     "no --memory: the 512m default, not explicit");
  run_options_done(&o);
  ok(PARSE(&o, &err, "run", "--memory", "1G", "f.js") == 0 && o.memory == 1ull << 30 && o.memory_set,
     "--memory 1G parses and is explicit");
  run_options_done(&o);
  ok(PARSE(&o, &err, "run", "--memory=max", "f.js") == 0 && o.memory == 0 && o.memory_set, "--memory=max: no limit");
  run_options_done(&o);
  ok(PARSE(&o, &err, "run", "--memory", "0", "f.js") == 0 && o.memory == 0 && o.memory_set, "--memory 0: no limit");
  run_options_done(&o);
  ok(PARSE(&o, &err, "run", "--memory", "lots", "f.js") < 0 && err && err->exit_code == 125 &&
         strstr(err->msg, "--memory `lots`"),
     "a malformed --memory is refused, naming it, exit 125");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--memory", "1m", "f.js") < 0 && err && strstr(err->msg, "at least 64m"),
     "a --memory below the minimum is refused with the minimum");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--memory", "99999999999g", "f.js") < 0 && err && strstr(err->msg, "--memory"),
     "a --memory too large to honour is refused");
  err = error_free(err);

  char path[] = "/tmp/secexec-envfile-XXXXXX";
  int fd = mkstemp(path);
  const char text[] = "# comment\n\nA=1\nexport B = two \nC=\"quoted value\"\nD='x'\n";
  ok(fd >= 0 && write(fd, text, sizeof(text) - 1) == (ssize_t)(sizeof(text) - 1), "env file written");
  close(fd);
  ok(PARSE(&o, &err, "run", "--env-file", path, "f.js") == 0 && o.n_env == 4, "env file gives four entries");
  ok(o.n_env == 4 && strcmp(o.env[1], "B=two") == 0 && strcmp(o.env[2], "C=quoted value") == 0 &&
         strcmp(o.env[3], "D=x") == 0,
     "env file: export prefix, spaces and quotes handled");
  run_options_done(&o);
  fd = open(path, O_WRONLY | O_TRUNC);
  ok(write(fd, "A=1\nbroken line\n", 16) == 16, "bad env file written");
  close(fd);
  ok(PARSE(&o, &err, "run", "--env-file", path, "f.js") < 0 && err && strstr(err->msg, ":2:"),
     "a bad env-file line is reported with its line number");
  err = error_free(err);
  ok(PARSE(&o, &err, "run", "--env-file", "/nonexistent/env", "f.js") < 0 && err && err->errnum == ENOENT,
     "a missing env file is an error with ENOENT");
  err = error_free(err);
  unlink(path);
  return tap_done();
}
