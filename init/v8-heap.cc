// node:v8's engine introspection (heap statistics, serializer): not implemented yet.
#include "v8-internal.hh"

void binding_add_v8(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {}
