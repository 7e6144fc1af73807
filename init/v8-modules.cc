// ES modules for the guest: compiling, linking, evaluating and synthetic
// (builtin/CommonJS/JSON) modules, plus V8's host hooks for dynamic
// import() and import.meta. Resolution and loading policy live in the
// bootstrap's loader (polyfills/bootstrap/loader/); this file only keeps
// the table of V8 modules by id and forwards the host hooks to it.
#include <unordered_map>
#include <vector>

#include "v8-internal.hh"

struct module_table {
  struct entry {
    v8::Global<v8::Module> module;
    std::vector<int> resolved;  // child id per module request, in V8's order
  };
  std::vector<entry> entries;                    // id = index
  std::unordered_multimap<int, int> by_hash;     // identity hash -> id
};

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

module_table *table_of(v8::Isolate *iso) {
  engine *e = engine_of(iso);
  if (!e->modules)
    e->modules = new module_table();
  return e->modules;
}

int id_of(v8::Isolate *iso, v8::Local<v8::Module> m) {
  module_table *t = table_of(iso);
  auto range = t->by_hash.equal_range(m->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it)
    if (t->entries[it->second].module.Get(iso) == m)
      return it->second;
  return -1;
}

int add_module(v8::Isolate *iso, v8::Local<v8::Module> m) {
  module_table *t = table_of(iso);
  t->entries.emplace_back();
  t->entries.back().module.Reset(iso, m);
  int id = (int)t->entries.size() - 1;
  t->by_hash.emplace(m->GetIdentityHash(), id);
  return id;
}

bool get_module(Args a, int index, v8::Local<v8::Module> *ret, int *ret_id = nullptr) {
  v8::Isolate *iso = a.GetIsolate();
  module_table *t = table_of(iso);
  int id = a[index]->Int32Value(iso->GetCurrentContext()).FromMaybe(-1);
  if (id < 0 || id >= (int)t->entries.size()) {
    iso->ThrowException(v8::Exception::RangeError(v8_str(iso, "no such module id")));
    return false;
  }
  *ret = t->entries[id].module.Get(iso);
  if (ret_id)
    *ret_id = id;
  return true;
}

v8::Local<v8::Value> call_loader_hook(v8::Isolate *iso, const char *name, int argc, v8::Local<v8::Value> *argv,
                                      bool *ok) {
  engine *e = engine_of(iso);
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Value> fn, result;
  *ok = e->hooks.Get(iso)->Get(ctx, v8_str(iso, name)).ToLocal(&fn) && fn->IsFunction() &&
        fn.As<v8::Function>()->Call(ctx, v8::Undefined(iso), argc, argv).ToLocal(&result);
  return *ok ? result : v8::Local<v8::Value>();
}

// compileModule(source, url) -> id
void CompileModule(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsString() || !a[1]->IsString()) {
    iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "compileModule(source, url)")));
    return;
  }
  v8::ScriptOrigin origin(iso, a[1], 0, 0, false, -1, v8::Local<v8::Value>(), false, false, true);
  v8::ScriptCompiler::Source source(a[0].As<v8::String>(), origin);
  v8::Local<v8::Module> m;
  if (!v8::ScriptCompiler::CompileModule(iso, &source).ToLocal(&m))
    return;
  a.GetReturnValue().Set(add_module(iso, m));
}

// moduleRequests(id) -> [[specifier, {key: value}], ...]
void ModuleRequests(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Module> m;
  if (!get_module(a, 0, &m))
    return;
  v8::Local<v8::FixedArray> reqs = m->GetModuleRequests();
  v8::Local<v8::Array> out = v8::Array::New(iso, reqs->Length());
  for (int i = 0; i < reqs->Length(); i++) {
    v8::Local<v8::ModuleRequest> r = reqs->Get(ctx, i).As<v8::ModuleRequest>();
    v8::Local<v8::Object> attrs = v8::Object::New(iso);
    v8::Local<v8::FixedArray> as = r->GetImportAssertions();
    for (int k = 0; k + 1 < as->Length(); k += 3)  // key, value, source offset
      attrs->Set(ctx, as->Get(ctx, k).As<v8::Value>(), as->Get(ctx, k + 1).As<v8::Value>());
    v8::Local<v8::Value> pair[] = {r->GetSpecifier(), attrs};
    out->Set(ctx, i, v8::Array::New(iso, pair, 2));
  }
  a.GetReturnValue().Set(out);
}

// setModuleResolved(id, [childId, ...]) in the order of moduleRequests(id).
void SetModuleResolved(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Module> m;
  int id;
  if (!get_module(a, 0, &m, &id) || !a[1]->IsArray())
    return;
  module_table *t = table_of(iso);
  v8::Local<v8::Array> ids = a[1].As<v8::Array>();
  std::vector<int> children;
  for (uint32_t i = 0; i < ids->Length(); i++) {
    int child = ids->Get(ctx, i).ToLocalChecked()->Int32Value(ctx).FromMaybe(-1);
    if (child < 0 || child >= (int)t->entries.size()) {
      iso->ThrowException(v8::Exception::RangeError(v8_str(iso, "no such module id")));
      return;
    }
    children.push_back(child);
  }
  t->entries[id].resolved = std::move(children);
}

v8::MaybeLocal<v8::Module> resolve_callback(v8::Local<v8::Context> ctx, v8::Local<v8::String> specifier,
                                            v8::Local<v8::FixedArray>, v8::Local<v8::Module> referrer) {
  v8::Isolate *iso = ctx->GetIsolate();
  module_table *t = table_of(iso);
  int id = id_of(iso, referrer);
  if (id >= 0) {
    v8::Local<v8::FixedArray> reqs = referrer->GetModuleRequests();
    const std::vector<int> &res = t->entries[id].resolved;
    for (int i = 0; i < reqs->Length() && i < (int)res.size(); i++)
      if (reqs->Get(ctx, i).As<v8::ModuleRequest>()->GetSpecifier()->StrictEquals(specifier))
        return t->entries[res[i]].module.Get(iso);
  }
  v8::String::Utf8Value s(iso, specifier);
  std::string msg = std::string("module request '") + (*s ? *s : "") + "' was not resolved before linking";
  iso->ThrowException(v8::Exception::Error(v8_str(iso, msg.c_str())));
  return v8::MaybeLocal<v8::Module>();
}

// instantiateModule(id, explain?) — on a link error, explain(error) may
// reword it before it propagates; the rethrow keeps the original location
// (the import statement) for the caret Node prints.
void InstantiateModule(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Module> m;
  if (!get_module(a, 0, &m))
    return;
  v8::TryCatch tc(iso);
  bool ok = false;
  if (m->InstantiateModule(iso->GetCurrentContext(), resolve_callback).To(&ok)) {
    a.GetReturnValue().Set(ok);
    return;
  }
  if (a[1]->IsFunction() && tc.CanContinue()) {
    v8::Local<v8::Value> err = tc.Exception();
    v8::TryCatch inner(iso);
    (void)a[1].As<v8::Function>()->Call(iso->GetCurrentContext(), v8::Undefined(iso), 1, &err);
  }
  tc.ReThrow();
}

// evaluateModule(id) -> the evaluation promise
void EvaluateModule(Args a) {
  v8::Local<v8::Module> m;
  if (!get_module(a, 0, &m))
    return;
  v8::Local<v8::Value> result;
  if (m->Evaluate(a.GetIsolate()->GetCurrentContext()).ToLocal(&result))
    a.GetReturnValue().Set(result);
}

void ModuleNamespace(Args a) {
  v8::Local<v8::Module> m;
  if (get_module(a, 0, &m))
    a.GetReturnValue().Set(m->GetModuleNamespace());
}

// moduleStatus(id) -> [status, isGraphAsync, exception]
void ModuleStatus(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Module> m;
  if (!get_module(a, 0, &m))
    return;
  v8::Module::Status st = m->GetStatus();
  bool instantiated = st != v8::Module::kUninstantiated && st != v8::Module::kInstantiating;
  v8::Local<v8::Value> vals[] = {
      v8::Integer::New(iso, st),
      v8::Boolean::New(iso, instantiated && m->IsGraphAsync()),
      st == v8::Module::kErrored ? m->GetException() : v8::Undefined(iso).As<v8::Value>(),
  };
  a.GetReturnValue().Set(v8::Array::New(iso, vals, 3));
}

v8::MaybeLocal<v8::Value> synthetic_steps(v8::Local<v8::Context> ctx, v8::Local<v8::Module> m) {
  v8::Isolate *iso = ctx->GetIsolate();
  int id = id_of(iso, m);
  v8::Local<v8::Value> arg = v8::Integer::New(iso, id);
  bool ok;
  v8::Local<v8::Value> exports = call_loader_hook(iso, "evaluateSynthetic", 1, &arg, &ok);
  if (!ok)
    return v8::MaybeLocal<v8::Value>();
  if (exports->IsObject()) {
    v8::Local<v8::Object> obj = exports.As<v8::Object>();
    v8::Local<v8::Array> names;
    if (!obj->GetOwnPropertyNames(ctx).ToLocal(&names))
      return v8::MaybeLocal<v8::Value>();
    for (uint32_t i = 0; i < names->Length(); i++) {
      v8::Local<v8::Value> k, v;
      if (!names->Get(ctx, i).ToLocal(&k) || !obj->Get(ctx, k).ToLocal(&v) ||
          m->SetSyntheticModuleExport(iso, k.As<v8::String>(), v).IsNothing())
        return v8::MaybeLocal<v8::Value>();
    }
  }
  v8::Local<v8::Promise::Resolver> done;
  if (!v8::Promise::Resolver::New(ctx).ToLocal(&done) || done->Resolve(ctx, v8::Undefined(iso)).IsNothing())
    return v8::MaybeLocal<v8::Value>();
  return done->GetPromise();
}

// createSyntheticModule(url, [exportNames]) -> id; its values come from
// hooks.evaluateSynthetic(id) when it is evaluated.
void CreateSyntheticModule(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  if (!a[0]->IsString() || !a[1]->IsArray()) {
    iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "createSyntheticModule(url, names)")));
    return;
  }
  v8::Local<v8::Array> arr = a[1].As<v8::Array>();
  std::vector<v8::Local<v8::String>> names;
  for (uint32_t i = 0; i < arr->Length(); i++) {
    v8::Local<v8::Value> n;
    if (!arr->Get(ctx, i).ToLocal(&n) || !n->IsString()) {
      iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "export names must be strings")));
      return;
    }
    names.push_back(n.As<v8::String>());
  }
  v8::Local<v8::Module> m = v8::Module::CreateSyntheticModule(iso, a[0].As<v8::String>(), names, synthetic_steps);
  a.GetReturnValue().Set(add_module(iso, m));
}

v8::MaybeLocal<v8::Promise> import_dynamic(v8::Local<v8::Context> ctx, v8::Local<v8::Data> options,
                                           v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
                                           v8::Local<v8::FixedArray> assertions) {
  v8::Isolate *iso = ctx->GetIsolate();
  v8::MaybeLocal<v8::Promise> from_vm;
  if (vm_import_dynamic(ctx, options, &from_vm))
    return from_vm;
  v8::Local<v8::Object> attrs = v8::Object::New(iso);
  for (int k = 0; k + 1 < assertions->Length(); k += 2)
    attrs->Set(ctx, assertions->Get(ctx, k).As<v8::Value>(), assertions->Get(ctx, k + 1).As<v8::Value>());
  v8::Local<v8::Value> args[] = {specifier, resource_name.IsEmpty() ? v8::Undefined(iso).As<v8::Value>() : resource_name,
                                 attrs};
  bool ok;
  v8::Local<v8::Value> p = call_loader_hook(iso, "importDynamic", 3, args, &ok);
  if (!ok || !p->IsPromise())
    return v8::MaybeLocal<v8::Promise>();
  return p.As<v8::Promise>();
}

void init_import_meta(v8::Local<v8::Context> ctx, v8::Local<v8::Module> m, v8::Local<v8::Object> meta) {
  v8::Isolate *iso = ctx->GetIsolate();
  v8::Local<v8::Value> args[] = {v8::Integer::New(iso, id_of(iso, m)), meta};
  bool ok;
  call_loader_hook(iso, "initImportMeta", 2, args, &ok);
}

}  // namespace

void modules_install(v8::Isolate *iso) {
  iso->SetHostImportModuleDynamicallyCallback(import_dynamic);
  iso->SetHostInitializeImportMetaObjectCallback(init_import_meta);
}

module_table *modules_free(module_table *t) {
  delete t;
  return nullptr;
}

void binding_add_modules(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "compileModule", CompileModule);
  set_fn(iso, ctx, target, "moduleRequests", ModuleRequests);
  set_fn(iso, ctx, target, "setModuleResolved", SetModuleResolved);
  set_fn(iso, ctx, target, "instantiateModule", InstantiateModule);
  set_fn(iso, ctx, target, "evaluateModule", EvaluateModule);
  set_fn(iso, ctx, target, "moduleNamespace", ModuleNamespace);
  set_fn(iso, ctx, target, "moduleStatus", ModuleStatus);
  set_fn(iso, ctx, target, "createSyntheticModule", CreateSyntheticModule);
}
