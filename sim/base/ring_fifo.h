// RingFifo: a first-in first-out queue of trivially copyable values in one
// ring whose capacity is a power of two.
//
// Why not std::deque: its blocks hold 512 bytes, which is not a whole number
// of most element sizes, so every indexed access divides; the event loop's
// queue of due tasks paid that on each look ahead. Here an index is a mask.
// Growing copies the values, so a reference lives only until the next push.
#pragma once

#include <cstddef>
#include <type_traits>
#include <vector>

namespace jobsim {

template <class T>
  requires std::is_trivially_copyable_v<T>
class RingFifo {
 public:
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  // i-th value from the front. REQUIRES: i < size().
  const T& operator[](size_t i) const { return ring_[(head_ + i) & mask_]; }
  const T& front() const { return (*this)[0]; }

  void push_back(const T& value) {
    if (size_ == ring_.size()) Grow();
    ring_[(head_ + size_) & mask_] = value;
    ++size_;
  }
  // REQUIRES: !empty().
  void pop_front() {
    head_ = (head_ + 1) & mask_;
    --size_;
  }

 private:
  void Grow() {
    std::vector<T> wider(ring_.empty() ? 16 : 2 * ring_.size());
    for (size_t i = 0; i < size_; ++i) wider[i] = (*this)[i];
    ring_.swap(wider);
    head_ = 0;
    mask_ = ring_.size() - 1;
  }

  std::vector<T> ring_;
  size_t head_ = 0;
  size_t size_ = 0;
  size_t mask_ = 0;
};

}  // namespace jobsim
