// Go's sort.Sort, as the Go release that built a kubectl version implemented
// it. sort.Sort is not stable, and kubectl sorts describe events with it by
// lastTimestamp (second precision), so events with equal timestamps come out
// in an order only the exact algorithm reproduces (the seed's pod events show
// "Failed" before "Created" for the same container).
//
// Three generations exist:
//   - kGo16:  Go <= 1.7, Bentley-McIlroy 3-way quicksort, insertion sort for
//             slices of at most 7 (kubectl 1.3-1.6);
//   - kGo18:  Go 1.8-1.18, new doPivot and a gap-6 ShellSort pass for slices
//             of at most 12 (kubectl 1.7-1.24);
//   - kPdq:   Go 1.19-1.23, pattern-defeating quicksort (kubectl 1.25-1.32);
//   - kPdqGo124: Go 1.24+, the same with breakPatterns' xorshift corrected
//             to the 64-bit shifts 13, 7, 17 (kubectl 1.33), which scatters
//             other elements when a partition came out unbalanced.
#pragma once

#include <functional>

namespace jobsim::kubectl {

enum class GoSortAlgorithm { kGo16, kGo18, kPdq, kPdqGo124 };

// A sort.Interface over indexes [0, n).
struct SortInterface {
  int n = 0;
  std::function<bool(int, int)> less;
  std::function<void(int, int)> swap;
};

void GoSort(GoSortAlgorithm algorithm, const SortInterface& data);

}  // namespace jobsim::kubectl
