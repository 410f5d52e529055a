#include "sim/events/lru_cache.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace jobsim::sim;

namespace {

// Adds key with value when it is new; returns whether it was.
bool Put(LruCache<int>& cache, uint64_t key, int value) {
  auto [slot, added] = cache.GetOrAdd(key);
  if (added) *slot = value;
  return added;
}

}  // namespace

TEST_CASE("the LRU cache evicts the least recently used key") {
  LruCache<int> cache(2);
  Put(cache, 1, 10);
  Put(cache, 2, 20);
  SECTION("a third key evicts the oldest") {
    CHECK(Put(cache, 3, 30));
    CHECK_FALSE(Put(cache, 2, 0));
    CHECK_FALSE(Put(cache, 3, 0));
    CHECK(Put(cache, 1, 11));  // evicted: new again (and evicts 2)
    CHECK(Put(cache, 2, 21));
  }
  SECTION("a lookup makes a key recent and keeps its value") {
    auto [value, added] = cache.GetOrAdd(1);
    CHECK_FALSE(added);
    CHECK(*value == 10);
    CHECK(Put(cache, 3, 30));  // evicts 2, not 1
    CHECK(*cache.GetOrAdd(1).first == 10);
    CHECK(Put(cache, 2, 20));
  }
  SECTION("a new key takes the evicted key's value, for the caller to overwrite") {
    auto [value, added] = cache.GetOrAdd(3);
    CHECK(added);
    CHECK(*value == 10);
    CHECK(cache.size() == 2);
  }
}

// Keys that share their home slot (equal low bits) and keys whose probe runs
// wrap around the table: eviction must follow recency alone, and every
// survivor must still be found after the backward shifts of deletion.
TEST_CASE("the LRU cache's eviction order is its recency order, whatever the keys' slots") {
  struct Row {
    const char* name;
    std::vector<uint64_t> keys;
  };
  const std::vector<Row> rows = {
      {"distinct slots", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
      {"one home slot", {5, 5 + (1ULL << 40), 5 + (2ULL << 40), 5 + (3ULL << 40), 5 + (4ULL << 40), 5 + (5ULL << 40),
                         5 + (6ULL << 40), 5 + (7ULL << 40)}},
      {"runs that wrap", {15, 31, 47, 14, 30, 46, 13, 29, 0x10f, 0x20f, 0x30f, 0x40f}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      constexpr size_t kBound = 4;
      LruCache<int> cache(kBound);
      // A model of the recency order, oldest first: a lookup of a present key
      // moves it to the end; a new key goes to the end and evicts the front.
      std::vector<uint64_t> model;
      const auto access = [&](uint64_t key) {
        const auto it = std::find(model.begin(), model.end(), key);
        const bool present = it != model.end();
        if (present) model.erase(it);
        model.push_back(key);
        if (model.size() > kBound) model.erase(model.begin());
        CHECK(Put(cache, key, 0) == !present);
      };
      // Each key in turn, then one two back and one half-way back (some of
      // them evicted by then, so new again).
      for (size_t i = 0; i < row.keys.size(); ++i) {
        access(row.keys[i]);
        if (i >= 2) access(row.keys[i - 2]);
        access(row.keys[i / 2]);
      }
      CHECK(cache.size() == kBound);
      for (uint64_t key : std::vector<uint64_t>(model)) access(key);  // every survivor is found
    }
  }
}

TEST_CASE("an LRU cache of size 0 is unbounded") {
  LruCache<int> cache(0);
  for (int i = 0; i < 5000; ++i) CHECK(Put(cache, static_cast<uint64_t>(i) * 0x9e3779b97f4a7c15ULL, i));
  CHECK(cache.size() == 5000);
  CHECK(*cache.GetOrAdd(0).first == 0);
  CHECK(*cache.GetOrAdd(4999 * 0x9e3779b97f4a7c15ULL).first == 4999);
}
