// Asynchronous fs work runs off the JS thread: while reads are in flight
// the event loop keeps turning, so timers and immediates fire between the
// completions. Counting loop turns (a self-rearming setImmediate) during
// one 16 MiB readFile is deterministic: Node reads 512 KiB per request,
// so ~31 turns happen before the callback, where a synchronous read would
// allow at most one. An interval also counts ticks while many concurrent
// reads run.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const MiB = 1024 * 1024;
const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const file = `${root}/data.bin`;
fs.writeFileSync(file, Buffer.alloc(16 * MiB, 7));

// Counts event-loop turns until `stop()`.
function loopCounter() {
  let turns = 0;
  let running = true;
  (function again() {
    if (!running) return;
    turns++;
    setImmediate(again);
  }());
  return () => {
    running = false;
    return turns;
  };
}

(async () => {
  let stop = loopCounter();
  await new Promise((resolve, reject) => fs.readFile(file, (err, data) => (err ? reject(err) : resolve(data))));
  console.log('loop turned during fs.readFile (>= 8 turns):', stop() >= 8);

  stop = loopCounter();
  const viaPromise = await fsp.readFile(file);
  console.log('loop turned during fsp.readFile (>= 8 turns):', stop() >= 8, viaPromise.length === 16 * MiB);

  stop = loopCounter();
  await fsp.writeFile(`${root}/out.bin`, viaPromise);
  console.log('loop turned during fsp.writeFile (>= 8 turns):', stop() >= 8);

  stop = loopCounter();
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: MiB })) bytes += chunk.length;
  console.log('loop turned during a read stream (>= 8 turns):', stop() >= 8, bytes === 16 * MiB);

  stop = loopCounter();
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(MiB);
  for (let i = 0; i < 16; i++) {
    await new Promise((resolve) => fs.read(fd, buf, 0, MiB, i * MiB, resolve));
  }
  fs.closeSync(fd);
  console.log('loop turned during chained fs.read (>= 8 turns):', stop() >= 8);

  // The same thing synchronously: no turn can happen.
  stop = loopCounter();
  fs.readFileSync(file);
  for (let i = 0; i < 16; i++) fs.statSync(file);
  console.log('loop turns during sync calls:', stop() - 1);

  // Many concurrent reads while an interval counts.
  let ticks = 0;
  let ticksDuring = 0;
  let pending = 0;
  const interval = setInterval(() => {
    ticks++;
    if (pending > 0) ticksDuring++;
  }, 1);
  const started = Date.now();
  const jobs = [];
  for (let i = 0; i < 24; i++) {
    pending++;
    jobs.push(new Promise((resolve, reject) => fs.readFile(file, (err, d) => {
      pending--;
      if (err) reject(err);
      else resolve(d.length);
    })));
  }
  const sizes = await Promise.all(jobs);
  clearInterval(interval);
  console.log('all concurrent reads complete:', sizes.every((n) => n === 16 * MiB));
  console.log('interval fired during reads:', ticksDuring > 0, ticks >= ticksDuring);
  console.log('reads took some time:', Date.now() - started >= 0);
})();
