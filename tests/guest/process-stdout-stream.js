// process.stdout/stderr are Writable streams: pipe and pipeline into them
// complete, write callbacks run, encodings are honoured, 'drain' follows a
// large write.
const { Readable, Writable, pipeline } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
console.log(process.stdout instanceof Writable, process.stderr instanceof Writable, typeof process.stdout.writableFinished,
  process.stdout.writable, process.stdout.fd, process.stderr.fd, process.stdout._isStdio, process.stdout.isTTY);
process.stdout.write('plain\n');
process.stdout.write('68657820656e636f6465640a', 'hex');
process.stdout.write(Buffer.from('buffer\n'), () => console.log('write callback'));
process.stdout.write(new Uint8Array([0x75, 0x38, 0x0a]));
try {
  process.stdout.write(5);
} catch (e) {
  console.log(e.code, e.message);
}
const big = 'x'.repeat(40000) + '\n';
const ret = process.stdout.write(big);
console.log('large write returned', ret);
if (!ret) process.stdout.once('drain', () => console.log('drain'));
Readable.from(['a\n', 'b\n']).pipe(process.stdout);
pipeline(Readable.from(['c\n']), process.stdout, (err) => {
  console.error('pipeline done', err);
  pipelineP(Readable.from(['d\n']), process.stderr).then(() => console.log('promise pipeline done'));
});
