/* One guest process's event loop (libuv), in Node's phases: timers, poll,
 * check (setImmediate), close. JS keeps the timer and immediate queues; the
 * loop only owns one timer handle armed at the earliest deadline and the
 * check/idle handles that drive setImmediate, as Node itself does. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

typedef struct guest_loop guest_loop_t;

typedef struct guest_loop_callbacks {
  void (*on_timers)(void *opaque);     /* the armed deadline has passed */
  void (*on_immediates)(void *opaque); /* check phase, when immediates are queued */
} guest_loop_callbacks_t;

int guest_loop_new(const guest_loop_callbacks_t *cb, void *opaque, guest_loop_t **ret);
guest_loop_t *guest_loop_free(guest_loop_t *l);

/* Milliseconds on the loop's clock, brought up to date first. */
double guest_loop_now(guest_loop_t *l);

/* Arms the timer `ms` from now (ms >= 1), replacing any earlier arming. */
void guest_loop_schedule_timer(guest_loop_t *l, double ms);
/* Whether pending timers keep the process alive. */
void guest_loop_timer_ref(guest_loop_t *l, bool ref);
/* Whether immediates are queued (runs the check phase) and whether any of
 * them keeps the process alive (the poll phase must then not block). */
void guest_loop_immediates(guest_loop_t *l, bool queued, bool refed);

/* Runs until nothing keeps it alive. Returns 0, or -errno. */
int guest_loop_run(guest_loop_t *l);

/* The libuv loop itself, for thread-pool work of the bridges. */
struct uv_loop_s *guest_loop_uv(guest_loop_t *l);
bool guest_loop_alive(guest_loop_t *l);
