// zlib's one-shot *Sync forms vs Node 22: round trips of every format,
// the options, Node's errors (zlib's and brotli's codes, validation),
// crc32, and streams Node 22 compressed (fixtures/zlib, made by the
// script at the end of this file) decompressed here. Compressed bytes are
// printed only where both libraries choose the same encoding (stored
// blocks, Huffman-only, RLE, small inputs, brotli's default quality);
// elsewhere the round trip is checked instead.
const zlib = require('zlib');
const fs = require('fs');
const crypto = require('crypto');

const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
let text = '';
for (let i = 0; i < 3000; i++) text += `line ${i} ${(i * 7919) % 1000} the quick brown fox\n`;
const input = Buffer.from(text);
console.log('input', input.length, digest(input));

function show(label, fn) {
  try {
    const r = fn();
    if (Buffer.isBuffer(r)) console.log(label, r.length, r.length <= 64 ? r.toString('hex') : digest(r));
    else console.log(label, r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e).join());
  }
}

// Round trips, every pair of compressor and decompressor.
const pairs = [
  ['deflateSync', 'inflateSync'], ['deflateSync', 'unzipSync'], ['gzipSync', 'gunzipSync'], ['gzipSync', 'unzipSync'],
  ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [c, d] of pairs) {
  show(`${c} -> ${d}`, () => zlib[d](zlib[c](input)).equals(input));
  show(`${c} -> ${d} (empty)`, () => zlib[d](zlib[c]('')));
}

// Encodings both libraries agree on.
show('deflate small', () => zlib.deflateSync('hello world hello world'));
show('gzip small', () => zlib.gzipSync('hello world hello world'));
show('deflateRaw small', () => zlib.deflateRawSync('hello world hello world'));
show('gzip empty', () => zlib.gzipSync(''));
for (const level of [0]) {
  show(`deflate level ${level}`, () => zlib.deflateSync(input, { level }));
  show(`gzip level ${level}`, () => zlib.gzipSync(input, { level }));
  show(`deflateRaw level ${level}`, () => zlib.deflateRawSync(input, { level }));
}
for (const strategy of [zlib.constants.Z_FILTERED, zlib.constants.Z_HUFFMAN_ONLY, zlib.constants.Z_RLE]) {
  show(`deflate strategy ${strategy}`, () => zlib.deflateSync(input, { strategy }));
}
for (const quality of [0, 1, 5, 9, 11]) {
  show(`brotli quality ${quality}`, () => zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }));
}
show('brotli text mode + size hint', () => zlib.brotliCompressSync('hello hello hello', {
  params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 17 },
}));
show('brotli large window', () => zlib.brotliCompressSync('x', { params: { [zlib.constants.BROTLI_PARAM_LARGE_WINDOW]: true,
  [zlib.constants.BROTLI_PARAM_LGWIN]: 30 } }));

// Options whose output differs between zlib builds: round trips.
for (const level of [-1, 1, 2, 4, 6, 9]) {
  show(`level ${level} round trip`, () => zlib.inflateSync(zlib.deflateSync(input, { level })).equals(input));
}
show('windowBits 9 memLevel 1', () => zlib.inflateSync(zlib.deflateSync(input, { windowBits: 9, memLevel: 1 }),
  { windowBits: 9 }).equals(input));
show('deflateRaw windowBits 8 (as 9)', () => zlib.inflateRawSync(zlib.deflateRawSync(input, { windowBits: 8 })).equals(input));
show('inflate windowBits too small', () => zlib.inflateSync(zlib.deflateSync(input), { windowBits: 9 }));
show('chunkSize 64', () => zlib.gunzipSync(zlib.gzipSync(input, { chunkSize: 64 }), { chunkSize: 64 }).equals(input));
show('Uint16Array input', () => zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2, 3, 65535]))));
show('ArrayBuffer input', () => zlib.inflateSync(zlib.deflateSync(new Uint8Array([9, 8, 7]).buffer)));
show('DataView input', () => zlib.inflateSync(zlib.deflateSync(new DataView(new Uint8Array([5, 6]).buffer))));
show('finishFlush Z_SYNC_FLUSH on a truncated stream', () => zlib.inflateSync(zlib.deflateSync('hello world').subarray(0, 6),
  { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
show('brotli finishFlush FLUSH on a truncated stream', () => zlib.brotliDecompressSync(
  zlib.brotliCompressSync('hello world').subarray(0, 5), { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));

// Dictionaries.
const dict = Buffer.from('the quick brown fox line');
show('dictionary', () => zlib.inflateSync(zlib.deflateSync(input, { dictionary: dict }), { dictionary: dict }).equals(input));
show('dictionary (ArrayBuffer)', () => zlib.inflateSync(zlib.deflateSync('hello', { dictionary: new Uint8Array([104, 101]).buffer }),
  { dictionary: new Uint8Array([104, 101]).buffer }));
show('raw dictionary', () => zlib.inflateRawSync(zlib.deflateRawSync('hellohello', { dictionary: Buffer.from('hello') }),
  { dictionary: Buffer.from('hello') }));
show('missing dictionary', () => zlib.inflateSync(zlib.deflateSync('hello', { dictionary: dict })));
show('bad dictionary', () => zlib.inflateSync(zlib.deflateSync('hello', { dictionary: dict }), { dictionary: Buffer.from('nope') }));
show('raw without its dictionary', () => zlib.inflateRawSync(zlib.deflateRawSync('hellohello', { dictionary: Buffer.from('hello') })));
show('gzip ignores a dictionary', () => zlib.gunzipSync(zlib.gzipSync('hello', { dictionary: Buffer.from('hello') })));

// info and maxOutputLength.
show('info', () => {
  const r = zlib.deflateSync('hello', { info: true });
  return [Object.keys(r).join(), r.buffer.toString('hex'), r.engine.constructor.name, r.engine._closed, r.engine.bytesWritten].join(' ');
});
const bomb = zlib.deflateSync(Buffer.alloc(16 << 20));
show('bomb size', () => bomb.length);
show('maxOutputLength stops a bomb', () => zlib.inflateSync(bomb, { maxOutputLength: 1 << 20 }));
show('maxOutputLength brotli', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(100000)), { maxOutputLength: 99999 }));
show('maxOutputLength exact', () => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(1000)), { maxOutputLength: 1000 }).length);

// zlib failures.
const gz = zlib.gzipSync('a');
show('not compressed', () => zlib.inflateSync(Buffer.from('not compressed')));
show('gunzip not gzip', () => zlib.gunzipSync(Buffer.from('hello world')));
show('truncated gzip', () => zlib.gunzipSync(zlib.gzipSync(input).subarray(0, 100)));
show('truncated deflate', () => zlib.inflateSync(zlib.deflateSync(input).subarray(0, 10)));
show('empty inflate', () => zlib.inflateSync(Buffer.alloc(0)));
show('empty gunzip', () => zlib.gunzipSync(Buffer.alloc(0)));
show('empty unzip', () => zlib.unzipSync(Buffer.alloc(0)));
show('empty inflateRaw', () => zlib.inflateRawSync(Buffer.alloc(0)));
show('unknown method', () => zlib.gunzipSync(Buffer.from('1f8b0900000000000000', 'hex')));
show('invalid block type', () => zlib.inflateRawSync(Buffer.from('ffffffff', 'hex')));
show('bad adler', () => zlib.inflateSync(Buffer.from('789c4b4c4a0600024d0128', 'hex')));
show('bad crc', () => {
  const b = Buffer.from(gz);
  b[b.length - 8] ^= 1;
  return zlib.gunzipSync(b);
});
show('bad length', () => {
  const b = Buffer.from(gz);
  b[b.length - 1] ^= 1;
  return zlib.gunzipSync(b);
});
show('two gzip members', () => zlib.gunzipSync(Buffer.concat([gz, zlib.gzipSync('b')])));
show('gzip + zero padding + member', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(3), gz])));
show('gzip + garbage', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
show('gzip + 1f', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f])])));
show('gzip + 1f8b + junk', () => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('1f8b6a756e6b', 'hex')])));
show('unzip two members', () => zlib.unzipSync(Buffer.concat([gz, zlib.gzipSync('b')])));
show('deflate + garbage', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'), Buffer.from('garbage')])));
show('rejectGarbageAfterEnd (sync keeps going)', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'), Buffer.from('junk')]),
  { rejectGarbageAfterEnd: true }));

// brotli failures.
show('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('not brotli at all 123')));
show('brotli ff', () => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff])));
show('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(input).subarray(0, 50)));
show('brotli empty', () => zlib.brotliDecompressSync(Buffer.alloc(0)));
show('brotli trailing data', () => zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('abc'), Buffer.from('zz')])));

// Validation.
for (const [label, fn] of [
  ['level 10', () => zlib.deflateSync('x', { level: 10 })],
  ['level string', () => zlib.deflateSync('x', { level: 'a' })],
  ['level NaN is the default', () => zlib.deflateSync('x', { level: NaN })],
  ['level Infinity', () => zlib.deflateSync('x', { level: Infinity })],
  ['level null', () => zlib.deflateSync('x', { level: null })],
  ['level huge', () => zlib.deflateSync('x', { level: 2 ** 40 })],
  ['strategy 5', () => zlib.deflateSync('x', { strategy: 5 })],
  ['memLevel 0', () => zlib.deflateSync('x', { memLevel: 0 })],
  ['windowBits 16', () => zlib.deflateSync('x', { windowBits: 16 })],
  ['gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 })],
  ['chunkSize 10', () => zlib.deflateSync('x', { chunkSize: 10 })],
  ['flush 9', () => zlib.deflateSync('x', { flush: 9 })],
  ['finishFlush -1', () => zlib.deflateSync('x', { finishFlush: -1 })],
  ['brotli flush 4', () => zlib.brotliCompressSync('x', { flush: 4 })],
  ['maxOutputLength 0', () => zlib.deflateSync('x', { maxOutputLength: 0 })],
  ['dictionary string', () => zlib.deflateSync('x', { dictionary: 'abc' })],
  ['input number', () => zlib.deflateSync(42)],
  ['input object', () => zlib.gzipSync({})],
  ['input null', () => zlib.brotliCompressSync(null)],
  ['brotli param 99', () => zlib.brotliCompressSync('x', { params: { 99: 1 } })],
  ['brotli param name', () => zlib.brotliCompressSync('x', { params: { quality: 1 } })],
  ['brotli param string value', () => zlib.brotliCompressSync('x', { params: { 1: 'x' } })],
  ['brotli param twice', () => zlib.brotliCompressSync('x', { params: { 1: 2, '01': 3 } })],
  ['brotli param -1', () => zlib.brotliCompressSync('x', { params: { '-1': 3 } })],
  ['brotli decoder refuses an encoder param', () => zlib.brotliDecompressSync('x', { params: { 5: 1 } })],
  ['brotli lgwin out of range is clamped', () => zlib.brotliCompressSync('x', { params: { 2: 5 } })],
  ['brotli ignores zlib options', () => zlib.brotliCompressSync('x', { level: 99, windowBits: 99 })],
]) show(label, fn);

// crc32
for (const [label, fn] of [
  ['hello', () => zlib.crc32('hello')],
  ['chained', () => zlib.crc32(Buffer.from('world'), zlib.crc32('hello '))],
  ['empty', () => zlib.crc32('')],
  ['utf8', () => zlib.crc32('héllo €', 123456)],
  ['Uint16Array', () => zlib.crc32(new Uint16Array([1, 2]))],
  ['DataView', () => zlib.crc32(new DataView(new ArrayBuffer(4)), 5)],
  ['input', () => zlib.crc32(input)],
  ['max value', () => zlib.crc32('a', 4294967295)],
  ['number', () => zlib.crc32(42)],
  ['ArrayBuffer', () => zlib.crc32(new ArrayBuffer(3))],
  ['value -1', () => zlib.crc32('a', -1)],
  ['value 1.5', () => zlib.crc32('a', 1.5)],
  ['value string', () => zlib.crc32('a', '1')],
]) show(`crc32 ${label}`, fn);

// Streams Node 22 compressed.
const fixture = (name) => fs.readFileSync(`${__dirname}/fixtures/zlib/${name}`);
show('fixture lines.gz', () => zlib.gunzipSync(fixture('lines.gz')).equals(input));
show('fixture lines.gz via unzip', () => zlib.unzipSync(fixture('lines.gz')).equals(input));
show('fixture lines.zz (dictionary)', () => zlib.inflateSync(fixture('lines.zz'), { dictionary: dict }).equals(input));
show('fixture lines.zz without it', () => zlib.inflateSync(fixture('lines.zz')));
show('fixture lines.raw', () => zlib.inflateRawSync(fixture('lines.raw'), { windowBits: 9 }).equals(input));
show('fixture lines.br', () => zlib.brotliDecompressSync(fixture('lines.br')).equals(input));
show('fixture members.gz', () => zlib.gunzipSync(fixture('members.gz')));

/* The fixtures, made with Node 22 in fixtures/zlib (`text` as above):
   lines.gz    gzipSync(text, { level: 9 })
   lines.zz    deflateSync(text, { dictionary: 'the quick brown fox line', strategy: Z_FILTERED })
   lines.raw   deflateRawSync(text, { windowBits: 9, memLevel: 9 })
   lines.br    brotliCompressSync(text, { params: { MODE: TEXT, LGWIN: 24, QUALITY: 7 } })
   members.gz  gzipSync('first member\n') + gzipSync(text.slice(0, 5000)) + 7 zero bytes */
