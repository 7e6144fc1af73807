// Symmetric ciphers for the crypto bridge (OpenSSL EVP_CIPHER): one typed
// handle per Cipheriv/Decipheriv owning its EVP_CIPHER_CTX, plus the cipher
// list and getCipherInfo. The state machine and every error (code, class,
// message, OpenSSL's library/reason) follow Node 22's CipherBase, so the
// guest sees the same behaviour; argument types are checked by the
// bootstrap (internal/crypto-cipher.js) before they get here.
//
// Output never takes an extra copy: each update() writes into one malloc'd
// block that becomes the returned ArrayBuffer's backing store (shrunk in
// place when OpenSSL wrote less than the worst case).
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <algorithm>
#include <string>
#include <vector>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

constexpr unsigned kNoAuthTagLength = UINT_MAX;
constexpr size_t kMaxAuthTag = 16;

enum class TagState { Unknown, Known, Passed };

struct Cipher {
  EVP_CIPHER_CTX *ctx = nullptr;  // null once final() ran
  bool decrypt = false;
  bool aead = false;
  int mode = 0;
  unsigned auth_tag_len = kNoAuthTagLength;
  TagState tag_state = TagState::Unknown;
  unsigned char auth_tag[kMaxAuthTag] = {};
  int max_message_size = INT_MAX;  // CCM only
  bool pending_auth_failed = false;  // CCM decryption: update() failed
};

void cipher_destroy(void *p) {
  Cipher *c = static_cast<Cipher *>(p);
  EVP_CIPHER_CTX_free(c->ctx);
  OPENSSL_cleanse(c->auth_tag, sizeof c->auth_tag);
  delete c;
}

const native_type cipher_type = {"cipher", cipher_destroy};

// ---------------------------------------------------------------------------
// Errors, made as Node's C++ layer makes them: a plain Error/TypeError/
// RangeError with an own `code`, or an OpenSSL error decorated with
// opensslErrorStack, library, reason and an ERR_OSSL_* code.

using ErrorCtor = v8::Local<v8::Value> (*)(v8::Local<v8::String>);

void throw_code(v8::Isolate *iso, ErrorCtor make, const char *code, const char *msg) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Object> e = make(v8_str(iso, msg)).As<v8::Object>();
  (void)e->Set(ctx, v8_str(iso, "code"), v8_str(iso, code));
  iso->ThrowException(e);
}

// Throws `err` (the oldest error of the queue, already taken off it) or,
// when there is none, `fallback`; the rest of the queue goes into
// opensslErrorStack and the queue is left empty.
void throw_openssl(v8::Isolate *iso, unsigned long err, const char *fallback) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  char buf[256];
  const char *msg = fallback;
  if (err != 0) {
    ERR_error_string_n(err, buf, sizeof buf);
    msg = buf;
  }
  std::vector<std::string> rest;
  while (unsigned long e = ERR_get_error()) {
    char b[256];
    ERR_error_string_n(e, b, sizeof b);
    rest.emplace_back(b);
  }
  std::reverse(rest.begin(), rest.end());
  v8::Local<v8::Object> ex = v8::Exception::Error(v8_str(iso, msg)).As<v8::Object>();
  if (!rest.empty()) {
    v8::Local<v8::Array> stack = v8::Array::New(iso, (int)rest.size());
    for (size_t i = 0; i < rest.size(); i++)
      (void)stack->Set(ctx, (uint32_t)i, v8_str(iso, rest[i].c_str()));
    (void)ex->Set(ctx, v8_str(iso, "opensslErrorStack"), stack);
  }
  if (err != 0)
    openssl_decorate(iso, ex, err);
  iso->ThrowException(ex);
}

// ---------------------------------------------------------------------------
// Bytes

struct Bytes {
  const unsigned char *data = nullptr;
  size_t len = 0;
};

// An ArrayBufferView or ArrayBuffer (null/undefined read as empty).
bool bytes_of(v8::Local<v8::Value> v, Bytes *out) {
  *out = Bytes{};
  if (v->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
    out->len = view->ByteLength();
    if (out->len)
      out->data = static_cast<const unsigned char *>(view->Buffer()->Data()) + view->ByteOffset();
    return true;
  }
  if (v->IsArrayBuffer() || v->IsSharedArrayBuffer()) {
    std::shared_ptr<v8::BackingStore> bs = v->IsArrayBuffer() ? v.As<v8::ArrayBuffer>()->GetBackingStore()
                                                             : v.As<v8::SharedArrayBuffer>()->GetBackingStore();
    out->data = static_cast<const unsigned char *>(bs->Data());
    out->len = bs->ByteLength();
    return true;
  }
  return v->IsNullOrUndefined();
}

void free_block(void *data, size_t, void *) {
  free(data);
}

// Takes a malloc'd block of which `used` bytes are filled and hands it to a
// new ArrayBuffer without copying.
v8::Local<v8::ArrayBuffer> adopt(v8::Isolate *iso, unsigned char *block, size_t used) {
  if (used == 0) {
    free(block);
    return v8::ArrayBuffer::New(iso, 0);
  }
  std::unique_ptr<v8::BackingStore> bs = v8::ArrayBuffer::NewBackingStore(block, used, free_block, nullptr);
  return v8::ArrayBuffer::New(iso, std::move(bs));
}

int int_arg(v8::Local<v8::Value> v, int fallback) {
  return v->IsInt32() ? v.As<v8::Int32>()->Value() : fallback;
}

// Names that Node 22's newer bundled OpenSSL accepts and this libcrypto
// may not, for algorithms both have.
struct Alias {
  const char *alias;
  const char *name;
};
const Alias kAliases[] = {
    {"aes128-wrap-pad", "id-aes128-wrap-pad"},
    {"aes192-wrap-pad", "id-aes192-wrap-pad"},
    {"aes256-wrap-pad", "id-aes256-wrap-pad"},
};

const EVP_CIPHER *cipher_by_name(const char *name) {
  if (const EVP_CIPHER *c = EVP_get_cipherbyname(name))
    return c;
  for (const Alias &a : kAliases)
    if (strcasecmp(a.alias, name) == 0)
      return EVP_get_cipherbyname(a.name);
  return nullptr;
}

const EVP_CIPHER *cipher_named(v8::Isolate *iso, v8::Local<v8::Value> name) {
  v8::String::Utf8Value s(iso, name);
  return *s ? cipher_by_name(*s) : nullptr;
}

bool is_aead(const EVP_CIPHER *c) {
  switch (EVP_CIPHER_get_mode(c)) {
  case EVP_CIPH_CCM_MODE:
  case EVP_CIPH_GCM_MODE:
  case EVP_CIPH_OCB_MODE:
    return true;
  case EVP_CIPH_STREAM_CIPHER:
    return EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305;
  default:
    return false;
  }
}

bool valid_gcm_tag_length(unsigned n) {
  return n == 4 || n == 8 || (n >= 12 && n <= 16);
}

// Hands a tag given by setAuthTag() to OpenSSL, once.
bool pass_auth_tag(Cipher *c) {
  if (c->tag_state != TagState::Known)
    return true;
  if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, (int)c->auth_tag_len, c->auth_tag) != 1)
    return false;
  c->tag_state = TagState::Passed;
  return true;
}

bool ccm_length_ok(v8::Isolate *iso, Cipher *c, int64_t len) {
  if (len > c->max_message_size) {
    throw_code(iso, v8::Exception::RangeError, "ERR_CRYPTO_INVALID_MESSAGELEN", "Invalid message length");
    return false;
  }
  return true;
}

// The AEAD part of initialisation: IV length, tag length and, for CCM, the
// longest message its counter allows.
bool init_aead(v8::Isolate *iso, Cipher *c, const char *name, int iv_len, unsigned tag_len) {
  if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_IVLEN, iv_len, nullptr) != 1) {
    throw_code(iso, v8::Exception::TypeError, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
    return false;
  }
  char msg[128];
  if (c->mode == EVP_CIPH_GCM_MODE) {
    if (tag_len != kNoAuthTagLength) {
      if (!valid_gcm_tag_length(tag_len)) {
        snprintf(msg, sizeof msg, "Invalid authentication tag length: %u", tag_len);
        throw_code(iso, v8::Exception::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
        return false;
      }
      c->auth_tag_len = tag_len;
    }
    return true;
  }
  if (tag_len == kNoAuthTagLength) {
    // chacha20-poly1305 defaults to a 16-byte tag both ways; CCM and OCB
    // must be told.
    if (EVP_CIPHER_CTX_get_nid(c->ctx) != NID_chacha20_poly1305) {
      snprintf(msg, sizeof msg, "authTagLength required for %s", name);
      throw_code(iso, v8::Exception::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
      return false;
    }
    tag_len = 16;
  }
  if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, (int)tag_len, nullptr) != 1) {
    snprintf(msg, sizeof msg, "Invalid authentication tag length: %u", tag_len);
    throw_code(iso, v8::Exception::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
    return false;
  }
  c->auth_tag_len = tag_len;
  if (c->mode == EVP_CIPH_CCM_MODE) {
    // The counter has 15 - iv_len bytes: at most 2^(8*(15-iv_len)) - 1.
    if (iv_len == 12)
      c->max_message_size = 16777215;
    else if (iv_len == 13)
      c->max_message_size = 65535;
  }
  return true;
}

// cipherCreate(name, keyBytes, ivBytes|null, authTagLength (uint32, or -1
//              for none), decrypt) -> handle
void CipherCreate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  ERR_clear_error();
  v8::String::Utf8Value name(iso, a[0]);
  const EVP_CIPHER *cipher = *name ? cipher_by_name(*name) : nullptr;
  if (!cipher)
    return throw_code(iso, v8::Exception::Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  Bytes key, iv;
  if (!bytes_of(a[1], &key) || !bytes_of(a[2], &iv))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "cipher: key and iv must be bytes")));
  if (key.len > INT_MAX || iv.len > INT_MAX)
    return throw_code(iso, v8::Exception::RangeError, "ERR_OUT_OF_RANGE", key.len > INT_MAX ? "key is too big" : "iv is too big");
  // Any uint32 is a length (UINT_MAX reads as "none", as in Node).
  unsigned tag_len = a[3]->IsUint32() ? a[3].As<v8::Uint32>()->Value() : kNoAuthTagLength;
  bool decrypt = a[4]->BooleanValue(iso);

  const int expected_iv = EVP_CIPHER_get_iv_length(cipher);
  const bool aead = is_aead(cipher);
  const bool has_iv = iv.len > 0;
  if ((!has_iv && expected_iv != 0) || (!aead && has_iv && (int)iv.len != expected_iv) ||
      (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv.len > 12))
    return throw_code(iso, v8::Exception::TypeError, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");

  auto *c = new Cipher();
  c->decrypt = decrypt;
  c->aead = aead;
  c->mode = EVP_CIPHER_get_mode(cipher);
  c->ctx = EVP_CIPHER_CTX_new();
  // The handle owns `c` from here on, also when initialisation fails.
  v8::Local<v8::Object> handle = handle_wrap(iso, &cipher_type, c);
  if (!c->ctx)
    return throw_openssl(iso, ERR_get_error(), "Failed to initialize cipher");
  if (c->mode == EVP_CIPH_WRAP_MODE)
    EVP_CIPHER_CTX_set_flags(c->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (EVP_CipherInit_ex(c->ctx, cipher, nullptr, nullptr, nullptr, !decrypt) != 1)
    return throw_openssl(iso, ERR_get_error(), "Failed to initialize cipher");
  if (aead && !init_aead(iso, c, *name, (int)iv.len, tag_len))
    return;
  if (EVP_CIPHER_CTX_set_key_length(c->ctx, (int)key.len) != 1) {
    ERR_clear_error();
    return throw_code(iso, v8::Exception::RangeError, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  }
  if (EVP_CipherInit_ex(c->ctx, nullptr, nullptr, key.data, iv.data, !decrypt) != 1)
    return throw_openssl(iso, ERR_get_error(), "Failed to initialize cipher");
  ERR_clear_error();
  a.GetReturnValue().Set(handle);
}

Cipher *unwrap(Args a) {
  return static_cast<Cipher *>(handle_unwrap(a.GetIsolate(), a[0], &cipher_type));
}

// Node drops OpenSSL's reasons for a failed update(): the message is all.
void unsupported_update(v8::Isolate *iso) {
  ERR_clear_error();
  throw_openssl(iso, 0, "Trying to add data in unsupported state");
}

// cipherUpdate(handle, bytes) -> ArrayBuffer
void CipherUpdate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Cipher *c = unwrap(a);
  Bytes in;
  if (!c)
    return;
  if (!bytes_of(a[1], &in))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "cipher: data must be bytes")));
  if (in.len > INT_MAX)
    return throw_code(iso, v8::Exception::RangeError, "ERR_OUT_OF_RANGE", "data is too big");
  ERR_clear_error();
  if (!c->ctx)
    return unsupported_update(iso);
  if (c->mode == EVP_CIPH_CCM_MODE && !ccm_length_ok(iso, c, (int64_t)in.len))
    return;
  if (c->decrypt && c->aead && !pass_auth_tag(c))
    return unsupported_update(iso);

  const int block = EVP_CIPHER_CTX_get_block_size(c->ctx);
  if (in.len + block > INT_MAX)
    return unsupported_update(iso);
  int out_len = (int)in.len + block;
  // Key wrapping grows the data by more than a block: ask for the size.
  if (!c->decrypt && c->mode == EVP_CIPH_WRAP_MODE &&
      EVP_CipherUpdate(c->ctx, nullptr, &out_len, in.data, (int)in.len) != 1)
    return unsupported_update(iso);
  const int allocated = out_len;
  unsigned char *out = static_cast<unsigned char *>(malloc(allocated > 0 ? (size_t)allocated : 1));
  if (!out)
    return throw_code(iso, v8::Exception::RangeError, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
  static const unsigned char empty = 0;
  int ok = EVP_CipherUpdate(c->ctx, out, &out_len, in.data ? in.data : &empty, (int)in.len);
  if (ok != 1) {
    out_len = 0;
    // CCM checks the tag during update(); the failure is reported by final().
    if (c->decrypt && c->mode == EVP_CIPH_CCM_MODE) {
      c->pending_auth_failed = true;
      ok = 1;
    }
  }
  if (ok != 1) {
    free(out);
    return unsupported_update(iso);
  }
  ERR_clear_error();
  if (out_len > 0 && out_len < allocated) {
    // Shrinking in place: no copy for the common case of a few bytes less.
    if (unsigned char *smaller = static_cast<unsigned char *>(realloc(out, (size_t)out_len)))
      out = smaller;
  }
  a.GetReturnValue().Set(adopt(iso, out, (size_t)out_len));
}

// cipherFinal(handle) -> ArrayBuffer; the context is freed afterwards (the
// handle stays for getAuthTag()).
void CipherFinal(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Cipher *c = unwrap(a);
  if (!c)
    return;
  if (!c->ctx)
    return throw_code(iso, v8::Exception::Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state");
  ERR_clear_error();
  const int block = EVP_CIPHER_CTX_get_block_size(c->ctx);
  unsigned char *out = static_cast<unsigned char *>(malloc((size_t)block + 1));
  int out_len = 0;
  bool ok;
  if (c->decrypt && c->aead)
    pass_auth_tag(c);
  if (c->decrypt && c->mode == EVP_CIPH_CCM_MODE) {
    // EVP_CipherFinal_ex must not be called for CCM decryption.
    ok = !c->pending_auth_failed;
  } else {
    ok = out && EVP_CipherFinal_ex(c->ctx, out, &out_len) == 1;
    if (!ok)
      out_len = 0;
    if (ok && !c->decrypt && c->aead) {
      if (c->auth_tag_len == kNoAuthTagLength)
        c->auth_tag_len = kMaxAuthTag;  // GCM's default
      ok = EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_GET_TAG, (int)c->auth_tag_len, c->auth_tag) == 1;
    }
  }
  EVP_CIPHER_CTX_free(c->ctx);
  c->ctx = nullptr;
  if (!ok) {
    free(out);
    return throw_openssl(iso, ERR_get_error(),
                         c->aead ? "Unsupported state or unable to authenticate data" : "Unsupported state");
  }
  ERR_clear_error();
  a.GetReturnValue().Set(adopt(iso, out, (size_t)out_len));
}

// cipherSetAutoPadding(handle, bool) -> whether it could be set
void CipherSetAutoPadding(Args a) {
  Cipher *c = unwrap(a);
  if (!c)
    return;
  bool ok = c->ctx && EVP_CIPHER_CTX_set_padding(c->ctx, a[1]->BooleanValue(a.GetIsolate())) == 1;
  ERR_clear_error();
  a.GetReturnValue().Set(ok);
}

// cipherGetAuthTag(handle) -> ArrayBuffer, or undefined when there is none
// (before final(), when decrypting, for a cipher without a tag).
void CipherGetAuthTag(Args a) {
  Cipher *c = unwrap(a);
  if (!c || c->ctx || c->decrypt || c->auth_tag_len == kNoAuthTagLength)
    return;
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(a.GetIsolate(), c->auth_tag_len);
  memcpy(ab->GetBackingStore()->Data(), c->auth_tag, c->auth_tag_len);
  a.GetReturnValue().Set(ab);
}

// cipherSetAuthTag(handle, bytes) -> false in the wrong state; throws for a
// tag of the wrong length.
void CipherSetAuthTag(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Cipher *c = unwrap(a);
  Bytes tag;
  if (!c)
    return;
  if (!c->ctx || !c->aead || !c->decrypt || c->tag_state != TagState::Unknown)
    return a.GetReturnValue().Set(false);
  if (!bytes_of(a[1], &tag))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "cipher: tag must be bytes")));
  bool valid;
  if (c->mode == EVP_CIPH_GCM_MODE)
    valid = (c->auth_tag_len == kNoAuthTagLength || c->auth_tag_len == tag.len) && valid_gcm_tag_length((unsigned)tag.len);
  else
    valid = c->auth_tag_len == tag.len;
  if (!valid) {
    char msg[128];
    snprintf(msg, sizeof msg, "Invalid authentication tag length: %u", (unsigned)tag.len);
    return throw_code(iso, v8::Exception::TypeError, "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
  }
  c->auth_tag_len = (unsigned)tag.len;
  c->tag_state = TagState::Known;
  memset(c->auth_tag, 0, sizeof c->auth_tag);
  if (tag.len)
    memcpy(c->auth_tag, tag.data, tag.len);
  a.GetReturnValue().Set(true);
}

// cipherSetAAD(handle, bytes, plaintextLength (uint32, or -1 for none)) -> bool
void CipherSetAAD(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Cipher *c = unwrap(a);
  Bytes aad;
  if (!c)
    return;
  if (!bytes_of(a[1], &aad))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "cipher: AAD must be bytes")));
  if (!c->ctx || !c->aead)
    return a.GetReturnValue().Set(false);
  ERR_clear_error();
  // A uint32, or absent. (Node aborts on one past INT_MAX; here it is
  // simply too long a message.)
  int64_t plaintext_len = a[2]->IsUint32() ? (int64_t)a[2].As<v8::Uint32>()->Value() : -1;
  int out_len;
  if (c->mode == EVP_CIPH_CCM_MODE) {
    // CCM needs the plaintext length (and, decrypting, the tag) up front.
    if (plaintext_len < 0)
      return throw_code(iso, v8::Exception::TypeError, "ERR_MISSING_ARGS",
                        "options.plaintextLength required for CCM mode with AAD");
    if (!ccm_length_ok(iso, c, plaintext_len))
      return;
    if (c->decrypt && !pass_auth_tag(c)) {
      ERR_clear_error();
      return a.GetReturnValue().Set(false);
    }
    if (EVP_CipherUpdate(c->ctx, nullptr, &out_len, nullptr, (int)plaintext_len) != 1) {
      ERR_clear_error();
      return a.GetReturnValue().Set(false);
    }
  }
  static const unsigned char empty = 0;
  bool ok = EVP_CipherUpdate(c->ctx, nullptr, &out_len, aad.data ? aad.data : &empty, (int)aad.len) == 1;
  ERR_clear_error();
  a.GetReturnValue().Set(ok);
}

// ---------------------------------------------------------------------------
// The cipher list and getCipherInfo

struct NameList {
  std::vector<std::string> names;
};

// Lists a name when the algorithm behind it can be fetched: OpenSSL also
// reports internal and legacy-only ones, which Node leaves out.
void collect_cipher(const EVP_CIPHER *, const char *from, const char *, void *arg) {
  if (!from)
    return;
  const EVP_CIPHER *known = EVP_get_cipherbyname(from);
  const char *real = known ? EVP_CIPHER_get0_name(known) : nullptr;
  if (!real)
    return;
  EVP_CIPHER *fetched = EVP_CIPHER_fetch(nullptr, real, nullptr);
  if (!fetched)
    return;
  EVP_CIPHER_free(fetched);
  static_cast<NameList *>(arg)->names.emplace_back(from);
}

void GetCiphers(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  NameList list;
  EVP_CIPHER_do_all_sorted(collect_cipher, &list);
  for (const Alias &al : kAliases) {
    bool listed = false;
    for (const std::string &n : list.names)
      listed = listed || strcasecmp(n.c_str(), al.alias) == 0;
    if (!listed && cipher_by_name(al.alias))
      list.names.emplace_back(al.alias);
  }
  ERR_clear_error();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Array> out = v8::Array::New(iso, (int)list.names.size());
  for (size_t i = 0; i < list.names.size(); i++)
    (void)out->Set(ctx, (uint32_t)i, v8_str(iso, list.names[i].c_str()));
  a.GetReturnValue().Set(out);
}

const char *mode_label(int mode) {
  switch (mode) {
  case EVP_CIPH_CCM_MODE: return "ccm";
  case EVP_CIPH_CFB_MODE: return "cfb";
  case EVP_CIPH_CBC_MODE: return "cbc";
  case EVP_CIPH_CTR_MODE: return "ctr";
  case EVP_CIPH_ECB_MODE: return "ecb";
  case EVP_CIPH_GCM_MODE: return "gcm";
  case EVP_CIPH_OCB_MODE: return "ocb";
  case EVP_CIPH_OFB_MODE: return "ofb";
  case EVP_CIPH_STREAM_CIPHER: return "stream";
  case EVP_CIPH_WRAP_MODE: return "wrap";
  case EVP_CIPH_XTS_MODE: return "xts";
  default: return nullptr;
  }
}

// Whether a context of `cipher` accepts the lengths asked for (either may
// be absent); the accepted ones are written back.
bool lengths_accepted(const EVP_CIPHER *cipher, v8::Local<v8::Value> key_v, v8::Local<v8::Value> iv_v, int *key_len,
                      int *iv_len) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  bool ok = ctx && EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1;
  if (ok && key_v->IsInt32()) {
    int want = key_v.As<v8::Int32>()->Value();
    ok = EVP_CIPHER_CTX_set_key_length(ctx, want) == 1;
    if (ok)
      *key_len = want;
  }
  if (ok && iv_v->IsInt32()) {
    int want = iv_v.As<v8::Int32>()->Value();
    switch (EVP_CIPHER_get_mode(cipher)) {
    case EVP_CIPH_CCM_MODE:
      ok = want >= 7 && want <= 13;
      break;
    case EVP_CIPH_GCM_MODE:
    case EVP_CIPH_OCB_MODE:
      ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, want, nullptr) == 1;
      break;
    default:
      ok = want == *iv_len;
    }
    if (ok)
      *iv_len = want;
  }
  EVP_CIPHER_CTX_free(ctx);
  ERR_clear_error();
  return ok;
}

// getCipherInfo(nameOrNid, keyLength|undefined, ivLength|undefined)
//   -> { mode, name, nid, blockSize, ivLength, keyLength } or undefined
void GetCipherInfo(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  const EVP_CIPHER *cipher = a[0]->IsString() ? cipher_named(iso, a[0])
                                              : EVP_get_cipherbynid(int_arg(a[0], NID_undef));
  if (!cipher)
    return;
  int iv_len = EVP_CIPHER_get_iv_length(cipher);
  int key_len = EVP_CIPHER_get_key_length(cipher);
  if ((a[1]->IsInt32() || a[2]->IsInt32()) && !lengths_accepted(cipher, a[1], a[2], &key_len, &iv_len))
    return;
  v8::Local<v8::Object> info = v8::Object::New(iso);
  const char *mode = mode_label(EVP_CIPHER_get_mode(cipher));
  if (mode)
    (void)info->Set(ctx, v8_str(iso, "mode"), v8_str(iso, mode));
  const char *sn = OBJ_nid2sn(EVP_CIPHER_get_nid(cipher));
  (void)info->Set(ctx, v8_str(iso, "name"), v8_str(iso, sn ? sn : ""));
  (void)info->Set(ctx, v8_str(iso, "nid"), v8::Int32::New(iso, EVP_CIPHER_get_nid(cipher)));
  if (mode && strcmp(mode, "stream") != 0)
    (void)info->Set(ctx, v8_str(iso, "blockSize"), v8::Int32::New(iso, EVP_CIPHER_get_block_size(cipher)));
  if (iv_len != 0)
    (void)info->Set(ctx, v8_str(iso, "ivLength"), v8::Int32::New(iso, iv_len));
  (void)info->Set(ctx, v8_str(iso, "keyLength"), v8::Int32::New(iso, key_len));
  a.GetReturnValue().Set(info);
}

}  // namespace

void binding_add_cipher(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "cipherCreate", CipherCreate);
  set_fn(iso, ctx, target, "cipherUpdate", CipherUpdate);
  set_fn(iso, ctx, target, "cipherFinal", CipherFinal);
  set_fn(iso, ctx, target, "cipherSetAutoPadding", CipherSetAutoPadding);
  set_fn(iso, ctx, target, "cipherGetAuthTag", CipherGetAuthTag);
  set_fn(iso, ctx, target, "cipherSetAuthTag", CipherSetAuthTag);
  set_fn(iso, ctx, target, "cipherSetAAD", CipherSetAAD);
  set_fn(iso, ctx, target, "getCiphers", GetCiphers);
  set_fn(iso, ctx, target, "getCipherInfo", GetCipherInfo);
}
