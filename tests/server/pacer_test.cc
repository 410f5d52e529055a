#include "server/pacer.h"

#include <catch2/catch.hpp>

using namespace jobsim::server;

TEST_CASE("a manual pacer moves only by Advance, and never asks to wait for a future task") {
  Pacer pacer(0);
  CHECK(pacer.manual());
  CHECK(pacer.TargetMs() == 0);
  CHECK(pacer.RealDelayMs(0) == 0);
  CHECK(pacer.RealDelayMs(1000) == -1);
  pacer.Advance(30000);
  CHECK(pacer.TargetMs() == 30000);
  CHECK(pacer.RealDelayMs(30000) == 0);
}

TEST_CASE("a paced clock's wait for a future task shrinks with the speed") {
  Pacer fast(60000);  // 60 virtual seconds per real second
  const int64_t delay = fast.RealDelayMs(fast.TargetMs() + 60000);
  CHECK(delay > 0);
  CHECK(delay <= 1000);
}
