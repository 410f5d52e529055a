#include "sim/base/dary_heap.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

#include "sim/base/random.h"

using namespace jobsim;

TEST_CASE("a 4-ary heap pops its items in ascending order, ties included", "[dary_heap]") {
  for (uint64_t seed : {1u, 2u, 3u}) {
    Random random(seed, "dary_heap_test");
    DaryHeap<std::pair<int, int>, std::less<>> heap;
    std::vector<std::pair<int, int>> pushed;
    // Interleaved pushes and pops, as timers are armed while others fire.
    std::vector<std::pair<int, int>> popped;
    std::vector<std::pair<int, int>> expected;
    for (int i = 0; i < 2000; ++i) {
      const std::pair<int, int> item{static_cast<int>(random.Uniform(50)), i};
      heap.push(item);
      pushed.push_back(item);
      if (i % 3 == 2) {
        auto least = std::min_element(pushed.begin(), pushed.end());
        expected.push_back(*least);
        pushed.erase(least);
        popped.push_back(heap.top());
        heap.pop();
      }
    }
    std::sort(pushed.begin(), pushed.end());
    expected.insert(expected.end(), pushed.begin(), pushed.end());
    while (!heap.empty()) {
      popped.push_back(heap.top());
      heap.pop();
    }
    CHECK(popped == expected);
  }
}

TEST_CASE("a 4-ary heap of one item empties on pop", "[dary_heap]") {
  DaryHeap<int, std::less<>> heap;
  heap.push(7);
  CHECK(heap.size() == 1);
  CHECK(heap.top() == 7);
  heap.pop();
  CHECK(heap.empty());
}
