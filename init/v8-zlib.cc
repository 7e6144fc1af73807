// binding.zlib: native zlib and brotli streams for the node:zlib bridge.
//
// One handle owns one compression context (a z_stream, or a brotli
// encoder/decoder). JS drives it as Node's lib/zlib.js drives node_zlib.cc:
// each write() hands in an input window and an output window, the library
// runs until one of them is exhausted, and the remaining sizes come back in
// a two-slot Uint32Array. writeSync() runs inline; write() runs on libuv's
// thread pool and calls back on the guest's loop, so a large inflate never
// stalls the guest's timers.
//
// What this file must never do: touch a context from two threads at once
// (a write in flight refuses every other call, and close() is deferred
// until the work is back), or let the thread pool see memory the guest can
// free (an in-flight job holds the backing stores of its buffers).
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <uv.h>
#include <zlib.h>

#include <string.h>

#include <memory>
#include <string>
#include <vector>

#include "v8-internal.hh"

namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value> &;

// Node's stream modes (zlib.constants.DEFLATE ...).
enum Mode { NONE, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE };

const unsigned char kGzipId1 = 0x1f, kGzipId2 = 0x8b;

// An error as node_zlib.cc reports it: message, errno and code.
struct Failure {
  bool set = false;
  std::string message;
  int err = 0;
  std::string code;
};

const char *zlib_code(int err) {
  switch (err) {
  case Z_OK: return "Z_OK";
  case Z_STREAM_END: return "Z_STREAM_END";
  case Z_NEED_DICT: return "Z_NEED_DICT";
  case Z_ERRNO: return "Z_ERRNO";
  case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
  case Z_DATA_ERROR: return "Z_DATA_ERROR";
  case Z_MEM_ERROR: return "Z_MEM_ERROR";
  case Z_BUF_ERROR: return "Z_BUF_ERROR";
  case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
  default: return "Z_UNKNOWN_ERROR";
  }
}

struct Stream {
  int mode = NONE;
  // zlib
  z_stream strm{};
  bool zlib_ready = false;
  int level = 0, window_bits = 0, mem_level = 0, strategy = 0;
  int err = Z_OK;
  int gzip_id_bytes_read = 0;
  std::vector<unsigned char> dictionary;
  // brotli
  BrotliEncoderState *enc = nullptr;
  BrotliDecoderState *dec = nullptr;
  BROTLI_BOOL enc_ok = BROTLI_TRUE;
  BrotliDecoderResult dec_result = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode dec_error = BROTLI_DECODER_NO_ERROR;
  // the current write
  int flush = 0;
  const uint8_t *next_in = nullptr;
  size_t avail_in = 0;
  uint8_t *next_out = nullptr;
  size_t avail_out = 0;
  // a write on the thread pool
  bool in_flight = false;
  bool pending_close = false;

  ~Stream() { end(); }

  void end() {
    if (zlib_ready) {
      if (mode == DEFLATE || mode == GZIP || mode == DEFLATERAW)
        deflateEnd(&strm);
      else
        inflateEnd(&strm);
      zlib_ready = false;
    }
    if (enc)
      BrotliEncoderDestroyInstance(enc);
    if (dec)
      BrotliDecoderDestroyInstance(dec);
    enc = nullptr;
    dec = nullptr;
  }
};

void destroy_stream(void *p) {
  delete static_cast<Stream *>(p);
}

const native_type kStreamType = {"zlib", destroy_stream};

bool is_deflate(int mode) {
  return mode == DEFLATE || mode == GZIP || mode == DEFLATERAW;
}

// --- zlib -----------------------------------------------------------------

Failure zlib_failure(const Stream *s, const char *message) {
  Failure f;
  f.set = true;
  f.message = s->strm.msg ? s->strm.msg : message;
  f.err = s->err;
  f.code = zlib_code(s->err);
  return f;
}

Failure zlib_set_dictionary(Stream *s) {
  if (s->dictionary.empty())
    return {};
  s->err = Z_OK;
  if (s->mode == DEFLATE || s->mode == DEFLATERAW)
    s->err = deflateSetDictionary(&s->strm, s->dictionary.data(), (uInt)s->dictionary.size());
  else if (s->mode == INFLATERAW)  // the others get it when inflate() asks
    s->err = inflateSetDictionary(&s->strm, s->dictionary.data(), (uInt)s->dictionary.size());
  if (s->err != Z_OK)
    return zlib_failure(s, "Failed to set dictionary");
  return {};
}

Failure zlib_init(Stream *s) {
  int wb = s->window_bits;
  if (s->mode == GZIP || s->mode == GUNZIP)
    wb += 16;
  if (s->mode == UNZIP)
    wb += 32;
  if (s->mode == DEFLATERAW || s->mode == INFLATERAW)
    wb = -wb;
  if (is_deflate(s->mode))
    s->err = deflateInit2(&s->strm, s->level, Z_DEFLATED, wb, s->mem_level, s->strategy);
  else
    s->err = inflateInit2(&s->strm, wb);
  if (s->err != Z_OK) {
    Failure f = zlib_failure(s, "Init error");
    s->mode = NONE;
    return f;
  }
  s->zlib_ready = true;
  return zlib_set_dictionary(s);
}

// One step of node_zlib.cc's ZlibContext::DoThreadPoolWork.
void zlib_process(Stream *s) {
  z_stream *z = &s->strm;
  z->next_in = const_cast<Bytef *>(s->next_in);
  z->avail_in = (uInt)s->avail_in;
  z->next_out = s->next_out;
  z->avail_out = (uInt)s->avail_out;
  switch (s->mode) {
  case DEFLATE:
  case GZIP:
  case DEFLATERAW:
    s->err = deflate(z, s->flush);
    break;
  case UNZIP:
    // Learn from the first two bytes whether this is gzip or zlib, even
    // when they arrive in separate writes.
    if (z->avail_in > 0 && s->gzip_id_bytes_read == 0) {
      if (z->next_in[0] != kGzipId1) {
        s->mode = INFLATE;
      } else {
        s->gzip_id_bytes_read = 1;
        if (z->avail_in > 1)
          s->mode = z->next_in[1] == kGzipId2 ? GUNZIP : INFLATE;
      }
    } else if (z->avail_in > 0 && s->gzip_id_bytes_read == 1) {
      s->mode = z->next_in[0] == kGzipId2 ? GUNZIP : INFLATE;
    }
    if (s->mode == GUNZIP)
      s->gzip_id_bytes_read = 2;
    /* fall through */
  case INFLATE:
  case GUNZIP:
  case INFLATERAW:
    s->err = inflate(z, s->flush);
    if (s->mode != INFLATERAW && s->err == Z_NEED_DICT && !s->dictionary.empty()) {
      s->err = inflateSetDictionary(z, s->dictionary.data(), (uInt)s->dictionary.size());
      if (s->err == Z_OK)
        s->err = inflate(z, s->flush);
      else if (s->err == Z_DATA_ERROR)
        s->err = Z_NEED_DICT;  // tells a bad dictionary from bad input
    }
    // Another gzip member may follow; trailing zero bytes are padding.
    while (z->avail_in > 0 && s->mode == GUNZIP && s->err == Z_STREAM_END && z->next_in[0] != 0) {
      s->err = inflateReset(z);
      if (s->err == Z_OK)
        s->err = inflate(z, s->flush);
    }
    break;
  default:
    s->err = Z_STREAM_ERROR;
    break;
  }
  s->next_in = z->next_in;
  s->avail_in = z->avail_in;
  s->next_out = z->next_out;
  s->avail_out = z->avail_out;
}

Failure zlib_result(const Stream *s) {
  switch (s->err) {
  case Z_OK:
  case Z_BUF_ERROR:
    if (s->avail_out != 0 && s->flush == Z_FINISH)
      return zlib_failure(s, "unexpected end of file");
    return {};
  case Z_STREAM_END:
    return {};
  case Z_NEED_DICT:
    return zlib_failure(s, s->dictionary.empty() ? "Missing dictionary" : "Bad dictionary");
  default:
    return zlib_failure(s, "Zlib error");
  }
}

// --- brotli ---------------------------------------------------------------

Failure simple_failure(const char *message, const char *code, int err) {
  Failure f;
  f.set = true;
  f.message = message;
  f.code = code;
  f.err = err;
  return f;
}

void brotli_process(Stream *s) {
  const uint8_t *in = s->next_in;
  if (s->mode == BROTLI_ENCODE) {
    s->enc_ok = BrotliEncoderCompressStream(s->enc, (BrotliEncoderOperation)s->flush, &s->avail_in, &in, &s->avail_out,
                                            &s->next_out, nullptr);
  } else {
    s->dec_result = BrotliDecoderDecompressStream(s->dec, &s->avail_in, &in, &s->avail_out, &s->next_out, nullptr);
    if (s->dec_result == BROTLI_DECODER_RESULT_ERROR)
      s->dec_error = BrotliDecoderGetErrorCode(s->dec);
  }
  s->next_in = in;
}

// Node's codes for decoder failures: "ERR_" and the error's name after
// "BROTLI_DECODER" (its bundled brotli's BrotliDecoderErrorString; older
// libraries name them differently).
const struct {
  BrotliDecoderErrorCode code;
  const char *name;
} kDecoderErrors[] = {
#define E(name) {BROTLI_DECODER##name, "ERR_" #name}
    E(_ERROR_FORMAT_EXUBERANT_NIBBLE),   E(_ERROR_FORMAT_RESERVED),
    E(_ERROR_FORMAT_EXUBERANT_META_NIBBLE), E(_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET),
    E(_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME), E(_ERROR_FORMAT_CL_SPACE),
    E(_ERROR_FORMAT_HUFFMAN_SPACE),      E(_ERROR_FORMAT_CONTEXT_MAP_REPEAT),
    E(_ERROR_FORMAT_BLOCK_LENGTH_1),     E(_ERROR_FORMAT_BLOCK_LENGTH_2),
    E(_ERROR_FORMAT_TRANSFORM),          E(_ERROR_FORMAT_DICTIONARY),
    E(_ERROR_FORMAT_WINDOW_BITS),        E(_ERROR_FORMAT_PADDING_1),
    E(_ERROR_FORMAT_PADDING_2),          E(_ERROR_FORMAT_DISTANCE),
    E(_ERROR_DICTIONARY_NOT_SET),        E(_ERROR_INVALID_ARGUMENTS),
    E(_ERROR_ALLOC_CONTEXT_MODES),       E(_ERROR_ALLOC_TREE_GROUPS),
    E(_ERROR_ALLOC_CONTEXT_MAP),         E(_ERROR_ALLOC_RING_BUFFER_1),
    E(_ERROR_ALLOC_RING_BUFFER_2),       E(_ERROR_ALLOC_BLOCK_TYPE_TREES),
    E(_ERROR_UNREACHABLE),
#undef E
};

std::string decoder_error_code(BrotliDecoderErrorCode c) {
  for (const auto &e : kDecoderErrors)
    if (e.code == c)
      return e.name;
  return std::string("ERR_") + BrotliDecoderErrorString(c);
}

Failure brotli_result(const Stream *s) {
  if (s->mode == BROTLI_ENCODE) {
    if (!s->enc_ok)
      return simple_failure("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1);
    return {};
  }
  if (s->dec_error != BROTLI_DECODER_NO_ERROR) {
    std::string code = decoder_error_code(s->dec_error);
    return simple_failure("Decompression failed", code.c_str(), (int)s->dec_error);
  }
  if (s->flush == BROTLI_OPERATION_FINISH && s->dec_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
    return simple_failure("unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR);
  return {};
}

// Applies params[i] for every slot that is not ~0 (Node's "unset").
bool brotli_create(Stream *s, const uint32_t *params, size_t n) {
  if (s->mode == BROTLI_ENCODE) {
    s->enc = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    if (!s->enc)
      return false;
    for (size_t i = 0; i < n; i++)
      if (params[i] != UINT32_MAX && !BrotliEncoderSetParameter(s->enc, (BrotliEncoderParameter)i, params[i]))
        return false;
  } else {
    s->dec = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!s->dec)
      return false;
    for (size_t i = 0; i < n; i++)
      if (params[i] != UINT32_MAX && !BrotliDecoderSetParameter(s->dec, (BrotliDecoderParameter)i, params[i]))
        return false;
  }
  s->enc_ok = BROTLI_TRUE;
  s->dec_result = BROTLI_DECODER_RESULT_SUCCESS;
  s->dec_error = BROTLI_DECODER_NO_ERROR;
  return true;
}

// --- either ---------------------------------------------------------------

bool is_brotli(const Stream *s) {
  return s->mode == BROTLI_ENCODE || s->mode == BROTLI_DECODE;
}

void process(Stream *s) {
  if (is_brotli(s))
    brotli_process(s);
  else
    zlib_process(s);
}

Failure result(const Stream *s) {
  return is_brotli(s) ? brotli_result(s) : zlib_result(s);
}

v8::Local<v8::Value> failure_value(v8::Isolate *iso, const Failure &f) {
  v8::Local<v8::Value> items[] = {v8_str(iso, f.message.c_str()), v8::Integer::New(iso, f.err),
                                  v8_str(iso, f.code.c_str())};
  return v8::Array::New(iso, items, 3);
}

void throw_type(v8::Isolate *iso, const char *msg) {
  iso->ThrowException(v8::Exception::TypeError(v8_str(iso, msg)));
}

Stream *stream_of(Args a) {
  auto *s = static_cast<Stream *>(handle_unwrap(a.GetIsolate(), a[0], &kStreamType));
  if (s && s->in_flight) {
    a.GetIsolate()->ThrowException(v8::Exception::Error(v8_str(a.GetIsolate(), "zlib: a write is in progress")));
    return nullptr;
  }
  return s;
}

// An integer argument in [lo, hi] (the bootstrap validated it; anything
// else is refused before it reaches the libraries).
bool int_arg(v8::Local<v8::Value> v, int lo, int hi, int *ret) {
  if (!v->IsInt32())
    return false;
  int x = v.As<v8::Int32>()->Value();
  if (x < lo || x > hi)
    return false;
  *ret = x;
  return true;
}

// zlibCreate(mode, windowBits, level, memLevel, strategy, dictionary?)
//   -> handle, or [message, errno, code] when zlib refuses the parameters.
void ZlibCreate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  auto s = std::make_unique<Stream>();
  if (!int_arg(a[0], DEFLATE, UNZIP, &s->mode) || !int_arg(a[1], 0, 15, &s->window_bits) ||
      !int_arg(a[2], -1, 9, &s->level) || !int_arg(a[3], 1, 9, &s->mem_level) || !int_arg(a[4], 0, Z_FIXED, &s->strategy))
    return throw_type(iso, "zlib: bad parameters");
  if (a[5]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> v = a[5].As<v8::ArrayBufferView>();
    s->dictionary.resize(v->ByteLength());
    if (!s->dictionary.empty())
      v->CopyContents(s->dictionary.data(), s->dictionary.size());
  }
  Failure f = zlib_init(s.get());
  if (f.set)
    return a.GetReturnValue().Set(failure_value(iso, f));
  a.GetReturnValue().Set(handle_wrap(iso, &kStreamType, s.release()));
}

// brotliCreate(mode, params: Uint32Array) -> handle, or null when brotli
// refuses a parameter.
void BrotliCreate(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  int mode = NONE;
  if (!int_arg(a[0], BROTLI_DECODE, BROTLI_ENCODE, &mode) || !a[1]->IsUint32Array())
    return throw_type(iso, "zlib: bad brotli arguments");
  v8::Local<v8::Uint32Array> p = a[1].As<v8::Uint32Array>();
  std::vector<uint32_t> params(p->Length());
  if (!params.empty())
    p->CopyContents(params.data(), params.size() * sizeof(uint32_t));
  auto s = std::make_unique<Stream>();
  s->mode = mode;
  if (!brotli_create(s.get(), params.data(), params.size()))
    return a.GetReturnValue().SetNull();
  a.GetReturnValue().Set(handle_wrap(iso, &kStreamType, s.release()));
}

// A byte window of an ArrayBufferView, checked against its length. The
// backing store is kept so an in-flight job owns a reference to it.
struct Window {
  std::shared_ptr<v8::BackingStore> store;
  uint8_t *data = nullptr;
  size_t len = 0;
};

bool window_of(v8::Isolate *iso, v8::Local<v8::Value> v, v8::Local<v8::Value> off, v8::Local<v8::Value> len,
               Window *ret) {
  if (!v->IsArrayBufferView() || !off->IsUint32() || !len->IsUint32()) {
    throw_type(iso, "zlib: bad buffer arguments");
    return false;
  }
  v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
  size_t o = off.As<v8::Uint32>()->Value(), n = len.As<v8::Uint32>()->Value();
  size_t have = view->ByteLength();
  if (o > have || n > have - o) {
    iso->ThrowException(v8::Exception::RangeError(v8_str(iso, "zlib: window out of bounds")));
    return false;
  }
  ret->store = view->Buffer()->GetBackingStore();
  ret->data = static_cast<uint8_t *>(ret->store->Data()) + view->ByteOffset() + o;
  ret->len = n;
  return true;
}

struct Job {
  uv_work_t work;
  engine *e = nullptr;
  Stream *s = nullptr;
  Window in, out, state;
  v8::Global<v8::Object> handle;  // keeps the stream alive while in flight
  v8::Global<v8::Function> callback;
};

// Arguments shared by write() and writeSync():
// (handle, flush, in, inOff, inLen, out, outOff, outLen, state: Uint32Array(2)[, callback])
bool prepare(Args a, Stream *s, Job *j) {
  v8::Isolate *iso = a.GetIsolate();
  if (!window_of(iso, a[2], a[3], a[4], &j->in) || !window_of(iso, a[5], a[6], a[7], &j->out))
    return false;
  if (!a[8]->IsUint32Array() || a[8].As<v8::Uint32Array>()->Length() < 2) {
    throw_type(iso, "zlib: bad write state");
    return false;
  }
  v8::Local<v8::Uint32Array> st = a[8].As<v8::Uint32Array>();
  j->state.store = st->Buffer()->GetBackingStore();
  j->state.data = static_cast<uint8_t *>(j->state.store->Data()) + st->ByteOffset();
  int flush;
  if (!int_arg(a[1], 0, is_brotli(s) ? (int)BROTLI_OPERATION_EMIT_METADATA : Z_TREES, &flush)) {
    iso->ThrowException(v8::Exception::RangeError(v8_str(iso, "zlib: bad flush")));
    return false;
  }
  j->s = s;
  s->flush = flush;
  s->next_in = j->in.data;
  s->avail_in = j->in.len;
  s->next_out = j->out.data;
  s->avail_out = j->out.len;
  return true;
}

void store_result(Job *j) {
  uint32_t r[2] = {(uint32_t)j->s->avail_out, (uint32_t)j->s->avail_in};
  memcpy(j->state.data, r, sizeof r);
}

// writeSync(...) -> undefined (state filled in) or [message, errno, code]
void WriteSync(Args a) {
  Stream *s = stream_of(a);
  Job j;
  if (!s || !prepare(a, s, &j))
    return;
  process(s);
  Failure f = result(s);
  if (f.set)
    return a.GetReturnValue().Set(failure_value(a.GetIsolate(), f));
  store_result(&j);
}

void write_work(uv_work_t *w) {
  Job *j = static_cast<Job *>(w->data);
  process(j->s);
}

void write_after(uv_work_t *w, int) {
  std::unique_ptr<Job> j(static_cast<Job *>(w->data));
  v8::Isolate *iso = j->e->isolate;
  v8::HandleScope scope(iso);
  Stream *s = j->s;
  s->in_flight = false;
  Failure f = result(s);
  v8::Local<v8::Value> args[3];
  int argc = 0;
  if (f.set) {
    args[0] = v8_str(iso, f.message.c_str());
    args[1] = v8::Integer::New(iso, f.err);
    args[2] = v8_str(iso, f.code.c_str());
    argc = 3;
  } else {
    store_result(j.get());
  }
  v8::Local<v8::Object> handle = j->handle.Get(iso);
  bool close_now = s->pending_close;
  if (close_now)
    handle_close(handle, &kStreamType);
  invoke_callback(j->e, j->callback.Get(iso), argc, args);
}

// write(..., callback(message?, errno?, code?)): on the thread pool.
void Write(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Stream *s = stream_of(a);
  auto j = std::make_unique<Job>();
  if (!s || !prepare(a, s, j.get()))
    return;
  if (!a[9]->IsFunction())
    return throw_type(iso, "zlib: callback expected");
  j->e = engine_of(iso);
  j->handle.Reset(iso, a[0].As<v8::Object>());
  j->callback.Reset(iso, a[9].As<v8::Function>());
  j->work.data = j.get();
  int r = uv_queue_work(guest_loop_uv(j->e->loop), &j->work, write_work, write_after);
  if (r < 0)
    return throw_errno(iso, r, "uv_queue_work", nullptr);
  s->in_flight = true;
  j.release();
}

// params(handle, level, strategy) -> undefined or [message, errno, code]
void Params(Args a) {
  Stream *s = stream_of(a);
  if (!s || is_brotli(s))
    return;
  s->err = Z_OK;
  int level, strategy;
  if (!int_arg(a[1], -1, 9, &level) || !int_arg(a[2], 0, Z_FIXED, &strategy))
    return throw_type(a.GetIsolate(), "zlib: bad parameters");
  if (s->mode == DEFLATE || s->mode == DEFLATERAW)
    s->err = deflateParams(&s->strm, level, strategy);
  if (s->err != Z_OK && s->err != Z_BUF_ERROR)
    a.GetReturnValue().Set(failure_value(a.GetIsolate(), zlib_failure(s, "Failed to set parameters")));
}

// reset(handle) -> undefined or [message, errno, code]. Brotli starts a
// fresh instance with default parameters, as Node does.
void Reset(Args a) {
  v8::Isolate *iso = a.GetIsolate();
  Stream *s = stream_of(a);
  if (!s)
    return;
  if (is_brotli(s)) {
    s->end();
    if (!brotli_create(s, nullptr, 0))
      a.GetReturnValue().Set(
          failure_value(iso, simple_failure("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1)));
    return;
  }
  s->err = Z_OK;
  if (s->mode == DEFLATE || s->mode == DEFLATERAW || s->mode == GZIP)
    s->err = deflateReset(&s->strm);
  else if (s->mode == INFLATE || s->mode == INFLATERAW || s->mode == GUNZIP)
    s->err = inflateReset(&s->strm);
  Failure f = s->err != Z_OK ? zlib_failure(s, "Failed to reset stream") : zlib_set_dictionary(s);
  if (f.set)
    a.GetReturnValue().Set(failure_value(iso, f));
}

// close(handle): now, or when the write in flight comes back; closing
// twice is not an error.
void Close(Args a) {
  if (!handle_is(a[0], &kStreamType))
    return;
  v8::TryCatch already_closed(a.GetIsolate());
  auto *s = static_cast<Stream *>(handle_unwrap(a.GetIsolate(), a[0], &kStreamType));
  if (!s)
    return;
  if (s->in_flight)
    s->pending_close = true;
  else
    handle_close(a[0], &kStreamType);
}

// crc32(bytes, value) -> uint32
void Crc32(Args a) {
  if (!a[0]->IsArrayBufferView() || !a[1]->IsUint32())
    return throw_type(a.GetIsolate(), "zlib: crc32 needs bytes and a uint32");
  v8::Local<v8::ArrayBufferView> v = a[0].As<v8::ArrayBufferView>();
  const Bytef *p = static_cast<const Bytef *>(v->Buffer()->Data()) + v->ByteOffset();
  uLong crc = crc32_z(a[1].As<v8::Uint32>()->Value(), p, v->ByteLength());
  a.GetReturnValue().Set(v8::Integer::NewFromUnsigned(a.GetIsolate(), (uint32_t)crc));
}

}  // namespace

void binding_add_zlib(v8::Isolate *iso, v8::Local<v8::Context> ctx, v8::Local<v8::Object> target) {
  set_fn(iso, ctx, target, "zlibCreate", ZlibCreate);
  set_fn(iso, ctx, target, "brotliCreate", BrotliCreate);
  set_fn(iso, ctx, target, "writeSync", WriteSync);
  set_fn(iso, ctx, target, "write", Write);
  set_fn(iso, ctx, target, "params", Params);
  set_fn(iso, ctx, target, "reset", Reset);
  set_fn(iso, ctx, target, "close", Close);
  set_fn(iso, ctx, target, "crc32", Crc32);
  (void)target->Set(ctx, v8_str(iso, "zlibVersion"), v8_str(iso, zlibVersion()));
}
