// Prefetch: asks for the cache lines of a block of memory ahead of its use.
//
// Why: in a busy millisecond thousands of tasks are due at once, and what one
// of them reads was last touched long before, out of every cache level by
// now. Asked for a task ahead (EventLoop warms the next task), the lines
// arrive while the task before runs.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jobsim {

constexpr size_t kCacheLineBytes = 64;

// GCC takes a function that only prefetches for one without side effects
// and drops the calls to it, and to its callers (a task's Warm()); an empty
// volatile asm statement is a side effect it keeps, and costs nothing.
inline void KeepPrefetches() { asm volatile(""); }

// The lines of [at - before, at - before + bytes); nothing when at is null.
inline void PrefetchBlock(const void* at, size_t before, size_t bytes) {
  if (at == nullptr) return;
  const uintptr_t start = reinterpret_cast<uintptr_t>(at) - before;
  const uintptr_t end = start + bytes;
  if (bytes <= kCacheLineBytes) {  // its one or two lines, without a loop
    __builtin_prefetch(reinterpret_cast<const void*>(start));
    __builtin_prefetch(reinterpret_cast<const void*>(end - 1));
  } else {
    for (uintptr_t line = start & ~uintptr_t{kCacheLineBytes - 1}; line < end; line += kCacheLineBytes) {
      __builtin_prefetch(reinterpret_cast<const void*>(line));
    }
  }
  KeepPrefetches();
}

// The lines of a make_shared object: its reference counts, just before it, and itself.
template <class T>
void PrefetchShared(const T* object) {
  constexpr size_t kCounts = 2 * sizeof(void*);
  PrefetchBlock(object, kCounts, kCounts + sizeof(T));
}

}  // namespace jobsim
