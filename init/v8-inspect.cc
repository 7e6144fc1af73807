// What only V8 can tell JavaScript about a value: exact types, promise
// state, proxy targets, collection entries, constructor names, own
// non-index keys (for util.inspect), and structured serialisation (for
// structuredClone). Read-only views: nothing here changes guest objects.
#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

#define TYPE_PREDICATES(X)                                                                         \
  X(isExternal, IsExternal)                                                                        \
  X(isDate, IsDate)                                                                                \
  X(isArgumentsObject, IsArgumentsObject)                                                          \
  X(isBigIntObject, IsBigIntObject)                                                                \
  X(isBooleanObject, IsBooleanObject)                                                              \
  X(isNumberObject, IsNumberObject)                                                                \
  X(isStringObject, IsStringObject)                                                                \
  X(isSymbolObject, IsSymbolObject)                                                                \
  X(isNativeError, IsNativeError)                                                                  \
  X(isRegExp, IsRegExp)                                                                            \
  X(isAsyncFunction, IsAsyncFunction)                                                              \
  X(isGeneratorFunction, IsGeneratorFunction)                                                      \
  X(isGeneratorObject, IsGeneratorObject)                                                          \
  X(isPromise, IsPromise)                                                                          \
  X(isMap, IsMap)                                                                                  \
  X(isSet, IsSet)                                                                                  \
  X(isMapIterator, IsMapIterator)                                                                  \
  X(isSetIterator, IsSetIterator)                                                                  \
  X(isWeakMap, IsWeakMap)                                                                          \
  X(isWeakSet, IsWeakSet)                                                                          \
  X(isArrayBuffer, IsArrayBuffer)                                                                  \
  X(isDataView, IsDataView)                                                                        \
  X(isSharedArrayBuffer, IsSharedArrayBuffer)                                                      \
  X(isProxy, IsProxy)                                                                              \
  X(isModuleNamespaceObject, IsModuleNamespaceObject)                                              \
  X(isArrayBufferView, IsArrayBufferView)                                                          \
  X(isTypedArray, IsTypedArray)                                                                    \
  X(isUint8Array, IsUint8Array)                                                                    \
  X(isUint8ClampedArray, IsUint8ClampedArray)                                                      \
  X(isUint16Array, IsUint16Array)                                                                  \
  X(isUint32Array, IsUint32Array)                                                                  \
  X(isInt8Array, IsInt8Array)                                                                      \
  X(isInt16Array, IsInt16Array)                                                                    \
  X(isInt32Array, IsInt32Array)                                                                    \
  X(isFloat32Array, IsFloat32Array)                                                                \
  X(isFloat64Array, IsFloat64Array)                                                                \
  X(isBigInt64Array, IsBigInt64Array)                                                              \
  X(isBigUint64Array, IsBigUint64Array)

#define DEFINE_PREDICATE(js, cpp)                                                                  \
  void js(Args a) {                                                                                \
    a.GetReturnValue().Set(a[0]->cpp());                                                           \
  }
TYPE_PREDICATES(DEFINE_PREDICATE)
#undef DEFINE_PREDICATE

void IsAnyArrayBuffer(Args a) {
  a.GetReturnValue().Set(a[0]->IsArrayBuffer() || a[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(Args a) {
  v8::Local<v8::Value> v = a[0];
  a.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() || v->IsBooleanObject() ||
                         v->IsBigIntObject() || v->IsSymbolObject());
}

// [state, result]: state 0 pending, 1 fulfilled, 2 rejected.
void GetPromiseDetails(Args a) {
  if (!a[0]->IsPromise())
    return;
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Promise> p = a[0].As<v8::Promise>();
  int state = p->State();
  v8::Local<v8::Value> vals[] = {v8::Integer::New(iso, state), state ? p->Result() : v8::Undefined(iso).As<v8::Value>()};
  a.GetReturnValue().Set(v8::Array::New(iso, vals, state ? 2 : 1));
}

void GetProxyDetails(Args a) {
  if (!a[0]->IsProxy())
    return;
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Proxy> p = a[0].As<v8::Proxy>();
  if (a.Length() > 1 && !a[1]->BooleanValue(iso)) {
    a.GetReturnValue().Set(p->GetTarget());
    return;
  }
  v8::Local<v8::Value> vals[] = {p->GetTarget(), p->GetHandler()};
  a.GetReturnValue().Set(v8::Array::New(iso, vals, 2));
}

void PreviewEntries(Args a) {
  if (!a[0]->IsObject())
    return;
  v8::Isolate *iso = a.GetIsolate();
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (!a[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries))
    return;
  if (a.Length() < 2 || !a[1]->BooleanValue(iso)) {
    a.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> vals[] = {entries, v8::Boolean::New(iso, is_key_value)};
  a.GetReturnValue().Set(v8::Array::New(iso, vals, 2));
}

void GetConstructorName(Args a) {
  if (!a[0]->IsObject())
    return;
  a.GetReturnValue().Set(a[0].As<v8::Object>()->GetConstructorName());
}

void GetOwnNonIndexProperties(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (!a[0]->IsObject())
    return;
  uint32_t filter = a[1]->Uint32Value(ctx).FromMaybe(0);
  v8::Local<v8::Array> keys;
  if (a[0].As<v8::Object>()
          ->GetPropertyNames(ctx, v8::KeyCollectionMode::kOwnOnly, static_cast<v8::PropertyFilter>(filter),
                             v8::IndexFilter::kSkipIndices, v8::KeyConversionMode::kNoNumbers)
          .ToLocal(&keys))
    a.GetReturnValue().Set(keys);
}

class CloneDelegate : public v8::ValueSerializer::Delegate, public v8::ValueDeserializer::Delegate {
 public:
  explicit CloneDelegate(v8::Isolate *iso) : iso_(iso) {}
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Object> err = v8::Exception::Error(message).As<v8::Object>();
    (void)err->Set(iso_->GetCurrentContext(), v8_str(iso_, "name"), v8_str(iso_, "DataCloneError"));
    iso_->ThrowException(err);
  }

 private:
  v8::Isolate *iso_;
};

// serialize(value) -> ArrayBuffer (V8's structured serialisation).
void Serialize(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  CloneDelegate delegate(iso);
  v8::ValueSerializer ser(iso, &delegate);
  ser.WriteHeader();
  if (!ser.WriteValue(iso->GetCurrentContext(), a[0]).FromMaybe(false))
    return;
  std::pair<uint8_t *, size_t> buf = ser.Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      buf.first, buf.second, [](void *d, size_t, void *) { free(d); }, nullptr);
  a.GetReturnValue().Set(v8::ArrayBuffer::New(iso, std::move(store)));
}

void Deserialize(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsArrayBuffer()) {
    iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "deserialize: expected an ArrayBuffer")));
    return;
  }
  v8::Local<v8::ArrayBuffer> ab = a[0].As<v8::ArrayBuffer>();
  CloneDelegate delegate(iso);
  v8::ValueDeserializer des(iso, static_cast<const uint8_t *>(ab->Data()), ab->ByteLength(), &delegate);
  v8::Local<v8::Value> v;
  if (des.ReadHeader(iso->GetCurrentContext()).FromMaybe(false) &&
      des.ReadValue(iso->GetCurrentContext()).ToLocal(&v))
    a.GetReturnValue().Set(v);
}

}  // namespace

void binding_add_inspect(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  v8::Local<v8::Object> types = v8::Object::New(iso);
#define ADD_PREDICATE(js, cpp) set_fn(iso, ctx, types, #js, js);
  TYPE_PREDICATES(ADD_PREDICATE)
#undef ADD_PREDICATE
  set_fn(iso, ctx, types, "isAnyArrayBuffer", IsAnyArrayBuffer);
  set_fn(iso, ctx, types, "isBoxedPrimitive", IsBoxedPrimitive);
  (void)target->Set(ctx, v8_str(iso, "types"), types);
  set_fn(iso, ctx, target, "getPromiseDetails", GetPromiseDetails);
  set_fn(iso, ctx, target, "getProxyDetails", GetProxyDetails);
  set_fn(iso, ctx, target, "previewEntries", PreviewEntries);
  set_fn(iso, ctx, target, "getConstructorName", GetConstructorName);
  set_fn(iso, ctx, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  set_fn(iso, ctx, target, "serialize", Serialize);
  set_fn(iso, ctx, target, "deserialize", Deserialize);
}
