// The fs benchmark's guest: each row is timed inside the process (so
// start-up does not count) and printed as "name ms". Runs unchanged under
// secexec and under Node 22, in a scratch directory under the given root.
const fs = require('fs');
const path = require('path');
const base = fs.mkdtempSync(path.join(process.argv[2] || '/tmp', 'fs-bench-'));
const time = (name, fn) => {
  fn(); // warm-up
  const t = performance.now();
  const n = fn();
  console.log(`${name} ${((performance.now() - t) / n).toFixed(4)}`);
};
const small = path.join(base, 'small');
fs.writeFileSync(small, Buffer.alloc(4096, 1));
const big = path.join(base, 'big');
fs.writeFileSync(big, Buffer.alloc(64 << 20, 2));
const dir = path.join(base, 'many');
fs.mkdirSync(dir);
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(dir, `f${i}`), '');
time('statSync', () => { for (let i = 0; i < 20000; i++) fs.statSync(small); return 20000; });
time('readFileSync-4KiB', () => { for (let i = 0; i < 20000; i++) fs.readFileSync(small); return 20000; });
time('readFileSync-64MiB', () => { for (let i = 0; i < 5; i++) fs.readFileSync(big); return 5; });
time('readdirSync-10000', () => { for (let i = 0; i < 20; i++) fs.readdirSync(dir); return 20; });
let k = 0;
time('writeFileSync-small', () => { for (let i = 0; i < 5000; i++) fs.writeFileSync(path.join(base, `w${k++}`), 'data'); return 5000; });
fs.rmSync(base, { recursive: true, force: true });
