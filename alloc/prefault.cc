#include "alloc/prefault.h"

#include <mimalloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <thread>

namespace jobsim::alloc::prefault {

constinit Shared shared{};

uintptr_t Lookahead(uintptr_t in_use_bytes) {
  return std::clamp(in_use_bytes / 4, kMinLookaheadBytes, kMaxLookaheadBytes);
}

Range NextPopulate(uintptr_t populated_end, uintptr_t in_use_end, Range region, uintptr_t page_bytes) {
  const uintptr_t lookahead = Lookahead(in_use_end - region.from);
  if (in_use_end + lookahead / 2 <= populated_end) return {};
  const uintptr_t in_use_page = in_use_end & ~(page_bytes - 1);
  const uintptr_t target = std::min(region.to, (in_use_end + lookahead + page_bytes - 1) & ~(page_bytes - 1));
  return {std::max(populated_end, in_use_page), target};
}

uintptr_t WakeMark(uintptr_t populated_end, uintptr_t in_use_end, Range region) {
  return populated_end - Lookahead(in_use_end - region.from) / 2;
}

void Wake() noexcept {
  // Only the first allocation past the mark wakes the thread; it sets a new mark.
  if (shared.wake_mark.exchange(UINTPTR_MAX) == UINTPTR_MAX) return;
  shared.generation.fetch_add(1);
  shared.generation.notify_one();
}

namespace {

// mimalloc finds a block's segment by masking its address: an arena must
// start on a segment boundary (32 MiB in mimalloc 2.0, 64 MiB in some 1.x).
constexpr size_t kSegmentAlignBytes = size_t{64} << 20;

// False when the kernel cannot populate at all. A range it refuses otherwise
// (mimalloc may have unmapped part of it to decommit) is skipped.
bool Populate(Range r) {
  if (madvise(reinterpret_cast<void*>(r.from), r.to - r.from, MADV_POPULATE_WRITE) == 0) return true;
  return errno != EINVAL;
}

void Run(Range region, uintptr_t page_bytes) {
  uintptr_t populated_end = region.from;
  for (;;) {
    const uint32_t generation = shared.generation.load();
    const auto next = [&] { return NextPopulate(populated_end, shared.in_use_end.load(), region, page_bytes); };
    const Range range = next();
    if (range.empty()) {
      shared.wake_mark.store(WakeMark(populated_end, shared.in_use_end.load(), region));
      // An allocation between the check and the mark did not see the mark.
      if (next().empty()) shared.generation.wait(generation);
      continue;
    }
    if (!Populate(range)) return;
    populated_end = range.to;
  }
}

}  // namespace

bool Reserve() {
  void* mapped = mmap(nullptr, kRegionBytes + kSegmentAlignBytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mapped == MAP_FAILED) return false;
  const auto begin = (reinterpret_cast<uintptr_t>(mapped) + kSegmentAlignBytes - 1) & ~(kSegmentAlignBytes - 1);
  if (!mi_manage_os_memory(reinterpret_cast<void*>(begin), kRegionBytes, /*is_committed=*/true, /*is_large=*/false,
                           /*is_zero=*/true, /*numa_node=*/-1)) {
    munmap(mapped, kRegionBytes + kSegmentAlignBytes);
    return false;
  }
  shared.region_begin.store(begin);
  shared.in_use_end.store(begin);
  shared.region_end.store(begin + kRegionBytes);
  return true;
}

void StartThread() {
  const uintptr_t begin = shared.region_begin.load();
  if (begin == 0) return;
  std::thread(Run, Range{begin, shared.region_end.load()}, static_cast<uintptr_t>(sysconf(_SC_PAGESIZE))).detach();
}

}  // namespace jobsim::alloc::prefault
