/* Unit tests of the CLI → init hand-over (runtime/launch-config.c,
 * runtime/launch-status.c): round trips and hostile input. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "../../runtime/launch-config.h"
#include "../../runtime/launch-status.h"
#include "tap.h"

static int parse(const char *text) {
  launch_config_t c;
  secexec_error_t *err = NULL;
  int r = launch_config_from_json(text, strlen(text), &c, &err);
  if (r == 0)
    launch_config_done(&c);
  error_free(err);
  return r;
}

int main(void) {
  char *args[] = {"a", "b c", NULL}, *env[] = {"K=V", "EMPTY=", NULL};
  launch_config_t in = {.hostname = "h", .app_dir = "/srv/app", .script = "/app/x.js",
                        .args = args, .n_args = 2, .env = env, .n_env = 2};
  char *text = NULL;
  secexec_error_t *err = NULL;
  ok(launch_config_to_json(&in, &text, &err) == 0 && text, "config serialises");
  launch_config_t out;
  ok(launch_config_from_json(text, strlen(text), &out, &err) == 0, "config parses back");
  ok(strcmp(out.hostname, "h") == 0 && strcmp(out.app_dir, "/srv/app") == 0 && !out.rootfs && !out.eval,
     "strings and nulls survive the round trip");
  ok(out.n_args == 2 && strcmp(out.args[1], "b c") == 0 && out.args[2] == NULL, "args survive, NULL-terminated");
  ok(out.n_env == 2 && strcmp(out.env[1], "EMPTY=") == 0, "env survives");
  ok(out.allow_builtins == NULL, "no allow list survives as NULL");
  launch_config_done(&out);
  free(text);
  char *allow[] = {"fs", "path", NULL};
  in.allow_builtins = allow;
  in.n_allow_builtins = 2;
  ok(launch_config_to_json(&in, &text, &err) == 0 && launch_config_from_json(text, strlen(text), &out, &err) == 0 &&
         out.n_allow_builtins == 2 && strcmp(out.allow_builtins[1], "path") == 0 && !out.allow_builtins[2],
     "an allow list survives the round trip");
  launch_config_done(&out);
  free(text);

  in.memory_limit = 256ull << 20;
  ok(launch_config_to_json(&in, &text, &err) == 0 && launch_config_from_json(text, strlen(text), &out, &err) == 0 &&
         out.memory_limit == 256ull << 20,
     "a memory limit survives the round trip");
  launch_config_done(&out);
  free(text);
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"memory_limit\":0}") == 0,
     "memory_limit 0 (no limit) accepted");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"memory_limit\":-1}") < 0 &&
         parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"memory_limit\":1024}") < 0 &&
         parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"memory_limit\":\"1g\"}") < 0 &&
         parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"memory_limit\":9007199254740992}") < 0,
     "a negative, too small, non-integer or huge memory_limit rejected");

  ok(parse("") < 0, "empty input rejected");
  ok(parse("[]") < 0, "non-object rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[]") < 0, "truncated JSON rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"eval\":\"1\",\"args\":[],\"env\":[]}") < 0,
     "script and eval together rejected");
  ok(parse("{\"hostname\":\"h\",\"args\":[],\"env\":[]}") < 0, "neither script nor eval rejected");
  ok(parse("{\"hostname\":1,\"script\":\"/a\",\"args\":[],\"env\":[]}") < 0, "wrong type rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[1],\"env\":[]}") < 0, "non-string arg rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[\"NOEQ\"]}") < 0, "env without '=' rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"a\\u0000b\",\"args\":[],\"env\":[]}") < 0, "embedded NUL rejected");
  ok(parse("{\"hostname\":\"h\",\"hostname\":\"i\",\"script\":\"/a\",\"args\":[],\"env\":[]}") < 0,
     "duplicate keys rejected");
  ok(parse("{\"hostname\":\"\",\"script\":\"/a\",\"args\":[],\"env\":[]}") < 0, "empty hostname rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[]}") == 0, "minimal valid config accepted");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"allow_builtins\":\"fs\"}") < 0,
     "allow list that is not an array rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"mounts\":[{\"src\":\"/s\",\"dst\":\"/d\",\"ro\":true}]}") == 0,
     "a valid mount accepted");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"mounts\":[{\"src\":\"/s\",\"dst\":\"/d/../etc\",\"ro\":true}]}") < 0,
     "a mount destination with .. rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"mounts\":[{\"src\":\"/s\",\"dst\":\"/proc/1\",\"ro\":false}]}") < 0,
     "a mount under /proc rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"mounts\":[{\"src\":\"s\",\"dst\":\"/d\",\"ro\":false}]}") < 0,
     "a relative mount source rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"mounts\":[{\"src\":\"/s\",\"dst\":\"/d\",\"ro\":false,\"x\":1}]}") < 0,
     "a mount with an unknown key rejected");
  ok(parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"root_size\":\"64m\"}") == 0 &&
         parse("{\"hostname\":\"h\",\"script\":\"/a\",\"args\":[],\"env\":[],\"root_size\":\"64m,mode=777\"}") < 0,
     "root_size accepts a size and rejects injected tmpfs options");

  int code = 0;
  char msg[64];
  ok(launch_status_parse("ok", 2, &code, msg, sizeof(msg)) == 1, "status ok parses");
  ok(launch_status_parse("error 126 no init", 17, &code, msg, sizeof(msg)) == 0 && code == 126 &&
         strcmp(msg, "no init") == 0,
     "status error parses with code and message");
  ok(launch_status_parse("error 0 x", 9, &code, msg, sizeof(msg)) < 0, "status with code 0 rejected");
  ok(launch_status_parse("error 999 x", 11, &code, msg, sizeof(msg)) < 0, "status with code > 255 rejected");
  ok(launch_status_parse("", 0, &code, msg, sizeof(msg)) < 0, "empty status rejected");
  ok(launch_status_parse("okay", 4, &code, msg, sizeof(msg)) < 0, "garbage status rejected");
  char longmsg[200];
  memset(longmsg, 'x', sizeof(longmsg));
  memcpy(longmsg, "error 125 ", 10);
  ok(launch_status_parse(longmsg, sizeof(longmsg), &code, msg, sizeof(msg)) == 0 && strlen(msg) == sizeof(msg) - 1,
     "long status message is truncated to the buffer");
  return tap_done();
}
