// Internals shared by the V8 layer's translation units. C++ only because
// V8's API is; keep logic that does not touch V8 in C.
#pragma once

#include <v8.h>

#include <string>

extern "C" {
#include "../kernel-shim/shim.h"
#include "engine.h"
#include "event-loop.h"
}

struct module_table;

struct engine {
  v8::Isolate *isolate = nullptr;
  v8::Global<v8::Context> context;
  v8::Global<v8::Object> hooks;  // returned by the bootstrap's boot()
  guest_loop_t *loop = nullptr;
  ks_proc_t proc{};
  uint64_t start_ns = 0;
  module_table *modules = nullptr;  // ES modules by id (v8-modules.cc)
  v8::Global<v8::ObjectTemplate> handle_template;  // native handles with one internal field
  v8::Global<v8::ObjectTemplate> native_template;  // typed handles (v8-handle.cc)
};

// Typed native handles (v8-handle.cc): a JS object owning one native
// object of a known type. `destroy` runs exactly once, when the guest drops
// the handle or when handle_close() is called.
struct native_type {
  const char *name;  // for errors: "<name> handle expected"
  void (*destroy)(void *ptr);
};
v8::Local<v8::Object> handle_wrap(v8::Isolate *iso, const native_type *type, void *ptr);
// The object, or nullptr with a TypeError thrown (wrong type) or an Error
// thrown (already closed).
void *handle_unwrap(v8::Isolate *iso, v8::Local<v8::Value> v, const native_type *type);
bool handle_is(v8::Local<v8::Value> v, const native_type *type);
void handle_close(v8::Local<v8::Value> v, const native_type *type);

// The engine of the isolate currently running (stored in isolate data slot 0).
engine *engine_of(v8::Isolate *isolate);

// Creates the `binding` object the bootstrap receives: stdio, clock, exit,
// loop control, files, compilation, inspection internals.
v8::Local<v8::Object> binding_create(engine *e, v8::Local<v8::Context> ctx);
void binding_add_modules(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);
void modules_install(v8::Isolate *iso);
void binding_add_inspect(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);

// A Node-style system error from -errno (code, errno, syscall, path, dest).
v8::Local<v8::Value> errno_exception(v8::Isolate *iso, int neg_errno, const char *syscall, const char *path,
                                     const char *dest = nullptr);
void throw_errno(v8::Isolate *iso, int neg_errno, const char *syscall, const char *path, const char *dest = nullptr);

// "file:line\nsource line\n   ^^^\n" for a message, as Node prints above an
// uncaught error; "" when the message has no source.
std::string error_source(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Message> msg);

// Calls a JS callback from the event loop as Node's MakeCallback does: an
// exception is an uncaught exception; the nextTick and microtask queues
// run afterwards.
void invoke_callback(engine *e, v8::Local<v8::Function> fn, int argc, v8::Local<v8::Value> *argv);
void binding_add_kdf(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);
void binding_add_crypto(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);
void binding_add_fs(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);
// On binding.crypto, next to hashes and KDFs:
void binding_add_cipher(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);  // v8-cipher.cc
void binding_add_pkey(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);    // v8-pkey.cc
void binding_add_dh(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);      // v8-dh.cc
void binding_add_x509(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);    // v8-x509.cc
// binding.zlib, binding.vm, binding.v8, binding.async, binding.sqlite, binding.tty:
void binding_add_zlib(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);    // v8-zlib.cc
void binding_add_vm(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);      // v8-vm.cc
// An import() from vm code (v8-vm.cc): true with *out set when the vm's
// options decide it, false when the guest's loader is to handle it.
bool vm_import_dynamic(v8::Local<v8::Context> ctx, v8::Local<v8::Data> options, v8::MaybeLocal<v8::Promise> *out);
void binding_add_v8(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);      // v8-heap.cc
void binding_add_async(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);   // v8-async.cc
void binding_add_sqlite(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);  // v8-sqlite.cc
void binding_add_tty(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);     // v8-tty.cc
void binding_add_os(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target);      // v8-os.cc

// OpenSSL errors as Node reports them (v8-openssl-error.cc): `err`'s
// message with library, reason and code set; `fallback` when err is 0.
v8::Local<v8::Value> openssl_error(v8::Isolate *iso, unsigned long err, const char *fallback);
// Sets library, reason and code of OpenSSL error `err` on `e`.
void openssl_decorate(v8::Isolate *iso, v8::Local<v8::Object> e, unsigned long err);

// Asymmetric keys (v8-pkey.cc): a handle owning one EVP_PKEY reference.
// pkey_wrap takes over the caller's reference; pkey_unwrap borrows (nullptr
// with a TypeError thrown when `v` is not a key handle).
typedef struct evp_pkey_st EVP_PKEY;
v8::Local<v8::Object> pkey_wrap(v8::Isolate *iso, EVP_PKEY *pkey);
EVP_PKEY *pkey_unwrap(v8::Isolate *iso, v8::Local<v8::Value> v);

// Small helpers.
v8::Local<v8::String> v8_str(v8::Isolate *iso, const char *s);
void set_fn(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> obj, const char *name,
            v8::FunctionCallback cb);
// The bytes a TypedArray or DataView shows (borrowed); false for any other
// value. bytes_in also takes a whole ArrayBuffer.
bool view_bytes(v8::Local<v8::Value> v, const unsigned char **data, size_t *len);
bool bytes_in(v8::Local<v8::Value> v, const unsigned char **data, size_t *len);
