// The `fs` bridge: binding.fs.<op>(...args[, callback]). Without a callback
// the op runs now and returns or throws Node's error; with one it runs on
// libuv's thread pool and the callback gets (err, result) on the guest's
// loop, so a slow disk never blocks timers. Every op is a kernel-shim call
// (kernel-shim/vfs.h); this file only converts arguments and results.
#include <string.h>
#include <sys/sysmacros.h>
#include <uv.h>

#include <memory>
#include <string>

#include "v8-internal.hh"

extern "C" {
#include "../kernel-shim/vfs.h"
}

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

enum class Op {
  Open, Close, Read, Write, Stat, Lstat, Fstat, Statfs, Access, Mkdir, Rmdir, Unlink, Rename, Link,
  Symlink, Readlink, Realpath, Readdir, Truncate, Ftruncate, Chmod, Fchmod, Chown, Fchown, Lchown,
  Utimes, Futimes, Lutimes, Fsync, Fdatasync, CopyFile, Mkdtemp,
};

struct OpInfo {
  const char *name;     // binding.fs.<name>
  const char *syscall;  // as Node's errors name it
  Op op;
  int strings;          // leading string arguments (paths)
  int numbers;          // then numeric arguments
};

const OpInfo ops[] = {
    {"open", "open", Op::Open, 1, 2},        {"close", "close", Op::Close, 0, 1},
    {"read", "read", Op::Read, 0, 1},        {"write", "write", Op::Write, 0, 1},
    {"stat", "stat", Op::Stat, 1, 0},        {"lstat", "lstat", Op::Lstat, 1, 0},
    {"fstat", "fstat", Op::Fstat, 0, 1},     {"statfs", "statfs", Op::Statfs, 1, 0},
    {"access", "access", Op::Access, 1, 1},  {"mkdir", "mkdir", Op::Mkdir, 1, 1},
    {"rmdir", "rmdir", Op::Rmdir, 1, 0},     {"unlink", "unlink", Op::Unlink, 1, 0},
    {"rename", "rename", Op::Rename, 2, 0},  {"link", "link", Op::Link, 2, 0},
    {"symlink", "symlink", Op::Symlink, 2, 0}, {"readlink", "readlink", Op::Readlink, 1, 0},
    {"realpath", "realpath", Op::Realpath, 1, 0}, {"readdir", "scandir", Op::Readdir, 1, 0},
    {"truncate", "open", Op::Truncate, 1, 1}, {"ftruncate", "ftruncate", Op::Ftruncate, 0, 2},
    {"chmod", "chmod", Op::Chmod, 1, 1},     {"fchmod", "fchmod", Op::Fchmod, 0, 2},
    {"chown", "chown", Op::Chown, 1, 2},     {"fchown", "fchown", Op::Fchown, 0, 3},
    {"lchown", "lchown", Op::Lchown, 1, 2},  {"utimes", "utime", Op::Utimes, 1, 2},
    {"futimes", "futime", Op::Futimes, 0, 3}, {"lutimes", "lutime", Op::Lutimes, 1, 2},
    {"fsync", "fsync", Op::Fsync, 0, 1},     {"fdatasync", "fdatasync", Op::Fdatasync, 0, 1},
    {"copyFile", "copyfile", Op::CopyFile, 2, 1}, {"mkdtemp", "mkdtemp", Op::Mkdtemp, 1, 0},
};

struct Req {
  uv_work_t work;
  engine *e = nullptr;
  const OpInfo *info = nullptr;
  std::string s[2];    // paths as the guest wrote them
  std::string abs[2];  // cwd-joined, for ops run on a pool thread
  double n[3] = {0, 0, 0};
  // read/write: the guest's memory, kept alive while the op runs.
  std::shared_ptr<v8::BackingStore> store;
  char *buf = nullptr;
  size_t len = 0;
  int64_t pos = -1;
  std::string text;  // write of a string, converted on the JS thread
  bool with_types = false;
  // results
  int64_t result = 0;
  struct statx st;
  struct statfs sfs;
  char *str = nullptr;
  ks_dirent_t *dents = nullptr;
  size_t n_dents = 0;
  v8::Global<v8::Function> callback;

  ~Req() {
    free(str);
    ks_dirents_free(dents, n_dents);
  }
};

// Seconds to nanoseconds as libuv does it: microsecond resolution.
int64_t ns_of(double seconds) {
  int64_t sec = (int64_t)seconds;
  int64_t nsec = (int64_t)((seconds - (double)sec) * 1e9);
  nsec -= nsec % 1000;
  return sec * 1000000000 + nsec;
}

// Runs the op: on the JS thread for sync calls, on a pool thread otherwise.
void run(Req *r) {
  ks_proc_t *p = &r->e->proc;
  const char *a = (r->abs[0].empty() ? r->s[0] : r->abs[0]).c_str();
  const char *b = (r->abs[1].empty() ? r->s[1] : r->abs[1]).c_str();
  int fd = (int)r->n[0];
  switch (r->info->op) {
  case Op::Open: r->result = ks_fs_open(p, a, (int)r->n[0], (unsigned)r->n[1]); break;
  case Op::Close: r->result = ks_fs_close(p, fd); break;
  case Op::Read: r->result = ks_fs_read(p, fd, r->buf, r->len, r->pos); break;
  case Op::Write:
    r->result = r->store || r->buf ? ks_fs_write(p, fd, r->buf, r->len, r->pos)
                                   : ks_fs_write(p, fd, r->text.data(), r->text.size(), r->pos);
    break;
  case Op::Stat: r->result = ks_fs_stat(p, a, 1, &r->st); break;
  case Op::Lstat: r->result = ks_fs_stat(p, a, 0, &r->st); break;
  case Op::Fstat: r->result = ks_fs_fstat(p, fd, &r->st); break;
  case Op::Statfs: r->result = ks_fs_statfs(p, a, &r->sfs); break;
  case Op::Access: r->result = ks_fs_access(p, a, (int)r->n[0]); break;
  case Op::Mkdir: r->result = ks_fs_mkdir(p, a, (unsigned)r->n[0]); break;
  case Op::Rmdir: r->result = ks_fs_rmdir(p, a); break;
  case Op::Unlink: r->result = ks_fs_unlink(p, a); break;
  case Op::Rename: r->result = ks_fs_rename(p, a, b); break;
  case Op::Link: r->result = ks_fs_link(p, a, b); break;
  case Op::Symlink: r->result = ks_fs_symlink(p, a, b); break;
  case Op::Readlink: r->result = ks_fs_readlink(p, a, &r->str); break;
  case Op::Realpath: r->result = ks_fs_realpath(p, a, &r->str); break;
  case Op::Readdir: r->result = ks_fs_readdir(p, a, &r->dents, &r->n_dents); break;
  case Op::Truncate: r->result = ks_fs_truncate(p, a, (int64_t)r->n[0]); break;
  case Op::Ftruncate: r->result = ks_fs_ftruncate(p, fd, (int64_t)r->n[1]); break;
  case Op::Chmod: r->result = ks_fs_chmod(p, a, (unsigned)r->n[0]); break;
  case Op::Fchmod: r->result = ks_fs_fchmod(p, fd, (unsigned)r->n[1]); break;
  case Op::Chown: r->result = ks_fs_chown(p, a, (uid_t)r->n[0], (gid_t)r->n[1], 1); break;
  case Op::Lchown: r->result = ks_fs_chown(p, a, (uid_t)r->n[0], (gid_t)r->n[1], 0); break;
  case Op::Fchown: r->result = ks_fs_fchown(p, fd, (uid_t)r->n[1], (gid_t)r->n[2]); break;
  case Op::Utimes: r->result = ks_fs_utimes(p, a, ns_of(r->n[0]), ns_of(r->n[1]), 1); break;
  case Op::Lutimes: r->result = ks_fs_utimes(p, a, ns_of(r->n[0]), ns_of(r->n[1]), 0); break;
  case Op::Futimes: r->result = ks_fs_futimes(p, fd, ns_of(r->n[1]), ns_of(r->n[2])); break;
  case Op::Fsync: r->result = ks_fs_fsync(p, fd, 0); break;
  case Op::Fdatasync: r->result = ks_fs_fsync(p, fd, 1); break;
  case Op::CopyFile: r->result = ks_fs_copyfile(p, a, b, (int)r->n[0]); break;
  case Op::Mkdtemp: r->result = ks_fs_mkdtemp(p, a, &r->str); break;
  }
}

v8::Local<v8::Float64Array> stat_array(v8::Isolate *iso, const struct statx &st) {
  // dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
  // seconds and nanoseconds of atime, mtime, ctime, birthtime.
  double v[18] = {
      (double)makedev(st.stx_dev_major, st.stx_dev_minor), (double)st.stx_mode, (double)st.stx_nlink,
      (double)st.stx_uid, (double)st.stx_gid, (double)makedev(st.stx_rdev_major, st.stx_rdev_minor),
      (double)st.stx_blksize, (double)st.stx_ino, (double)st.stx_size, (double)st.stx_blocks,
      (double)st.stx_atime.tv_sec, (double)st.stx_atime.tv_nsec, (double)st.stx_mtime.tv_sec,
      (double)st.stx_mtime.tv_nsec, (double)st.stx_ctime.tv_sec, (double)st.stx_ctime.tv_nsec,
      (double)((st.stx_mask & STATX_BTIME) ? st.stx_btime.tv_sec : st.stx_ctime.tv_sec),
      (double)((st.stx_mask & STATX_BTIME) ? st.stx_btime.tv_nsec : st.stx_ctime.tv_nsec),
  };
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, sizeof(v));
  memcpy(ab->Data(), v, sizeof(v));
  return v8::Float64Array::New(ab, 0, 18);
}

v8::Local<v8::Value> result_value(v8::Isolate *iso, Req *r) {
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  switch (r->info->op) {
  case Op::Stat:
  case Op::Lstat:
  case Op::Fstat:
    return stat_array(iso, r->st);
  case Op::Statfs: {
    double v[7] = {(double)r->sfs.f_type, (double)r->sfs.f_bsize, (double)r->sfs.f_blocks, (double)r->sfs.f_bfree,
                   (double)r->sfs.f_bavail, (double)r->sfs.f_files, (double)r->sfs.f_ffree};
    v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(iso, sizeof(v));
    memcpy(ab->Data(), v, sizeof(v));
    return v8::Float64Array::New(ab, 0, 7);
  }
  case Op::Readlink:
  case Op::Realpath:
  case Op::Mkdtemp:
    return v8_str(iso, r->str);
  case Op::Readdir: {
    v8::Local<v8::Array> names = v8::Array::New(iso, (int)r->n_dents);
    v8::Local<v8::Array> types = v8::Array::New(iso, (int)r->n_dents);
    for (size_t i = 0; i < r->n_dents; i++) {
      (void)names->Set(ctx, (uint32_t)i, v8_str(iso, r->dents[i].name));
      (void)types->Set(ctx, (uint32_t)i, v8::Integer::New(iso, r->dents[i].type));
    }
    if (!r->with_types)
      return names;
    v8::Local<v8::Value> pair[] = {names, types};
    return v8::Array::New(iso, pair, 2);
  }
  case Op::Open:
  case Op::Read:
  case Op::Write:
    return v8::Number::New(iso, (double)r->result);
  default:
    return v8::Undefined(iso);
  }
}

v8::Local<v8::Value> error_value(v8::Isolate *iso, Req *r) {
  // Node's messages name the paths as the guest gave them.
  const char *path = r->info->strings > 0 ? r->s[0].c_str() : nullptr;
  const char *dest = r->info->strings > 1 ? r->s[1].c_str() : nullptr;
  // For symlink, as in Node, `path` is the target and `dest` the new link.
  return errno_exception(iso, (int)r->result, r->info->syscall, path, dest);
}

void after_work(uv_work_t *w, int status) {
  std::unique_ptr<Req> r(static_cast<Req *>(w->data));
  engine *e = r->e;
  v8::Isolate *iso = e->isolate;
  v8::HandleScope scope(iso);
  v8::Local<v8::Function> cb = r->callback.Get(iso);
  v8::Local<v8::Value> args[2];
  if (status == UV_ECANCELED)
    r->result = -ECANCELED;
  if (r->result < 0) {
    args[0] = error_value(iso, r.get());
    invoke_callback(e, cb, 1, args);
    return;
  }
  args[0] = v8::Null(iso);
  args[1] = result_value(iso, r.get());
  invoke_callback(e, cb, 2, args);
}

void work(uv_work_t *w) {
  run(static_cast<Req *>(w->data));
}

bool number_arg(v8::Isolate *, v8::Local<v8::Value> v, double *ret) {
  if (v->IsBigInt()) {
    *ret = (double)v.As<v8::BigInt>()->Int64Value();
    return true;
  }
  if (v->IsNumber()) {
    *ret = v.As<v8::Number>()->Value();
    return true;
  }
  if (v->IsNullOrUndefined()) {
    *ret = -1;
    return true;
  }
  return false;
}

// binding.fs.<op>: the op is the function's data.
void Dispatch(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  const OpInfo *info = &ops[a.Data().As<v8::Integer>()->Value()];
  auto r = std::make_unique<Req>();
  r->e = engine_of(iso);
  r->info = info;
  int i = 0;
  for (int k = 0; k < info->strings; k++, i++) {
    if (!a[i]->IsString()) {
      iso->ThrowException(v8::Exception::TypeError(v8_str(iso, (std::string("fs.") + info->name + ": path must be a string").c_str())));
      return;
    }
    v8::String::Utf8Value s(iso, a[i]);
    r->s[k].assign(*s, (size_t)s.length());
  }
  for (int k = 0; k < info->numbers; k++, i++)
    if (!number_arg(iso, a[i], &r->n[k])) {
      iso->ThrowException(v8::Exception::TypeError(v8_str(iso, (std::string("fs.") + info->name + ": expected a number").c_str())));
      return;
    }
  if (info->op == Op::Read || info->op == Op::Write) {
    // (fd, data, offset, length, position): data is a view, or a string to write
    if (a[i]->IsArrayBufferView()) {
      v8::Local<v8::ArrayBufferView> v = a[i].As<v8::ArrayBufferView>();
      double off = 0, len = 0, pos = -1;
      if (!number_arg(iso, a[i + 1], &off) || !number_arg(iso, a[i + 2], &len) || !number_arg(iso, a[i + 3], &pos) ||
          off < 0 || len < 0 || off + len > (double)v->ByteLength()) {
        iso->ThrowException(v8::Exception::RangeError(v8_str(iso, "fs: offset/length out of the buffer")));
        return;
      }
      r->store = v->Buffer()->GetBackingStore();
      r->buf = static_cast<char *>(r->store->Data()) + v->ByteOffset() + (size_t)off;
      r->len = (size_t)len;
      r->pos = (int64_t)pos;
      i += 4;
    } else if (info->op == Op::Write && a[i]->IsString()) {
      v8::String::Utf8Value s(iso, a[i]);
      r->text.assign(*s, (size_t)s.length());
      double pos = -1;
      number_arg(iso, a[i + 1], &pos);
      r->pos = (int64_t)pos;
      i += 2;
    } else {
      iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "fs.read/write: expected a buffer")));
      return;
    }
  }
  if (info->op == Op::Readdir) {
    r->with_types = a[i]->BooleanValue(iso);
    i++;
  }
  if (a[i]->IsFunction()) {
    // A pool thread must not read the cwd while the JS thread may change
    // it: relative paths become absolute here. Error messages keep the
    // guest's own spelling, as Node's do.
    for (int k = 0; k < info->strings; k++) {
      if (k == 0 && info->op == Op::Symlink)
        continue;  // a symlink's target is stored as written
      char abs[PATH_MAX];
      if (ks_vfs_path(&r->e->proc, r->s[k].c_str(), abs, sizeof(abs)) == 0)
        r->abs[k] = abs;
    }
    r->callback.Reset(iso, a[i].As<v8::Function>());
    r->work.data = r.get();
    int rc = uv_queue_work(guest_loop_uv(r->e->loop), &r->work, work, after_work);
    if (rc < 0) {
      iso->ThrowException(v8::Exception::Error(v8_str(iso, uv_strerror(rc))));
      return;
    }
    r.release();  // owned by the pool until after_work
    return;
  }
  run(r.get());
  if (r->result < 0) {
    iso->ThrowException(error_value(iso, r.get()));
    return;
  }
  a.GetReturnValue().Set(result_value(iso, r.get()));
  (void)ctx;
}

}  // namespace

void binding_add_fs(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
    v8::Local<v8::Function> fn =
        v8::Function::New(ctx, Dispatch, v8::Integer::New(iso, (int)k), 0, v8::ConstructorBehavior::kThrow)
            .ToLocalChecked();
    fn->SetName(v8_str(iso, ops[k].name));
    (void)target->Set(ctx, v8_str(iso, ops[k].name), fn);
  }
}
