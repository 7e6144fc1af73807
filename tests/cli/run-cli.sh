#!/usr/bin/env bash
# CLI behaviour of `secexec run`: options, exit statuses, output streams,
# what the guest can see of the host. TAP.
set -u
: "${SECEXEC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 fails=0
check() { # name, command...: passes when the command succeeds
  local name=$1; shift
  n=$((n + 1))
  if "$@"; then echo "ok $n - $name"; else echo "not ok $n - $name"; fails=$((fails + 1)); fi
}
run() { "$SECEXEC" run "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
rc() { [ "$(cat "$tmp/rc")" = "$1" ]; }
out_is() { [ "$(cat "$tmp/out")" = "$1" ]; }
err_has() { grep -q -- "$1" "$tmp/err"; }
err_lines() { [ "$(wc -l <"$tmp/err")" = "$1" ]; }

check "--help prints usage, exit 0" sh -c '"$0" --help | grep -q "Usage: secexec"' "$SECEXEC"
check "--version names the guest node version" sh -c '"$0" --version | grep -q "v22.0.0"' "$SECEXEC"
check "run --help describes -e and --workdir" sh -c '"$0" run --help | grep -q -- "--workdir"' "$SECEXEC"
check "no command: usage on stderr, 125" sh -c '"$0" >/dev/null 2>&1; [ $? = 125 ]' "$SECEXEC"
check "unknown command: 125" sh -c '"$0" frobnicate 2>/dev/null; [ $? = 125 ]' "$SECEXEC"

run -e 'console.log(1 + 1)'
check "-e prints its output" out_is 2
check "-e exits 0" rc 0

run -e 'console.log(process.argv.slice(1).join(","))' a b
check "-e passes the remaining args" out_is "a,b"

run --bogus x.js
check "unknown option: exit 125" rc 125
check "unknown option: one clear line naming it" sh -c 'grep -q -- "--bogus" "$0" && [ "$(wc -l < "$0")" = 1 ]' "$tmp/err"

run "$tmp/missing.js"
check "missing script: exit 127" rc 127
check "missing script: message names it" err_has "missing.js"

mkdir -p "$tmp/noread" && echo 'console.log(1)' > "$tmp/noread/x.js"
run "$tmp/noread"
check "a directory as script: exit 126" rc 126

run --rootfs "$tmp/does-not-exist" -e '1'
check "rootfs that does not exist: exit 125" rc 125
check "rootfs that does not exist: message names it" err_has "does-not-exist"

echo 'let x = ;' > "$tmp/syntax.js"
run "$tmp/syntax.js"
check "syntax error: exit 1" rc 1
check "syntax error: file:line and caret" sh -c 'grep -q "^/app/syntax.js:1$" "$0" && grep -q "^        \^$" "$0" && grep -q "SyntaxError" "$0"' "$tmp/err"

printf 'console.log("out1");\nconsole.error("err1");\nprocess.stdout.write("out2\\n");\nprocess.stderr.write("err2\\n");\n' > "$tmp/streams.js"
run "$tmp/streams.js"
check "stdout and stderr stay separate" sh -c '[ "$(cat "$0/out")" = "$(printf "out1\nout2")" ] && [ "$(cat "$0/err")" = "$(printf "err1\nerr2")" ]' "$tmp"
check "interleaved output keeps its order on one stream" sh -c '"$0" run "$1" 2>&1 | tr "\n" " " | grep -q "^out1 err1 out2 err2 $"' "$SECEXEC" "$tmp/streams.js"

run -e 'process.exitCode = 42'
check "process.exitCode gives the exit status" rc 42
run -e 'process.exit(3); console.log("no")'
check "process.exit(n) gives n" rc 3
check "process.exit stops the guest" out_is ""
run -e 'throw new Error("x")'
check "uncaught exception: exit 1" rc 1
check "uncaught exception printed with [eval] location" err_has '^\[eval\]:1$'
run -e 'Promise.reject(new Error("rej"))'
check "unhandled rejection: exit 1" rc 1

A_HOST_SECRET=leak run -e 'console.log(JSON.stringify(process.env))'
check "no host environment by default" out_is "{}"
printf '# env\nFROM_FILE=yes\n' > "$tmp/envfile"
run --env A=1 --env-file "$tmp/envfile" -e 'console.log(process.env.A, process.env.FROM_FILE)'
check "--env and --env-file reach the guest" out_is "1 yes"

mkdir -p "$tmp/proj/src/lib" && echo '{}' > "$tmp/proj/package.json" && echo 'data' > "$tmp/proj/data.txt"
printf 'console.log(process.cwd(), __filename, require("fs").readFileSync("data.txt", "utf8").trim());\n' > "$tmp/proj/src/lib/main.js"
run "$tmp/proj/src/lib/main.js"
check "project dir (nearest package.json) is /app and the cwd" out_is "/app /app/src/lib/main.js data"
run --workdir "$tmp/proj" -e 'try { require("fs").writeFileSync("/app/new.txt", "y") } catch (e) { console.log(e.code) }'
check "/app is read-only" out_is "EROFS"
check "nothing was written to the host project" test ! -e "$tmp/proj/new.txt"
run --workdir "$tmp/proj" "$tmp/streams.js"
check "script outside --workdir is refused with 125" rc 125
run -e 'const fs = require("fs"); console.log(fs.existsSync("/etc/hosts"), fs.existsSync("/root/.bashrc"), fs.existsSync("'"$tmp"'"), fs.readdirSync === undefined)'
check "host files are not visible; the embedded root is" sh -c 'grep -q "^true false false false$" "$0"' "$tmp/out"
run --hostname box -e 'console.log(require("fs").readFileSync("/proc/sys/kernel/hostname", "utf8").trim())'
check "--hostname sets the runtime's hostname" out_is "box"
run -e 'console.log(require("fs").readFileSync("/proc/sys/kernel/hostname", "utf8").trim())'
check "default hostname is secexec" out_is "secexec"
run -e 'require("fs").writeFileSync("/tmp/f", "x"); console.log(require("fs").readFileSync("/tmp/f", "utf8"))'
check "the root filesystem is writable (tmpfs)" out_is "x"

mkdir -p "$tmp/myroot/app" "$tmp/myroot/etc" && echo marker > "$tmp/myroot/etc/marker"
run --rootfs "$tmp/myroot" -e 'console.log(require("fs").readFileSync("/etc/marker", "utf8").trim())'
check "--rootfs DIR is used as the root" out_is "marker"

# --mount: host paths bound in, read-write or read-only; bad ones refused.
mkdir -p "$tmp/share/sub" && echo shared > "$tmp/share/file.txt" && chmod 700 "$tmp/share"
run --mount "$tmp/share:/data" --mount "$tmp/share/file.txt:/etc/extra.txt:ro" -e '
  const fs = require("fs");
  console.log(fs.readFileSync("/data/file.txt", "utf8").trim(), fs.readFileSync("/etc/extra.txt", "utf8").trim());
  fs.writeFileSync("/data/from-guest.txt", "hi");
  try { fs.writeFileSync("/etc/extra.txt", "x"); } catch (e) { console.log(e.code); }'
check "--mount binds a private host directory and a file (read-only with :ro)" out_is "$(printf 'shared shared
EROFS')"
check "a read-write --mount writes through to the host" test "$(cat "$tmp/share/from-guest.txt")" = hi
run --mount "$tmp/share:/data:ro" -e 'try { require("fs").writeFileSync("/data/x", "y"); } catch (e) { console.log(e.code); }'
check "a :ro mount gives EROFS" out_is EROFS
run --mount "$tmp/share:/proc/x" -e 1
check "--mount into /proc is refused with 125" rc 125
run --mount "$tmp/share:/a/../b" -e 1
check "--mount destination with .. is refused" rc 125
run --mount "$tmp/nope:/x" -e 1
check "--mount of a missing source is refused" rc 125
run --root-size 1m -e 'try { require("fs").writeFileSync("/tmp/big", "x".repeat(4 << 20)); } catch (e) { console.log(e.code); }'
check "--root-size bounds the in-memory root: ENOSPC" out_is ENOSPC
run --root-size 12q -e 1
check "a malformed --root-size is refused" rc 125

run --read-only -e 'try { require("fs").writeFileSync("/tmp/x", "y"); } catch (e) { console.log(e.code); }'
check "--read-only root: writes give EROFS" out_is EROFS
run --read-only --rootfs "$tmp/myroot" -e 'try { require("fs").writeFileSync("/etc/x", "y"); } catch (e) { console.log(e.code); }'
check "--read-only with --rootfs: EROFS, nothing written to the host" sh -c '[ "$(cat "$0/out")" = EROFS ] && [ ! -e "$0/myroot/etc/x" ]' "$tmp"

run --fd-limit 10 -e 'const fs = require("fs"); let n = 0; try { for (;;) { fs.openSync("/etc/hosts", "r"); n++; } } catch (e) { console.log(e.code, n); }'
check "--fd-limit bounds open files: EMFILE after the limit (stdio counts)" out_is "EMFILE 7"
run --fd-limit 3 -e 1
check "a too small --fd-limit is refused" rc 125

# --memory: the runtime's memory budget.
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
# The CLI's memory cgroup (v1 memory hierarchy, else v2 with the controller
# delegated), where each runtime gets a secexec-<cli pid> child.
memcg_parent() {
  local path mp
  path=$(awk -F: '$2 ~ /(^|,)memory(,|$)/ { print $3 }' /proc/self/cgroup)
  mp=$(awk '/ - cgroup / && $NF ~ /(^|,)memory(,|$)/ && $4 == "/" { print $5; exit }' /proc/self/mountinfo)
  if [ -n "$path" ] && [ -n "$mp" ]; then echo "$mp${path%/}"; return; fi
  path=$(awk -F: '$1 == 0 { print $3 }' /proc/self/cgroup)
  mp=$(awk '/ - cgroup2 / && $4 == "/" { print $5; exit }' /proc/self/mountinfo)
  if [ -n "$path" ] && [ -n "$mp" ] && grep -qw memory "$mp${path%/}/cgroup.subtree_control" 2>/dev/null; then
    echo "$mp${path%/}"
  fi
}
cg=$(memcg_parent)
[ -n "$cg" ] && [ ! -w "$cg" ] && cg=
[ -n "$cg" ] || echo "# no writable memory cgroup here: only the V8 heap limit is checked"

run --memory lots -e 1
check "a malformed --memory is refused with 125" rc 125
check "a malformed --memory: one line naming the option" sh -c 'grep -q -- "--memory .lots." "$0" && [ "$(wc -l < "$0")" = 1 ]' "$tmp/err"
run --memory 1m -e 1
check "a --memory below 64m is refused with 125, naming the minimum" sh -c '[ "$(cat "$0/rc")" = 125 ] && grep -q "at least 64m" "$0/err"' "$tmp"
run --memory 99999999g -e 1
check "a --memory too large to honour is refused with 125" rc 125
run --memory 256m -e 'const os = require("os"); const t = os.totalmem(), f = os.freemem(), a = process.availableMemory();
  console.log(t, process.constrainedMemory(), f > 0 && f < t, a > 0 && a < t)'
check "--memory 256m: os.totalmem() and process.constrainedMemory() are the limit, free memory below it" \
  out_is "268435456 268435456 true true"
run -e 'console.log(require("os").totalmem(), process.constrainedMemory())'
check "the default budget is 512m" out_is "536870912 536870912"
run --memory 300M -e 'console.log(require("fs").readFileSync("/proc/meminfo", "utf8").split("\n")[0])'
check "/proc/meminfo shows the budget as MemTotal" out_is "MemTotal:         307200 kB"
host_total=$(( $(awk '$1 == "MemTotal:" { print $2 }' /proc/meminfo) * 1024 ))
run --memory max --env HOST_TOTAL=$host_total -e 'console.log(require("os").totalmem() === Number(process.env.HOST_TOTAL), process.constrainedMemory())'
check "--memory max: no budget, the machine's memory, constrainedMemory() 0" out_is "true 0"

run --memory 128m -e 'const keep = []; for (;;) keep.push({ x: Math.random() })'
check "a JavaScript heap bomb meets V8's heap limit first: exit 134" rc 134
check "a JavaScript heap bomb: Node's FATAL ERROR line" err_has '^FATAL ERROR: .*Allocation failed - JavaScript heap out of memory$'

bomb() { # guest code: runs it under --memory 128m in the background, to know the CLI's pid
  "$SECEXEC" run --memory 128m --workdir "$tmp" -e "$1" >"$tmp/out" 2>"$tmp/err" &
  bomb_pid=$!
  wait "$bomb_pid"; echo $? >"$tmp/rc"
}
if [ -n "$cg" ]; then
  bomb 'const keep = []; for (;;) keep.push(Buffer.alloc(1 << 20, 1))'
  check "a Buffer bomb is killed at the limit: exit 137" rc 137
  check "a Buffer bomb: one clear line naming the limit" sh -c '[ "$(cat "$0")" = "secexec: the runtime was killed: it ran out of memory (--memory 128m)" ]' "$tmp/err"
  check "the runtime's cgroup is gone afterwards" test ! -e "$cg/secexec-$bomb_pid"
  head -c 256M /dev/zero | gzip -1 >"$tmp/bomb.gz"
  bomb 'const out = require("zlib").gunzipSync(require("fs").readFileSync("/app/bomb.gz")); console.log(out.length)'
  check "a decompression bomb is killed at the limit: exit 137" rc 137
  check "a decompression bomb: the out-of-memory message" err_has "ran out of memory (--memory 128m)"
  check "its cgroup is gone afterwards" test ! -e "$cg/secexec-$bomb_pid"
  rm -f "$tmp/bomb.gz"
  run -e 'console.log("after")'
  check "the host and the next runtime are unaffected" out_is after
else
  for t in "Buffer bomb killed at the limit" "decompression bomb killed at the limit"; do
    skip "$t" "no memory cgroup"
  done
  if [ "${SECEXEC_MUST_WORK:-0}" = 1 ]; then check "a memory cgroup is usable here" false; fi
fi

echo "1..$n"
[ "$fails" = 0 ]
