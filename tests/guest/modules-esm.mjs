// ES module loading, compared with Node 22.
import { hello } from 'esm-only';
import esmDefault from 'esm-only';
import expDefault, { kind } from 'exp-pkg';
import cjsMain from 'cjs-main';
import { name } from 'cjs-main';
import data from './mods/data.json' with { type: 'json' };
import { createRequire } from 'node:module';
import EventEmitter, { once } from 'node:events';

const rel = (p) => String(p).split(`file://${process.cwd()}`).join('file://.').split(process.cwd()).join('.');
console.log(hello('esm'), esmDefault, expDefault, kind, cjsMain.name, name, data);
console.log(rel(import.meta.url), rel(import.meta.filename), rel(import.meta.dirname));
console.log(rel(import.meta.resolve('exp-pkg')), rel(import.meta.resolve('./mods/data.json')), import.meta.resolve('node:fs'));
console.log(typeof EventEmitter, typeof once);
const require = createRequire(import.meta.url);
console.log(require('exp-pkg'));
const tla = await import('./mods/tla.js');
console.log('tla module', tla.late);
const lateValue = await new Promise((r) => setTimeout(() => r('after timer'), 5));
console.log(lateValue);
for (const spec of ['./nope.mjs', './mods', 'no-such-pkg', 'exp-pkg/dist/feature.js', './mods/data.json', 'node:nope']) {
  try {
    await import(spec);
    console.log(spec, 'loaded');
  } catch (e) {
    console.log(spec, e.code, rel(e.message).split('\n')[0]);
  }
}
const ns = await import('exp-pkg');
console.log(Object.keys(ns), ns[Symbol.toStringTag]);
