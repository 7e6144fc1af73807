// glob@10 (path-scurry, minimatch, lru-cache, minipass: a dual-package tree) walking
// this project's read-only files. Results are sorted and relative to the cwd.
import { glob, globSync, hasMagic } from 'glob';
import { minimatch } from 'minimatch';

const mine = (await glob('cases/*.{js,mjs,cjs}')).sort();
console.log(mine.length >= 40, mine.includes('cases/glob.mjs'));
console.log(globSync('fixtures/**', { nodir: true }).sort());
console.log((await glob('node_modules/glob/dist/*/index.js', { posix: true })).sort());
console.log(globSync('package.json', { withFileTypes: true }).map((p) => [p.name, p.isFile(), p.isDirectory()]));
console.log(globSync('cases/nonexistent-*.js'), hasMagic('a/*.js'), hasMagic('a/b.js'));
console.log(minimatch('bar.foo', '*.+(bar|foo)'), minimatch('.hidden', '*'), minimatch.makeRe('a/**/b').source.length > 0);
