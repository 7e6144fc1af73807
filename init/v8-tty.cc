// The guest's standard input and terminal queries (binding.tty).
//
// Descriptors 0-2 are the caller's own stdio, passed through by the CLI, so
// whether they are terminals, and a terminal's size, are the caller's.
// Standard input that is a pipe or a terminal is read with a libuv stream
// on the guest's loop (a regular file is read through fs instead, as Node
// does). Only queries and reads reach the terminal: the seccomp profile
// allows TCGETS, TIOCGWINSZ and, for raw mode, TCSETS*; never TIOCSTI.
#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

int stdio_fd(Args a) {
  if (!a[0]->IsInt32())
    return -1;
  int fd = a[0].As<v8::Int32>()->Value();
  return fd >= 0 && fd <= 2 ? fd : -1;
}

// isatty(fd): only the caller's stdio can be a terminal.
void IsATTY(Args a) {
  int fd = stdio_fd(a);
  a.GetReturnValue().Set(fd >= 0 && isatty(fd) == 1);
}

// getWindowSize(fd) -> [columns, rows], or undefined when not a terminal.
void GetWindowSize(Args a) {
  int fd = stdio_fd(a);
  struct winsize ws = {};
  if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0)
    return;
  v8::Isolate *iso = a.GetIsolate();
  v8::Local<v8::Context> ctx = iso->GetCurrentContext();
  v8::Local<v8::Array> out = v8::Array::New(iso, 2);
  (void)out->Set(ctx, 0, v8::Integer::New(iso, ws.ws_col));
  (void)out->Set(ctx, 1, v8::Integer::New(iso, ws.ws_row));
  a.GetReturnValue().Set(out);
}

// stdinKind() -> 'TTY' | 'PIPE' | 'FILE' | 'UNKNOWN', as libuv sees fd 0.
void StdinKind(Args a) {
  const char *kind = "UNKNOWN";
  switch (uv_guess_handle(0)) {
    case UV_TTY: kind = "TTY"; break;
    case UV_NAMED_PIPE: case UV_TCP: case UV_UDP: kind = "PIPE"; break;
    case UV_FILE: kind = "FILE"; break;
    default: break;
  }
  a.GetReturnValue().Set(v8_str(a.GetIsolate(), kind));
}

// One reader of fd 0. Its memory is freed by libuv's close callback, after
// the handle owning it is dropped.
struct StdinReader {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_pipe_t pipe;
    uv_tty_t tty;
  } u;
  engine *e;
  v8::Global<v8::Function> onread;
  bool reading = false;
};

void free_reader(uv_handle_t *h) {
  delete static_cast<StdinReader *>(h->data);
}

void destroy_reader(void *p) {
  StdinReader *r = static_cast<StdinReader *>(p);
  r->onread.Reset();
  uv_close(&r->u.handle, free_reader);
}

const native_type kStdin = {"stdin", destroy_reader};

void alloc_chunk(uv_handle_t *, size_t suggested, uv_buf_t *buf) {
  buf->base = static_cast<char *>(malloc(suggested));
  buf->len = buf->base ? suggested : 0;
}

// onread(ArrayBuffer) for data, onread(null) at end of input, onread(Error).
void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  StdinReader *r = static_cast<StdinReader *>(s->data);
  if (n == 0) {
    free(buf->base);
    return;
  }
  v8::Isolate *iso = r->e->isolate;
  v8::HandleScope scope(iso);
  v8::Local<v8::Value> arg;
  if (n > 0) {
    // The chunk's memory becomes the ArrayBuffer's: no copy.
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        buf->base, (size_t)n, [](void *data, size_t, void *) { free(data); }, nullptr);
    arg = v8::ArrayBuffer::New(iso, std::move(store));
  } else {
    free(buf->base);
    uv_read_stop(s);
    r->reading = false;
    arg = n == UV_EOF ? v8::Null(iso).As<v8::Value>() : errno_exception(iso, (int)n, "read", nullptr);
  }
  v8::Local<v8::Function> fn = r->onread.Get(iso);
  invoke_callback(r->e, fn, 1, &arg);
}

// stdinOpen(onread) -> handle. Reading starts with stdinRead(handle, true).
void StdinOpen(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  if (!a[0]->IsFunction()) {
    iso->ThrowException(v8::Exception::TypeError(v8_str(iso, "stdinOpen: callback expected")));
    return;
  }
  engine *e = engine_of(iso);
  uv_loop_t *loop = guest_loop_uv(e->loop);
  auto *r = new StdinReader();
  r->e = e;
  int rc;
  if (uv_guess_handle(0) == UV_TTY)
    rc = uv_tty_init(loop, &r->u.tty, 0, 1);
  else if ((rc = uv_pipe_init(loop, &r->u.pipe, 0)) == 0 && (rc = uv_pipe_open(&r->u.pipe, 0)) != 0)
    uv_close(&r->u.handle, nullptr);
  if (rc != 0) {
    delete r;
    throw_errno(iso, rc, "read", nullptr);
    return;
  }
  r->u.handle.data = r;
  r->onread.Reset(iso, a[0].As<v8::Function>());
  a.GetReturnValue().Set(handle_wrap(iso, &kStdin, r));
}

// stdinRead(handle, on): starts or stops reading. A stream that is not
// reading does not keep the process alive, as in Node.
void StdinRead(Args a) {
  auto *r = static_cast<StdinReader *>(handle_unwrap(a.GetIsolate(), a[0], &kStdin));
  if (!r)
    return;
  bool on = a[1]->BooleanValue(a.GetIsolate());
  if (on == r->reading)
    return;
  int rc = on ? uv_read_start(&r->u.stream, alloc_chunk, on_read) : uv_read_stop(&r->u.stream);
  if (rc != 0) {
    throw_errno(a.GetIsolate(), rc, "read", nullptr);
    return;
  }
  r->reading = on;
}

// setRawMode(handle, on): raw or normal mode of the caller's terminal on
// fd 0. libuv remembers the original mode; init restores it at exit
// (uv_tty_reset_mode) even if the guest does not.
void SetRawMode(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  auto *r = static_cast<StdinReader *>(handle_unwrap(iso, a[0], &kStdin));
  if (!r)
    return;
  if (r->u.handle.type != UV_TTY) {
    throw_errno(iso, -ENOTTY, "uv_tty_set_mode", nullptr);
    return;
  }
  int rc = uv_tty_set_mode(&r->u.tty, a[1]->BooleanValue(iso) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
  if (rc != 0)
    throw_errno(iso, rc, "uv_tty_set_mode", nullptr);
}

// stdinClose(handle): releases fd 0's reader now.
void StdinClose(Args a) {
  handle_close(a[0], &kStdin);
}

}  // namespace

void binding_add_tty(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "isatty", IsATTY);
  set_fn(iso, ctx, target, "getWindowSize", GetWindowSize);
  set_fn(iso, ctx, target, "stdinKind", StdinKind);
  set_fn(iso, ctx, target, "stdinOpen", StdinOpen);
  set_fn(iso, ctx, target, "stdinRead", StdinRead);
  set_fn(iso, ctx, target, "stdinClose", StdinClose);
  set_fn(iso, ctx, target, "setRawMode", SetRawMode);
}
