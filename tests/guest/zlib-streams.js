// zlib's Transform streams vs Node 22: the classes (with and without
// `new`), chunking by chunkSize, flush/params/reset/close, bytesWritten,
// errors as 'error' events, input split at every byte, trailing data, and
// the module's surface (keys, constants, codes, legacy constants).
const zlib = require('zlib');
const { pipeline, Readable, Writable, Transform } = require('stream');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
const describe = (err) => (err ? `${err.name} ${err.code} ${err.errno} ${JSON.stringify(err.message)}` : String(err));

// --- surface ----------------------------------------------------------------
console.log(Object.keys(zlib).join(' '));
console.log(Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k)).join(' '));
console.log(JSON.stringify(zlib.constants));
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes), Object.isFrozen(zlib.constants));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'Z_OK')), JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'createGzip').enumerable));
console.log(zlib.deflate.name, zlib.deflateSync.name, zlib.deflate.length, zlib.deflateSync.length, zlib.createGzip.length);
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const C = zlib[name];
  const withNew = new C();
  const without = C();
  const created = zlib[`create${name}`]();
  console.log(name, C.length, withNew instanceof C, without instanceof C, created instanceof C, withNew instanceof Transform,
    Object.getPrototypeOf(Object.getPrototypeOf(C)).name, typeof withNew.params, withNew._closed, withNew.bytesWritten,
    withNew._chunkSize, withNew._defaultFlushFlag, withNew._finishFlushFlag, withNew._defaultFullFlushFlag, withNew._mode,
    withNew._level, withNew._strategy, withNew._maxOutputLength, withNew._writeState instanceof Uint32Array);
  withNew.close();
  without.close();
  created.close();
}

// --- one stream at a time -------------------------------------------------------
const steps = [];
const step = (fn) => steps.push(fn);
function next() {
  const s = steps.shift();
  if (s) s();
}

function collect(stream, done) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('error', (err) => done(err, chunks));
  stream.on('end', () => done(null, chunks));
}

step(() => {
  const sizes = [];
  pipeline(Readable.from([text.slice(0, 1000), text.slice(1000)]), zlib.createGzip(), zlib.createGunzip({ chunkSize: 1024 }),
    new Writable({ write(c, e, cb) { sizes.push(c.length); cb(); } }), (err) => {
      console.log('pipeline gzip|gunzip', describe(err), sizes.length, sizes.reduce((a, b) => a + b, 0), sizes.slice(0, 3).join());
      next();
    });
});
step(() => {
  const sizes = [];
  pipeline(Readable.from([text]), zlib.createBrotliCompress(), zlib.createBrotliDecompress(),
    new Writable({ write(c, e, cb) { sizes.push(c.length); cb(); } }), (err) => {
      console.log('pipeline brotli', describe(err), sizes.join());
      next();
    });
});
step(() => {
  const d = zlib.createDeflate();
  collect(d, (err, chunks) => {
    console.log('flush/params end', describe(err), zlib.inflateSync(Buffer.concat(chunks)).toString(), d.bytesWritten, d._closed);
    next();
  });
  d.write('hello ');
  d.flush(() => {
    console.log('after Z_FULL_FLUSH', d.bytesWritten);
    d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      d.params(9, zlib.constants.Z_FILTERED, (err) => {
        console.log('params', describe(err), d._level, d._strategy);
        d.params(9, zlib.constants.Z_FILTERED, () => {
          console.log('params unchanged');
          d.end('world');
        });
      });
    });
  });
});
step(() => {
  const d = zlib.createDeflate({ level: 0 });
  const out = [];
  d.on('data', (c) => out.push(c.toString('hex')));
  d.write('abc');
  d.flush(() => {
    console.log('stored + full flush', out.join('|'));
    d.reset();
    d.end('def');
    d.on('end', () => {
      console.log('after reset', out.join('|'));
      next();
    });
  });
});
step(() => {
  const g = zlib.createGunzip();
  g.on('error', (err) => {
    console.log('gunzip error event', describe(err), g.destroyed, g._closed);
    try {
      g.reset();
    } catch (e) {
      console.log('reset after close', e.name, e.code, JSON.stringify(e.message));
    }
    next();
  });
  g.write(Buffer.from('not gzip data at all'));
});
step(() => {
  const b = zlib.createBrotliDecompress();
  b.on('error', (err) => {
    console.log('brotli error event', describe(err));
    next();
  });
  b.end(Buffer.from('garbage garbage garbage'));
});
step(() => {
  const i = zlib.createInflate();
  collect(i, (err, chunks) => {
    console.log('inflate truncated stream', describe(err), Buffer.concat(chunks).length);
    next();
  });
  i.end(zlib.deflateSync(text).subarray(0, 200));
});
step(() => {
  const g = zlib.createGzip();
  g.close(() => {
    console.log('close(cb)', g._closed, g.destroyed);
    g.flush(() => {
      console.log('flush after close');
      next();
    });
  });
});
step(() => {
  const input = zlib.deflateSync(text);
  const i = zlib.createInflate();
  collect(i, (err, chunks) => {
    console.log('7-byte writes', describe(err), chunks.length, Buffer.concat(chunks).length, i.bytesWritten);
    next();
  });
  for (let k = 0; k < input.length; k += 7) i.write(input.subarray(k, k + 7));
  i.end();
});
step(() => {
  const input = zlib.gzipSync('unzip, one byte at a time');
  const u = zlib.createUnzip();
  collect(u, (err, chunks) => {
    console.log('unzip bytewise gzip', describe(err), Buffer.concat(chunks).toString());
    next();
  });
  for (let k = 0; k < input.length; k++) u.write(input.subarray(k, k + 1));
  u.end();
});
step(() => {
  const input = zlib.deflateSync('unzip of zlib, one byte at a time');
  const u = zlib.createUnzip();
  collect(u, (err, chunks) => {
    console.log('unzip bytewise zlib', describe(err), Buffer.concat(chunks).toString());
    next();
  });
  for (let k = 0; k < input.length; k++) u.write(input.subarray(k, k + 1));
  u.end();
});
step(() => {
  const input = Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')]);
  const g = zlib.createGunzip();
  collect(g, (err, chunks) => {
    console.log('gzip members split', describe(err), Buffer.concat(chunks).toString());
    next();
  });
  g.write(input.subarray(0, 30));
  g.end(input.subarray(30));
});
step(() => {
  const i = zlib.createInflate();
  collect(i, (err, chunks) => {
    console.log('trailing data ends the stream', describe(err), Buffer.concat(chunks).toString());
    next();
  });
  i.end(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')]));
});
step(() => {
  const i = zlib.createInflate({ rejectGarbageAfterEnd: true });
  collect(i, (err, chunks) => {
    console.log('rejectGarbageAfterEnd', describe(err), chunks.length);
    next();
  });
  i.end(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')]));
});
step(() => {
  const i = zlib.createInflate({ maxOutputLength: 100, chunkSize: 64 });
  collect(i, (err, chunks) => {
    console.log('maxOutputLength on a stream is not enforced', describe(err), Buffer.concat(chunks).length);
    next();
  });
  i.end(zlib.deflateSync(Buffer.alloc(1000)));
});
step(() => {
  const d = zlib.createDeflateRaw({ windowBits: 8, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  collect(d, (err, chunks) => {
    const out = Buffer.concat(chunks);
    console.log('finishFlush Z_SYNC_FLUSH', describe(err), out.toString('hex'),
      zlib.inflateRawSync(out, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    next();
  });
  d.end('sync flushed');
});
step(() => {
  const d = zlib.createGzip({ encoding: 'hex', objectMode: true });
  collect(d, (err, chunks) => {
    console.log('encoding/objectMode dropped', describe(err), chunks.every(Buffer.isBuffer),
      zlib.gunzipSync(Buffer.concat(chunks)).toString());
    next();
  });
  d.end('x');
});
step(() => {
  const d = zlib.createDeflate();
  console.log('_processChunk sync', zlib.inflateSync(d._processChunk(Buffer.from('legacy'), zlib.constants.Z_FINISH)).toString(),
    d._closed);
  const d2 = zlib.createDeflate();
  const out = [];
  d2.on('data', (c) => out.push(c));
  d2._processChunk(Buffer.from('legacy cb'), zlib.constants.Z_FINISH, () => {
    console.log('_processChunk cb', zlib.inflateSync(Buffer.concat(out)).toString());
    next();
  });
});
step(() => {
  const d = zlib.createBrotliCompress();
  collect(d, (err, chunks) => {
    console.log('brotli flush + emit metadata', describe(err), zlib.brotliDecompressSync(Buffer.concat(chunks)).toString());
    next();
  });
  d.write('part one, ');
  d.flush(zlib.constants.BROTLI_OPERATION_FLUSH, () => {
    d.write('part two');
    d.flush(() => d.end());
  });
});
step(() => {
  const d = zlib.createDeflate();
  d.on('error', (err) => console.log('unexpected', describe(err)));
  d.on('close', () => {
    console.log('destroy mid-stream: close', d._closed);
    next();
  });
  d.write(Buffer.alloc(1 << 20));
  d.destroy();
});
next();
