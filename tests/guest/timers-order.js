const out = [];
const log = (s) => out.push(s);
setTimeout(() => log('timeout 0'), 0);
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('micro 1'));
queueMicrotask(() => log('micro 2'));
process.nextTick(() => {
  log('tick 2');
  Promise.resolve().then(() => log('micro from tick'));
  process.nextTick(() => log('tick from tick'));
});
setTimeout(() => {
  log('t10');
  process.nextTick(() => log('tick in t10'));
  Promise.resolve().then(() => log('micro in t10'));
}, 10);
setTimeout(() => log('t10 second'), 10);
const iv = setInterval(() => {
  log('interval');
  if (out.filter((x) => x === 'interval').length === 3) clearInterval(iv);
}, 5);
const cleared = setTimeout(() => log('never'), 1);
clearTimeout(cleared);
const unrefd = setTimeout(() => log('unref never runs'), 100000);
unrefd.unref();
console.log(typeof unrefd.ref, unrefd.hasRef());
setTimeout(() => {
  setImmediate(() => log('imm after timer'));
  setTimeout(() => log('timer after timer'), 0);
}, 20);
setTimeout(() => {
  console.log(out.join('\n'));
}, 60);
process.on('beforeExit', () => {
  if (!globalThis.once) {
    globalThis.once = true;
    setTimeout(() => console.log('revived by beforeExit'), 1);
  }
});
