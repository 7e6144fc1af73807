// fs.watchFile / unwatchFile (StatWatcher: 'change'(curr, prev), zeroed
// stats for a missing file, bigint, 'stop', ref/unref, persistent:false),
// fs.watch on a file and on a directory ('change' / 'rename' with the
// name, recursive, encoding 'buffer', close, AbortSignal, ENOENT), and
// fsPromises.watch (async iteration, abort). Only facts that do not depend
// on event timing or coalescing are printed: the kind and name of the
// first event, whether an expected event was seen.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;
const errStr = (e) => rel(`${e.name} ${e.code} ${e.errno} ${e.syscall} ${e.path} ${e.filename}: ${e.message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Resolves with the first event matching `pred`, or 'timeout' after 5 s.
function waitFor(emitter, event, pred = () => true, ms = 5000) {
  return new Promise((resolve) => {
    const t = setTimeout(() => { emitter.removeListener(event, on); resolve('timeout'); }, ms).unref();
    function on(...args) {
      if (!pred(...args)) return;
      clearTimeout(t);
      emitter.removeListener(event, on);
      resolve(args);
    }
    emitter.on(event, on);
  });
}

// Performs `action` until an event matching `pred` arrives (a poll-based
// watcher may not have taken its first snapshot yet when asked to watch).
async function until(emitter, event, pred, action) {
  for (let i = 0; i < 15; i++) {
    const seen = waitFor(emitter, event, pred, 400);
    action(i);
    const r = await seen;
    if (r !== 'timeout') return r;
  }
  return 'timeout';
}

(async () => {
  fs.writeFileSync(p('watched.txt'), 'v1');
  fs.mkdirSync(p('dir/sub'), { recursive: true });
  fs.writeFileSync(p('dir/existing.txt'), 'e');

  // --- watchFile
  const sw = fs.watchFile(p('watched.txt'), { interval: 20 }, () => {});
  console.log('StatWatcher', sw.constructor.name, typeof sw.ref, sw.ref() === sw, sw.unref() === sw, sw.ref() === sw);
  await sleep(150);
  const [curr, prev] = await until(sw, 'change', () => true, () => fs.appendFileSync(p('watched.txt'), '+'));
  console.log('watchFile change', curr.constructor.name, curr.size - prev.size, curr.isFile(), curr.mtimeMs >= prev.mtimeMs);
  const stopped = waitFor(sw, 'stop');
  fs.unwatchFile(p('watched.txt'));
  console.log('watchFile stop', (await stopped).length);
  fs.unwatchFile(p('never-watched'));

  // a file that does not exist yet: zeroed stats first
  const missing = p('later.txt');
  const events = [];
  const listener = (c, pr) => events.push([c, pr]);
  const mw = fs.watchFile(missing, { interval: 20, bigint: true }, listener);
  await waitFor(mw, 'change');
  const [c0, p0] = events[0];
  console.log('missing file', typeof c0.size, c0.size, c0.mtimeMs, c0.ino, p0.nlink, c0.isFile(), c0.mtime.getTime());
  const created = waitFor(mw, 'change');
  fs.writeFileSync(missing, 'now here');
  const [c1, p1] = await created;
  console.log('created', c1.isFile(), c1.size, p1.size, p1.isFile());
  const removed = waitFor(mw, 'change');
  fs.unlinkSync(missing);
  const [c2, p2] = await removed;
  console.log('removed', c2.size, c2.isFile(), p2.size);
  const second = () => {};
  fs.watchFile(missing, { interval: 20 }, second);
  console.log('same watcher for same file', fs.watchFile(missing, second) === mw, mw.listenerCount('change'));
  fs.unwatchFile(missing, listener);
  console.log('after removing one listener', mw.listenerCount('change'));
  fs.unwatchFile(missing, second);
  console.log('after removing a second listener', mw.listenerCount('change'));
  const mwStopped = waitFor(mw, 'stop');
  fs.unwatchFile(missing);
  console.log('after unwatchFile without listener', mw.listenerCount('change'), (await mwStopped).length);
  try { fs.watchFile(p('x')); } catch (e) { console.log('watchFile no listener', errStr(e)); }
  try { fs.watchFile(p('x'), { interval: -1 }, () => {}); } catch (e) { console.log('watchFile bad interval', errStr(e)); }
  fs.unwatchFile(p('x'));

  // --- fs.watch on a file
  let w = fs.watch(p('watched.txt'));
  console.log('FSWatcher', w.constructor.name, w.ref() === w, w.unref() === w, w.ref() === w);
  await sleep(150);
  console.log('watch file first event', await until(w, 'change', () => true, () => fs.appendFileSync(p('watched.txt'), '+')));
  let closed = waitFor(w, 'close');
  w.close();
  console.log('close event', (await closed).length);
  w.close();

  // listener argument and encoding
  const got = [];
  w = fs.watch(p('watched.txt'), { encoding: 'buffer' }, (type, name) => got.push([type, Buffer.isBuffer(name) ? `buf:${name}` : name]));
  await sleep(150);
  await until(w, 'change', () => true, (i) => fs.writeFileSync(p('watched.txt'), `rewritten ${i}`));
  console.log('watch buffer names', got[0]);
  w.close();

  // a directory
  w = fs.watch(p('dir'));
  await sleep(150);
  console.log('dir: create', await until(w, 'change', (type, name) => type === 'rename' && name === 'new.txt', (i) => {
    if (i > 0) fs.unlinkSync(p('dir/new.txt'));
    fs.writeFileSync(p('dir/new.txt'), 'n');
  }));
  console.log('dir: modify', await until(w, 'change', (type, name) => name === 'existing.txt' && type === 'change',
    () => fs.appendFileSync(p('dir/existing.txt'), 'more')));
  console.log('dir: delete', await until(w, 'change', (type, name) => type === 'rename' && name === 'new.txt', (i) => {
    if (i > 0) fs.writeFileSync(p('dir/new.txt'), 'n');
    fs.unlinkSync(p('dir/new.txt'));
  }));
  console.log('dir: rename (new name)', await until(w, 'change', (type, name) => type === 'rename' && name === 'renamed.txt', (i) => {
    if (i > 0) fs.renameSync(p('dir/renamed.txt'), p('dir/existing.txt'));
    fs.renameSync(p('dir/existing.txt'), p('dir/renamed.txt'));
  }));
  const nothing = waitFor(w, 'change', (type, name) => name === 'sub' || String(name).startsWith('sub/'));
  w.close();
  fs.writeFileSync(p('dir/sub/after-close.txt'), '');
  console.log('no events after close', await Promise.race([nothing, sleep(300).then(() => 'quiet')]));

  // recursive
  w = fs.watch(p('dir'), { recursive: true });
  await sleep(150);
  console.log('recursive', await until(w, 'change', (type, name) => type === 'rename' && name === 'sub/deep.txt', (i) => {
    if (i > 0) fs.unlinkSync(p('dir/sub/deep.txt'));
    fs.writeFileSync(p('dir/sub/deep.txt'), 'deep');
  }));
  w.close();

  // AbortSignal
  const ac = new AbortController();
  w = fs.watch(p('dir'), { signal: ac.signal });
  closed = waitFor(w, 'close');
  ac.abort();
  console.log('abort closes', (await closed).length);
  const pre = new AbortController();
  pre.abort();
  w = fs.watch(p('dir'), { signal: pre.signal });
  console.log('pre-aborted closes', (await waitFor(w, 'close')).length);

  // errors
  try { fs.watch(p('nope')); } catch (e) { console.log('watch missing', errStr(e)); }
  try { fs.watch(p('dir'), { encoding: 'nope' }); } catch (e) { console.log('watch bad encoding', errStr(e)); }
  try { fs.watch(42); } catch (e) { console.log('watch bad path', errStr(e)); }

  // --- fsPromises.watch
  const pac = new AbortController();
  const iter = fsp.watch(p('dir'), { signal: pac.signal });
  const firstEvent = (async () => {
    for await (const e of iter) {
      if (e.filename === 'p.txt') return [e.eventType, e.filename, Object.keys(e)];
    }
    return 'ended';
  })();
  await sleep(150);
  for (let i = 0; i < 15; i++) {
    if (i > 0) fs.unlinkSync(p('dir/p.txt'));
    fs.writeFileSync(p('dir/p.txt'), 'p');
    const r = await Promise.race([firstEvent, sleep(400).then(() => null)]);
    if (r) break;
  }
  console.log('fsp.watch', await firstEvent);
  const iter2 = fsp.watch(p('watched.txt'), { signal: pac.signal });
  const loop = (async () => {
    try {
      for await (const e of iter2) void e;
      return 'ended';
    } catch (e) {
      return `${e.name} ${e.code}`;
    }
  })();
  await sleep(100);
  pac.abort();
  console.log('fsp.watch abort', await loop);
  try { for await (const e of fsp.watch(p('nope'))) void e; } catch (e) { console.log('fsp.watch missing', errStr(e)); }
  try { for await (const e of fsp.watch(p('dir'), { maxQueue: 'x' })) void e; } catch (e) { console.log('fsp.watch bad option', errStr(e)); }
  try { for await (const e of fsp.watch(p('dir'), { signal: pac.signal })) void e; } catch (e) { console.log('fsp.watch aborted signal', e.name); }

  // a non-persistent watcher does not keep the process alive
  fs.watchFile(p('watched.txt'), { persistent: false, interval: 20 }, () => {});
  fs.watch(p('dir'), { persistent: false });
  fs.watch(p('watched.txt')).unref();
  console.log('end (the process must exit now)');
})();
