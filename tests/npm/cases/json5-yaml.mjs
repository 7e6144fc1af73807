// json5 (CJS with an ESM build via "exports") and yaml@2 (dual) from ESM.
import JSON5 from 'json5';
import YAML, { parseDocument, stringify } from 'yaml';

const text = `{
  // comments are allowed
  unquoted: 'single quotes',
  trailing: [1, 2, 3,],
  hex: 0xFF, inf: Infinity, plus: +1, dot: .5,
  "multi": 'line \\
continued',
}`;
const obj = JSON5.parse(text);
console.log(obj);
console.log(JSON5.stringify(obj, null, 2));
try { JSON5.parse('{a: }'); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }

const doc = parseDocument('# top comment\nkey: value # trailing\nlist:\n  - a\n  - b: 1\nanchor: &x {k: v}\nalias: *x\n');
console.log(doc.toJS(), doc.get('list').items.length, doc.errors.length);
doc.set('added', [1, 2]);
doc.setIn(['list', 0], 'A');
console.log(doc.toString());
console.log(stringify({ s: 'yes', n: null, d: new Date(Date.UTC(2024, 0, 2)), big: 2n ** 70n, nested: { arr: [{ x: 1 }] } }));
console.log(YAML.parse('%YAML 1.1\n---\non: yes\noctal: 010\n'), YAML.parse('on: yes\noctal: 0o10\n'));
const bad = parseDocument('a: [1\nb: c: d');
console.log(bad.errors.map((e) => `${e.code} ${e.linePos ? e.linePos[0].line : '?'}`));
