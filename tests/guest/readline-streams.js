// readline over streams: line splitting, question, prompt, pause/resume,
// close, async iteration, readline/promises, Readline and keypress events.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Readable } = require('stream');
const fs = require('fs');
const path = require('path');
const os = require('os');

function collect(stream) {
  const chunks = [];
  stream.on('data', (d) => chunks.push(String(d)));
  return chunks;
}

async function lines(text, chunking, options = {}) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const got = [];
  rl.on('line', (l) => got.push(l));
  const closed = new Promise((r) => rl.on('close', r));
  for (const c of chunking(text)) input.write(c);
  input.end();
  await closed;
  return JSON.stringify(got);
}

const whole = (t) => [t];
const bytes = (t) => [...Buffer.from(t)].map((b) => Buffer.from([b]));
const pairs = (t) => t.match(/[\s\S]{1,2}/g) || [];

async function main() {
  console.log(Object.keys(readline).join(), Object.keys(rlp).join());
  for (const text of ['a\nb\nc', 'a\r\nb\r\n', 'a\rb\r', '\n\n', '', 'no newline', 'ünï\ncödé\n€uro', 'x\r\n\r\ny']) {
    console.log(JSON.stringify(text), await lines(text, whole), await lines(text, bytes), await lines(text, pairs));
  }

  // Argument validation.
  for (const opts of [{ completer: 5 }, { historySize: -1 }, { historySize: NaN }, { tabSize: 0 }, { tabSize: 1.5 },
    { history: 'x' }, { escapeCodeTimeout: 'x' }, { signal: {} }]) {
    try {
      readline.createInterface({ input: new PassThrough(), ...opts }).close();
      console.log('accepted', Object.keys(opts)[0]);
    } catch (e) {
      console.log(Object.keys(opts)[0], e.name, e.code, e.message);
    }
  }

  // Prompt, question, write, pause/resume and close order.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const out = collect(output);
    const rl = readline.createInterface({ input, output, prompt: 'P> ' });
    const events = [];
    for (const ev of ['line', 'pause', 'resume', 'close']) rl.on(ev, (x) => events.push(ev + (x === undefined ? '' : ':' + x)));
    console.log(rl.terminal, JSON.stringify(rl.line), rl.cursor, rl.getPrompt(), rl.closed, Object.keys(rl).join());
    rl.prompt();
    rl.setPrompt('Q> ');
    rl.prompt();
    rl.question('name? ', (a) => events.push('answer:' + a));
    rl.question('ignored? ', () => events.push('never'));
    input.write('bob\r');
    input.write('\nx\ry\r\nz');
    rl.write('w\n');
    rl.pause();
    rl.pause();
    rl.resume();
    await new Promise((r) => setTimeout(r, 5));
    input.end('tail');
    await new Promise((r) => rl.on('close', r));
    console.log(events.join(' | '));
    console.log(JSON.stringify(out), rl.closed, rl.getPrompt());
    rl.close();
    try {
      rl.question('again', () => {});
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    try {
      rl.prompt();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }

  // Old-style positional arguments.
  {
    const input = new PassThrough();
    const rl = readline.createInterface(input, null, undefined, false);
    rl.on('line', (l) => console.log('positional line', l));
    input.end('one\n');
    await new Promise((r) => rl.on('close', r));
  }

  // Async iteration over a file, and breaking out closes the interface.
  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-'));
    const file = path.join(dir, 'lines.txt');
    fs.writeFileSync(file, Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n') + '\n');
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    let n = 0;
    let last;
    for await (const l of rl) {
      n++;
      last = l;
    }
    console.log('iterated', n, last);
    const rl2 = readline.createInterface({ input: fs.createReadStream(file) });
    const first = [];
    for await (const l of rl2) {
      first.push(l);
      if (first.length === 3) break;
    }
    console.log('break', first.join(','));
    fs.rmSync(dir, { recursive: true });
  }

  // An abort signal closes the interface.
  {
    const ac = new AbortController();
    const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
    rl.on('close', () => console.log('closed by abort'));
    ac.abort();
    await new Promise((r) => setImmediate(r));
  }

  // readline/promises: question() resolves, aborts, and fails after close.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const out = collect(output);
    const rl = rlp.createInterface({ input, output });
    console.log(rl instanceof readline.Interface, rl instanceof rlp.Interface);
    const p = rl.question('age? ');
    input.write('42\n');
    console.log('answer', await p);
    const ac = new AbortController();
    const q = rl.question('never? ', { signal: ac.signal });
    ac.abort();
    try {
      await q;
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    const aborted = AbortSignal.abort('why');
    try {
      await rl.question('x', { signal: aborted });
    } catch (e) {
      console.log(e.name, e.code, e.message, e.cause);
    }
    rl.close();
    try {
      await rl.question('closed?');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    console.log(JSON.stringify(out));
  }

  // readline/promises Readline: queued cursor actions.
  {
    const output = new PassThrough();
    const out = collect(output);
    const r = new rlp.Readline(output);
    r.cursorTo(3).cursorTo(1, 2).moveCursor(-2, 3).moveCursor(4, -1).moveCursor(0, 0).clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
    console.log('before commit', out.length);
    await r.commit();
    console.log(JSON.stringify(out.join('')));
    r.cursorTo(5);
    r.rollback();
    await r.commit();
    const auto = new rlp.Readline(output, { autoCommit: true });
    auto.cursorTo(0);
    await new Promise((res) => setImmediate(res));
    console.log(JSON.stringify(out.join('')));
    for (const bad of [() => new rlp.Readline(5), () => r.cursorTo('x'), () => r.clearLine(2)]) {
      try {
        bad();
      } catch (e) {
        console.log(e.name, e.code);
      }
    }
  }

  // Keypress events decoded from raw terminal bytes.
  {
    const input = new PassThrough();
    readline.emitKeypressEvents(input);
    const keys = [];
    input.on('keypress', (s, k) => keys.push(JSON.stringify([s, k && k.name, k && k.ctrl, k && k.meta, k && k.shift, k && k.sequence])));
    input.write('aZ1 \r\n\t\x7f\x03\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[3~\x1b[5~\x1b[1;5C\x1bOP\x1bx');
    await new Promise((r) => setImmediate(r));
    console.log(keys.join('\n'));
  }

  // A terminal interface: keys edit the line; history.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    output.isTTY = true;
    output.columns = 80;
    collect(output);
    const rl = readline.createInterface({ input, output, terminal: true, historySize: 2 });
    const got = [];
    rl.on('line', (l) => got.push(l));
    rl.on('history', (h) => got.push('history=' + h.join('/')));
    input.write('helo\x1b[Dl\r');
    input.write('abc\x7f\x7fz\r');
    input.write('\x1b[A\x1b[A!\r');
    input.write('third\r');
    await new Promise((r) => setImmediate(r));
    console.log(JSON.stringify(got), rl.history, rl.terminal);
    rl.on('SIGINT', () => console.log('SIGINT'));
    input.write('\x03');
    rl.removeAllListeners('SIGINT');
    rl.on('close', () => console.log('closed by ctrl-c'));
    input.write('\x03');
    await new Promise((r) => setImmediate(r));
  }
}

main();
