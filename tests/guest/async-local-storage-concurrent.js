// Many concurrent async chains, each in its own AsyncLocalStorage store:
// no store leaks from one chain into another, nor out to the loop.
const { AsyncLocalStorage } = require('node:async_hooks');
const fs = require('node:fs');
const crypto = require('node:crypto');

const als = new AsyncLocalStorage();
const requestId = new AsyncLocalStorage();
let checks = 0;
const mismatches = [];
function check(id, where) {
  checks++;
  const s = als.getStore();
  if (!s || s.id !== id || requestId.getStore() !== `req-${id}`) mismatches.push(`${id} ${where} ${JSON.stringify(s)}`);
}

async function chain(id) {
  check(id, 'start');
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, (id * 3 + i) % 4));
    check(id, 'timeout');
    await new Promise((r) => setImmediate(r));
    check(id, 'immediate');
    await new Promise((r) => fs.stat(__filename, r));
    check(id, 'fs');
    await new Promise((r) => crypto.pbkdf2('pw', 'salt', 1, 16, 'sha256', r));
    check(id, 'pbkdf2');
    await fs.promises.readFile(__filename);
    check(id, 'fs/promises');
    await new Promise((r) => process.nextTick(r));
    check(id, 'tick');
    if (id % 3 === 0) {
      // a nested store, then back
      await als.run({ id: -id }, async () => { await null; });
      check(id, 'after nested');
    }
  }
  return id;
}

const n = 40;
const all = [];
for (let id = 0; id < n; id++) {
  all.push(als.run({ id }, () => requestId.run(`req-${id}`, () => chain(id))));
}
console.log('outside while running', als.getStore(), requestId.getStore());
Promise.all(all).then((ids) => {
  console.log('chains', ids.length, 'sum', ids.reduce((a, b) => a + b, 0));
  console.log('checks', checks, 'mismatches', mismatches.length, mismatches.slice(0, 3));
  console.log('store in Promise.all continuation', als.getStore());
  setTimeout(() => console.log('store on a fresh timer', als.getStore(), requestId.getStore()), 1);
});
