// StableVector: an indexed sequence whose elements never move. It grows by
// appending chunks of 16, 32, 64, ... elements, so an element's address stays
// valid until clear(), and locating index i is a bit scan and two
// subtractions.
//
// Why not std::deque: its blocks hold 512 bytes, a whole number of few
// element sizes, so every indexed access divides and adjusts block pointers
// (the event loop's and the object indexes' accesses were ~5% of the
// benchmark's instructions), and a deque of large elements keeps one per
// block.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <memory>
#include <utility>

namespace jobsim {

template <class T>
class StableVector {
 public:
  StableVector() = default;
  StableVector(const StableVector&) = delete;
  StableVector& operator=(const StableVector&) = delete;
  ~StableVector() {
    clear();
    for (size_t c = 0; c < kChunks && chunks_[c]; ++c) std::allocator<T>().deallocate(chunks_[c], ChunkSize(c));
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) {
    const Place p = Locate(i);
    return chunks_[p.chunk][p.offset];
  }
  const T& operator[](size_t i) const {
    const Place p = Locate(i);
    return chunks_[p.chunk][p.offset];
  }

  template <class... Args>
  T& emplace_back(Args&&... args) {
    const Place p = Locate(size_);
    if (!chunks_[p.chunk]) chunks_[p.chunk] = std::allocator<T>().allocate(ChunkSize(p.chunk));
    T* element = ::new (static_cast<void*>(chunks_[p.chunk] + p.offset)) T(std::forward<Args>(args)...);
    ++size_;
    return *element;
  }

  // Destroys every element; the chunks stay for the next ones.
  void clear() {
    for (size_t i = size_; i-- > 0;) (*this)[i].~T();
    size_ = 0;
  }

 private:
  static constexpr size_t kFirstShift = 4;  // the first chunk holds 16
  static constexpr size_t kChunks = 64 - kFirstShift;
  static constexpr size_t ChunkSize(size_t chunk) { return size_t{1} << (chunk + kFirstShift); }

  struct Place {
    size_t chunk;
    size_t offset;
  };
  // Chunk c holds indexes [16 * (2^c - 1), 16 * (2^(c+1) - 1)): i + 16's top bit names it.
  static Place Locate(size_t i) {
    const size_t n = i + (size_t{1} << kFirstShift);
    const size_t top = static_cast<size_t>(std::bit_width(n)) - 1;
    return {top - kFirstShift, n - (size_t{1} << top)};
  }

  std::array<T*, kChunks> chunks_{};
  size_t size_ = 0;
};

}  // namespace jobsim
