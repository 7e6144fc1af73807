// X.509 certificates and SPKAC for the crypto bridge (OpenSSL): a handle
// owning one X509, read through small accessors that return Node's string
// forms (names one attribute per line, subjectAltName and infoAccess with
// Node's escaping of unsafe names), and the legacy SPKAC checks. Never
// builds a certificate chain or touches the system trust store.
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <string.h>
#include <time.h>

#include <string>

#include "v8-internal.hh"

// v8-dh.cc: an OpenSSL error as Node reports it (library, reason, code).

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

void free_x509(void *p) {
  X509_free(static_cast<X509 *>(p));
}
const native_type kX509 = {"X509Certificate", free_x509};

struct BioFree {
  void operator()(BIO *b) const { BIO_free_all(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

v8::Local<v8::ArrayBuffer> ab_out(v8::Isolate *iso, const void *data, size_t len) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, len);
  if (len)
    memcpy(ab->Data(), data, len);
  return ab;
}

v8::Local<v8::String> str(v8::Isolate *iso, const std::string &s) {
  return v8::String::NewFromUtf8(iso, s.data(), v8::NewStringType::kNormal, (int)s.size()).ToLocalChecked();
}

std::string bio_text(BIO *b) {
  char *p = nullptr;
  long n = BIO_get_mem_data(b, &p);
  return n > 0 ? std::string(p, (size_t)n) : std::string();
}

X509 *cert_of(Args a, int i = 0) {
  return static_cast<X509 *>(handle_unwrap(a.GetIsolate(), a[i], &kX509));
}

void set(v8::Isolate *iso, v8::Local<v8::Object> o, const char *k, v8::Local<v8::Value> v) {
  (void)o->Set(iso->GetCurrentContext(), v8_str(iso, k), v);
}

/* ---- string forms ---- */

// One attribute per line, short names, RFC 2253 escaping (Node's
// multi-line name format).
std::string name_text(const X509_NAME *name) {
  const unsigned long flags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
                              XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
  Bio b(BIO_new(BIO_s_mem()));
  if (!b || X509_NAME_print_ex(b.get(), name, 0, flags) < 0)
    return std::string();
  return bio_text(b.get());
}

// A name is embedded as is when it cannot be confused with the list's
// syntax; otherwise it is written as a JSON string (Node's rule, so that
// a crafted name cannot forge extra entries).
bool safe_name(const char *s, size_t n, bool utf8) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\' || c == ',' || c == '\'')
      return false;
    if (utf8 ? (c < ' ' || c == 0x7f) : (c < ' ' || c > '~'))
      return false;
  }
  return true;
}

void put_name(std::string &out, const char *s, size_t n, bool utf8, const char *prefix) {
  if (safe_name(s, n, utf8)) {
    if (prefix)
      out.append(prefix).append(":");
    out.append(s, n);
    return;
  }
  out += '"';
  if (prefix)
    out.append(prefix).append(":");
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\\')
      out += "\\\\";
    else if (c == '"')
      out += "\\\"";
    else if ((c >= ' ' && c != ',' && c <= '~') || (utf8 && (c & 0x80)))
      out += (char)c;
    else
      out.append("\\u00").append(1, hex[c >> 4]).append(1, hex[c & 15]);
  }
  out += '"';
}

void put_ia5(std::string &out, const ASN1_STRING *s, bool utf8 = false, const char *prefix = nullptr) {
  put_name(out, reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), (size_t)ASN1_STRING_length(s), utf8, prefix);
}

bool put_general_name(std::string &out, const GENERAL_NAME *gen) {
  char buf[256];
  switch (gen->type) {
  case GEN_DNS:
    out += "DNS:";
    put_ia5(out, gen->d.dNSName);
    break;
  case GEN_EMAIL:
    out += "email:";
    put_ia5(out, gen->d.rfc822Name);
    break;
  case GEN_URI:
    out += "URI:";
    put_ia5(out, gen->d.uniformResourceIdentifier);
    break;
  case GEN_DIRNAME: {
    out += "DirName:";
    Bio b(BIO_new(BIO_s_mem()));
    if (!b || X509_NAME_print_ex(b.get(), gen->d.directoryName, 0, XN_FLAG_RFC2253) < 0)
      return false;
    std::string dn = bio_text(b.get());
    put_name(out, dn.data(), dn.size(), false, nullptr);
    break;
  }
  case GEN_IPADD: {
    out += "IP Address:";
    const unsigned char *b = ASN1_STRING_get0_data(gen->d.iPAddress);
    int len = ASN1_STRING_length(gen->d.iPAddress);
    if (len == 4) {
      snprintf(buf, sizeof buf, "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
    } else if (len == 16) {
      size_t at = 0;
      for (int j = 0; j < 8; j++)
        at += snprintf(buf + at, sizeof buf - at, j ? ":%X" : "%X", (b[2 * j] << 8) | b[2 * j + 1]);
    } else {
      snprintf(buf, sizeof buf, "<invalid length=%d>", len);
    }
    out += buf;
    break;
  }
  case GEN_RID:
    i2t_ASN1_OBJECT(buf, sizeof buf, gen->d.registeredID);
    out.append("Registered ID:").append(buf);
    break;
  case GEN_OTHERNAME: {
    const char *prefix = nullptr;
    bool unicode = true;
    switch (OBJ_obj2nid(gen->d.otherName->type_id)) {
    case NID_id_on_SmtpUTF8Mailbox:
      prefix = "SmtpUTF8Mailbox";
      break;
    case NID_XmppAddr:
      prefix = "XmppAddr";
      break;
    case NID_SRVName:
      prefix = "SRVName";
      unicode = false;
      break;
    case NID_ms_upn:
      prefix = "UPN";
      break;
    case NID_NAIRealm:
      prefix = "NAIRealm";
      break;
    }
    const ASN1_TYPE *v = gen->d.otherName->value;
    if (!prefix || v->type != (unicode ? V_ASN1_UTF8STRING : V_ASN1_IA5STRING)) {
      out += "othername:<unsupported>";
    } else {
      out += "othername:";
      put_ia5(out, unicode ? v->value.utf8string : v->value.ia5string, unicode, prefix);
    }
    break;
  }
  case GEN_X400:
    out += "X400Name:<unsupported>";
    break;
  case GEN_EDIPARTY:
    out += "EdiPartyName:<unsupported>";
    break;
  default:
    return false;
  }
  return true;
}

// The subjectAltName or infoAccess text; undefined without the
// extension, null when it cannot be decoded.
v8::Local<v8::Value> ext_text(v8::Isolate *iso, X509 *cert, int nid) {
  int idx = X509_get_ext_by_NID(cert, nid, -1);
  if (idx < 0)
    return v8::Undefined(iso);
  void *decoded = X509V3_EXT_d2i(X509_get_ext(cert, idx));
  if (!decoded)
    return v8::Null(iso);
  std::string out;
  bool ok = true;
  if (nid == NID_subject_alt_name) {
    GENERAL_NAMES *names = static_cast<GENERAL_NAMES *>(decoded);
    for (int i = 0; ok && i < sk_GENERAL_NAME_num(names); i++) {
      if (i)
        out += ", ";
      ok = put_general_name(out, sk_GENERAL_NAME_value(names, i));
    }
    GENERAL_NAMES_free(names);
  } else {
    AUTHORITY_INFO_ACCESS *descs = static_cast<AUTHORITY_INFO_ACCESS *>(decoded);
    for (int i = 0; ok && i < sk_ACCESS_DESCRIPTION_num(descs); i++) {
      ACCESS_DESCRIPTION *d = sk_ACCESS_DESCRIPTION_value(descs, i);
      char method[80];
      i2t_ASN1_OBJECT(method, sizeof method, d->method);
      if (i)
        out += "\n";
      out.append(method).append(" - ");
      ok = put_general_name(out, d->location);
    }
    AUTHORITY_INFO_ACCESS_free(descs);
  }
  ERR_clear_error();
  if (!ok)
    return v8::Null(iso);
  return str(iso, out);
}

std::string time_text(const ASN1_TIME *t) {
  Bio b(BIO_new(BIO_s_mem()));
  if (!b || ASN1_TIME_print(b.get(), t) != 1)
    return std::string();
  return bio_text(b.get());
}

double time_ms(const ASN1_TIME *t) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  if (ASN1_TIME_to_tm(t, &tm) != 1)
    return 0;
  return (double)timegm(&tm) * 1000.0;
}

std::string fingerprint(X509 *cert, const EVP_MD *md) {
  unsigned char d[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (X509_digest(cert, md, d, &n) != 1)
    return std::string();
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < n; i++) {
    if (i)
      out += ':';
    out += hex[d[i] >> 4];
    out += hex[d[i] & 15];
  }
  return out;
}

v8::Local<v8::Value> key_usage(v8::Isolate *iso, X509 *cert) {
  auto *eku = static_cast<STACK_OF(ASN1_OBJECT) *>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
  if (!eku)
    return v8::Undefined(iso);
  v8::Local<v8::Array> out = v8::Array::New(iso);
  uint32_t j = 0;
  char buf[256];
  for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++)
    if (OBJ_obj2txt(buf, sizeof buf, sk_ASN1_OBJECT_value(eku, i), 1) >= 0)
      (void)out->Set(iso->GetCurrentContext(), j++, v8_str(iso, buf));
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  return out;
}

std::string serial_hex(X509 *cert) {
  BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
  char *hex = bn ? BN_bn2hex(bn) : nullptr;
  std::string out = hex ? hex : "";
  OPENSSL_free(hex);
  BN_free(bn);
  return out;
}

v8::Local<v8::Value> der_of(v8::Isolate *iso, X509 *cert) {
  unsigned char *der = nullptr;
  int n = i2d_X509(cert, &der);
  if (n < 0)
    return v8::Undefined(iso);
  v8::Local<v8::ArrayBuffer> ab = ab_out(iso, der, (size_t)n);
  OPENSSL_free(der);
  return ab;
}

/* ---- accessors: x509Get(handle, what) ---- */

// x509Parse(bytes) -> handle. PEM first, then DER; a failure reports the
// first error OpenSSL queued (PEM's, for input that is neither), as Node.
void Parse(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  const unsigned char *d;
  size_t n;
  if (!bytes_in(a[0], &d, &n))
    return (void)iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "certificate bytes expected")));
  ERR_clear_error();
  static const unsigned char empty = 0;
  Bio b(BIO_new_mem_buf(n ? d : &empty, (int)n));
  X509 *cert = b ? PEM_read_bio_X509_AUX(b.get(), nullptr, nullptr, nullptr) : nullptr;
  if (!cert) {
    const unsigned char *p = d;
    cert = d2i_X509(nullptr, &p, (long)n);
  }
  if (!cert) {
    iso->ThrowException(openssl_error(iso, ERR_get_error(), "Failed to parse certificate"));
    ERR_clear_error();
    return;
  }
  ERR_clear_error();
  a.GetReturnValue().Set(handle_wrap(iso, &kX509, cert));
}

// x509Get(handle, field) -> the field's value as Node's accessor returns it
void Get(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  X509 *cert = cert_of(a);
  if (!cert)
    return;
  v8::String::Utf8Value what(iso, a[1]);
  std::string f = *what ? *what : "";
  v8::Local<v8::Value> r = v8::Undefined(iso);
  if (f == "subject")
    r = str(iso, name_text(X509_get_subject_name(cert)));
  else if (f == "issuer")
    r = str(iso, name_text(X509_get_issuer_name(cert)));
  else if (f == "subjectAltName")
    r = ext_text(iso, cert, NID_subject_alt_name);
  else if (f == "infoAccess")
    r = ext_text(iso, cert, NID_info_access);
  else if (f == "validFrom")
    r = str(iso, time_text(X509_get0_notBefore(cert)));
  else if (f == "validTo")
    r = str(iso, time_text(X509_get0_notAfter(cert)));
  else if (f == "validFromDate")
    r = v8::Number::New(iso, time_ms(X509_get0_notBefore(cert)));
  else if (f == "validToDate")
    r = v8::Number::New(iso, time_ms(X509_get0_notAfter(cert)));
  else if (f == "fingerprint")
    r = str(iso, fingerprint(cert, EVP_sha1()));
  else if (f == "fingerprint256")
    r = str(iso, fingerprint(cert, EVP_sha256()));
  else if (f == "fingerprint512")
    r = str(iso, fingerprint(cert, EVP_sha512()));
  else if (f == "keyUsage")
    r = key_usage(iso, cert);
  else if (f == "serialNumber")
    r = str(iso, serial_hex(cert));
  else if (f == "raw")
    r = der_of(iso, cert);
  else if (f == "ca")
    r = v8::Boolean::New(iso, X509_check_ca(cert) == 1);
  else if (f == "pem") {
    Bio b(BIO_new(BIO_s_mem()));
    if (b && PEM_write_bio_X509(b.get(), cert) == 1)
      r = str(iso, bio_text(b.get()));
  } else if (f == "publicKey") {
    EVP_PKEY *pkey = X509_get_pubkey(cert);
    if (!pkey) {
      iso->ThrowException(openssl_error(iso, ERR_get_error(), "Failed to get public key"));
      ERR_clear_error();
      return;
    }
    r = pkey_wrap(iso, pkey);
  }
  ERR_clear_error();
  a.GetReturnValue().Set(r);
}

/* ---- checks ---- */

void throw_code(v8::Isolate *iso, bool type_error, const char *code, const char *msg) {
  v8::Local<v8::Value> e = type_error ? v8::Exception::TypeError(v8_str(iso, msg)) : v8::Exception::Error(v8_str(iso, msg));
  (void)e.As<v8::Object>()->Set(iso->GetCurrentContext(), v8_str(iso, "code"), v8_str(iso, code));
  iso->ThrowException(e);
}

// x509Check(handle, 'host'|'email'|'ip', value, flags) -> the matched
// name (host), the value (email, ip), or undefined.
void Check(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  X509 *cert = cert_of(a);
  if (!cert)
    return;
  v8::String::Utf8Value kind(iso, a[1]);
  v8::String::Utf8Value value(iso, a[2]);
  unsigned int flags = a[3]->Uint32Value(iso->GetCurrentContext()).FromMaybe(0);
  if (!*kind || !*value)
    return;
  char *peer = nullptr;
  int r;
  const char *invalid;
  if (!strcmp(*kind, "host")) {
    r = X509_check_host(cert, *value, (size_t)value.length(), flags, &peer);
    invalid = "Invalid name";
  } else if (!strcmp(*kind, "email")) {
    r = X509_check_email(cert, *value, (size_t)value.length(), flags);
    invalid = "Invalid email";
  } else {
    r = X509_check_ip_asc(cert, *value, flags);
    invalid = "Invalid IP";
  }
  ERR_clear_error();
  if (r == 1) {
    a.GetReturnValue().Set(peer ? v8_str(iso, peer).As<v8::Value>() : a[2]);
  } else if (r == -2) {
    throw_code(iso, true, "ERR_INVALID_ARG_VALUE", invalid);
  } else if (r != 0) {
    throw_code(iso, false, "ERR_CRYPTO_OPERATION_FAILED", "Operation failed");
  }
  OPENSSL_free(peer);
}

// x509CheckIssued(handle, issuerHandle) -> whether issuer issued handle
void CheckIssued(Args a) {
  X509 *cert = cert_of(a);
  X509 *issuer = cert ? cert_of(a, 1) : nullptr;
  if (!issuer)
    return;
  a.GetReturnValue().Set(X509_check_issued(issuer, cert) == X509_V_OK);
  ERR_clear_error();
}

// x509CheckPrivateKey(handle, keyHandle), x509Verify(handle, keyHandle)
void CheckPrivateKey(Args a) {
  X509 *cert = cert_of(a);
  EVP_PKEY *pkey = cert ? pkey_unwrap(a.GetIsolate(), a[1]) : nullptr;
  if (!pkey)
    return;
  a.GetReturnValue().Set(X509_check_private_key(cert, pkey) == 1);
  ERR_clear_error();
}

void Verify(Args a) {
  X509 *cert = cert_of(a);
  EVP_PKEY *pkey = cert ? pkey_unwrap(a.GetIsolate(), a[1]) : nullptr;
  if (!pkey)
    return;
  a.GetReturnValue().Set(X509_verify(cert, pkey) > 0);
  ERR_clear_error();
}

/* ---- the legacy object (as TLS's getPeerCertificate() shows it) ---- */

// A name as a null-prototype object; a repeated attribute becomes an array.
v8::Local<v8::Object> name_object(v8::Isolate *iso, const X509_NAME *name) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(iso, v8::Null(iso), nullptr, nullptr, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
    const ASN1_OBJECT *type = X509_NAME_ENTRY_get_object(entry);
    char tbuf[80];
    int nid = OBJ_obj2nid(type);
    const char *tname = nid != NID_undef ? OBJ_nid2sn(nid) : (OBJ_obj2txt(tbuf, sizeof tbuf, type, 1), tbuf);
    unsigned char *utf8 = nullptr;
    int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (n < 0)
      continue;
    v8::Local<v8::String> key = v8_str(iso, tname);
    v8::Local<v8::Value> val =
        v8::String::NewFromUtf8(iso, reinterpret_cast<char *>(utf8), v8::NewStringType::kNormal, n).ToLocalChecked();
    OPENSSL_free(utf8);
    if (o->HasOwnProperty(ctx, key).FromMaybe(false)) {
      v8::Local<v8::Value> old = o->Get(ctx, key).ToLocalChecked();
      if (old->IsArray()) {
        v8::Local<v8::Array> arr = old.As<v8::Array>();
        (void)arr->Set(ctx, arr->Length(), val);
      } else {
        v8::Local<v8::Value> both[] = {old, val};
        (void)o->Set(ctx, key, v8::Array::New(iso, both, 2));
      }
    } else {
      (void)o->Set(ctx, key, val);
    }
  }
  return o;
}

std::string bn_text(const BIGNUM *bn) {
  Bio b(BIO_new(BIO_s_mem()));
  if (!b || BN_print(b.get(), bn) != 1)
    return std::string();
  return bio_text(b.get());
}

void legacy_key(v8::Isolate *iso, v8::Local<v8::Object> o, X509 *cert) {
  EVP_PKEY *pkey = X509_get0_pubkey(cert);
  if (!pkey)
    return;
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA) {
    BIGNUM *n = nullptr, *e = nullptr;
    EVP_PKEY_get_bn_param(pkey, "n", &n);
    EVP_PKEY_get_bn_param(pkey, "e", &e);
    if (n && e) {
      set(iso, o, "modulus", str(iso, bn_text(n)));
      set(iso, o, "bits", v8::Integer::New(iso, BN_num_bits(n)));
      char buf[32];
      snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)BN_get_word(e));
      set(iso, o, "exponent", v8_str(iso, buf));
      unsigned char *der = nullptr;
      int len = i2d_PUBKEY(pkey, &der);
      if (len > 0)
        set(iso, o, "pubkey", ab_out(iso, der, (size_t)len));
      OPENSSL_free(der);
    }
    BN_free(n);
    BN_free(e);
  } else if (id == EVP_PKEY_EC) {
    char curve[80] = "";
    size_t clen = 0;
    EVP_PKEY_get_utf8_string_param(pkey, "group", curve, sizeof curve, &clen);
    int nid = OBJ_sn2nid(curve);
    EC_GROUP *group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : nullptr;
    if (group)
      set(iso, o, "bits", v8::Integer::New(iso, EC_GROUP_order_bits(group)));
    EC_GROUP_free(group);
    unsigned char pt[256];
    size_t plen = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, "encoded-pub-key", pt, sizeof pt, &plen) == 1)
      set(iso, o, "pubkey", ab_out(iso, pt, plen));
    if (nid != NID_undef) {
      set(iso, o, "asn1Curve", v8_str(iso, OBJ_nid2sn(nid)));
      const char *nist = EC_curve_nid2nist(nid);
      if (nist)
        set(iso, o, "nistCurve", v8_str(iso, nist));
    }
  }
  ERR_clear_error();
}

// x509Legacy(handle) -> the plain object toLegacyObject() starts from
// (buffers as ArrayBuffers, infoAccess still a string).
void Legacy(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  X509 *cert = cert_of(a);
  if (!cert)
    return;
  v8::Local<v8::Object> o = v8::Object::New(iso);
  set(iso, o, "subject", name_object(iso, X509_get_subject_name(cert)));
  set(iso, o, "issuer", name_object(iso, X509_get_issuer_name(cert)));
  set(iso, o, "subjectaltname", ext_text(iso, cert, NID_subject_alt_name));
  set(iso, o, "infoAccess", ext_text(iso, cert, NID_info_access));
  set(iso, o, "ca", v8::Boolean::New(iso, X509_check_ca(cert) == 1));
  legacy_key(iso, o, cert);
  set(iso, o, "valid_from", str(iso, time_text(X509_get0_notBefore(cert))));
  set(iso, o, "valid_to", str(iso, time_text(X509_get0_notAfter(cert))));
  set(iso, o, "fingerprint", str(iso, fingerprint(cert, EVP_sha1())));
  set(iso, o, "fingerprint256", str(iso, fingerprint(cert, EVP_sha256())));
  set(iso, o, "fingerprint512", str(iso, fingerprint(cert, EVP_sha512())));
  set(iso, o, "ext_key_usage", key_usage(iso, cert));
  set(iso, o, "serialNumber", str(iso, serial_hex(cert)));
  set(iso, o, "raw", der_of(iso, cert));
  ERR_clear_error();
  a.GetReturnValue().Set(o);
}

/* ---- SPKAC (the legacy Certificate class) ---- */

NETSCAPE_SPKI *spki_in(Args a) {
  const unsigned char *d;
  size_t n;
  if (!bytes_in(a[0], &d, &n) || n == 0)
    return nullptr;
  std::string b64(reinterpret_cast<const char *>(d), n);
  NETSCAPE_SPKI *spki = NETSCAPE_SPKI_b64_decode(b64.c_str(), (int)b64.size());
  ERR_clear_error();
  return spki;
}

// spkacVerify(bytes) -> whether the SPKAC's signature matches its key
void SpkacVerify(Args a) {
  NETSCAPE_SPKI *spki = spki_in(a);
  bool ok = false;
  if (spki) {
    EVP_PKEY *pkey = NETSCAPE_SPKI_get_pubkey(spki);
    ok = pkey && NETSCAPE_SPKI_verify(spki, pkey) > 0;
    EVP_PKEY_free(pkey);
    NETSCAPE_SPKI_free(spki);
  }
  ERR_clear_error();
  a.GetReturnValue().Set(ok);
}

// spkacPublicKey(bytes) -> the key as SPKI PEM bytes, or undefined
void SpkacPublicKey(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  NETSCAPE_SPKI *spki = spki_in(a);
  if (!spki)
    return;
  EVP_PKEY *pkey = NETSCAPE_SPKI_get_pubkey(spki);
  Bio b(BIO_new(BIO_s_mem()));
  if (pkey && b && PEM_write_bio_PUBKEY(b.get(), pkey) == 1) {
    std::string pem = bio_text(b.get());
    a.GetReturnValue().Set(ab_out(iso, pem.data(), pem.size()));
  }
  EVP_PKEY_free(pkey);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
}

// spkacChallenge(bytes) -> the challenge's bytes, or undefined
void SpkacChallenge(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  NETSCAPE_SPKI *spki = spki_in(a);
  if (!spki)
    return;
  unsigned char *utf8 = nullptr;
  int n = ASN1_STRING_to_UTF8(&utf8, spki->spkac->challenge);
  if (n >= 0)
    a.GetReturnValue().Set(ab_out(iso, utf8, (size_t)n));
  OPENSSL_free(utf8);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
}

}  // namespace

void binding_add_x509(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "x509Parse", Parse);
  set_fn(iso, ctx, target, "x509Get", Get);
  set_fn(iso, ctx, target, "x509Check", Check);
  set_fn(iso, ctx, target, "x509CheckIssued", CheckIssued);
  set_fn(iso, ctx, target, "x509CheckPrivateKey", CheckPrivateKey);
  set_fn(iso, ctx, target, "x509Verify", Verify);
  set_fn(iso, ctx, target, "x509Legacy", Legacy);
  set_fn(iso, ctx, target, "spkacVerify", SpkacVerify);
  set_fn(iso, ctx, target, "spkacPublicKey", SpkacPublicKey);
  set_fn(iso, ctx, target, "spkacChallenge", SpkacChallenge);
  static const struct {
    const char *name;
    unsigned int value;
  } flags[] = {
      {"X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT},
      {"X509_CHECK_FLAG_NEVER_CHECK_SUBJECT", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT},
      {"X509_CHECK_FLAG_NO_WILDCARDS", X509_CHECK_FLAG_NO_WILDCARDS},
      {"X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS},
      {"X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS},
      {"X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS", X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS},
  };
  for (const auto &f : flags)
    (void)target->Set(ctx, v8_str(iso, f.name), v8::Integer::NewFromUnsigned(iso, f.value));
}
