// Asymmetric keys for the crypto bridge (OpenSSL EVP_PKEY).
#include <openssl/evp.h>

#include "v8-internal.hh"

namespace {

void free_pkey(void *p) {
  EVP_PKEY_free(static_cast<EVP_PKEY *>(p));
}

const native_type kPkey = {"crypto key", free_pkey};

}  // namespace

v8::Local<v8::Object> pkey_wrap(v8::Isolate *iso, EVP_PKEY *pkey) {
  return handle_wrap(iso, &kPkey, pkey);
}

EVP_PKEY *pkey_unwrap(v8::Isolate *iso, v8::Local<v8::Value> v) {
  return static_cast<EVP_PKEY *>(handle_unwrap(iso, v, &kPkey));
}

void binding_add_pkey(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {}
