// node:vm's separate contexts: new V8 contexts whose global object reflects
// a "contextified" sandbox object, compiled scripts that can run in any of
// them, and the watchdog behind the `timeout` option.
//
// A contextified sandbox carries a private key holding the new context's
// global proxy; the context's global template carries, as interceptor data,
// a small state array [sandbox, global proxy, microtask queue handle]. Both
// links stay inside V8's heap, so an unreachable sandbox and its context die
// together in one collection; nothing here keeps a Global to a context.
//
// Must never: give a new context anything but V8's builtins and what the
// sandbox carries (no binding, no bootstrap object), or leave a termination
// requested by its own watchdog pending once the run is over.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

enum { kStateSandbox, kStateGlobal, kStateQueue, kStateLength };

v8::Local<v8::Private> context_key(v8::Isolate *iso) {
  return v8::Private::ForApi(iso, v8_str(iso, "secexec:vm.context"));
}

v8::Local<v8::Private> decorated_key(v8::Isolate *iso) {
  return v8::Private::ForApi(iso, v8_str(iso, "secexec:vm.decorated"));
}

void throw_type(v8::Isolate *iso, const char *msg) {
  iso->ThrowException(v8::Exception::TypeError(v8_str(iso, msg)));
}

// Throws `new Base(message)` with a Node `code`, created in the caller's
// (the main) context.
void throw_node_error(v8::Isolate *iso, bool type_error, const char *code, const std::string &message) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::String> msg = v8_str(iso, message.c_str());
  v8::Local<v8::Object> err =
      (type_error ? v8::Exception::TypeError(msg) : v8::Exception::Error(msg)).As<v8::Object>();
  (void)err->Set(ctx, v8_str(iso, "code"), v8_str(iso, code));
  iso->ThrowException(err);
}

// The embedder data slot marking a context made with codeGeneration.wasm
// false (above the few V8 itself uses).
constexpr int kWasmSlot = 34;

bool allow_wasm(v8::Local<v8::Context> ctx, v8::Local<v8::String>) {
  return !((int)ctx->GetNumberOfEmbedderDataFields() > kWasmSlot && ctx->GetEmbedderData(kWasmSlot)->IsFalse());
}

/* ---- microtask queues owned by contexts (microtaskMode: 'afterEvaluate') ---- */

const native_type queue_type = {
    "vm.MicrotaskQueue", [](void *p) { delete static_cast<v8::MicrotaskQueue *>(p); }};

/* ---- the contextified global: interceptors forwarding to the sandbox ---- */

// The state array of the context an interceptor runs for, or false while
// the context is still being created (its builtins are installed before
// the sandbox is linked).
template <typename T>
bool state_of(const v8::PropertyCallbackInfo<T> &info, v8::Local<v8::Context> *ctx, v8::Local<v8::Object> *sandbox,
              v8::Local<v8::Object> *global) {
  v8::Isolate *iso = info.GetIsolate();
  v8::Local<v8::Array> state = info.Data().template As<v8::Array>();
  v8::Local<v8::Context> cur = iso->GetCurrentContext();
  v8::Local<v8::Value> s, g;
  if (!state->Get(cur, kStateSandbox).ToLocal(&s) || !s->IsObject() ||
      !state->Get(cur, kStateGlobal).ToLocal(&g) || !g->IsObject())
    return false;
  *global = g.As<v8::Object>();
  if (!(*global)->GetCreationContext().ToLocal(ctx))
    return false;
  *sandbox = s.As<v8::Object>();
  return true;
}

bool has_attr(v8::PropertyAttribute attrs, v8::PropertyAttribute bit) {
  return (static_cast<int>(attrs) & static_cast<int>(bit)) != 0;
}

// Reads look in the sandbox (and its prototype chain) first, then in the
// context's own global (its builtins). The sandbox itself reads as the
// global proxy, so `globalThis` stays inside.
void NamedGetter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  v8::Local<v8::Value> v;
  v8::MaybeLocal<v8::Value> found;
  {
    // As in Node, a throwing getter on the sandbox reads as "not there".
    v8::TryCatch swallow(info.GetIsolate());
    found = sandbox->GetRealNamedProperty(ctx, name);
    if (swallow.HasTerminated()) {
      swallow.ReThrow();
      return;
    }
  }
  if (found.IsEmpty())
    found = global->GetRealNamedProperty(ctx, name);
  if (found.ToLocal(&v)) {
    if (v == sandbox)
      v = global;
    info.GetReturnValue().Set(v);
  }
}

// Writes land on the sandbox (and, not intercepted, on the global too, so
// the context's own view stays consistent), except read-only properties and
// strict-mode stores to undeclared names (which must throw a ReferenceError).
void NamedSetter(v8::Local<v8::Name> name, v8::Local<v8::Value> value,
                 const v8::PropertyCallbackInfo<v8::Value> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  v8::PropertyAttribute attrs = v8::None;
  bool on_global = global->GetRealNamedPropertyAttributes(ctx, name).To(&attrs);
  bool read_only = has_attr(attrs, v8::ReadOnly);
  attrs = v8::None;
  bool on_sandbox = sandbox->GetRealNamedPropertyAttributes(ctx, name).To(&attrs);
  read_only = read_only || has_attr(attrs, v8::ReadOnly);
  if (read_only)
    return;
  // `x = 1` reaches us with the global object as receiver; `this.x = 1`
  // and stores from outside through the global proxy.
  bool contextual = global != info.This();
  bool declared = on_global || on_sandbox;
  if (!declared && info.ShouldThrowOnError() && contextual && !value->IsFunction())
    return;
  if (!declared && name->IsSymbol())
    return;
  if (sandbox->Set(ctx, name, value).IsNothing())
    return;
  v8::Local<v8::Value> desc;
  if (on_sandbox && sandbox->GetOwnPropertyDescriptor(ctx, name).ToLocal(&desc) && desc->IsObject()) {
    v8::Local<v8::Object> d = desc.As<v8::Object>();
    v8::Isolate *iso = info.GetIsolate();
    // An accessor on the sandbox has run: the global must not store too.
    if (d->HasOwnProperty(ctx, v8_str(iso, "get")).FromMaybe(false) ||
        d->HasOwnProperty(ctx, v8_str(iso, "set")).FromMaybe(false))
      info.GetReturnValue().Set(value);
  }
}

void NamedDescriptor(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Value> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  v8::Local<v8::Value> desc;
  if (sandbox->HasOwnProperty(ctx, name).FromMaybe(false) &&
      sandbox->GetOwnPropertyDescriptor(ctx, name).ToLocal(&desc))
    info.GetReturnValue().Set(desc);
}

// Definitions (function and var declarations among them) are copied onto
// the sandbox, then proceed on the global as well.
void NamedDefiner(v8::Local<v8::Name> name, const v8::PropertyDescriptor &desc,
                  const v8::PropertyCallbackInfo<v8::Value> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  v8::Isolate *iso = info.GetIsolate();
  v8::PropertyAttribute attrs = v8::None;
  bool declared = global->GetRealNamedPropertyAttributes(ctx, name).To(&attrs);
  if (declared && has_attr(attrs, v8::ReadOnly) && has_attr(attrs, v8::DontDelete))
    return;
  auto define = [&](v8::PropertyDescriptor *copy) {
    if (desc.has_enumerable())
      copy->set_enumerable(desc.enumerable());
    if (desc.has_configurable())
      copy->set_configurable(desc.configurable());
    (void)sandbox->DefineProperty(ctx, name, *copy);
  };
  v8::Local<v8::Value> undef = v8::Undefined(iso);
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor copy(desc.has_get() ? desc.get() : undef, desc.has_set() ? desc.set() : undef);
    define(&copy);
    return;
  }
  v8::Local<v8::Value> value = desc.has_value() ? desc.value() : undef;
  if (desc.has_writable()) {
    v8::PropertyDescriptor copy(value, desc.writable());
    define(&copy);
  } else {
    v8::PropertyDescriptor copy(value);
    define(&copy);
  }
}

// A delete the sandbox refuses is refused on the global too.
void NamedDeleter(v8::Local<v8::Name> name, const v8::PropertyCallbackInfo<v8::Boolean> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  if (sandbox->Delete(ctx, name).FromMaybe(false))
    return;
  info.GetReturnValue().Set(false);
}

void NamedEnumerator(const v8::PropertyCallbackInfo<v8::Array> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  v8::Local<v8::Array> names;
  if (sandbox
          ->GetPropertyNames(ctx, v8::KeyCollectionMode::kOwnOnly, v8::ALL_PROPERTIES,
                             v8::IndexFilter::kSkipIndices)
          .ToLocal(&names))
    info.GetReturnValue().Set(names);
}

void IndexedEnumerator(const v8::PropertyCallbackInfo<v8::Array> &info) {
  v8::Local<v8::Context> ctx;
  v8::Local<v8::Object> sandbox, global;
  if (!state_of(info, &ctx, &sandbox, &global))
    return;
  v8::Local<v8::Array> all, indices = v8::Array::New(info.GetIsolate());
  if (!sandbox
           ->GetPropertyNames(ctx, v8::KeyCollectionMode::kOwnOnly, v8::ALL_PROPERTIES,
                              v8::IndexFilter::kIncludeIndices)
           .ToLocal(&all))
    return;
  uint32_t n = 0;
  for (uint32_t i = 0; i < all->Length(); i++) {
    v8::Local<v8::Value> k;
    if (all->Get(ctx, i).ToLocal(&k) && k->IsUint32())
      (void)indices->Set(ctx, n++, k);
  }
  info.GetReturnValue().Set(indices);
}

v8::Local<v8::Name> index_name(v8::Isolate *iso, uint32_t index) {
  return v8::Integer::NewFromUnsigned(iso, index)->ToString(iso->GetCurrentContext()).ToLocalChecked();
}

void IndexedGetter(uint32_t i, const v8::PropertyCallbackInfo<v8::Value> &info) {
  NamedGetter(index_name(info.GetIsolate(), i), info);
}
void IndexedSetter(uint32_t i, v8::Local<v8::Value> v, const v8::PropertyCallbackInfo<v8::Value> &info) {
  NamedSetter(index_name(info.GetIsolate(), i), v, info);
}
void IndexedDescriptor(uint32_t i, const v8::PropertyCallbackInfo<v8::Value> &info) {
  NamedDescriptor(index_name(info.GetIsolate(), i), info);
}
void IndexedDefiner(uint32_t i, const v8::PropertyDescriptor &d, const v8::PropertyCallbackInfo<v8::Value> &info) {
  NamedDefiner(index_name(info.GetIsolate(), i), d, info);
}
void IndexedDeleter(uint32_t i, const v8::PropertyCallbackInfo<v8::Boolean> &info) {
  NamedDeleter(index_name(info.GetIsolate(), i), info);
}

// The context a contextified object (a sandbox, or the global proxy of a
// context made without one) stands for; false with nothing thrown if it is
// none.
bool context_of(v8::Isolate *iso, v8::Local<v8::Value> obj, v8::Local<v8::Context> *out) {
  if (!obj->IsObject())
    return false;
  v8::Local<v8::Value> global;
  if (!obj.As<v8::Object>()->GetPrivate(iso->GetCurrentContext(), context_key(iso)).ToLocal(&global) ||
      !global->IsObject())
    return false;
  return global.As<v8::Object>()->GetCreationContext().ToLocal(out);
}

// makeContext(sandbox | undefined, allowStrings, allowWasm, ownMicrotasks)
// -> the contextified object: the sandbox, or without one the new global.
void MakeContext(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> cur = iso->GetCurrentContext();
  bool contextify = a[0]->IsObject();
  v8::Local<v8::Array> state = v8::Array::New(iso, kStateLength);
  v8::Local<v8::ObjectTemplate> global_tmpl;
  if (contextify) {
    global_tmpl = v8::ObjectTemplate::New(iso);
    global_tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
        NamedGetter, NamedSetter, nullptr, NamedDeleter, NamedEnumerator, NamedDefiner, NamedDescriptor, state,
        v8::PropertyHandlerFlags::kHasNoSideEffect));
    global_tmpl->SetHandler(v8::IndexedPropertyHandlerConfiguration(
        IndexedGetter, IndexedSetter, nullptr, IndexedDeleter, IndexedEnumerator, IndexedDefiner,
        IndexedDescriptor, state, v8::PropertyHandlerFlags::kHasNoSideEffect));
  }
  v8::MicrotaskQueue *queue = nullptr;
  v8::Local<v8::Object> queue_handle;
  if (a[3]->BooleanValue(iso)) {
    queue = v8::MicrotaskQueue::New(iso, v8::MicrotasksPolicy::kExplicit).release();
    queue_handle = handle_wrap(iso, &queue_type, queue);
    (void)state->Set(cur, kStateQueue, queue_handle);
  }
  v8::Local<v8::Context> ctx = v8::Context::New(iso, nullptr, global_tmpl, v8::MaybeLocal<v8::Value>(),
                                                v8::DeserializeInternalFieldsCallback(), queue);
  if (ctx.IsEmpty())
    return throw_node_error(iso, false, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to create a new context");
  // The same token as the main context: the guest may reach into the new
  // global (`runInContext('this')`) without access-check failures.
  ctx->SetSecurityToken(engine_of(iso)->context.Get(iso)->GetSecurityToken());
  ctx->AllowCodeGenerationFromStrings(a[1]->BooleanValue(iso));
  if (!a[2]->BooleanValue(iso)) {
    ctx->SetEmbedderData(kWasmSlot, v8::False(iso));
    iso->SetAllowWasmCodeGenerationCallback(allow_wasm);
  }
  v8::Local<v8::Object> global = ctx->Global();
  v8::Local<v8::Object> contextified = contextify ? a[0].As<v8::Object>() : global;
  (void)state->Set(cur, kStateGlobal, global);
  if (contextify)
    (void)state->Set(cur, kStateSandbox, contextified);
  else if (!queue_handle.IsEmpty())
    (void)global->SetPrivate(cur, v8::Private::ForApi(iso, v8_str(iso, "secexec:vm.queue")), queue_handle);
  if (contextified->SetPrivate(cur, context_key(iso), global).IsNothing())
    return;
  a.GetReturnValue().Set(contextified);
}

void IsContext(Args a) {
  v8::Local<v8::Context> ctx;
  a.GetReturnValue().Set(context_of(a.GetIsolate(), a[0], &ctx));
}

/* ---- compiled scripts ---- */

// What a dynamic import() in a vm script does (importModuleDynamically).
enum { kImportMissing, kImportMainLoader, kImportCallback };
enum { kOptionsTag, kOptionsMode, kOptionsLength };
const char kImportTag[] = "secexec:vm.script";

struct vm_script {
  v8::Global<v8::UnboundScript> script;
};

const native_type script_type = {"vm.Script", [](void *p) { delete static_cast<vm_script *>(p); }};

v8::Local<v8::ArrayBuffer> cached_data_buffer(v8::Isolate *iso, v8::ScriptCompiler::CachedData *data) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, data ? (size_t)data->length : 0);
  if (data && data->length)
    memcpy(ab->Data(), data->data, (size_t)data->length);
  delete data;
  return ab;
}

// Cached data from an ArrayBufferView argument (borrowed: the Source
// copies nothing, so the view must outlive the compile call).
v8::ScriptCompiler::CachedData *cached_data_arg(v8::Local<v8::Value> v) {
  if (!v->IsArrayBufferView())
    return nullptr;
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  const uint8_t *base = static_cast<const uint8_t *>(view->Buffer()->Data()) + view->ByteOffset();
  return new v8::ScriptCompiler::CachedData(base, (int)view->ByteLength(),
                                            v8::ScriptCompiler::CachedData::BufferNotOwned);
}

// "file:line\nsource\n  ^^^\n" + stack, once per error, as Node decorates
// errors from vm code (displayErrors).
void decorate(v8::Isolate *iso, v8::TryCatch &tc) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Value> ex = tc.Exception();
  if (ex.IsEmpty() || !ex->IsObject())
    return;
  v8::Local<v8::Object> err = ex.As<v8::Object>();
  if (err->HasPrivate(ctx, decorated_key(iso)).FromMaybe(true))
    return;
  std::string arrow = error_source(iso, ctx, tc.Message());
  v8::TryCatch inner(iso);
  v8::Local<v8::Value> stack;
  if (arrow.empty() || !err->Get(ctx, v8_str(iso, "stack")).ToLocal(&stack) || !stack->IsString())
    return;
  v8::Local<v8::String> decorated = v8::String::Concat(iso, v8_str(iso, (arrow + "\n").c_str()), stack.As<v8::String>());
  (void)err->Set(ctx, v8_str(iso, "stack"), decorated);
  (void)err->SetPrivate(ctx, decorated_key(iso), v8::True(iso));
}

// a[first..first+3]: filename, lineOffset, columnOffset, import mode
// (kImport*), the last kept in the host-defined options for
// vm_import_dynamic.
v8::ScriptOrigin origin_of(v8::Isolate *iso, Args a, int first) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  int line = a[first + 1]->Int32Value(ctx).FromMaybe(0);
  int column = a[first + 2]->Int32Value(ctx).FromMaybe(0);
  int mode = a[first + 3]->Int32Value(ctx).FromMaybe(kImportMissing);
  v8::Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(iso, kOptionsLength);
  options->Set(iso, kOptionsTag, v8_str(iso, kImportTag));
  options->Set(iso, kOptionsMode, v8::Integer::New(iso, mode));
  return v8::ScriptOrigin(iso, a[first], line, column, false, -1, v8::Local<v8::Value>(), false, false, false,
                          options);
}

// compileScript(code, filename, lineOffset, columnOffset, importMode,
// cachedData, produceCachedData) -> [handle, cachedDataRejected, producedData,
// sourceMapURL, sourceURL]; a SyntaxError is thrown decorated.
void CompileScript(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsString() || !a[1]->IsString())
    return throw_type(iso, "compileScript(code, filename, ...)");
  v8::ScriptOrigin origin = origin_of(iso, a, 1);
  v8::ScriptCompiler::CachedData *cached = cached_data_arg(a[5]);
  v8::ScriptCompiler::Source source(a[0].As<v8::String>(), origin, cached);
  v8::ScriptCompiler::CompileOptions opts =
      cached ? v8::ScriptCompiler::kConsumeCodeCache : v8::ScriptCompiler::kNoCompileOptions;
  v8::TryCatch tc(iso);
  v8::Local<v8::UnboundScript> script;
  if (!v8::ScriptCompiler::CompileUnboundScript(iso, &source, opts).ToLocal(&script)) {
    if (tc.HasCaught() && !tc.HasTerminated()) {
      decorate(iso, tc);
      tc.ReThrow();
    }
    return;
  }
  v8::Local<v8::Value> out[5] = {handle_wrap(iso, &script_type, new vm_script{{iso, script}}), v8::Undefined(iso),
                                 v8::Undefined(iso), script->GetSourceMappingURL(), script->GetSourceURL()};
  if (cached)
    out[1] = v8::Boolean::New(iso, source.GetCachedData()->rejected);
  if (a[6]->BooleanValue(iso))
    out[2] = cached_data_buffer(iso, v8::ScriptCompiler::CreateCodeCache(script));
  a.GetReturnValue().Set(v8::Array::New(iso, out, 5));
}

void CreateCachedData(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  auto *s = static_cast<vm_script *>(handle_unwrap(iso, a[0], &script_type));
  if (!s)
    return;
  a.GetReturnValue().Set(cached_data_buffer(iso, v8::ScriptCompiler::CreateCodeCache(s->script.Get(iso))));
}

// Requests TerminateExecution after `ms` unless stopped first. stop() joins
// the thread, so after it no termination can arrive from this watchdog.
class Watchdog {
 public:
  Watchdog(v8::Isolate *iso, int64_t ms) : iso_(iso) {
    if (ms > 0)
      thread_ = std::thread([this, ms] { wait(ms); });
  }
  ~Watchdog() { stop(); }
  bool stop() {
    if (thread_.joinable()) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        done_ = true;
      }
      cv_.notify_one();
      thread_.join();
    }
    return fired_;
  }

 private:
  void wait(int64_t ms) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return done_; })) {
      fired_ = true;
      iso_->TerminateExecution();
    }
  }
  v8::Isolate *iso_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool done_ = false;
  bool fired_ = false;
  std::thread thread_;
};

// Runs `run` in `ctx` under the options shared by scripts: timeout (ms,
// <= 0 for none), displayErrors, and the context's own microtask queue.
template <typename F>
void run_guarded(Args a, v8::Local<v8::Context> ctx, int64_t timeout, bool display_errors, F run) {
  v8::Isolate *iso = a.GetIsolate();
  {
    v8::TryCatch tc(iso);
    v8::Local<v8::Value> result;
    bool ok;
    Watchdog dog(iso, timeout);
    {
      v8::Context::Scope scope(ctx);
      ok = run().ToLocal(&result);
      // A context with its own queue runs it now (microtaskMode:
      // 'afterEvaluate'); the others share the main loop's queue.
      v8::MicrotaskQueue *queue = ctx->GetMicrotaskQueue();
      if (ok && queue && queue != engine_of(iso)->context.Get(iso)->GetMicrotaskQueue())
        queue->PerformCheckpoint(iso);
      if (tc.HasCaught())
        ok = false;
    }
    if (!dog.stop()) {
      if (ok)
        return a.GetReturnValue().Set(result);
      if (tc.HasTerminated())
        return;  // someone else's termination (an outer timeout): let it go on
      if (display_errors)
        decorate(iso, tc);
      tc.ReThrow();
      return;
    }
  }
  // Our watchdog fired (perhaps just as the script ended): the termination
  // it requested ends here, and the caller sees Node's timeout error.
  iso->CancelTerminateExecution();
  throw_node_error(iso, false, "ERR_SCRIPT_EXECUTION_TIMEOUT",
                   "Script execution timed out after " + std::to_string(timeout) + "ms");
}

// runScript(handle, contextified | null, timeout, displayErrors) -> value
void RunScript(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  auto *s = static_cast<vm_script *>(handle_unwrap(iso, a[0], &script_type));
  if (!s)
    return;
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (!a[1]->IsNullOrUndefined() && !context_of(iso, a[1], &ctx))
    return throw_type(iso, "runScript: not a vm context");
  int64_t timeout = a[2]->IsNumber() ? (int64_t)a[2].As<v8::Number>()->Value() : 0;
  v8::Local<v8::UnboundScript> unbound = s->script.Get(iso);
  run_guarded(a, ctx, timeout, a[3]->BooleanValue(iso), [&]() {
    return unbound->BindToCurrentContext()->Run(iso->GetCurrentContext());
  });
}

// compileFunction(code, filename, lineOffset, columnOffset, importMode,
// cachedData, produceCachedData, [params], contextified | null, [extensions])
// -> [fn, cachedDataRejected, producedData]
void CompileFunction(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> cur = iso->GetCurrentContext();
  if (!a[0]->IsString() || !a[1]->IsString() || !a[7]->IsArray() || !a[9]->IsArray())
    return throw_type(iso, "compileFunction(code, filename, ...)");
  v8::Local<v8::Context> ctx = cur;
  if (!a[8]->IsNullOrUndefined() && !context_of(iso, a[8], &ctx))
    return throw_type(iso, "compileFunction: not a vm context");
  std::vector<v8::Local<v8::String>> params;
  std::vector<v8::Local<v8::Object>> exts;
  v8::Local<v8::Array> pa = a[7].As<v8::Array>(), ea = a[9].As<v8::Array>();
  for (uint32_t i = 0; i < pa->Length(); i++) {
    v8::Local<v8::Value> v;
    if (!pa->Get(cur, i).ToLocal(&v) || !v->IsString())
      return throw_type(iso, "compileFunction: params must be strings");
    params.push_back(v.As<v8::String>());
  }
  for (uint32_t i = 0; i < ea->Length(); i++) {
    v8::Local<v8::Value> v;
    if (!ea->Get(cur, i).ToLocal(&v) || !v->IsObject())
      return throw_type(iso, "compileFunction: extensions must be objects");
    exts.push_back(v.As<v8::Object>());
  }
  v8::ScriptOrigin origin = origin_of(iso, a, 1);
  v8::ScriptCompiler::CachedData *cached = cached_data_arg(a[5]);
  v8::ScriptCompiler::Source source(a[0].As<v8::String>(), origin, cached);
  v8::TryCatch tc(iso);
  v8::Local<v8::Function> fn;
  {
    v8::Context::Scope scope(ctx);
    if (!v8::ScriptCompiler::CompileFunction(ctx, &source, params.size(), params.data(), exts.size(),
                                             exts.data(),
                                             cached ? v8::ScriptCompiler::kConsumeCodeCache
                                                    : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&fn)) {
      if (tc.HasCaught() && !tc.HasTerminated()) {
        decorate(iso, tc);
        tc.ReThrow();
      }
      return;
    }
  }
  v8::Local<v8::Value> out[3] = {fn, v8::Undefined(iso), v8::Undefined(iso)};
  if (cached)
    out[1] = v8::Boolean::New(iso, source.GetCachedData()->rejected);
  if (a[6]->BooleanValue(iso))
    out[2] = cached_data_buffer(iso, v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
  a.GetReturnValue().Set(v8::Array::New(iso, out, 3));
}

// isDecorated(error): whether the stack already starts with the arrow.
void IsDecorated(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  bool yes = a[0]->IsObject() &&
             a[0].As<v8::Object>()->HasPrivate(iso->GetCurrentContext(), decorated_key(iso)).FromMaybe(false);
  a.GetReturnValue().Set(yes);
}

}  // namespace

// A dynamic import() from vm code: Node rejects it unless the vm API was
// given a loader (importModuleDynamically), and the main context's loader
// must never hand a separate context the guest's modules. Scripts compiled
// here carry the choice in their host-defined options.
bool vm_import_dynamic(v8::Local<v8::Context> ctx, v8::Local<v8::Data> options, v8::MaybeLocal<v8::Promise> *out) {
  v8::Isolate *iso = ctx->GetIsolate();
  int mode = -1;
  if (!options.IsEmpty() && options->IsFixedArray()) {
    v8::Local<v8::FixedArray> fa = options.As<v8::FixedArray>();
    v8::Local<v8::Data> tag, m;
    if (fa->Length() == kOptionsLength && (tag = fa->Get(ctx, kOptionsTag))->IsValue() &&
        tag.As<v8::Value>()->StrictEquals(v8_str(iso, kImportTag)) && (m = fa->Get(ctx, kOptionsMode))->IsValue())
      mode = m.As<v8::Value>()->Int32Value(ctx).FromMaybe(kImportMissing);
  }
  if (mode == kImportMainLoader || (mode < 0 && ctx == engine_of(iso)->context.Get(iso)))
    return false;
  v8::Local<v8::Promise::Resolver> r;
  if (!v8::Promise::Resolver::New(ctx).ToLocal(&r)) {
    *out = v8::MaybeLocal<v8::Promise>();
    return true;
  }
  const char *code = "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING";
  const char *msg = "A dynamic import callback was not specified.";
  if (mode == kImportCallback) {
    code = "ERR_NOT_IMPLEMENTED";
    msg = "vm importModuleDynamically callbacks are not implemented in secexec yet";
  }
  // The error is the main context's, as Node's (the promise the caller's).
  v8::Local<v8::Context> main = engine_of(iso)->context.Get(iso);
  v8::Local<v8::Object> err;
  {
    v8::Context::Scope scope(main);
    err = (mode == kImportCallback ? v8::Exception::Error(v8_str(iso, msg)) : v8::Exception::TypeError(v8_str(iso, msg)))
              .As<v8::Object>();
    (void)err->Set(main, v8_str(iso, "code"), v8_str(iso, code));
  }
  (void)r->Reject(ctx, err);
  *out = r->GetPromise();
  return true;
}

void binding_add_vm(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "makeContext", MakeContext);
  set_fn(iso, ctx, target, "isContext", IsContext);
  set_fn(iso, ctx, target, "compileScript", CompileScript);
  set_fn(iso, ctx, target, "createCachedData", CreateCachedData);
  set_fn(iso, ctx, target, "runScript", RunScript);
  set_fn(iso, ctx, target, "compileFunction", CompileFunction);
  set_fn(iso, ctx, target, "isDecorated", IsDecorated);
}
