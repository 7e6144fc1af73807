#!/usr/bin/env bash
# Isolation seen from the host: while a guest waits on a timer, its runtime
# process must be confined (seccomp filter, no_new_privs, no capabilities,
# own namespaces, unprivileged host ids), and nothing it writes may reach
# the host. Also runs a runtime as an unprivileged user (rootless). TAP.
set -u
: "${SECEXEC:?}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp"
cli_pid=
trap '[ -n "$cli_pid" ] && kill "$cli_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
n=0 fails=0
check() {
  local name=$1; shift
  n=$((n + 1))
  if "$@"; then echo "ok $n - $name"; else echo "not ok $n - $name"; fails=$((fails + 1)); fi
}

"$SECEXEC" run -e 'console.log("ready"); setTimeout(() => {}, 4000)' >"$tmp/out" 2>&1 &
cli_pid=$!
for _ in $(seq 100); do grep -q ready "$tmp/out" 2>/dev/null && break; sleep 0.05; done
rt=$(pgrep -P "$cli_pid" | head -1)
check "the runtime process exists while the guest waits" test -n "$rt"
st=/proc/$rt/status
field() { awk -v k="$1:" '$1 == k { print $2 }' "$st"; }
check "Seccomp: 2 (filter mode)" [ "$(field Seccomp)" = 2 ]
check "NoNewPrivs: 1" [ "$(field NoNewPrivs)" = 1 ]
check "CapEff: 0" [ "$(field CapEff)" = 0000000000000000 ]
check "CapPrm: 0" [ "$(field CapPrm)" = 0000000000000000 ]
check "CapBnd: 0 (nothing can be regained)" [ "$(field CapBnd)" = 0000000000000000 ]
check "CapAmb: 0" [ "$(field CapAmb)" = 0000000000000000 ]
for ns in user pid mnt net uts ipc cgroup; do
  check "own $ns namespace" [ "$(readlink "/proc/$rt/ns/$ns")" != "$(readlink "/proc/self/ns/$ns")" ]
done
if [ "$(id -u)" = 0 ]; then
  uid=$(awk '$1 == "Uid:" { print $2 }' "$st")
  check "guest root is not host root (host uid $uid)" [ "$uid" != 0 ]
  check "uid_map maps 0 to an unprivileged range" sh -c 'read a b c < "$0"; [ "$a" = 0 ] && [ "$b" != 0 ]' "/proc/$rt/uid_map"
fi
# Its memory budget: a cgroup of its own under the CLI's (v1 memory
# hierarchy, else v2 with the controller delegated), holding it.
path=$(awk -F: '$2 ~ /(^|,)memory(,|$)/ { print $3 }' /proc/self/cgroup)
mp=$(awk '/ - cgroup / && $NF ~ /(^|,)memory(,|$)/ && $4 == "/" { print $5; exit }' /proc/self/mountinfo)
limit_file=memory.limit_in_bytes
if [ -z "$path" ] || [ -z "$mp" ]; then
  path=$(awk -F: '$1 == 0 { print $3 }' /proc/self/cgroup)
  mp=$(awk '/ - cgroup2 / && $4 == "/" { print $5; exit }' /proc/self/mountinfo)
  limit_file=memory.max
fi
rtcg="$mp${path%/}/secexec-$cli_pid"
if [ -n "$mp" ] && [ -d "$rtcg" ]; then
  check "the runtime is in its own memory cgroup" grep -qx "$rt" "$rtcg/cgroup.procs"
  check "the runtime's cgroup has the default 512m limit" [ "$(cat "$rtcg/$limit_file")" = 536870912 ]
  check "the runtime's cgroup holds nothing else" [ "$(wc -l < "$rtcg/cgroup.procs")" = 1 ]
elif [ "${SECEXEC_MUST_WORK:-0}" = 1 ]; then
  check "the runtime has a memory cgroup" false
else
  echo "# no memory cgroup for the runtime here: not checked"
fi
check "the runtime cannot see the host's processes" sh -c '[ "$(ls /proc/$0/root/proc 2>/dev/null | grep -c "^[0-9]")" -le 2 ]' "$rt"
wait "$cli_pid"; cli_pid=

# Writes land in the runtime's own root, never in the template or the host.
before=$(cd "$here/../../rootfs-template" && find . -type f -exec sha256sum {} + | sort | sha256sum)
"$SECEXEC" run -e '
  const fs = require("fs");
  fs.writeFileSync("/etc/passwd", "hacked\n");
  fs.writeFileSync("/etc/new-file", "x");
  fs.writeFileSync("/tmp/t", "x");
  console.log("wrote")' >"$tmp/w.out" 2>&1
check "the guest could write to its root" grep -q wrote "$tmp/w.out"
after=$(cd "$here/../../rootfs-template" && find . -type f -exec sha256sum {} + | sort | sha256sum)
check "rootfs-template/ is unchanged" [ "$before" = "$after" ]
check "nothing appeared in rootfs-template/" test ! -e "$here/../../rootfs-template/etc/new-file"
"$SECEXEC" run -e 'const fs = require("fs"); console.log(fs.existsSync("/etc/new-file"), fs.readFileSync("/etc/passwd", "utf8").startsWith("root:"))' >"$tmp/w2.out" 2>&1
check "the next runtime starts from a fresh root" [ "$(cat "$tmp/w2.out")" = "false true" ]

"$SECEXEC" run -e 'console.log(require("fs").readFileSync("/proc/self/net/dev", "utf8").split("\n").slice(2).filter(Boolean).map((l) => l.trim().split(":")[0]).join())' >"$tmp/net.out" 2>&1
check "only loopback exists in the network namespace" [ "$(cat "$tmp/net.out")" = lo ]
"$SECEXEC" run -e 'console.log(require("fs").readFileSync("/sys/class/net/lo/operstate", "utf8"))' >/dev/null 2>&1
check "/sys of the host is not visible" [ $? != 0 ]

# /proc answers with the runtime's own view where the host's would leak.
"$SECEXEC" run -e '
  const fs = require("fs");
  const up = Number(fs.readFileSync("/proc/uptime", "utf8").split(" ")[0]);
  console.log(up < 30, fs.readFileSync("/proc/loadavg", "utf8").trim().split(" ").slice(3).join(" "),
    fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").filter((l) => l.startsWith("processor")).length);' >"$tmp/proc.out" 2>&1
host_up=$(cut -d. -f1 /proc/uptime)
check "/proc/uptime is the runtime's, not the host's ($host_up s)" grep -q '^true ' "$tmp/proc.out"
check "/proc/loadavg counts only the runtime's process" grep -q ' 1/1 1 ' "$tmp/proc.out"
check "/proc/cpuinfo lists the CPUs the runtime may use ($(nproc))" grep -q " $(nproc)\$" "$tmp/proc.out"

# Rootless: an ordinary user, mapped to root inside, nothing else mapped.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  if setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$SECEXEC"; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$SECEXEC" run -e '
      const fs = require("fs");
      console.log(fs.readFileSync("/proc/self/uid_map", "utf8").trim().split(/\s+/).join(" "));' >"$tmp/rl.out" 2>"$tmp/rl.err"
    rc=$?
    check "rootless run succeeds" [ "$rc" = 0 ]
    check "rootless: the caller (65534) is root inside, alone" [ "$(cat "$tmp/rl.out")" = "0 65534 1" ]
    [ "$rc" = 0 ] || sed 's/^/# /' "$tmp/rl.err"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$SECEXEC" run --memory 256m -e 1 >/dev/null 2>"$tmp/rl.err"
    check "rootless: an explicit --memory that no cgroup can enforce is refused (125)" [ $? = 125 ]
    check "rootless: the refusal says why" grep -q "^secexec: cannot enforce --memory 256m: " "$tmp/rl.err"
  else
    echo "# the build is not reachable by an unprivileged user: rootless test not run"
    if [ "${SECEXEC_MUST_WORK:-0}" = 1 ]; then check "rootless run possible from this checkout" false; fi
  fi
fi
echo "1..$n"
[ "$fails" = 0 ]
