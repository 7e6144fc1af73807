// TextEncoderStream and TextDecoderStream, as Node 22's
// lib/internal/webstreams/encoding.js: a TransformStream around the
// bootstrap's TextEncoder/TextDecoder (no Symbol.toStringTag, as in Node).
import { TextEncoder, TextDecoder } from '../encoding.js';
import { TransformStream } from './streams.js';
import {
  kInspect, kEnumerableProperty, kEmptyObject, invalidArgType, invalidThis, customInspect, setNames,
} from './util.js';

export class TextEncoderStream {
  #pendingHighSurrogate = null;
  #handle;
  #transform;

  constructor() {
    this.#handle = new TextEncoder();
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        // https://encoding.spec.whatwg.org/#encode-and-enqueue-a-chunk
        chunk = String(chunk);
        let finalChunk = '';
        for (let i = 0; i < chunk.length; i++) {
          const item = chunk[i];
          const codeUnit = item.charCodeAt(0);
          if (this.#pendingHighSurrogate !== null) {
            const highSurrogate = this.#pendingHighSurrogate;
            this.#pendingHighSurrogate = null;
            if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) {
              finalChunk += highSurrogate + item;
              continue;
            }
            finalChunk += '\uFFFD';
          }
          if (codeUnit >= 0xD800 && codeUnit <= 0xDBFF) {
            this.#pendingHighSurrogate = item;
            continue;
          }
          if (codeUnit >= 0xDC00 && codeUnit <= 0xDFFF) {
            finalChunk += '\uFFFD';
            continue;
          }
          finalChunk += item;
        }
        if (finalChunk) controller.enqueue(this.#handle.encode(finalChunk));
      },
      flush: (controller) => {
        // https://encoding.spec.whatwg.org/#encode-and-flush
        if (this.#pendingHighSurrogate !== null) {
          controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        }
      },
    });
  }

  get encoding() {
    return this.#handle.encoding;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options, inspect) {
    if (this == null) throw invalidThis('TextEncoderStream');
    return customInspect(depth, options, inspect, 'TextEncoderStream', {
      encoding: this.#handle.encoding,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

export class TextDecoderStream {
  #handle;
  #transform;

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    this.#handle = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        if (chunk === undefined) throw invalidArgType('chunk', 'string', chunk);
        const value = this.#handle.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this.#handle.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    return this.#handle.encoding;
  }

  get fatal() {
    return this.#handle.fatal;
  }

  get ignoreBOM() {
    return this.#handle.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [kInspect](depth, options, inspect) {
    if (this == null) throw invalidThis('TextDecoderStream');
    return customInspect(depth, options, inspect, 'TextDecoderStream', {
      encoding: this.#handle.encoding,
      fatal: this.#handle.fatal,
      ignoreBOM: this.#handle.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

setNames({ TextEncoderStream, TextDecoderStream });
