// Node-style errors with `code`s: `TypeError [ERR_X]: message` as Node
// prints them, with the code as an own property.

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name || '<anonymous>'}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    return ' Received [object Object]';
  }
  let shown = String(value);
  if (typeof value === 'string') {
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    shown = `'${shown}'`;
  } else if (typeof value === 'bigint') shown += 'n';
  else if (typeof value === 'symbol') shown = value.toString();
  return ` Received type ${typeof value} (${shown})`;
}

export function makeNodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  // Node's stack and toString show the code: "TypeError [ERR_X]: message".
  const name = Base.prototype.name;
  if (typeof err.stack === 'string' && err.stack.startsWith(`${name}: `)) {
    err.stack = `${name} [${code}]: ${err.stack.slice(name.length + 2)}`;
  }
  return err;
}

export function invalidArgType(name, expected, value) {
  const what = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" ${what} must be ${expected}.${describeReceived(value)}`);
}

export function outOfRange(name, range, value) {
  let shown = Number.isInteger(value) && Math.abs(value) > 2 ** 32 ? addSeparators(String(value)) : String(value);
  if (typeof value === 'bigint') shown += 'n';
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`);
}

function addSeparators(s) {
  let out = '';
  let i = s.length;
  const start = s[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) out = `_${s.slice(i - 3, i)}${out}`;
  return `${s.slice(0, i)}${out}`;
}

export function notImplemented(what) {
  return makeNodeError(Error, 'ERR_NOT_IMPLEMENTED', `${what} is not implemented in secexec yet`);
}

export function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

export function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}
