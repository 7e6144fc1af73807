// Key agreement and primes for the crypto bridge (OpenSSL): classic
// Diffie-Hellman (DH), ECDH on named curves, the stateless
// diffieHellman() over two EVP_PKEYs, and prime generation and testing.
// DiffieHellman and ECDH objects keep OpenSSL's legacy DH / EC_KEY, as
// Node does, because their API (set a private key alone, read p and g)
// is exactly that object's. Arguments are validated by the bootstrap
// (polyfills/builtins/internal/crypto-dh.js); what this file throws are
// Node's native errors (code + message) and OpenSSL's own errors.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <string.h>
#include <strings.h>
#include <uv.h>

#include <memory>
#include <string>
#include <vector>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

void free_dh(void *p) {
  DH_free(static_cast<DH *>(p));
}
void free_ec(void *p) {
  EC_KEY_free(static_cast<EC_KEY *>(p));
}
const native_type kDh = {"DiffieHellman", free_dh};
const native_type kEcdh = {"ECDH", free_ec};

struct BnFree {
  void operator()(BIGNUM *b) const { BN_clear_free(b); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn bn_in(v8::Local<v8::Value> v) {
  const unsigned char *d = nullptr;
  size_t n = 0;
  if (!bytes_in(v, &d, &n))
    return nullptr;
  return Bn(BN_bin2bn(n ? d : reinterpret_cast<const unsigned char *>(""), (int)n, nullptr));
}

v8::Local<v8::ArrayBuffer> ab_out(v8::Isolate *iso, const unsigned char *data, size_t len) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, len);
  if (len)
    memcpy(ab->Data(), data, len);
  return ab;
}

// A BIGNUM as big-endian bytes, at least `pad` long (left-padded with zeros).
v8::Local<v8::ArrayBuffer> bn_out(v8::Isolate *iso, const BIGNUM *b, int pad = 0) {
  int n = BN_num_bytes(b);
  if (n < pad)
    n = pad;
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, n);
  if (n)
    BN_bn2binpad(b, static_cast<unsigned char *>(ab->Data()), n);
  return ab;
}

enum class Kind { Error, Type, Range };

// Node's native errors: an Error with an enumerable `code`.
void throw_code(v8::Isolate *iso, Kind kind, const char *code, const char *msg) {
  v8::Local<v8::String> m = v8_str(iso, msg);
  v8::Local<v8::Value> e = kind == Kind::Type    ? v8::Exception::TypeError(m)
                           : kind == Kind::Range ? v8::Exception::RangeError(m)
                                                 : v8::Exception::Error(m);
  (void)e.As<v8::Object>()->Set(iso->GetCurrentContext(), v8_str(iso, "code"), v8_str(iso, code));
  iso->ThrowException(e);
}

void throw_openssl(v8::Isolate *iso, const char *fallback) {
  iso->ThrowException(openssl_error(iso, ERR_get_error(), fallback));
  ERR_clear_error();
}

/* ---- DiffieHellman ---- */

DH *dh_of(Args a) {
  return static_cast<DH *>(handle_unwrap(a.GetIsolate(), a[0], &kDh));
}

// dhNew(bits|primeBytes, generator int|bytes) -> handle
void DhNew(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  ERR_clear_error();
  if (a[0]->IsInt32()) {
    int bits = a[0].As<v8::Int32>()->Value();
    if (bits < 2) {
      ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
      return throw_openssl(iso, "Invalid prime length");
    }
    int gen = a[1]->IsInt32() ? a[1].As<v8::Int32>()->Value() : 0;
    if (gen < 2) {
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return throw_openssl(iso, "Invalid generator");
    }
    DH *dh = DH_new();
    if (!dh || DH_generate_parameters_ex(dh, bits, gen, nullptr) != 1) {
      DH_free(dh);
      ERR_clear_error();
      return throw_code(iso, Kind::Type, "ERR_INVALID_ARG_VALUE", "Invalid DH parameters");
    }
    a.GetReturnValue().Set(handle_wrap(iso, &kDh, dh));
    return;
  }
  Bn p = bn_in(a[0]);
  if (!p)
    return throw_code(iso, Kind::Type, "ERR_INVALID_ARG_VALUE", "Invalid prime");
  Bn g;
  if (a[1]->IsInt32()) {
    int gen = a[1].As<v8::Int32>()->Value();
    g.reset(BN_new());
    if (gen < 2 || !g || !BN_set_word(g.get(), (BN_ULONG)gen)) {
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return throw_openssl(iso, "Invalid generator");
    }
  } else {
    g = bn_in(a[1]);
    if (!g || BN_is_zero(g.get()) || BN_is_one(g.get())) {
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return throw_openssl(iso, "Invalid generator");
    }
  }
  DH *dh = DH_new();
  if (!dh || DH_set0_pqg(dh, p.get(), nullptr, g.get()) != 1) {
    DH_free(dh);
    return throw_code(iso, Kind::Type, "ERR_INVALID_ARG_VALUE", "Invalid DH parameters");
  }
  p.release();
  g.release();
  a.GetReturnValue().Set(handle_wrap(iso, &kDh, dh));
}

// dhGroup(name) -> handle, or null for an unknown group. The groups are
// RFC 2409's (modp1, modp2) and RFC 3526's (modp5, modp14..modp18), all
// with generator 2.
void DhGroup(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::String::Utf8Value name(iso, a[0]);
  static const struct {
    const char *name;
    BIGNUM *(*prime)(BIGNUM *);
  } groups[] = {
      {"modp1", BN_get_rfc2409_prime_768},   {"modp2", BN_get_rfc2409_prime_1024},
      {"modp5", BN_get_rfc3526_prime_1536},  {"modp14", BN_get_rfc3526_prime_2048},
      {"modp15", BN_get_rfc3526_prime_3072}, {"modp16", BN_get_rfc3526_prime_4096},
      {"modp17", BN_get_rfc3526_prime_6144}, {"modp18", BN_get_rfc3526_prime_8192},
  };
  for (const auto &grp : groups) {
    if (!*name || strcasecmp(*name, grp.name) != 0)
      continue;
    Bn p(grp.prime(nullptr));
    Bn g(BN_new());
    DH *dh = DH_new();
    if (!p || !g || !dh || !BN_set_word(g.get(), 2) || DH_set0_pqg(dh, p.get(), nullptr, g.get()) != 1) {
      DH_free(dh);
      return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "DH group creation failed");
    }
    p.release();
    g.release();
    a.GetReturnValue().Set(handle_wrap(iso, &kDh, dh));
    return;
  }
  a.GetReturnValue().SetNull();
}

// dhVerifyError(h) -> DH_check's codes
void DhVerifyError(Args a) {
  DH *dh = dh_of(a);
  if (!dh)
    return;
  int codes = 0;
  if (DH_check(dh, &codes) != 1 && codes == 0) {
    ERR_clear_error();
    return throw_code(a.GetIsolate(), Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Checking DH parameters failed");
  }
  ERR_clear_error();
  a.GetReturnValue().Set(codes);
}

// dhGenerateKeys(h) -> public key bytes (a private key already set is kept)
void DhGenerateKeys(Args a) {
  DH *dh = dh_of(a);
  if (!dh)
    return;
  if (DH_generate_key(dh) != 1) {
    ERR_clear_error();
    return throw_code(a.GetIsolate(), Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Key generation failed");
  }
  a.GetReturnValue().Set(bn_out(a.GetIsolate(), DH_get0_pub_key(dh)));
}

// dhGet(h, 0 prime | 1 generator | 2 public | 3 private) -> bytes
void DhGet(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  DH *dh = dh_of(a);
  if (!dh)
    return;
  int which = a[1]->Int32Value(iso->GetCurrentContext()).FromMaybe(0);
  const BIGNUM *b = which == 0 ? DH_get0_p(dh) : which == 1 ? DH_get0_g(dh) : which == 2 ? DH_get0_pub_key(dh) : DH_get0_priv_key(dh);
  if (!b) {
    static const char *const msgs[] = {"p is null", "g is null", "No public key - did you forget to generate one?",
                                       "No private key - did you forget to generate one?"};
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_INVALID_STATE", msgs[which & 3]);
  }
  a.GetReturnValue().Set(bn_out(iso, b));
}

// dhSetKey(h, 2 public | 3 private, bytes)
void DhSetKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  DH *dh = dh_of(a);
  if (!dh)
    return;
  Bn k = bn_in(a[2]);
  if (!k)
    return throw_code(iso, Kind::Type, "ERR_INVALID_ARG_TYPE", "key must be bytes");
  bool pub = a[1]->Int32Value(iso->GetCurrentContext()).FromMaybe(0) == 2;
  if (DH_set0_key(dh, pub ? k.get() : nullptr, pub ? nullptr : k.get()) != 1)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set key");
  k.release();
}

// dhComputeSecret(h, peerPublicBytes) -> secret, left-padded to the
// prime's size. The peer key is checked first, as Node 22 does: 0 or 1
// is "too small", p-1 and above fail validation.
void DhComputeSecret(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  DH *dh = dh_of(a);
  if (!dh)
    return;
  Bn key = bn_in(a[1]);
  if (!key)
    return throw_code(iso, Kind::Type, "ERR_INVALID_ARG_TYPE", "key must be bytes");
  if (BN_cmp(key.get(), BN_value_one()) <= 0)
    return throw_code(iso, Kind::Range, "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too small");
  Bn pm1(BN_dup(DH_get0_p(dh)));
  if (!pm1 || !BN_sub_word(pm1.get(), 1) || BN_cmp(key.get(), pm1.get()) >= 0)
    return throw_code(iso, Kind::Range, "ERR_CRYPTO_INVALID_KEYTYPE", "Unspecified validation error");
  int codes = 0;
  int ok = DH_check_pub_key(dh, key.get(), &codes);
  ERR_clear_error();
  if (codes & DH_CHECK_PUBKEY_INVALID)
    return throw_code(iso, Kind::Range, "ERR_CRYPTO_INVALID_KEYTYPE", "Supplied key is invalid");
  if (ok != 1 || codes != 0)
    return throw_code(iso, Kind::Range, "ERR_CRYPTO_INVALID_KEYTYPE", "Unspecified validation error");
  int size = DH_size(dh);
  std::vector<unsigned char> out(size > 0 ? size : 1);
  int n = DH_compute_key(out.data(), key.get(), dh);
  if (n < 0) {
    ERR_clear_error();
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to compute DH key");
  }
  if (n < size) {
    memmove(out.data() + (size - n), out.data(), n);
    memset(out.data(), 0, size - n);
  }
  a.GetReturnValue().Set(ab_out(iso, out.data(), size));
}

/* ---- ECDH ---- */

EC_KEY *ec_of(Args a) {
  return static_cast<EC_KEY *>(handle_unwrap(a.GetIsolate(), a[0], &kEcdh));
}

int curve_nid(v8::Isolate *iso, v8::Local<v8::Value> name) {
  v8::String::Utf8Value s(iso, name);
  return *s ? OBJ_sn2nid(*s) : NID_undef;
}

void throw_invalid_curve(v8::Isolate *iso) {
  throw_code(iso, Kind::Type, "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
}

// A point on `group` from its encoding, or nullptr.
EC_POINT *point_in(const EC_GROUP *group, v8::Local<v8::Value> v) {
  const unsigned char *d;
  size_t n;
  if (!bytes_in(v, &d, &n))
    return nullptr;
  EC_POINT *pt = EC_POINT_new(group);
  if (pt && EC_POINT_oct2point(group, pt, d, n, nullptr) != 1) {
    EC_POINT_free(pt);
    pt = nullptr;
  }
  ERR_clear_error();
  return pt;
}

v8::Local<v8::Value> point_out(v8::Isolate *iso, const EC_GROUP *group, const EC_POINT *pt, int form) {
  auto f = static_cast<point_conversion_form_t>(form);
  size_t n = EC_POINT_point2oct(group, pt, f, nullptr, 0, nullptr);
  std::vector<unsigned char> out(n ? n : 1);
  if (n == 0 || EC_POINT_point2oct(group, pt, f, out.data(), n, nullptr) != n) {
    ERR_clear_error();
    throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get public key");
    return v8::Local<v8::Value>();
  }
  return ab_out(iso, out.data(), n);
}

int form_of(v8::Isolate *iso, v8::Local<v8::Value> v) {
  return v->Int32Value(iso->GetCurrentContext()).FromMaybe(POINT_CONVERSION_UNCOMPRESSED);
}

// ecdhNew(curveShortName) -> handle; ERR_CRYPTO_INVALID_CURVE when OpenSSL
// has no such EC curve.
void EcdhNew(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int nid = curve_nid(iso, a[0]);
  EC_KEY *key = nid == NID_undef ? nullptr : EC_KEY_new_by_curve_name(nid);
  ERR_clear_error();
  if (!key)
    return throw_invalid_curve(iso);
  a.GetReturnValue().Set(handle_wrap(iso, &kEcdh, key));
}

void EcdhGenerateKeys(Args a) {
  EC_KEY *key = ec_of(a);
  if (!key)
    return;
  if (EC_KEY_generate_key(key) != 1) {
    ERR_clear_error();
    throw_code(a.GetIsolate(), Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to generate key");
  }
}

// ecdhGetPublicKey(h, form) -> point bytes
void EcdhGetPublicKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EC_KEY *key = ec_of(a);
  if (!key)
    return;
  const EC_POINT *pub = EC_KEY_get0_public_key(key);
  if (!pub)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH public key");
  v8::Local<v8::Value> out = point_out(iso, EC_KEY_get0_group(key), pub, form_of(iso, a[1]));
  if (!out.IsEmpty())
    a.GetReturnValue().Set(out);
}

void EcdhGetPrivateKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EC_KEY *key = ec_of(a);
  if (!key)
    return;
  const BIGNUM *priv = EC_KEY_get0_private_key(key);
  if (!priv)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH private key");
  a.GetReturnValue().Set(bn_out(iso, priv));
}

// ecdhSetPrivateKey(h, bytes): the private key must lie in [1, order);
// the public key is derived from it.
void EcdhSetPrivateKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EC_KEY *key = ec_of(a);
  if (!key)
    return;
  Bn priv = bn_in(a[1]);
  if (!priv)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to BN");
  const EC_GROUP *group = EC_KEY_get0_group(key);
  const BIGNUM *order = EC_GROUP_get0_order(group);
  if (BN_cmp(priv.get(), BN_value_one()) < 0 || BN_cmp(priv.get(), order) >= 0)
    return throw_code(iso, Kind::Range, "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.");
  EC_POINT *pub = EC_POINT_new(group);
  bool ok = pub && EC_POINT_mul(group, pub, priv.get(), nullptr, nullptr, nullptr) == 1 &&
            EC_KEY_set_private_key(key, priv.get()) == 1 && EC_KEY_set_public_key(key, pub) == 1;
  EC_POINT_free(pub);
  ERR_clear_error();
  if (!ok)
    throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to generate ECDH public key");
}

void EcdhSetPublicKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EC_KEY *key = ec_of(a);
  if (!key)
    return;
  EC_POINT *pub = point_in(EC_KEY_get0_group(key), a[1]);
  if (!pub)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
  int ok = EC_KEY_set_public_key(key, pub);
  EC_POINT_free(pub);
  ERR_clear_error();
  if (ok != 1)
    throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set EC_POINT as the public key");
}

// ecdhComputeSecret(h, peerPointBytes) -> secret (the field size), or
// false when the peer point is not on the curve.
void EcdhComputeSecret(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EC_KEY *key = ec_of(a);
  if (!key)
    return;
  if (EC_KEY_check_key(key) != 1) {
    ERR_clear_error();
    return throw_code(iso, Kind::Range, "ERR_CRYPTO_INVALID_KEYPAIR", "Invalid key pair");
  }
  const EC_GROUP *group = EC_KEY_get0_group(key);
  EC_POINT *pub = point_in(group, a[1]);
  if (!pub)
    return a.GetReturnValue().Set(false);
  size_t len = (EC_GROUP_get_degree(group) + 7) / 8;
  std::vector<unsigned char> out(len);
  int n = ECDH_compute_key(out.data(), len, pub, key, nullptr);
  EC_POINT_free(pub);
  ERR_clear_error();
  if (n <= 0)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to compute ECDH key");
  a.GetReturnValue().Set(ab_out(iso, out.data(), len));
}

// ecdhConvertKey(pointBytes, curve, form) -> point bytes in `form`
void EcdhConvertKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int nid = curve_nid(iso, a[1]);
  if (nid == NID_undef)
    return throw_invalid_curve(iso);
  EC_GROUP *group = EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  if (!group)
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get EC_GROUP");
  EC_POINT *pt = point_in(group, a[0]);
  if (!pt) {
    EC_GROUP_free(group);
    return throw_code(iso, Kind::Error, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
  }
  v8::Local<v8::Value> out = point_out(iso, group, pt, form_of(iso, a[2]));
  EC_POINT_free(pt);
  EC_GROUP_free(group);
  if (!out.IsEmpty())
    a.GetReturnValue().Set(out);
}

// getCurves() -> the short names of OpenSSL's built-in EC curves (unsorted)
void GetCurves(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  size_t n = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(n);
  EC_get_builtin_curves(curves.data(), n);
  v8::Local<v8::Array> out = v8::Array::New(iso, (int)n);
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  for (size_t i = 0; i < n; i++)
    (void)out->Set(ctx, (uint32_t)i, v8_str(iso, OBJ_nid2sn(curves[i].nid)));
  a.GetReturnValue().Set(out);
}

/* ---- diffieHellman({ privateKey, publicKey }) ---- */

// statelessDh(privateKeyHandle, publicKeyHandle) -> shared secret; a DH
// secret is left-padded to the prime's size.
void StatelessDh(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  EVP_PKEY *ours = pkey_unwrap(iso, a[0]);
  if (!ours)
    return;
  EVP_PKEY *theirs = pkey_unwrap(iso, a[1]);
  if (!theirs)
    return;
  ERR_clear_error();
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(ours, nullptr);
  size_t len = 0;
  std::vector<unsigned char> out;
  bool ok = ctx && EVP_PKEY_derive_init(ctx) > 0 && EVP_PKEY_derive_set_peer(ctx, theirs) > 0 &&
            EVP_PKEY_derive(ctx, nullptr, &len) > 0;
  if (ok && len) {
    out.resize(len);
    size_t got = len;
    ok = EVP_PKEY_derive(ctx, out.data(), &got) > 0;
    if (ok && got < len) {
      memmove(out.data() + (len - got), out.data(), got);
      memset(out.data(), 0, len - got);
    }
  }
  EVP_PKEY_CTX_free(ctx);
  if (!ok)
    return throw_openssl(iso, "diffieHellman failed");
  a.GetReturnValue().Set(ab_out(iso, out.data(), out.size()));
}

/* ---- primes ---- */

struct PrimeJob {
  uv_work_t work;
  engine *e = nullptr;
  bool check = false;  // checkPrime rather than generatePrime
  int bits = 0, checks = 0;
  bool safe = false;
  Bn add, rem, candidate;
  Bn prime;
  int result = 0;               // checkPrime: 1 prime, 0 not, <0 failed
  unsigned long err = 0;        // OpenSSL error of a failed job
  v8::Global<v8::Function> callback;
};

void run_prime(PrimeJob *j) {
  ERR_clear_error();
  if (j->check) {
    BN_CTX *ctx = BN_CTX_new();
    j->result = ctx ? BN_is_prime_ex(j->candidate.get(), j->checks, ctx, nullptr) : -1;
    BN_CTX_free(ctx);
  } else {
    j->prime.reset(BN_secure_new());
    if (!j->prime || BN_generate_prime_ex(j->prime.get(), j->bits, j->safe, j->add.get(), j->rem.get(), nullptr) != 1)
      j->result = -1;
  }
  if (j->result < 0)
    j->err = ERR_get_error();
  ERR_clear_error();
}

// The job's outcome as (error, value), as Node's prime jobs report it: the
// error is a plain Error carrying OpenSSL's message.
void prime_outcome(v8::Isolate *iso, PrimeJob *j, v8::Local<v8::Value> *err, v8::Local<v8::Value> *val) {
  *err = v8::Undefined(iso);
  *val = v8::Undefined(iso);
  if (j->result < 0) {
    char buf[256] = "Prime job failed";
    if (j->err)
      ERR_error_string_n(j->err, buf, sizeof buf);
    *err = v8::Exception::Error(v8_str(iso, buf));
  } else if (j->check) {
    *val = v8::Boolean::New(iso, j->result == 1);
  } else {
    *val = bn_out(iso, j->prime.get());
  }
}

void prime_work(uv_work_t *w) {
  run_prime(static_cast<PrimeJob *>(w->data));
}

void prime_after(uv_work_t *w, int) {
  std::unique_ptr<PrimeJob> j(static_cast<PrimeJob *>(w->data));
  v8::Isolate *iso = j->e->isolate;
  v8::HandleScope scope(iso);
  v8::Local<v8::Value> args[2];
  prime_outcome(iso, j.get(), &args[0], &args[1]);
  invoke_callback(j->e, j->callback.Get(iso), j->result < 0 ? 1 : 2, args);
}

// Runs now (returning the value or throwing) or, with a callback last,
// on the thread pool.
void prime_finish(Args a, std::unique_ptr<PrimeJob> j, int cb_index) {
  v8::Isolate *iso = a.GetIsolate();
  j->e = engine_of(iso);
  if (a[cb_index]->IsFunction()) {
    j->callback.Reset(iso, a[cb_index].As<v8::Function>());
    j->work.data = j.get();
    if (uv_queue_work(guest_loop_uv(j->e->loop), &j->work, prime_work, prime_after) == 0)
      j.release();
    return;
  }
  run_prime(j.get());
  v8::Local<v8::Value> err, val;
  prime_outcome(iso, j.get(), &err, &val);
  if (j->result < 0)
    return (void)iso->ThrowException(err);
  a.GetReturnValue().Set(val);
}

// primeGenerate(bits, safe, addBytes|undefined, remBytes|undefined[, cb])
void PrimeGenerate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  auto j = std::make_unique<PrimeJob>();
  j->bits = a[0]->Int32Value(iso->GetCurrentContext()).FromMaybe(0);
  j->safe = a[1]->IsTrue();
  if (!a[2]->IsUndefined())
    j->add = bn_in(a[2]);
  if (!a[3]->IsUndefined())
    j->rem = bn_in(a[3]);
  if (j->add) {
    // An `add` wider than the prime would loop for ever in OpenSSL, and
    // so would rem >= add.
    if (BN_num_bits(j->add.get()) > j->bits)
      return throw_code(iso, Kind::Range, "ERR_OUT_OF_RANGE", "invalid options.add");
    if (j->rem && BN_cmp(j->add.get(), j->rem.get()) != 1)
      return throw_code(iso, Kind::Range, "ERR_OUT_OF_RANGE", "invalid options.rem");
  }
  prime_finish(a, std::move(j), 4);
}

// primeCheck(candidateBytes, checks[, cb])
void PrimeCheck(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  auto j = std::make_unique<PrimeJob>();
  j->check = true;
  j->candidate = bn_in(a[0]);
  j->checks = a[1]->Int32Value(iso->GetCurrentContext()).FromMaybe(0);
  if (!j->candidate)
    return throw_code(iso, Kind::Type, "ERR_INVALID_ARG_TYPE", "candidate must be bytes");
  prime_finish(a, std::move(j), 2);
}

}  // namespace

void binding_add_dh(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "dhNew", DhNew);
  set_fn(iso, ctx, target, "dhGroup", DhGroup);
  set_fn(iso, ctx, target, "dhVerifyError", DhVerifyError);
  set_fn(iso, ctx, target, "dhGenerateKeys", DhGenerateKeys);
  set_fn(iso, ctx, target, "dhGet", DhGet);
  set_fn(iso, ctx, target, "dhSetKey", DhSetKey);
  set_fn(iso, ctx, target, "dhComputeSecret", DhComputeSecret);
  set_fn(iso, ctx, target, "ecdhNew", EcdhNew);
  set_fn(iso, ctx, target, "ecdhGenerateKeys", EcdhGenerateKeys);
  set_fn(iso, ctx, target, "ecdhGetPublicKey", EcdhGetPublicKey);
  set_fn(iso, ctx, target, "ecdhGetPrivateKey", EcdhGetPrivateKey);
  set_fn(iso, ctx, target, "ecdhSetPrivateKey", EcdhSetPrivateKey);
  set_fn(iso, ctx, target, "ecdhSetPublicKey", EcdhSetPublicKey);
  set_fn(iso, ctx, target, "ecdhComputeSecret", EcdhComputeSecret);
  set_fn(iso, ctx, target, "ecdhConvertKey", EcdhConvertKey);
  set_fn(iso, ctx, target, "getCurves", GetCurves);
  set_fn(iso, ctx, target, "statelessDh", StatelessDh);
  set_fn(iso, ctx, target, "primeGenerate", PrimeGenerate);
  set_fn(iso, ctx, target, "primeCheck", PrimeCheck);
}
