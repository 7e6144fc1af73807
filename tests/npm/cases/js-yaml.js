// js-yaml@4: load, dump, schemas, errors with line/column marks.
const yaml = require('js-yaml');
const fs = require('fs');

const doc = `
# config
name: demo
version: 1.2
enabled: yes
ports: [80, 443]
when: 2024-03-01T10:00:00Z
anchors:
  base: &base { retries: 3, timeout: 10 }
  derived:
    <<: *base
    timeout: 20
multiline: |
  line one
  line two
folded: >
  folded
  text
nulls: [~, null]
octal: 0o17
`;
const obj = yaml.load(doc);
console.log(obj, obj.when.toISOString());
console.log(yaml.dump(obj, { sortKeys: true, lineWidth: 40 }));
console.log(yaml.loadAll('--- 1\n--- [a, b]\n--- {x: y}\n'));
console.log(yaml.load('enabled: yes\nn: 010', { schema: yaml.JSON_SCHEMA }));
try { yaml.load('a: [1, 2\nb: 3'); } catch (e) { console.log(e.name, e.reason, e.mark.line, e.mark.column); console.log(e.message); }
console.log(yaml.dump({ s: 'needs: quoting', n: '123', t: 'true', arr: [], o: {}, u: undefined, fn: 'x' }, { skipInvalid: true }));
const fromFile = yaml.load(fs.readFileSync('fixtures/sample.yaml', 'utf8'));
console.log(fromFile);
