// Large files stream: a 200 MiB file is generated block by block, then
// stream-copied with createReadStream -> Transform (checksum) ->
// createWriteStream (pipeline). Memory must stay flat: the resident set
// may grow by less than 64 MiB while 200 MiB go through, which only holds
// if reads come in highWaterMark-sized chunks and backpressure works.
// (The guest's /tmp is a 256 MiB tmpfs, so the full copy goes to
// /dev/null, checked by checksum; a 40 MiB slice is copied to a real file
// and compared.)
'use strict';
const fs = require('fs');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');

const MiB = 1024 * 1024;
const SIZE = 200 * MiB;
const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const src = `${root}/big.bin`;
const dst = `${root}/slice.bin`;

// 32-bit word sum, the same over any chunking into multiples of 4 bytes.
function sum(acc, buf) {
  const words = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength >>> 2);
  for (let i = 0; i < words.length; i++) acc = (acc + words[i]) >>> 0;
  return acc;
}

// Generate: each MiB block is filled with a pattern stamped with its index.
let expected = 0;
let expectedSlice = 0;
const block = Buffer.alloc(MiB);
const fd = fs.openSync(src, 'w');
for (let i = 0; i < SIZE / MiB; i++) {
  for (let k = 0; k < MiB; k += 4) block.writeUInt32LE(((i * 2654435761) ^ k) >>> 0, k);
  block.writeUInt32BE(i, 0);
  expected = sum(expected, block);
  if (i < 40) expectedSlice = sum(expectedSlice, block);
  fs.writeSync(fd, block);
}
fs.closeSync(fd);
console.log('generated MiB:', fs.statSync(src).size / MiB);

function checksum() {
  const t = new Transform({
    transform(chunk, enc, cb) {
      t.sum = sum(t.sum, chunk);
      t.chunks++;
      if (chunk.length > t.maxChunk) t.maxChunk = chunk.length;
      cb(null, chunk);
    },
  });
  t.sum = 0;
  t.chunks = 0;
  t.maxChunk = 0;
  return t;
}

(async () => {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const c1 = checksum();
  const rs = fs.createReadStream(src);
  rs.on('data', () => { peak = Math.max(peak, process.memoryUsage().rss); });
  const ws = fs.createWriteStream('/dev/null');
  await pipeline(rs, c1, ws);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const grew = peak - rss0;
  console.log('streamed MiB:', rs.bytesRead / MiB, 'written MiB:', ws.bytesWritten / MiB);
  console.log('checksum matches:', c1.sum === expected);
  console.log('chunks of highWaterMark (64 KiB):', c1.maxChunk === 65536, c1.chunks === SIZE / 65536);
  console.log('rss grew < 64 MiB:', grew < 64 * MiB);
  if (grew >= 64 * MiB) console.log('  grew by MiB:', Math.round(grew / MiB));

  const c2 = checksum();
  await pipeline(fs.createReadStream(src, { end: 40 * MiB - 1, highWaterMark: MiB }), c2, fs.createWriteStream(dst));
  console.log('slice copied MiB:', fs.statSync(dst).size / MiB, 'checksum matches:', c2.sum === expectedSlice, 'chunk 1 MiB:', c2.maxChunk === MiB);
  const a = Buffer.alloc(4096);
  const b = Buffer.alloc(4096);
  const fa = fs.openSync(src, 'r');
  const fb = fs.openSync(dst, 'r');
  let same = true;
  for (const i of [0, 1, 17, 39]) {
    fs.readSync(fa, a, 0, 4096, i * MiB + 1000);
    fs.readSync(fb, b, 0, 4096, i * MiB + 1000);
    same = same && a.equals(b);
    fs.readSync(fb, b, 0, 4, i * MiB);
    same = same && b.readUInt32BE(0) === i;
  }
  fs.closeSync(fa);
  fs.closeSync(fb);
  console.log('slice blocks identical:', same);
})();
