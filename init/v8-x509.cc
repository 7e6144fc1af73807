// X.509 certificates for the crypto bridge (OpenSSL): not implemented yet.
#include "v8-internal.hh"

void binding_add_x509(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {}
