// The program's operator new and delete: mimalloc behind a per-thread
// BlockCache (block_cache.h), so that a block freed a moment ago serves the
// next request of its size while it is still in the processor's caches.
// Linked into the executables only (jobsim, jobsim_bench); tests use the
// default allocator. Every unaligned form, nothrow ones included, allocates
// here: a block sized delete frees must have its class's size. The aligned
// forms are mimalloc's own replacements (libmimalloc), paired with their
// aligned deletes, so their blocks never meet the cache.
#include <mimalloc.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

#include "alloc/block_cache.h"
#include "alloc/prefault.h"

namespace {

// 1 KiB and under: a Pod version (~600 B with its count) and everything smaller.
// 64 blocks a class: 2 MiB at most held per thread, and the reuse distance of
// a write's versions is a handful of blocks.
using Cache = jobsim::alloc::BlockCache<65, 64>;

thread_local constinit Cache cache{};
// False once the thread's cache has been drained at its exit: later frees
// (other thread_local destructors) go straight to mimalloc.
thread_local constinit bool cache_open = true;

// The prefault region is reserved before the shared libraries' constructors
// run (a preinit function of the executable runs first): libstdc++'s
// start-up allocates, and the 32 MiB segment mimalloc takes for that would
// otherwise come from the OS and fault in page by page. The thread starts
// with the executable's static objects, when the C++ runtime is up.
void ReservePrefaultRegion(int, char**, char**) { jobsim::alloc::prefault::Reserve(); }
[[gnu::section(".preinit_array"), gnu::used]] void (*const reserve_prefault_region)(int, char**, char**) =
    &ReservePrefaultRegion;
[[maybe_unused]] const bool prefault_thread_started = (jobsim::alloc::prefault::StartThread(), true);

struct DrainAtExit {
  ~DrainAtExit() {
    cache_open = false;
    cache.Drain([](void* block) { mi_free(block); });
  }
};
// Called whenever a block enters the cache (after the first time, a guard's test).
void DrainThisThreadAtExit() { thread_local DrainAtExit drain; }

// mimalloc keeps a page's free blocks in a list threaded through their first
// words, and a block handed out still holds the address of the next free one:
// the block the next request of this size gets. Long after it was freed, that
// block is out of the caches, and reading it was nine tenths of mi_malloc's
// time; fetched now, it arrives before that request. (A prefetch never
// faults, whatever the word holds.)
void PrefetchNextFree(const void* block) {
  uintptr_t next;
  std::memcpy(&next, block, sizeof next);
  __builtin_prefetch(reinterpret_cast<const void*>(next));
}

// Out of line: the cache's hit path stays small enough to inline into operator new.
[[gnu::noinline]] void* AllocateFresh(size_t bytes) {
  void* block = mi_malloc(bytes);
  if (!block) throw std::bad_alloc();
  PrefetchNextFree(block);
  jobsim::alloc::prefault::NoteInUse(block, bytes);
  return block;
}

void* Allocate(size_t bytes) {
  if (bytes <= Cache::kLargest) {
    if (void* block = cache.Take(bytes)) return block;
    bytes = Cache::ClassBytes(bytes);
  }
  return AllocateFresh(bytes);
}

void* AllocateOrNull(size_t bytes) noexcept {
  try {
    return Allocate(bytes);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}

void Release(void* block, size_t usable) {
  if (!block) return;
  if (cache_open && cache.Keep(block, usable)) {
    DrainThisThreadAtExit();
    return;
  }
  mi_free(block);
}

// A block freed without its size holds what mimalloc says it can.
void ReleaseUnsized(void* block) { Release(block, block ? mi_usable_size(block) : 0); }

// A block of `bytes` requested was allocated with its class's size.
size_t UsableOf(size_t bytes) { return bytes <= Cache::kLargest ? Cache::ClassBytes(bytes) : bytes; }

}  // namespace

void* operator new(size_t bytes) { return Allocate(bytes); }
void* operator new[](size_t bytes) { return Allocate(bytes); }
void* operator new(size_t bytes, const std::nothrow_t&) noexcept { return AllocateOrNull(bytes); }
void* operator new[](size_t bytes, const std::nothrow_t&) noexcept { return AllocateOrNull(bytes); }
void operator delete(void* block) noexcept { ReleaseUnsized(block); }
void operator delete[](void* block) noexcept { ReleaseUnsized(block); }
void operator delete(void* block, size_t bytes) noexcept { Release(block, UsableOf(bytes)); }
void operator delete[](void* block, size_t bytes) noexcept { Release(block, UsableOf(bytes)); }
void operator delete(void* block, const std::nothrow_t&) noexcept { ReleaseUnsized(block); }
void operator delete[](void* block, const std::nothrow_t&) noexcept { ReleaseUnsized(block); }
