// Times the crypto and zlib rows of bench/crypto-zlib and prints
// "name milliseconds" per row. The 64 MiB input is made once, outside the
// timed parts; each row is run once after a warm-up on a small input.
const crypto = require('crypto');
const zlib = require('zlib');

const MiB = 1024 * 1024;
const big = Buffer.alloc(64 * MiB);
for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((i * 2654435761) >>> 0, i);
// Compressible but not trivially: text-like runs.
const text = Buffer.from('lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(64 * MiB / 56 + 1)).subarray(0, 64 * MiB);

function time(name, fn) {
  fn(true);
  const t0 = process.hrtime.bigint();
  fn(false);
  console.log(name, (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(3));
}

time('sha256-64MiB', (warm) => {
  const h = crypto.createHash('sha256');
  const data = warm ? big.subarray(0, MiB) : big;
  for (let o = 0; o < data.length; o += MiB) h.update(data.subarray(o, o + MiB));
  h.digest('hex');
});

time('aes256gcm-64MiB', (warm) => {
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2));
  const data = warm ? big.subarray(0, MiB) : big;
  for (let o = 0; o < data.length; o += MiB) c.update(data.subarray(o, o + MiB));
  c.final();
  c.getAuthTag();
});

let gz;
time('gzip-64MiB', (warm) => {
  const out = zlib.gzipSync(warm ? text.subarray(0, MiB) : text);
  if (!warm) gz = out;
});

time('gunzip-64MiB', (warm) => {
  const out = zlib.gunzipSync(warm ? zlib.gzipSync(text.subarray(0, MiB)) : gz);
  if (!warm && out.length !== text.length) throw new Error('gunzip: wrong length');
});

time('10k-small-hashes', (warm) => {
  const n = warm ? 100 : 10000;
  for (let i = 0; i < n; i++) crypto.createHash('sha256').update(`message ${i}`).digest('hex');
});
