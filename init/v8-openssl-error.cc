// OpenSSL errors as Node reports them, for every crypto family: the
// message "error:XXXXXXXX:lib::reason" and the enumerable properties
// library, reason and code (ERR_OSSL_<LIB>_<REASON>; ERR_SSL_<REASON> for
// the SSL library).
#include <ctype.h>
#include <openssl/err.h>

#include <string.h>

#include <string>

#include "v8-internal.hh"

namespace {

const char *lib_code(int lib) {
  switch (lib) {
#define LIB(name)        \
  case ERR_LIB_##name: \
    return #name "_";
    LIB(SYS) LIB(BN) LIB(RSA) LIB(DH) LIB(EVP) LIB(BUF) LIB(OBJ) LIB(PEM) LIB(DSA) LIB(X509) LIB(ASN1)
    LIB(CONF) LIB(CRYPTO) LIB(EC) LIB(SSL) LIB(BIO) LIB(PKCS7) LIB(X509V3) LIB(PKCS12) LIB(RAND) LIB(DSO)
    LIB(ENGINE) LIB(OCSP) LIB(UI) LIB(COMP) LIB(ECDSA) LIB(ECDH) LIB(OSSL_STORE) LIB(FIPS) LIB(CMS) LIB(TS)
    LIB(HMAC) LIB(CT) LIB(ASYNC) LIB(KDF) LIB(SM2) LIB(USER)
#undef LIB
  default:
    return "";
  }
}

}  // namespace

void openssl_decorate(v8::Isolate *iso, v8::Local<v8::Object> e, unsigned long err) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (const char *ls = ERR_lib_error_string(err))
    (void)e->Set(ctx, v8_str(iso, "library"), v8_str(iso, ls));
  const char *rs = ERR_reason_error_string(err);
  if (!rs)
    return;
  (void)e->Set(ctx, v8_str(iso, "reason"), v8_str(iso, rs));
  const char *lib = lib_code(ERR_GET_LIB(err));
  std::string code = strcmp(lib, "SSL_") == 0 ? "ERR_" : "ERR_OSSL_";
  code += lib;
  for (const char *p = rs; *p; p++)
    code += *p == ' ' ? '_' : (char)toupper((unsigned char)*p);
  (void)e->Set(ctx, v8_str(iso, "code"), v8_str(iso, code.c_str()));
}

v8::Local<v8::Value> openssl_error(v8::Isolate *iso, unsigned long err, const char *fallback) {
  if (err == 0)
    return v8::Exception::Error(v8_str(iso, fallback));
  char buf[256];
  ERR_error_string_n(err, buf, sizeof buf);
  v8::Local<v8::Object> e = v8::Exception::Error(v8_str(iso, buf)).As<v8::Object>();
  openssl_decorate(iso, e, err);
  return e;
}
