// readline.emitKeypressEvents: decodes terminal input into 'keypress'
// events (str, { sequence, name, ctrl, meta, shift }): control characters,
// Enter/Tab/Backspace/Escape, and the CSI/SS3 escape sequences of arrows,
// Home/End, Insert/Delete, PageUp/PageDown and F1-F12 with xterm's
// modifier parameter. Bracketed paste markers become 'paste-start'/'-end'.
import stringDecoder from '../string_decoder.js';

const { StringDecoder } = stringDecoder;
const kDecoder = Symbol('keypressDecoder');
const kEscapeTimer = Symbol('escapeTimer');

const csiNames = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', P: 'f1', Q: 'f2', R: 'f3', S: 'f4', Z: 'tab',
};
const tildeNames = {
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10', 23: 'f11', 24: 'f12',
  200: 'paste-start', 201: 'paste-end',
};

function key(sequence, name, extra) {
  return { sequence, name, ctrl: false, meta: false, shift: false, ...extra };
}

function applyModifier(k, mod) {
  const m = (mod || 1) - 1;
  k.shift = !!(m & 1);
  k.meta = !!(m & 10);
  k.ctrl = !!(m & 4);
  return k;
}

// Splits `s` into [sequence, key] pairs.
export function decodeKeys(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '\x1b') {
      const rest = s.slice(i + 1);
      let m = /^(\[|O)(\d*(?:;\d+)?)([A-Za-z~])/.exec(rest);
      if (m) {
        const seq = '\x1b' + m[0];
        const params = m[2].split(';');
        let k;
        if (m[3] === '~') k = key(seq, tildeNames[params[0]] || 'undefined');
        else k = key(seq, csiNames[m[3]] || 'undefined');
        if (m[3] === 'Z') k.shift = true;
        if (params.length > 1) applyModifier(k, Number(params[1]));
        k.code = m[1] + (m[3] === '~' ? params[0] + '~' : m[3]);
        out.push([seq, k]);
        i += 1 + m[0].length;
        continue;
      }
      if (rest.length > 0 && rest[0] !== '\x1b') {
        // Meta (Alt) plus a key.
        const [[, inner]] = decodeKeys(rest[0]);
        inner.meta = true;
        inner.sequence = '\x1b' + rest[0];
        out.push([inner.sequence, inner]);
        i += 2;
        continue;
      }
      out.push([ch, key(ch, 'escape', { meta: rest.length > 0 })]);
      i++;
      continue;
    }
    const cp = s.codePointAt(i);
    const c = String.fromCodePoint(cp);
    let k;
    if (c === '\r') k = key(c, 'return');
    else if (c === '\n') k = key(c, 'enter');
    else if (c === '\t') k = key(c, 'tab');
    else if (c === '\b' || c === '\x7f') k = key(c, 'backspace');
    else if (c === ' ') k = key(c, 'space');
    else if (cp < 0x20) k = key(c, String.fromCharCode(cp + 96), { ctrl: true });
    else if (/^[a-z0-9]$/.test(c)) k = key(c, c);
    else if (/^[A-Z]$/.test(c)) k = key(c, c.toLowerCase(), { shift: true });
    else k = key(c, undefined);
    out.push([c, k]);
    i += c.length;
  }
  return out;
}

export function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const s = typeof input === 'string' ? input : stream[kDecoder].write(input);
      for (const [seq, k] of decodeKeys(s)) {
        // Escape sequences carry no text; any other key is its character.
        stream.emit('keypress', seq[0] === '\x1b' ? undefined : seq, k);
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
  stream[kEscapeTimer] = iface.escapeCodeTimeout;
}
