#!/usr/bin/env python3
"""Build step: registry/builtins.json -> the guest's builtin-module table.

usage: gen-builtins.py REGISTRY.json OUTPUT.js

Validates the registry (every entry has a unique `name`, a known `kind`, a
`source` file that exists for every non-denied builtin and null for denied
ones, `prefixOnly` exactly for Node's node:-only builtins, a one-line `note`)
and writes an ES module exporting

  builtinTable  { [name]: { kind, prefixOnly, load } }   (null prototype)
  builtinNames  the non-node:-only names, sorted as Node 22's
                module.builtinModules lists them (node:-only ones such as
                'test' or 'sqlite' are not in that list in Node 22).

`load` is `() => fixNames(pick(require("<absolute source path>")))`: the `require`
inside an arrow function makes esbuild wrap each builtin's module lazily, so a
builtin is evaluated on first use only.  For an ES module source the export
object is the module's default export (every builtin source in
polyfills/builtins/ ends with `export default <exports object>`), so the object
is mutable and keeps Node's key order; a CommonJS source gives its
module.exports.  fixNames() gives exported functions whose names the bundler
mangled to avoid collisions (Buffer -> Buffer11) their names back; building
with esbuild --keep-names makes that unnecessary.  For a denied builtin `load`
is null (the loader throws ERR_ACCESS_DENIED before it would load anything).

Exits with status 1 and one line per problem on stderr for a bad registry.
"""

import json
import os
import sys

KINDS = ('bridge', 'polyfill', 'denied')
# Builtins Node 22 only accepts with the node: scheme.
NODE_PREFIX_ONLY = ('sea', 'sqlite', 'test', 'test/reporters')
ENTRY_KEYS = {'name', 'kind', 'source', 'prefixOnly', 'note'}


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def validate(registry, root):
    errors = []
    if not isinstance(registry, dict) or not isinstance(registry.get('builtins'), list):
        return ['the registry must be an object with a "builtins" array'], []
    entries = registry['builtins']
    seen = set()
    good = []
    for i, e in enumerate(entries):
        where = f'builtins[{i}]'
        if not isinstance(e, dict):
            errors.append(f'{where}: not an object')
            continue
        name = e.get('name')
        if isinstance(name, str) and name:
            where = f'{where} ({name!r})'
        missing = ENTRY_KEYS - set(e)
        extra = set(e) - ENTRY_KEYS
        if missing:
            errors.append(f'{where}: missing {", ".join(sorted(missing))}')
        if extra:
            errors.append(f'{where}: unknown key(s) {", ".join(sorted(extra))}')
        ok = True
        if not isinstance(name, str) or not name:
            errors.append(f'{where}: "name" must be a non-empty string')
            ok = False
        elif name.startswith('node:'):
            errors.append(f'{where}: "name" is written without the node: prefix (use prefixOnly)')
            ok = False
        elif name in seen:
            errors.append(f'{where}: duplicate name {name!r}')
            ok = False
        else:
            seen.add(name)
        kind = e.get('kind')
        if kind not in KINDS:
            errors.append(f'{where}: unknown kind {kind!r} (expected one of {", ".join(KINDS)})')
            ok = False
        source = e.get('source')
        if kind == 'denied':
            if source is not None:
                errors.append(f'{where}: a denied builtin has "source": null')
                ok = False
        elif kind in KINDS:
            if not isinstance(source, str) or not source:
                errors.append(f'{where}: a {kind} builtin needs a "source" file')
                ok = False
            elif os.path.isabs(source):
                errors.append(f'{where}: "source" must be relative to the repository root: {source}')
                ok = False
            elif not os.path.isfile(os.path.join(root, source)):
                errors.append(f'{where}: source file does not exist: {source}')
                ok = False
        prefix_only = e.get('prefixOnly')
        if not isinstance(prefix_only, bool):
            errors.append(f'{where}: "prefixOnly" must be true or false')
            ok = False
        elif isinstance(name, str):
            if prefix_only and name not in NODE_PREFIX_ONLY:
                errors.append(f'{where}: prefixOnly is only for the node:-only builtins ({", ".join(NODE_PREFIX_ONLY)})')
                ok = False
            if not prefix_only and name in NODE_PREFIX_ONLY:
                errors.append(f'{where}: {name!r} is node:-only in Node 22: prefixOnly must be true')
                ok = False
        note = e.get('note')
        if not isinstance(note, str) or not note.strip() or '\n' in note:
            errors.append(f'{where}: "note" must be one non-empty line')
            ok = False
        if ok:
            good.append(e)
    return errors, good


def js_string(s):
    return json.dumps(s, ensure_ascii=True)


def generate(entries, root):
    lines = [
        '// Generated by tools/gen-builtins.py from registry/builtins.json: do not edit.',
        '// load() evaluates a builtin on first use (esbuild wraps each required',
        '// module lazily); an ES module source gives its default export.',
        'const pick = (m) => (m && m.__esModule && Object.prototype.hasOwnProperty.call(m, "default") ? m.default : m);',
        '// The bundler renames a function or class whose name collides with another',
        '// in the bundle (Buffer11, _Event): exported ones get their name back from',
        '// their key (also one level down, e.g. stream.Readable\'s statics).',
        'const renamed = /^_*(.+?)\\d*$/;',
        'function fixNames(obj, depth = 0) {',
        '  if (obj === null || (typeof obj !== "object" && typeof obj !== "function")) return obj;',
        '  for (const key of Object.keys(obj)) {',
        '    const d = Object.getOwnPropertyDescriptor(obj, key);',
        '    if (!d || !("value" in d) || typeof d.value !== "function") continue;',
        '    const fn = d.value;',
        '    if (fn.name !== key) {',
        '      const m = renamed.exec(fn.name);',
        '      if (m && (m[1] === key || m[1] === key.replace(/^_+/, ""))) Object.defineProperty(fn, "name", { value: m[1], configurable: true });',
        '    }',
        '    if (depth === 0 && fn !== obj) fixNames(fn, 1);',
        '  }',
        '  return obj;',
        '}',
        '',
        'export const builtinTable = {',
        '  __proto__: null,',
    ]
    for e in sorted(entries, key=lambda x: x['name']):
        if e['kind'] == 'denied':
            load = 'null'
        else:
            path = os.path.join(root, e['source'])
            load = f'() => fixNames(pick(require({js_string(path)})))'
        lines.append(f'  {js_string(e["name"])}: {{ kind: {js_string(e["kind"])}, '
                     f'prefixOnly: {"true" if e["prefixOnly"] else "false"}, load: {load} }},')
    lines.append('};')
    lines.append('')
    names = sorted(e['name'] for e in entries if not e['prefixOnly'])
    lines.append('// As Node 22\'s module.builtinModules: sorted, without the node:-only builtins.')
    lines.append('export const builtinNames = [')
    for n in names:
        lines.append(f'  {js_string(n)},')
    lines.append('];')
    lines.append('')
    return '\n'.join(lines)


def main(argv):
    if len(argv) != 3:
        print('usage: gen-builtins.py REGISTRY.json OUTPUT.js', file=sys.stderr)
        return 2
    registry_path, out_path = argv[1], argv[2]
    try:
        with open(registry_path, encoding='utf-8') as f:
            registry = json.load(f)
    except (OSError, ValueError) as e:
        print(f'gen-builtins: cannot read {registry_path}: {e}', file=sys.stderr)
        return 1
    root = repo_root()
    errors, entries = validate(registry, root)
    if errors:
        for err in errors:
            print(f'gen-builtins: {registry_path}: {err}', file=sys.stderr)
        return 1
    text = generate(entries, root)
    tmp = out_path + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, out_path)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
