#include "kubectl/go_sort.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "sim/base/random.h"

using namespace jobsim::kubectl;

namespace {

// Sorts keys with Go's algorithm and returns where each element came from.
std::vector<int> Order(GoSortAlgorithm algorithm, std::vector<int> keys) {
  std::vector<int> tags(keys.size());
  for (size_t i = 0; i < tags.size(); ++i) tags[i] = static_cast<int>(i);
  SortInterface data;
  data.n = static_cast<int>(keys.size());
  data.less = [&](int i, int j) { return keys[i] < keys[j]; };
  data.swap = [&](int i, int j) {
    std::swap(keys[i], keys[j]);
    std::swap(tags[i], tags[j]);
  };
  GoSort(algorithm, data);
  return tags;
}

}  // namespace

// Permutations printed by go1.19 sort.Sort on the same keys.
TEST_CASE("pdqsort reorders equal keys exactly as Go 1.19+ sort.Sort") {
  struct Row {
    std::string name;
    std::vector<int> keys;
    std::vector<int> want;
  };
  const std::vector<Row> rows = {
      {"15 keys, three values",
       {1, 0, 2, 0, 1, 1, 0, 2, 0, 0, 2, 1, 2, 1, 1},
       {6, 1, 9, 3, 8, 4, 5, 0, 11, 13, 14, 7, 2, 10, 12}},
      {"16 keys, three values",
       {0, 0, 1, 1, 0, 0, 1, 0, 1, 2, 1, 1, 0, 2, 2, 2},
       {12, 1, 0, 4, 7, 5, 6, 8, 3, 10, 11, 2, 9, 13, 14, 15}},
      {"57 keys take the ninther pivot",
       {3, 3, 3, 1, 1, 1, 2, 2, 2, 0, 0, 0, 3, 1, 2, 0, 3, 1, 2, 0, 5, 5, 5, 5, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0},
       {10, 56, 55, 54, 53, 52, 19, 15, 11, 9, 42, 33, 3,  13, 4, 5,  41, 17, 40, 39, 38, 37, 36, 35, 34, 44, 47, 14, 7,
        51, 50, 49, 48, 46, 45, 8,  43, 18, 6, 12, 1,  16, 0,  2, 29, 24, 25, 26, 32, 31, 30, 28, 27, 20, 23, 22, 21}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CHECK(Order(GoSortAlgorithm::kPdq, row.keys) == row.want); }
  }
}

TEST_CASE("every generation sorts; short slices keep equal keys in order") {
  jobsim::Random random(42, "go-sort-test");
  for (GoSortAlgorithm algorithm :
       {GoSortAlgorithm::kGo16, GoSortAlgorithm::kGo18, GoSortAlgorithm::kPdq, GoSortAlgorithm::kPdqGo124}) {
    for (int n = 0; n < 120; ++n) {
      std::vector<int> keys(static_cast<size_t>(n));
      for (int& k : keys) k = static_cast<int>(random.Uniform(static_cast<uint64_t>(n / 3 + 1)));
      const std::vector<int> order = Order(algorithm, keys);
      std::vector<int> sorted;
      for (int tag : order) sorted.push_back(keys[static_cast<size_t>(tag)]);
      CHECK(std::is_sorted(sorted.begin(), sorted.end()));
      std::vector<int> seen = order;
      std::sort(seen.begin(), seen.end());
      for (int i = 0; i < n; ++i) CHECK(seen[static_cast<size_t>(i)] == i);
    }
  }
  // Insertion sort only: go1.6 up to 7 elements, pdqsort up to 12.
  CHECK(Order(GoSortAlgorithm::kGo16, {1, 0, 1, 0, 1, 0, 1}) == std::vector<int>{1, 3, 5, 0, 2, 4, 6});
  CHECK(Order(GoSortAlgorithm::kPdq, {1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0}) ==
        std::vector<int>{1, 3, 5, 7, 9, 11, 0, 2, 4, 6, 8, 10});
}

TEST_CASE("go1.8-1.18's gap-6 pass already reorders equal keys in a slice of 12") {
  // The pass swaps elements 6, 8 and 10 with 0, 2 and 4, so zero 8 now
  // precedes zero 3 and zero 10 precedes zero 5; insertion sort keeps that.
  CHECK(Order(GoSortAlgorithm::kGo18, {1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0}) ==
        std::vector<int>{6, 1, 8, 3, 10, 5, 7, 9, 11, 0, 2, 4});
}

// The 43 event types of the 1.33 seed story at 15 m (N = Normal, W = Warning),
// sorted by `kubectl get events --sort-by=.type -o name`: kubectl 1.32
// (go1.23) and kubectl 1.33 (go1.24) print these permutations. The slice is
// unbalanced enough for breakPatterns, whose xorshift changed in Go 1.24.
TEST_CASE("Go 1.24's breakPatterns scatters other elements than go1.19-1.23's") {
  const std::string types = "NNNNWNNNNWNNNNWNNNNWNNNNWNNNNWNNNNWNNNNNNNW";
  std::vector<int> keys;
  for (char c : types) keys.push_back(c == 'W');
  CHECK(Order(GoSortAlgorithm::kPdq, keys) ==
        std::vector<int>{20, 3,  2,  21, 0,  5,  6,  7,  8,  40, 10, 11, 12, 13, 39, 22, 16, 17, 18, 38, 41, 1,
                         15, 23, 37, 25, 26, 27, 28, 36, 30, 31, 32, 33, 35, 34, 29, 24, 19, 14, 9,  4,  42});
  CHECK(Order(GoSortAlgorithm::kPdqGo124, keys) ==
        std::vector<int>{20, 22, 2,  3,  41, 5,  6,  7,  8,  40, 10, 11, 12, 13, 39, 15, 16, 21, 18, 38, 1,  0,
                         17, 23, 37, 25, 26, 27, 28, 36, 30, 31, 32, 33, 35, 34, 29, 24, 19, 14, 9,  4,  42});
}
