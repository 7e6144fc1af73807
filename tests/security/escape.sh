#!/usr/bin/env bash
# Escape attempts from inside a runtime: "..", hostile symlinks in a
# bind-mounted host directory, /proc/self/root, /proc/self/fd and other
# windows onto the runtime process. The host holds a secret next to the
# mounted directory and in the runtime's stdout file; no guest path may
# read either, and none may write outside what was mounted. TAP.
set -u
: "${SECEXEC:?}"
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
secret=HOST-SECRET-$$-$RANDOM
mkdir -p "$tmp/shared/inner"
echo "$secret" > "$tmp/secret.txt"
echo "fine" > "$tmp/shared/ok.txt"
ln -s "$tmp/secret.txt" "$tmp/shared/abs-link"
ln -s ../secret.txt "$tmp/shared/rel-link"
ln -s ../../secret.txt "$tmp/shared/inner/deep-link"
ln -s / "$tmp/shared/root-link"
ln -s /proc/self/root "$tmp/shared/proc-root"
ln -s /proc/self/fd/1 "$tmp/shared/stdout-link"
ln -s /proc/self/mem "$tmp/shared/mem-link"
cat > "$tmp/shared/probe.js" <<JS
const fs = require('fs');
const host = ${tmp@Q};
const tries = [
  '/data/ok.txt', '/data/abs-link', '/data/rel-link', '/data/inner/deep-link', '/data/../secret.txt',
  '/data/root-link' + host + '/secret.txt', '/data/proc-root' + host + '/secret.txt',
  '/proc/self/root' + host + '/secret.txt', '/proc/1/root' + host + '/secret.txt', host + '/secret.txt',
  '/proc/self/fd/1', '/data/stdout-link', '/proc/self/mem', '/data/mem-link', '/proc/self/environ',
  '/proc/self/mountinfo', '/proc/self/maps', '/proc/self/cwd/../../secret.txt', '/dev/fd/1',
];
for (const p of tries) {
  let r;
  try { r = 'read ' + JSON.stringify(fs.readFileSync(p, 'utf8').slice(0, 60)); } catch (e) { r = e.code; }
  console.log(p.split(host).join('HOST'), r);
}
for (const p of ['/data/abs-link', '/data/rel-link', '/data/root-link' + host + '/new.txt']) {
  let r;
  try { fs.writeFileSync(p, 'overwritten'); r = 'wrote'; } catch (e) { r = e.code; }
  console.log('write', p.split(host).join('HOST'), r);
}
JS
echo "prefix $secret" > "$tmp/stdout.txt"
"$SECEXEC" run --mount "$tmp/shared:/data" "$tmp/shared/probe.js" >> "$tmp/stdout.txt" 2>"$tmp/stderr.txt"
rc=$?
n=0 fails=0
check() {
  local name=$1; shift
  n=$((n + 1))
  if "$@"; then echo "ok $n - $name"; else echo "not ok $n - $name"; fails=$((fails + 1)); fi
}
out=$(tail -n +2 "$tmp/stdout.txt")
sed 's/^/# /' <<< "$out"
check "the probe ran" [ "$rc" = 0 ]
check "the mounted directory itself is readable" grep -q '^/data/ok.txt read "fine' <<< "$out"
check "no guest path read the host secret" bash -c '! grep -q "$0" <<< "$1"' "$secret" "$out"
check "the runtime's own stdout file was not read back" bash -c '! grep -q "prefix" <<< "$1"' "$secret" "$out"
check "/proc/self/mem is refused" grep -q '^/proc/self/mem EACCES' <<< "$out"
check "/proc/self/environ is refused" grep -q '^/proc/self/environ EACCES' <<< "$out"
check "/proc/self/mountinfo (host paths) is refused" grep -q '^/proc/self/mountinfo EACCES' <<< "$out"
check "the host secret file is unchanged" [ "$(cat "$tmp/secret.txt")" = "$secret" ]
check "nothing was created outside the mount" test ! -e "$tmp/new.txt"
echo "1..$n"
[ "$fails" = 0 ]
