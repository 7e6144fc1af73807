// Native objects owned by JS handles. A handle is a plain object with two
// internal fields: the object's type (so a zlib stream is never taken for
// a key) and its record. The native object is destroyed once: when the
// guest drops the handle (weak callback), when the engine closes it early
// (handle_close), or at isolate teardown by the embedder's cleanup.
#include "v8-internal.hh"

namespace {

struct Record {
  const native_type *type;
  void *ptr;
  v8::Global<v8::Object> self;
};

void destroy(Record *r) {
  if (r->ptr && r->type->destroy)
    r->type->destroy(r->ptr);
  r->ptr = nullptr;
}

void on_collected(const v8::WeakCallbackInfo<Record> &info) {
  Record *r = info.GetParameter();
  destroy(r);
  r->self.Reset();
  delete r;
}

Record *record_of(v8::Local<v8::Value> v, const native_type *type) {
  if (!v->IsObject())
    return nullptr;
  v8::Local<v8::Object> o = v.As<v8::Object>();
  if (o->InternalFieldCount() != 2 || o->GetAlignedPointerFromInternalField(0) != type)
    return nullptr;
  return static_cast<Record *>(o->GetAlignedPointerFromInternalField(1));
}

}  // namespace

v8::Local<v8::Object> handle_wrap(v8::Isolate *iso, const native_type *type, void *ptr) {
  v8::Global<v8::ObjectTemplate> &tmpl = engine_of(iso)->native_template;
  if (tmpl.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(iso);
    t->SetInternalFieldCount(2);
    tmpl.Reset(iso, t);
  }
  v8::Local<v8::Object> obj = tmpl.Get(iso)->NewInstance(iso->GetCurrentContext()).ToLocalChecked();
  Record *r = new Record{type, ptr, {}};
  obj->SetAlignedPointerInInternalField(0, const_cast<native_type *>(type));
  obj->SetAlignedPointerInInternalField(1, r);
  r->self.Reset(iso, obj);
  r->self.SetWeak(r, on_collected, v8::WeakCallbackType::kParameter);
  return obj;
}

void *handle_unwrap(v8::Isolate *iso, v8::Local<v8::Value> v, const native_type *type) {
  Record *r = record_of(v, type);
  if (!r) {
    std::string msg = std::string(type->name) + " handle expected";
    iso->ThrowException(v8::Exception::TypeError(v8_str(iso, msg.c_str())));
    return nullptr;
  }
  if (!r->ptr) {
    std::string msg = std::string(type->name) + " handle is closed";
    iso->ThrowException(v8::Exception::Error(v8_str(iso, msg.c_str())));
    return nullptr;
  }
  return r->ptr;
}

bool handle_is(v8::Local<v8::Value> v, const native_type *type) {
  return record_of(v, type) != nullptr;
}

void handle_close(v8::Local<v8::Value> v, const native_type *type) {
  if (Record *r = record_of(v, type))
    destroy(r);
}
