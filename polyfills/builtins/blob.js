// Blob and File (W3C File API) as Node 22 has them in node:buffer and as
// globals (this module may be evaluated while the snapshot is built: it uses
// no global that the bootstrap installs later): bytes are copied into the Blob at construction (the sources may
// change afterwards), `type` is lower-cased or '' when it has characters
// outside U+0020..U+007E, `endings: 'native'` turns \r\n and \n into \n.
// Also the blob: URL registry behind URL.createObjectURL /
// buffer.resolveObjectURL.
import { invalidArgType, makeNodeError, notImplemented } from '../bootstrap/errors.js';
import { inspect } from '../bootstrap/inspect.js';
import { setObjectURLMethods } from '../bootstrap/url.js';
import { TextEncoder, TextDecoder } from '../bootstrap/encoding.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;
const encoder = new TextEncoder();

const blobData = new WeakMap(); // Blob -> { bytes: Uint8Array, type }
const fileData = new WeakMap(); // File -> { name, lastModified }

function invalidThis(type) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function getSource(source, endings) {
  const data = (typeof source === 'object' || typeof source === 'function') && source !== null ?
    blobData.get(source) : undefined;
  if (data !== undefined) return data.bytes;
  let view;
  if (source instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
    view = new Uint8Array(source);
  } else if (ArrayBuffer.isView(source)) {
    view = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  } else {
    let s = `${source}`;
    if (endings === 'native') s = s.replace(/\r\n|\n/g, '\n');
    return encoder.encode(s);
  }
  return view.slice();
}

function normalizeType(type) {
  const t = `${type}`;
  return disallowedTypeCharacters.test(t) ? '' : t.toLowerCase();
}

function createBlob(bytes, type) {
  const blob = Object.create(Blob.prototype);
  blobData.set(blob, { bytes, type });
  return blob;
}

function inspectAs(name, value, depth, options, fields) {
  if (depth < 0) return value;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

export class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw invalidArgType('sources', 'a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'a dictionary', options);
    }
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.endings' is invalid. Received ${inspect(endings)}`);
    }
    const parts = Array.from(sources, (s) => getSource(s, endings));
    let length = 0;
    for (const p of parts) length += p.length;
    const bytes = new Uint8Array(length);
    let off = 0;
    for (const p of parts) {
      bytes.set(p, off);
      off += p.length;
    }
    blobData.set(this, { bytes, type: normalizeType(type) });
  }

  get size() {
    const d = blobData.get(this);
    if (d === undefined) throw invalidThis('Blob');
    return d.bytes.length;
  }

  get type() {
    const d = blobData.get(this);
    if (d === undefined) throw invalidThis('Blob');
    return d.type;
  }

  slice(start = 0, end = undefined, contentType = '') {
    const d = blobData.get(this);
    if (d === undefined) throw invalidThis('Blob');
    const len = d.bytes.length;
    if (end === undefined) end = len;
    start = Math.trunc(+start) || 0;
    end = Math.trunc(+end) || 0;
    start = start < 0 ? Math.max(len + start, 0) : Math.min(start, len);
    end = end < 0 ? Math.max(len + end, 0) : Math.min(end, len);
    const span = Math.max(end - start, 0);
    return createBlob(d.bytes.slice(start, start + span), normalizeType(contentType === undefined ? '' : contentType));
  }

  arrayBuffer() {
    const d = blobData.get(this);
    if (d === undefined) return Promise.reject(invalidThis('Blob'));
    return Promise.resolve(d.bytes.slice().buffer);
  }

  bytes() {
    const d = blobData.get(this);
    if (d === undefined) return Promise.reject(invalidThis('Blob'));
    return Promise.resolve(d.bytes.slice());
  }

  text() {
    const d = blobData.get(this);
    if (d === undefined) return Promise.reject(invalidThis('Blob'));
    return Promise.resolve(new TextDecoder().decode(d.bytes));
  }

  stream() {
    const d = blobData.get(this);
    if (d === undefined) throw invalidThis('Blob');
    const RS = globalThis.ReadableStream;
    if (typeof RS !== 'function') throw notImplemented('Blob.prototype.stream');
    const bytes = d.bytes.slice();
    let pos = 0;
    return new RS({
      type: 'bytes',
      pull(controller) {
        if (pos >= bytes.length) {
          controller.close();
          return;
        }
        const chunk = bytes.slice(pos, pos + 65536);
        pos += chunk.length;
        controller.enqueue(chunk);
      },
    });
  }

  [kInspect](depth, options) {
    return inspectAs('Blob', this, depth, options, { size: this.size, type: this.type });
  }
}

for (const k of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, k, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

export class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "fileBits" and "fileName" arguments must be specified');
    }
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    fileData.set(this, { name: `${fileName}`, lastModified });
  }

  get name() {
    const d = fileData.get(this);
    if (d === undefined) throw invalidThis('File');
    return d.name;
  }

  get lastModified() {
    const d = fileData.get(this);
    if (d === undefined) throw invalidThis('File');
    return d.lastModified;
  }

  [kInspect](depth, options) {
    return inspectAs('File', this, depth, options,
      { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified });
  }
}

for (const k of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, k, { enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

export function isBlob(value) {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && blobData.has(value);
}

// blob: URLs ("blob:nodedata:<uuid>", as Node makes them).
const objectURLs = new Map();

function uuid() {
  const b = new Uint8Array(16);
  const c = globalThis.crypto;
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const objectURLMethods = {
  createObjectURL(obj) {
    if (!isBlob(obj)) throw invalidArgType('obj', 'an instance of Blob', obj);
    const id = uuid();
    objectURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  },
  revokeObjectURL(url) {
    const s = `${url}`;
    if (!s.startsWith('blob:nodedata:')) return;
    objectURLs.delete(s.slice('blob:nodedata:'.length).split(/[?#]/)[0]);
  },
};

export function resolveObjectURL(url) {
  const s = `${url}`;
  let parsed;
  try {
    parsed = new URL(s);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:') return undefined;
  const path = parsed.pathname;
  if (!path.startsWith('nodedata:')) return undefined;
  const id = path.slice('nodedata:'.length);
  const blob = objectURLs.get(id);
  if (blob === undefined) return undefined;
  const d = blobData.get(blob);
  return createBlob(d.bytes, d.type);
}

// Makes URL.createObjectURL / revokeObjectURL use this registry.
export function installObjectURLs() {
  setObjectURLMethods(objectURLMethods);
}
installObjectURLs();
