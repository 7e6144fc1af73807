// The ANSI cursor helpers of node:readline (they only write escape codes to
// the stream they are given).
import { invalidArgValue, validateFunction } from './validators.js';

const CSI = (strings, ...args) => {
  let ret = '\x1b[';
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
};
const kClearToLineBeginning = CSI`1K`;
const kClearToLineEnd = CSI`0K`;
const kClearLine = CSI`2K`;
const kClearScreenDown = CSI`0J`;

function done(callback) {
  if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
  return true;
}

export function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return done(callback);
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

export function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return done(callback);
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return stream.write(data, callback);
}

export function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return done(callback);
  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

export function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return done(callback);
  return stream.write(kClearScreenDown, callback);
}
