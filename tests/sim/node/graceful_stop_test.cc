#include "sim/node/graceful_stop.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;
using Kind = SigtermHandling::Kind;

namespace {

struct Row {
  const char* name;
  SigtermHandling sigterm;
  int64_t grace_ms;
  int64_t after_ms;  // from the SIGTERM
  int32_t exit_code;
};

}  // namespace

TEST_CASE("what a stopped container does with its SIGTERM") {
  const Row rows[] = {
      {"PID 1 without a handler runs on and is SIGKILLed at the grace end", {Kind::kIgnore}, 30'000, 30'000, 137},
      {"a grace period under 2 s is raised to the minimum", {Kind::kIgnore}, 0, 2'000, 137},
      {"the signal's default action: exit at once, 128 + 15", {Kind::kDie}, 30'000, 0, 143},
      {"a handler that exits 0 in time: exit 0 (Completed)", {Kind::kTrap, 20'000, 0}, 30'000, 20'000, 0},
      {"a handler that exits 3 at once", {Kind::kTrap, 0, 3}, 30'000, 0, 3},
      {"a handler still at work at the grace end is SIGKILLed", {Kind::kTrap, 60'000, 0}, 30'000, 30'000, 137},
      {"a handler that would exit exactly at the grace end is SIGKILLed", {Kind::kTrap, 30'000, 0}, 30'000, 30'000,
       137},
      {"a handler inside the 2 s minimum exits", {Kind::kTrap, 1'500, 0}, 1'000, 1'500, 0},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const StopExit exit = GracefulStop(row.sigterm, row.grace_ms);
      CHECK(exit.after_ms == row.after_ms);
      CHECK(exit.exit_code == row.exit_code);
    }
  }
}
