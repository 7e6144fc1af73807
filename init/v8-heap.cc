// node:v8's engine introspection: heap, space and code statistics, the
// code-cache version tag, the few V8 flags a guest may change, and the
// Serializer/Deserializer classes (V8's ValueSerializer with a delegate
// that calls back into the JS object: _writeHostObject, _readHostObject,
// _getDataCloneError, _getSharedArrayBufferId).
//
// Must never: set a V8 flag the builtin did not allow (flags are process
// wide and some crash the engine), or keep a pointer into guest memory
// that the guest can free (a Deserializer reads its own copy).
#include <stdlib.h>
#include <string.h>

#include <vector>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

v8::Local<v8::Array> numbers(v8::Isolate *iso, const double *vals, size_t n) {
  std::vector<v8::Local<v8::Value>> out;
  for (size_t i = 0; i < n; i++)
    out.push_back(v8::Number::New(iso, vals[i]));
  return v8::Array::New(iso, out.data(), out.size());
}

// heapStatistics() -> numbers in node:v8's key order (see v8.js).
void HeapStatistics(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::HeapStatistics s;
  iso->GetHeapStatistics(&s);
  double vals[] = {(double)s.total_heap_size(),
                   (double)s.total_heap_size_executable(),
                   (double)s.total_physical_size(),
                   (double)s.total_available_size(),
                   (double)s.used_heap_size(),
                   (double)s.heap_size_limit(),
                   (double)s.malloced_memory(),
                   (double)s.peak_malloced_memory(),
                   (double)s.does_zap_garbage(),
                   (double)s.number_of_native_contexts(),
                   (double)s.number_of_detached_contexts(),
                   (double)s.total_global_handles_size(),
                   (double)s.used_global_handles_size(),
                   (double)s.external_memory()};
  a.GetReturnValue().Set(numbers(iso, vals, sizeof(vals) / sizeof(vals[0])));
}

// heapSpaceStatistics() -> [[name, size, used, available, physical], ...]
void HeapSpaceStatistics(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Array> out = v8::Array::New(iso);
  size_t n = iso->NumberOfHeapSpaces();
  for (size_t i = 0; i < n; i++) {
    v8::HeapSpaceStatistics s;
    if (!iso->GetHeapSpaceStatistics(&s, i))
      continue;
    v8::Local<v8::Value> row[] = {v8_str(iso, s.space_name()), v8::Number::New(iso, (double)s.space_size()),
                                  v8::Number::New(iso, (double)s.space_used_size()),
                                  v8::Number::New(iso, (double)s.space_available_size()),
                                  v8::Number::New(iso, (double)s.physical_space_size())};
    (void)out->Set(ctx, (uint32_t)i, v8::Array::New(iso, row, 5));
  }
  a.GetReturnValue().Set(out);
}

void HeapCodeStatistics(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::HeapCodeStatistics s;
  iso->GetHeapCodeAndMetadataStatistics(&s);
  double vals[] = {(double)s.code_and_metadata_size(), (double)s.bytecode_and_metadata_size(),
                   (double)s.external_script_source_size(), (double)s.cpu_profiler_metadata_size()};
  a.GetReturnValue().Set(numbers(iso, vals, 4));
}

void CachedDataVersionTag(Args a) {
  a.GetReturnValue().Set(v8::Integer::NewFromUnsigned(a.GetIsolate(), v8::ScriptCompiler::CachedDataVersionTag()));
}

// setFlag(string): only ever called with a flag v8.js allowed.
void SetFlag(Args a) {
  v8::String::Utf8Value flag(a.GetIsolate(), a[0]);
  if (*flag)
    v8::V8::SetFlagsFromString(*flag, (size_t)flag.length());
}

void IsOneByte(Args a) {
  a.GetReturnValue().Set(a[0]->IsString() && a[0].As<v8::String>()->IsOneByte());
}

void throw_type(v8::Isolate *iso, const char *code, const char *msg) {
  v8::Local<v8::Object> err = v8::Exception::TypeError(v8_str(iso, msg)).As<v8::Object>();
  (void)err->Set(iso->GetCurrentContext(), v8_str(iso, "code"), v8_str(iso, code));
  iso->ThrowException(err);
}

void throw_error(v8::Isolate *iso, const char *msg) {
  iso->ThrowException(v8::Exception::Error(v8_str(iso, msg)));
}

// self's method `name`, or an empty handle when it has none.
v8::Local<v8::Function> method(v8::Isolate *iso, v8::Local<v8::Object> self, const char *name) {
  v8::Local<v8::Value> fn;
  if (self.IsEmpty() || !self->Get(iso->GetCurrentContext(), v8_str(iso, name)).ToLocal(&fn) || !fn->IsFunction())
    return v8::Local<v8::Function>();
  return fn.As<v8::Function>();
}

/* ---- Serializer ---- */

class Serializer : public v8::ValueSerializer::Delegate {
 public:
  explicit Serializer(v8::Isolate *iso) : iso_(iso), ser_(iso, this) {}
  ~Serializer() override {}

  v8::ValueSerializer &ser() { return ser_; }

  // The JS object whose methods the delegate calls, for one writeValue.
  v8::Local<v8::Object> self_;

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Function> make = method(iso_, self_, "_getDataCloneError");
    v8::Local<v8::Value> arg = message, err;
    if (make.IsEmpty()) {
      iso_->ThrowException(v8::Exception::Error(message));
      return;
    }
    if (make->Call(iso_->GetCurrentContext(), self_, 1, &arg).ToLocal(&err))
      iso_->ThrowException(err);
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate *iso, v8::Local<v8::Object> object) override {
    v8::Local<v8::Function> write = method(iso, self_, "_writeHostObject");
    if (write.IsEmpty())
      return v8::ValueSerializer::Delegate::WriteHostObject(iso, object);
    v8::Local<v8::Value> arg = object;
    if (write->Call(iso->GetCurrentContext(), self_, 1, &arg).IsEmpty())
      return v8::Nothing<bool>();
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate *iso, v8::Local<v8::SharedArrayBuffer> sab) override {
    v8::Local<v8::Function> get = method(iso, self_, "_getSharedArrayBufferId");
    if (get.IsEmpty())
      return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(iso, sab);
    v8::Local<v8::Value> arg = sab, id;
    if (!get->Call(iso->GetCurrentContext(), self_, 1, &arg).ToLocal(&id))
      return v8::Nothing<uint32_t>();
    return id->Uint32Value(iso->GetCurrentContext());
  }

 private:
  v8::Isolate *iso_;
  v8::ValueSerializer ser_;
};

const native_type serializer_type = {"v8.Serializer", [](void *p) { delete static_cast<Serializer *>(p); }};

Serializer *ser_of(Args a) {
  return static_cast<Serializer *>(handle_unwrap(a.GetIsolate(), a[0], &serializer_type));
}

void SerNew(Args a) {
  a.GetReturnValue().Set(handle_wrap(a.GetIsolate(), &serializer_type, new Serializer(a.GetIsolate())));
}

void SerWriteHeader(Args a) {
  if (Serializer *s = ser_of(a))
    s->ser().WriteHeader();
}

// serWriteValue(handle, self, value) -> true
void SerWriteValue(Args a) {
  Serializer *s = ser_of(a);
  if (!s || !a[1]->IsObject())
    return;
  v8::Local<v8::Object> saved = s->self_;
  s->self_ = a[1].As<v8::Object>();
  v8::Maybe<bool> ok = s->ser().WriteValue(a.GetIsolate()->GetCurrentContext(), a[2]);
  s->self_ = saved;
  if (ok.IsJust())
    a.GetReturnValue().Set(ok.FromJust());
}

void SerRelease(Args a) {
  Serializer *s = ser_of(a);
  if (!s)
    return;
  std::pair<uint8_t *, size_t> buf = s->ser().Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      buf.first, buf.second, [](void *d, size_t, void *) { free(d); }, nullptr);
  a.GetReturnValue().Set(v8::ArrayBuffer::New(a.GetIsolate(), std::move(store)));
}

void SerTransferArrayBuffer(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Serializer *s = ser_of(a);
  if (!s)
    return;
  uint32_t id;
  if (!a[1]->Uint32Value(iso->GetCurrentContext()).To(&id))
    return;
  if (!a[2]->IsArrayBuffer())
    return throw_type(iso, "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer");
  s->ser().TransferArrayBuffer(id, a[2].As<v8::ArrayBuffer>());
}

void SerWriteUint32(Args a) {
  Serializer *s = ser_of(a);
  uint32_t v;
  if (s && a[1]->Uint32Value(a.GetIsolate()->GetCurrentContext()).To(&v))
    s->ser().WriteUint32(v);
}

void SerWriteUint64(Args a) {
  v8::Local<v8::Context> ctx = a.GetIsolate()->GetCurrentContext();
  Serializer *s = ser_of(a);
  uint32_t hi, lo;
  if (s && a[1]->Uint32Value(ctx).To(&hi) && a[2]->Uint32Value(ctx).To(&lo))
    s->ser().WriteUint64(((uint64_t)hi << 32) | lo);
}

void SerWriteDouble(Args a) {
  Serializer *s = ser_of(a);
  double v;
  if (s && a[1]->NumberValue(a.GetIsolate()->GetCurrentContext()).To(&v))
    s->ser().WriteDouble(v);
}

void SerWriteRawBytes(Args a) {
  Serializer *s = ser_of(a);
  if (!s)
    return;
  if (!a[1]->IsArrayBufferView())
    return throw_type(a.GetIsolate(), "ERR_INVALID_ARG_TYPE", "source must be a TypedArray or a DataView");
  v8::Local<v8::ArrayBufferView> v = a[1].As<v8::ArrayBufferView>();
  const uint8_t *base = static_cast<const uint8_t *>(v->Buffer()->Data());
  s->ser().WriteRawBytes(base + v->ByteOffset(), v->ByteLength());
}

void SerSetTreatViews(Args a) {
  if (Serializer *s = ser_of(a))
    s->ser().SetTreatArrayBufferViewsAsHostObjects(a[1]->BooleanValue(a.GetIsolate()));
}

/* ---- Deserializer ---- */

class Deserializer : public v8::ValueDeserializer::Delegate {
 public:
  Deserializer(v8::Isolate *iso, std::vector<uint8_t> data)
      : data_(std::move(data)), des_(iso, data_.data(), data_.size(), this) {}

  v8::ValueDeserializer &des() { return des_; }
  const uint8_t *data() const { return data_.data(); }
  size_t size() const { return data_.size(); }

  v8::Local<v8::Object> self_;

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate *iso) override {
    v8::Local<v8::Function> read = method(iso, self_, "_readHostObject");
    if (read.IsEmpty())
      return v8::ValueDeserializer::Delegate::ReadHostObject(iso);
    // V8 forbids JS while it deserialises; the host-object hook is the
    // one place the guest's code is meant to run.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(iso);
    v8::Local<v8::Value> obj;
    if (!read->Call(iso->GetCurrentContext(), self_, 0, nullptr).ToLocal(&obj))
      return v8::MaybeLocal<v8::Object>();
    if (!obj->IsObject()) {
      throw_type(iso, "ERR_INVALID_RETURN_VALUE", "readHostObject must return an object");
      return v8::MaybeLocal<v8::Object>();
    }
    return obj.As<v8::Object>();
  }

 private:
  std::vector<uint8_t> data_;  // declared before des_: it reads from here
  v8::ValueDeserializer des_;
};

const native_type deserializer_type = {"v8.Deserializer", [](void *p) { delete static_cast<Deserializer *>(p); }};

Deserializer *des_of(Args a) {
  return static_cast<Deserializer *>(handle_unwrap(a.GetIsolate(), a[0], &deserializer_type));
}

// desNew(view) -> handle over a copy of the view's bytes.
void DesNew(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsArrayBufferView())
    return throw_type(iso, "ERR_INVALID_ARG_TYPE", "buffer must be a TypedArray or a DataView");
  v8::Local<v8::ArrayBufferView> v = a[0].As<v8::ArrayBufferView>();
  const uint8_t *base = static_cast<const uint8_t *>(v->Buffer()->Data()) + v->ByteOffset();
  std::vector<uint8_t> copy(base, base + v->ByteLength());
  a.GetReturnValue().Set(handle_wrap(iso, &deserializer_type, new Deserializer(iso, std::move(copy))));
}

void DesReadHeader(Args a) {
  Deserializer *d = des_of(a);
  if (!d)
    return;
  v8::Maybe<bool> ok = d->des().ReadHeader(a.GetIsolate()->GetCurrentContext());
  if (ok.IsJust())
    a.GetReturnValue().Set(ok.FromJust());
}

// desReadValue(handle, self) -> value
void DesReadValue(Args a) {
  Deserializer *d = des_of(a);
  if (!d || !a[1]->IsObject())
    return;
  v8::Local<v8::Object> saved = d->self_;
  d->self_ = a[1].As<v8::Object>();
  v8::Local<v8::Value> v;
  bool ok = d->des().ReadValue(a.GetIsolate()->GetCurrentContext()).ToLocal(&v);
  d->self_ = saved;
  if (ok)
    a.GetReturnValue().Set(v);
}

void DesTransferArrayBuffer(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Deserializer *d = des_of(a);
  if (!d)
    return;
  uint32_t id;
  if (!a[1]->Uint32Value(iso->GetCurrentContext()).To(&id))
    return;
  if (a[2]->IsArrayBuffer())
    return d->des().TransferArrayBuffer(id, a[2].As<v8::ArrayBuffer>());
  if (a[2]->IsSharedArrayBuffer())
    return d->des().TransferSharedArrayBuffer(id, a[2].As<v8::SharedArrayBuffer>());
  throw_type(iso, "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
}

void DesWireFormatVersion(Args a) {
  if (Deserializer *d = des_of(a))
    a.GetReturnValue().Set(d->des().GetWireFormatVersion());
}

void DesReadUint32(Args a) {
  Deserializer *d = des_of(a);
  uint32_t v;
  if (!d)
    return;
  if (!d->des().ReadUint32(&v))
    return throw_error(a.GetIsolate(), "ReadUint32() failed");
  a.GetReturnValue().Set(v);
}

// desReadUint64(handle) -> [hi, lo]
void DesReadUint64(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Deserializer *d = des_of(a);
  uint64_t v;
  if (!d)
    return;
  if (!d->des().ReadUint64(&v))
    return throw_error(iso, "ReadUint64() failed");
  v8::Local<v8::Value> parts[] = {v8::Integer::NewFromUnsigned(iso, (uint32_t)(v >> 32)),
                                  v8::Integer::NewFromUnsigned(iso, (uint32_t)v)};
  a.GetReturnValue().Set(v8::Array::New(iso, parts, 2));
}

void DesReadDouble(Args a) {
  Deserializer *d = des_of(a);
  double v;
  if (!d)
    return;
  if (!d->des().ReadDouble(&v))
    return throw_error(a.GetIsolate(), "ReadDouble() failed");
  a.GetReturnValue().Set(v);
}

// desReadRawBytes(handle, length) -> offset of the bytes in the buffer
void DesReadRawBytes(Args a) {
  Deserializer *d = des_of(a);
  int64_t len;
  if (!d || !a[1]->IntegerValue(a.GetIsolate()->GetCurrentContext()).To(&len))
    return;
  const void *p = nullptr;
  if (len < 0 || !d->des().ReadRawBytes((size_t)len, &p))
    return throw_error(a.GetIsolate(), "ReadRawBytes() failed");
  a.GetReturnValue().Set((double)(static_cast<const uint8_t *>(p) - d->data()));
}

}  // namespace

void binding_add_v8(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  struct {
    const char *name;
    v8::FunctionCallback cb;
  } fns[] = {
      {"heapStatistics", HeapStatistics},
      {"heapSpaceStatistics", HeapSpaceStatistics},
      {"heapCodeStatistics", HeapCodeStatistics},
      {"cachedDataVersionTag", CachedDataVersionTag},
      {"setFlag", SetFlag},
      {"isOneByte", IsOneByte},
      {"serNew", SerNew},
      {"serWriteHeader", SerWriteHeader},
      {"serWriteValue", SerWriteValue},
      {"serRelease", SerRelease},
      {"serTransferArrayBuffer", SerTransferArrayBuffer},
      {"serWriteUint32", SerWriteUint32},
      {"serWriteUint64", SerWriteUint64},
      {"serWriteDouble", SerWriteDouble},
      {"serWriteRawBytes", SerWriteRawBytes},
      {"serSetTreatViews", SerSetTreatViews},
      {"desNew", DesNew},
      {"desReadHeader", DesReadHeader},
      {"desReadValue", DesReadValue},
      {"desTransferArrayBuffer", DesTransferArrayBuffer},
      {"desWireFormatVersion", DesWireFormatVersion},
      {"desReadUint32", DesReadUint32},
      {"desReadUint64", DesReadUint64},
      {"desReadDouble", DesReadDouble},
      {"desReadRawBytes", DesReadRawBytes},
  };
  for (auto &f : fns)
    set_fn(iso, ctx, target, f.name, f.cb);
}
