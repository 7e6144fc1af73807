// Symmetric ciphers for the crypto bridge (OpenSSL EVP_CIPHER): not implemented yet.
#include "v8-internal.hh"

void binding_add_cipher(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {}
