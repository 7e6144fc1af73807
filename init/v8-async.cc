// binding.async: the async-context slot V8 carries along promise
// continuations, V8's promise hooks, and the loop's idle time (for
// performance.eventLoopUtilization()).
//
// The current async context frame (polyfills/bootstrap/async-context.js) is
// kept in the context's continuation-preserved embedder data: V8 copies it
// into every promise reaction when the reaction is created (then(), await)
// and restores it while the reaction runs, so AsyncLocalStorage survives
// promise chains without any per-promise JS hook. Nothing here keeps state
// of its own: the slot belongs to the context.
#include <uv.h>

#include "v8-internal.hh"

namespace {

void get_frame(const v8::FunctionCallbackInfo<v8::Value> &args) {
  args.GetReturnValue().Set(args.GetIsolate()->GetCurrentContext()->GetContinuationPreservedEmbedderData());
}

// setFrame(frame): makes `frame` current; returns the previous one, so a
// caller can restore it in a finally block.
void set_frame(const v8::FunctionCallbackInfo<v8::Value> &args) {
  v8::Local<v8::Context> ctx = args.GetIsolate()->GetCurrentContext();
  args.GetReturnValue().Set(ctx->GetContinuationPreservedEmbedderData());
  ctx->SetContinuationPreservedEmbedderData(args[0]);
}

v8::Local<v8::Function> fn_or_empty(v8::Local<v8::Value> v) {
  return v->IsFunction() ? v.As<v8::Function>() : v8::Local<v8::Function>();
}

// setPromiseHooks(init, before, after, resolve): each a function or
// undefined; all undefined turns the hooks off (V8 then has no cost).
void set_promise_hooks(const v8::FunctionCallbackInfo<v8::Value> &args) {
  v8::Local<v8::Context> ctx = args.GetIsolate()->GetCurrentContext();
  ctx->SetPromiseHooks(fn_or_empty(args[0]), fn_or_empty(args[1]), fn_or_empty(args[2]), fn_or_empty(args[3]));
}

// loopIdleTime(): milliseconds the loop has spent waiting for events.
void loop_idle_time(const v8::FunctionCallbackInfo<v8::Value> &args) {
  uv_loop_t *loop = guest_loop_uv(engine_of(args.GetIsolate())->loop);
  args.GetReturnValue().Set((double)uv_metrics_idle_time(loop) / 1e6);
}

}  // namespace

void binding_add_async(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "getFrame", get_frame);
  set_fn(iso, ctx, target, "setFrame", set_frame);
  set_fn(iso, ctx, target, "setPromiseHooks", set_promise_hooks);
  set_fn(iso, ctx, target, "loopIdleTime", loop_idle_time);
  // Idle-time accounting costs two clock reads per loop iteration; it must
  // be on before the loop first waits to be meaningful.
  uv_loop_configure(guest_loop_uv(engine_of(iso)->loop), UV_METRICS_IDLE_TIME);
}
