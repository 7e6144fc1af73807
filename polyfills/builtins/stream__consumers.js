// node:stream/consumers — collects a Node stream, web ReadableStream or any
// (async) iterable of chunks into an ArrayBuffer, Blob, Buffer, string or
// JSON value.
import bufferModule from './buffer.js';

const { Buffer, Blob } = bufferModule;

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

export default { arrayBuffer, blob, buffer, text, json };
