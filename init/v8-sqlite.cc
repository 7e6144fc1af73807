// node:sqlite's native half (binding.sqlite): SQLite connections,
// statements, user functions and aggregates, sessions and backups, as typed
// handles that polyfills/builtins/sqlite.js wraps in Node's DatabaseSync /
// StatementSync. Argument and option checks live in JS; this file converts
// values exactly as Node does (integers to numbers or BigInts, blobs to
// Uint8Array), binds parameters and throws SQLite's errors as Node reports
// them (code ERR_SQLITE_ERROR, errcode, errstr).
//
// Every call that may touch a file runs with the guest process bound to
// the "secexec" VFS (kernel-shim/sqlite-vfs.c), the only one registered, so
// database files are guest paths resolved beneath the guest's root.
// Extension loading is never enabled: extensions are native code.
// Debian's libsqlite3 is built with the session extension; its header
// declares it only when told so.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
#include <string.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "v8-internal.hh"

extern "C" {
#include "../kernel-shim/sqlite-vfs.h"
}

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;
using v8::Local;
using v8::Value;

constexpr int64_t kMaxSafe = 9007199254740991LL;

// Flags of a statement's execution, kept by the JS side.
enum : int { kReadBigInts = 1, kReturnArrays = 2, kAllowBare = 4, kAllowUnknown = 8 };

struct Stmt;
struct Session;

struct Db {
  sqlite3 *conn = nullptr;
  ks_proc_t *proc = nullptr;  // the engine's, for a close from the GC
  bool ignore_error = false;  // a JS exception thrown in a callback is pending
  std::set<Stmt *> stmts;
  std::set<Session *> sessions;
};

struct Stmt {
  sqlite3_stmt *st = nullptr;
  Db *db = nullptr;
  bool bare_ready = false;
  std::map<std::string, std::string> bare;  // "a" -> "$a"
};

struct Session {
  sqlite3_session *s = nullptr;
  Db *db = nullptr;
};

struct Backup {
  sqlite3 *dest = nullptr;
  sqlite3_backup *b = nullptr;
  Db *src = nullptr;
  ks_proc_t *proc = nullptr;
};

// Binds the calling guest process to the VFS for the scope's length.
struct VfsScope {
  ks_proc_t *prev;
  explicit VfsScope(ks_proc_t *p) : prev(ks_sqlite_vfs_bind(p)) {}
  explicit VfsScope(v8::Isolate *iso) : VfsScope(&engine_of(iso)->proc) {}
  ~VfsScope() { ks_sqlite_vfs_bind(prev); }
};

void db_close(Db *db) {
  for (Stmt *s : db->stmts) {
    sqlite3_finalize(s->st);
    s->st = nullptr;
    s->db = nullptr;
  }
  db->stmts.clear();
  for (Session *s : db->sessions) {
    sqlite3session_delete(s->s);
    s->s = nullptr;
    s->db = nullptr;
  }
  db->sessions.clear();
  if (db->conn) {
    sqlite3_close_v2(db->conn);
    db->conn = nullptr;
  }
}

void destroy_db(void *p) {
  Db *db = static_cast<Db *>(p);
  VfsScope scope(db->proc);
  db_close(db);
  delete db;
}

void destroy_stmt(void *p) {
  Stmt *s = static_cast<Stmt *>(p);
  if (s->st) {
    sqlite3_finalize(s->st);
    if (s->db)
      s->db->stmts.erase(s);
  }
  delete s;
}

void destroy_session(void *p) {
  Session *s = static_cast<Session *>(p);
  if (s->s) {
    sqlite3session_delete(s->s);
    if (s->db)
      s->db->sessions.erase(s);
  }
  delete s;
}

void destroy_backup(void *p) {
  Backup *b = static_cast<Backup *>(p);
  VfsScope scope(b->proc);
  if (b->b)
    sqlite3_backup_finish(b->b);
  if (b->dest)
    sqlite3_close_v2(b->dest);
  delete b;
}

const native_type db_type = {"sqlite database", destroy_db};
const native_type stmt_type = {"sqlite statement", destroy_stmt};
const native_type session_type = {"sqlite session", destroy_session};
const native_type backup_type = {"sqlite backup", destroy_backup};

// ---- errors ----

enum class Kind { Error, TypeError, RangeError };

// An error as Node's C++ layer makes them: the message, then `code`.
Local<v8::Object> coded_error(v8::Isolate *iso, Kind kind, const char *code, const std::string &msg) {
  Local<v8::String> m = v8_str(iso, msg.c_str());
  Local<Value> e = kind == Kind::TypeError    ? v8::Exception::TypeError(m)
                   : kind == Kind::RangeError ? v8::Exception::RangeError(m)
                                              : v8::Exception::Error(m);
  Local<v8::Object> o = e.As<v8::Object>();
  (void)o->Set(iso->GetCurrentContext(), v8_str(iso, "code"), v8_str(iso, code));
  return o;
}

void throw_coded(v8::Isolate *iso, Kind kind, const char *code, const std::string &msg) {
  iso->ThrowException(coded_error(iso, kind, code, msg));
}

void throw_sqlite_code(v8::Isolate *iso, int errcode, const char *msg, bool with_errstr) {
  Local<v8::Context> ctx = iso->GetCurrentContext();
  Local<v8::Object> e = coded_error(iso, Kind::Error, "ERR_SQLITE_ERROR", msg);
  (void)e->Set(ctx, v8_str(iso, "errcode"), v8::Integer::New(iso, errcode));
  if (with_errstr)
    (void)e->Set(ctx, v8_str(iso, "errstr"), v8_str(iso, sqlite3_errstr(errcode)));
  iso->ThrowException(e);
}

// The connection's last error; nothing when a callback's JS exception is
// already on its way (the SQLite error only reports it).
void throw_sqlite(v8::Isolate *iso, Db *db) {
  if (db->ignore_error) {
    db->ignore_error = false;
    return;
  }
  int code = sqlite3_extended_errcode(db->conn);
  throw_sqlite_code(iso, code, sqlite3_errmsg(db->conn), true);
}

// ---- values ----

struct ColumnSrc {
  sqlite3_stmt *s;
  int i;
  int type() const { return sqlite3_column_type(s, i); }
  sqlite3_int64 i64() const { return sqlite3_column_int64(s, i); }
  double dbl() const { return sqlite3_column_double(s, i); }
  const unsigned char *text() const { return sqlite3_column_text(s, i); }
  const void *blob() const { return sqlite3_column_blob(s, i); }
  int bytes() const { return sqlite3_column_bytes(s, i); }
};

struct ArgSrc {
  sqlite3_value *v;
  int type() const { return sqlite3_value_type(v); }
  sqlite3_int64 i64() const { return sqlite3_value_int64(v); }
  double dbl() const { return sqlite3_value_double(v); }
  const unsigned char *text() const { return sqlite3_value_text(v); }
  const void *blob() const { return sqlite3_value_blob(v); }
  int bytes() const { return sqlite3_value_bytes(v); }
};

// Empty with a RangeError thrown for an integer past 2^53 without BigInts.
template <class Src>
v8::MaybeLocal<Value> to_js(v8::Isolate *iso, const Src &src, bool bigint) {
  switch (src.type()) {
  case SQLITE_INTEGER: {
    sqlite3_int64 v = src.i64();
    if (bigint)
      return v8::BigInt::New(iso, v);
    // Node tests std::abs(v) <= 2^53 - 1, which INT64_MIN passes (its
    // absolute value wraps): it comes back as a rounded number there too.
    if (v > kMaxSafe || (v < -kMaxSafe && v != INT64_MIN)) {
      throw_coded(iso, Kind::RangeError, "ERR_OUT_OF_RANGE",
                  "Value is too large to be represented as a JavaScript number: " + std::to_string(v));
      return {};
    }
    return v8::Number::New(iso, (double)v);
  }
  case SQLITE_FLOAT:
    return v8::Number::New(iso, src.dbl());
  case SQLITE_TEXT: {
    const unsigned char *t = src.text();
    int n = src.bytes();
    return v8::String::NewFromUtf8(iso, t ? reinterpret_cast<const char *>(t) : "", v8::NewStringType::kNormal, n)
        .FromMaybe(Local<v8::String>());
  }
  case SQLITE_BLOB: {
    const void *data = src.blob();
    size_t n = (size_t)src.bytes();
    Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, n);
    if (n && data)
      memcpy(ab->Data(), data, n);
    return v8::Uint8Array::New(ab, 0, n);
  }
  default:
    return v8::Null(iso);
  }
}

bool view_bytes(Local<Value> v, const void **data, size_t *len) {
  if (!v->IsArrayBufferView())
    return false;
  Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  *len = view->ByteLength();
  *data = *len ? static_cast<const char *>(view->Buffer()->Data()) + view->ByteOffset() : "";
  return true;
}

// A user function's return value as Node converts it.
void to_result(v8::Isolate *iso, sqlite3_context *ctx, Local<Value> v) {
  const void *data;
  size_t len;
  if (v->IsNullOrUndefined()) {
    sqlite3_result_null(ctx);
  } else if (v->IsNumber()) {
    sqlite3_result_double(ctx, v.As<v8::Number>()->Value());
  } else if (v->IsString()) {
    v8::String::Utf8Value s(iso, v);
    sqlite3_result_text(ctx, *s, s.length(), SQLITE_TRANSIENT);
  } else if (view_bytes(v, &data, &len)) {
    sqlite3_result_blob64(ctx, data, len, SQLITE_TRANSIENT);
  } else if (v->IsBigInt()) {
    bool lossless;
    int64_t i = v.As<v8::BigInt>()->Int64Value(&lossless);
    if (!lossless)
      sqlite3_result_error(ctx, "BigInt value is too large for SQLite", -1);
    else
      sqlite3_result_int64(ctx, i);
  } else if (v->IsPromise()) {
    sqlite3_result_error(ctx, "Asynchronous user-defined functions are not supported", -1);
  } else {
    sqlite3_result_error(ctx, "Returned JavaScript value cannot be converted to a SQLite value", -1);
  }
}

// ---- handles ----

Db *open_db(v8::Isolate *iso, Local<Value> h) {
  Db *db = static_cast<Db *>(handle_unwrap(iso, h, &db_type));
  if (db && !db->conn) {
    throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "database is not open");
    return nullptr;
  }
  return db;
}

Stmt *live_stmt(v8::Isolate *iso, Local<Value> h) {
  Stmt *s = static_cast<Stmt *>(handle_unwrap(iso, h, &stmt_type));
  if (s && !s->st) {
    throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "statement has been finalized");
    return nullptr;
  }
  return s;
}

std::string utf8(v8::Isolate *iso, Local<Value> v) {
  v8::String::Utf8Value s(iso, v);
  return *s ? std::string(*s, (size_t)s.length()) : std::string();
}

// ---- DatabaseSync ----

// open(path, readOnly, enableDqs, enableForeignKeys, timeout) -> handle
void Open(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int r = ks_sqlite_vfs_register();
  if (r < 0) {
    throw_errno(iso, r, "sqlite", nullptr);
    return;
  }
  VfsScope scope(iso);
  std::string path = utf8(iso, a[0]);
  bool read_only = a[1]->IsTrue();
  int flags = SQLITE_OPEN_URI | (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  Db *db = new Db;
  db->proc = &engine_of(iso)->proc;
  int rc = sqlite3_open_v2(path.c_str(), &db->conn, flags, KS_SQLITE_VFS_NAME);
  int dqs = a[2]->IsTrue(), fkeys = a[3]->IsTrue();
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config(db->conn, SQLITE_DBCONFIG_DQS_DML, dqs, nullptr);
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config(db->conn, SQLITE_DBCONFIG_DQS_DDL, dqs, nullptr);
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config(db->conn, SQLITE_DBCONFIG_ENABLE_FKEY, fkeys, nullptr);
  if (rc != SQLITE_OK) {
    if (db->conn) {
      throw_sqlite(iso, db);
      sqlite3_close_v2(db->conn);
    } else {
      throw_sqlite_code(iso, rc, sqlite3_errstr(rc), true);
    }
    delete db;
    return;
  }
  sqlite3_busy_timeout(db->conn, a[4]->Int32Value(iso->GetCurrentContext()).FromMaybe(0));
  a.GetReturnValue().Set(handle_wrap(iso, &db_type, db));
}

void Close(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  VfsScope scope(iso);
  db_close(db);
}

void Exec(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  VfsScope scope(iso);
  std::string sql = utf8(iso, a[1]);
  if (sqlite3_exec(db->conn, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
    throw_sqlite(iso, db);
}

// prepare(db, sql) -> statement handle, or null when the text holds no
// statement (Node then reports the statement as finalized).
void Prepare(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  VfsScope scope(iso);
  std::string sql = utf8(iso, a[1]);
  sqlite3_stmt *st = nullptr;
  if (sqlite3_prepare_v2(db->conn, sql.c_str(), (int)sql.size() + 1, &st, nullptr) != SQLITE_OK) {
    throw_sqlite(iso, db);
    return;
  }
  if (!st) {
    a.GetReturnValue().SetNull();
    return;
  }
  Stmt *s = new Stmt;
  s->st = st;
  s->db = db;
  db->stmts.insert(s);
  a.GetReturnValue().Set(handle_wrap(iso, &stmt_type, s));
}

void IsOpen(Args a) {
  Db *db = static_cast<Db *>(handle_unwrap(a.GetIsolate(), a[0], &db_type));
  if (db)
    a.GetReturnValue().Set(db->conn != nullptr);
}

void IsTransaction(Args a) {
  Db *db = open_db(a.GetIsolate(), a[0]);
  if (db)
    a.GetReturnValue().Set(sqlite3_get_autocommit(db->conn) == 0);
}

void Location(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  std::string name = utf8(iso, a[1]);
  const char *file = sqlite3_db_filename(db->conn, name.c_str());
  if (!file || !*file)
    a.GetReturnValue().SetNull();
  else
    a.GetReturnValue().Set(v8_str(iso, file));
}

struct Udf {
  v8::Isolate *iso;
  Db *db;
  bool bigint;
  v8::Global<v8::Function> fn;
};

// Converts a call's arguments; false (the error reported to SQLite, the
// exception pending) when one does not convert.
bool call_args(v8::Isolate *iso, Db *db, sqlite3_context *ctx, bool bigint, int argc, sqlite3_value **argv,
               std::vector<Local<Value>> &out) {
  for (int i = 0; i < argc; i++) {
    Local<Value> v;
    if (!to_js(iso, ArgSrc{argv[i]}, bigint).ToLocal(&v)) {
      db->ignore_error = true;
      sqlite3_result_error(ctx, "", 0);
      return false;
    }
    out.push_back(v);
  }
  return true;
}

void udf_call(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Udf *u = static_cast<Udf *>(sqlite3_user_data(ctx));
  v8::Isolate *iso = u->iso;
  v8::HandleScope hs(iso);
  std::vector<Local<Value>> args;
  if (!call_args(iso, u->db, ctx, u->bigint, argc, argv, args))
    return;
  Local<Value> ret;
  if (!u->fn.Get(iso)->Call(iso->GetCurrentContext(), v8::Undefined(iso), argc, args.data()).ToLocal(&ret)) {
    u->db->ignore_error = true;
    sqlite3_result_error(ctx, "", 0);
    return;
  }
  to_result(iso, ctx, ret);
}

void udf_destroy(void *p) {
  delete static_cast<Udf *>(p);
}

// createFunction(db, name, fn, argc, deterministic, directOnly, useBigInts)
void CreateFunction(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  std::string name = utf8(iso, a[1]);
  Udf *u = new Udf{iso, db, a[6]->IsTrue(), {}};
  u->fn.Reset(iso, a[2].As<v8::Function>());
  int rep = SQLITE_UTF8 | (a[4]->IsTrue() ? SQLITE_DETERMINISTIC : 0) | (a[5]->IsTrue() ? SQLITE_DIRECTONLY : 0);
  int argc = a[3]->Int32Value(iso->GetCurrentContext()).FromMaybe(-1);
  if (sqlite3_create_function_v2(db->conn, name.c_str(), argc, rep, u, udf_call, nullptr, nullptr, udf_destroy) !=
      SQLITE_OK)
    throw_sqlite(iso, db);
}

struct Agg {
  v8::Isolate *iso;
  Db *db;
  bool bigint;
  v8::Global<Value> start;
  v8::Global<v8::Function> step, inverse, result;
};

// SQLite's zeroed per-group memory: the accumulator lives in a Global the
// group owns until its final call.
struct AggState {
  v8::Global<Value> *value;
  bool is_window;
};

AggState *agg_state(Agg *g, sqlite3_context *ctx) {
  AggState *st = static_cast<AggState *>(sqlite3_aggregate_context(ctx, sizeof(AggState)));
  if (!st) {
    sqlite3_result_error_nomem(ctx);
    return nullptr;
  }
  if (!st->value) {
    v8::Isolate *iso = g->iso;
    Local<Value> start = g->start.Get(iso);
    if (start->IsFunction() &&
        !start.As<v8::Function>()->Call(iso->GetCurrentContext(), v8::Null(iso), 0, nullptr).ToLocal(&start)) {
      g->db->ignore_error = true;
      sqlite3_result_error(ctx, "", 0);
      return nullptr;
    }
    st->value = new v8::Global<Value>(iso, start);
  }
  return st;
}

void agg_step_with(sqlite3_context *ctx, int argc, sqlite3_value **argv, bool inverse) {
  Agg *g = static_cast<Agg *>(sqlite3_user_data(ctx));
  v8::Isolate *iso = g->iso;
  v8::HandleScope hs(iso);
  AggState *st = agg_state(g, ctx);
  if (!st)
    return;
  std::vector<Local<Value>> args{st->value->Get(iso)};
  if (!call_args(iso, g->db, ctx, g->bigint, argc, argv, args))
    return;
  Local<v8::Function> fn = (inverse ? g->inverse : g->step).Get(iso);
  Local<Value> ret;
  if (!fn->Call(iso->GetCurrentContext(), v8::Undefined(iso), argc + 1, args.data()).ToLocal(&ret)) {
    g->db->ignore_error = true;
    sqlite3_result_error(ctx, "", 0);
    return;
  }
  st->value->Reset(iso, ret);
}

void agg_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  agg_step_with(ctx, argc, argv, false);
}

void agg_inverse(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  agg_step_with(ctx, argc, argv, true);
}

void agg_value_with(sqlite3_context *ctx, bool final) {
  Agg *g = static_cast<Agg *>(sqlite3_user_data(ctx));
  v8::Isolate *iso = g->iso;
  v8::HandleScope hs(iso);
  AggState *st = agg_state(g, ctx);
  if (!st)
    return;
  if (!final) {
    st->is_window = true;
  } else if (st->is_window) {  // a window's value was given by xValue
    delete st->value;
    st->value = nullptr;
    return;
  }
  Local<Value> result = st->value->Get(iso);
  bool ok = true;
  if (!g->result.IsEmpty()) {
    Local<Value> arg = result;
    if (!g->result.Get(iso)->Call(iso->GetCurrentContext(), v8::Null(iso), 1, &arg).ToLocal(&result)) {
      g->db->ignore_error = true;
      sqlite3_result_error(ctx, "", 0);
      ok = false;
    }
  }
  if (ok)
    to_result(iso, ctx, result);
  if (final) {
    delete st->value;
    st->value = nullptr;
  }
}

void agg_final(sqlite3_context *ctx) {
  agg_value_with(ctx, true);
}

void agg_value(sqlite3_context *ctx) {
  agg_value_with(ctx, false);
}

void agg_destroy(void *p) {
  delete static_cast<Agg *>(p);
}

// createAggregate(db, name, argc, directOnly, useBigInts, start, step,
//                 inverse|undefined, result|undefined)
void CreateAggregate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  std::string name = utf8(iso, a[1]);
  int argc = a[2]->Int32Value(iso->GetCurrentContext()).FromMaybe(-1);
  Agg *g = new Agg{iso, db, a[4]->IsTrue(), {}, {}, {}, {}};
  g->start.Reset(iso, a[5]);
  g->step.Reset(iso, a[6].As<v8::Function>());
  bool window = a[7]->IsFunction();
  if (window)
    g->inverse.Reset(iso, a[7].As<v8::Function>());
  if (a[8]->IsFunction())
    g->result.Reset(iso, a[8].As<v8::Function>());
  int rep = SQLITE_UTF8 | (a[3]->IsTrue() ? SQLITE_DIRECTONLY : 0);
  if (sqlite3_create_window_function(db->conn, name.c_str(), argc, rep, g, agg_step, agg_final,
                                     window ? agg_value : nullptr, window ? agg_inverse : nullptr,
                                     agg_destroy) != SQLITE_OK)
    throw_sqlite(iso, db);
}

// ---- StatementSync ----

bool bind_value(v8::Isolate *iso, Stmt *s, Local<Value> v, int index) {
  const void *data;
  size_t len;
  int rc;
  if (v->IsNumber()) {
    rc = sqlite3_bind_double(s->st, index, v.As<v8::Number>()->Value());
  } else if (v->IsString()) {
    v8::String::Utf8Value str(iso, v);
    rc = sqlite3_bind_text64(s->st, index, *str, (sqlite3_uint64)str.length(), SQLITE_TRANSIENT, SQLITE_UTF8);
  } else if (v->IsNull()) {
    rc = sqlite3_bind_null(s->st, index);
  } else if (view_bytes(v, &data, &len)) {
    rc = sqlite3_bind_blob64(s->st, index, data, len, SQLITE_TRANSIENT);
  } else if (v->IsBigInt()) {
    bool lossless;
    int64_t i = v.As<v8::BigInt>()->Int64Value(&lossless);
    if (!lossless) {
      throw_coded(iso, Kind::TypeError, "ERR_INVALID_ARG_VALUE", "BigInt value is too large to bind.");
      return false;
    }
    rc = sqlite3_bind_int64(s->st, index, i);
  } else {
    throw_coded(iso, Kind::TypeError, "ERR_INVALID_ARG_TYPE",
                "Provided value cannot be bound to SQLite parameter " + std::to_string(index) + ".");
    return false;
  }
  if (rc != SQLITE_OK) {
    throw_sqlite(iso, s->db);
    return false;
  }
  return true;
}

// Node's rules: a leading plain object names parameters ($a, :a, @a, or
// bare "a" when allowed); the other arguments fill the anonymous ones.
bool bind_params(v8::Isolate *iso, Stmt *s, Local<v8::Array> args, int flags) {
  Local<v8::Context> ctx = iso->GetCurrentContext();
  if (sqlite3_clear_bindings(s->st) != SQLITE_OK) {
    throw_sqlite(iso, s->db);
    return false;
  }
  uint32_t n = args->Length(), first = 0;
  Local<Value> v0;
  if (n > 0 && args->Get(ctx, 0).ToLocal(&v0) && v0->IsObject() && !v0->IsArrayBufferView()) {
    first = 1;
    Local<v8::Object> obj = v0.As<v8::Object>();
    bool allow_bare = flags & kAllowBare;
    if (allow_bare && !s->bare_ready) {
      s->bare.clear();
      int count = sqlite3_bind_parameter_count(s->st);
      for (int i = 1; i <= count; i++) {
        const char *full = sqlite3_bind_parameter_name(s->st, i);
        if (!full)
          continue;
        auto ins = s->bare.emplace(full + 1, full);
        if (!ins.second && ins.first->second != full) {
          throw_coded(iso, Kind::Error, "ERR_INVALID_STATE",
                      "Cannot create bare named parameter '" + std::string(full + 1) + "' because of conflicting names '" +
                          ins.first->second + "' and '" + full + "'.");
          s->bare.clear();
          return false;
        }
      }
      s->bare_ready = true;
    }
    Local<v8::Array> keys;
    if (!obj->GetOwnPropertyNames(ctx).ToLocal(&keys))
      return false;
    for (uint32_t j = 0; j < keys->Length(); j++) {
      Local<Value> key, value;
      if (!keys->Get(ctx, j).ToLocal(&key))
        return false;
      std::string k = utf8(iso, key);
      int idx = sqlite3_bind_parameter_index(s->st, k.c_str());
      if (idx == 0 && allow_bare) {
        auto it = s->bare.find(k);
        if (it != s->bare.end())
          idx = sqlite3_bind_parameter_index(s->st, it->second.c_str());
      }
      if (idx == 0) {
        if (flags & kAllowUnknown)
          continue;
        throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "Unknown named parameter '" + k + "'");
        return false;
      }
      if (!obj->Get(ctx, key).ToLocal(&value) || !bind_value(iso, s, value, idx))
        return false;
    }
  }
  int anon = 1;
  for (uint32_t i = first; i < n; i++) {
    for (;;) {
      const char *name = sqlite3_bind_parameter_name(s->st, anon);
      if (!name || name[0] == '?')
        break;
      anon++;
    }
    Local<Value> v;
    if (!args->Get(ctx, i).ToLocal(&v) || !bind_value(iso, s, v, anon))
      return false;
    anon++;
  }
  return true;
}

// Resets, binds and returns the statement, or nullptr with an exception.
Stmt *start(Args a, int flags) {
  v8::Isolate *iso = a.GetIsolate();
  Stmt *s = live_stmt(iso, a[0]);
  if (!s)
    return nullptr;
  if (sqlite3_reset(s->st) != SQLITE_OK) {
    throw_sqlite(iso, s->db);
    return nullptr;
  }
  if (!a[1]->IsArray() || !bind_params(iso, s, a[1].As<v8::Array>(), flags))
    return nullptr;
  return s;
}

bool column_names(v8::Isolate *iso, Stmt *s, int n, std::vector<Local<v8::Name>> &out) {
  for (int i = 0; i < n; i++) {
    const char *name = sqlite3_column_name(s->st, i);
    if (!name) {
      throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "Cannot get name of column " + std::to_string(i));
      return false;
    }
    out.push_back(v8_str(iso, name));
  }
  return true;
}

// The current row as Node returns it: a null-prototype object, or an array.
v8::MaybeLocal<Value> row(v8::Isolate *iso, Stmt *s, int flags) {
  int n = sqlite3_column_count(s->st);
  std::vector<Local<Value>> values;
  for (int i = 0; i < n; i++) {
    Local<Value> v;
    if (!to_js(iso, ColumnSrc{s->st, i}, flags & kReadBigInts).ToLocal(&v))
      return {};
    values.push_back(v);
  }
  if (flags & kReturnArrays)
    return v8::Array::New(iso, values.data(), values.size());
  std::vector<Local<v8::Name>> names;
  if (!column_names(iso, s, n, names))
    return {};
  Local<v8::Context> ctx = iso->GetCurrentContext();
  Local<v8::Object> o = v8::Object::New(iso, v8::Null(iso), nullptr, nullptr, 0);
  for (int i = 0; i < n; i++)
    if (o->CreateDataProperty(ctx, names[i], values[i]).IsNothing())
      return {};
  return o;
}

// run(stmt, args, flags) -> { lastInsertRowid, changes }
void Run(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  VfsScope scope(iso);
  int flags = a[2]->Int32Value(iso->GetCurrentContext()).FromMaybe(0);
  Stmt *s = start(a, flags);
  if (!s)
    return;
  sqlite3_step(s->st);
  if (sqlite3_reset(s->st) != SQLITE_OK) {
    throw_sqlite(iso, s->db);
    return;
  }
  sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db->conn), changes = sqlite3_changes64(s->db->conn);
  Local<v8::Context> ctx = iso->GetCurrentContext();
  Local<v8::Object> o = v8::Object::New(iso);
  bool big = flags & kReadBigInts;
  (void)o->Set(ctx, v8_str(iso, "lastInsertRowid"),
               big ? Local<Value>(v8::BigInt::New(iso, rowid)) : Local<Value>(v8::Number::New(iso, (double)rowid)));
  (void)o->Set(ctx, v8_str(iso, "changes"),
               big ? Local<Value>(v8::BigInt::New(iso, changes)) : Local<Value>(v8::Number::New(iso, (double)changes)));
  a.GetReturnValue().Set(o);
}

// get(stmt, args, flags) -> row | undefined
void Get(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  VfsScope scope(iso);
  int flags = a[2]->Int32Value(iso->GetCurrentContext()).FromMaybe(0);
  Stmt *s = start(a, flags);
  if (!s)
    return;
  int rc = sqlite3_step(s->st);
  if (rc == SQLITE_ROW && sqlite3_column_count(s->st) > 0) {
    Local<Value> r;
    if (row(iso, s, flags).ToLocal(&r))
      a.GetReturnValue().Set(r);
  } else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    throw_sqlite(iso, s->db);
  }
  sqlite3_reset(s->st);
}

// all(stmt, args, flags) -> rows
void All(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  VfsScope scope(iso);
  int flags = a[2]->Int32Value(iso->GetCurrentContext()).FromMaybe(0);
  Stmt *s = start(a, flags);
  if (!s)
    return;
  std::vector<Local<Value>> rows;
  int rc;
  while ((rc = sqlite3_step(s->st)) == SQLITE_ROW) {
    Local<Value> r;
    if (!row(iso, s, flags).ToLocal(&r)) {
      sqlite3_reset(s->st);
      return;
    }
    rows.push_back(r);
  }
  if (rc != SQLITE_DONE)
    throw_sqlite(iso, s->db);
  else
    a.GetReturnValue().Set(v8::Array::New(iso, rows.data(), rows.size()));
  sqlite3_reset(s->st);
}

// iterate(stmt, args, flags): resets and binds for step().
void Iterate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  VfsScope scope(iso);
  start(a, a[2]->Int32Value(iso->GetCurrentContext()).FromMaybe(0));
}

// step(stmt, flags) -> row, or null at the end (the statement is reset)
void Step(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  VfsScope scope(iso);
  Stmt *s = live_stmt(iso, a[0]);
  if (!s)
    return;
  int rc = sqlite3_step(s->st);
  if (rc == SQLITE_ROW) {
    Local<Value> r;
    if (row(iso, s, a[1]->Int32Value(iso->GetCurrentContext()).FromMaybe(0)).ToLocal(&r))
      a.GetReturnValue().Set(r);
    return;
  }
  if (rc != SQLITE_DONE) {
    throw_sqlite(iso, s->db);
    return;
  }
  sqlite3_reset(s->st);
  a.GetReturnValue().SetNull();
}

void IsFinalized(Args a) {
  Stmt *s = static_cast<Stmt *>(handle_unwrap(a.GetIsolate(), a[0], &stmt_type));
  if (s)
    a.GetReturnValue().Set(s->st == nullptr);
}

void Reset(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  VfsScope scope(iso);
  if (Stmt *s = live_stmt(iso, a[0]))
    sqlite3_reset(s->st);
}

Local<Value> nullable(v8::Isolate *iso, const char *s) {
  return s ? Local<Value>(v8_str(iso, s)) : Local<Value>(v8::Null(iso));
}

void Columns(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Stmt *s = live_stmt(iso, a[0]);
  if (!s)
    return;
  Local<v8::Context> ctx = iso->GetCurrentContext();
  int n = sqlite3_column_count(s->st);
  std::vector<Local<v8::Name>> names;
  if (!column_names(iso, s, n, names))
    return;
  std::vector<Local<Value>> cols;
  for (int i = 0; i < n; i++) {
    Local<v8::Object> o = v8::Object::New(iso, v8::Null(iso), nullptr, nullptr, 0);
    (void)o->CreateDataProperty(ctx, v8_str(iso, "column"), nullable(iso, sqlite3_column_origin_name(s->st, i)));
    (void)o->CreateDataProperty(ctx, v8_str(iso, "database"), nullable(iso, sqlite3_column_database_name(s->st, i)));
    (void)o->CreateDataProperty(ctx, v8_str(iso, "name"), names[i]);
    (void)o->CreateDataProperty(ctx, v8_str(iso, "table"), nullable(iso, sqlite3_column_table_name(s->st, i)));
    (void)o->CreateDataProperty(ctx, v8_str(iso, "type"), nullable(iso, sqlite3_column_decltype(s->st, i)));
    cols.push_back(o);
  }
  a.GetReturnValue().Set(v8::Array::New(iso, cols.data(), cols.size()));
}

void SourceSQL(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (Stmt *s = live_stmt(iso, a[0]))
    a.GetReturnValue().Set(v8_str(iso, sqlite3_sql(s->st)));
}

void ExpandedSQL(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Stmt *s = live_stmt(iso, a[0]);
  if (!s)
    return;
  char *sql = sqlite3_expanded_sql(s->st);
  if (!sql) {
    throw_coded(iso, Kind::Error, "ERR_SQLITE_ERROR", "Expanded SQL text would exceed configured limits");
    return;
  }
  a.GetReturnValue().Set(v8_str(iso, sql));
  sqlite3_free(sql);
}

// ---- sessions ----

// sessionCreate(db, table|null, dbName) -> session handle
void SessionCreate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  std::string name = utf8(iso, a[2]);
  std::string table = a[1]->IsString() ? utf8(iso, a[1]) : std::string();
  sqlite3_session *ss = nullptr;
  if (sqlite3session_create(db->conn, name.c_str(), &ss) != SQLITE_OK) {
    throw_sqlite(iso, db);
    return;
  }
  if (sqlite3session_attach(ss, table.empty() ? nullptr : table.c_str()) != SQLITE_OK) {
    throw_sqlite(iso, db);
    sqlite3session_delete(ss);
    return;
  }
  Session *s = new Session{ss, db};
  db->sessions.insert(s);
  a.GetReturnValue().Set(handle_wrap(iso, &session_type, s));
}

Session *live_session(v8::Isolate *iso, Local<Value> h) {
  Session *s = static_cast<Session *>(handle_unwrap(iso, h, &session_type));
  if (!s)
    return nullptr;
  if (!s->db || !s->db->conn) {
    throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "database is not open");
    return nullptr;
  }
  if (!s->s) {
    throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "session is not open");
    return nullptr;
  }
  return s;
}

// sessionChangeset(session, patchset) -> Uint8Array
void SessionChangeset(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Session *s = live_session(iso, a[0]);
  if (!s)
    return;
  int n = 0;
  void *data = nullptr;
  int rc = a[1]->IsTrue() ? sqlite3session_patchset(s->s, &n, &data) : sqlite3session_changeset(s->s, &n, &data);
  if (rc != SQLITE_OK) {
    throw_sqlite(iso, s->db);
    return;
  }
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, (size_t)n);
  if (n)
    memcpy(ab->Data(), data, (size_t)n);
  sqlite3_free(data);
  a.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, (size_t)n));
}

void SessionClose(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Session *s = live_session(iso, a[0]);
  if (!s)
    return;
  sqlite3session_delete(s->s);
  s->s = nullptr;
  s->db->sessions.erase(s);
}

struct ApplyCtx {
  v8::Isolate *iso;
  Db *db;
  Local<v8::Function> conflict, filter;
};

int apply_filter(void *p, const char *table) {
  ApplyCtx *c = static_cast<ApplyCtx *>(p);
  if (c->db->ignore_error)
    return 0;
  Local<Value> arg = v8_str(c->iso, table), ret;
  if (!c->filter->Call(c->iso->GetCurrentContext(), v8::Null(c->iso), 1, &arg).ToLocal(&ret)) {
    c->db->ignore_error = true;
    return 0;
  }
  return ret->BooleanValue(c->iso);
}

int apply_conflict(void *p, int type, sqlite3_changeset_iter *) {
  ApplyCtx *c = static_cast<ApplyCtx *>(p);
  if (c->conflict.IsEmpty() || c->db->ignore_error)
    return SQLITE_CHANGESET_ABORT;
  Local<Value> arg = v8::Integer::New(c->iso, type), ret;
  if (!c->conflict->Call(c->iso->GetCurrentContext(), v8::Null(c->iso), 1, &arg).ToLocal(&ret)) {
    c->db->ignore_error = true;
    return SQLITE_CHANGESET_ABORT;
  }
  return ret->IsInt32() ? ret.As<v8::Int32>()->Value() : -1;
}

// applyChangeset(db, bytes, onConflict|undefined, filter|undefined) -> bool
void ApplyChangeset(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  VfsScope scope(iso);
  const void *data;
  size_t len;
  if (!view_bytes(a[1], &data, &len))
    return;
  ApplyCtx c{iso, db, {}, {}};
  if (a[2]->IsFunction())
    c.conflict = a[2].As<v8::Function>();
  if (a[3]->IsFunction())
    c.filter = a[3].As<v8::Function>();
  int rc = sqlite3changeset_apply(db->conn, (int)len, const_cast<void *>(data), c.filter.IsEmpty() ? nullptr : apply_filter,
                                  apply_conflict, &c);
  bool pending = db->ignore_error;
  db->ignore_error = false;
  if (pending)
    return;
  if (rc == SQLITE_OK || rc == SQLITE_ABORT)
    a.GetReturnValue().Set(rc == SQLITE_OK);
  else
    throw_sqlite_code(iso, rc, sqlite3_errstr(rc), false);
}

// ---- backup ----

// backupInit(db, destPath, sourceName, targetName) -> backup handle
void BackupInit(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Db *db = open_db(iso, a[0]);
  if (!db)
    return;
  VfsScope scope(iso);
  std::string path = utf8(iso, a[1]), src = utf8(iso, a[2]), dst = utf8(iso, a[3]);
  Backup *b = new Backup;
  b->src = db;
  b->proc = &engine_of(iso)->proc;
  Local<Value> h = handle_wrap(iso, &backup_type, b);
  int rc = sqlite3_open_v2(path.c_str(), &b->dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                           KS_SQLITE_VFS_NAME);
  if (rc == SQLITE_OK)
    b->b = sqlite3_backup_init(b->dest, dst.c_str(), db->conn, src.c_str());
  if (!b->b) {
    if (b->dest) {
      int code = sqlite3_extended_errcode(b->dest);
      throw_sqlite_code(iso, code, sqlite3_errmsg(b->dest), true);
    } else {
      throw_sqlite_code(iso, rc, sqlite3_errstr(rc), true);
    }
    handle_close(h, &backup_type);
    return;
  }
  a.GetReturnValue().Set(h);
}

// backupStep(backup, pages) -> [done, remaining, total]; the handle is
// finished (closed) when done or on an error.
void BackupStep(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Backup *b = static_cast<Backup *>(handle_unwrap(iso, a[0], &backup_type));
  if (!b)
    return;
  if (!b->src->conn) {
    throw_coded(iso, Kind::Error, "ERR_INVALID_STATE", "database is not open");
    handle_close(a[0], &backup_type);
    return;
  }
  VfsScope scope(iso);
  int rc = sqlite3_backup_step(b->b, a[1]->Int32Value(iso->GetCurrentContext()).FromMaybe(100));
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
    throw_sqlite_code(iso, rc, sqlite3_errstr(rc), true);
    handle_close(a[0], &backup_type);
    return;
  }
  int total = sqlite3_backup_pagecount(b->b), remaining = sqlite3_backup_remaining(b->b);
  bool done = rc == SQLITE_DONE;
  Local<Value> out[3] = {v8::Boolean::New(iso, done), v8::Integer::New(iso, remaining), v8::Integer::New(iso, total)};
  if (done) {
    rc = sqlite3_backup_finish(b->b);
    b->b = nullptr;
    if (rc != SQLITE_OK) {
      throw_sqlite_code(iso, sqlite3_extended_errcode(b->dest), sqlite3_errmsg(b->dest), true);
      handle_close(a[0], &backup_type);
      return;
    }
    handle_close(a[0], &backup_type);
  }
  a.GetReturnValue().Set(v8::Array::New(iso, out, 3));
}

void BackupClose(Args a) {
  handle_close(a[0], &backup_type);
}

}  // namespace

void binding_add_sqlite(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  static const struct {
    const char *name;
    v8::FunctionCallback cb;
  } fns[] = {
      {"open", Open},
      {"close", Close},
      {"exec", Exec},
      {"prepare", Prepare},
      {"isOpen", IsOpen},
      {"isTransaction", IsTransaction},
      {"location", Location},
      {"createFunction", CreateFunction},
      {"createAggregate", CreateAggregate},
      {"run", Run},
      {"get", Get},
      {"all", All},
      {"iterate", Iterate},
      {"step", Step},
      {"reset", Reset},
      {"isFinalized", IsFinalized},
      {"columns", Columns},
      {"sourceSQL", SourceSQL},
      {"expandedSQL", ExpandedSQL},
      {"sessionCreate", SessionCreate},
      {"sessionChangeset", SessionChangeset},
      {"sessionClose", SessionClose},
      {"applyChangeset", ApplyChangeset},
      {"backupInit", BackupInit},
      {"backupStep", BackupStep},
      {"backupClose", BackupClose},
  };
  for (auto &f : fns)
    set_fn(iso, ctx, target, f.name, f.cb);
  (void)target->Set(ctx, v8_str(iso, "version"), v8_str(iso, sqlite3_libversion()));
}
