// Asymmetric keys for the crypto bridge (OpenSSL EVP_PKEY): parsing
// (PEM, DER, JWK components), export, details, generation, signatures and
// RSA encryption. A key is a typed handle owning one EVP_PKEY reference;
// the bootstrap (internal/crypto-keys.js, crypto-sign.js) validates
// options and words Node's errors, this file only speaks OpenSSL.
// Key generation and one-shot sign/verify with a callback run on libuv's
// thread pool; that work never touches V8 and carries OpenSSL's error
// queue back to the loop thread as numbers.
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <string.h>
#include <uv.h>

#include <memory>
#include <string>
#include <vector>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;
using Bytes = std::vector<unsigned char>;

void free_pkey(void *p) {
  EVP_PKEY_free(static_cast<EVP_PKEY *>(p));
}

const native_type kPkey = {"crypto key", free_pkey};

struct PkeyFree {
  void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct CtxFree {
  void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct BioFree {
  void operator()(BIO *p) const { BIO_free(p); }
};
struct BnFree {
  void operator()(BIGNUM *p) const { BN_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using CtxPtr = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

/* ---- errors ---- */

// A failure that can cross threads: either OpenSSL's queue (first error
// plus the rest) or a Node error code with its message.
struct Failure {
  unsigned long err = 0;
  std::vector<unsigned long> stack;
  std::string code;  // Node's code for a non-OpenSSL error
  std::string message;
  bool type_error = false;
  bool decorate = true;  // library/reason/code properties, as Node's direct throws
  bool failed = false;
};

// Takes OpenSSL's error queue; `fallback` is the message when it is empty.
Failure capture(const char *fallback, bool decorate = true) {
  Failure f;
  f.failed = true;
  f.decorate = decorate;
  f.err = ERR_get_error();
  for (unsigned long e; (e = ERR_get_error()) != 0;)
    f.stack.push_back(e);
  f.message = fallback;
  return f;
}

Failure node_failure(const char *code, std::string message, bool type_error) {
  Failure f;
  f.failed = true;
  f.code = code;
  f.message = std::move(message);
  f.type_error = type_error;
  ERR_clear_error();
  return f;
}


std::string error_string(unsigned long e) {
  char buf[256];
  ERR_error_string_n(e, buf, sizeof(buf));
  return buf;
}

void set_prop(v8::Isolate *iso, v8::Local<v8::Object> o, const char *k, v8::Local<v8::Value> v) {
  (void)o->Set(iso->GetCurrentContext(), v8_str(iso, k), v);
}

v8::Local<v8::Value> failure_to_js(v8::Isolate *iso, const Failure &f) {
  if (!f.code.empty() || f.err == 0) {
    v8::Local<v8::String> msg = v8_str(iso, f.message.c_str());
    v8::Local<v8::Object> e =
        (f.type_error ? v8::Exception::TypeError(msg) : v8::Exception::Error(msg)).As<v8::Object>();
    if (!f.code.empty())
      set_prop(iso, e, "code", v8_str(iso, f.code.c_str()));
    return e;
  }
  v8::Local<v8::Object> e = v8::Exception::Error(v8_str(iso, error_string(f.err).c_str())).As<v8::Object>();
  if (!f.stack.empty()) {
    v8::Local<v8::Array> stack = v8::Array::New(iso);
    for (uint32_t i = 0; i < f.stack.size(); i++)
      (void)stack->Set(iso->GetCurrentContext(), i, v8_str(iso, error_string(f.stack[i]).c_str()));
    set_prop(iso, e, "opensslErrorStack", stack);
  }
  if (!f.decorate)
    return e;
  openssl_decorate(iso, e, f.err);
  return e;
}

void throw_failure(v8::Isolate *iso, const Failure &f) {
  iso->ThrowException(failure_to_js(iso, f));
}

void throw_ossl(v8::Isolate *iso, const char *fallback) {
  throw_failure(iso, capture(fallback));
}

/* ---- values ---- */

bool bytes_from(v8::Local<v8::Value> v, Bytes *out) {
  const unsigned char *d;
  size_t n;
  if (!view_bytes(v, &d, &n))
    return false;
  out->assign(d, d + n);
  return true;
}

v8::Local<v8::ArrayBuffer> array_buffer(v8::Isolate *iso, const unsigned char *data, size_t len) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, len);
  if (len)
    memcpy(ab->Data(), data, len);
  return ab;
}

std::string str_of(v8::Isolate *iso, v8::Local<v8::Value> v) {
  if (!v->IsString())
    return "";
  v8::String::Utf8Value s(iso, v);
  return *s ? *s : "";
}

int int_of(v8::Local<v8::Value> v, int dflt) {
  return v->IsNumber() ? (int)v.As<v8::Number>()->Value() : dflt;
}

v8::Local<v8::Value> get(v8::Isolate *iso, v8::Local<v8::Object> o, const char *k) {
  return o->Get(iso->GetCurrentContext(), v8_str(iso, k)).ToLocalChecked();
}

// A passphrase for OpenSSL's password callback; `needed` records that an
// encrypted key was met without one.
struct Passphrase {
  Bytes bytes;
  bool given = false;
  bool needed = false;
};

int passphrase_cb(char *buf, int size, int, void *u) {
  Passphrase *p = static_cast<Passphrase *>(u);
  if (!p->given) {
    p->needed = true;
    return -1;
  }
  if (p->bytes.size() > (size_t)size)
    return -1;
  if (!p->bytes.empty())
    memcpy(buf, p->bytes.data(), p->bytes.size());
  return (int)p->bytes.size();
}

/* ---- parsing ---- */

enum class Parse { Ok, NotRecognized, Failed, NeedPassphrase };

// One PEM block with the given label, decoded by `d2i`; NotRecognized when
// the input holds no such block.
template <typename F>
Parse parse_pem_block(const Bytes &in, const char *label, F d2i, PkeyPtr *out) {
  BioPtr bio(BIO_new_mem_buf(in.data(), (int)in.size()));
  unsigned char *der = nullptr;
  long len = 0;
  if (!bio || PEM_bytes_read_bio(&der, &len, nullptr, label, bio.get(), nullptr, nullptr) != 1) {
    ERR_clear_error();
    return Parse::NotRecognized;
  }
  const unsigned char *p = der;
  out->reset(d2i(&p, len));
  OPENSSL_free(der);
  return *out ? Parse::Ok : Parse::Failed;
}

// RSAPublicKey (PKCS#1) through the decoders, so that the key is a
// provider key the encoders can write (d2i_PublicKey makes a legacy one).
EVP_PKEY *d2i_rsa_public(const unsigned char **p, long len) {
  EVP_PKEY *pkey = nullptr;
  OSSL_DECODER_CTX *ctx =
      OSSL_DECODER_CTX_new_for_pkey(&pkey, "DER", "type-specific", "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
  size_t left = (size_t)len;
  if (ctx)
    (void)OSSL_DECODER_from_data(ctx, p, &left);
  OSSL_DECODER_CTX_free(ctx);
  return pkey;
}

Parse parse_public_pem(const Bytes &in, PkeyPtr *out) {
  Parse r = parse_pem_block(in, "PUBLIC KEY", [](const unsigned char **p, long l) { return d2i_PUBKEY(nullptr, p, l); },
                            out);
  if (r != Parse::NotRecognized)
    return r;
  r = parse_pem_block(in, "RSA PUBLIC KEY", d2i_rsa_public, out);
  if (r != Parse::NotRecognized)
    return r;
  return parse_pem_block(
      in, "CERTIFICATE",
      [](const unsigned char **p, long l) -> EVP_PKEY * {
        X509 *x = d2i_X509(nullptr, p, l);
        EVP_PKEY *k = x ? X509_get_pubkey(x) : nullptr;
        X509_free(x);
        return k;
      },
      out);
}

bool is_encrypted_pkcs8(const Bytes &in) {
  const unsigned char *p = in.data();
  X509_SIG *sig = d2i_X509_SIG(nullptr, &p, (long)in.size());
  X509_SIG_free(sig);
  ERR_clear_error();
  return sig != nullptr;
}

bool is_rsa_private_der(const Bytes &in) {
  // Both start with a SEQUENCE; RSAPrivateKey's first member is the
  // one-byte version 0 or 1, RSAPublicKey's the modulus (never below 4).
  const unsigned char *p = in.data();
  long len;
  int tag, cls;
  if (ASN1_get_object(&p, &len, &tag, &cls, (long)in.size()) & 0x80 || tag != V_ASN1_SEQUENCE)
    return false;
  ERR_clear_error();
  return len >= 3 && p[0] == 2 && p[1] == 1 && !(p[2] & 0xfe);
}

Parse parse_private(const Bytes &in, bool pem, const std::string &type, Passphrase *pass, PkeyPtr *out) {
  if (pem) {
    BioPtr bio(BIO_new_mem_buf(in.data(), (int)in.size()));
    out->reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphrase_cb, pass));
  } else if (type == "pkcs1" || type == "sec1") {
    const unsigned char *p = in.data();
    out->reset(d2i_PrivateKey(type == "pkcs1" ? EVP_PKEY_RSA : EVP_PKEY_EC, nullptr, &p, (long)in.size()));
  } else if (is_encrypted_pkcs8(in)) {
    BioPtr bio(BIO_new_mem_buf(in.data(), (int)in.size()));
    out->reset(d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, passphrase_cb, pass));
  } else {
    BioPtr bio(BIO_new_mem_buf(in.data(), (int)in.size()));
    PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO_bio(bio.get(), nullptr);
    if (info)
      out->reset(EVP_PKCS82PKEY(info));
    PKCS8_PRIV_KEY_INFO_free(info);
  }
  if (*out)
    return Parse::Ok;
  return pass->needed ? Parse::NeedPassphrase : Parse::Failed;
}

Parse parse_public_der(const Bytes &in, const std::string &type, PkeyPtr *out) {
  const unsigned char *p = in.data();
  if (type == "pkcs1")
    out->reset(d2i_rsa_public(&p, (long)in.size()));
  else
    out->reset(d2i_PUBKEY(nullptr, &p, (long)in.size()));
  return *out ? Parse::Ok : Parse::Failed;
}

// pkeyParse(forPublic, bytes, format 'pem'|'der', type|undefined,
// passphrase|undefined) -> handle, or false when an encrypted key needs a
// passphrase. With forPublic, PEM may hold a public key, a certificate or
// a private key, and DER is read by its type, as Node does.
void PkeyParse(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  bool for_public = a[0]->BooleanValue(iso);
  Bytes in;
  if (!bytes_from(a[1], &in))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "key bytes expected")));
  bool pem = str_of(iso, a[2]) != "der";
  std::string type = str_of(iso, a[3]);
  Passphrase pass;
  pass.given = bytes_from(a[4], &pass.bytes);
  ERR_clear_error();
  PkeyPtr key;
  Parse r;
  if (for_public && pem) {
    r = parse_public_pem(in, &key);
    if (r == Parse::NotRecognized)
      r = parse_private(in, true, type, &pass, &key);
  } else if (for_public && (type == "spki" || (type == "pkcs1" && !is_rsa_private_der(in)))) {
    r = parse_public_der(in, type, &key);
  } else {
    r = parse_private(in, pem, type, &pass, &key);
  }
  // Node reports a PEM key's missing passphrase as OpenSSL's error, an
  // encrypted PKCS#8 DER key's as ERR_MISSING_PASSPHRASE.
  if (r == Parse::NeedPassphrase && !pem) {
    ERR_clear_error();
    return a.GetReturnValue().Set(false);
  }
  if (r != Parse::Ok)
    return throw_ossl(iso, "Failed to read asymmetric key");
  ERR_clear_error();
  a.GetReturnValue().Set(pkey_wrap(iso, key.release()));
}

/* ---- export ---- */

// EncryptedPrivateKeyInfo with PBES2 (PBKDF2-HMAC-SHA256, 2048 rounds,
// a 16-byte salt): what OpenSSL 3.2 and later write, and so Node 22.
void export_encrypted_pkcs8(Args a, EVP_PKEY *pkey, bool pem, const std::string &cipher, const Bytes &pass) {
  v8::Isolate *iso = a.GetIsolate();
  const EVP_CIPHER *c = EVP_get_cipherbyname(cipher.c_str());
  PKCS8_PRIV_KEY_INFO *info = c ? EVP_PKEY2PKCS8(pkey) : nullptr;
  X509_ALGOR *pbe = info ? PKCS5_pbe2_set_iv_ex(c, PKCS5_DEFAULT_ITER, nullptr, 16, nullptr, NID_hmacWithSHA256, nullptr)
                         : nullptr;
  X509_SIG *sig =
      pbe ? PKCS8_set0_pbe(reinterpret_cast<const char *>(pass.data()), (int)pass.size(), info, pbe) : nullptr;
  if (!sig)
    X509_ALGOR_free(pbe);
  PKCS8_PRIV_KEY_INFO_free(info);
  BioPtr bio(BIO_new(BIO_s_mem()));
  bool ok = sig && bio && (pem ? PEM_write_bio_PKCS8(bio.get(), sig) : i2d_PKCS8_bio(bio.get(), sig)) == 1;
  X509_SIG_free(sig);
  if (!ok)
    return throw_ossl(iso, "Failed to encode the key");
  char *data;
  long len = BIO_get_mem_data(bio.get(), &data);
  if (pem)
    a.GetReturnValue().Set(
        v8::String::NewFromUtf8(iso, data, v8::NewStringType::kNormal, (int)len).ToLocalChecked());
  else
    a.GetReturnValue().Set(array_buffer(iso, reinterpret_cast<unsigned char *>(data), (size_t)len));
}

// pkeyExport(handle, public, format 'pem'|'der', type, cipher|undefined,
// passphrase|undefined) -> string (PEM) or ArrayBuffer (DER)
void PkeyExport(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *pkey = pkey_unwrap(iso, a[0]);
  if (!pkey)
    return;
  bool pub = a[1]->BooleanValue(iso);
  bool pem = str_of(iso, a[2]) == "pem";
  std::string type = str_of(iso, a[3]);
  std::string cipher = str_of(iso, a[4]);
  Bytes pass;
  bool have_pass = bytes_from(a[5], &pass);
  const char *structure = type == "spki"    ? "SubjectPublicKeyInfo"
                          : type == "pkcs1" ? (pub ? "type-specific" : "pkcs1")
                          : type == "sec1"  ? "type-specific"
                          : cipher.empty()  ? "PrivateKeyInfo"
                                            : "EncryptedPrivateKeyInfo";
  int selection = pub ? EVP_PKEY_PUBLIC_KEY : OSSL_KEYMGMT_SELECT_ALL;
  ERR_clear_error();
  if (type == "pkcs8" && !cipher.empty())
    return export_encrypted_pkcs8(a, pkey, pem, cipher, pass);
  OSSL_ENCODER_CTX *ctx = OSSL_ENCODER_CTX_new_for_pkey(pkey, selection, pem ? "PEM" : "DER", structure, nullptr);
  unsigned char *data = nullptr;
  size_t len = 0;
  bool ok = ctx && OSSL_ENCODER_CTX_get_num_encoders(ctx) > 0;
  if (ok && !cipher.empty()) {
    static const unsigned char empty = 0;
    ok = OSSL_ENCODER_CTX_set_cipher(ctx, cipher.c_str(), nullptr) == 1 &&
         OSSL_ENCODER_CTX_set_passphrase(ctx, have_pass && !pass.empty() ? pass.data() : &empty, pass.size()) == 1;
  }
  ok = ok && OSSL_ENCODER_to_data(ctx, &data, &len) == 1;
  OSSL_ENCODER_CTX_free(ctx);
  if (!ok)
    return throw_ossl(iso, "Failed to encode the key");
  if (pem)
    a.GetReturnValue().Set(v8::String::NewFromUtf8(iso, reinterpret_cast<char *>(data), v8::NewStringType::kNormal,
                                                   (int)len)
                               .ToLocalChecked());
  else
    a.GetReturnValue().Set(array_buffer(iso, data, len));
  OPENSSL_free(data);
}

// cipherExists(name) -> whether OpenSSL knows the cipher
void CipherExists(Args a) {
  std::string name = str_of(a.GetIsolate(), a[0]);
  a.GetReturnValue().Set(!name.empty() && EVP_get_cipherbyname(name.c_str()) != nullptr);
}

// digestExists(name) -> whether OpenSSL knows the digest
void DigestExists(Args a) {
  std::string name = str_of(a.GetIsolate(), a[0]);
  a.GetReturnValue().Set(!name.empty() && EVP_get_digestbyname(name.c_str()) != nullptr);
}

/* ---- facts about a key ---- */

const char *type_name(EVP_PKEY *pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
  case EVP_PKEY_RSA:
  case EVP_PKEY_RSA2:
    return "rsa";
  case EVP_PKEY_RSA_PSS:
    return "rsa-pss";
  case EVP_PKEY_DSA:
    return "dsa";
  case EVP_PKEY_DH:
  case EVP_PKEY_DHX:
    return "dh";
  case EVP_PKEY_EC:
    return "ec";
  case EVP_PKEY_ED25519:
    return "ed25519";
  case EVP_PKEY_ED448:
    return "ed448";
  case EVP_PKEY_X25519:
    return "x25519";
  case EVP_PKEY_X448:
    return "x448";
  default:
    return nullptr;
  }
}

// pkeyType(handle) -> 'rsa', 'ec', ... or undefined
void PkeyType(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *pkey = pkey_unwrap(iso, a[0]);
  if (!pkey)
    return;
  const char *n = type_name(pkey);
  if (n)
    a.GetReturnValue().Set(v8_str(iso, n));
}

Bytes bn_param(EVP_PKEY *pkey, const char *name, size_t pad = 0) {
  BIGNUM *bn = nullptr;
  Bytes out;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) == 1) {
    size_t n = (size_t)BN_num_bytes(bn);
    out.resize(pad > n ? pad : n);
    BN_bn2binpad(bn, out.data(), (int)out.size());
  }
  BN_free(bn);
  ERR_clear_error();
  return out;
}

int bn_bits(EVP_PKEY *pkey, const char *name) {
  BIGNUM *bn = nullptr;
  int bits = EVP_PKEY_get_bn_param(pkey, name, &bn) == 1 ? BN_num_bits(bn) : 0;
  BN_free(bn);
  ERR_clear_error();
  return bits;
}

std::string utf8_param(EVP_PKEY *pkey, const char *name) {
  char buf[80];
  size_t len = 0;
  std::string out;
  if (EVP_PKEY_get_utf8_string_param(pkey, name, buf, sizeof(buf), &len) == 1)
    out.assign(buf, len);
  ERR_clear_error();
  return out;
}

// The short name of an EC key's curve ('prime256v1'), "" if not named.
std::string curve_name(EVP_PKEY *pkey) {
  std::string g = utf8_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME);
  if (g.empty())
    return g;
  int nid = OBJ_txt2nid(g.c_str());
  if (nid == NID_undef)
    nid = EC_curve_nist2nid(g.c_str());
  const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
  return sn ? sn : g;
}

struct PssParams {
  int hash = NID_sha1, mgf1 = NID_sha1, salt = 20;
};

// The hash of an MGF1 AlgorithmIdentifier, NID_undef if it is not one.
int mgf1_hash(const X509_ALGOR *mgf) {
  const ASN1_TYPE *param = mgf->parameter;
  if (OBJ_obj2nid(mgf->algorithm) != NID_mgf1 || !param || param->type != V_ASN1_SEQUENCE)
    return NID_undef;
  const unsigned char *p = ASN1_STRING_get0_data(param->value.sequence);
  X509_ALGOR *hash = d2i_X509_ALGOR(nullptr, &p, ASN1_STRING_length(param->value.sequence));
  int nid = hash ? OBJ_obj2nid(hash->algorithm) : NID_undef;
  X509_ALGOR_free(hash);
  return nid;
}

// An RSA-PSS key's restrictions, read from its SubjectPublicKeyInfo
// parameters (the provider's own parameters leave out default values);
// false for an unrestricted key.
bool pss_params(EVP_PKEY *pkey, PssParams *ret) {
  X509_PUBKEY *xp = nullptr;
  X509_ALGOR *alg = nullptr;
  int ptype = V_ASN1_UNDEF;
  const void *pval = nullptr;
  bool ok = false;
  if (X509_PUBKEY_set(&xp, pkey) == 1 && X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, &alg, xp) == 1 && alg) {
    X509_ALGOR_get0(nullptr, &ptype, &pval, alg);
    if (ptype == V_ASN1_SEQUENCE) {
      const ASN1_STRING *seq = static_cast<const ASN1_STRING *>(pval);
      const unsigned char *p = ASN1_STRING_get0_data(seq);
      RSA_PSS_PARAMS *pss = d2i_RSA_PSS_PARAMS(nullptr, &p, ASN1_STRING_length(seq));
      if (pss) {
        PssParams r;
        if (pss->hashAlgorithm)
          r.hash = OBJ_obj2nid(pss->hashAlgorithm->algorithm);
        if (pss->maskGenAlgorithm)
          r.mgf1 = mgf1_hash(pss->maskGenAlgorithm);
        if (pss->saltLength)
          r.salt = (int)ASN1_INTEGER_get(pss->saltLength);
        RSA_PSS_PARAMS_free(pss);
        ok = r.hash != NID_undef && r.mgf1 != NID_undef;
        if (ok)
          *ret = r;
      }
    }
  }
  X509_PUBKEY_free(xp);
  ERR_clear_error();
  return ok;
}

// pkeyDetails(handle) -> { modulusLength, publicExponent (ArrayBuffer),
// hashAlgorithm, mgf1HashAlgorithm, saltLength, divisorLength, namedCurve }
void PkeyDetails(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *pkey = pkey_unwrap(iso, a[0]);
  if (!pkey)
    return;
  v8::Local<v8::Object> o = v8::Object::New(iso);
  switch (EVP_PKEY_get_base_id(pkey)) {
  case EVP_PKEY_RSA:
  case EVP_PKEY_RSA2:
  case EVP_PKEY_RSA_PSS: {
    set_prop(iso, o, "modulusLength", v8::Integer::New(iso, EVP_PKEY_get_bits(pkey)));
    Bytes e = bn_param(pkey, OSSL_PKEY_PARAM_RSA_E);
    set_prop(iso, o, "publicExponent", array_buffer(iso, e.data(), e.size()));
    PssParams pss;
    if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA_PSS && pss_params(pkey, &pss)) {
      set_prop(iso, o, "hashAlgorithm", v8_str(iso, OBJ_nid2ln(pss.hash)));
      set_prop(iso, o, "mgf1HashAlgorithm", v8_str(iso, OBJ_nid2ln(pss.mgf1)));
      set_prop(iso, o, "saltLength", v8::Integer::New(iso, pss.salt));
    }
    break;
  }
  case EVP_PKEY_DSA:
    set_prop(iso, o, "modulusLength", v8::Integer::New(iso, bn_bits(pkey, OSSL_PKEY_PARAM_FFC_P)));
    set_prop(iso, o, "divisorLength", v8::Integer::New(iso, bn_bits(pkey, OSSL_PKEY_PARAM_FFC_Q)));
    break;
  case EVP_PKEY_EC:
    set_prop(iso, o, "namedCurve", v8_str(iso, curve_name(pkey).c_str()));
    break;
  default:
    break;
  }
  a.GetReturnValue().Set(o);
}

// pkeyEquals(a, b) -> whether both hold the same key
void PkeyEquals(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *x = pkey_unwrap(iso, a[0]);
  EVP_PKEY *y = x ? pkey_unwrap(iso, a[1]) : nullptr;
  if (!y)
    return;
  a.GetReturnValue().Set(EVP_PKEY_eq(x, y) == 1);
  ERR_clear_error();
}

/* ---- JWK components ---- */

void set_bytes(v8::Isolate *iso, v8::Local<v8::Object> o, const char *k, const Bytes &b) {
  set_prop(iso, o, k, array_buffer(iso, b.data(), b.size()));
}

// pkeyJwkExport(handle, private) -> { kty, crv?, components as
// ArrayBuffers }, or a string naming what JWK cannot express:
// 'type' or 'curve:<name>'.
void PkeyJwkExport(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *pkey = pkey_unwrap(iso, a[0]);
  if (!pkey)
    return;
  bool priv = a[1]->BooleanValue(iso);
  v8::Local<v8::Object> o = v8::Object::New(iso);
  int id = EVP_PKEY_get_base_id(pkey);
  switch (id) {
  case EVP_PKEY_RSA:
  case EVP_PKEY_RSA2:
  case EVP_PKEY_RSA_PSS: {
    static const char *const pub[][2] = {{"n", OSSL_PKEY_PARAM_RSA_N}, {"e", OSSL_PKEY_PARAM_RSA_E}};
    static const char *const prv[][2] = {
        {"d", OSSL_PKEY_PARAM_RSA_D},           {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},     {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},  {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
    };
    if (id == EVP_PKEY_RSA_PSS)
      return a.GetReturnValue().Set(v8_str(iso, "type"));
    set_prop(iso, o, "kty", v8_str(iso, "RSA"));
    for (auto &p : pub)
      set_bytes(iso, o, p[0], bn_param(pkey, p[1]));
    if (priv)
      for (auto &p : prv)
        set_bytes(iso, o, p[0], bn_param(pkey, p[1]));
    break;
  }
  case EVP_PKEY_EC: {
    std::string sn = curve_name(pkey);
    const char *crv = sn == "prime256v1"  ? "P-256"
                      : sn == "secp384r1" ? "P-384"
                      : sn == "secp521r1" ? "P-521"
                      : sn == "secp256k1" ? "secp256k1"
                                          : nullptr;
    if (!crv)
      return a.GetReturnValue().Set(v8_str(iso, ("curve:" + sn).c_str()));
    EC_GROUP *group = EC_GROUP_new_by_curve_name(OBJ_sn2nid(sn.c_str()));
    size_t degree = group ? ((size_t)EC_GROUP_get_degree(group) + 7) / 8 : 0;
    EC_GROUP_free(group);
    set_prop(iso, o, "kty", v8_str(iso, "EC"));
    set_prop(iso, o, "crv", v8_str(iso, crv));
    set_bytes(iso, o, "x", bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_X, degree));
    set_bytes(iso, o, "y", bn_param(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, degree));
    if (priv)
      set_bytes(iso, o, "d", bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, degree));
    break;
  }
  case EVP_PKEY_ED25519:
  case EVP_PKEY_ED448:
  case EVP_PKEY_X25519:
  case EVP_PKEY_X448: {
    const char *crv = id == EVP_PKEY_ED25519 ? "Ed25519" : id == EVP_PKEY_ED448 ? "Ed448" : id == EVP_PKEY_X25519 ? "X25519" : "X448";
    set_prop(iso, o, "kty", v8_str(iso, "OKP"));
    set_prop(iso, o, "crv", v8_str(iso, crv));
    Bytes b(64);
    size_t n = b.size();
    if (EVP_PKEY_get_raw_public_key(pkey, b.data(), &n) == 1)
      set_bytes(iso, o, "x", Bytes(b.begin(), b.begin() + n));
    n = b.size();
    if (priv && EVP_PKEY_get_raw_private_key(pkey, b.data(), &n) == 1)
      set_bytes(iso, o, "d", Bytes(b.begin(), b.begin() + n));
    ERR_clear_error();
    break;
  }
  default:
    return a.GetReturnValue().Set(v8_str(iso, "type"));
  }
  a.GetReturnValue().Set(o);
}

EVP_PKEY *from_params(const char *name, OSSL_PARAM_BLD *bld, bool priv) {
  OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
  CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr));
  EVP_PKEY *pkey = nullptr;
  if (params && ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1)
    (void)EVP_PKEY_fromdata(ctx.get(), &pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params);
  OSSL_PARAM_free(params);
  return pkey;
}

// pkeyJwkImport({kty, crv, n, e, d, ...: bytes}) -> handle, or null when
// the components do not make a key. A private key when `d` is present.
void PkeyJwkImport(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsObject())
    return;
  v8::Local<v8::Object> o = a[0].As<v8::Object>();
  std::string kty = str_of(iso, get(iso, o, "kty"));
  std::string crv = str_of(iso, get(iso, o, "crv"));
  Bytes d;
  bool priv = bytes_from(get(iso, o, "d"), &d);
  EVP_PKEY *pkey = nullptr;
  ERR_clear_error();
  if (kty == "OKP") {
    int id = crv == "Ed25519" ? EVP_PKEY_ED25519 : crv == "Ed448" ? EVP_PKEY_ED448 : crv == "X25519" ? EVP_PKEY_X25519 : EVP_PKEY_X448;
    Bytes x;
    if (priv)
      pkey = EVP_PKEY_new_raw_private_key(id, nullptr, d.data(), d.size());
    else if (bytes_from(get(iso, o, "x"), &x))
      pkey = EVP_PKEY_new_raw_public_key(id, nullptr, x.data(), x.size());
  } else {
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    std::vector<BnPtr> keep;
    bool ok = bld != nullptr;
    auto push_bn = [&](const char *key, const char *param) {
      Bytes b;
      if (!bytes_from(get(iso, o, key), &b)) {
        ok = false;
        return;
      }
      keep.emplace_back(BN_bin2bn(b.data(), (int)b.size(), nullptr));
      ok = ok && keep.back() && OSSL_PARAM_BLD_push_BN(bld, param, keep.back().get()) == 1;
    };
    if (kty == "RSA") {
      push_bn("n", OSSL_PKEY_PARAM_RSA_N);
      push_bn("e", OSSL_PKEY_PARAM_RSA_E);
      if (priv) {
        push_bn("d", OSSL_PKEY_PARAM_RSA_D);
        push_bn("p", OSSL_PKEY_PARAM_RSA_FACTOR1);
        push_bn("q", OSSL_PKEY_PARAM_RSA_FACTOR2);
        push_bn("dp", OSSL_PKEY_PARAM_RSA_EXPONENT1);
        push_bn("dq", OSSL_PKEY_PARAM_RSA_EXPONENT2);
        push_bn("qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1);
      }
      if (ok)
        pkey = from_params("RSA", bld, priv);
    } else if (kty == "EC") {
      const char *group = crv == "P-256" ? "prime256v1" : crv == "P-384" ? "secp384r1" : crv == "P-521" ? "secp521r1" : "secp256k1";
      EC_GROUP *g = EC_GROUP_new_by_curve_name(OBJ_sn2nid(group));
      size_t degree = g ? ((size_t)EC_GROUP_get_degree(g) + 7) / 8 : 0;
      EC_GROUP_free(g);
      Bytes x, y;
      ok = ok && bytes_from(get(iso, o, "x"), &x) && bytes_from(get(iso, o, "y"), &y) && x.size() <= degree &&
           y.size() <= degree;
      Bytes point;
      if (ok) {
        point.assign(1 + 2 * degree, 0);
        point[0] = 4;
        memcpy(point.data() + 1 + degree - x.size(), x.data(), x.size());
        memcpy(point.data() + 1 + 2 * degree - y.size(), y.data(), y.size());
        ok = OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1 &&
             OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) == 1;
      }
      if (ok && priv)
        push_bn("d", OSSL_PKEY_PARAM_PRIV_KEY);
      if (ok)
        pkey = from_params("EC", bld, priv);
    }
    OSSL_PARAM_BLD_free(bld);
  }
  ERR_clear_error();
  if (!pkey)
    return a.GetReturnValue().SetNull();
  a.GetReturnValue().Set(pkey_wrap(iso, pkey));
}

/* ---- generation ---- */

struct GenParams {
  std::string type;
  int bits = 0;
  unsigned long exponent = 0x10001;
  std::string hash, mgf1;
  int salt = -1;
  int divisor = -1;
  int curve_nid = NID_undef;
  bool explicit_curve = false;
  std::string group;  // DH group
  Bytes prime;
  int prime_len = 0;
  int generator = 2;
};

BIGNUM *dh_group_prime(const std::string &g) {
  if (g == "modp1")
    return BN_get_rfc2409_prime_768(nullptr);
  if (g == "modp2")
    return BN_get_rfc2409_prime_1024(nullptr);
  if (g == "modp5")
    return BN_get_rfc3526_prime_1536(nullptr);
  if (g == "modp14")
    return BN_get_rfc3526_prime_2048(nullptr);
  if (g == "modp15")
    return BN_get_rfc3526_prime_3072(nullptr);
  if (g == "modp16")
    return BN_get_rfc3526_prime_4096(nullptr);
  if (g == "modp17")
    return BN_get_rfc3526_prime_6144(nullptr);
  if (g == "modp18")
    return BN_get_rfc3526_prime_8192(nullptr);
  return nullptr;
}

// DH domain parameters from a prime and a generator.
EVP_PKEY *dh_params(BIGNUM *p, int generator) {
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  BnPtr g(BN_new());
  EVP_PKEY *pkey = nullptr;
  if (bld && g && BN_set_word(g.get(), (BN_ULONG)generator) && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p) &&
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g.get())) {
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    CtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    if (params && ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1)
      (void)EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_KEY_PARAMETERS, params);
    OSSL_PARAM_free(params);
  }
  OSSL_PARAM_BLD_free(bld);
  return pkey;
}

// Parameters first (DSA, DH), then the key; runs on any thread.
PkeyPtr generate(const GenParams &g, Failure *f) {
  ERR_clear_error();
  PkeyPtr params;
  CtxPtr ctx;
  if (g.type == "dsa") {
    CtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr));
    EVP_PKEY *p = nullptr;
    if (!pctx || EVP_PKEY_paramgen_init(pctx.get()) != 1 ||
        EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx.get(), g.bits) != 1 ||
        (g.divisor != -1 && EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx.get(), g.divisor) != 1) ||
        EVP_PKEY_paramgen(pctx.get(), &p) != 1) {
      *f = capture("Key generation job failed", false);
      return nullptr;
    }
    params.reset(p);
  } else if (g.type == "dh") {
    if (!g.group.empty() || !g.prime.empty()) {
      BnPtr p(g.group.empty() ? BN_bin2bn(g.prime.data(), (int)g.prime.size(), nullptr) : dh_group_prime(g.group));
      params.reset(p ? dh_params(p.get(), g.generator) : nullptr);
    } else {
      CtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
      EVP_PKEY *p = nullptr;
      if (pctx && EVP_PKEY_paramgen_init(pctx.get()) == 1 &&
          EVP_PKEY_CTX_set_dh_paramgen_prime_len(pctx.get(), g.prime_len) == 1 &&
          EVP_PKEY_CTX_set_dh_paramgen_generator(pctx.get(), g.generator) == 1 &&
          EVP_PKEY_paramgen(pctx.get(), &p) == 1)
        params.reset(p);
    }
    if (!params) {
      *f = capture("Key generation job failed", false);
      return nullptr;
    }
  }
  if (params) {
    ctx.reset(EVP_PKEY_CTX_new_from_pkey(nullptr, params.get(), nullptr));
  } else {
    const char *name = g.type == "rsa"       ? "RSA"
                       : g.type == "rsa-pss" ? "RSA-PSS"
                       : g.type == "ec"      ? "EC"
                       : g.type == "ed25519" ? "ED25519"
                       : g.type == "ed448"   ? "ED448"
                       : g.type == "x25519"  ? "X25519"
                                             : "X448";
    ctx.reset(EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr));
  }
  bool ok = ctx && EVP_PKEY_keygen_init(ctx.get()) == 1;
  if (ok && (g.type == "rsa" || g.type == "rsa-pss")) {
    BnPtr e(BN_new());
    ok = e && BN_set_word(e.get(), g.exponent) && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), g.bits) == 1 &&
         EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx.get(), e.get()) == 1;
    if (ok && g.type == "rsa-pss") {
      if (!g.hash.empty())
        ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(ctx.get(), EVP_MD_get0_name(EVP_get_digestbyname(g.hash.c_str())),
                                                     nullptr) == 1;
      if (ok && !g.mgf1.empty())
        ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(
                 ctx.get(), EVP_MD_get0_name(EVP_get_digestbyname(g.mgf1.c_str()))) == 1;
      if (ok && g.salt >= 0)
        ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx.get(), g.salt) == 1;
    }
  } else if (ok && g.type == "ec") {
    ok = EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), g.curve_nid) == 1 &&
         EVP_PKEY_CTX_set_ec_param_enc(ctx.get(), g.explicit_curve ? OPENSSL_EC_EXPLICIT_CURVE : OPENSSL_EC_NAMED_CURVE) ==
             1;
  }
  EVP_PKEY *key = nullptr;
  if (!ok || EVP_PKEY_generate(ctx.get(), &key) != 1) {
    *f = capture("Key generation job failed", false);
    return nullptr;
  }
  return PkeyPtr(key);
}

int ec_curve_nid(const std::string &name) {
  int nid = EC_curve_nist2nid(name.c_str());
  if (nid == NID_undef)
    nid = OBJ_sn2nid(name.c_str());
  if (nid == NID_undef)
    return NID_undef;
  EC_GROUP *g = EC_GROUP_new_by_curve_name(nid);
  EC_GROUP_free(g);
  ERR_clear_error();
  return g ? nid : NID_undef;
}

/* ---- signatures ---- */

struct SignParams {
  std::string digest;  // "" = the key's default (none for EdDSA)
  bool prehashed = false;
  int padding = 0;    // 0 = the key's default
  bool has_salt = false;
  int salt = 0;
  bool p1363 = false;
  Bytes data, signature;
};

bool is_rsa(EVP_PKEY *pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_RSA || id == EVP_PKEY_RSA2 || id == EVP_PKEY_RSA_PSS;
}

// Bytes of r and s in an IEEE P1363 signature, 0 when the key is not (EC)DSA.
size_t rs_bytes(EVP_PKEY *pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  int bits = id == EVP_PKEY_DSA ? bn_bits(pkey, OSSL_PKEY_PARAM_FFC_Q) : id == EVP_PKEY_EC ? EVP_PKEY_get_bits(pkey) : 0;
  return bits > 0 ? ((size_t)bits + 7) / 8 : 0;
}

bool apply_rsa_options(EVP_PKEY *pkey, EVP_PKEY_CTX *pctx, const SignParams &s) {
  if (!is_rsa(pkey))
    return true;
  int padding = s.padding ? s.padding : EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA_PSS ? RSA_PKCS1_PSS_PADDING
                                                                                       : RSA_PKCS1_PADDING;
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, padding) != 1)
    return false;
  if (padding != RSA_PKCS1_PSS_PADDING)
    return true;
  // Without a saltLength, OpenSSL's default: the longest salt when
  // signing (RSA_PSS_SALTLEN_MAX_SIGN), any when verifying.
  if (!s.has_salt)
    return true;
  return EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, s.salt) == 1;
}

bool der_to_p1363(const Bytes &der, size_t n, Bytes *out) {
  const unsigned char *p = der.data();
  ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, (long)der.size());
  if (!sig)
    return false;
  out->assign(2 * n, 0);
  bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), out->data(), (int)n) > 0 &&
            BN_bn2binpad(ECDSA_SIG_get0_s(sig), out->data() + n, (int)n) > 0;
  ECDSA_SIG_free(sig);
  return ok;
}

bool p1363_to_der(const Bytes &raw, size_t n, Bytes *out) {
  if (raw.size() != 2 * n)
    return false;
  ECDSA_SIG *sig = ECDSA_SIG_new();
  BIGNUM *r = BN_bin2bn(raw.data(), (int)n, nullptr);
  BIGNUM *s = BN_bin2bn(raw.data() + n, (int)n, nullptr);
  if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return false;
  }
  unsigned char *der = nullptr;
  int len = i2d_ECDSA_SIG(sig, &der);
  ECDSA_SIG_free(sig);
  if (len <= 0)
    return false;
  out->assign(der, der + len);
  OPENSSL_free(der);
  return true;
}

// Signs (or verifies, when `verify`), on any thread. For verify, *ok says
// whether the signature matched; a failure is an error to throw.
Failure sign_or_verify(EVP_PKEY *pkey, const SignParams &s, bool verify, Bytes *out, bool *ok) {
  ERR_clear_error();
  const EVP_MD *md = s.digest.empty() ? nullptr : EVP_get_digestbyname(s.digest.c_str());
  size_t n = s.p1363 ? rs_bytes(pkey) : 0;
  Bytes sig = s.signature;
  if (verify && n) {
    Bytes der;
    if (!p1363_to_der(sig, n, &der)) {
      *ok = false;
      return Failure();
    }
    sig = der;
  }
  EVP_MD_CTX *mctx = nullptr;
  EVP_PKEY_CTX *pctx = nullptr;
  CtxPtr own;
  bool init;
  if (s.prehashed) {
    own.reset(EVP_PKEY_CTX_new(pkey, nullptr));
    pctx = own.get();
    init = pctx && (verify ? EVP_PKEY_verify_init(pctx) : EVP_PKEY_sign_init(pctx)) == 1 &&
           apply_rsa_options(pkey, pctx, s) && (!md || EVP_PKEY_CTX_set_signature_md(pctx, md) == 1);
  } else {
    mctx = EVP_MD_CTX_new();
    init = mctx &&
           (verify ? EVP_DigestVerifyInit(mctx, &pctx, md, nullptr, pkey) : EVP_DigestSignInit(mctx, &pctx, md, nullptr, pkey)) ==
               1 &&
           apply_rsa_options(pkey, pctx, s);
  }
  Failure f;
  if (!init) {
    f = capture(verify ? "Verify initialisation failed" : "Sign initialisation failed");
  } else if (verify) {
    int r = s.prehashed ? EVP_PKEY_verify(pctx, sig.data(), sig.size(), s.data.data(), s.data.size())
                        : EVP_DigestVerify(mctx, sig.data(), sig.size(), s.data.data(), s.data.size());
    *ok = r == 1;
    ERR_clear_error();
  } else {
    size_t len = 0;
    bool good = (s.prehashed ? EVP_PKEY_sign(pctx, nullptr, &len, s.data.data(), s.data.size())
                             : EVP_DigestSign(mctx, nullptr, &len, s.data.data(), s.data.size())) == 1;
    out->resize(len);
    good = good && (s.prehashed ? EVP_PKEY_sign(pctx, out->data(), &len, s.data.data(), s.data.size())
                                : EVP_DigestSign(mctx, out->data(), &len, s.data.data(), s.data.size())) == 1;
    out->resize(len);
    if (good && n) {
      Bytes raw;
      good = der_to_p1363(*out, n, &raw);
      *out = raw;
    }
    if (!good)
      f = capture("Sign failed");
  }
  EVP_MD_CTX_free(mctx);
  return f;
}

/* ---- thread-pool jobs ---- */

struct Job {
  uv_work_t work;
  engine *e = nullptr;
  v8::Global<v8::Function> callback;
  PkeyPtr key;  // the key to use, or the generated one
  bool generate = false, verify = false;
  GenParams gen;
  SignParams sign;
  Bytes out;
  bool ok = false;
  Failure failure;
};

void job_run(Job *j) {
  if (j->generate)
    j->key = generate(j->gen, &j->failure);
  else
    j->failure = sign_or_verify(j->key.get(), j->sign, j->verify, &j->out, &j->ok);
}

void job_work(uv_work_t *w) {
  job_run(static_cast<Job *>(w->data));
}

v8::Local<v8::Value> job_result(v8::Isolate *iso, Job *j) {
  if (j->generate)
    return pkey_wrap(iso, j->key.release());
  if (j->verify)
    return v8::Boolean::New(iso, j->ok);
  return array_buffer(iso, j->out.data(), j->out.size());
}

void job_after(uv_work_t *w, int) {
  std::unique_ptr<Job> j(static_cast<Job *>(w->data));
  v8::Isolate *iso = j->e->isolate;
  v8::HandleScope scope(iso);
  v8::Local<v8::Value> args[2];
  if (j->failure.failed) {
    // Node's async jobs report OpenSSL's message alone.
    j->failure.decorate = false;
    j->failure.stack.clear();
    args[0] = failure_to_js(iso, j->failure);
    args[1] = v8::Undefined(iso);
  } else {
    args[0] = v8::Null(iso);
    args[1] = job_result(iso, j.get());
  }
  invoke_callback(j->e, j->callback.Get(iso), 2, args);
}

// Runs now (returning the result or throwing) or queues when `cb` is a
// function, which later gets (error|null, result).
void finish(Args a, std::unique_ptr<Job> j, v8::Local<v8::Value> cb) {
  v8::Isolate *iso = a.GetIsolate();
  j->e = engine_of(iso);
  if (cb->IsFunction()) {
    j->callback.Reset(iso, cb.As<v8::Function>());
    j->work.data = j.get();
    if (uv_queue_work(guest_loop_uv(j->e->loop), &j->work, job_work, job_after) == 0)
      j.release();
    return;
  }
  job_run(j.get());
  if (j->failure.failed)
    return throw_failure(iso, j->failure);
  a.GetReturnValue().Set(job_result(iso, j.get()));
}

void throw_node(v8::Isolate *iso, const char *code, const std::string &msg, bool type_error) {
  throw_failure(iso, node_failure(code, msg, type_error));
}

// pkeyGenerate({type, modulusLength, publicExponent, hash, mgf1Hash,
// saltLength, divisorLength, namedCurve, explicit, group, prime,
// primeLength, generator}[, cb]) -> handle. Options are validated by the
// bootstrap; names (digests, curves, groups) are checked here, before any
// work is queued.
void PkeyGenerate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsObject())
    return;
  v8::Local<v8::Object> o = a[0].As<v8::Object>();
  auto j = std::make_unique<Job>();
  j->generate = true;
  GenParams &g = j->gen;
  g.type = str_of(iso, get(iso, o, "type"));
  g.bits = int_of(get(iso, o, "modulusLength"), 0);
  g.exponent = (unsigned long)int_of(get(iso, o, "publicExponent"), 0x10001);
  if (get(iso, o, "publicExponent")->IsNumber())
    g.exponent = (unsigned long)get(iso, o, "publicExponent").As<v8::Number>()->Value();
  g.hash = str_of(iso, get(iso, o, "hash"));
  g.mgf1 = str_of(iso, get(iso, o, "mgf1Hash"));
  g.salt = int_of(get(iso, o, "saltLength"), -1);
  g.divisor = int_of(get(iso, o, "divisorLength"), -1);
  g.explicit_curve = get(iso, o, "explicit")->BooleanValue(iso);
  g.group = str_of(iso, get(iso, o, "group"));
  bytes_from(get(iso, o, "prime"), &g.prime);
  g.prime_len = int_of(get(iso, o, "primeLength"), 0);
  g.generator = int_of(get(iso, o, "generator"), 2);
  if (!g.hash.empty() && !EVP_get_digestbyname(g.hash.c_str()))
    return throw_node(iso, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + g.hash, true);
  if (!g.mgf1.empty() && !EVP_get_digestbyname(g.mgf1.c_str()))
    return throw_node(iso, "ERR_CRYPTO_INVALID_DIGEST", "Invalid MGF1 digest: " + g.mgf1, true);
  if (g.type == "ec") {
    g.curve_nid = ec_curve_nid(str_of(iso, get(iso, o, "namedCurve")));
    if (g.curve_nid == NID_undef)
      return throw_node(iso, "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name", true);
  }
  if (g.type == "dh" && !g.group.empty()) {
    BnPtr p(dh_group_prime(g.group));
    if (!p)
      return throw_node(iso, "ERR_CRYPTO_UNKNOWN_DH_GROUP", "Unknown DH group", false);
  }
  if (g.type == "rsa-pss" && (!g.hash.empty() || !g.mgf1.empty() || g.salt >= 0)) {
    // Any parameter restricts the key; the others default as RFC 8017 (and
    // OpenSSL 3.2+, so Node 22) have them: SHA-1, MGF1 with the same hash,
    // a salt as long as the hash.
    if (g.hash.empty())
      g.hash = "sha1";
    if (g.mgf1.empty())
      g.mgf1 = g.hash;
    if (g.salt < 0)
      g.salt = EVP_MD_get_size(EVP_get_digestbyname(g.hash.c_str()));
  }
  // The private key's output cipher, checked as Node does before any work.
  std::string cipher = str_of(iso, get(iso, o, "cipher"));
  if (!cipher.empty() && !EVP_get_cipherbyname(cipher.c_str()))
    return throw_node(iso, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher", false);
  finish(a, std::move(j), a[1]);
}

// pkeySign(handle, digest|null, data, prehashed, padding, saltLength|undefined,
// p1363[, cb]) -> ArrayBuffer
// pkeyVerify(handle, digest|null, data, prehashed, padding,
// saltLength|undefined, p1363, signature[, cb]) -> boolean
void sign_common(Args a, bool verify) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *pkey = pkey_unwrap(iso, a[0]);
  if (!pkey)
    return;
  auto j = std::make_unique<Job>();
  j->verify = verify;
  SignParams &s = j->sign;
  s.digest = str_of(iso, a[1]);
  if (!s.digest.empty() && !EVP_get_digestbyname(s.digest.c_str()))
    return throw_node(iso, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + s.digest, true);
  bytes_from(a[2], &s.data);
  s.prehashed = a[3]->BooleanValue(iso);
  s.padding = int_of(a[4], 0);
  s.has_salt = a[5]->IsNumber();
  s.salt = int_of(a[5], 0);
  s.p1363 = a[6]->BooleanValue(iso);
  if (verify)
    bytes_from(a[7], &s.signature);
  EVP_PKEY_up_ref(pkey);
  j->key.reset(pkey);
  finish(a, std::move(j), a[verify ? 8 : 7]);
}

void PkeySign(Args a) {
  sign_common(a, false);
}

void PkeyVerify(Args a) {
  sign_common(a, true);
}

/* ---- RSA encryption ---- */

// pkeyCipher(op, handle, data, padding, oaepHash|undefined, label|undefined)
// op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt
void PkeyCipher(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int op = int_of(a[0], 0);
  EVP_PKEY *pkey = pkey_unwrap(iso, a[1]);
  if (!pkey)
    return;
  Bytes in, label;
  bytes_from(a[2], &in);
  int padding = int_of(a[3], RSA_PKCS1_OAEP_PADDING);
  std::string oaep_hash = str_of(iso, a[4]);
  bool have_label = bytes_from(a[5], &label);
  const EVP_MD *md = nullptr;
  if (!oaep_hash.empty() && !(md = EVP_get_digestbyname(oaep_hash.c_str())))
    return throw_node(iso, "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used", false);
  ERR_clear_error();
  CtxPtr ctx(EVP_PKEY_CTX_new(pkey, nullptr));
  int r = !ctx ? 0
          : op == 0 ? EVP_PKEY_encrypt_init(ctx.get())
          : op == 1 ? EVP_PKEY_decrypt_init(ctx.get())
          : op == 2 ? EVP_PKEY_sign_init(ctx.get())
                    : EVP_PKEY_verify_recover_init(ctx.get());
  bool ok = r == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (md)
      ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), md) == 1;
    if (ok && have_label && !label.empty()) {
      void *copy = OPENSSL_memdup(label.data(), label.size());
      ok = copy && EVP_PKEY_CTX_set0_rsa_oaep_label(ctx.get(), copy, (int)label.size()) == 1;
      if (!ok)
        OPENSSL_free(copy);
    }
  }
  if (ok && op == 1 && padding == RSA_PKCS1_PADDING) {
    // Without implicit rejection, PKCS#1 v1.5 decryption leaks (Marvin).
    if (EVP_PKEY_CTX_ctrl_str(ctx.get(), "rsa_pkcs1_implicit_rejection", "1") <= 0) {
      return throw_node(iso, "ERR_INVALID_ARG_VALUE",
                        "RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with "
                        "--security-revert=CVE-2023-46809",
                        true);
    }
  }
  size_t len = 0;
  auto run = [&](unsigned char *out, size_t *n) {
    switch (op) {
    case 0:
      return EVP_PKEY_encrypt(ctx.get(), out, n, in.data(), in.size());
    case 1:
      return EVP_PKEY_decrypt(ctx.get(), out, n, in.data(), in.size());
    case 2:
      return EVP_PKEY_sign(ctx.get(), out, n, in.data(), in.size());
    default:
      return EVP_PKEY_verify_recover(ctx.get(), out, n, in.data(), in.size());
    }
  };
  Bytes out;
  ok = ok && run(nullptr, &len) == 1;
  if (ok) {
    out.resize(len);
    ok = run(out.data(), &len) == 1;
    out.resize(len);
  }
  if (!ok)
    return throw_ossl(iso, "RSA operation failed");
  a.GetReturnValue().Set(array_buffer(iso, out.data(), out.size()));
}

}  // namespace

v8::Local<v8::Object> pkey_wrap(v8::Isolate *iso, EVP_PKEY *pkey) {
  return handle_wrap(iso, &kPkey, pkey);
}

EVP_PKEY *pkey_unwrap(v8::Isolate *iso, v8::Local<v8::Value> v) {
  return static_cast<EVP_PKEY *>(handle_unwrap(iso, v, &kPkey));
}

void binding_add_pkey(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "pkeyParse", PkeyParse);
  set_fn(iso, ctx, target, "pkeyExport", PkeyExport);
  set_fn(iso, ctx, target, "pkeyType", PkeyType);
  set_fn(iso, ctx, target, "pkeyDetails", PkeyDetails);
  set_fn(iso, ctx, target, "pkeyEquals", PkeyEquals);
  set_fn(iso, ctx, target, "pkeyJwkExport", PkeyJwkExport);
  set_fn(iso, ctx, target, "pkeyJwkImport", PkeyJwkImport);
  set_fn(iso, ctx, target, "pkeyGenerate", PkeyGenerate);
  set_fn(iso, ctx, target, "pkeySign", PkeySign);
  set_fn(iso, ctx, target, "pkeyVerify", PkeyVerify);
  set_fn(iso, ctx, target, "pkeyCipher", PkeyCipher);
  set_fn(iso, ctx, target, "cipherExists", CipherExists);
  set_fn(iso, ctx, target, "digestExists", DigestExists);
}
