// typescript: transpile a small TypeScript source string to JavaScript.
const ts = require('typescript');

const source = `
import { readFile } from 'node:fs/promises';
enum Color { Red = 1, Green, Blue = 'blue' }
interface Point { x: number; y?: number }
type Pair<T> = [T, T];
export abstract class Shape<T extends object = {}> {
  #secret = 1;
  protected constructor(public readonly name: string, private meta?: T) {}
  abstract area(): number;
  toString(): string { return \`\${this.name}:\${this.area().toFixed(2)}\`; }
}
export class Circle extends Shape { constructor(readonly r: number) { super('circle'); } area() { return Math.PI * this.r ** 2; } }
export const sum = (...xs: number[]): number => xs.reduce((a, b) => a + b, 0);
export async function load(p: string): Promise<string | undefined> { return (await readFile(p, 'utf8'))?.trim() ?? undefined; }
const pt: Point = { x: 1 } satisfies Point;
let pair: Pair<string> = ['a', 'b'];
export default { Color, pt, pair } as const;
`;
for (const [label, options] of [
  ['commonjs/es2019', { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 }],
  ['esnext', { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ESNext }],
]) {
  const out = ts.transpileModule(source, { compilerOptions: { ...options, removeComments: true }, reportDiagnostics: true, fileName: 'shape.ts' });
  console.log(`// ---- ${label} (diagnostics: ${out.diagnostics.length})`);
  console.log(out.outputText);
}
const broken = ts.transpileModule('let x: = 1;', { reportDiagnostics: true, fileName: 'bad.ts' });
console.log(broken.diagnostics.map((d) => `${d.file.fileName}(${d.start}): TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`));
const sf = ts.createSourceFile('x.ts', 'function f(a: number) { return a * 2 }', ts.ScriptTarget.Latest, true);
const kinds = [];
(function walk(n) { kinds.push(ts.SyntaxKind[n.kind]); ts.forEachChild(n, walk); })(sf);
console.log(kinds.join(' '));
console.log('major.minor', ts.versionMajorMinor);
