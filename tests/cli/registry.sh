#!/usr/bin/env bash
# Every builtin in registry/builtins.json behaves as its kind says, inside a
# real runtime: bridges and polyfills load through require, static import
# and dynamic import(); denied ones throw ERR_ACCESS_DENIED naming the
# module, by all three routes; node:-only ones need the prefix;
# --allow-builtins turns everything else into denied. TAP.
set -u
: "${SECEXEC:?}"
here=$(cd "$(dirname "$0")" && pwd)
registry=$here/../../registry/builtins.json
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
echo '{"name":"registry-check","private":true}' > "$tmp/package.json"
python3 - "$registry" "$tmp" <<'PY'
import json, sys
reg = json.load(open(sys.argv[1]))["builtins"]
tmp = sys.argv[2]
for i, b in enumerate(reg):
    with open(f"{tmp}/static-{i}.mjs", "w") as f:
        f.write(f"import * as m from 'node:{b['name']}';\nexport default m;\n")
with open(f"{tmp}/entries.json", "w") as f:
    json.dump(reg, f)
PY
cat > "$tmp/check.mjs" <<'JS'
import { createRequire, builtinModules, isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const entries = JSON.parse(readFileSync(new URL('./entries.json', import.meta.url), 'utf8'));
const narrowed = process.argv[2] ? new Set(process.argv[2].split(',')) : null;
let n = 0;
const ok = (cond, name) => console.log(`${cond ? '' : 'not '}ok ${++n} - ${name}`);
const deniedError = (e, name) => e && e.code === 'ERR_ACCESS_DENIED' && String(e.message).includes(`node:${name}`);
for (const [i, b] of entries.entries()) {
  const denied = b.kind === 'denied' || (narrowed !== null && !narrowed.has(b.name));
  const routes = {
    'require': () => require(`node:${b.name}`),
    'import()': () => import(`node:${b.name}`),
    'static import': () => import(`./static-${i}.mjs`),
  };
  for (const [route, load] of Object.entries(routes)) {
    let result, error;
    try { result = await load(); } catch (e) { error = e; }
    if (denied) ok(deniedError(error, b.name), `${b.name} (${b.kind}${narrowed ? ', narrowed' : ''}) denied by ${route}`);
    else ok(error === undefined && result != null, `${b.name} (${b.kind}) loads by ${route}${error ? `: ${error.code} ${error.message}` : ''}`);
  }
  if (!narrowed) {
    let bareError;
    try { require(b.name); } catch (e) { bareError = e; }
    if (b.prefixOnly) ok(bareError && bareError.code === 'MODULE_NOT_FOUND' && !isBuiltin(b.name), `${b.name} needs the node: prefix`);
    else ok(isBuiltin(b.name) && builtinModules.includes(b.name), `${b.name} is in module.builtinModules and isBuiltin`);
  }
}
JS
cd "$tmp" || exit 1
"$SECEXEC" run check.mjs > out.txt 2> err.txt
rc=$?
"$SECEXEC" run --allow-builtins=fs,module,path,events check.mjs fs,module,path,events > out2.txt 2>> err.txt
rc2=$?
"$SECEXEC" run --allow-builtins=nosuchmodule -e 1 >/dev/null 2>&1
bad=$?
{
  cat out.txt out2.txt
  if [ "$bad" -ne 0 ]; then echo "ok 0 - an unknown name in --allow-builtins is refused (exit $bad)"
  else echo "not ok 0 - an unknown name in --allow-builtins is refused"; fi
} | awk '/^(not )?ok /{ sub(/ok [0-9]+/, "ok " ++n); print; next } { print "# " $0 } END { print "1.." n }'
sed 's/^/# /' err.txt | head -20
[ "$rc" = 0 ] && [ "$rc2" = 0 ] && [ "$bad" -ne 0 ] && ! grep -q '^not ok' out.txt out2.txt
