// Process priority for node:os (binding.os). The runtime holds one guest
// process, so pid 0 and the guest's own pid name it and any other pid is
// ESRCH; lowering the niceness needs CAP_SYS_NICE, which the runtime has
// dropped, so the kernel answers EACCES as it would for an unprivileged
// Node. The seccomp profile allows setpriority only for PRIO_PROCESS, 0.
#include <errno.h>
#include <sys/resource.h>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

// The target as a pid the kernel may see (0: this process), or -ESRCH.
int target_of(Args a) {
  int pid = a[0]->Int32Value(a.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  return pid == 0 || pid == engine_of(a.GetIsolate())->proc.pid ? 0 : -ESRCH;
}

// getPriority(pid) -> [0, niceness] or [-errno, 0] (a niceness may be
// negative, so it cannot share one number with an error).
void GetPriority(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int rc = target_of(a), prio = 0;
  if (rc == 0) {
    errno = 0;
    prio = getpriority(PRIO_PROCESS, 0);
    if (prio == -1 && errno)
      rc = -errno;
  }
  v8::Local<v8::Value> out[] = {v8::Integer::New(iso, rc), v8::Integer::New(iso, rc ? 0 : prio)};
  a.GetReturnValue().Set(v8::Array::New(iso, out, 2));
}

// setPriority(pid, priority) -> 0 or -errno.
void SetPriority(Args a) {
  int who = target_of(a);
  if (who < 0) {
    a.GetReturnValue().Set(who);
    return;
  }
  int prio = a[1]->Int32Value(a.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  a.GetReturnValue().Set(setpriority(PRIO_PROCESS, 0, prio) == 0 ? 0 : -errno);
}

}  // namespace

void binding_add_os(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "getPriority", GetPriority);
  set_fn(iso, ctx, target, "setPriority", SetPriority);
}
