// node:v8 — the engine's own numbers (heap, space and code statistics, the
// code-cache version tag) and its structured serialisation: Serializer and
// Deserializer over V8's ValueSerializer (binding.v8), DefaultSerializer
// and DefaultDeserializer writing ArrayBufferViews as Node's host objects
// (type index, byte length, raw bytes), so data moves both ways between
// this runtime and a real Node 22.
// setFlagsFromString honours a few harmless flags only (V8 flags are
// process wide, and many can crash the engine); any other flag throws
// ERR_NOT_IMPLEMENTED naming it. Heap snapshots, coverage, queryObjects,
// GCProfiler, the startup-snapshot hooks and promiseHooks are not
// implemented (promise hooks belong with async_hooks).
import { binding } from '../bootstrap/native.js';
import { notImplemented } from '../bootstrap/errors.js';
import { inspect } from '../bootstrap/inspect.js';
import bufferModule from './buffer.js';
import { stubFn, stubClass } from './internal/stub.js';
import { makeNodeError, validateObject, validateString, validateUint32 } from './internal/validators.js';

const { Buffer } = bufferModule;

const heapStatisticsKeys = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory',
];

function getHeapStatistics() {
  const values = binding.v8.heapStatistics();
  const out = {};
  heapStatisticsKeys.forEach((k, i) => { out[k] = values[i]; });
  return out;
}

function getHeapSpaceStatistics() {
  return binding.v8.heapSpaceStatistics().map(([name, size, used, available, physical]) => ({
    space_name: name,
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: physical,
  }));
}

function getHeapCodeStatistics() {
  const [code, bytecode, external, profiler] = binding.v8.heapCodeStatistics();
  return {
    code_and_metadata_size: code,
    bytecode_and_metadata_size: bytecode,
    external_script_source_size: external,
    cpu_profiler_metadata_size: profiler,
  };
}

function cachedDataVersionTag() {
  return binding.v8.cachedDataVersionTag();
}

// Flags a guest may set: they change what new contexts get (a `gc`
// global, the default Error.stackTraceLimit) and nothing in the engine's
// running state.
const allowedFlags = [
  /^--(no-)?expose[-_]gc$/,
  /^--stack[-_]trace[-_]limit=\d{1,6}$/,
];

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  for (const flag of flags.split(/\s+/).filter(Boolean)) {
    if (!allowedFlags.some((re) => re.test(flag))) throw notImplemented(`v8.setFlagsFromString('${flag}')`);
  }
  for (const flag of flags.split(/\s+/).filter(Boolean)) binding.v8.setFlag(flag);
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return binding.v8.isOneByte(content);
}

/* ---- Serializer / Deserializer ---- */

const kHandle = Symbol('kHandle');

function constructCallRequired(name) {
  return makeNodeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', `Class constructor ${name} cannot be invoked without 'new'`);
}

function Serializer() {
  if (!new.target) throw constructCallRequired('Serializer');
  Object.defineProperty(this, kHandle, { value: binding.v8.serNew() });
}
Serializer.prototype = Object.create(Object.prototype, Object.fromEntries(Object.entries({
  writeHeader() { binding.v8.serWriteHeader(this[kHandle]); },
  writeValue(value) { return binding.v8.serWriteValue(this[kHandle], this, value); },
  releaseBuffer() { return Buffer.from(binding.v8.serRelease(this[kHandle])); },
  transferArrayBuffer(id, arrayBuffer) { binding.v8.serTransferArrayBuffer(this[kHandle], id, arrayBuffer); },
  writeUint32(value) { binding.v8.serWriteUint32(this[kHandle], value); },
  writeUint64(hi, lo) { binding.v8.serWriteUint64(this[kHandle], hi, lo); },
  writeDouble(value) { binding.v8.serWriteDouble(this[kHandle], value); },
  writeRawBytes(source) { binding.v8.serWriteRawBytes(this[kHandle], source); },
  _setTreatArrayBufferViewsAsHostObjects(value) { binding.v8.serSetTreatViews(this[kHandle], value); },
}).map(([k, fn]) => [k, { value: fn, writable: true, configurable: true, enumerable: true }])));
Object.defineProperty(Serializer.prototype, 'constructor', { value: Serializer, writable: true, configurable: true });
Serializer.prototype._getDataCloneError = Error;

function Deserializer(buffer) {
  if (!new.target) throw constructCallRequired('Deserializer');
  Object.defineProperty(this, kHandle, { value: binding.v8.desNew(buffer) });
  this.buffer = buffer;
}
Deserializer.prototype = Object.create(Object.prototype, Object.fromEntries(Object.entries({
  readHeader() { return binding.v8.desReadHeader(this[kHandle]); },
  readValue() { return binding.v8.desReadValue(this[kHandle], this); },
  getWireFormatVersion() { return binding.v8.desWireFormatVersion(this[kHandle]); },
  transferArrayBuffer(id, arrayBuffer) { binding.v8.desTransferArrayBuffer(this[kHandle], id, arrayBuffer); },
  readUint32() { return binding.v8.desReadUint32(this[kHandle]); },
  readUint64() { return binding.v8.desReadUint64(this[kHandle]); },
  readDouble() { return binding.v8.desReadDouble(this[kHandle]); },
  _readRawBytes(length) { return binding.v8.desReadRawBytes(this[kHandle], length); },
}).map(([k, fn]) => [k, { value: fn, writable: true, configurable: true, enumerable: true }])));
Object.defineProperty(Deserializer.prototype, 'constructor', { value: Deserializer, writable: true, configurable: true });
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// Node's host-object type indexes for ArrayBufferViews; 10 is its Buffer.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const viewTags = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', null, 'BigInt64Array', 'BigUint64Array'];

function viewTypeIndex(view) {
  const tag = Object.prototype.toString.call(view).slice(8, -1);
  return viewTags.indexOf(tag);
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10;
    if (abView.constructor !== Buffer) {
      i = viewTypeIndex(abView);
      if (i === -1) throw new this._getDataCloneError(`Unserializable host object: ${inspect(abView)}`);
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = viewTypes[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const elementSize = ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
    if (offset % elementSize === 0) return new ctor(this.buffer.buffer, offset, byteLength / elementSize);
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new ctor(copy.buffer, 0, byteLength / elementSize);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

function getHeapSnapshot(options) {
  if (options !== undefined) validateObject(options, 'options');
  throw notImplemented('v8.getHeapSnapshot');
}

function writeHeapSnapshot(path, options) {
  if (options !== undefined) validateObject(options, 'options');
  throw notImplemented('v8.writeHeapSnapshot');
}

// Accepted and without effect: there is no heap snapshot to write.
function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

const s = (name, length) => stubFn(`v8.${name}`, length);

export default {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics: s('getCppHeapStatistics', 1),
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage: s('takeCoverage', 0),
  stopCoverage: s('stopCoverage', 0),
  serialize,
  writeHeapSnapshot,
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
  setHeapSnapshotNearHeapLimit,
  GCProfiler: stubClass('v8.GCProfiler', { protoMethods: ['start', 'stop'] }),
  isStringOneByteRepresentation,
};
