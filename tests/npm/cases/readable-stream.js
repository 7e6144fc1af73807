// readable-stream@4 (userland copy of Node streams: buffer, events, abort-controller,
// process, string_decoder) next to the built-in node:stream.
const { Readable, Transform, Writable, pipeline, PassThrough } = require('readable-stream');
const nodeStream = require('stream');

const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
const out = [];
const sink = new Writable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } });
pipeline(Readable.from(['hello ', 'streams ', 'world']), upper, sink, (err) => {
  console.log('pipeline done', err, out);
  const objs = [];
  Readable.from([1, 2, 3, 4], { objectMode: true })
    .pipe(new Transform({ objectMode: true, transform(n, e, cb) { if (n % 2 === 0) this.push({ n }); cb(); } }))
    .on('data', (d) => objs.push(d))
    .on('end', async () => {
      console.log('object mode', objs);
      const pt = new PassThrough();
      pt.end(Buffer.from('bytes'));
      const chunks = [];
      for await (const c of pt) chunks.push(c);
      console.log('async iteration', Buffer.concat(chunks).toString());
      console.log('instanceof node stream', Readable.from([]) instanceof nodeStream.Readable, typeof nodeStream.Readable.from);
      const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
      pipeline(failing, new PassThrough(), (e) => console.log('error propagated', e && e.message));
    });
});
