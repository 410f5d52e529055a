// Prefault: the pages the allocator hands out next, made present by a second
// thread before the simulation's thread first writes to them.
//
// A long run keeps growing: the 1,000-Job benchmark touches about 400 MB
// once, and the first write to each 4 KiB page traps into the kernel, which
// finds, zeroes and maps a page (about 2.6 us each on this workplace's VM,
// a tenth of the run's wall time). mimalloc is given one large reserved
// region (an arena) that it fills from the bottom up; the allocator's slow
// path notes the highest address it has handed out (NoteInUse), and a
// background thread keeps the pages from there to a lookahead beyond it
// populated (madvise MADV_POPULATE_WRITE, Linux 5.14 and later). On another
// core, that work overlaps the simulation's instead of adding to it.
//
// Nothing the simulation computes depends on this: it changes when pages
// become present, not what an allocation returns or holds. Without the
// madvise (an older kernel) or the region (no address space), the thread
// stops and every page faults in as before.
#pragma once

#include <sys/mman.h>

#include <atomic>
#include <cstddef>
#include <cstdint>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14 (include/uapi/asm-generic/mman-common.h)
#endif

namespace jobsim::alloc::prefault {

// The region's size: address space only (pages become memory when populated
// or written). Far more than any run needs; what does not fit comes from
// mimalloc's own OS memory.
inline constexpr size_t kRegionBytes = size_t{64} << 30;

// How far ahead of the highest address in use pages are kept present: a
// quarter of what is in use, between 4 and 32 MiB. The benchmark grows by
// about 150 MB a second, and mimalloc starts each 32 MiB segment by writing
// its header at the segment's start, ahead of the blocks it hands out; a
// small run's footprint (in RSS) grows by a quarter at most.
inline constexpr uintptr_t kMinLookaheadBytes = uintptr_t{4} << 20;
inline constexpr uintptr_t kMaxLookaheadBytes = uintptr_t{32} << 20;
uintptr_t Lookahead(uintptr_t in_use_bytes);

// [from, to): addresses to populate; empty when from >= to.
struct Range {
  uintptr_t from = 0;
  uintptr_t to = 0;
  bool empty() const { return from >= to; }
};

// The policy, pure: what to populate next in the region [begin, end), given
// the end of what is populated (page aligned) and the highest address in
// use. Nothing while at least half the lookahead is still ahead of what is
// in use; else from the later of the populated end and the page in use (the
// pages below it the allocator's thread has faulted in itself) to a full
// lookahead beyond what is in use, page aligned, within the region.
Range NextPopulate(uintptr_t populated_end, uintptr_t in_use_end, Range region, uintptr_t page_bytes);

// The address in use at which the thread, with nothing to do at in_use_end,
// wants waking: half the lookahead of now before the populated end. The
// lookahead only grows with use, so NextPopulate has work there.
uintptr_t WakeMark(uintptr_t populated_end, uintptr_t in_use_end, Range region);

// State shared between the allocating threads and the prefault thread.
// Constant-initialised: allocations before Reserve() find region_end 0 and
// note nothing.
struct Shared {
  std::atomic<uintptr_t> region_begin{0};
  std::atomic<uintptr_t> region_end{0};
  std::atomic<uintptr_t> in_use_end{0};
  std::atomic<uintptr_t> wake_mark{UINTPTR_MAX};
  std::atomic<uint32_t> generation{0};  // bumped to wake the thread
};
extern constinit Shared shared;

// Reserves the region and hands it to mimalloc; false when it cannot. Once
// per process, before mimalloc takes its first memory from the OS: every
// segment it takes afterwards comes from the region first.
bool Reserve();

// Starts the prefault thread over the reserved region (none when Reserve
// failed or did not run). Once, after Reserve and the C++ runtime's start-up.
void StartThread();

// Wakes the prefault thread; called when an allocation reaches the wake mark.
void Wake() noexcept;

// Notes that [block, block + bytes) is in use: on the allocator's slow path
// (mimalloc's), after the block was handed out. Usually one load and a
// compare: the highest address moves only when mimalloc takes new memory.
// Threads race benignly: a lost maximum only makes the thread wake later.
inline void NoteInUse(const void* block, size_t bytes) noexcept {
  const uintptr_t end = reinterpret_cast<uintptr_t>(block) + bytes;
  if (end <= shared.in_use_end.load(std::memory_order_relaxed)) return;
  if (end > shared.region_end.load(std::memory_order_relaxed)) return;  // not in the region
  shared.in_use_end.store(end, std::memory_order_relaxed);
  if (end >= shared.wake_mark.load(std::memory_order_relaxed)) Wake();
}

}  // namespace jobsim::alloc::prefault
