// node:v8 — compatibility shim.  serialize/deserialize use V8's own
// ValueSerializer through the native binding (header + value, as Node
// writes them; the format version is the embedded V8's, and typed arrays
// use V8's native encoding rather than Node's host-object one, so a Buffer
// serialized by a real Node 22 cannot be read back here).  Heap/coverage/
// snapshot introspection throws ERR_NOT_IMPLEMENTED naming the function.
import { binding } from '../bootstrap/native.js';
import bufferModule from './buffer.js';
import { stubFn, stubClass } from './internal/stub.js';
import { makeNodeError } from './internal/validators.js';

const { Buffer } = bufferModule;

function serialize(value) {
  let ab;
  try {
    ab = binding.serialize(value);
  } catch (e) {
    if (e && e.name === 'DataCloneError') {
      const err = new Error(e.message);
      throw err;
    }
    throw e;
  }
  return Buffer.from(ab);
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  const copy = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice().buffer;
  return binding.deserialize(copy);
}

const serializerMethods = ['writeHeader', 'writeValue', 'releaseBuffer', 'transferArrayBuffer', 'writeUint32',
  'writeUint64', 'writeDouble', 'writeRawBytes', '_setTreatArrayBufferViewsAsHostObjects'];
const deserializerMethods = ['readHeader', 'readValue', 'transferArrayBuffer', 'getWireFormatVersion',
  'readUint32', 'readUint64', 'readDouble', '_readRawBytes', 'readRawBytes'];
const Serializer = stubClass('v8.Serializer', { protoMethods: serializerMethods });
const Deserializer = stubClass('v8.Deserializer', { protoMethods: deserializerMethods, length: 1 });
const DefaultSerializer = stubClass('v8.DefaultSerializer', { base: Serializer });
const DefaultDeserializer = stubClass('v8.DefaultDeserializer', { base: Deserializer, length: 1 });

const s = (name, length) => stubFn(`v8.${name}`, length);

export default {
  cachedDataVersionTag: s('cachedDataVersionTag', 0),
  getHeapSnapshot: s('getHeapSnapshot', 1),
  getHeapStatistics: s('getHeapStatistics', 0),
  getHeapSpaceStatistics: s('getHeapSpaceStatistics', 0),
  getHeapCodeStatistics: s('getHeapCodeStatistics', 0),
  getCppHeapStatistics: s('getCppHeapStatistics', 1),
  setFlagsFromString: s('setFlagsFromString', 1),
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: s('takeCoverage', 0),
  stopCoverage: s('stopCoverage', 0),
  serialize,
  writeHeapSnapshot: s('writeHeapSnapshot', 2),
  promiseHooks: {
    createHook: s('promiseHooks.createHook', 1),
    onInit: s('promiseHooks.onInit', 1),
    onBefore: s('promiseHooks.onBefore', 1),
    onAfter: s('promiseHooks.onAfter', 1),
    onSettled: s('promiseHooks.onSettled', 1),
  },
  queryObjects: s('queryObjects', 2),
  startupSnapshot: {
    addDeserializeCallback: s('startupSnapshot.addDeserializeCallback', 2),
    addSerializeCallback: s('startupSnapshot.addSerializeCallback', 2),
    setDeserializeMainFunction: s('startupSnapshot.setDeserializeMainFunction', 2),
    // Node answers with the flag's byte: 0 when not building a snapshot.
    isBuildingSnapshot() {
      return 0;
    },
  },
  setHeapSnapshotNearHeapLimit: s('setHeapSnapshotNearHeapLimit', 1),
  GCProfiler: stubClass('v8.GCProfiler', { protoMethods: ['start', 'stop'] }),
  isStringOneByteRepresentation: s('isStringOneByteRepresentation', 1),
};
