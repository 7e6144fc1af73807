/* See event-loop.h. Owns the uv loop of one guest process; never calls V8
 * itself, only the callbacks it was given. */
#include "event-loop.h"

#include <errno.h>
#include <stdlib.h>
#include <uv.h>

struct guest_loop {
  uv_loop_t loop;
  uv_timer_t timer;
  uv_check_t check;
  uv_idle_t idle;
  guest_loop_callbacks_t cb;
  void *opaque;
  bool timer_ref;
  bool immediates_queued;
  bool in_timers;        /* inside on_timers: arming is deferred */
  double deferred_ms;    /* the arming requested meanwhile, or < 0 */
};

static void on_timer(uv_timer_t *t) {
  guest_loop_t *l = t->data;
  /* A timer armed by a callback must wait for the next iteration (after
   * the check phase), as in Node. Started now, while the callback moves
   * the loop clock forward, libuv could find it due in this same pass. */
  l->in_timers = true;
  l->deferred_ms = -1;
  l->cb.on_timers(l->opaque);
  l->in_timers = false;
  if (l->deferred_ms >= 0)
    guest_loop_schedule_timer(l, l->deferred_ms);
}

static void on_check(uv_check_t *c) {
  guest_loop_t *l = c->data;
  if (l->immediates_queued)
    l->cb.on_immediates(l->opaque);
}

static void on_idle(uv_idle_t *i) {
  /* Present only so that the poll phase does not block while ref'd
   * immediates wait for the check phase. */
  (void)i;
}

int guest_loop_new(const guest_loop_callbacks_t *cb, void *opaque, guest_loop_t **ret) {
  guest_loop_t *l = calloc(1, sizeof(*l));
  if (!l)
    return -ENOMEM;
  int r = uv_loop_init(&l->loop);
  if (r < 0) {
    free(l);
    return r;
  }
  l->cb = *cb;
  l->opaque = opaque;
  uv_timer_init(&l->loop, &l->timer);
  uv_check_init(&l->loop, &l->check);
  uv_idle_init(&l->loop, &l->idle);
  l->timer.data = l->check.data = l->idle.data = l;
  uv_unref((uv_handle_t *)&l->timer);
  uv_check_start(&l->check, on_check);
  uv_unref((uv_handle_t *)&l->check);
  l->timer_ref = false;
  *ret = l;
  return 0;
}

static void close_handle(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h))
    uv_close(h, NULL);
}

guest_loop_t *guest_loop_free(guest_loop_t *l) {
  if (!l)
    return NULL;
  /* The loop's own handles and any a bridge left open (standard input's
   * reader, say): their owners are gone with the isolate. */
  uv_walk(&l->loop, close_handle, NULL);
  uv_run(&l->loop, UV_RUN_NOWAIT);
  uv_loop_close(&l->loop);
  free(l);
  return NULL;
}

double guest_loop_now(guest_loop_t *l) {
  /* Fresh, as Node's getLibuvNow(): a timer set after a long synchronous
   * stretch must count from now, not from the last loop iteration. */
  uv_update_time(&l->loop);
  return (double)uv_now(&l->loop);
}

void guest_loop_schedule_timer(guest_loop_t *l, double ms) {
  if (l->in_timers) {
    l->deferred_ms = ms;
    return;
  }
  uint64_t timeout = ms < 1 ? 1 : (uint64_t)ms;
  uv_timer_start(&l->timer, on_timer, timeout, 0);
}

void guest_loop_timer_ref(guest_loop_t *l, bool ref) {
  l->timer_ref = ref;
  if (ref)
    uv_ref((uv_handle_t *)&l->timer);
  else
    uv_unref((uv_handle_t *)&l->timer);
}

void guest_loop_immediates(guest_loop_t *l, bool queued, bool refed) {
  l->immediates_queued = queued;
  if (queued && refed)
    uv_idle_start(&l->idle, on_idle);
  else
    uv_idle_stop(&l->idle);
}

int guest_loop_run(guest_loop_t *l) {
  uv_run(&l->loop, UV_RUN_DEFAULT);
  return 0;
}

struct uv_loop_s *guest_loop_uv(guest_loop_t *l) {
  return &l->loop;
}

bool guest_loop_alive(guest_loop_t *l) {
  return uv_loop_alive(&l->loop);
}
