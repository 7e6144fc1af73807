// import.meta: url, dirname, filename and resolve().
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const rel = (p) => path.relative(process.cwd(), p);
const relUrl = (u) => (u.startsWith('file:') ? rel(fileURLToPath(u)) : u);
console.log(Object.keys(import.meta).sort());
console.log(import.meta.url.startsWith('file:///'), relUrl(import.meta.url), rel(import.meta.dirname), rel(import.meta.filename));
console.log(import.meta.filename === fileURLToPath(import.meta.url), pathToFileURL(import.meta.filename).href === import.meta.url);
for (const spec of ['chalk', 'lodash', 'date-fns/locale', 'yargs/helpers', './ms.mjs', '../fixtures/lib.cjs', 'node:fs', 'fs', '#fixture-lib', '#esm-scope/util.js']) {
  console.log(spec, '->', relUrl(import.meta.resolve(spec)));
}
for (const spec of ['no-such-package-xyz', 'chalk/not-exported', '#not-mapped']) {
  try { console.log(spec, '->', relUrl(import.meta.resolve(spec))); } catch (e) { console.log(spec, '->', e.code); }
}
console.log(relUrl(new URL('../fixtures/sample.csv', import.meta.url).href));
