// The native binding (init/v8-binding.cc), known only after boot: the
// snapshot is taken before any runtime exists. Modules read it lazily.
export let binding = null;
export let bootInfo = null;

export function setNative(b, info) {
  binding = b;
  bootInfo = info;
}
