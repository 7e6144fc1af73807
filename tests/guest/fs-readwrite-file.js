// readFile / writeFile / appendFile in the sync, callback and promise
// styles: strings in every encoding, Buffers, TypedArrays, DataViews,
// iterables (promises), `flag`, `mode`, `flush`, AbortSignal, file
// descriptors and FileHandles, and their errors.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall}: ${e.message}${e.cause ? ` cause=${e.cause}` : ''}`);
const hex = (name) => fs.readFileSync(p(name)).toString('hex');
const cb = (fn) => new Promise((resolve) => fn((err, v) => resolve([err, v])));

const encodings = ['utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ucs2', 'utf16le'];
const text = 'Grüße, 世界! ~';

(async () => {
  for (const enc of encodings) {
    const data = enc === 'hex' ? 'deadbeef' : enc.startsWith('base64') ? 'SGVsbG8_-w==' : text;
    fs.writeFileSync(p('s.txt'), data, enc);
    const a = hex('s.txt');
    await cb((done) => fs.writeFile(p('c.txt'), data, { encoding: enc }, done));
    await fsp.writeFile(p('q.txt'), data, enc);
    console.log('write', enc, a, a === hex('c.txt') && a === hex('q.txt'));
    const back = fs.readFileSync(p('s.txt'), enc);
    const [, back2] = await cb((done) => fs.readFile(p('s.txt'), enc, done));
    const back3 = await fsp.readFile(p('s.txt'), { encoding: enc });
    console.log('read', enc, JSON.stringify(back), back === back2 && back === back3);
  }

  // binary data of every kind
  const views = {
    Buffer: Buffer.from([1, 2, 3]),
    Uint8Array: new Uint8Array([4, 5]),
    Uint16Array: new Uint16Array([0x0102]),
    Float32Array: new Float32Array([1.5]),
    DataView: new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2),
    subarray: Buffer.from('abcdef').subarray(2, 4),
  };
  for (const [k, v] of Object.entries(views)) {
    fs.writeFileSync(p('b1'), v);
    await cb((done) => fs.writeFile(p('b2'), v, done));
    await fsp.writeFile(p('b3'), v);
    console.log('binary', k, hex('b1'), hex('b1') === hex('b2') && hex('b1') === hex('b3'));
  }
  const r = fs.readFileSync(p('b1'));
  console.log('readFileSync returns Buffer', Buffer.isBuffer(r), r.length);
  try { fs.readFileSync(p('b1'), { encoding: 'buffer' }); } catch (e) { console.log('readFileSync encoding buffer', errStr(e)); }
  console.log('readFile promise Buffer', Buffer.isBuffer(await fsp.readFile(p('b1'))));

  // iterables (promises API only)
  await fsp.writeFile(p('it'), ['a', 'b', Buffer.from('c')]);
  await fsp.writeFile(p('it2'), (async function* gen() { yield 'x'; yield 'y'; }()));
  await fsp.writeFile(p('it3'), new Set(['é']), 'latin1');
  console.log('iterables', fs.readFileSync(p('it'), 'utf8'), fs.readFileSync(p('it2'), 'utf8'), hex('it3'));

  // append in three styles
  fs.writeFileSync(p('ap'), 'a');
  fs.appendFileSync(p('ap'), 'b');
  await cb((done) => fs.appendFile(p('ap'), Buffer.from('c'), done));
  await fsp.appendFile(p('ap'), 'ZA==', 'base64');
  fs.appendFileSync(p('ap-new'), 'created');
  console.log('append', fs.readFileSync(p('ap'), 'utf8'), fs.readFileSync(p('ap-new'), 'utf8'));

  // flags and modes
  const tryAll = async (label, sync, asyncCb, prom) => {
    const out = [];
    try { sync(); out.push('ok'); } catch (e) { out.push(errStr(e)); }
    try {
      const [e2] = await cb(asyncCb);
      out.push(e2 ? errStr(e2) : 'ok');
    } catch (e) {
      out.push(`sync: ${errStr(e)}`);
    }
    try { await prom(); out.push('ok'); } catch (e) { out.push(errStr(e)); }
    console.log(label, out[0], out[0] === out[1] && out[1] === out[2] ? '(same in all styles)' : JSON.stringify(out));
  };
  await tryAll('flag wx existing',
    () => fs.writeFileSync(p('ap'), 'x', { flag: 'wx' }),
    (d) => fs.writeFile(p('ap'), 'x', { flag: 'wx' }, d),
    () => fsp.writeFile(p('ap'), 'x', { flag: 'wx' }));
  await tryAll('read missing',
    () => fs.readFileSync(p('missing')),
    (d) => fs.readFile(p('missing'), d),
    () => fsp.readFile(p('missing')));
  await tryAll('read directory',
    () => fs.readFileSync(root, 'utf8'),
    (d) => fs.readFile(root, 'utf8', d),
    () => fsp.readFile(root, 'utf8'));
  await tryAll('write into missing dir',
    () => fs.writeFileSync(p('no/such'), 'x'),
    (d) => fs.writeFile(p('no/such'), 'x', d),
    () => fsp.writeFile(p('no/such'), 'x'));
  await tryAll('write to a directory',
    () => fs.writeFileSync(root, 'x'),
    (d) => fs.writeFile(root, 'x', d),
    () => fsp.writeFile(root, 'x'));
  await tryAll('readFile flag r+ on missing',
    () => fs.readFileSync(p('zz'), { flag: 'r+' }),
    (d) => fs.readFile(p('zz'), { flag: 'r+' }, d),
    () => fsp.readFile(p('zz'), { flag: 'r+' }));
  await tryAll('readFile flag a+ creates',
    () => fs.readFileSync(p('new1'), { flag: 'a+' }),
    (d) => fs.readFile(p('new2'), { flag: 'a+' }, d),
    () => fsp.readFile(p('new3'), { flag: 'a+' }));
  await tryAll('bad flag',
    () => fs.readFileSync(p('ap'), { flag: 'nope' }),
    (d) => fs.readFile(p('ap'), { flag: 'nope' }, d),
    () => fsp.readFile(p('ap'), { flag: 'nope' }));
  fs.writeFileSync(p('m1'), 'x', { mode: 0o600 });
  await cb((d) => fs.writeFile(p('m2'), 'x', { mode: 0o640 }, d));
  await fsp.writeFile(p('m3'), 'x', { mode: '604' });
  console.log('modes', ['m1', 'm2', 'm3'].map((f) => (fs.statSync(p(f)).mode & 0o777).toString(8)));
  fs.writeFileSync(p('fl'), 'flushed', { flush: true });
  await cb((d) => fs.writeFile(p('fl'), 'flushed2', { flush: true }, d));
  await fsp.writeFile(p('fl'), 'flushed3', { flush: true });
  console.log('flush', fs.readFileSync(p('fl'), 'utf8'));
  try { fs.writeFileSync(p('fl'), 'x', { flush: 'yes' }); } catch (e) { console.log('flush invalid', errStr(e)); }
  fs.writeFileSync(p('wa'), 'one;', { flag: 'a' });
  fs.writeFileSync(p('wa'), 'two;', { flag: 'a' });
  console.log('writeFile flag a', fs.readFileSync(p('wa'), 'utf8'));

  // AbortSignal
  const ac = new AbortController();
  ac.abort('stop!');
  await tryAll('aborted read',
    () => { throw Object.assign(new Error('n/a'), { name: 'AbortError', code: 'ABORT_ERR' }); },
    (d) => fs.readFile(p('ap'), { signal: ac.signal }, d),
    () => fsp.readFile(p('ap'), { signal: ac.signal }));
  const [ew] = await cb((d) => fs.writeFile(p('ab'), 'x', { signal: ac.signal }, d));
  console.log('aborted writeFile cb', errStr(ew), fs.existsSync(p('ab')));
  try { await fsp.writeFile(p('ab'), 'x', { signal: ac.signal }); } catch (e) { console.log('aborted writeFile promise', errStr(e)); }
  try { await fsp.appendFile(p('ab'), 'x', { signal: ac.signal }); } catch (e) { console.log('aborted appendFile promise', errStr(e)); }
  const ac2 = new AbortController();
  const big = Buffer.alloc(4 * 1024 * 1024, 97);
  fs.writeFileSync(p('big'), big);
  const pending = fsp.readFile(p('big'), { signal: ac2.signal });
  ac2.abort();
  try { await pending; console.log('abort during read: completed'); } catch (e) { console.log('abort during read', errStr(e)); }
  const ok = await fsp.readFile(p('big'), { signal: new AbortController().signal });
  console.log('read with live signal', ok.length);
  try { fs.readFile(p('ap'), { signal: {} }, () => {}); } catch (e) { console.log('bad signal', errStr(e)); }

  // fds and FileHandles
  const fd = fs.openSync(p('fdw'), 'w+');
  await cb((d) => fs.writeFile(fd, 'via fd;', d));
  await cb((d) => fs.appendFile(fd, 'more;', d));
  fs.writeSync(fd, '', 0);
  const [, viaFd] = await cb((d) => fs.readFile(fd, 'utf8', d));
  console.log('readFile(fd) at end of file', JSON.stringify(viaFd));
  fs.closeSync(fd);
  console.log('fd content', fs.readFileSync(p('fdw'), 'utf8'));
  const fh = await fsp.open(p('fhw'), 'w+');
  await fh.writeFile('handle;');
  await fsp.writeFile(fh, 'via writeFile(fh);');
  await fh.appendFile('appended;');
  console.log('fh readFile at end', JSON.stringify(await fh.readFile('utf8')));
  await fh.close();
  console.log('fh content', fs.readFileSync(p('fhw'), 'utf8'));
  const fh2 = await fsp.open(p('fhw'));
  console.log('fsp.readFile(fh)', await fsp.readFile(fh2, { encoding: 'utf8' }));
  await fh2.close();

  // argument validation
  for (const [label, fn] of [
    ['data number', () => fs.writeFileSync(p('x'), 123)],
    ['data object', () => fs.writeFileSync(p('x'), { a: 1 })],
    ['data null cb', () => fs.writeFile(p('x'), null, () => {})],
    ['options number', () => fs.readFileSync(p('ap'), 42)],
    ['bad encoding', () => fs.readFileSync(p('ap'), 'utf9')],
    ['path undefined', () => fs.readFileSync(undefined)],
    ['no callback', () => fs.readFile(p('ap'))],
    ['append no callback', () => fs.appendFile(p('ap'), 'x')],
  ]) {
    try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, errStr(e)); }
  }
  try { await fsp.writeFile(p('x'), 42); } catch (e) { console.log('promise data number', errStr(e)); }
  try { await fsp.readFile(p('ap'), 'utf9'); } catch (e) { console.log('promise bad encoding', errStr(e)); }
  console.log('url path', fs.readFileSync(new URL(`file://${p('ap')}`), 'utf8'));
  console.log('buffer path', fs.readFileSync(Buffer.from(p('ap')), 'utf8'));
})();
