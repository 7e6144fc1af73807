// LazyTransform (as Node's internal/streams/lazy_transform): a Transform
// whose stream state is built on first access, so the many hashes,
// HMACs and ciphers used only through update()/digest() never pay for it.
import stream from '../stream.js';

export function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

function lazyGetter(name) {
  return function get() {
    stream.Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function lazySetter(name) {
  return function set(value) {
    Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
  };
}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: lazyGetter(name), set: lazySetter(name), configurable: true, enumerable: true,
  });
}
