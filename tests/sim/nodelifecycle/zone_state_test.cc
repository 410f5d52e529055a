#include "sim/nodelifecycle/zone_state.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

TEST_CASE("ComputeZoneState: healthy, partially and fully disrupted zones") {
  struct Row {
    int ready;
    int not_ready;
    ZoneState state;
  };
  const Row rows[] = {
      {3, 0, ZoneState::kNormal},
      {1, 1, ZoneState::kNormal},              // one of two nodes down: evictions go on
      {1, 2, ZoneState::kNormal},              // not more than 2 unhealthy nodes
      {2, 3, ZoneState::kPartialDisruption},   // 3 of 5 = 60 % >= 55 %
      {9, 11, ZoneState::kPartialDisruption},  // 55 % exactly
      {10, 10, ZoneState::kNormal},            // 50 %
      {0, 1, ZoneState::kFullDisruption},      // the only node is down
      {0, 3, ZoneState::kFullDisruption},
      {0, 0, ZoneState::kNormal},
  };
  for (const Row& row : rows) {
    std::vector<std::string> statuses(row.ready, "True");
    statuses.insert(statuses.end(), row.not_ready, "Unknown");
    INFO(row.ready << " Ready, " << row.not_ready << " not");
    CHECK(ComputeZoneState(statuses, true) == row.state);
  }
}

TEST_CASE("1.3 knows only the cluster without a Ready node (network segmentation mode)") {
  CHECK(ComputeZoneState({"True", "True", "False", "Unknown", "Unknown"}, false) == ZoneState::kNormal);
  CHECK(ComputeZoneState({"False", "Unknown"}, false) == ZoneState::kFullDisruption);
}

TEST_CASE("eviction rate per zone state (setLimiterInZone)") {
  CHECK(EvictionIntervalMs(ZoneState::kNormal, 5, 10'000) == 10'000);
  CHECK(EvictionIntervalMs(ZoneState::kPartialDisruption, 50, 10'000) == std::nullopt);  // small cluster: stopped
  CHECK(EvictionIntervalMs(ZoneState::kPartialDisruption, 51, 10'000) == 100'000);       // 0.01 nodes/s
  CHECK(EvictionIntervalMs(ZoneState::kFullDisruption, 3, 10'000) == std::nullopt);
}
