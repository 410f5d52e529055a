#include "sim/nodelifecycle/monitor_tick.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::sim;

TEST_CASE("the monitor pass that first finds a kubelet silent past the grace period") {
  struct Row {
    const char* name;
    UnixMs start_ms;
    int64_t grace_ms;
    UnixMs heartbeat_ms;
    UnixMs noticed_ms;
  };
  const Row rows[] = {
      {"silent at a pass: noticed at the pass the grace period ends on", 0, 40'000, 90'000, 130'000},
      {"silent between passes: the next pass after the grace period", 0, 40'000, 92'500, 135'000},
      {"a millisecond past a pass: almost a whole period more", 0, 40'000, 90'001, 135'000},
      {"1.32's 50 s grace period", 0, 50'000, 90'000, 140'000},
      {"passes count from the controller's start", 1'000, 40'000, 90'000, 131'000},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CHECK(SilenceNoticedAt(row.start_ms, 5'000, row.grace_ms, row.heartbeat_ms) == row.noticed_ms);
    }
  }
  CHECK(NextMonitorTick(10'000, 5'000, 0) == 10'000);  // before the start: the first pass
}
