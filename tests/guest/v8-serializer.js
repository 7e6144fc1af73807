// node:v8 serialisation, heap statistics and flags: the bytes Node 22
// writes (Buffers and typed arrays as Node host objects) are read back here
// and written the same, the raw Serializer/Deserializer API, custom host
// objects and clone errors, heap/space/code statistics shapes.
const v8 = require('v8');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); } };
const hex = (b) => Buffer.from(b).toString('hex');
const values = {
  obj: { a: 1, s: 'x', arr: [1, 2], d: new Date(0), m: new Map([[1, 2]]), big: 12n },
  buf: Buffer.from('ab'),
  u16: new Uint16Array([1, 2]),
  f64: new Float64Array([1.5]),
  dv: new DataView(new ArrayBuffer(3)),
  i8: new Int8Array([-1, 2]),
  big64: new BigInt64Array([-5n]),
  nested: { list: [Buffer.from([1, 2, 3]), new Uint8Array([9])] },
  str: 'héllo ☃',
  set: new Set([1, 'a']),
  re: /a+b/gi,
  err: Object.assign(new RangeError('boom'), { stack: 'RangeError: boom\n    at x' }),
};
for (const [k, v] of Object.entries(values)) t(`ser ${k}`, () => hex(v8.serialize(v)));
// Produced by Node 22: each must deserialize here to the same value.
const fromNode = {
  buf: 'ff0f5c0a026162',
  u16: 'ff0f5c040401000200',
  nested: 'ff0f6f22046c69737441025c0a030102035c0101092400027b01',
};
t('de buf', () => { const b = v8.deserialize(Buffer.from(fromNode.buf, 'hex')); return [Buffer.isBuffer(b), b.toString()]; });
t('de u16', () => { const a = v8.deserialize(Buffer.from(fromNode.u16, 'hex')); return [a.constructor.name, [...a]]; });
t('roundtrip', () => {
  const out = {};
  for (const [k, v] of Object.entries(values)) {
    const back = v8.deserialize(v8.serialize(v));
    out[k] = require('util').inspect(back, { depth: 4 }).replace(/\n\s*/g, ' ').slice(0, 120);
  }
  return out;
});
t('unaligned', () => { const b = v8.serialize({ p: 'abc', f: new Float64Array([2.5]) }); return [hex(b), v8.deserialize(b).f[0]]; });
t('fn', () => v8.serialize(() => 1));
t('sym', () => v8.serialize(Symbol('q')));
t('bad version', () => v8.deserialize(Buffer.from('ff1f00', 'hex')));
t('bad data', () => v8.deserialize(Buffer.from('ff0f00', 'hex')));
t('not buffer', () => v8.deserialize('x'));
t('new Deserializer(5)', () => new v8.Deserializer(5));
t('Serializer()', () => v8.Serializer());
t('deserializer keys', () => Object.keys(new v8.Deserializer(Buffer.alloc(1))));
t('raw', () => {
  const s = new v8.Serializer();
  s.writeHeader();
  s.writeUint32(300);
  s.writeUint64(1, 2);
  s.writeDouble(3.25);
  s.writeRawBytes(Buffer.from('xyz'));
  s.writeValue({ k: [true, null, undefined] });
  const buf = s.releaseBuffer();
  const d = new v8.Deserializer(buf);
  return [hex(buf), d.readHeader(), d.getWireFormatVersion(), d.readUint32(), d.readUint64(), d.readDouble(), d.readRawBytes(3).toString(), JSON.stringify(d.readValue())];
});
t('read past end', () => { const d = new v8.Deserializer(Buffer.from([0xff, 0x0f])); d.readHeader(); return d.readUint32(); });
t('writeRawBytes bad', () => new v8.Serializer().writeRawBytes('x'));
t('custom host', () => {
  class S extends v8.Serializer {
    _writeHostObject(o) { this.writeUint32(o.length); }
  }
  class D extends v8.Deserializer {
    _readHostObject() { return { len: this.readUint32() }; }
  }
  const s = new S();
  s._setTreatArrayBufferViewsAsHostObjects(true);
  s.writeHeader();
  s.writeValue([new Uint8Array(7)]);
  const buf = s.releaseBuffer();
  const d = new D(buf);
  d.readHeader();
  return [hex(buf), JSON.stringify(d.readValue())];
});
t('custom clone error', () => {
  class S extends v8.Serializer { _getDataCloneError(m) { return new TypeError('custom: ' + m); } }
  const s = new S(); s.writeHeader(); return s.writeValue(Symbol.iterator);
});
t('host object default serializer', () => { const s = new v8.Serializer(); s._setTreatArrayBufferViewsAsHostObjects(true); s.writeHeader(); return s.writeValue(new Uint8Array(2)); });
t('transfer', () => {
  const ab = new ArrayBuffer(4); new Uint8Array(ab)[0] = 7;
  const s = new v8.Serializer(); s.transferArrayBuffer(0, ab); s.writeHeader(); s.writeValue(ab);
  const buf = s.releaseBuffer();
  const d = new v8.Deserializer(buf); d.transferArrayBuffer(0, ab); d.readHeader();
  const back = d.readValue();
  return [hex(buf), back === ab];
});
const st = v8.getHeapStatistics();
t('heap keys', () => Object.keys(st).join());
t('heap types', () => Object.values(st).every((v) => typeof v === 'number' && v >= 0));
t('heap sane', () => [st.used_heap_size > 0, st.used_heap_size <= st.total_heap_size, st.heap_size_limit > st.total_heap_size, st.number_of_native_contexts >= 1, st.does_zap_garbage]);
t('space keys', () => Object.keys(v8.getHeapSpaceStatistics()[0]).join());
t('spaces', () => ['new_space', 'old_space', 'code_space', 'large_object_space'].every((n) => v8.getHeapSpaceStatistics().some((s) => s.space_name === n)));
t('code keys', () => Object.keys(v8.getHeapCodeStatistics()).join());
t('code sane', () => v8.getHeapCodeStatistics().bytecode_and_metadata_size > 0);
t('tag', () => [typeof v8.cachedDataVersionTag(), Number.isInteger(v8.cachedDataVersionTag()), v8.cachedDataVersionTag() === v8.cachedDataVersionTag()]);
t('flags type', () => v8.setFlagsFromString(5));
t('flags gc', () => { v8.setFlagsFromString('--expose-gc'); return typeof require('vm').runInNewContext('gc'); });
t('one byte', () => [v8.isStringOneByteRepresentation('abc'), v8.isStringOneByteRepresentation('☃'), v8.isStringOneByteRepresentation('é')]);
t('one byte type', () => v8.isStringOneByteRepresentation(1));
t('snapshot', () => [v8.startupSnapshot.isBuildingSnapshot(), Object.keys(v8.startupSnapshot).join()]);
t('near limit', () => v8.setHeapSnapshotNearHeapLimit(1));
t('near limit bad', () => v8.setHeapSnapshotNearHeapLimit(0));
t('surface', () => Object.keys(v8).join());
t('proto', () => [Object.getOwnPropertyNames(v8.Serializer.prototype).join(), Object.getOwnPropertyNames(v8.Deserializer.prototype).join()]);
t('de nested', () => { const v = v8.deserialize(Buffer.from(fromNode.nested, 'hex')); return [Buffer.isBuffer(v.list[0]), [...v.list[0]], v.list[1].constructor.name, [...v.list[1]]]; });
