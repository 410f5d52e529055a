#include "sim/nodelifecycle/legacy_eviction.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

TEST_CASE("the node controller's own eviction: pod-eviction-timeout after the node went") {
  // The node became Unknown at 100 s; its kubelet last posted at 60 s (40 s grace).
  CHECK(LegacyEvictionDueMs("Unknown", 100'000, 60'000, 300'000) == 360'000);
  // A kubelet posting Ready=False is alive: the timeout counts from the transition.
  CHECK(LegacyEvictionDueMs("False", 100'000, 130'000, 300'000) == 400'000);
}

TEST_CASE("1.3/1.4 force-delete an evicted pod after its grace period, 5 min at most") {
  CHECK(ForceDeleteDueMs(360'000, 30, 300'000) == 390'000);
  CHECK(ForceDeleteDueMs(360'000, 3600, 300'000) == 660'000);
  CHECK(ForceDeleteDueMs(360'000, 0, 300'000) == 360'000);
}
