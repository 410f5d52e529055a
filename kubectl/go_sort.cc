// Ports of go/src/sort/sort.go (go1.6, go1.8-go1.18) and
// go/src/sort/zsortinterface.go (go1.19+ pdqsort). Same comparisons and swaps
// in the same order; written for this project.
#include "kubectl/go_sort.h"

#include <algorithm>
#include <cstdint>

namespace jobsim::kubectl {
namespace {

using Data = SortInterface;

void InsertionSort(const Data& d, int a, int b) {
  for (int i = a + 1; i < b; ++i) {
    for (int j = i; j > a && d.less(j, j - 1); --j) d.swap(j, j - 1);
  }
}

void SiftDown(const Data& d, int lo, int hi, int first) {
  int root = lo;
  for (;;) {
    int child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) ++child;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

void HeapSort(const Data& d, int a, int b) {
  const int first = a, hi = b - a;
  for (int i = (hi - 1) / 2; i >= 0; --i) SiftDown(d, i, hi, first);
  for (int i = hi - 1; i >= 0; --i) {
    d.swap(first, first + i);
    SiftDown(d, 0, i, first);
  }
}

void SwapRange(const Data& d, int a, int b, int n) {
  for (int i = 0; i < n; ++i) d.swap(a + i, b + i);
}

int MaxDepth(int n) {
  int depth = 0;
  for (int i = n; i > 0; i >>= 1) ++depth;
  return depth * 2;
}

// ---------------------------------------------------------------- go1.6

// Moves the median of data[a], data[b], data[c] into data[a].
void MedianOfThree16(const Data& d, int a, int b, int c) {
  const int m0 = b, m1 = a, m2 = c;
  if (d.less(m1, m0)) d.swap(m1, m0);
  if (d.less(m2, m1)) d.swap(m2, m1);
  if (d.less(m1, m0)) d.swap(m1, m0);
}

void DoPivot16(const Data& d, int lo, int hi, int& midlo, int& midhi) {
  const int m = lo + (hi - lo) / 2;
  if (hi - lo > 40) {
    const int s = (hi - lo) / 8;
    MedianOfThree16(d, lo, lo + s, lo + 2 * s);
    MedianOfThree16(d, m, m - s, m + s);
    MedianOfThree16(d, hi - 1, hi - 1 - s, hi - 1 - 2 * s);
  }
  MedianOfThree16(d, lo, m, hi - 1);
  // data[lo] = pivot; [lo, a) = pivot; [a, b) < pivot; [c, d) > pivot; [d, hi) = pivot.
  const int pivot = lo;
  int a = lo + 1, b = lo + 1, c = hi, e = hi;
  for (;;) {
    while (b < c) {
      if (d.less(b, pivot)) {
        ++b;
      } else if (!d.less(pivot, b)) {
        d.swap(a, b);
        ++a;
        ++b;
      } else {
        break;
      }
    }
    while (b < c) {
      if (d.less(pivot, c - 1)) {
        --c;
      } else if (!d.less(c - 1, pivot)) {
        d.swap(c - 1, e - 1);
        --c;
        --e;
      } else {
        break;
      }
    }
    if (b >= c) break;
    d.swap(b, c - 1);
    ++b;
    --c;
  }
  int n = std::min(b - a, a - lo);
  SwapRange(d, lo, b - n, n);
  n = std::min(hi - e, e - c);
  SwapRange(d, c, hi - n, n);
  midlo = lo + b - a;
  midhi = hi - (e - c);
}

void Finish16(const Data& d, int a, int b) {
  if (b - a > 1) InsertionSort(d, a, b);
}

// ---------------------------------------------------------------- go1.8-go1.18

// Moves the median of data[m0], data[m1], data[m2] into data[m1].
void MedianOfThree18(const Data& d, int m1, int m0, int m2) {
  if (d.less(m1, m0)) d.swap(m1, m0);
  if (d.less(m2, m1)) {
    d.swap(m2, m1);
    if (d.less(m1, m0)) d.swap(m1, m0);
  }
}

// Protects against many elements equal to the pivot (the go1.8 "protect" step).
void PartitionDuplicates18(const Data& d, int pivot, int a, int& b) {
  for (;;) {
    while (a < b && !d.less(b - 1, pivot)) --b;
    while (a < b && d.less(a, pivot)) ++a;
    if (a >= b) return;
    d.swap(a, b - 1);
    ++a;
    --b;
  }
}

void DoPivot18(const Data& d, int lo, int hi, int& midlo, int& midhi) {
  const int m = static_cast<int>(static_cast<unsigned>(lo + hi) >> 1);
  if (hi - lo > 40) {
    const int s = (hi - lo) / 8;
    MedianOfThree18(d, lo, lo + s, lo + 2 * s);
    MedianOfThree18(d, m, m - s, m + s);
    MedianOfThree18(d, hi - 1, hi - 1 - s, hi - 1 - 2 * s);
  }
  MedianOfThree18(d, lo, m, hi - 1);
  const int pivot = lo;
  int a = lo + 1, c = hi - 1;
  while (a < c && d.less(a, pivot)) ++a;
  int b = a;
  for (;;) {
    while (b < c && !d.less(pivot, b)) ++b;
    while (b < c && d.less(pivot, c - 1)) --c;
    if (b >= c) break;
    d.swap(b, c - 1);
    ++b;
    --c;
  }
  bool protect = hi - c < 5;
  if (!protect && hi - c < (hi - lo) / 4) {
    int dups = 0;
    if (!d.less(pivot, hi - 1)) {
      d.swap(c, hi - 1);
      ++c;
      ++dups;
    }
    if (!d.less(b - 1, pivot)) {
      --b;
      ++dups;
    }
    if (!d.less(m, pivot)) {
      d.swap(m, b - 1);
      --b;
      ++dups;
    }
    protect = dups > 1;
  }
  if (protect) PartitionDuplicates18(d, pivot, a, b);
  d.swap(pivot, b - 1);
  midlo = b - 1;
  midhi = c;
}

void Finish18(const Data& d, int a, int b) {
  if (b - a > 1) {
    for (int i = a + 6; i < b; ++i) {  // ShellSort pass with gap 6
      if (d.less(i, i - 6)) d.swap(i, i - 6);
    }
    InsertionSort(d, a, b);
  }
}

// The quicksort loop of go1.6 and go1.8-go1.18. They differ in the range size
// left to the finishing sort, the pivot choice and the finishing sort itself.
struct QuickSortVariant {
  int small_size;
  void (*pivot)(const Data& d, int lo, int hi, int& midlo, int& midhi);
  void (*finish)(const Data& d, int a, int b);
};

void QuickSort(const Data& d, int a, int b, int max_depth, const QuickSortVariant& v) {
  while (b - a > v.small_size) {
    if (max_depth == 0) {
      HeapSort(d, a, b);
      return;
    }
    --max_depth;
    int mlo = 0, mhi = 0;
    v.pivot(d, a, b, mlo, mhi);
    // Recurse on the smaller side to bound the stack depth.
    if (mlo - a < b - mhi) {
      QuickSort(d, a, mlo, max_depth, v);
      a = mhi;
    } else {
      QuickSort(d, mhi, b, max_depth, v);
      b = mlo;
    }
  }
  v.finish(d, a, b);
}

// ---------------------------------------------------------------- go1.19+ pdqsort

enum class Hint { kUnknown, kIncreasing, kDecreasing };

int BitsLen(unsigned n) {
  int len = 0;
  for (; n != 0; n >>= 1) ++len;
  return len;
}

void BreakPatterns(const Data& d, int a, int b, bool go124) {
  const int length = b - a;
  if (length < 8) return;
  uint64_t random = static_cast<uint64_t>(length);  // xorshift seeded with the length
  const unsigned modulus = 1u << BitsLen(static_cast<unsigned>(length));
  for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
    // sort.go xorshift.Next: 13, 17, 5 until Go 1.23; 13, 7, 17 from Go 1.24.
    random ^= random << 13;
    random ^= go124 ? random >> 7 : random >> 17;
    random ^= go124 ? random << 17 : random << 5;
    int other = static_cast<int>(static_cast<unsigned>(random) & (modulus - 1));
    if (other >= length) other -= length;
    d.swap(idx, a + other);
  }
}

void Order2(const Data& d, int& a, int& b, int& swaps) {
  if (d.less(b, a)) {
    ++swaps;
    std::swap(a, b);
  }
}

int Median(const Data& d, int a, int b, int c, int& swaps) {
  Order2(d, a, b, swaps);
  Order2(d, b, c, swaps);
  Order2(d, a, b, swaps);
  return b;
}

int ChoosePivot(const Data& d, int a, int b, Hint& hint) {
  constexpr int kShortestNinther = 50, kMaxSwaps = 4 * 3;
  const int l = b - a;
  int swaps = 0;
  int i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = Median(d, i - 1, i, i + 1, swaps);
      j = Median(d, j - 1, j, j + 1, swaps);
      k = Median(d, k - 1, k, k + 1, swaps);
    }
    j = Median(d, i, j, k, swaps);
  }
  hint = swaps == 0 ? Hint::kIncreasing : swaps == kMaxSwaps ? Hint::kDecreasing : Hint::kUnknown;
  return j;
}

void ReverseRange(const Data& d, int a, int b) {
  for (int i = a, j = b - 1; i < j; ++i, --j) d.swap(i, j);
}

bool PartialInsertionSort(const Data& d, int a, int b) {
  constexpr int kMaxSteps = 5, kShortestShifting = 50;
  int i = a + 1;
  for (int step = 0; step < kMaxSteps; ++step) {
    while (i < b && !d.less(i, i - 1)) ++i;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    d.swap(i, i - 1);
    if (i - a >= 2) {
      for (int j = i - 1; j >= 1 && d.less(j, j - 1); --j) d.swap(j, j - 1);
    }
    if (b - i >= 2) {
      for (int j = i + 1; j < b && d.less(j, j - 1); ++j) d.swap(j, j - 1);
    }
  }
  return false;
}

int PartitionEqual(const Data& d, int a, int b, int pivot) {
  d.swap(a, pivot);
  int i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) ++i;
    while (i <= j && d.less(a, j)) --j;
    if (i > j) return i;
    d.swap(i, j);
    ++i;
    --j;
  }
}

int Partition(const Data& d, int a, int b, int pivot, bool& already_partitioned) {
  d.swap(a, pivot);
  int i = a + 1, j = b - 1;
  while (i <= j && d.less(i, a)) ++i;
  while (i <= j && !d.less(j, a)) --j;
  if (i > j) {
    d.swap(j, a);
    already_partitioned = true;
    return j;
  }
  d.swap(i, j);
  ++i;
  --j;
  for (;;) {
    while (i <= j && d.less(i, a)) ++i;
    while (i <= j && !d.less(j, a)) --j;
    if (i > j) break;
    d.swap(i, j);
    ++i;
    --j;
  }
  d.swap(j, a);
  already_partitioned = false;
  return j;
}

void Pdqsort(const Data& d, int a, int b, int limit, bool go124) {
  constexpr int kMaxInsertion = 12;
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    const int length = b - a;
    if (length <= kMaxInsertion) {
      InsertionSort(d, a, b);
      return;
    }
    if (limit == 0) {
      HeapSort(d, a, b);
      return;
    }
    if (!was_balanced) {
      BreakPatterns(d, a, b, go124);
      --limit;
    }
    Hint hint = Hint::kUnknown;
    int pivot = ChoosePivot(d, a, b, hint);
    if (hint == Hint::kDecreasing) {
      ReverseRange(d, a, b);
      pivot = (b - 1) - (pivot - a);
      hint = Hint::kIncreasing;
    }
    if (was_balanced && was_partitioned && hint == Hint::kIncreasing && PartialInsertionSort(d, a, b)) return;
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = PartitionEqual(d, a, b, pivot);
      continue;
    }
    const int mid = Partition(d, a, b, pivot, was_partitioned);
    const int left = mid - a, right = b - mid, threshold = length / 8;
    if (left < right) {
      was_balanced = left >= threshold;
      Pdqsort(d, a, mid, limit, go124);
      a = mid + 1;
    } else {
      was_balanced = right >= threshold;
      Pdqsort(d, mid + 1, b, limit, go124);
      b = mid;
    }
  }
}

}  // namespace

void GoSort(GoSortAlgorithm algorithm, const SortInterface& data) {
  switch (algorithm) {
    case GoSortAlgorithm::kGo16:
      QuickSort(data, 0, data.n, MaxDepth(data.n), {7, DoPivot16, Finish16});
      return;
    case GoSortAlgorithm::kGo18:
      QuickSort(data, 0, data.n, MaxDepth(data.n), {12, DoPivot18, Finish18});
      return;
    case GoSortAlgorithm::kPdq:
    case GoSortAlgorithm::kPdqGo124:
      if (data.n > 1) {
        Pdqsort(data, 0, data.n, BitsLen(static_cast<unsigned>(data.n)), algorithm == GoSortAlgorithm::kPdqGo124);
      }
      return;
  }
}

}  // namespace jobsim::kubectl
