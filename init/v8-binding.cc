// The `binding` object handed to the bootstrap: the bridge functions through
// which guest JavaScript reaches the kernel shim and its event loop. Each
// function validates its arguments (the bootstrap is ours, but guest code
// can reach some of these through it) and turns -errno into Node's errors.
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <string>

#include <uv.h>

#include "v8-internal.hh"

extern "C" {
#include "../kernel-shim/errno-map.h"
}

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

engine *E(Args a) {
  return engine_of(a.GetIsolate());
}

void throw_type(v8::Isolate *iso, const char *msg) {
  iso->ThrowException(v8::Exception::TypeError(v8_str(iso, msg)));
}

// write(fd, string | ArrayBufferView)
void Write(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int fd = a[0]->Int32Value(iso->GetCurrentContext()).FromMaybe(-1);
  ssize_t r;
  if (a[1]->IsString()) {
    v8::String::Utf8Value s(iso, a[1]);
    r = ks_write_stdio(fd, *s, (size_t)s.length());
  } else if (a[1]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> v = a[1].As<v8::ArrayBufferView>();
    const char *base = static_cast<const char *>(v->Buffer()->Data());
    r = ks_write_stdio(fd, base + v->ByteOffset(), v->ByteLength());
  } else
    return throw_type(iso, "write: data must be a string or an ArrayBufferView");
  if (r < 0)
    throw_errno(iso, (int)r, "write", nullptr);
}

void Hrtime(Args a) {
  a.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(a.GetIsolate(), ks_hrtime()));
}

void ProcessStartNs(Args a) {
  a.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(a.GetIsolate(), E(a)->start_ns));
}

void LoopNow(Args a) {
  a.GetReturnValue().Set(guest_loop_now(E(a)->loop));
}

void ReallyExit(Args a) {
  int code = a[0]->Int32Value(a.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  // All guest output went straight to the fds: nothing is buffered to lose.
  uv_tty_reset_mode();
  _exit(code & 0xff);
}

void ScheduleTimer(Args a) {
  double ms = a[0]->NumberValue(a.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  guest_loop_schedule_timer(E(a)->loop, ms);
}

void ToggleTimerRef(Args a) {
  guest_loop_timer_ref(E(a)->loop, a[0]->BooleanValue(a.GetIsolate()));
}

void ToggleImmediates(Args a) {
  guest_loop_immediates(E(a)->loop, a[0]->BooleanValue(a.GetIsolate()), a[1]->BooleanValue(a.GetIsolate()));
}

void RunMicrotasks(Args a) {
  a.GetIsolate()->PerformMicrotaskCheckpoint();
}

void Cwd(Args a) {
  char buf[PATH_MAX];
  int r = ks_getcwd(&E(a)->proc, buf, sizeof(buf));
  if (r < 0)
    return throw_errno(a.GetIsolate(), r, "uv_cwd", nullptr);
  a.GetReturnValue().Set(v8_str(a.GetIsolate(), buf));
}

void Chdir(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::String::Utf8Value path(iso, a[0]);
  int r = ks_chdir(&E(a)->proc, *path);
  if (r < 0)
    throw_errno(iso, r, "chdir", *path);
}

// Reads a whole guest file through the shim; false with a Node error thrown.
bool read_whole(Args a, char **data, size_t *len) {
  v8::Isolate *iso = a.GetIsolate();
  v8::String::Utf8Value path(iso, a[0]);
  int r = ks_read_file(&E(a)->proc, *path, data, len);
  if (r < 0)
    throw_errno(iso, r, "open", *path);
  return r >= 0;
}

// readFile(path) -> Uint8Array
void ReadFile(Args a) {
  char *data = nullptr;
  size_t len = 0;
  if (!read_whole(a, &data, &len))
    return;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, len, [](void *d, size_t, void *) { free(d); }, nullptr);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(a.GetIsolate(), std::move(store));
  a.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, len));
}

// readFileUtf8(path) -> string
void ReadFileUtf8(Args a) {
  char *data = nullptr;
  size_t len = 0;
  if (!read_whole(a, &data, &len))
    return;
  v8::MaybeLocal<v8::String> s =
      v8::String::NewFromUtf8(a.GetIsolate(), data, v8::NewStringType::kNormal, (int)len);
  free(data);
  if (!s.IsEmpty())
    a.GetReturnValue().Set(s.ToLocalChecked());
}

// writeFile(path, string | ArrayBufferView, append, mode)
void WriteFile(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::String::Utf8Value path(iso, a[0]);
  int append = a[2]->BooleanValue(iso);
  unsigned mode = a[3]->Uint32Value(ctx).FromMaybe(0666);
  int r;
  if (a[1]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> v = a[1].As<v8::ArrayBufferView>();
    const char *base = static_cast<const char *>(v->Buffer()->Data());
    r = ks_write_file(&E(a)->proc, *path, base + v->ByteOffset(), v->ByteLength(), append, mode);
  } else {
    v8::String::Utf8Value s(iso, a[1]);
    r = ks_write_file(&E(a)->proc, *path, *s, (size_t)s.length(), append, mode);
  }
  if (r < 0)
    throw_errno(iso, r, "open", *path);
}

void Access(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::String::Utf8Value path(iso, a[0]);
  int mode = a[1]->Int32Value(iso->GetCurrentContext()).FromMaybe(F_OK);
  int r = ks_access(&E(a)->proc, *path, mode);
  if (r < 0)
    throw_errno(iso, r, "access", *path);
}

// statKind(path) -> 0 file, 1 directory, negative errno (no exception: the
// module loader probes many paths that do not exist).
void StatKind(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::String::Utf8Value path(iso, a[0]);
  a.GetReturnValue().Set(ks_stat_kind(&E(a)->proc, *path));
}

void Realpath(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::String::Utf8Value path(iso, a[0]);
  char out[PATH_MAX];
  int r = ks_realpath(&E(a)->proc, *path, out, sizeof(out));
  if (r < 0)
    return throw_errno(iso, r, "realpath", *path);
  a.GetReturnValue().Set(v8_str(iso, out));
}

// compileFunction(source, filename, [params]) -> Function; SyntaxErrors are
// thrown with their position so the bootstrap can print Node's arrow.
void CompileFunction(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (!a[0]->IsString() || !a[1]->IsString() || !a[2]->IsArray())
    return throw_type(iso, "compileFunction(source, filename, params)");
  v8::Local<v8::Array> names = a[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> n;
    if (!names->Get(ctx, i).ToLocal(&n) || !n->IsString())
      return throw_type(iso, "compileFunction: params must be strings");
    params.push_back(n.As<v8::String>());
  }
  v8::ScriptOrigin origin(iso, a[1]);
  v8::ScriptCompiler::Source source(a[0].As<v8::String>(), origin);
  v8::Local<v8::Function> fn;
  if (v8::ScriptCompiler::CompileFunction(ctx, &source, params.size(), params.data(), 0, nullptr)
          .ToLocal(&fn))
    a.GetReturnValue().Set(fn);
}

// runScript(source, filename) -> completion value (global scope, like -e).
void RunScript(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (!a[0]->IsString() || !a[1]->IsString())
    return throw_type(iso, "runScript(source, filename)");
  v8::ScriptOrigin origin(iso, a[1]);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (v8::Script::Compile(ctx, a[0].As<v8::String>(), &origin).ToLocal(&script) &&
      script->Run(ctx).ToLocal(&result))
    a.GetReturnValue().Set(result);
}

// errorSource(error) -> "file:line\nsource\n  ^\n" for the place the error
// was created (used for unhandled rejections, as Node does).
void ErrorSource(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Message> msg = v8::Exception::CreateMessage(iso, a[0]);
  std::string src = error_source(iso, ctx, msg);
  if (!src.empty())
    a.GetReturnValue().Set(v8_str(iso, src.c_str()));
}

// getRandomValues(arrayBufferView) fills it in place and returns it. The
// Web Crypto checks (integer types, 65536 bytes) are the bootstrap's.
void GetRandomValues(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsArrayBufferView())
    return throw_type(iso, "getRandomValues: expected an ArrayBufferView");
  v8::Local<v8::ArrayBufferView> v = a[0].As<v8::ArrayBufferView>();
  char *base = static_cast<char *>(v->Buffer()->Data());
  int r = ks_random(base + v->ByteOffset(), v->ByteLength());
  if (r < 0)
    return throw_errno(iso, r, "getrandom", nullptr);
  a.GetReturnValue().Set(a[0]);
}

// UTF-8 for Buffer: V8's own encoder and decoder, as Node uses them (lone
// surrogates and invalid sequences become U+FFFD), instead of the buffer
// package's JS loops, which build an array of numbers per byte.

// utf8Length(string) -> bytes
void Utf8Length(Args a) {
  if (!a[0]->IsString())
    return;
  a.GetReturnValue().Set(a[0].As<v8::String>()->Utf8Length(a.GetIsolate()));
}

// utf8Write(string, uint8array, offset, maxBytes) -> bytes written (whole
// characters only, as Node writes them).
void Utf8Write(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsString() || !a[1]->IsUint8Array())
    return;
  v8::Local<v8::Uint8Array> u8 = a[1].As<v8::Uint8Array>();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  size_t offset = (size_t)a[2]->IntegerValue(ctx).FromMaybe(0);
  size_t max = (size_t)a[3]->IntegerValue(ctx).FromMaybe(0);
  if (offset > u8->ByteLength())
    offset = u8->ByteLength();
  if (max > u8->ByteLength() - offset)
    max = u8->ByteLength() - offset;
  char *dst = static_cast<char *>(u8->Buffer()->Data()) + u8->ByteOffset() + offset;
  int written = a[0].As<v8::String>()->WriteUtf8(iso, dst, (int)max, nullptr,
                                                 v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  a.GetReturnValue().Set(written);
}

// utf8Slice(uint8array, start, end) -> string
void Utf8Slice(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsUint8Array())
    return;
  v8::Local<v8::Uint8Array> u8 = a[0].As<v8::Uint8Array>();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  size_t start = (size_t)a[1]->IntegerValue(ctx).FromMaybe(0);
  size_t end = (size_t)a[2]->IntegerValue(ctx).FromMaybe(0);
  if (end > u8->ByteLength())
    end = u8->ByteLength();
  if (start > end)
    start = end;
  const char *src = static_cast<const char *>(u8->Buffer()->Data()) + u8->ByteOffset() + start;
  v8::Local<v8::String> out;
  if (!v8::String::NewFromUtf8(iso, src, v8::NewStringType::kNormal, (int)(end - start)).ToLocal(&out))
    return;  // too long: V8 has thrown
  a.GetReturnValue().Set(out);
}

// transferArrayBuffer(ab) -> a new ArrayBuffer over the same memory; `ab`
// is detached (ArrayBuffer.prototype.transfer, which V8 10.2 lacks).
void TransferArrayBuffer(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsArrayBuffer())
    return throw_type(iso, "transferArrayBuffer: expected an ArrayBuffer");
  v8::Local<v8::ArrayBuffer> ab = a[0].As<v8::ArrayBuffer>();
  if (!ab->IsDetachable())
    return throw_type(iso, "Cannot transfer a non-detachable ArrayBuffer");
  std::shared_ptr<v8::BackingStore> store = ab->GetBackingStore();
  size_t len = ab->ByteLength();
  ab->Detach();
  v8::Local<v8::ArrayBuffer> moved = v8::ArrayBuffer::New(iso, store);
  (void)len;
  a.GetReturnValue().Set(moved);
}

void AvailableParallelism(Args a) {
  cpu_set_t set;
  int n = sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : 1;
  a.GetReturnValue().Set(n > 0 ? n : 1);
}

void MemoryUsage(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::HeapStatistics hs;
  iso->GetHeapStatistics(&hs);
  long rss_pages = 0;
  FILE *f = fopen("/proc/self/statm", "re");
  if (f) {
    long size;
    if (fscanf(f, "%ld %ld", &size, &rss_pages) != 2)
      rss_pages = 0;
    fclose(f);
  }
  v8::Local<v8::Float64Array> out = v8::Float64Array::New(v8::ArrayBuffer::New(iso, 5 * sizeof(double)), 0, 5);
  double vals[5] = {(double)rss_pages * (double)sysconf(_SC_PAGESIZE), (double)hs.total_heap_size(),
                    (double)hs.used_heap_size(), (double)hs.external_memory(), 0};
  memcpy(out->Buffer()->Data(), vals, sizeof(vals));
  a.GetReturnValue().Set(out);
}

}  // namespace

v8::Local<v8::Value> errno_exception(v8::Isolate *iso, int neg_errno, const char *syscall, const char *path,
                                     const char *dest) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  int e = -neg_errno;
  std::string msg = std::string(ks_errno_code(e)) + ": " + ks_errno_message(e) + ", " + syscall;
  if (path)
    msg += std::string(" '") + path + "'";
  if (path && dest)
    msg += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> err = v8::Exception::Error(v8_str(iso, msg.c_str())).As<v8::Object>();
  (void)err->Set(ctx, v8_str(iso, "errno"), v8::Integer::New(iso, neg_errno));
  (void)err->Set(ctx, v8_str(iso, "code"), v8_str(iso, ks_errno_code(e)));
  (void)err->Set(ctx, v8_str(iso, "syscall"), v8_str(iso, syscall));
  if (path)
    (void)err->Set(ctx, v8_str(iso, "path"), v8_str(iso, path));
  if (path && dest)
    (void)err->Set(ctx, v8_str(iso, "dest"), v8_str(iso, dest));
  return err;
}

void throw_errno(v8::Isolate *iso, int neg_errno, const char *syscall, const char *path, const char *dest) {
  iso->ThrowException(errno_exception(iso, neg_errno, syscall, path, dest));
}

v8::Local<v8::Object> binding_create(engine *e, v8::Local<v8::Context> ctx) {
  v8::Isolate *iso = e->isolate;
  v8::Local<v8::Object> b = v8::Object::New(iso);
  struct {
    const char *name;
    v8::FunctionCallback cb;
  } fns[] = {
      {"write", Write},
      {"hrtime", Hrtime},
      {"processStartNs", ProcessStartNs},
      {"loopNow", LoopNow},
      {"reallyExit", ReallyExit},
      {"scheduleTimer", ScheduleTimer},
      {"toggleTimerRef", ToggleTimerRef},
      {"toggleImmediates", ToggleImmediates},
      {"runMicrotasks", RunMicrotasks},
      {"cwd", Cwd},
      {"chdir", Chdir},
      {"readFile", ReadFile},
      {"readFileUtf8", ReadFileUtf8},
      {"writeFile", WriteFile},
      {"access", Access},
      {"statKind", StatKind},
      {"realpath", Realpath},
      {"compileFunction", CompileFunction},
      {"runScript", RunScript},
      {"errorSource", ErrorSource},
      {"memoryUsage", MemoryUsage},
      {"getRandomValues", GetRandomValues},
      {"transferArrayBuffer", TransferArrayBuffer},
      {"utf8Length", Utf8Length},
      {"utf8Write", Utf8Write},
      {"utf8Slice", Utf8Slice},
      {"availableParallelism", AvailableParallelism},
  };
  for (auto &f : fns)
    set_fn(iso, ctx, b, f.name, f.cb);
  binding_add_inspect(iso, ctx, b);
  binding_add_modules(iso, ctx, b);
  v8::Local<v8::Object> fs = v8::Object::New(iso);
  binding_add_fs(iso, ctx, fs);
  (void)b->Set(ctx, v8_str(iso, "fs"), fs);
  v8::Local<v8::Object> crypto = v8::Object::New(iso);
  binding_add_crypto(iso, ctx, crypto);
  binding_add_cipher(iso, ctx, crypto);
  binding_add_pkey(iso, ctx, crypto);
  binding_add_dh(iso, ctx, crypto);
  binding_add_x509(iso, ctx, crypto);
  (void)b->Set(ctx, v8_str(iso, "crypto"), crypto);
  struct {
    const char *name;
    void (*add)(v8::Isolate *, v8::Local<v8::Context>, v8::Local<v8::Object>);
  } groups[] = {
      {"zlib", binding_add_zlib}, {"vm", binding_add_vm},         {"v8", binding_add_v8},
      {"async", binding_add_async}, {"sqlite", binding_add_sqlite}, {"tty", binding_add_tty},
      {"os", binding_add_os},
  };
  for (auto &g : groups) {
    v8::Local<v8::Object> o = v8::Object::New(iso);
    g.add(iso, ctx, o);
    (void)b->Set(ctx, v8_str(iso, g.name), o);
  }
  return b;
}
