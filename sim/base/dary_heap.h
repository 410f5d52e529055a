// A min-heap whose nodes have four children instead of two: half the levels
// of a binary heap, so a push or pop at the 1,000-Job benchmark's ~10^4
// pending timers touches half as many scattered cache lines, and a node's
// children are adjacent. Less is a strict weak order; top() is its minimum.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace jobsim {

template <class T, class Less>
class DaryHeap {
 public:
  static constexpr size_t kArity = 4;

  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const T& top() const { return items_.front(); }

  void push(const T& item) {
    size_t i = items_.size();
    items_.push_back(item);
    while (i > 0) {
      const size_t parent = (i - 1) / kArity;
      if (!less_(item, items_[parent])) break;
      items_[i] = items_[parent];
      i = parent;
    }
    items_[i] = item;
  }

  void pop() {
    const T last = items_.back();
    items_.pop_back();
    if (items_.empty()) return;
    const size_t n = items_.size();
    size_t i = 0;
    for (;;) {
      const size_t first = i * kArity + 1;
      if (first >= n) break;
      size_t least = first;
      const size_t end = first + kArity < n ? first + kArity : n;
      for (size_t c = first + 1; c < end; ++c) {
        if (less_(items_[c], items_[least])) least = c;
      }
      if (!less_(items_[least], last)) break;
      items_[i] = items_[least];
      i = least;
    }
    items_[i] = last;
  }

 private:
  std::vector<T> items_;
  [[no_unique_address]] Less less_;
};

}  // namespace jobsim
