#include "sim/events/token_bucket.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jobsim;
using namespace jobsim::sim;

TEST_CASE("a token bucket starts full and refills one token per period") {
  struct Row {
    std::string name;
    bool in_ticks;
    std::vector<std::pair<int64_t, bool>> calls;  // (time ms, accepted?)
  };
  // Burst 2, one token per 300 ms, bucket made at t=0.
  const std::vector<Row> rows = {
      {"continuous: the burst, then one token 300 ms after the bucket emptied", false,
       {{0, true}, {0, true}, {0, false}, {299, false}, {300, true}, {300, false}}},
      {"continuous: time spent full is lost", false,
       {{0, true}, {1'000, true}, {1'000, true}, {1'000, false}, {1'299, false}, {1'300, true}}},
      {"continuous: a rejected call does not reset the refill", false,
       {{0, true}, {0, true}, {100, false}, {200, false}, {300, true}}},
      {"ticks: tokens arrive at multiples of 300 ms after creation", true,
       {{0, true}, {0, true}, {250, false}, {299, false}, {300, true}, {301, false}, {600, true}}},
      {"ticks: after time full, the next token still waits for a tick", true,
       {{0, true}, {1'000, true}, {1'000, true}, {1'000, false}, {1'199, false}, {1'200, true}}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const TokenBucket::Shape shape(2, 300, row.in_ticks);
      TokenBucket bucket(shape, 0);
      for (size_t i = 0; i < row.calls.size(); ++i) {
        INFO("call " << i << " at " << row.calls[i].first << " ms");
        CHECK(bucket.TryAccept(shape, row.calls[i].first) == row.calls[i].second);
      }
    }
  }
}

TEST_CASE("a token bucket without burst accepts nothing") {
  const TokenBucket::Shape shape(0, 300, false);
  TokenBucket bucket(shape, 0);
  CHECK_FALSE(bucket.TryAccept(shape, 0));
  CHECK_FALSE(bucket.TryAccept(shape, 10'000));
}
