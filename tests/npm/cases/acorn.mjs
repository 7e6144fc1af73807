// acorn@8 (dual package): parse modern JavaScript and walk the tree.
import { parse, tokenizer, version } from 'acorn';

const src = `
import x from 'y';
export const f = async (a, { b = 1, ...rest } = {}) => a?.b ?? await g(...rest);
class C { static #p = 1n; get v() { return C.#p; } static { this.init = true; } }
for await (const v of gen()) label: { if (v) break label; }
const re = /(?<year>\\d{4})-\\d\\d/u, t = tag\`x\${1}y\`;
export default function* gen() { yield* [1, 2 ** 3]; }
`;
const ast = parse(src, { ecmaVersion: 2022, sourceType: 'module', locations: true });
const counts = {};
(function walk(node) {
  if (!node || typeof node.type !== 'string') return;
  counts[node.type] = (counts[node.type] || 0) + 1;
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object' && key !== 'loc') walk(v);
  }
})(ast);
console.log(version.split('.')[0], ast.body.length, ast.body.map((n) => `${n.type}@${n.loc.start.line}`).join(' '));
console.log(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(' '));
console.log([...tokenizer('let a = 1 + "s"', { ecmaVersion: 2022 })].map((t) => t.type.label).join(' '));
try { parse('let let = 1', { ecmaVersion: 2022 }); } catch (e) { console.log(e.name, e.message, e.pos); }
