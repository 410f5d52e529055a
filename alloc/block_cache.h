// BlockCache: the blocks freed last, by size class, handed out again first.
//
// The simulation frees an old object version for each new one it makes (a
// Pod version per write, its status lists, event strings). mimalloc hands out
// the next block of its current page, which at 100,000 pods is a block freed
// long ago and out of the caches: the first read of it was 7% of the
// 1,000-Job benchmark's wall time, ten times its share at 100 Jobs. A block
// freed a moment ago is still in the caches; this keeps the last few of each
// size, last in first out, in front of the allocator (recycling_new.cc).
//
// Pure and single-threaded: one per thread. Sizes are rounded up to
// kGranule; a block kept under a class serves any request of that class, so
// the caller must have allocated it with at least the class's size.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jobsim::alloc {

template <size_t kClasses, uint32_t kDepth>
class BlockCache {
 public:
  static constexpr size_t kGranule = 16;
  static constexpr size_t kLargest = (kClasses - 1) * kGranule;  // larger requests are not cached

  // The size a block for `bytes` is allocated with: its class's. REQUIRES: bytes <= kLargest.
  static constexpr size_t ClassBytes(size_t bytes) { return ClassOf(bytes == 0 ? 1 : bytes) * kGranule; }

  // The block freed last in the class of `bytes`, or null.
  void* Take(size_t bytes) {
    if (bytes > kLargest) return nullptr;
    Stack& s = stacks_[ClassOf(bytes)];
    return s.count == 0 ? nullptr : s.blocks[--s.count];
  }

  // Keeps a freed block of `usable` bytes (what it can hold, at least what it
  // was allocated with) under the largest class it can serve; false when that
  // class is full or the block is too small or too large to be kept.
  bool Keep(void* block, size_t usable) {
    const size_t c = usable / kGranule;
    if (c == 0 || c >= kClasses) return false;
    Stack& s = stacks_[c];
    if (s.count == kDepth) return false;
    s.blocks[s.count++] = block;
    return true;
  }

  // Empties the cache, handing every block to release(block).
  template <class F>
  void Drain(F release) {
    for (Stack& s : stacks_) {
      while (s.count != 0) release(s.blocks[--s.count]);
    }
  }

 private:
  static constexpr size_t ClassOf(size_t bytes) { return (bytes + kGranule - 1) / kGranule; }

  struct Stack {
    uint32_t count;
    void* blocks[kDepth];
  };
  Stack stacks_[kClasses];  // zero-initialised where static: no constructor to run per thread
};

}  // namespace jobsim::alloc
