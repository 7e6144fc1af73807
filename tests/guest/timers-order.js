// Node's phase order, with deadlines far enough apart to be deterministic.
const out = [];
const log = (s) => out.push(s);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('micro 1'));
queueMicrotask(() => log('micro 2'));
process.nextTick(() => {
  log('tick 2');
  Promise.resolve().then(() => log('micro from tick'));
  process.nextTick(() => log('tick from tick'));
});
setTimeout(() => {
  // From a timer: the check phase (immediates) comes before the next timers.
  setTimeout(() => log('timeout 0 from timer'), 0);
  setImmediate(() => log('immediate from timer'));
  process.nextTick(() => log('tick in timer'));
  Promise.resolve().then(() => log('micro in timer'));
}, 50);
setTimeout(() => log('t80 first'), 80);
setTimeout(() => log('t80 second (same deadline, created later)'), 80);
let n = 0;
const iv = setInterval(() => {
  log(`interval ${++n}`);
  if (n === 3) clearInterval(iv);
}, 70);
const cleared = setTimeout(() => log('never'), 1);
clearTimeout(cleared);
const unrefd = setTimeout(() => log('unref never runs'), 100000);
unrefd.unref();
console.log(typeof unrefd.ref, unrefd.hasRef(), typeof unrefd[Symbol.toPrimitive]());
const byId = setTimeout(() => log('cleared by id: never'), 5);
clearTimeout(+byId);
setImmediate((a, b) => log(`immediate args ${a} ${b}`), 1, 2);
const im = setImmediate(() => log('cleared immediate: never'));
clearImmediate(im);
setTimeout(() => {
  console.log(out.join('\n'));
}, 400);
process.on('beforeExit', () => {
  if (!globalThis.once) {
    globalThis.once = true;
    setTimeout(() => console.log('revived by beforeExit'), 1);
  }
});
