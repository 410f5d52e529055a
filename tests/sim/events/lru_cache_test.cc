#include "sim/events/lru_cache.h"

#include <catch2/catch.hpp>

#include <string>

using namespace jobsim::sim;

TEST_CASE("the LRU cache evicts the least recently used key") {
  LruCache<std::string, int> cache(2);
  cache.Add("a", 1);
  cache.Add("b", 2);
  SECTION("adding a third key evicts the oldest") {
    cache.Add("c", 3);
    CHECK(cache.Get("a") == nullptr);
    CHECK(*cache.Get("b") == 2);
    CHECK(*cache.Get("c") == 3);
  }
  SECTION("a Get makes a key recent") {
    REQUIRE(cache.Get("a") != nullptr);
    cache.Add("c", 3);
    CHECK(cache.Get("b") == nullptr);
    CHECK(*cache.Get("a") == 1);
  }
  SECTION("an Add of a present key replaces its value and makes it recent") {
    cache.Add("a", 10);
    cache.Add("c", 3);
    CHECK(*cache.Get("a") == 10);
    CHECK(cache.Get("b") == nullptr);
    CHECK(cache.size() == 2);
  }
}

TEST_CASE("an LRU cache of size 0 is unbounded") {
  LruCache<std::string, int> cache(0);
  for (int i = 0; i < 5000; ++i) cache.Add(std::to_string(i), i);
  CHECK(cache.size() == 5000);
  CHECK(*cache.Get("0") == 0);
}
