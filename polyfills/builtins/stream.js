// node:stream — readable-stream 4 (Node 18's streams: pipeline/finished with
// promise forms, Readable.from, compose, addAbortSignal, the operators),
// sharing our patched Buffer and EventEmitter.  Added here: duplexPair,
// _isArrayBufferView; Readable/Writable/Duplex .fromWeb/.toWeb throw
// ERR_NOT_IMPLEMENTED (no WHATWG streams in the guest yet).
import './buffer.js';
import './events.js';
import Stream from 'readable-stream/lib/stream.js';
import { stubFn } from './internal/stub.js';
import { invalidArgType } from './internal/validators.js';

const kPatched = Symbol.for('secexec.stream.patched');

if (!Stream[kPatched]) {
  Object.defineProperty(Stream, kPatched, { value: true });
  const { Duplex } = Stream;
  // Node 22 raised the default highWaterMark of byte streams to 64 KiB.
  Stream.setDefaultHighWaterMark(false, 65536);

  for (const [cls, name] of [[Stream.Readable, 'Readable'], [Stream.Writable, 'Writable'], [Stream.Duplex, 'Duplex']]) {
    cls.fromWeb = stubFn(`stream.${name}.fromWeb`, 2);
    cls.toWeb = stubFn(`stream.${name}.toWeb`, 1);
  }

  const kCallback = Symbol('Callback');
  const kOtherSide = Symbol('Other');

  class DuplexSide extends Duplex {
    constructor(options) {
      super(options);
      this[kCallback] = null;
      this[kOtherSide] = null;
    }

    _read() {
      const callback = this[kCallback];
      if (callback) {
        this[kCallback] = null;
        callback();
      }
    }

    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        globalThis.process.nextTick(callback);
      } else {
        this[kOtherSide].push(chunk);
        this[kOtherSide][kCallback] = callback;
      }
    }

    _final(callback) {
      this[kOtherSide].on('end', callback);
      this[kOtherSide].push(null);
    }
  }

  const duplexPair = function duplexPair(options) {
    const side0 = new DuplexSide(options);
    const side1 = new DuplexSide(options);
    side0[kOtherSide] = side1;
    side1[kOtherSide] = side0;
    return [side0, side1];
  };

  // Node 22's Writable takes any ArrayBufferView and names them all when
  // refusing a chunk; readable-stream takes Uint8Arrays only.
  const { Writable } = Stream;
  const packageWrite = Writable.prototype.write;
  Writable.prototype.write = function write(chunk, encoding, cb) {
    const state = this._writableState;
    if (state && !state.objectMode && chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      if (!ArrayBuffer.isView(chunk)) {
        throw invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
      chunk = Stream._uint8ArrayToBuffer(chunk);
    }
    return Reflect.apply(packageWrite, this, [chunk, encoding, cb]);
  };

  // Node's key order.
  const tail = {};
  for (const k of ['pipeline', 'addAbortSignal', 'finished', 'destroy', 'compose', 'setDefaultHighWaterMark',
    'getDefaultHighWaterMark', 'promises', 'Stream', '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer']) {
    const d = Object.getOwnPropertyDescriptor(Stream, k);
    if (d) {
      tail[k] = d;
      delete Stream[k];
    }
  }
  Stream.duplexPair = duplexPair;
  tail._isArrayBufferView = { value: ArrayBuffer.isView, writable: true, enumerable: true, configurable: true };
  for (const [k, d] of Object.entries(tail)) Object.defineProperty(Stream, k, d);
  // Node: the module's `promises` is the same object as stream/promises.
}

export default Stream;
