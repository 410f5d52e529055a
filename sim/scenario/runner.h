// Replays a parsed scenario and reports what happened.
//
// Time: before each step the world runs to the step's time (every task due at
// or before it, so a step sees the cluster's reactions to earlier steps at the
// same millisecond). `at` absolute runs at that time, or at once if a wait has
// already gone past it; `+rel` is relative to the previous step's time (after a
// wait: when the wait ended); no `at` is the previous step's time. A wait
// checks its condition after every event-loop task, so it ends at the exact
// millisecond the condition first holds. After the last step the world runs to
// `until` (default: 1 s after the last step; never earlier than the last step).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "fakeapi/status.h"
#include "sim/base/clock.h"
#include "sim/scenario/report.h"
#include "sim/scenario/scenario.h"

namespace jobsim::sim {
class World;
}

namespace jobsim::scenario {

// Plays a scenario's steps against a World that its owner moves: RunScenario
// below as fast as it can, `jobsim serve` at the pace of its clock. Only Play
// moves the world while steps remain, so no step's time is ever passed
// without running the step.
//
// Single-threaded: the thread that owns the World.
class ScenarioPlayer {
 public:
  // scenario, world and report must outlive the player; report receives each
  // step output and check result as it happens.
  ScenarioPlayer(const Scenario& scenario, sim::World& world, Report& report);
  ~ScenarioPlayer();
  ScenarioPlayer(const ScenarioPlayer&) = delete;
  ScenarioPlayer& operator=(const ScenarioPlayer&) = delete;

  // Runs every step due at or before limit, the world run up to each step's
  // time first (and task by task while a wait is pending). Returns with the
  // world at the time of the last step run, or at limit while a wait is
  // still pending there.
  void Play(ElapsedMs limit);
  // When Play has something to do next: the next step's time, or a pending
  // wait's deadline (it may end sooner, after any task); -1 once every step ran.
  ElapsedMs NextDueMs() const;
  bool finished() const;

 private:
  class Steps;
  std::unique_ptr<Steps> steps_;
};

// Command-line overrides of the file's settings.
struct RunOptions {
  std::optional<uint64_t> seed;
  std::optional<std::string> kubernetes_version;
  std::optional<int64_t> until_ms;
  std::string feature_gates;  // --feature-gates "Name=true,Other=false", over spec.featureGates
};

// Called with the fresh World before the first step, to watch it (`jobsim diff`
// records a timeline); the World is gone when RunScenario returns.
using WorldObserver = std::function<void(sim::World&)>;

// Plays the scenario on a fresh World as fast as it can.
// A BadRequest when an override is invalid (an unsupported version, a feature
// gate the release does not know); then nothing ran.
api::Status RunScenario(const Scenario& scenario, const RunOptions& options, Report& report,
                        const WorldObserver& observe = nullptr);

}  // namespace jobsim::scenario
