// zlib's callback and promisified forms vs Node 22: results, errors as
// callbacks receive them, maxOutputLength, and work that runs off the
// guest's thread (a timer keeps firing while one large window inflates).
const zlib = require('zlib');
const util = require('util');
const crypto = require('crypto');

const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
const describe = (err) => (err ? `${err.name} ${err.code} ${err.errno} ${JSON.stringify(err.message)}` : String(err));

const steps = [];
const step = (fn) => steps.push(fn);
function next() {
  const s = steps.shift();
  if (s) s();
}

for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['brotliCompress', 'brotliDecompress']]) {
  step(() => zlib[c](text, (err, compressed) => {
    zlib[d](compressed, (err2, out) => {
      console.log(`${c} -> ${d}`, describe(err), describe(err2), Buffer.isBuffer(out), out.toString() === text);
      next();
    });
  }));
}
step(() => zlib.deflate('hello world hello world', { level: 0 }, (err, out) => {
  console.log('deflate level 0', describe(err), out.toString('hex'));
  next();
}));
step(() => zlib.gzip(new Uint16Array([1, 2, 3]), (err, out) => {
  console.log('gzip Uint16Array', describe(err), zlib.gunzipSync(out).toString('hex'));
  next();
}));
step(() => zlib.deflate(new Uint8Array([1, 2, 3]).buffer, (err, out) => {
  console.log('deflate ArrayBuffer', describe(err), zlib.inflateSync(out).toString('hex'));
  next();
}));
step(() => zlib.inflate(Buffer.alloc(0), (err, out) => {
  console.log('inflate empty', describe(err), out);
  next();
}));
step(() => zlib.inflate(Buffer.from('garbage!'), (err, out) => {
  console.log('inflate garbage', describe(err), out);
  next();
}));
step(() => zlib.gunzip(zlib.gzipSync(text).subarray(0, 100), (err, out) => {
  console.log('gunzip truncated', describe(err), out);
  next();
}));
step(() => zlib.inflate(zlib.deflateSync('hello', { dictionary: Buffer.from('hel') }), (err) => {
  console.log('inflate missing dictionary', describe(err));
  next();
}));
step(() => zlib.brotliDecompress(Buffer.from('garbage garbage'), (err) => {
  console.log('brotli garbage', describe(err));
  next();
}));
step(() => zlib.brotliDecompress(zlib.brotliCompressSync(text).subarray(0, 30), (err) => {
  console.log('brotli truncated', describe(err));
  next();
}));
step(() => zlib.inflate(zlib.deflateSync(Buffer.alloc(4 << 20)), { maxOutputLength: 100000 }, (err, out) => {
  console.log('maxOutputLength', describe(err), out);
  next();
}));
step(() => zlib.gzip('info', { info: true }, (err, r) => {
  console.log('info', describe(err), Object.keys(r).join(), r.engine.constructor.name, r.engine._closed, r.engine.bytesWritten,
    zlib.gunzipSync(r.buffer).toString());
  next();
}));
step(async () => {
  const gz = await util.promisify(zlib.gzip)('promisified');
  console.log('promisify gzip/unzip', (await util.promisify(zlib.unzip)(gz)).toString());
  const br = await util.promisify(zlib.brotliCompress)('brotli promisified', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 3 } });
  console.log('promisify brotli', (await util.promisify(zlib.brotliDecompress)(br)).toString());
  try {
    await util.promisify(zlib.inflateRaw)(Buffer.from('ffffffff', 'hex'));
  } catch (err) {
    console.log('promisify rejection', describe(err));
  }
  next();
});
step(() => {
  for (const [label, fn] of [
    ['input number', () => zlib.deflate(42, () => {})],
    ['no callback', () => zlib.deflate('x')],
    ['callback not a function', () => zlib.gzip('x', {}, 'nope')],
    ['bad option', () => zlib.gzip('x', { level: 11 }, () => {})],
  ]) {
    try {
      fn();
      console.log(label, 'no throw');
    } catch (err) {
      console.log(label, err.name, err.code);
    }
  }
  next();
});
// One output window of 32 MiB: a single trip to the thread pool, during
// which the guest's interval still fires.
step(() => {
  const big = Buffer.alloc(32 << 20, 'zlib ');
  const compressed = zlib.gzipSync(big);
  let ticks = 0;
  const iv = setInterval(() => { ticks++; }, 1);
  setTimeout(() => {
    ticks = 0;
    zlib.gunzip(compressed, { chunkSize: 32 << 20 }, (err, out) => {
      clearInterval(iv);
      console.log('large gunzip', describe(err), out.length, digest(out), 'timers ran meanwhile:', ticks > 0);
      next();
    });
  }, 5);
});
next();
