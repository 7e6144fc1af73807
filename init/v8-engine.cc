// Isolate and context lifecycle of one guest process, the calls from the
// event loop into the bootstrap's hooks, and uncaught-error reporting.
// Errors from JS are reported by the bootstrap (hooks.fatal); this file only
// carries them there.
#include <libplatform/libplatform.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <memory>
#include <string>

#include "v8-internal.hh"

namespace {

std::unique_ptr<v8::Platform> g_platform;  // set once, before any thread exists

v8::Local<v8::Function> hook(engine *e, const char *name) {
  v8::Isolate *iso = e->isolate;
  v8::Local<v8::Value> fn =
      e->hooks.Get(iso)->Get(iso->GetCurrentContext(), v8_str(iso, name)).ToLocalChecked();
  return fn.As<v8::Function>();
}

[[noreturn]] void die_in_handler(v8::Isolate *iso, v8::TryCatch &tc) {
  v8::String::Utf8Value s(iso, tc.Exception());
  std::string text = std::string("secexec: error while reporting an uncaught exception: ") + (*s ? *s : "?") + "\n";
  ks_write_stdio(2, text.data(), text.size());
  _exit(7);
}

void report_uncaught(engine *e, v8::TryCatch &caught) {
  v8::Isolate *iso = e->isolate;
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (caught.HasTerminated())
    return;
  std::string src = error_source(iso, ctx, caught.Message());
  v8::Local<v8::Value> args[] = {caught.Exception(), v8_str(iso, src.c_str())};
  v8::TryCatch tc(iso);
  if (hook(e, "fatal")->Call(ctx, v8::Undefined(iso), 2, args).IsEmpty())
    die_in_handler(iso, tc);
}

// Calls a hook; an exception it throws is an uncaught guest exception. When
// an 'uncaughtException' listener handles it, the interrupted work goes on,
// starting with what is left of the nextTick/microtask queues (each failing
// tick was already dequeued, so this ends).
v8::Local<v8::Value> call_hook(engine *e, const char *name, int argc, v8::Local<v8::Value> *argv) {
  v8::Isolate *iso = e->isolate;
  v8::EscapableHandleScope scope(iso);
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  for (;;) {
    v8::TryCatch tc(iso);
    v8::Local<v8::Value> result;
    if (hook(e, name)->Call(ctx, v8::Undefined(iso), argc, argv).ToLocal(&result))
      return scope.Escape(result);
    if (tc.HasTerminated())
      return scope.Escape(v8::Local<v8::Value>(v8::Undefined(iso)));
    report_uncaught(e, tc);
    name = "runTicks";
    argc = 0;
    argv = nullptr;
  }
}

}  // namespace

// "file:line\nsource line\n   ^^^\n", as Node prints above an uncaught error.
std::string error_source(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Message> msg) {
  if (msg.IsEmpty())
    return "";
  v8::String::Utf8Value file(iso, msg->GetScriptResourceName());
  v8::Local<v8::String> line_str;
  if (!msg->GetSourceLine(ctx).ToLocal(&line_str))
    return "";
  v8::String::Utf8Value line(iso, line_str);
  int linenum = msg->GetLineNumber(ctx).FromMaybe(0);
  int start = msg->GetStartColumn(ctx).FromMaybe(0);
  int end = msg->GetEndColumn(ctx).FromMaybe(0);
  std::string src = *line ? *line : "";
  std::string out = std::string(*file ? *file : "<anonymous>") + ":" + std::to_string(linenum) + "\n" + src + "\n";
  for (int i = 0; i < start && i < (int)src.size(); i++)
    out += src[i] == '\t' ? '\t' : ' ';
  for (int i = start; i < end && i < (int)src.size(); i++)
    out += '^';
  return out + "\n";
}

void invoke_callback(engine *e, v8::Local<v8::Function> fn, int argc, v8::Local<v8::Value> *argv) {
  v8::Isolate *iso = e->isolate;
  v8::HandleScope scope(iso);
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  {
    v8::TryCatch tc(iso);
    if (fn->Call(ctx, v8::Undefined(iso), argc, argv).IsEmpty()) {
      if (tc.HasTerminated())
        return;
      report_uncaught(e, tc);
    }
  }
  call_hook(e, "runTicks", 0, nullptr);
}

namespace {

void on_promise_reject(v8::PromiseRejectMessage msg) {
  v8::Local<v8::Promise> promise = msg.GetPromise();
  v8::Isolate *iso = promise->GetIsolate();
  engine *e = engine_of(iso);
  v8::Local<v8::Value> value = msg.GetValue();
  if (value.IsEmpty())
    value = v8::Undefined(iso);
  v8::Local<v8::Value> args[] = {v8::Integer::New(iso, msg.GetEvent()), promise, value};
  v8::TryCatch tc(iso);
  (void)hook(e, "promiseReject")->Call(iso->GetCurrentContext(), v8::Undefined(iso), 3, args);
}

void on_timers(void *opaque) {
  engine *e = static_cast<engine *>(opaque);
  v8::HandleScope scope(e->isolate);
  v8::Local<v8::Value> arg = v8::Number::New(e->isolate, guest_loop_now(e->loop));
  call_hook(e, "processTimers", 1, &arg);
}

void on_immediates(void *opaque) {
  engine *e = static_cast<engine *>(opaque);
  v8::HandleScope scope(e->isolate);
  call_hook(e, "processImmediate", 0, nullptr);
}

v8::Local<v8::Array> str_array(v8::Isolate *iso, v8::Local<v8::Context> ctx, const char *first,
                               const char *second, const char *const *rest) {
  v8::Local<v8::Array> a = v8::Array::New(iso);
  uint32_t n = 0;
  if (first)
    (void)a->Set(ctx, n++, v8_str(iso, first));
  if (second)
    (void)a->Set(ctx, n++, v8_str(iso, second));
  for (size_t i = 0; rest && rest[i]; i++)
    (void)a->Set(ctx, n++, v8_str(iso, rest[i]));
  return a;
}

v8::Local<v8::Object> start_info(engine *e, v8::Local<v8::Context> ctx, const engine_start_t *s) {
  v8::Isolate *iso = e->isolate;
  v8::Local<v8::Object> info = v8::Object::New(iso);
  auto put = [&](const char *k, v8::Local<v8::Value> v) { (void)info->Set(ctx, v8_str(iso, k), v); };
  put("execPath", v8_str(iso, s->exec_path));
  put("argv", str_array(iso, ctx, s->exec_path, s->script, s->args));
  put("env", str_array(iso, ctx, nullptr, nullptr, s->env));
  put("script", s->script ? v8::Local<v8::Value>(v8_str(iso, s->script)) : v8::Local<v8::Value>(v8::Null(iso)));
  put("eval", s->eval ? v8::Local<v8::Value>(v8_str(iso, s->eval)) : v8::Local<v8::Value>(v8::Null(iso)));
  put("pid", v8::Integer::New(iso, s->pid));
  put("ppid", v8::Integer::New(iso, s->ppid));
  put("hostname", v8_str(iso, s->hostname ? s->hostname : "secexec"));
  put("memoryLimit", v8::Number::New(iso, (double)s->memory_limit));
  put("allowBuiltins", s->allow_builtins ? v8::Local<v8::Value>(str_array(iso, ctx, nullptr, nullptr, s->allow_builtins))
                                         : v8::Local<v8::Value>(v8::Null(iso)));
  return info;
}

// V8 gives up at its heap limit: end the runtime as Node does, with its
// message and exit status (Node aborts; 134 is 128 + SIGABRT).
[[noreturn]] void on_oom(const char *location, bool is_heap_oom) {
  char text[512];
  int n = snprintf(text, sizeof(text), "FATAL ERROR: %s %s\n", location ? location : "",
                   is_heap_oom ? "Allocation failed - JavaScript heap out of memory"
                               : "Allocation failed - process out of memory");
  ks_write_stdio(2, text, n > 0 && (size_t)n < sizeof(text) ? (size_t)n : sizeof(text) - 1);
  _exit(134);
}

}  // namespace

engine *engine_of(v8::Isolate *isolate) {
  return static_cast<engine *>(isolate->GetData(0));
}

v8::Local<v8::String> v8_str(v8::Isolate *iso, const char *s) {
  return v8::String::NewFromUtf8(iso, s ? s : "").ToLocalChecked();
}

bool view_bytes(v8::Local<v8::Value> v, const unsigned char **data, size_t *len) {
  if (!v->IsArrayBufferView())
    return false;
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  *data = static_cast<const unsigned char *>(view->Buffer()->Data()) + view->ByteOffset();
  *len = view->ByteLength();
  return true;
}

bool bytes_in(v8::Local<v8::Value> v, const unsigned char **data, size_t *len) {
  if (!v->IsArrayBuffer())
    return view_bytes(v, data, len);
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  *data = static_cast<const unsigned char *>(ab->Data());
  *len = ab->ByteLength();
  return true;
}

void set_fn(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> obj, const char *name,
            v8::FunctionCallback cb) {
  v8::Local<v8::Function> fn = v8::Function::New(ctx, cb, v8::Local<v8::Value>(), 0,
                                                 v8::ConstructorBehavior::kThrow)
                                   .ToLocalChecked();
  fn->SetName(v8_str(iso, name));
  (void)obj->Set(ctx, v8_str(iso, name), fn);
}

extern "C" int engine_platform_init(void) {
  g_platform = v8::platform::NewDefaultPlatform(1);
  // Node 22 parses import attributes (`with { type: 'json' }`); V8 10.2
  // knows their earlier form, import assertions, behind this flag.
  static const char flags[] = "--harmony-import-assertions";
  v8::V8::SetFlagsFromString(flags, sizeof(flags) - 1);
  v8::V8::InitializePlatform(g_platform.get());
  v8::V8::Initialize();
  return 0;
}

extern "C" int engine_run(const void *snapshot, size_t snapshot_len, const engine_start_t *start) {
  v8::StartupData blob{static_cast<const char *>(snapshot), static_cast<int>(snapshot_len)};
  v8::Isolate::CreateParams params;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  params.array_buffer_allocator = allocator.get();
  params.snapshot_blob = &blob;
  if (start->heap_limit)
    params.constraints.ConfigureDefaultsFromHeapSize(0, start->heap_limit);

  engine e;
  e.start_ns = ks_hrtime();
  int r = ks_proc_init(&e.proc, start->cwd, start->pid, start->ppid);
  if (r < 0)
    return 125;
  if (start->fd_limit)
    e.proc.fds.limit = start->fd_limit;
  guest_loop_callbacks_t cb = {on_timers, on_immediates};
  if (guest_loop_new(&cb, &e, &e.loop) < 0)
    return 125;

  e.isolate = v8::Isolate::New(params);
  v8::Isolate *iso = e.isolate;
  iso->SetData(0, &e);
  iso->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  iso->SetPromiseRejectCallback(on_promise_reject);
  iso->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  iso->SetOOMErrorHandler(on_oom);
  modules_install(iso);
  int exit_code;
  {
    v8::Isolate::Scope iso_scope(iso);
    v8::HandleScope scope(iso);
    // The bootstrap's context is the snapshot's first added one; the
    // default context stays pristine for node:vm's new contexts.
    v8::Local<v8::Context> ctx = v8::Context::FromSnapshot(iso, 0).ToLocalChecked();
    v8::Context::Scope ctx_scope(ctx);
    e.context.Reset(iso, ctx);

    v8::Local<v8::Function> boot = ctx->GetDataFromSnapshotOnce<v8::Function>(0).ToLocalChecked();
    v8::Local<v8::Value> args[] = {binding_create(&e, ctx), start_info(&e, ctx, start)};
    v8::TryCatch tc(iso);
    v8::Local<v8::Value> hooks;
    if (!boot->Call(ctx, v8::Undefined(iso), 2, args).ToLocal(&hooks) || !hooks->IsObject()) {
      v8::String::Utf8Value s(iso, tc.Exception());
      std::string text = std::string("secexec: bootstrap failed: ") + (*s ? *s : "?") + "\n";
      ks_write_stdio(2, text.data(), text.size());
      return 125;
    }
    e.hooks.Reset(iso, hooks.As<v8::Object>());

    call_hook(&e, "runMain", 0, nullptr);
    for (;;) {
      guest_loop_run(e.loop);
      call_hook(&e, "beforeExit", 0, nullptr);
      if (!guest_loop_alive(e.loop))
        break;
    }
    v8::Local<v8::Value> code = call_hook(&e, "exit", 0, nullptr);
    exit_code = code->IsInt32() ? code.As<v8::Int32>()->Value() : 1;
  }
  // The process ends right after this: tearing the heap down is wasted time.
  return exit_code & 0xff;
}

extern "C" int engine_make_snapshot(const char *bootstrap, size_t len, const char *out_path) {
  int ok = -1;
  {
    v8::SnapshotCreator creator;
    v8::Isolate *iso = creator.GetIsolate();
    {
      v8::HandleScope scope(iso);
      v8::Local<v8::Context> ctx = v8::Context::New(iso);
      v8::Context::Scope ctx_scope(ctx);
      v8::TryCatch tc(iso);
      v8::ScriptOrigin origin(iso, v8_str(iso, "node:internal/bootstrap"));
      v8::Local<v8::String> src =
          v8::String::NewFromUtf8(iso, bootstrap, v8::NewStringType::kNormal, (int)len).ToLocalChecked();
      v8::Local<v8::Script> script;
      v8::Local<v8::Value> boot;
      if (v8::Script::Compile(ctx, src, &origin).ToLocal(&script) && !script->Run(ctx).IsEmpty() &&
          ctx->Global()->Get(ctx, v8_str(iso, "__secexecBoot")).ToLocal(&boot) && boot->IsFunction()) {
        (void)ctx->Global()->Delete(ctx, v8_str(iso, "__secexecBoot"));
        creator.AddData(ctx, boot.As<v8::Function>());
        creator.SetDefaultContext(v8::Context::New(iso));
        creator.AddContext(ctx);
        ok = 0;
      } else {
        v8::Local<v8::Value> why = tc.HasCaught() ? tc.Exception() : v8_str(iso, "no __secexecBoot function").As<v8::Value>();
        v8::String::Utf8Value s(iso, why);
        v8::Local<v8::Message> m = tc.Message();
        int line = m.IsEmpty() ? 0 : m->GetLineNumber(ctx).FromMaybe(0);
        fprintf(stderr, "mksnapshot: bootstrap failed at line %d: %s\n", line, *s ? *s : "?");
      }
    }
    if (ok < 0)
      return -1;
    // Compiled code is dropped: a smaller snapshot deserialises faster than
    // the few functions a short guest needs take to compile again.
    v8::StartupData data = creator.CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kClear);
    FILE *f = fopen(out_path, "wb");
    if (!f || fwrite(data.data, 1, (size_t)data.raw_size, f) != (size_t)data.raw_size || fclose(f) != 0) {
      fprintf(stderr, "mksnapshot: cannot write %s\n", out_path);
      ok = -1;
    }
    delete[] data.data;
  }
  return ok;
}
