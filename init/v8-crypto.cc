// Native hashing for the `crypto` bridge (OpenSSL): message digests
// (including XOFs) and HMAC, as opaque handles the bootstrap wraps in
// Node's Hash/Hmac classes. A handle frees its OpenSSL context when the
// guest drops it (weak callback) or when it is finalised by digest().
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <string.h>

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

struct Handle {
  EVP_MD_CTX *md = nullptr;
  EVP_MAC_CTX *mac = nullptr;
  size_t xof_len = 0;  // 0: the digest's own size
  bool xof = false;
  v8::Global<v8::Object> self;
  ~Handle() {
    EVP_MD_CTX_free(md);
    EVP_MAC_CTX_free(mac);
  }
};

void weak_free(const v8::WeakCallbackInfo<Handle> &info) {
  delete info.GetParameter();
}

v8::Local<v8::Object> wrap(v8::Isolate *iso, Handle *h) {
  // Templates belong to an isolate: each guest process keeps its own.
  v8::Global<v8::ObjectTemplate> &tmpl = engine_of(iso)->handle_template;
  if (tmpl.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(iso);
    t->SetInternalFieldCount(1);
    tmpl.Reset(iso, t);
  }
  v8::Local<v8::Object> obj = tmpl.Get(iso)->NewInstance(iso->GetCurrentContext()).ToLocalChecked();
  obj->SetAlignedPointerInInternalField(0, h);
  h->self.Reset(iso, obj);
  h->self.SetWeak(h, weak_free, v8::WeakCallbackType::kParameter);
  return obj;
}

Handle *unwrap(v8::Isolate *iso, v8::Local<v8::Value> v) {
  if (!v->IsObject() || v.As<v8::Object>()->InternalFieldCount() != 1) {
    iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "crypto: not a hash handle")));
    return nullptr;
  }
  return static_cast<Handle *>(v.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
}

v8::Local<v8::ArrayBuffer> to_buffer(v8::Isolate *iso, const unsigned char *data, size_t len) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, len);
  if (len)
    memcpy(ab->Data(), data, len);
  return ab;
}

// A digest by any name OpenSSL knows ("sha256", "RSA-SHA256"), fetched
// from the provider once per process: a legacy EVP_MD handed to
// EVP_DigestInit_ex is fetched again on every call, which costs more than
// hashing a short message. Fetched digests are immutable and shared by all
// threads; the map is guarded by a lock.
const EVP_MD *digest_named(v8::Isolate *iso, v8::Local<v8::Value> name) {
  v8::String::Utf8Value s(iso, name);
  if (!*s)
    return nullptr;
  static std::mutex lock;
  static std::unordered_map<std::string, EVP_MD *> fetched;
  std::lock_guard<std::mutex> guard(lock);
  auto it = fetched.find(*s);
  if (it != fetched.end())
    return it->second;
  EVP_MD *md = nullptr;
  if (const EVP_MD *legacy = EVP_get_digestbyname(*s))
    md = EVP_MD_fetch(nullptr, EVP_MD_get0_name(legacy), nullptr);
  fetched.emplace(*s, md);
  return md;
}

// hashCreate(name, outputLength|undefined) -> handle, or null if unknown
void HashCreate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  const EVP_MD *md = digest_named(iso, a[0]);
  if (!md) {
    a.GetReturnValue().SetNull();
    return;
  }
  auto *h = new Handle();
  h->md = EVP_MD_CTX_new();
  h->xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  if (a[1]->IsNumber())
    h->xof_len = (size_t)a[1].As<v8::Number>()->Value();
  if (!h->md || EVP_DigestInit_ex(h->md, md, nullptr) != 1) {
    delete h;
    iso->ThrowException(v8::Exception::Error(v8_str(iso, "crypto: digest initialisation failed")));
    return;
  }
  a.GetReturnValue().Set(wrap(iso, h));
}

void HashUpdate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Handle *h = unwrap(iso, a[0]);
  const unsigned char *data;
  size_t len;
  if (!h)
    return;
  // A string is hashed as UTF-8 (lone surrogates as U+FFFD, as Node
  // encodes them) without a Buffer in between.
  std::string utf8;
  if (a[1]->IsString()) {
    v8::Local<v8::String> str = a[1].As<v8::String>();
    utf8.resize((size_t)str->Utf8Length(iso));
    str->WriteUtf8(iso, utf8.data(), (int)utf8.size(), nullptr,
                   v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    data = reinterpret_cast<const unsigned char *>(utf8.data());
    len = utf8.size();
  } else if (!view_bytes(a[1], &data, &len)) {
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "crypto: data must be bytes")));
  }
  int ok = h->md ? EVP_DigestUpdate(h->md, data, len) : EVP_MAC_update(h->mac, data, len);
  if (ok != 1)
    iso->ThrowException(v8::Exception::Error(v8_str(iso, "crypto: update failed")));
}

// hashDigest(handle[, 'hex']) -> ArrayBuffer (or hex string); the handle is
// spent afterwards.
void HashDigest(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Handle *h = unwrap(iso, a[0]);
  if (!h)
    return;
  std::vector<unsigned char> out;
  int ok;
  if (h->md) {
    if (h->xof) {
      size_t n = h->xof_len ? h->xof_len : (size_t)EVP_MD_CTX_get_size(h->md);
      out.resize(n);
      ok = n == 0 ? 1 : EVP_DigestFinalXOF(h->md, out.data(), n);
    } else {
      unsigned int n = EVP_MAX_MD_SIZE;
      out.resize(n);
      ok = EVP_DigestFinal_ex(h->md, out.data(), &n);
      out.resize(n);
    }
  } else {
    size_t n = 0;
    out.resize(EVP_MAX_MD_SIZE);
    ok = EVP_MAC_final(h->mac, out.data(), &n, out.size());
    out.resize(n);
  }
  if (ok != 1)
    return (void)iso->ThrowException(v8::Exception::Error(v8_str(iso, "crypto: digest failed")));
  // hashDigest(handle, 'hex') -> the hex string itself, the common case.
  if (a[1]->IsString() && a[1].As<v8::String>()->StringEquals(v8_str(iso, "hex"))) {
    static const char digits[] = "0123456789abcdef";
    std::string hex(out.size() * 2, '0');
    for (size_t i = 0; i < out.size(); i++) {
      hex[2 * i] = digits[out[i] >> 4];
      hex[2 * i + 1] = digits[out[i] & 15];
    }
    a.GetReturnValue().Set(v8::String::NewFromOneByte(iso, reinterpret_cast<const uint8_t *>(hex.data()),
                                                      v8::NewStringType::kNormal, (int)hex.size())
                               .ToLocalChecked());
    return;
  }
  a.GetReturnValue().Set(to_buffer(iso, out.data(), out.size()));
}

void HashCopy(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Handle *h = unwrap(iso, a[0]);
  if (!h || !h->md)
    return;
  auto *c = new Handle();
  c->md = EVP_MD_CTX_new();
  c->xof = h->xof;
  c->xof_len = a[1]->IsNumber() ? (size_t)a[1].As<v8::Number>()->Value() : h->xof_len;
  if (!c->md || EVP_MD_CTX_copy_ex(c->md, h->md) != 1) {
    delete c;
    return (void)iso->ThrowException(v8::Exception::Error(v8_str(iso, "crypto: copy failed")));
  }
  a.GetReturnValue().Set(wrap(iso, c));
}

// hmacCreate(digestName, keyBytes) -> handle, or null if the digest is unknown
void HmacCreate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  const EVP_MD *md = digest_named(iso, a[0]);
  const unsigned char *key;
  size_t klen;
  if (!md) {
    a.GetReturnValue().SetNull();
    return;
  }
  if (!view_bytes(a[1], &key, &klen))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "crypto: key must be bytes")));
  EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  auto *h = new Handle();
  h->mac = mac ? EVP_MAC_CTX_new(mac) : nullptr;
  EVP_MAC_free(mac);
  std::string mdname = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", &mdname[0], 0), OSSL_PARAM_construct_end()};
  static const unsigned char empty = 0;
  if (!h->mac || EVP_MAC_init(h->mac, klen ? key : &empty, klen, params) != 1) {
    delete h;
    return (void)iso->ThrowException(v8::Exception::Error(v8_str(iso, "crypto: HMAC initialisation failed")));
  }
  a.GetReturnValue().Set(wrap(iso, h));
}

void collect_name(const OBJ_NAME *name, void *arg) {
  static_cast<std::vector<std::string> *>(arg)->push_back(name->name);
}

void GetHashes(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  std::vector<std::string> names;
  OBJ_NAME_do_all_sorted(OBJ_NAME_TYPE_MD_METH, collect_name, &names);
  v8::Local<v8::Array> out = v8::Array::New(iso);
  uint32_t n = 0;
  for (const std::string &s : names)
    if (EVP_get_digestbyname(s.c_str()))
      (void)out->Set(iso->GetCurrentContext(), n++, v8_str(iso, s.c_str()));
  a.GetReturnValue().Set(out);
}

}  // namespace

void binding_add_crypto(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "hashCreate", HashCreate);
  set_fn(iso, ctx, target, "hashUpdate", HashUpdate);
  set_fn(iso, ctx, target, "hashDigest", HashDigest);
  set_fn(iso, ctx, target, "hashCopy", HashCopy);
  set_fn(iso, ctx, target, "hmacCreate", HmacCreate);
  set_fn(iso, ctx, target, "getHashes", GetHashes);
  binding_add_kdf(iso, ctx, target);
}

// Key derivation (pbkdf2, scrypt, hkdf): bytes in, bytes out. With a
// callback as the last argument the work runs on libuv's thread pool, as
// Node's async forms do, and the callback gets (errorMessage|null, bytes).
#include <openssl/kdf.h>
#include <openssl/core_names.h>
#include <uv.h>

#include <memory>

namespace {

enum class Kdf { Pbkdf2, Scrypt, Hkdf };

struct KdfJob {
  uv_work_t work;
  engine *e = nullptr;
  Kdf kind;
  std::vector<unsigned char> a, b, c;  // password/ikm, salt, info
  std::string digest;
  uint64_t n = 0, r = 0, p = 0, maxmem = 0, iterations = 0;
  size_t keylen = 0;
  std::vector<unsigned char> out;
  std::string error;
  v8::Global<v8::Function> callback;
};

void run_kdf(KdfJob *j) {
  j->out.resize(j->keylen);
  unsigned char *out = j->out.data();
  switch (j->kind) {
  case Kdf::Pbkdf2: {
    const EVP_MD *md = EVP_get_digestbyname(j->digest.c_str());
    if (!md || PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(j->a.data()), (int)j->a.size(), j->b.data(),
                                 (int)j->b.size(), (int)j->iterations, md, (int)j->keylen, out) != 1)
      j->error = "PBKDF2 failed";
    break;
  }
  case Kdf::Scrypt:
    if (EVP_PBE_scrypt(reinterpret_cast<const char *>(j->a.data()), j->a.size(), j->b.data(), j->b.size(), j->n, j->r,
                       j->p, j->maxmem, out, j->keylen) != 1)
      j->error = "scrypt failed";
    break;
  case Kdf::Hkdf: {
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX *ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    static unsigned char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, &j->digest[0], 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, j->a.empty() ? &empty : j->a.data(), j->a.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, j->b.empty() ? &empty : j->b.data(), j->b.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, j->c.empty() ? &empty : j->c.data(), j->c.size()),
        OSSL_PARAM_construct_end(),
    };
    if (!ctx || EVP_KDF_derive(ctx, out, j->keylen, params) != 1)
      j->error = "Deriving bits failed";
    EVP_KDF_CTX_free(ctx);
    break;
  }
  }
}

void kdf_work(uv_work_t *w) {
  run_kdf(static_cast<KdfJob *>(w->data));
}

void kdf_after(uv_work_t *w, int) {
  std::unique_ptr<KdfJob> j(static_cast<KdfJob *>(w->data));
  v8::Isolate *iso = j->e->isolate;
  v8::HandleScope scope(iso);
  v8::Local<v8::Value> args[2];
  if (!j->error.empty()) {
    args[0] = v8_str(iso, j->error.c_str());
    args[1] = v8::Undefined(iso);
  } else {
    args[0] = v8::Null(iso);
    args[1] = to_buffer(iso, j->out.data(), j->out.size());
  }
  invoke_callback(j->e, j->callback.Get(iso), 2, args);
}

bool bytes_vec(v8::Local<v8::Value> v, std::vector<unsigned char> *out) {
  const unsigned char *d;
  size_t n;
  if (!view_bytes(v, &d, &n))
    return false;
  out->assign(d, d + n);
  return true;
}

double num(v8::Local<v8::Value> v) {
  return v->IsNumber() ? v.As<v8::Number>()->Value() : 0;
}

// Runs now (returning the bytes or throwing) or queues when the last
// argument is a callback. Arguments are validated by the bootstrap.
void finish(Args a, std::unique_ptr<KdfJob> j, int cb_index) {
  v8::Isolate *iso = a.GetIsolate();
  j->e = engine_of(iso);
  if (a[cb_index]->IsFunction()) {
    j->callback.Reset(iso, a[cb_index].As<v8::Function>());
    j->work.data = j.get();
    if (uv_queue_work(guest_loop_uv(j->e->loop), &j->work, kdf_work, kdf_after) == 0)
      j.release();
    return;
  }
  run_kdf(j.get());
  if (!j->error.empty())
    return (void)iso->ThrowException(v8::Exception::Error(v8_str(iso, j->error.c_str())));
  a.GetReturnValue().Set(to_buffer(iso, j->out.data(), j->out.size()));
}

// pbkdf2(password, salt, iterations, keylen, digest[, cb])
void Pbkdf2(Args a) {
  auto j = std::make_unique<KdfJob>();
  j->kind = Kdf::Pbkdf2;
  v8::String::Utf8Value d(a.GetIsolate(), a[4]);
  if (!bytes_vec(a[0], &j->a) || !bytes_vec(a[1], &j->b) || !*d)
    return (void)a.GetIsolate()->ThrowException(v8::Exception::TypeError(v8_str(a.GetIsolate(), "pbkdf2: bad arguments")));
  j->iterations = (uint64_t)num(a[2]);
  j->keylen = (size_t)num(a[3]);
  j->digest = *d;
  finish(a, std::move(j), 5);
}

// scrypt(password, salt, keylen, N, r, p, maxmem[, cb])
void Scrypt(Args a) {
  auto j = std::make_unique<KdfJob>();
  j->kind = Kdf::Scrypt;
  if (!bytes_vec(a[0], &j->a) || !bytes_vec(a[1], &j->b))
    return (void)a.GetIsolate()->ThrowException(v8::Exception::TypeError(v8_str(a.GetIsolate(), "scrypt: bad arguments")));
  j->keylen = (size_t)num(a[2]);
  j->n = (uint64_t)num(a[3]);
  j->r = (uint64_t)num(a[4]);
  j->p = (uint64_t)num(a[5]);
  j->maxmem = (uint64_t)num(a[6]);
  finish(a, std::move(j), 7);
}

// scryptCheck(N, r, p, maxmem) -> whether OpenSSL accepts the parameters
void ScryptCheck(Args a) {
  int ok = EVP_PBE_scrypt(nullptr, 0, nullptr, 0, (uint64_t)num(a[0]), (uint64_t)num(a[1]), (uint64_t)num(a[2]),
                          (uint64_t)num(a[3]), nullptr, 0);
  a.GetReturnValue().Set(ok == 1);
}

// hkdf(digest, ikm, salt, info, keylen[, cb])
void Hkdf(Args a) {
  auto j = std::make_unique<KdfJob>();
  j->kind = Kdf::Hkdf;
  v8::String::Utf8Value d(a.GetIsolate(), a[0]);
  if (!*d || !bytes_vec(a[1], &j->a) || !bytes_vec(a[2], &j->b) || !bytes_vec(a[3], &j->c))
    return (void)a.GetIsolate()->ThrowException(v8::Exception::TypeError(v8_str(a.GetIsolate(), "hkdf: bad arguments")));
  j->digest = EVP_get_digestbyname(*d) ? EVP_MD_get0_name(EVP_get_digestbyname(*d)) : *d;
  j->keylen = (size_t)num(a[4]);
  finish(a, std::move(j), 5);
}

// digestSize(name) -> bytes, or -1 when unknown
void DigestSize(Args a) {
  v8::String::Utf8Value d(a.GetIsolate(), a[0]);
  const EVP_MD *md = *d ? EVP_get_digestbyname(*d) : nullptr;
  a.GetReturnValue().Set(md ? EVP_MD_get_size(md) : -1);
}

}  // namespace

void binding_add_kdf(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "pbkdf2", Pbkdf2);
  set_fn(iso, ctx, target, "scrypt", Scrypt);
  set_fn(iso, ctx, target, "scryptCheck", ScryptCheck);
  set_fn(iso, ctx, target, "hkdf", Hkdf);
  set_fn(iso, ctx, target, "digestSize", DigestSize);
}
