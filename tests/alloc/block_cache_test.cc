#include "alloc/block_cache.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

using Cache = jobsim::alloc::BlockCache<5, 2>;  // classes of 16, 32, 48, 64 bytes; two blocks each

TEST_CASE("BlockCache: an empty class has nothing to give", "[alloc]") {
  Cache cache{};
  CHECK(cache.Take(1) == nullptr);
  CHECK(cache.Take(64) == nullptr);
}

TEST_CASE("BlockCache: the block freed last is handed out first", "[alloc]") {
  Cache cache{};
  int a = 0, b = 0;
  REQUIRE(cache.Keep(&a, 32));
  REQUIRE(cache.Keep(&b, 32));
  CHECK(cache.Take(32) == &b);
  CHECK(cache.Take(32) == &a);
  CHECK(cache.Take(32) == nullptr);
}

TEST_CASE("BlockCache: a block serves only requests it can hold", "[alloc]") {
  struct Row {
    size_t usable;     // what the kept block can hold
    size_t requested;  // a later request
    bool served;
  };
  const std::vector<Row> rows = {
      {48, 48, true},  {48, 33, true},   // the class of 33..48 bytes
      {48, 32, false}, {48, 49, false},  // another class, smaller or larger
      {50, 48, true},  {50, 49, false},  // 50 usable bytes serve the 48-byte class, not the 64
      {64, 1, false},  {16, 1, true},    // 0 and 1 byte requests take the 16-byte class
  };
  for (const Row& row : rows) {
    Cache cache{};
    int block = 0;
    REQUIRE(cache.Keep(&block, row.usable));
    INFO("usable " << row.usable << ", requested " << row.requested);
    CHECK((cache.Take(row.requested) == &block) == row.served);
  }
}

TEST_CASE("BlockCache: a full class, and blocks too small or too large, are not kept", "[alloc]") {
  Cache cache{};
  int a = 0, b = 0, c = 0;
  CHECK(cache.Keep(&a, 16));
  CHECK(cache.Keep(&b, 16));
  CHECK_FALSE(cache.Keep(&c, 16));  // depth 2
  CHECK_FALSE(cache.Keep(&c, 15));  // smaller than the smallest class
  CHECK_FALSE(cache.Keep(&c, 80));  // beyond kLargest (64)
  CHECK(cache.Take(65) == nullptr);
}

TEST_CASE("BlockCache: a request's class size holds it, rounded to 16 bytes", "[alloc]") {
  CHECK(Cache::ClassBytes(0) == 16);
  CHECK(Cache::ClassBytes(1) == 16);
  CHECK(Cache::ClassBytes(16) == 16);
  CHECK(Cache::ClassBytes(17) == 32);
  CHECK(Cache::ClassBytes(64) == 64);
  CHECK(Cache::kLargest == 64);
}

TEST_CASE("BlockCache: Drain hands every kept block back", "[alloc]") {
  Cache cache{};
  int a = 0, b = 0, c = 0;
  cache.Keep(&a, 16);
  cache.Keep(&b, 16);
  cache.Keep(&c, 64);
  std::vector<void*> released;
  cache.Drain([&](void* block) { released.push_back(block); });
  CHECK(released.size() == 3);
  CHECK(cache.Take(16) == nullptr);
  CHECK(cache.Take(64) == nullptr);
}

}  // namespace
